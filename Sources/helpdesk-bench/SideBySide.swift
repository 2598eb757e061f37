import Foundation
@_spi(Benchmark) import HelpDesk
@_spi(Benchmark) import JournalCore

/// The figures of issue 10, part 6, each beside the same SQL run by the system's sqlite3 on the
/// same file (or, for a one-shot command, beside `sqlite3 FILE 'select 1'`), as a ratio.
enum SideBySide {
    static func run(journal: Journal, desk: SupportDesk, path: String, caller: Caller, glazovAdmin: Caller) throws {
        print("\nside by side with the system's sqlite3 on the same file (CPU of the same SQL):")
        let year = try journal.year(caller, named: nil)
        let fiveA = try journal.findClass(caller, named: "5А", yearId: year.savedId)
        let mathematics = try journal.findSubject(caller, named: "Математика")
        let (from, to) = try journal.periodSpan(caller, classId: fiveA.savedId, periodNumber: 1)

        let student = try journal.findPerson(caller, "Гусева В.П.", role: .student)
        compare(
            "find «Гусева В.П.» (folded-name index)",
            ours: try seconds(iterations: 200) { _ = try journal.findPerson(caller, "Гусева В.П.", role: .student) },
            reference: try Reference.sqlite(
                path,
                """
                SELECT p.id FROM account a JOIN person p ON p.id = a.personId WHERE p.organizationId = \(caller.organizationId)
                AND (a.login = 'Гусева В.П.' COLLATE NOCASE OR a.identifier = -1);
                SELECT p.id, p.fullName FROM person p WHERE p.organizationId = \(caller.organizationId)
                AND ((p.searchName >= 'гусева ' AND p.searchName < 'гусева!') OR (p.searchName >= 'гусева' AND p.searchName < 'гусева\u{10FFFF}'))
                """, times: 200),
            referenceName: "sqlite3")

        compare(
            "journal page 5А Математика, 1st quarter",
            ours: try seconds(iterations: 50) {
                _ = try journal.journalPage(caller, classId: fiveA.savedId, subjectId: mathematics.savedId, from: from, to: to)
            },
            reference: try Reference.sqlite(
                path,
                """
                SELECT * FROM lesson WHERE classId = \(fiveA.savedId) AND subjectId = \(mathematics.savedId) AND date BETWEEN '\(from)' AND '\(to)'
                AND cancelled = 0 ORDER BY date, startTime;
                SELECT DISTINCT studentId FROM enrolment WHERE classId = \(fiveA.savedId) AND startDate <= '\(to)' AND (endDate IS NULL OR endDate >= '\(from)');
                SELECT * FROM mark WHERE voidedAt IS NULL AND lessonId IN (SELECT id FROM lesson WHERE classId = \(fiveA.savedId)
                AND subjectId = \(mathematics.savedId) AND date BETWEEN '\(from)' AND '\(to)') ORDER BY id;
                SELECT * FROM attendance WHERE lessonId IN (SELECT id FROM lesson WHERE classId = \(fiveA.savedId)
                AND subjectId = \(mathematics.savedId) AND date BETWEEN '\(from)' AND '\(to)')
                """, times: 50),
            referenceName: "sqlite3")

        compare(
            "diary of a pupil, 1st quarter",
            ours: try seconds(iterations: 50) { _ = try journal.diary(caller, studentId: student.person.savedId, from: from, to: to) },
            reference: try Reference.sqlite(
                path,
                """
                SELECT l.*, s.name FROM lesson l JOIN subject s ON s.id = l.subjectId
                JOIN enrolment e ON e.classId = l.classId AND e.studentId = \(student.person.savedId) AND e.startDate <= l.date
                AND (e.endDate IS NULL OR e.endDate >= l.date) WHERE l.date BETWEEN '\(from)' AND '\(to)' AND l.cancelled = 0
                ORDER BY l.date, l.startTime;
                SELECT lessonId, value FROM mark WHERE studentId = \(student.person.savedId) AND voidedAt IS NULL;
                SELECT lessonId, status FROM attendance WHERE studentId = \(student.person.savedId)
                """, times: 50),
            referenceName: "sqlite3")

        try tickets(desk: desk, path: path, glazovAdmin: glazovAdmin)
        try oneShot(path: path)
    }

    /// `ticket list`'s first page at 100,000 tickets.
    static func tickets(desk: SupportDesk, path: String, glazovAdmin: Caller) throws {
        guard let template = try desk.tickets(glazovAdmin).first else { return }
        let load = try seconds(iterations: 1) { try desk.appendTicketLoad(copying: template.ticket.savedId, count: 100_000) }
        print(String(format: "(filed 100,000 tickets in %.1f s)", load))
        let search = TicketSearch(includeClosed: false, page: 1)
        let page = try desk.ticketPage(glazovAdmin, search: search)
        let ids = page.rows.compactMap(\.ticket.id).map(String.init).joined(separator: ",")
        compare(
            "ticket list, first page of \(page.total)",
            ours: try seconds(iterations: 20) { _ = try desk.ticketPage(glazovAdmin, search: search) },
            reference: try Reference.sqlite(
                path,
                """
                SELECT COUNT(*) FROM ticket WHERE organizationId = \(template.ticket.organizationId)
                AND state IN ('new', 'assigned', 'inProgress', 'waiting');
                SELECT * FROM ticket WHERE organizationId = \(template.ticket.organizationId)
                AND state IN ('new', 'assigned', 'inProgress', 'waiting') ORDER BY id LIMIT 50;
                SELECT * FROM ticketEvent WHERE ticketId IN (\(ids)) ORDER BY id
                """, times: 20),
            referenceName: "sqlite3")
    }

    /// The fixed cost of a one-shot command that needs no password: `helpdesk -c help`.
    static func oneShot(path: String) throws {
        let helpdesk = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("helpdesk").path
        guard FileManager.default.isExecutableFile(atPath: helpdesk) else {
            print("one-shot fixed cost: build helpdesk first (swift build -c release)")
            return
        }
        compare(
            "one-shot `helpdesk -c help` (whole process)",
            ours: try Launch.mean([helpdesk, "--db", path, "-c", "help"], times: 20),
            reference: try Launch.mean(["/usr/bin/sqlite3", path, "select 1"], times: 20),
            referenceName: "sqlite3 'select 1'")
    }
}

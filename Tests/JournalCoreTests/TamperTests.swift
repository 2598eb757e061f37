import Foundation
import GRDB
import Testing

@testable import JournalCore

/// Edits made behind the product are caught (J-ARCH-2): `audit verify` holds every journal table
/// against the seals of the audit chain and names each row inserted, changed or deleted.
@Suite struct TamperTests {
    /// A journal day in a database file, with something in every sealed table.
    struct FileDay {
        let directory: URL
        let path: String
        let day: JournalDay
        let mark: Mark

        init() throws {
            directory = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
            path = directory.appendingPathComponent("journal.sqlite").path
            day = try JournalDay(database: try AppDatabase.open(path: path))
            day.at("2026-10-01T09:00")
            mark = try day.mark(.four)
            _ = try day.school.journal.setAttendance(
                day.teacher, lessonId: day.lesson.id!, studentId: day.classmate.person.id!, status: .absent)
            _ = try day.school.journal.setTopic(day.teacher, lessonId: day.lesson.id!, topic: "Сложение дробей")
            _ = try day.school.journal.setHomework(day.teacher, lessonId: day.lesson.id!, homework: "§ 12")
        }

        /// Runs SQL through the system's sqlite3 tool, as someone with the file would.
        func sqlite3(_ sql: String) throws {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
            process.arguments = [path, sql]
            try process.run()
            process.waitUntilExit()
            #expect(process.terminationStatus == 0)
        }

        func problems() throws -> [AuditProblem] {
            try day.school.journal.verifyAudit(day.school.admin).problems
        }
    }

    @Test("J-ARCH-2: An intact journal verifies") func anIntactJournalVerifies() throws {
        let file = try FileDay()
        defer { try? FileManager.default.removeItem(at: file.directory) }
        #expect(try file.problems() == [])
        // What the product writes stays sealed: a correction and a breach's rollback are its own.
        _ = try file.day.school.journal.correctMark(file.day.teacher, markId: file.mark.id!, to: .five, reason: "ошибка")
        _ = try file.day.school.journal.reportBreach(
            file.day.school.admin, organizationId: file.day.school.admin.organizationId,
            login: file.day.teacher.login, voidFrom: JournalDay.moscow("2026-10-01T08:59"))
        #expect(try file.problems() == [])
    }

    @Test("J-ARCH-2: A mark changed with the sqlite tool is named") func aMarkChangedWithTheSqliteToolIsNamed() throws {
        let file = try FileDay()
        defer { try? FileManager.default.removeItem(at: file.directory) }
        try file.sqlite3("UPDATE mark SET value = '5' WHERE id = \(file.mark.id!)")
        #expect(
            try file.problems() == [
                .rowChanged(
                    table: "mark", key: String(file.mark.id!),
                    differences: [FieldDifference(column: "value", sealed: "4", found: "5")])
            ])
    }

    @Test("J-ARCH-2: Rows inserted changed and deleted in every table are named") func rowsInsertedChangedAndDeletedInEveryTableAreNamed()
        throws
    {
        let file = try FileDay()
        defer { try? FileManager.default.removeItem(at: file.directory) }
        let day = file.day
        let lesson = day.lesson.id!
        let student = day.student.person.id!
        let classmate = day.classmate.person.id!
        try file.sqlite3(
            """
            INSERT INTO mark (lessonId, studentId, value, workKind, enteredBy, enteredAt) VALUES (\(lesson), \(student), '5', 'test', 1, '2026-10-01 06:00:00.000');
            DELETE FROM attendance WHERE lessonId = \(lesson) AND studentId = \(classmate);
            INSERT INTO attendance (lessonId, studentId, status, enteredBy, enteredAt) VALUES (\(lesson), \(student), 'late', 1, '2026-10-01 06:00:00.000');
            UPDATE lesson SET homework = 'ничего', topic = NULL WHERE id = \(lesson);
            INSERT INTO periodMark (studentId, subjectId, classId, periodId, yearId, value, setBy, setAt)
              SELECT \(student), subjectId, classId, NULL, \(day.school.year.id!), '5', 1, '2026-10-01 06:00:00.000' FROM lesson WHERE id = \(lesson);
            UPDATE account SET state = 'locked', passwordHash = 'scrypt$1024$8$1$AAAA$BBBB' WHERE login = '\(day.otherTeacher.login)';
            INSERT INTO personRole (personId, role) VALUES (\(day.teacher.personId), 'journalAdmin');
            DELETE FROM mark WHERE id = \(file.mark.id!);
            DELETE FROM personRole WHERE personId = \(day.otherTeacher.personId);
            """)
        let problems = try file.problems()
        let named = problems.map { problem -> String in
            switch problem {
            case .rowInserted(let table, let key): "+ \(table) \(key)"
            case .rowChanged(let table, let key, let differences): "~ \(table) \(key) \(differences.map(\.column).joined(separator: ","))"
            case .rowDeleted(let table, let key): "- \(table) \(key)"
            default: "chain"
            }
        }
        let markId = try day.school.journal.read { db in try db.value(Int64.self, "SELECT MAX(id) FROM mark")! }
        let periodMarkId = try day.school.journal.read { db in try db.value(Int64.self, "SELECT MAX(id) FROM periodMark")! }
        let otherAccount = try day.school.journal.read { db in
            try db.value(Int64.self, "SELECT id FROM account WHERE login = ?", [day.otherTeacher.login])!
        }
        #expect(
            Set(named) == [
                "+ mark \(markId)", "- attendance \(lesson)/\(classmate)", "+ attendance \(lesson)/\(student)",
                "~ lesson \(lesson) homework,topic", "+ periodMark \(periodMarkId)", "~ account \(otherAccount) passwordHash,state",
                "~ roles \(day.teacher.personId) roles", "- mark \(file.mark.id!)", "- roles \(day.otherTeacher.personId)",
            ])
        #expect(
            !problems.contains {
                if case .rowChanged(_, _, let d) = $0 { d.contains { $0.sealed?.contains("scrypt") == true } } else { false }
            })
    }

    @Test("J-ARCH-2: A write of the process that bypasses the journal is caught too")
    func aWriteOfTheProcessThatBypassesTheJournalIsCaughtToo() throws {
        let day = try JournalDay()
        day.at("2026-10-01T09:00")
        let mark = try day.mark(.three)
        try day.school.journal.database.writer.write { db in
            try db.execute(sql: "UPDATE mark SET value = '5' WHERE id = ?", arguments: [mark.id])
        }
        // A later write of the product does not seal what it did not write.
        _ = try day.mark(.four)
        #expect(
            try day.school.journal.verifyAudit(day.school.admin).problems
                == [
                    .rowChanged(
                        table: "mark", key: String(mark.id!), differences: [FieldDifference(column: "value", sealed: "3", found: "5")])
                ])
    }

    @Test("J-ARCH-2: The head anchors the chain outside the file") func theHeadAnchorsTheChainOutsideTheFile() throws {
        let day = try JournalDay()
        day.at("2026-10-01T09:00")
        let before = try day.school.journal.auditHead(day.school.admin)
        _ = try day.mark(.five)
        let after = try day.school.journal.auditHead(day.school.admin)
        #expect(after.entries > before.entries && after.hash != before.hash && after.hash.count == 64)
        #expect(after.at == day.clock.now)
    }
}

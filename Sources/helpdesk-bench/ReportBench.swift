import Foundation
@_spi(Benchmark) import JournalCore

/// The school's summary sheet over a whole year (J-REP-1): the large demo school — about 1,500
/// pupils in 60 classes, up to 16 subjects, about a million marks and every period's and the
/// year's marks — built through the demo builder, which writes every mark with its audit entry.
/// Then the school summary as `report school` reads it, beside the same reads by the system's
/// sqlite3 on the same file (target within 2×); its workbook (target under 1 s); the whole
/// command through the built `helpdesk`; and the year's monitoring over the million marks.
enum ReportBench {
    /// `kept`: a file to build the school into and keep, or to take it from when it is there
    /// (the build takes minutes).
    static func run(folder: URL, kept: String? = nil) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = kept ?? folder.appendingPathComponent("reports.sqlite").path
        let exists = FileManager.default.fileExists(atPath: path)
        let journal = Journal(database: try AppDatabase.open(path: path), hasher: .fastForTests)
        let build = exists ? 0 : try seconds(iterations: 1) { try journal.loadDemo(size: .large) }
        // The build leaves about a gigabyte in the write-ahead log: folded into the file first, as
        // the next connection to close would, so that no measured command pays for it.
        try Reference.run("/usr/bin/sqlite3", [path], input: "PRAGMA wal_checkpoint(TRUNCATE);\n")
        let admin = try journal.authenticate(login: "admin", password: DemoSchool.password)
        let year = try journal.year(admin, named: nil)
        func count(_ sql: String) throws -> String {
            try Reference.run("/usr/bin/sqlite3", [path], input: sql + ";\n").trimmingCharacters(in: .whitespacesAndNewlines)
        }
        let audit = try journal.verifyAudit(admin)
        print(
            "large demo school: \(try count("SELECT COUNT(*) FROM enrolment")) pupils, \(try count("SELECT COUNT(*) FROM schoolClass")) classes, "
                + "\(try count("SELECT COUNT(*) FROM mark")) marks, \(try count("SELECT COUNT(*) FROM periodMark")) period marks; "
                + (exists ? "kept from \(path); " : String(format: "built in %.1f s; ", build))
                + "audit chain \(audit.entries) entries, \(audit.problems.isEmpty ? "whole" : "BROKEN")")

        // The school summary as the command reads it: every class's pupils, subjects and period
        // marks, and per class and subject the three figures of the first quarter.
        var figures = 0
        let ours = try seconds(iterations: 3) {
            figures = 0
            for (_, summary) in try journal.schoolSummary(admin, yearId: year.savedId) {
                for subject in summary.subjects {
                    let statistics = MarkStatistics(try summary.marks(subject, period: 1))
                    if statistics.average != nil { figures += 1 }
                }
            }
        }
        // The same reads, set-based, by the system's sqlite3.
        let reference = try Reference.sqlite(
            path,
            """
            SELECT * FROM schoolClass WHERE yearId = \(year.savedId) ORDER BY gradeLevel, letter;
            SELECT p.* FROM person p WHERE p.id IN (
                SELECT e.studentId FROM enrolment e JOIN schoolClass c ON c.id = e.classId WHERE c.yearId = \(year.savedId)) ORDER BY p.fullName;
            SELECT * FROM reportingPeriod WHERE yearId = \(year.savedId) ORDER BY number;
            SELECT m.* FROM periodMark m JOIN schoolClass c ON c.id = m.classId WHERE c.yearId = \(year.savedId);
            SELECT DISTINCT a.classId, a.subjectId FROM assignment a JOIN schoolClass c ON c.id = a.classId WHERE c.yearId = \(year.savedId);
            SELECT * FROM subject ORDER BY name
            """, times: 3)
        compare("school summary (\(figures) class-subject figures)", ours: ours, reference: reference, referenceName: "sqlite3")

        // Its workbook: a «Школа» sheet of classes × subjects and a sheet per class.
        let classes = try journal.schoolSummary(admin, yearId: year.savedId)
        var bytes = 0
        let workbook = try seconds(iterations: 3) {
            var sheets = [
                Worksheet(
                    name: "Школа", header: ["Класс", "Предмет", "Учеников", "Средний балл", "Качество, %", "Успеваемость, %"],
                    rows: try classes.flatMap { entry in
                        try entry.summary.subjects.map { subject in
                            let statistics = MarkStatistics(try entry.summary.marks(subject, period: 1))
                            return [SheetCell.text(entry.schoolClass.name), .text(subject.name), .number(Double(statistics.counted))]
                                + [statistics.average, statistics.quality, statistics.success].map { $0.map(SheetCell.number) ?? .empty }
                        }
                    })
            ]
            for (schoolClass, summary) in classes {
                sheets.append(
                    Worksheet(
                        name: schoolClass.name, header: ["ФИО"] + summary.subjects.map(\.name),
                        rows: try summary.students.map { student in
                            try [.text(student.fullName)]
                                + summary.subjects.map { subject in
                                    try summary.mark(student, subject, period: 1).map { value in
                                        value.points.map { SheetCell.number(Double($0)) } ?? .text(value.rawValue)
                                    } ?? .empty
                                }
                        }))
            }
            bytes = try XLSXWriter.workbook(sheets).count
        }
        print(
            "school workbook, \(classes.count + 1) sheets, \(bytes / 1024) KB".padding(toLength: 48, withPad: " ", startingAt: 0)
                + String(format: "%10.3f ms   (target < 1000 ms)", workbook * 1000))

        // The whole command, as a deputy runs it: a process, a login, the reads and the file.
        let helpdesk = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("helpdesk").path
        if FileManager.default.isExecutableFile(atPath: helpdesk) {
            var run = 0
            let command = try seconds(iterations: 3) {
                run += 1
                let xlsx = folder.appendingPathComponent("school-\(run).xlsx").path
                try Reference.run(
                    helpdesk, ["--db", path, "--user", "admin", "-c", "report school --period 1 --xlsx \(xlsx)"],
                    environment: ["HELPDESK_PASSWORD": DemoSchool.password])
            }
            print(
                "helpdesk -c 'report school --period 1 --xlsx …'".padding(toLength: 48, withPad: " ", startingAt: 0)
                    + String(format: "%10.3f ms  (mean of 3)", command * 1000))
        }

        // The year's monitoring reads every lesson and mark of the year.
        let last = LocalDate(2027, 5, 26)
        let monitoring = try seconds(iterations: 1) {
            _ = try journal.monitoring(admin, yearId: year.savedId, from: year.startDate, to: last)
        }
        let monitoringReference = try Reference.sqlite(
            path,
            """
            SELECT l.teacherId, l.classId, COUNT(*), SUM(l.topic IS NOT NULL), SUM(l.homework IS NOT NULL), SUM(l.homeworkLate)
            FROM lesson l JOIN schoolClass c ON c.id = l.classId WHERE c.yearId = \(year.savedId) GROUP BY 1, 2;
            SELECT l.teacherId, l.classId, COUNT(*), SUM(m.late) FROM mark m JOIN lesson l ON l.id = m.lessonId
            WHERE m.voidedAt IS NULL GROUP BY 1, 2
            """, times: 1)
        compare("year monitoring (ref: its two GROUP BYs only)", ours: monitoring, reference: monitoringReference, referenceName: "sqlite3")
    }
}

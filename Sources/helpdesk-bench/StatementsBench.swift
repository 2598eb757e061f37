import Foundation

/// `helpdesk-bench statements`: what one command costs on the demo school (issue 25, part 6) —
/// the SQL statements, read and write transactions the built `helpdesk` runs for `whoami`,
/// `mark add`, `lesson fill` of a whole class, `journal`, `diary` and `ticket new`, each on a
/// fresh copy of the demo loaded on Wednesday 2 December 2026 at 10:00 and run at that time
/// (under `faketime`) after the user's first login of the day (and `whoami` as that first login
/// too), with the process's wall time beside `sqlite3 FILE 'select 1'` started the same way.
enum StatementsBench {
    static let moment = "2026-12-02 10:00:00"

    struct Case {
        let name: String
        let login: String
        let line: String
        /// Run as the user's first command of the day (the login notes the visit); otherwise a
        /// `whoami` of the same user comes first and is not counted.
        var firstOfTheDay = false
    }

    static func run(folder: URL) throws {
        let helpdesk = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("helpdesk").path
        guard FileManager.default.isExecutableFile(atPath: helpdesk) else {
            print("statements: build helpdesk first (swift build -c release)")
            return
        }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let demo = folder.appendingPathComponent("demo.sqlite").path
        let loaded = try Launch.run(["faketime", moment, helpdesk, "--db", demo, "--demo"])
        guard loaded.status == 0 else {
            print("statements: the demo did not load: \(loaded.errors)")
            return
        }
        _ = try Reference.run("/usr/bin/sqlite3", [demo], input: "PRAGMA wal_checkpoint(TRUNCATE);\n")
        for item in try cases(demo) {
            let copy = folder.appendingPathComponent("copy.sqlite").path
            var counted = ""
            var total = 0.0
            let times = 5
            for _ in 0..<times {
                // A fresh copy, without the write-ahead log the last run left (SQLite would
                // replay it into the copy: the runs would see each other's writes).
                for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: copy + suffix) }
                try FileManager.default.copyItem(atPath: demo, toPath: copy)
                let user = ["faketime", moment, helpdesk, "--db", copy, "--user", item.login, "-c"]
                if !item.firstOfTheDay { _ = try Launch.run(user + ["whoami"], environment: ["HELPDESK_PASSWORD": "demo2026"]) }
                let ended = try Launch.run(
                    user + [item.line], environment: ["HELPDESK_PASSWORD": "demo2026", "HELPDESK_COUNT_STATEMENTS": "1"])
                total += ended.seconds
                let figures = ended.errors.split(separator: "\n").last { $0.hasPrefix("statements:") }.map(String.init) ?? ""
                // A command that failed is no figure: its exit status is shown instead.
                counted = ended.status == 0 ? figures : "exit \(ended.status): \(ended.errors.prefix(60))"
            }
            let reference = try Launch.mean(["faketime", moment, "/usr/bin/sqlite3", copy, "select 1"], times: times)
            print(
                item.name.padding(toLength: 26, withPad: " ", startingAt: 0) + counted.padding(toLength: 44, withPad: " ", startingAt: 0)
                    + String(
                        format: "%8.1f ms   sqlite3 'select 1' %.1f ms   ratio %.1f×", total / Double(times) * 1000, reference * 1000,
                        total / Double(times) / reference))
        }
    }

    /// The six commands, with the demo's own lesson, pupils and teacher filled in.
    static func cases(_ demo: String) throws -> [Case] {
        func value(_ sql: String) throws -> String {
            try Reference.run("/usr/bin/sqlite3", [demo], input: sql + ";\n").trimmingCharacters(in: .whitespacesAndNewlines)
        }
        let lesson = try value(
            """
            SELECT l.id FROM lesson l JOIN account a ON a.personId = l.teacherId
            WHERE a.login = 'teacher' AND l.date = '2026-12-02' ORDER BY l.startTime LIMIT 1
            """)
        let pupils = try value(
            """
            SELECT p.fullName FROM lesson l JOIN enrolment e ON e.classId = l.classId AND e.endDate IS NULL
            JOIN person p ON p.id = e.studentId WHERE l.id = \(lesson) ORDER BY p.fullName
            """
        ).split(separator: "\n")
        let identifier = try value("SELECT identifier FROM account WHERE login = 'teacher'")
        let line = pupils.enumerated().map { "\($0.element.split(separator: " ").prefix(2).joined(separator: " ")) \(5 - $0.offset % 3)" }
        return [
            Case(name: "whoami, first of the day", login: "admin", line: "whoami", firstOfTheDay: true),
            Case(name: "whoami", login: "admin", line: "whoami"),
            Case(name: "mark add", login: "teacher", line: "mark add \(lesson) \"\(pupils.first ?? "")\" 5"),
            Case(
                name: "lesson fill (\(pupils.count) pupils)", login: "teacher",
                line: "lesson fill \(lesson) \"\(line.joined(separator: "; "))\""),
            Case(name: "journal", login: "teacher", line: "journal 5А История"),
            Case(name: "diary", login: "parent", line: "diary"),
            Case(
                name: "ticket new", login: "support",
                line: "ticket new demo teacher \(identifier) учитель \"Не сохраняется отметка\" \"ошибка при сохранении\""),
        ]
    }
}

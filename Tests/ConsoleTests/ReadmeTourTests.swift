import Foundation
import HelpDesk
import JournalCore
import TestSupport
import Testing

@testable import Console

/// The README's own lines, run as written by the built program from a folder outside the
/// repository, on the demo, at 80 columns (issue 10: installs like a tool, fits the terminal,
/// no machine word or UTC instant on a Russian screen).
@Suite(.serialized) struct ReadmeTourTests {
    let home = FileManager.default.temporaryDirectory.appendingPathComponent("helpdesk-readme-\(UUID().uuidString)")

    static var readme: String {
        get throws {
            let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent()
            return try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        }
    }

    /// The tour's console lines: (who is logged in, the command), from the Russian half.
    static func tourLines(_ readme: String) -> [(user: String, line: String)] {
        let russian = readme.components(separatedBy: "\n## English")[0]
        var lines: [(String, String)] = []
        var user: String?
        for raw in russian.split(separator: "\n").map(String.init) {
            guard let match = raw.firstMatch(of: /^([a-z0-9-]+)> (.+?)(\s{2,}#.*)?$/) else { continue }
            let command = String(match.2).trimmingCharacters(in: .whitespaces)
            if command.hasPrefix("login ") {
                user = String(command.dropFirst("login ".count))
            } else if command == "logout" {
                user = nil
            } else if let user, String(match.1) == user {
                lines.append((user, command))
            } else if user == nil, String(match.1) == "helpdesk" {
                lines.append(("", command))
            }
        }
        return lines
    }

    /// The raw values of the product's enums that must never reach a Russian screen.
    static let machineWords: Set<String> = {
        var words = Set<String>()
        func add<T: CaseIterable & RawRepresentable>(_: T.Type) where T.RawValue == String {
            words.formUnion(T.allCases.map(\.rawValue))
        }
        add(AttendanceStatus.self)
        add(WorkKind.self)
        add(LessonKind.self)
        add(AbsenceReason.self)
        add(Role.self)
        add(TicketState.self)
        add(TicketKind.self)
        add(TicketPriority.self)
        add(HelpKind.self)
        add(BookingState.self)
        add(TrainingAudience.self)
        add(TrainingFormat.self)
        add(RolloutState.self)
        add(IdentityMethod.self)
        add(PeriodKind.self)
        return words.subtracting(DemoSchool.logins.map(\.0))
    }()

    func run(_ command: String, environment: [String: String]) throws -> (Int32, String) {
        // On the fixed school day, whatever day the tests run.
        let (program, arguments) = FixedDay.command("/bin/sh", ["-c", command])
        return try Program.run(program, arguments, environment: FixedDay.environment(over: environment), directory: home)
    }

    @Test("README's script lines and tour run as written from outside the repository, fit 80 columns, speak Russian")
    func theReadmeRunsAsWritten() throws {
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        defer { try? FileManager.default.removeItem(at: home) }
        let bin = URL(fileURLWithPath: EndToEndTests.executable).deletingLastPathComponent().path
        let environment = [
            "PATH": "\(bin):/usr/bin:/bin", "HOME": home.path, "XDG_DATA_HOME": home.appendingPathComponent("data").path,
            "XDG_STATE_HOME": home.appendingPathComponent("state").path, "LANG": "ru_RU.UTF-8", "COLUMNS": "80",
            "HELPDESK_PASSWORD": DemoPassword.value,
        ]
        let (loaded, loadOutput) = try run("helpdesk --demo -c quit", environment: environment)
        #expect(loaded == 0, "\(loadOutput.suffix(300))")
        let readme = try Self.readme
        // «Для скриптов»: the block as written (the password export included).
        let scripts = try #require(readme.firstMatch(of: /## Для скриптов\n\n```sh\n([\s\S]*?)```/)).1
        // A line ending in «\» goes on in the next, as the shell reads it.
        let joined = String(scripts).replacingOccurrences(of: "\\\n", with: "")
        for line in joined.split(separator: "\n").map(String.init) where !line.hasPrefix("export") {
            let (status, output) = try run(line, environment: environment)
            #expect(status == 0, "\(line)\n\(output.suffix(400))")
            if line.contains("--json") {
                // Data, not a screen: one JSON document.
                #expect((try? JSONSerialization.jsonObject(with: Data(output.utf8))) != nil, "\(line)")
            } else {
                check(output, of: line)
            }
        }
        var failures: [String] = []
        for (user, line) in Self.tourLines(readme) {
            // Lines with a placeholder (N, ЛОГИН, ФАЙЛ) or a conversation are shown, not scripted.
            if line.range(of: #"\b(N|ЛОГИН|ФАЙЛ)\b"#, options: .regularExpression) != nil
                || line.contains("--class 5А") && line.hasPrefix("student new")
            {
                continue
            }
            let quoted = "'" + line.replacingOccurrences(of: "'", with: "'\\''") + "'"
            let command = user.isEmpty ? "helpdesk --yes -c \(quoted)" : "helpdesk --user \(user) --yes -c \(quoted)"
            let (status, output) = try run(command, environment: environment)
            // A phrase in words opens a conversation, which a script cannot hold (exit 2 after «Понял: …»).
            // (The knowledge base's answers may come first.)
            let understood = output.hasPrefix("Понял:") || output.contains("\nПонял:")
            if status == 2 && !understood { failures.append("\(user)> \(line): \(output.prefix(200))") }
            check(output, of: "\(user)> \(line)", commandWords: line.hasPrefix("help"))
        }
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
    }

    /// `commandWords`: help names the commands in both languages, so English words are expected there.
    func check(_ output: String, of line: String, commandWords: Bool = false) {
        let wide = output.split(separator: "\n").filter { TextWidth.of(String($0)) > 80 }
        #expect(wide.isEmpty, "\(line): wider than 80 columns:\n\(wide.prefix(3).joined(separator: "\n"))")
        let utc = output.firstMatch(of: /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/)
        #expect(utc == nil, "\(line): a machine time on screen:\n\(output.prefix(300))")
        let words = commandWords ? [] : Set(output.split { !$0.isLetter }.map(String.init)).intersection(Self.machineWords)
        #expect(words.isEmpty, "\(line): machine words \(words.sorted()) on screen:\n\(output.prefix(300))")
    }
}

import Foundation
import Synchronization
import TestSupport

/// The full demo school, loaded once per test process by the built binary on the fixed school
/// day; each test works on a copy of its own in a private folder.
enum DemoSchoolFile {
    private static let loaded = Mutex<String?>(nil)

    /// A fresh copy of the demo school's file in `folder` (created 0700); returns its path.
    static func copy(into folder: URL) throws -> String {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let original = try loaded.withLock { path -> String in
            if let path { return path }
            let home = FileManager.default.temporaryDirectory.appendingPathComponent("helpdesk-demo-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            let file = home.appendingPathComponent("demo.sqlite").path
            let (program, arguments) = FixedDay.command(EndToEndTests.executable, ["--db", file, "--demo", "-c", "quit"])
            let (status, output) = try Program.run(
                program, arguments, environment: FixedDay.environment(over: ProcessInfo.processInfo.environment))
            guard status == 0 else { throw NotLoaded(output: output) }
            path = file
            return file
        }
        let copy = folder.appendingPathComponent("school.sqlite").path
        try FileManager.default.copyItem(atPath: original, toPath: copy)
        return copy
    }

    struct NotLoaded: Error { let output: String }
}

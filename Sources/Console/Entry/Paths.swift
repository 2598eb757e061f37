import Foundation

/// Where the database and the history live by default (XDG base directories).
enum Paths {
    static func database(_ environment: [String: String]) -> String {
        if let path = environment["HELPDESK_DB"], !path.isEmpty { return path }
        return base(environment, variable: "XDG_DATA_HOME", fallback: ".local/share") + "/helpdesk.sqlite"
    }

    static func history(_ environment: [String: String]) -> String {
        base(environment, variable: "XDG_STATE_HOME", fallback: ".local/state") + "/history"
    }

    private static func base(_ environment: [String: String], variable: String, fallback: String) -> String {
        let root =
            environment[variable].flatMap { $0.isEmpty ? nil : $0 }
            ?? (environment["HOME"] ?? NSHomeDirectory()) + "/" + fallback
        let directory = root + "/helpdesk"
        try? FileManager.default.createDirectory(
            atPath: directory, withIntermediateDirectories: true,
            attributes: [.posixPermissions: 0o700])
        return directory
    }
}

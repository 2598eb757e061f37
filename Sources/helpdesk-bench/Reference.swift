import Foundation

/// The same work done by the system's own SQLite, for a figure to stand beside.
enum Reference {
    /// The CPU seconds (user + system, as `.timer on` reports them) the system's sqlite3 spends
    /// on `sql` run `times` times over the file, divided by `times`.
    static func sqlite(_ path: String, _ sql: String, times: Int) throws -> Double {
        let script =
            ".timer on\n.output /dev/null\n" + String(repeating: sql.trimmingCharacters(in: .whitespacesAndNewlines) + ";\n", count: times)
        let output = try run("/usr/bin/sqlite3", [path], input: script)
        let seconds = output.split(separator: "\n").compactMap { line -> Double? in
            guard line.hasPrefix("Run Time:") else { return nil }
            let parts = line.split(separator: " ")
            guard let user = parts.firstIndex(of: "user"), let sys = parts.firstIndex(of: "sys") else { return nil }
            return (Double(parts[user + 1]) ?? 0) + (Double(parts[sys + 1]) ?? 0)
        }
        return seconds.reduce(0, +) / Double(times)
    }

    @discardableResult
    static func run(_ executable: String, _ arguments: [String], input: String = "", environment: [String: String] = [:]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let stdin = Pipe()
        let stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = FileHandle(forWritingAtPath: "/dev/null")
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let data = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}

/// Prints one figure beside its reference, with their ratio.
func compare(_ name: String, ours: Double, reference: Double, referenceName: String) {
    let ratio = reference > 0 ? ours / reference : .infinity
    print(
        name.padding(toLength: 48, withPad: " ", startingAt: 0)
            + String(format: "%10.3f ms   %@ %.3f ms   ratio %.1f×", ours * 1000, referenceName, reference * 1000, ratio))
}

/// The mean seconds of `body` over `iterations` runs.
func seconds(iterations: Int, _ body: () throws -> Void) rethrows -> Double {
    let start = ContinuousClock.now
    for _ in 0..<iterations { try body() }
    return (ContinuousClock.now - start).seconds / Double(iterations)
}

extension Duration {
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}

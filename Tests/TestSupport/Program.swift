import Foundation

/// Another program, run to its end as a person at a shell would: the tests' one way to start
/// the built `helpdesk`, sshd, ssh and the rest.
public enum Program {
    /// Its exit status and what it printed, standard output and error together. `input` is its
    /// whole standard input; `environment` is all it gets; `directory` is where it runs.
    @discardableResult
    public static func run(
        _ path: String, _ arguments: [String], input: String = "", environment: [String: String], directory: URL? = nil
    ) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.environment = environment
        if let directory { process.currentDirectoryURL = directory }
        let stdin = Pipe()
        let stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stdout
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }
}

import Foundation

/// The files a person names to a command: read from or written to their own machine. `-` is the
/// standard input or output, which is all a command served over SSH may name (the server's files —
/// the database, `authorized_keys` — are the service's, never a person's); a file is always
/// written new, never over another one.
extension Session {
    func readUserFile(_ path: String) throws -> Data {
        if path == "-" {
            guard !io.isInteractive else { throw ReportedFailure(output: .message(.standardStreamInteractive)) }
            return FileHandle.standardInput.readDataToEndOfFile()
        }
        if remote { throw ReportedFailure(output: .message(.remoteFile(path: path))) }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ReportedFailure(output: .message(.cannotReadFile(path: path)))
        }
        return data
    }

    /// Writes a new file, or the data alone to the standard output for `-`; says nothing then.
    func writeUserFile(_ data: Data, to path: String) throws {
        guard try checkNewName(path) else {
            FileHandle.standardOutput.write(data)
            return
        }
        try checkFolder(URL(fileURLWithPath: path).deletingLastPathComponent().path)
        guard NewFile.write(data, to: path) else { throw ReportedFailure(output: .message(.cannotWriteFile(path: path))) }
    }

    /// Whether `path` can be written as a new file: `-` (the person's own output), or a name not
    /// taken in a folder that is there — checked before the work whose result it will hold.
    func checkNewFile(_ path: String) throws {
        guard try checkNewName(path) else { return }
        try checkFolder(URL(fileURLWithPath: path).deletingLastPathComponent().path)
    }

    /// What any new file of the person's must be: `-` only outside JSON mode, no server file
    /// over SSH, no name already taken. False for `-`, the standard output.
    private func checkNewName(_ path: String) throws -> Bool {
        if path == "-" {
            guard !json else { throw ReportedFailure(output: .message(.standardStreamInteractive)) }
            return false
        }
        if remote { throw ReportedFailure(output: .message(.remoteFile(path: path))) }
        if FileManager.default.fileExists(atPath: path) { throw ReportedFailure(output: .message(.fileExists(path: path))) }
        return true
    }

    /// Whether files can be written into `folder`: it is there (a medium mounted) and writable.
    func checkFolder(_ folder: String) throws {
        if remote { throw ReportedFailure(output: .message(.remoteFile(path: folder))) }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue,
            FileManager.default.isWritableFile(atPath: folder)
        else { throw ReportedFailure(output: .message(.folderMissing(path: folder))) }
    }

    /// Over SSH, a backup goes only into a folder that exists, under a name the product gives.
    func checkBackupDestinations(_ destinations: [String]) throws {
        guard remote else { return }
        for destination in destinations {
            var folder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: destination, isDirectory: &folder), folder.boolValue else {
                throw ReportedFailure(output: .message(.remoteFile(path: destination)))
            }
        }
    }
}

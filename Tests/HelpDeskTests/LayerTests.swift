import Foundation
import GRDB
import Testing

@testable import HelpDesk
@testable import JournalCore

/// The help desk reaches the journal's data only through JournalCore's API (issue 10, part 2).
@Suite struct LayerTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// Every table JournalCore's migrations make, read from the schema: a new one cannot be forgotten.
    static func journalTables() throws -> [String] {
        try AppDatabase.inMemory().readDatabase { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%'")
        }
    }

    /// Every record type JournalCore declares (a type that is fetched), read from its sources.
    static func journalRecords() throws -> [String] {
        let folder = repository.appendingPathComponent("Sources/JournalCore")
        let files = try #require(FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil))
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" }
        let declaration = try Regex("struct (\\w+)\\s*:[^{]*StoredRecord")
        return try files.flatMap { file in
            let text = try String(contentsOf: file, encoding: .utf8)
            return text.matches(of: declaration).compactMap { $0.output[1].substring.map(String.init) }
        }
    }

    @Test(
        "HelpDesk runs no SQL on JournalCore's tables and touches no journal record type's queries (all of them, from the schema and the sources)"
    )
    func helpDeskUsesTheJournalsAPI() throws {
        let folder = Self.repository.appendingPathComponent("Sources/HelpDesk")
        let files = try #require(FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil))
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" }
        #expect(files.count > 20)
        let tableNames = try Self.journalTables()
        let recordNames = try Self.journalRecords()
        #expect(tableNames.count > 40 && recordNames.count > 30, "\(tableNames.count) tables, \(recordNames.count) records")
        let sql = try Regex("(?i)\\b(FROM|JOIN|INTO|UPDATE)\\s+\"?(\(tableNames.joined(separator: "|")))\\b")
        let records = try Regex(
            "\\b(\(recordNames.joined(separator: "|")))\\.(filter|fetch\\w*|select|order|deleteAll|updateAll|exists|all)\\b")
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            for pattern in [sql, records] {
                let found = text.firstMatch(of: pattern).map { String(text[$0.range]) }
                #expect(found == nil, "\(file.lastPathComponent): \(found ?? "")")
            }
        }
    }

    @Test(
        "Issue 25: the store's engine stays below the core: the help desk, the console and the mail never import GRDB, reach the tables through JournalCore's StoreTransaction and get its errors by kind"
    )
    func onlyTheCoreSeesTheStoresEngine() throws {
        for module in ["HelpDesk", "Console", "Mail", "helpdesk-repl"] {
            let folder = Self.repository.appendingPathComponent("Sources/\(module)")
            let files = try #require(FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil))
                .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" }
            #expect(!files.isEmpty)
            for file in files {
                let text = try String(contentsOf: file, encoding: .utf8)
                // The engine's names in code (a sentence may say "Database restored").
                let engine = try Regex(
                    "import GRDB|[:(<]\\s*Database\\b|\\bDatabase(Error|Value|Writer|Queue|Pool|Migrator)\\b|FetchableRecord|PersistableRecord|\\bColumn\\("
                )
                #expect(text.firstMatch(of: engine) == nil, "\(module)/\(file.lastPathComponent)")
            }
        }
    }

    @Test(
        "Issue 25: JournalCore shows no client its engine: GRDB is imported internally everywhere (so the compiler refuses a public signature or conformance naming it), and the journal's rules and services reach the tables only through StoreTransaction"
    )
    func theCoresOwnLayersSeeOnlyTheStoresInterface() throws {
        let folder = Self.repository.appendingPathComponent("Sources/JournalCore")
        let files = try #require(FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil))
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" }
        #expect(files.count > 100)
        let visibleImport = try Regex("(?m)^(public |package |@_exported )?import GRDB")
        // The engine's own parts: opening and migrating the file, its backups, the connection's
        // seal triggers and the chain's streaming check.
        let engineParts = ["/Store/", "/Audit/RowSeal.swift", "/Audit/SealCheck.swift", "/Audit/AuditLog.swift", "/Audit/ChainHeads.swift"]
        let engine = try Regex(
            "[:(<]\\s*Database\\b|\\bRow\\.fetch|\\.fetch(All|One|Count|Cursor)\\(db|\\bColumn\\((CodingKeys|\")|execute\\(sql:")
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            #expect(text.firstMatch(of: visibleImport) == nil, "\(file.lastPathComponent) imports GRDB visibly")
            guard !engineParts.contains(where: file.path.contains) else { continue }
            let found = text.firstMatch(of: engine).map { String(text[$0.range]) }
            #expect(found == nil, "\(file.lastPathComponent): \(found ?? "")")
        }
    }

    @Test("The journal's refusals name journal fields; the desk's own words are the desk's")
    func eachLayerHasItsOwnFields() {
        let journal = Set(Field.allCases.map(\.rawValue))
        #expect(journal.isDisjoint(with: DeskField.allCases.map(\.rawValue)))
        #expect(!journal.contains("booking") && !journal.contains("ticket") && !journal.contains("training"))
    }
}

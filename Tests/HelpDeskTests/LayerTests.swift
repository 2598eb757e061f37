import Foundation
import Testing

@testable import HelpDesk
@testable import JournalCore

/// The help desk reaches the journal's data only through JournalCore's API (issue 10, part 2).
@Suite struct LayerTests {
    static let journalTables = [
        "person", "personRole", "account", "organization", "enrolment", "schoolClass", "lesson", "mark", "auditEntry", "breach",
    ]

    @Test("HelpDesk runs no SQL on JournalCore's tables and touches no journal record type's queries")
    func helpDeskUsesTheJournalsAPI() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/HelpDesk")
        let files = try #require(FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil))
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" }
        #expect(files.count > 20)
        let tables = Self.journalTables.joined(separator: "|")
        let sql = try Regex("(?i)\\b(FROM|JOIN|INTO|UPDATE)\\s+\"?(\(tables))\\b")
        let records = try Regex("\\b(Account|Person|Organization|Lesson|Mark)\\.(filter|fetch\\w*|select|order|deleteAll|updateAll)\\b")
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            for pattern in [sql, records] {
                let found = text.firstMatch(of: pattern).map { String(text[$0.range]) }
                #expect(found == nil, "\(file.lastPathComponent)")
            }
        }
    }

    @Test("The journal's refusals name journal fields; the desk's own words are the desk's")
    func eachLayerHasItsOwnFields() {
        let journal = Set(Field.allCases.map(\.rawValue))
        #expect(journal.isDisjoint(with: DeskField.allCases.map(\.rawValue)))
        #expect(!journal.contains("booking") && !journal.contains("ticket") && !journal.contains("training"))
    }
}

import Foundation
internal import GRDB

/// One table whose rows the audit chain seals (J-ARCH-2): where its rows are read from, the
/// organization each belongs to, what identifies one (an id and a second number, 0 when one
/// suffices), the sealed columns, and the temporary triggers that note a changed row. The
/// journal's tables are `SealedTable`'s; a module with tables of its own in the same file (the
/// help desk) describes its tables with `table(_:organization:via:_:)` and hands them to
/// `AppDatabase.migrate(_:sealing:)`.
public struct SealedRows: Sendable {
    /// The table as the chain's `sealed` entries name it.
    public let entity: AuditEntity
    /// The table's name in the chain's `sealed` entries.
    public var name: String { entity.rawValue }
    let source: String
    let organization: String
    let key: (id: String, sub: String)
    let columns: [SealedTable.Column]
    /// What else a row must meet to be sealed (`roles`: a person who holds one).
    var condition = ""
    /// What notes a changed row.
    let notes: SealNotes
    /// The notes on SQLite: the temporary triggers of the product's own connection.
    var triggers: [String] { notes.sqlite }

    /// A table of another module: `t` is the table, `via` joins what reaches its organization,
    /// `key` its identifying columns (a second one for a table keyed by two).
    public static func table(
        _ entity: AuditEntity, key: (String, String?) = ("id", nil), organization: String = "t.organizationId", via joins: String = "",
        _ columns: String...
    ) -> SealedRows {
        let name = entity.rawValue
        let source = "\(name) t" + (joins.isEmpty ? "" : " " + joins)
        func row(_ alias: String) -> String { "\(alias).\(key.0), " + (key.1.map { "\(alias).\($0)" } ?? "0") }
        return SealedRows(
            entity: entity, source: source, organization: organization, key: ("t.\(key.0)", key.1.map { "t.\($0)" } ?? "0"),
            columns: columns.map { SealedTable.Column(name: $0, expression: "t.\($0)") },
            notes: SealNotes(name: name, table: name, keys: (row("NEW"), row("OLD"))))
    }

    init(
        entity: AuditEntity, source: String, organization: String, key: (id: String, sub: String), columns: [SealedTable.Column],
        condition: String = "", notes: SealNotes
    ) {
        self.entity = entity
        self.source = source
        self.organization = organization
        self.key = key
        self.columns = columns
        self.condition = condition
        self.notes = notes
    }

    /// Selects organization, key, sub-key and the sealed columns.
    func select(where filter: String) -> String {
        let columns = columns.map(\.expression).joined(separator: ", ")
        return "SELECT \(organization), \(key.id), \(key.sub), \(columns) FROM \(source) WHERE \(filter)\(condition)"
    }

    /// The rows of one organization.
    var selectOrganization: String { select(where: "\(organization) = ?") }

    /// The rows of one organization, in the order of their keys.
    /// (A constant second key is left out: `ORDER BY 0` would name a result column.)
    var selectOrganizationInKeyOrder: String { selectOrganization + " ORDER BY \(key.id)" + (key.sub == "0" ? "" : ", \(key.sub)") }
}

/// The tables a database seals: the journal's, and those another module added. Shared by every
/// copy of the `AppDatabase` that holds it.
final class SealedSet: Sendable {
    private let tables = Mutex<[String: SealedRows]>(
        Dictionary(uniqueKeysWithValues: SealedTable.allCases.map { ($0.rawValue, $0.rows) }))

    var all: [SealedRows] { tables.withLock { Array($0.values) }.sorted { $0.name < $1.name } }

    subscript(name: String) -> SealedRows? { tables.withLock { $0[name] } }

    /// Counts the sets of tables added, and which of them the writer connection has triggers for.
    private let generations = Mutex((current: 1, installed: 0))

    func add(_ more: [SealedRows]) {
        tables.withLock { tables in for table in more { tables[table.name] = table } }
        generations.withLock { $0.current += 1 }
    }

    /// The set of tables the writer connection has no triggers for yet, if any.
    var uninstalled: Int? { generations.withLock { $0.installed < $0.current ? $0.current : nil } }

    /// The writer connection has the triggers of `generation`.
    func installed(_ generation: Int) { generations.withLock { $0.installed = max($0.installed, generation) } }
}

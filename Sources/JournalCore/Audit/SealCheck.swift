import GRDB

/// Holds the sealed tables against the last seal of each row (J-ARCH-2): a row with no seal
/// was inserted behind the product, one unlike its seal was changed, a sealed one that is gone
/// was deleted.
struct SealCheck {
    /// The last sealed state of each row; nil once the product deleted it.
    private var last: [SealKey: String?] = [:]

    /// The tables checked: a seal of a table not among them (another module's) is passed over.
    let tables: [SealedRows]
    private let names: Set<String>

    init(tables: [SealedRows]) {
        self.tables = tables
        names = Set(tables.map(\.name))
    }

    /// Notes a `sealed` entry, read as `AuditLog.verify` selects it.
    mutating func record(_ row: Row) {
        let name: String = row[5]
        guard names.contains(name) else { return }
        let sub: Int64? = row[7]
        last[SealKey(table: name, id: row[6], sub: sub ?? 0)] = .some(row[10])
    }

    func compare(_ db: Database, organizationId: Int64) throws -> [AuditProblem] {
        var problems: [AuditProblem] = []
        var seen = Set<SealKey>()
        for table in tables {
            let rows = try Row.fetchCursor(db, sql: table.selectOrganization, arguments: [organizationId])
            while let row = try rows.next() {
                let key = SealKey(table: table.name, id: row[1], sub: row[2])
                seen.insert(key)
                let found = RowSeal.text(table, row)
                guard let sealed = last[key], let sealed else {
                    problems.append(.rowInserted(table: table.name, key: key.description))
                    continue
                }
                if sealed != found {
                    problems.append(.rowChanged(table: table.name, key: key.description, differences: Self.differences(sealed, found)))
                }
            }
        }
        for (key, sealed) in last where sealed != nil && !seen.contains(key) {
            problems.append(.rowDeleted(table: key.table, key: key.description))
        }
        return problems.sorted { $0.sortKey < $1.sortKey }
    }

    /// The columns whose values differ between two sealed states.
    static func differences(_ sealed: String, _ found: String) -> [FieldDifference] {
        let before = BreachRollback.fields(sealed) ?? [:]
        let after = BreachRollback.fields(found) ?? [:]
        return Set(before.keys).union(after.keys).sorted().compactMap { column in
            before[column] == after[column] ? nil : FieldDifference(column: column, sealed: before[column], found: after[column])
        }
    }
}

extension SealKey: CustomStringConvertible {
    /// `88`, or `12/345` (lesson/student) for attendance.
    var description: String { sub == 0 ? String(id) : "\(id)/\(sub)" }
}

extension AuditProblem {
    fileprivate var sortKey: String {
        switch self {
        case .rowInserted(let table, let key), .rowChanged(let table, let key, _), .rowDeleted(let table, let key):
            "\(table) \(key.count) \(key)"
        default: ""
        }
    }
}

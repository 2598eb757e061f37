/// Holds the sealed tables against the last seal of each row (J-ARCH-2): a row with no seal
/// was inserted behind the product, one unlike its seal was changed, a sealed one that is gone
/// was deleted. Each table's rows and its seals are read side by side in the order of their
/// keys, so that memory stays flat however long the chain (issue 25, part 6).
struct SealCheck {
    /// The tables checked: a seal of a table not among them (another module's) is passed over.
    let tables: [SealedRows]

    func compare(_ db: StoreTransaction, organizationId: Int64) throws -> [AuditProblem] {
        var problems: [AuditProblem] = []
        for table in tables {
            try compare(table, db, organizationId: organizationId, into: &problems)
        }
        return problems.sorted { $0.sortKey < $1.sortKey }
    }

    private func compare(_ table: SealedRows, _ db: StoreTransaction, organizationId: Int64, into problems: inout [AuditProblem]) throws {
        // Spelled as the file's seal index is (`IFNULL`, which PostgreSQL's schema also has), so
        // that SQLite walks the index in order.
        var seals = LastSeals(
            try StoreCursor(
                db,
                """
                SELECT entityId, IFNULL(studentId, 0) AS sub, after FROM auditEntry
                WHERE action = 'sealed' AND entity = ? AND organizationId = ?
                ORDER BY entity, entityId, IFNULL(studentId, 0), id
                """, [table.name, organizationId]))
        let rows = try StoreCursor(db, table.selectOrganizationInKeyOrder, [organizationId])
        func nextRow() throws -> (key: KeyPair, text: String)? {
            guard let values = try rows.next()?.values else { return nil }
            guard values.count > 3, case .integer(let id) = values[1], case .integer(let sub) = values[2] else {
                throw StoreReadingError(column: "key", found: "\(values.prefix(3))")
            }
            return (KeyPair(id: id, sub: sub), RowSeal.text(table, values))
        }
        var seal = try seals.next()
        var row = try nextRow()
        var previous: KeyPair?
        while seal != nil || row != nil {
            if let current = row, current.key == previous {
                row = try nextRow()  // the same row again through a join: once is enough
                continue
            }
            if let current = row, seal.map({ current.key < $0.key }) ?? true {
                problems.append(.rowInserted(table: table.name, key: current.key.description))
                previous = current.key
                row = try nextRow()
            } else if let last = seal, row.map({ last.key < $0.key }) ?? true {
                if last.after != nil { problems.append(.rowDeleted(table: table.name, key: last.key.description)) }
                seal = try seals.next()
            } else if let current = row, let last = seal {
                if let sealed = last.after {
                    if sealed != current.text {
                        problems.append(
                            .rowChanged(
                                table: table.name, key: current.key.description, differences: Self.differences(sealed, current.text)))
                    }
                } else {
                    problems.append(.rowInserted(table: table.name, key: current.key.description))
                }
                previous = current.key
                row = try nextRow()
                seal = try seals.next()
            }
        }
    }

    /// A row's identifying numbers, ordered as SQLite orders them.
    struct KeyPair: Comparable {
        let id: Int64
        let sub: Int64

        static func < (lhs: KeyPair, rhs: KeyPair) -> Bool { (lhs.id, lhs.sub) < (rhs.id, rhs.sub) }

        /// `88`, or `12/345` (lesson/student) for attendance.
        var description: String { sub == 0 ? String(id) : "\(id)/\(sub)" }
    }

    /// The last seal of each row, from the seals ordered by row and then by entry: its state,
    /// nil once the product deleted the row.
    struct LastSeals {
        let cursor: StoreCursor
        private var pending: (key: KeyPair, after: String?)?
        private var started = false

        init(_ cursor: StoreCursor) { self.cursor = cursor }

        mutating func next() throws -> (key: KeyPair, after: String?)? {
            if !started {
                started = true
                pending = try read()
            }
            guard var last = pending else { return nil }
            while let following = try read() {
                guard following.key == last.key else {
                    pending = following
                    return last
                }
                last = following
            }
            pending = nil
            return last
        }

        private func read() throws -> (key: KeyPair, after: String?)? {
            try cursor.next().map { row in (KeyPair(id: try row["entityId"], sub: try row["sub"]), try row["after"]) }
        }
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

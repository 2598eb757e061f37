internal import GRDB

/// What a move moved: how many rows, and each school with its audit chain's head on the target
/// (the source's, entry for entry).
public struct SchoolMoves: Sendable, Equatable {
    public var rows: Int
    public var schools: [(organization: String, head: AuditChainHead)]

    public static func == (one: Self, other: Self) -> Bool {
        one.rows == other.rows && one.schools.elementsEqual(other.schools) { $0 == $1 }
    }
}

/// Why a move did not happen; nothing was written to the target.
public enum SchoolMoveProblem: Error, Sendable, Equatable {
    /// No school was named (`--org`).
    case noSchool
    /// The source has no school of this code.
    case unknownSchool(String)
    /// The target has a school of this code already.
    case alreadyThere(String)
    /// The school's chain in the source disagrees with its data: a journal edited behind the
    /// product is not moved (the problems stay where `audit verify` names them).
    case auditProblems(organization: String, problems: Int)
    /// Rows of this table have ids or keys (a login) that the target's other schools hold.
    case taken(table: String)
    /// Rows of this table refer to rows of a school that is not moved with them (a regional
    /// desk's specialist on a school's ticket): name that school too.
    case outsideReference(table: String)
    /// The target's chain of the school came out other than the source's.
    case differs(organization: String)
}

/// Moves schools between stores (issue 25, part 4): a school's file into a region's database,
/// or a region's school into a file of its own. Every row of the schools goes with its id, the
/// audit chain entry for entry, so that the seals and the heads on the target are the source's;
/// read from one snapshot of the source, written in one transaction of the target that checks
/// the chain before it commits. Whole or not at all.
public enum SchoolMove {
    /// Copies the schools of `codes` from `source` into `target`, the journal's tables and
    /// `tables` (the desk's) after them.
    public static func copy(_ codes: [String], from source: AppDatabase, to target: AppDatabase, tables: [SchoolTable]) throws
        -> SchoolMoves
    {
        var seen = Set<String>()
        let codes = codes.filter { seen.insert($0).inserted }
        guard !codes.isEmpty else { throw SchoolMoveProblem.noSchool }
        return try source.read { from in
            var schools: [(code: String, id: Int64, head: AuditChainHead)] = []
            for code in codes {
                guard let id = try from.value(Int64.self, "SELECT id FROM organization WHERE code = ?", [code]) else {
                    throw SchoolMoveProblem.unknownSchool(code)
                }
                let problems = try AuditLog.verify(from, organizationId: id, tables: source.sealed.all)
                guard problems.isEmpty else { throw SchoolMoveProblem.auditProblems(organization: code, problems: problems.count) }
                schools.append((code, id, try AuditChainHead.read(from, organizationId: id)))
            }
            let ids = schools.map(\.id)
            return try target.writeUnsealed { into in
                for school in schools where try into.exists("SELECT 1 FROM organization WHERE code = ?", [school.code]) {
                    throw SchoolMoveProblem.alreadyThere(school.code)
                }
                var rows = 0
                for table in JournalSchoolTables.all + tables {
                    rows += try copy(table, of: ids, from: from, into: into)
                }
                return SchoolMoves(
                    rows: rows,
                    schools: try schools.map { school in
                        let problems = try AuditLog.verify(into, organizationId: school.id, tables: target.sealed.all)
                        let head = try AuditChainHead.read(into, organizationId: school.id)
                        guard problems.isEmpty, head == school.head else { throw SchoolMoveProblem.differs(organization: school.code) }
                        return (school.code, head)
                    })
            }
        }
    }

    /// The codes of `school` and of the organizations its rows link it to (the desks that serve
    /// it), which a copy of it takes along; every school's when nil.
    static func codes(of school: Int64?, with tables: [SchoolTable], _ db: StoreTransaction) throws -> [String] {
        guard let school else { return try db.values(String.self, "SELECT code FROM organization ORDER BY id") }
        var ids = [school]
        for table in JournalSchoolTables.all + tables {
            guard let sql = table.selectLinks(organizations: 1) else { continue }
            ids += try db.values(Int64.self, sql, [school]).filter { !ids.contains($0) }
        }
        return try db.values(
            String.self, "SELECT code FROM organization WHERE id IN (\(StoreTransaction.placeholders(ids.count))) ORDER BY id", ids)
    }

    /// Copies one table's rows of the schools, a few hundred per statement; returns how many.
    private static func copy(_ table: SchoolTable, of schools: [Int64], from: StoreTransaction, into: StoreTransaction) throws -> Int {
        let cursor = try StoreCursor(from, table.select(organizations: schools.count), schools)
        var batch: [StoreRow] = []
        var count = 0
        var numbered = false
        while let row = try cursor.next() {
            numbered = numbered || row.columns.contains { $0.lowercased() == "id" }
            batch.append(row)
            // Within either engine's limit of arguments per statement.
            if (batch.count + 1) * row.columns.count > 30_000 || batch.count == 500 {
                try insert(batch, into: table, into)
                count += batch.count
                batch.removeAll(keepingCapacity: true)
            }
        }
        try insert(batch, into: table, into)
        count += batch.count
        if numbered { try continueIdentity(of: table, into) }
        return count
    }

    private static func insert(_ rows: [StoreRow], into table: SchoolTable, _ db: StoreTransaction) throws {
        guard let columns = rows.first?.columns else { return }
        // Quoted in lower case: PostgreSQL's names (`end` is a keyword there); SQLite's names
        // match whatever their case.
        let names = columns.map { "\"\($0.lowercased())\"" }.joined(separator: ", ")
        let tuple = "(" + StoreTransaction.placeholders(columns.count) + ")"
        let sql = "INSERT INTO \(table.name) (\(names)) VALUES " + Array(repeating: tuple, count: rows.count).joined(separator: ", ")
        do {
            try db.execute(sql, rows.flatMap(\.values))
        } catch {
            switch ConstraintBroken(error) {
            case .unique: throw SchoolMoveProblem.taken(table: table.name)
            case .reference: throw SchoolMoveProblem.outsideReference(table: table.name)
            case nil: throw error
            }
        }
    }

    /// On PostgreSQL, the table's next id follows the highest one now there (rows came with
    /// their ids); SQLite's next id follows the highest by itself.
    private static func continueIdentity(of table: SchoolTable, _ db: StoreTransaction) throws {
        guard case .postgres = db.connection else { return }
        let name = table.name.lowercased()
        guard let sequence = try db.value(String.self, "SELECT pg_get_serial_sequence(?, 'id')", [name]) else { return }
        try db.execute("SELECT setval(?::regclass, (SELECT MAX(id) FROM \(name)))", [sequence])
    }
}

/// The kind of constraint an insert broke, on either engine.
enum ConstraintBroken {
    case unique, reference

    init?(_ error: any Error) {
        if let error = error as? PostgresError {
            switch error.sqlState {
            case "23505": self = .unique
            case "23503": self = .reference
            default: return nil
            }
        } else if let error = error as? DatabaseError {
            switch error.extendedResultCode {
            case .SQLITE_CONSTRAINT_UNIQUE, .SQLITE_CONSTRAINT_PRIMARYKEY: self = .unique
            case .SQLITE_CONSTRAINT_FOREIGNKEY: self = .reference
            default: return nil
            }
        } else {
            return nil
        }
    }
}

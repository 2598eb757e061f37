import Foundation
import GRDB

@testable import JournalCore

/// One table as either engine's catalogue describes it, in the terms both share (issue 25,
/// part 2): names in lower case, each column's type as PostgreSQL spells the one the file's type
/// stands for, references and unique sets by their columns, indexes by name (an expression as
/// `*`), checks counted, triggers by name.
struct SchemaShape: Equatable {
    struct Column: Equatable, CustomStringConvertible {
        let name: String
        let type: String
        let notNull: Bool
        let defaultValue: String?
        var description: String { "\(name) \(type)\(notNull ? " not null" : "")\(defaultValue.map { " default \($0)" } ?? "")" }
    }

    struct Reference: Hashable {
        let column: String
        let table: String
        let target: String
        let onDelete: String
    }

    struct Index: Hashable {
        let name: String
        let unique: Bool
        let partial: Bool
        let columns: String
    }

    var columns: [Column] = []
    var primaryKey: [String] = []
    var references: Set<Reference> = []
    var uniques: Set<String> = []
    var indexes: Set<Index> = []
    var checks = 0
    var triggers: Set<String> = []

    /// The file's types, as the PostgreSQL schema keeps each.
    static let types = [
        "INTEGER": "bigint", "TEXT": "text", "DATETIME": "text", "BOOLEAN": "smallint", "DOUBLE": "double precision", "BLOB": "bytea",
    ]

    /// Every table of a file but the engine's own and the migrations' list.
    static func sqlite(_ db: Database) throws -> [String: SchemaShape] {
        let tables = try Row.fetchAll(
            db, sql: "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' AND name <> 'grdb_migrations'")
        var shapes: [String: SchemaShape] = [:]
        for table in tables {
            let name: String = table["name"]
            let sql: String = table["sql"]
            var shape = SchemaShape()
            let columns = try Row.fetchAll(db, sql: "SELECT * FROM pragma_table_info(?) ORDER BY cid", arguments: [name])
            shape.columns = columns.map { column in
                let type: String = column["type"]
                return Column(
                    name: (column["name"] as String).lowercased(), type: types[type] ?? type,
                    notNull: column["notnull"] as Bool || column["pk"] as Int > 0, defaultValue: column["dflt_value"])
            }
            let keyed = columns.map { column -> (position: Int, name: String) in (column["pk"], (column["name"] as String).lowercased()) }
            shape.primaryKey = keyed.filter { $0.position > 0 }.sorted { $0.position < $1.position }.map(\.name)
            shape.references = Set(
                try Row.fetchAll(db, sql: "SELECT * FROM pragma_foreign_key_list(?)", arguments: [name]).map { row in
                    Reference(
                        column: (row["from"] as String).lowercased(), table: (row["table"] as String).lowercased(),
                        target: (row["to"] as String).lowercased(), onDelete: row["on_delete"])
                })
            for index in try Row.fetchAll(db, sql: "SELECT * FROM pragma_index_list(?)", arguments: [name]) {
                let indexName: String = index["name"]
                let columns = try Row.fetchAll(db, sql: "SELECT name FROM pragma_index_info(?) ORDER BY seqno", arguments: [indexName])
                    .map { ($0["name"] as String?)?.lowercased() ?? "*" }.joined(separator: ",")
                switch index["origin"] as String {
                case "u": shape.uniques.insert(columns)
                case "c":
                    shape.indexes.insert(
                        Index(name: indexName.lowercased(), unique: index["unique"], partial: index["partial"], columns: columns))
                default: break
                }
            }
            shape.checks = sql.components(separatedBy: "CHECK (").count - 1
            shape.triggers = Set(
                try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?", arguments: [name])
                    .map { $0.lowercased() })
            shapes[name.lowercased()] = shape
        }
        return shapes
    }

    /// Every table of the connection's first schema but the migrations' list and the seals' notes
    /// (SQLite's are temporary), and every trigger but the seals'.
    static func postgres(_ connection: PostgresConnection) throws -> [String: SchemaShape] {
        let store = StoreTransaction(connection)
        let tables = try store.values(
            String.self,
            "SELECT relname FROM pg_class WHERE relnamespace = current_schema()::regnamespace AND relkind = 'r' AND relname NOT IN ('schemamigration', 'pendingseal')"
        )
        var shapes: [String: SchemaShape] = [:]
        for name in tables {
            var shape = SchemaShape()
            shape.columns = try store.rows(
                """
                SELECT a.attname, format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull, pg_get_expr(d.adbin, d.adrelid) AS value
                FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
                WHERE a.attrelid = to_regclass(?) AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum
                """, [name]
            ).map { row in
                let value: String? = try row["value"]
                return Column(
                    name: try row["attname"], type: try row["type"], notNull: try row["attnotnull"],
                    defaultValue: value?.replacingOccurrences(of: "::text", with: ""))
            }
            shape.primaryKey = try connection.primaryKey(name)
            shape.references = Set(
                try store.rows(
                    """
                    SELECT a.attname AS source, t.relname AS target, b.attname AS column, c.confdeltype AS rule
                    FROM pg_constraint c CROSS JOIN LATERAL unnest(c.conkey, c.confkey) AS k(source, target)
                    JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.source
                    JOIN pg_attribute b ON b.attrelid = c.confrelid AND b.attnum = k.target
                    JOIN pg_class t ON t.oid = c.confrelid
                    WHERE c.conrelid = to_regclass(?) AND c.contype = 'f'
                    """, [name]
                ).map { row in
                    let rules = ["a": "NO ACTION", "c": "CASCADE", "n": "SET NULL", "r": "RESTRICT", "d": "SET DEFAULT"]
                    let rule: String = try row["rule"]
                    return Reference(
                        column: try row["source"], table: try row["target"], target: try row["column"], onDelete: rules[rule] ?? rule)
                })
            let keyColumns =
                "array_to_string(ARRAY(SELECT COALESCE(a.attname::text, '*') FROM unnest(%@) WITH ORDINALITY k(n, o) LEFT JOIN pg_attribute a ON a.attrelid = %@ AND a.attnum = k.n ORDER BY k.o), ',')"
            shape.uniques = Set(
                try store.values(
                    String.self,
                    "SELECT \(String(format: keyColumns, "c.conkey", "c.conrelid")) FROM pg_constraint c WHERE c.conrelid = to_regclass(?) AND c.contype = 'u'",
                    [name]))
            shape.indexes = Set(
                try store.rows(
                    """
                    SELECT i.relname AS name, x.indisunique AS isunique, x.indpred IS NOT NULL AS partial,
                    \(String(format: keyColumns, "x.indkey::int2[]", "x.indrelid")) AS columns
                    FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
                    WHERE x.indrelid = to_regclass(?) AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid)
                    """, [name]
                ).map { row in
                    Index(name: try row["name"], unique: try row["isunique"], partial: try row["partial"], columns: try row["columns"])
                })
            shape.checks =
                try store.value(Int.self, "SELECT COUNT(*) FROM pg_constraint WHERE conrelid = to_regclass(?) AND contype = 'c'", [name])
                ?? 0
            shape.triggers = Set(
                try store.values(
                    String.self,
                    "SELECT tgname FROM pg_trigger WHERE tgrelid = to_regclass(?) AND NOT tgisinternal AND tgname NOT LIKE 'seal%'", [name])
            )
            shapes[name] = shape
        }
        return shapes
    }
}

import Foundation
import Testing

@testable import JournalCore

/// The store's connection to PostgreSQL through libpq (issue 25, part 2), against the throw-away
/// cluster `.ci/run` starts (`scripts/postgres-cluster.sh`), named by `HELPDESK_TEST_POSTGRESQL`.
@Suite struct PostgresConnectionTests {
    static let server = ProcessInfo.processInfo.environment["HELPDESK_TEST_POSTGRESQL"]

    @Test func placeholdersAreNumberedOutsideQuotesAndComments() {
        let sql = "SELECT '?', \"a?\" FROM t -- why?\nWHERE x = ? AND y IN (?, ?)"
        #expect(PostgresPlaceholders.numbered(sql) == "SELECT '?', \"a?\" FROM t -- why?\nWHERE x = $1 AND y IN ($2, $3)")
        #expect(PostgresPlaceholders.numbered("SELECT 'it''s ?' WHERE a = ?") == "SELECT 'it''s ?' WHERE a = $1")
        #expect(PostgresPlaceholders.numbered("WHERE a = ?1 AND b > ?2 AND c < ?1") == "WHERE a = $1 AND b > $2 AND c < $1")
    }

    @Test(.enabled(if: server != nil)) func everyKindOfValueComesBackAsItWasBound() throws {
        let connection = try PostgresConnection(try #require(Self.server))
        _ = try connection.execute(
            "CREATE TEMP TABLE probe (id BIGSERIAL PRIMARY KEY, t TEXT, i BIGINT, r DOUBLE PRECISION, b BYTEA, f BOOLEAN)")
        let values: [StoreValue] = [
            .text("Гусева 'Ё' ?"), .integer(-9_007_199_254_740_993), .real(2.5), .blob(Data([0, 1, 127, 255])), .integer(1),
        ]
        let inserted = try connection.execute("INSERT INTO probe (t, i, r, b, f) VALUES (?, ?, ?, ?, ?) RETURNING id", values)
        #expect(inserted.rows == [[.integer(1)]] && inserted.changedRows == 1)
        let read = try connection.execute("SELECT t, i, r, b, f FROM probe WHERE t = ? AND i = ?", [values[0], values[1]])
        #expect(read.columns == ["t", "i", "r", "b", "f"])
        #expect(read.rows == [values])
        let empty = try connection.execute("INSERT INTO probe (t) VALUES (?) RETURNING t", [.null])
        #expect(empty.rows == [[.null]])
    }

    @Test(.enabled(if: server != nil)) func theServersCodeReachesSwift() throws {
        let connection = try PostgresConnection(try #require(Self.server))
        _ = try connection.execute("CREATE TEMP TABLE once (id INTEGER PRIMARY KEY)")
        _ = try connection.execute("INSERT INTO once VALUES (1)")
        #expect(throws: PostgresError.self) { try connection.execute("INSERT INTO once VALUES (1)") }
        do {
            _ = try connection.execute("INSERT INTO once VALUES (1)")
        } catch {
            #expect(error.sqlState == "23505")
        }
        // The product's own code, as a closed year's guard raises it.
        do {
            _ = try connection.execute("DO $$ BEGIN RAISE EXCEPTION 'closed' USING ERRCODE = 'HD001'; END $$")
            Issue.record("the guard did not refuse")
        } catch {
            #expect(error.sqlState == "HD001" && error.message == "closed")
        }
    }

    @Test func aServerThatIsNotThereIsAnErrorNotACrash() {
        #expect(throws: PostgresError.self) { try PostgresConnection("postgresql://nobody@127.0.0.1:1/none?connect_timeout=2") }
    }
}

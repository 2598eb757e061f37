import Foundation

/// A schema of its own on the throw-away PostgreSQL cluster `.ci/run` starts
/// (`scripts/postgres-cluster.sh`, named by `HELPDESK_TEST_POSTGRESQL`), made and dropped with
/// `psql`; its connection string puts it first in the search path, so that tests running side by
/// side each have a database of their own (issue 25).
public final class PostgresTestSchema: Sendable {
    /// The cluster, when the run has one: without it the tests on PostgreSQL are skipped.
    public static let server = ProcessInfo.processInfo.environment["HELPDESK_TEST_POSTGRESQL"]

    public let name = "scratch_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
    private let server: String

    public init() throws {
        guard let server = Self.server else { throw Unavailable() }
        self.server = server
        try Self.psql(server, "CREATE SCHEMA \(name)")
    }

    deinit { try? Self.psql(server, "DROP SCHEMA \(name) CASCADE") }

    /// The cluster's connection string with this schema first in the search path.
    public var connectionString: String {
        server + (server.contains("?") ? "&" : "?") + "options=-csearch_path%3D\(name)"
    }

    private static func psql(_ server: String, _ sql: String) throws {
        let (status, output) = try Program.run(
            "/usr/bin/psql", ["-X", "-q", "-v", "ON_ERROR_STOP=1", server, "-c", sql],
            environment: ["PATH": "/usr/bin:/bin", "PGOPTIONS": "-c client_min_messages=warning"])
        guard status == 0 else { throw Failed(output: output) }
    }

    struct Unavailable: Error {}
    struct Failed: Error { let output: String }
}

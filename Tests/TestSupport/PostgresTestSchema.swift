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

    /// This schema reached through the cluster's Unix socket as the role of the user running the
    /// tests, by peer authentication (`postgres-cluster.sh` sets it up): a keyword connection
    /// string with no user and no password, as a server's forced command has.
    public func socketConnectionString() throws -> String {
        // Asked of the cluster's superuser: the setting is not the application's to read.
        var superuser = URLComponents(string: server)
        superuser?.user = "postgres"
        let (status, directories) = try Program.run(
            "/usr/bin/psql", ["-X", "-A", "-t", superuser?.string ?? server, "-c", "SHOW unix_socket_directories"],
            environment: ["PATH": "/usr/bin:/bin"])
        let port = superuser?.port ?? 5432
        guard status == 0, let folder = directories.split(separator: ",").first?.trimmingCharacters(in: .whitespacesAndNewlines) else {
            throw Failed(output: directories)
        }
        return "host=\(folder) port=\(port) dbname=helpdesk options=-csearch_path=\(name)"
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

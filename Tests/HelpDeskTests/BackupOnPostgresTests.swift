import Foundation
import TestSupport
import Testing

@testable import HelpDesk
@testable import JournalCore

/// Copies of a region's schools (issue 25, part 3): a school's copy is a file of its own, made
/// from one snapshot with the manifest a file's copy has; it verifies, and restores into a new
/// region's database with the same chains, once.
@Suite(.enabled(if: PostgresScratch.server != nil)) struct BackupOnPostgresTests {
    /// A region's database with the test school and the regional desk that serves it.
    static func region(_ school: DeskFixture) throws -> (SupportDesk, PostgresTestSchema) {
        let schema = try PostgresTestSchema()
        let region = try SupportDesk(
            journal: Journal(database: AppDatabase.open(postgresql: schema.connectionString), clock: school.journal.clock),
            schedulesFolder: DeskFixture.schedules)
        _ = try school.desk.move(["glshkola", "rcoko"], to: region)
        return (region, schema)
    }

    @Test(
        "Issue 25, J-ARCH-1: a school's copy from a region's database holds the school and the desk that serves it with their chains, verifies, and restores into a new region's database once"
    )
    func aSchoolsCopyRestoresIntoANewRegion() throws {
        let school = try SchoolMoveTests.school()
        let (region, schema) = try Self.region(school)
        _ = schema
        // Another school of the region, not linked to this one: never in its copy.
        try region.journal.createOrganization(
            code: "vshkola", name: "Другая школа", timeZone: "Europe/Moscow", adminName: "Сидорова Елена Ивановна",
            adminLogin: "sidorova", adminPassword: "Kq7-вереск-Lm29")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("region-copies-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        defer { try? FileManager.default.removeItem(at: folder) }
        let copies = try region.journal.backup(school.admin, to: [folder.path])
        let manifest = try #require(copies.first?.manifest)
        let heads = try ["glshkola", "rcoko"].map { try SchoolMoveTests.chain(of: $0, in: school.desk).0 }
        #expect(manifest.checked && manifest.heads.map(\.organization) == ["glshkola", "rcoko"])
        #expect(manifest.heads.map { "\($0.entries):\($0.hash)" } == heads.map(\.printed))
        #expect(try Backup.verify(URL(fileURLWithPath: copies[0].path)) == manifest)
        // The copy holds the school's rows, not another's: the region's rows for these two.
        let inCopy = try #require(try AppDatabase.openReadOnly(path: copies[0].path))
        let people = try inCopy.read { store in try store.value(Int.self, "SELECT COUNT(*) FROM person") }
        #expect(people == (try SchoolMoveTests.counts(school.desk)["person"]))

        let restoredSchema = try PostgresTestSchema()
        let restored = try SupportDesk(
            journal: Journal(database: AppDatabase.open(postgresql: restoredSchema.connectionString)),
            schedulesFolder: DeskFixture.schedules)
        let moved = try SupportDesk.restore(URL(fileURLWithPath: copies[0].path), into: restored)
        #expect(moved.schools.map(\.head) == heads)
        #expect(throws: SchoolMoveProblem.alreadyThere("glshkola")) {
            try SupportDesk.restore(URL(fileURLWithPath: copies[0].path), into: restored)
        }
        // The region's copy of every school (the timer's) holds them all.
        let whole = try region.journal.backupAsFileOwner(to: [folder.path], operatingSystemUser: "helpdesk")
        #expect(whole.first?.manifest.heads.map(\.organization) == ["glshkola", "rcoko", "vshkola"])
    }

    @Test(
        "Issue 25: the region's whole cluster copied by pg_basebackup with SHA-256 checksums passes pg_verifybackup, a file changed in the copy is caught, and a server started on the copy has the schools with their chains"
    )
    func theRegionsBaseBackupRestores() throws {
        let school = try SchoolMoveTests.school()
        let (_, schema) = try Self.region(school)
        let heads = try ["glshkola", "rcoko"].map { try SchoolMoveTests.chain(of: $0, in: school.desk).0 }
        let server = try #require(PostgresTestSchema.server)
        var replication = try #require(URLComponents(string: server))
        let environment = ["PATH": "/usr/sbin:/usr/bin:/sbin:/bin"]
        (replication.user, replication.path) = ("postgres", "/postgres")
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("region-base-\(UUID().uuidString)")
        let copy = work.appendingPathComponent("copy")
        let scripts = MailSink.repository.appendingPathComponent("scripts")
        defer { try? FileManager.default.removeItem(at: work) }
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        let made = try Program.run(
            scripts.appendingPathComponent("region-backup.sh").path, ["make", replication.string ?? "", copy.path], environment: environment
        )
        #expect(made.0 == 0, "\(made.1)")
        let verify = {
            try Program.run(scripts.appendingPathComponent("region-backup.sh").path, ["verify", copy.path], environment: environment)
        }
        let verified = try verify()
        #expect(verified.0 == 0 && verified.1.contains("backup successfully verified"), "\(verified.1)")
        // One byte more in one file of the copy: named against the manifest.
        let version = copy.appendingPathComponent("PG_VERSION")
        let original = try Data(contentsOf: version)
        try (original + Data("x".utf8)).write(to: version)
        let caught = try verify()
        #expect(caught.0 != 0 && caught.1.contains("PG_VERSION"), "\(caught.1)")
        try original.write(to: version)

        let port = Int.random(in: 40_000..<49_000)
        let restoredCluster = work.appendingPathComponent("server")
        let cluster = scripts.appendingPathComponent("postgres-cluster.sh").path
        let started = try Program.run(cluster, ["start-from", copy.path, restoredCluster.path, String(port)], environment: environment)
        defer { _ = try? Program.run(cluster, ["stop", restoredCluster.path], environment: environment) }
        #expect(started.0 == 0, "\(started.1)")
        let restored = started.1.trimmingCharacters(in: .whitespacesAndNewlines) + "?options=-csearch_path%3D\(schema.name)"
        let database = try AppDatabase.open(postgresql: restored)
        for (code, head) in zip(["glshkola", "rcoko"], heads) {
            let found = try database.read { store in
                let id = try store.value(Int64.self, "SELECT id FROM organization WHERE code = ?", [code]) ?? 0
                return (try AuditChainHead.read(store, organizationId: id), try AuditLog.verify(store, organizationId: id))
            }
            #expect(found.0 == head && found.1.isEmpty, "\(code): \(found)")
        }
    }
}

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
}

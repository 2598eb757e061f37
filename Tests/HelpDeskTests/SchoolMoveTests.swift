import Foundation
import Testing

@testable import HelpDesk
@testable import JournalCore

/// A school moves between stores with every row and its whole chain (issue 25, part 4): here
/// between files, where the move is the same code as into a region's database and back
/// (`DemoOnPostgresTests` moves the whole demo both ways).
@Suite struct SchoolMoveTests {
    /// Each table's rows, counted by name.
    static func counts(_ desk: SupportDesk) throws -> [String: Int] {
        try desk.journal.database.read { store in
            let tables = try store.values(
                String.self, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'grdb_%'")
            return try Dictionary(
                uniqueKeysWithValues: tables.map { ($0, try store.value(Int.self, "SELECT COUNT(*) FROM \"\($0)\"") ?? 0) })
        }
    }

    /// A new empty file, journal and desk.
    static func emptyDesk() throws -> SupportDesk {
        try SupportDesk(
            journal: Journal(database: AppDatabase.inMemory(), clock: FixedClock(Date()), hasher: .fastForTests),
            schedulesFolder: DeskFixture.schedules)
    }

    /// A school with a family, a teacher, a ticket, and a regional desk that serves it.
    static func school() throws -> DeskFixture {
        let school = try DeskFixture()
        _ = try school.family("Петров Иван", guardian: "Петрова Анна Сергеевна")
        _ = try school.staff("Волкова Ирина Петровна", [.subjectTeacher])
        let support = try school.staff("Одрин Тимур Алексеевич", [.supportSpecialist])
        _ = try school.desk.openTicket(
            support,
            TicketIntake(
                organization: "glshkola", login: "abzhelova", identifier: "0", role: .journalAdmin, topic: "не открывается журнал",
                description: "После входа пустая страница", contact: "+7 912 000-00-00"))
        try school.journal.createOrganization(
            code: "rcoko", name: "Региональный центр", timeZone: "Europe/Moscow", adminName: "Орлова Мария Петровна",
            adminLogin: "orlova", adminPassword: "Zt4-ольха-Pw81")
        _ = try school.desk.setService(school.admin, supportOrganization: "rcoko", serves: true)
        return school
    }

    @Test("Issue 25: every table of a school's file moves with its school or stays with its database")
    func everyTableIsCovered() throws {
        let tables = Set(try Self.counts(try Self.emptyDesk()).keys.map { $0.lowercased() })
        let moved = (JournalSchoolTables.all + DeskSchoolTables.all).map { $0.name.lowercased() }
        let kept = JournalSchoolTables.database.union(DeskSchoolTables.database).map { $0.lowercased() }
        #expect(Set(moved).count == moved.count, "a table listed twice")
        #expect(Set(moved).isDisjoint(with: kept))
        #expect(Set(moved).union(kept).subtracting(["grdb_migrations", "schemamigration", "pendingseal"]) == tables)
    }

    @Test("Issue 25: two schools moved into a new file hold every row with its id and the same chains, whole under audit verify")
    func schoolsMoveWhole() throws {
        let school = try Self.school()
        let target = try Self.emptyDesk()
        let moved = try school.desk.move(["glshkola", "rcoko"], to: target)
        let source = try Self.counts(school.desk)
        let found = try Self.counts(target)
        for (table, count) in source.sorted(by: { $0.key < $1.key }) where !["loginThrottle", "backupLog"].contains(table) {
            #expect(found[table] == count, "\(table): \(found[table] ?? 0) moved of \(count)")
        }
        #expect((found["ticket"] ?? 0) == 1 && (found["deskService"] ?? 0) == 1 && (found["person"] ?? 0) >= 5)
        for (organization, head) in zip(["glshkola", "rcoko"], moved.schools.map(\.head)) {
            let (sourceHead, problems) = try Self.chain(of: organization, in: school.desk)
            #expect(head == sourceHead && head.entries > 0)
            let (targetHead, targetProblems) = try Self.chain(of: organization, in: target)
            #expect(targetHead == sourceHead && problems.isEmpty && targetProblems.isEmpty)
        }
        // The rows keep their ids: the same person under the same id.
        let names = { (desk: SupportDesk) in
            try desk.journal.database.read { store in try store.values(String.self, "SELECT id || ' ' || fullName FROM person ORDER BY id")
            }
        }
        #expect(try names(target) == names(school.desk))
    }

    /// A school's chain head and what `audit verify` finds in it.
    static func chain(of code: String, in desk: SupportDesk) throws -> (AuditChainHead, [AuditProblem]) {
        try desk.journal.database.read { store in
            let id = try store.value(Int64.self, "SELECT id FROM organization WHERE code = ?", [code]) ?? 0
            return (
                try AuditChainHead.read(store, organizationId: id),
                try AuditLog.verify(store, organizationId: id, tables: desk.journal.database.sealed.all)
            )
        }
    }

    @Test(
        "Issue 25: a move is refused whole and the target left as it was: no school named, one not in the source, one already there, ids another school holds, a row of a school not moved, a chain edited behind the product"
    )
    func refusedMovesChangeNothing() throws {
        let school = try Self.school()
        let target = try Self.emptyDesk()
        try target.journal.createOrganization(
            code: "vshkola", name: "Другая школа", timeZone: "Europe/Moscow", adminName: "Сидорова Елена Ивановна",
            adminLogin: "sidorova", adminPassword: "Kq7-вереск-Lm29")
        let before = try Self.counts(target)
        #expect(throws: SchoolMoveProblem.noSchool) { try school.desk.move([], to: target) }
        #expect(throws: SchoolMoveProblem.unknownSchool("nowhere")) { try school.desk.move(["nowhere"], to: target) }
        // The other school took id 1 in the target: the school's organization, person 1 … are taken.
        #expect(throws: SchoolMoveProblem.taken(table: "organization")) { try school.desk.move(["glshkola", "rcoko"], to: target) }
        #expect(try Self.counts(target) == before)

        let empty = try Self.emptyDesk()
        let emptyBefore = try Self.counts(empty)
        // The regional desk that serves the school stays behind: its link cannot go alone.
        #expect(throws: SchoolMoveProblem.outsideReference(table: "deskService")) { try school.desk.move(["glshkola"], to: empty) }
        #expect(try Self.counts(empty) == emptyBefore)
        _ = try school.desk.move(["rcoko"], to: empty)
        _ = try school.desk.move(["glshkola"], to: empty)
        let moved = try Self.counts(empty)
        #expect(throws: SchoolMoveProblem.alreadyThere("glshkola")) { try school.desk.move(["glshkola"], to: empty) }
        #expect(try Self.counts(empty) == moved)

        // A target that keeps a row other than it came (a name changed as it is written): the
        // chain checked there no longer holds, and the move is undone.
        let altering = try Self.emptyDesk()
        try altering.journal.database.writeUnsealed { store in
            try store.execute(
                "CREATE TRIGGER altering AFTER INSERT ON person BEGIN UPDATE person SET fullName = fullName || '.' WHERE id = NEW.id; END")
        }
        let alteringBefore = try Self.counts(altering)
        #expect(throws: SchoolMoveProblem.differs(organization: "glshkola")) { try school.desk.move(["glshkola", "rcoko"], to: altering) }
        #expect(try Self.counts(altering) == alteringBefore)

        // A name changed behind the product: the chain no longer holds, and the school stays.
        try school.journal.database.writeUnsealed { store in
            try store.execute("UPDATE person SET fullName = 'Подменённый Пётр' WHERE fullName = 'Петров Иван'")
        }
        let third = try Self.emptyDesk()
        let thirdBefore = try Self.counts(third)
        #expect(throws: SchoolMoveProblem.auditProblems(organization: "glshkola", problems: 1)) {
            try school.desk.move(["glshkola", "rcoko"], to: third)
        }
        #expect(try Self.counts(third) == thirdBefore)
    }
}

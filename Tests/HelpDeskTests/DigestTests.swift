import Foundation
import GRDB
import Testing

@testable import HelpDesk
@testable import JournalCore

/// The guardians' week (J-DIARY-2): the e-mail digest for those who subscribed, the printout
/// for the class teacher of those who declined electronic access, nothing for the others.
@Suite struct DigestTests {
    @Test(
        "J-DIARY-2: on Saturday the subscribed guardian gets the week's marks, homework and absences; the paper one goes to the class teacher"
    )
    func theWeekReachesGuardiansAsTheyChose() throws {
        let journal = Journal(
            database: try AppDatabase.inMemory(), clock: FixedClock(DeskFixture.instant("2026-10-16T12:00:00", "Europe/Moscow")),
            hasher: .fastForTests)
        try journal.loadDemo()
        let desk = try SupportDesk(journal: journal, schedulesFolder: DeskFixture.schedules)
        func caller(_ login: String) throws -> Caller { try journal.authenticate(login: login, password: DemoSchool.password) }
        let parent = try caller("parent")
        _ = try desk.setMailPreference(parent, language: .en, digest: .email)
        #expect(throws: DeskError.forbidden(.setGuardianDigest)) { try desk.setMailPreference(parent, digest: .paper) }
        #expect(throws: DeskError.invalid(.digest, .notAllowedRole)) { try desk.setMailPreference(try caller("teacher"), digest: .email) }
        // Another guardian declined electronic access: the administration records it.
        let other = try journal.database.readDatabase { db in
            try Row.fetchOne(
                db,
                sql: """
                    SELECT p.id, p.fullName FROM person p JOIN personRole r ON r.personId = p.id AND r.role = 'guardian'
                    WHERE p.id <> ? ORDER BY p.id LIMIT 1
                    """, arguments: [parent.personId])!
        }
        let (name, preference) = try desk.setGuardianDigest(try caller("admin"), guardianId: other["id"], delivery: .paper)
        #expect(name == other["fullName"] as String && preference.digest == .paper)
        #expect(throws: DeskError.forbidden(.setGuardianDigest)) {
            try desk.setGuardianDigest(try caller("teacher"), guardianId: other["id"], delivery: .none)
        }
        // Friday: not yet.
        #expect(try desk.queueTimedMessages() == 0)
        let saturday = try SupportDesk(
            journal: Journal(
                database: journal.database, clock: FixedClock(DeskFixture.instant("2026-10-17T10:30:00", "Europe/Moscow")),
                hasher: .fastForTests), schedulesFolder: DeskFixture.schedules)
        let queued = try saturday.queueTimedMessages()
        #expect(try saturday.queueTimedMessages() == 0)
        let messages = try journal.database.read { store in try store.records(OutboxMessage.self, "SELECT * FROM outboxMessage") }
        #expect(messages.count == queued)
        let digests = messages.compactMap { message -> (OutboxMessage, DigestNotice)? in
            guard case .digest(let notice) = message.notice else { return nil }
            return (message, notice)
        }
        #expect(digests.count == 1)
        let (message, digest) = try #require(digests.first)
        #expect(message.personId == parent.personId && message.language == .en)
        #expect(digest.from.description == "2026-10-12" && digest.to.description == "2026-10-17")
        // Exactly the diary's week, child by child.
        for child in digest.children {
            let studentId = try journal.database.readDatabase { db in
                try Int64.fetchOne(db, sql: "SELECT id FROM person WHERE fullName = ?", arguments: [child.name])!
            }
            let lines = try journal.diary(parent, studentId: studentId, from: digest.from, to: digest.to)
            #expect(child.marks.count == lines.filter { !$0.marks.isEmpty }.count)
            #expect(child.homework.count == lines.filter { $0.lesson.homework != nil }.count)
            #expect(child.absences.count == lines.filter { $0.attendance == .absent || $0.attendance == .late }.count)
        }
        #expect(digest.children.contains { !$0.marks.isEmpty })
        let papers = messages.filter { if case .paperReport = $0.notice { true } else { false } }
        #expect(!papers.isEmpty)
        let children = try journal.database.readDatabase { db in
            try Directory.children(db.store, guardianId: other["id"], on: LocalDate(parsing: "2026-10-17")!)
        }
        let teachers = try journal.database.readDatabase { db in
            try children.compactMap(\.classId).compactMap { try Directory.classTeacher(db.store, classId: $0)?.teacher?.personId }
        }
        #expect(Set(papers.compactMap(\.personId)) == Set(teachers))
        // The unsubscribe token stops the digest.
        let token = try desk.unsubscribeToken(personId: parent.personId)
        #expect(try desk.unsubscribe(token: token))
        #expect(try desk.mailPreference(parent).digest == DigestDelivery.none)
        #expect(try !desk.unsubscribe(token: "not-a-token"))
    }
}

import Foundation
import GRDB
import Testing

@testable import HelpDesk
@testable import JournalCore

/// The demo shows both kinds of desk (H-TICKET-1): the demo school's own support, and a regional
/// desk that serves the three seed schools because they linked it.
@Suite struct DemoServiceTests {
    @Test("H-TICKET-1: The demo's regional desk serves the seed schools and not the demo school")
    func theRegionalDeskServesTheSeedSchoolsOnly() throws {
        let journal = Journal(
            database: try AppDatabase.inMemory(), clock: FixedClock(DeskFixture.instant("2026-11-23T10:00:00", "Europe/Moscow")),
            hasher: .fastForTests)
        try journal.loadDemo()
        let desk = try SupportDesk(journal: journal, schedulesFolder: DeskFixture.schedules)
        try desk.loadDemo()
        func caller(_ login: String) throws -> Caller { try journal.authenticate(login: login, password: DemoSchool.password) }
        let region = try caller("region-support")
        for (requester, code) in [("glazov-teacher", "glshkola"), ("krym-teacher", "starokrym"), ("teacher", DemoSchool.code)] {
            let person = try caller(requester)
            _ = try desk.openTicket(
                person,
                TicketIntake(
                    organization: code, login: person.login, identifier: String(person.identifier),
                    role: .subjectTeacher, topic: "не видно оценок", description: "пусто"))
        }
        #expect(Set(try desk.tickets(region).map(\.organizationCode)) == ["glshkola", "starokrym"])
        #expect(try desk.tickets(try caller("support")).map(\.organizationCode) == [DemoSchool.code])
    }
}

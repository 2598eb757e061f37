import DeskTestSupport
import Foundation
import GRDB
import Testing

@testable import HelpDesk
@testable import JournalCore

/// The help desk's tables sealed in the audit chain (J-ARCH-2, issue 24): tickets, their history,
/// links and ratings, breach reports and consultations changed behind the product are named by
/// `audit verify`; every desk table is sealed or exempted with its reason, derived from the schema.
@Suite struct DeskSealTests {
    /// The desk's tables not sealed, each with why.
    static let exempt: [String: String] = [
        "article": "the knowledge base: advice, not a record", "cannedReply": "reply templates, not a record",
        "deskService": "which desk serves which school: the schools' own setting",
        "inboundMail": "mail as it came, kept for reading", "mailPreference": "a person's own mail choices",
        "mailSettings": "the server's sending program and address, set on the server itself, of no one school",
        "outboxMessage": "the mail queue, sent and cleared",
        "rolloutTask": "the rollout plan's check list", "supportSchedule": "the timetable file as loaded, replaced whole",
        "ticketAttachment": "files that came with mail, kept apart", "ticketTarget": "the desk's response targets (the regulation's)",
        "training": "the trainings' timetable", "trainingRegistration": "sign-ups and attendance of trainings",
        "serviceRun": "the timers' log", "sqlite_stat1": "SQLite's planner statistics",
    ]

    static func demo() throws -> (Journal, SupportDesk) {
        let desk = try DemoDesk.make()
        return (desk.journal, desk)
    }

    @Test("J-ARCH-2: every table the desk adds is sealed or exempted with its reason")
    func everyDeskTableIsSealedOrExempted() throws {
        let journalOnly = try AppDatabase.inMemory()
        let journalTables = Set(
            try journalOnly.readDatabase { db in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'") })
        let (journal, _) = try Self.demo()
        let all = try journal.database.readDatabase { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        let deskTables = Set(all).subtracting(journalTables)
        let sealed = Set(DeskSeals.tables.map(\.name))
        #expect(sealed.isSubset(of: deskTables))
        let loose = deskTables.subtracting(sealed).filter { Self.exempt[$0] == nil }
        #expect(loose.isEmpty, "neither sealed nor exempted: \(loose.sorted())")
    }

    @Test(
        "J-ARCH-2: a ticket, its history, a consultation changed behind the product are named by audit verify; the product's own changes are not"
    )
    func deskRowsChangedBehindTheProductAreNamed() throws {
        let (journal, desk) = try Self.demo()
        func caller(_ login: String) throws -> Caller { try journal.authenticate(login: login, password: DemoSchool.password) }
        let (admin, teacher, specialist) = (try caller("admin"), try caller("teacher"), try caller("support"))
        // Two tickets and a consultation, through the desk: its own writes are sealed as they go.
        var tickets: [Int64] = []
        for topic in ["не видно оценок", "не открывается дневник"] {
            let (opened, _) = try desk.openTicket(
                teacher,
                TicketIntake(
                    organization: DemoSchool.code, login: teacher.login, identifier: String(teacher.identifier), role: .subjectTeacher,
                    topic: topic, description: "пусто"))
            tickets.append(try #require(opened.ticket.id))
        }
        let support = tickets[0]
        _ = try desk.comment(specialist, id: support, text: "Проверили: всё работает", isPublic: true)
        _ = try desk.book(teacher, topic: "КТП", date: LocalDate(parsing: "2026-11-24")!, time: ClockTime(parsing: "14:00")!)
        #expect(try journal.verifyAudit(admin).problems.isEmpty, "the product's own writes are sealed")
        var touched: [String] = []
        try journal.database.writer.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA foreign_keys = OFF")
            defer { try? db.execute(sql: "PRAGMA foreign_keys = ON") }
            for table in DeskSeals.tables {
                let last = "SELECT MAX(t.rowid) FROM \(table.source) WHERE \(table.organization) = ?"
                guard let rowid = try Int64.fetchOne(db, sql: last, arguments: [admin.organizationId]) else { continue }
                try db.execute(sql: "DELETE FROM \(table.name) WHERE rowid = ?", arguments: [rowid])
                touched.append(table.name)
            }
            // And a change: a ticket closed behind the desk's back.
            try db.execute(sql: "UPDATE ticket SET state = 'closed' WHERE id = ?", arguments: [support])
        }
        let problems = try journal.verifyAudit(admin).problems
        let named = Set(
            problems.compactMap { problem -> String? in
                switch problem {
                case .rowDeleted(let table, _), .rowChanged(let table, _, _), .rowInserted(let table, _): table
                default: nil
                }
            })
        #expect(["ticket", "ticketEvent", "booking"].allSatisfy(touched.contains), "\(touched)")
        #expect(Set(touched).isSubset(of: named), "not named: \(Set(touched).subtracting(named))")
        #expect(
            problems.contains {
                if case .rowChanged("ticket", String(support), let differences) = $0 {
                    differences.contains { $0.column == "state" }
                } else {
                    false
                }
            }, "\(problems)")
    }
}

import Foundation
import GRDB
import TestSupport
import Testing

@testable import HelpDesk
@testable import JournalCore

/// A file written by the previous release (`Tests/Fixtures/previous-release`, made by the build
/// before queued notices got a shape of their own) opens with today's code (issue 26, part 4):
/// it migrates, its audit chain and seals verify, its journal reads as written, and the notices it
/// queued in the compiler's old shape are read and would be sent.
@Suite struct PreviousReleaseTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/previous-release/school-7f76c6e.sqlite")

    @Test("Issue 26: a school file of the previous release migrates, verifies and reads as it was written")
    func aFileOfThePreviousReleaseOpens() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("previous-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let copy = folder.appendingPathComponent("school.sqlite")
        try FileManager.default.copyItem(at: Self.fixture, to: copy)
        let journal = Journal(
            database: try AppDatabase.open(path: copy.path, create: false),
            clock: FixedClock(DeskFixture.instant("2026-11-24T10:00:00", "Europe/Moscow")), hasher: .owasp)
        let desk = try SupportDesk(journal: journal, schedulesFolder: DeskFixture.schedules)
        let admin = try journal.authenticate(login: "admin", password: "Prev-Release-2026!")
        let (entries, problems) = try journal.verifyAudit(admin)
        #expect(entries >= 72 && problems.isEmpty, "\(problems)")
        // The journal as it was written: the lesson, its marks (one fixed), the lateness.
        let sheet = try journal.lessonSheet(admin, lessonId: 1)
        #expect(sheet.map(\.student.fullName) == ["Орлова Ольга Олеговна", "Петров Пётр Петрович"])
        #expect(sheet.map { $0.marks.map(\.value.rawValue) } == [["5"], ["5"]], "the fixed mark reads as fixed")
        #expect(sheet[1].attendance?.status == .late)
        // The three notices queued in the old shape are read as the notices they were.
        let notices = try (1...3).map { try #require(try desk.outboxMessage(Int64($0))).notice }
        #expect(notices.map(\.kind) == [.ticketTaken, .ticketReply, .ticketResolved])
        if case .ticketReply(let reply) = notices[1] {
            #expect(reply.ticket == 1 && reply.text == "Проверьте фильтр периода в дневнике")
        } else {
            Issue.record("the reply reads as \(notices[1])")
        }
    }
}

import ConsoleTestSupport
import Foundation
import GRDB
import HelpDesk
import TestSupport

@testable import Console
@testable import JournalCore

/// A console over a small school in memory, driven by scripted lines.
struct ConsoleFixture {
    let journal: Journal
    let admin: Caller

    init() throws {
        let file = try SchoolFile(clock: FixedClock(ISO8601DateFormatter().date(from: "2026-10-01T07:00:00Z")!))
        journal = file.journal
        admin = file.admin
        let year = try file.year()
        let fiveA = try journal.createClass(admin, yearId: year.id!, gradeLevel: 5, letter: "А", classTeacherId: nil)
        _ = try journal.createStudent(
            admin, classId: fiveA.id!, fullName: "Орлов Олег Олегович",
            birthDate: LocalDate(parsing: "2015-05-05")!, sex: .male)
    }

    /// The repository's `schedules/`.
    static let schedules = SchoolFile.schedules

    /// A session over `journal` and the repository's timetables, nobody logged in.
    static func session(_ journal: Journal, io: ScriptedIO, language: Language) throws -> Session {
        Session(desk: try SupportDesk(journal: journal, schedulesFolder: schedules), io: io, language: language)
    }

    /// A session logged in as the administrator, reading `lines`.
    func session(_ lines: [String], interactive: Bool = true, language: Language = .ru) throws -> (Session, ScriptedIO) {
        let io = ScriptedIO(lines, interactive: interactive)
        let session = try Self.session(journal, io: io, language: language)
        session.setCaller(admin)
        return (session, io)
    }

    func studentNames() throws -> [String] {
        try journal.read { db in
            try db.values(
                String.self,
                "SELECT p.fullName FROM person p JOIN personRole r ON r.personId = p.id WHERE r.role = 'student' ORDER BY p.fullName")
        }
    }
}

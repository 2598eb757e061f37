import Foundation
import GRDB
import TestSupport

@testable import HelpDesk
@testable import JournalCore

/// A seed school in a fresh in-memory database with the repository's timetables, a year with its
/// vacations, and people to book: the clock stands at Monday 23 November 2026, 10:00 local time.
struct DeskFixture {
    let journal: Journal
    let desk: SupportDesk
    let admin: Caller
    let zone: TimeZone

    static let schedules = SchoolFile.schedules
    private let file: SchoolFile

    /// `code` is one of the seed schools of `schedules/`, with its time zone.
    init(
        _ code: String = "glshkola", zone: String = "Europe/Samara", now: String = "2026-11-23T10:00:00",
        folder: URL = DeskFixture.schedules
    ) throws {
        self.zone = TimeZone(identifier: zone)!
        file = try SchoolFile(
            code: code, name: "Школа \(code)", zone: zone, adminName: "Абжелова А.Д", adminLogin: "abzhelova",
            clock: FixedClock(Self.instant(now, zone)))
        let bootstrap = file.journal
        admin = file.admin
        let year = try file.year()
        for (number, start, end) in [
            (1, "2026-09-01", "2026-10-24"), (2, "2026-11-05", "2026-12-27"), (3, "2027-01-12", "2027-03-20"),
            (4, "2027-03-30", "2027-05-26"),
        ] {
            _ = try bootstrap.setPeriod(
                admin, yearId: year.id!, number: number, start: LocalDate(parsing: start)!, end: LocalDate(parsing: end)!)
        }
        _ = try bootstrap.addVacation(
            admin, yearId: year.id!, name: "Зимние каникулы", start: LocalDate(parsing: "2026-12-28")!,
            end: LocalDate(parsing: "2027-01-11")!)
        journal = bootstrap
        desk = try SupportDesk(journal: journal, schedulesFolder: folder)
    }

    static func instant(_ local: String, _ zone: String) -> Date {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: zone)
        formatter.formatOptions = [.withFullDate, .withTime, .withColonSeparatorInTime, .withDashSeparatorInDate]
        return formatter.date(from: local)!
    }

    /// The same desk with the clock at another local time.
    func at(_ local: String) throws -> SupportDesk {
        try SupportDesk(
            journal: Journal(database: journal.database, clock: FixedClock(Self.instant(local, zone.identifier)), hasher: .fastForTests),
            schedulesFolder: desk.schedulesFolder)
    }

    /// A member of staff who can log in.
    func staff(_ name: String, _ roles: Set<Role>, email: String? = nil) throws -> Caller {
        let row = try journal.createStaff(admin, fullName: name, roles: roles, email: email, phone: nil)
        return try caller(of: row.person.id!)
    }

    /// A student of a new class and their guardian, both able to log in.
    func family(_ studentName: String, guardian guardianName: String) throws -> (student: Caller, guardian: Caller) {
        let year = try journal.year(admin, named: nil)
        let schoolClass = try journal.createClass(
            admin, yearId: year.id!, gradeLevel: 5, letter: String(studentName.prefix(1)), classTeacherId: nil)
        let student = try journal.createStudent(
            admin, classId: schoolClass.id!, fullName: studentName, birthDate: LocalDate(parsing: "2015-03-12")!, sex: .male)
        let guardian = try journal.createGuardian(
            admin, studentId: student.person.id!, fullName: guardianName, email: "parent@example.ru", phone: nil)
        return (try caller(of: student.person.id!), try caller(of: guardian.person.id!))
    }

    func caller(of personId: Int64) throws -> Caller { try file.caller(of: personId) }

    func date(_ text: String) -> LocalDate { LocalDate(parsing: text)! }
    func time(_ text: String) -> ClockTime { ClockTime(parsing: text)! }

    /// How many rows every table has: a refused call must leave these as they were.
    func rowCounts() throws -> [String: Int] { try file.rowCounts() }

    /// The local weekday, date and time of an instant, `2026-11-24 14:00`.
    func local(_ instant: Date) -> String {
        let parts = Calendar(identifier: .gregorian).dateComponents(in: zone, from: instant)
        return String(format: "%04d-%02d-%02d %02d:%02d", parts.year!, parts.month!, parts.day!, parts.hour!, parts.minute!)
    }
}

/// The refusal a booking call threw, if it was one.
func refusal(_ body: () throws -> Any) -> (BookingRefusal, [Opening])? {
    do {
        _ = try body()
    } catch DeskError.bookingRefused(let reason, let alternatives) {
        return (reason, alternatives)
    } catch {}
    return nil
}

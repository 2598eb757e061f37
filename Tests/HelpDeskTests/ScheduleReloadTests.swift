import Foundation
import Testing

@testable import HelpDesk
@testable import JournalCore

/// `schedule reload` (H-TT-1): a corrected file replaces the timetable in use whole; a file with
/// errors is refused with every error listed and the timetable in use stays; bookings are never lost.
@Suite struct ScheduleReloadTests {
    /// A private copy of `schedules/` that a test may edit.
    static func copyOfSchedules() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("schedules-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: DeskFixture.schedules, to: folder)
        return folder
    }

    static func edit(_ folder: URL, _ code: String, _ change: (String) -> String) throws {
        let file = folder.appendingPathComponent("\(code).yaml")
        try change(try String(contentsOf: file, encoding: .utf8)).write(to: file, atomically: true, encoding: .utf8)
    }

    @Test func aCorrectedFileIsAppliedAndStrandedBookingsAreListedNotDropped() throws {
        let folder = try Self.copyOfSchedules()
        let school = try DeskFixture(folder: folder)
        let teacher = try school.staff("Волкова Ирина Петровна", [.subjectTeacher])
        let tuesday = try school.desk.book(teacher, topic: "КТП", date: school.date("24.11.2026"), time: school.time("14:00"))
        let wednesday = try school.desk.book(teacher, topic: "КТП", date: school.date("25.11.2026"), time: school.time("14:00"))
        // Полий Т.А. now consults on Wednesdays and Thursdays.
        try Self.edit(folder, "glshkola") { $0.replacingOccurrences(of: "days: Вторник, среда", with: "days: Среда, четверг") }
        let reload = try school.desk.reloadSchedule(school.admin, code: nil)
        #expect(reload.timetable.slots[1].weekdays == [3, 4])
        #expect(reload.stranded.map(\.booking.id) == [tuesday.booking.id])
        let kept = try school.desk.myBookings(teacher)
        #expect(kept.map(\.booking.id) == [tuesday.booking.id, wednesday.booking.id])
        #expect(kept.map(\.stranded) == [true, false])
        // New bookings follow the new timetable.
        #expect(
            refusal { try school.desk.book(teacher, topic: "КТП", date: school.date("01.12.2026"), time: school.time("14:30")) }?.0
                == .outsideSlot)
        _ = try school.desk.book(teacher, topic: "КТП", date: school.date("26.11.2026"), time: school.time("14:30"))
    }

    @Test func aFileWithErrorsIsRefusedWholeWithEveryErrorAndTheTimetableInUseStays() throws {
        let folder = try Self.copyOfSchedules()
        let school = try DeskFixture(folder: folder)
        let before = try school.desk.timetable(code: "glshkola")
        try Self.edit(folder, "glshkola") {
            $0.replacingOccurrences(of: "days: Вторник, среда", with: "days: Вторник, пятнадцатое")
                .replacingOccurrences(of: "time: 09:00-12:00", with: "time: 12:00-09:00")
                .replacingOccurrences(of: "kind: любая помощь", with: "kind: срочная помощь")
        }
        do {
            _ = try school.desk.reloadSchedule(school.admin, code: "glshkola")
            Issue.record("a file with errors was accepted")
        } catch DeskError.scheduleRefused(let problems) {
            #expect(problems.map(\.field) == ["kind", "days", "time"])
            #expect(problems.map(\.line) == [7, 20, 29])
            #expect(problems.allSatisfy { $0.file == "glshkola.yaml" })
        }
        #expect(try school.desk.timetable(code: "glshkola") == before)
    }

    @Test("H-TT-1: Only the schools administrator or the desk serving it reloads its timetable")
    func onlyTheSchoolsAdministratorOrTheDeskServingItReloadsItsTimetable() throws {
        let school = try DeskFixture()
        let teacher = try school.staff("Волкова Ирина Петровна", [.subjectTeacher])
        #expect(throws: DeskError.forbidden(.reloadSchedule)) { try school.desk.reloadSchedule(teacher, code: nil) }
        let (_, krymAdmin) = try school.journal.createOrganization(
            code: "starokrym", name: "Старокрымский УВК № 1", timeZone: "Europe/Simferopol",
            adminName: "Нечаева О.О.", adminLogin: "nechaeva", adminPassword: "another-horse")
        #expect(throws: DeskError.forbidden(.reloadSchedule)) { try school.desk.reloadSchedule(school.admin, code: "starokrym") }
        // glshkola's own support serves glshkola only, until Starokrym links it.
        let support = try school.staff("Одрин Тимур Алексеевич", [.supportSpecialist])
        #expect(throws: DeskError.forbidden(.reloadSchedule)) { try school.desk.reloadSchedule(support, code: "starokrym") }
        _ = try school.desk.setService(try school.journal.caller(accountId: krymAdmin.id!), supportOrganization: "glshkola", serves: true)
        #expect(try school.desk.reloadSchedule(support, code: "starokrym").timetable.slots.count == 8)
    }
}

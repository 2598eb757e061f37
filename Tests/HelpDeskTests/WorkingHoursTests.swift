import Foundation
import Testing

@testable import HelpDesk
@testable import JournalCore

/// A ticket's clock runs in the support timetable's hours and the school's working calendar
/// (H-TICKET-2, H-TICKET-3). Старый Крым (UTC+3) works Mon 9–16, Tue 9–13:30, Wed 13–16, Thu 9–13,
/// Fri 9–16 and Sat 8–10.
@Suite struct WorkingHoursTests {
    func open(_ school: DeskFixture, at local: String, priority: TicketPriority = .normal) throws -> (SupportDesk, Caller, Int64) {
        let desk = try school.at(local)
        let support = try school.staff("Усенко Виктор Викторович", [.supportSpecialist])
        let (row, _) = try desk.openTicket(
            support,
            TicketIntake(
                organization: "starokrym", login: "belova.as", identifier: "1000001",
                role: .subjectTeacher, topic: "принтер", description: "не печатает",
                priority: priority))
        return (desk, support, row.ticket.id!)
    }

    @Test("H-TICKET-2: the desk works by the production calendar: its clock runs through the pupils' vacation")
    func theClockRunsThroughTheVacation() throws {
        // Monday 28.12.2026 is the first day of the winter vacation, a working day for staff.
        let school = try DeskFixture("starokrym", zone: "Europe/Simferopol", now: "2026-12-28T10:00:00")
        let (_, support, id) = try open(school, at: "2026-12-28T10:00:00")
        let noon = try school.at("2026-12-28T12:00:00").ticket(support, id: id).0
        #expect(noon.clock.firstResponse.used == 120)
        #expect(school.local(noon.clock.firstResponse.due!).hasPrefix("2026-12-28"))
    }

    @Test func theClockSkipsTheNightTheWeekendAndAHoliday() throws {
        let school = try DeskFixture("starokrym", zone: "Europe/Simferopol", now: "2026-11-27T15:30:00")
        let (_, support, id) = try open(school, at: "2026-11-27T15:30:00")  // a Friday, half an hour before closing
        // Friday 15:30–16:00, Saturday 8:00–10:00, Monday 9:00–10:00: 210 working minutes.
        let monday = try school.at("2026-11-30T10:00:00").ticket(support, id: id).0
        #expect(monday.clock.firstResponse.used == 210 && monday.clock.firstResponse.left == 30)
        #expect(school.local(monday.clock.firstResponse.due!) == "2026-11-30 10:30")
        // A night: Monday 15:00 to Tuesday 10:00 is Monday's last hour and Tuesday's first.
        #expect(try school.at("2026-12-01T10:00:00").ticket(support, id: id).0.clock.firstResponse.used == 210 + 360 + 60)
        // Monday made a holiday: it no longer counts, and the due time moves to Tuesday.
        _ = try school.journal.setCalendarDay(school.admin, date: school.date("30.11.2026"), kind: .holiday, name: "Региональный праздник")
        let holiday = try school.at("2026-11-30T10:00:00").ticket(support, id: id).0
        #expect(holiday.clock.firstResponse.used == 150)
        #expect(school.local(holiday.clock.firstResponse.due!) == "2026-12-01 10:30")
    }

    @Test func waitingForTheRequesterPausesTheClockAndTheOverdueQueueShowsWhatIsLate() throws {
        let school = try DeskFixture("starokrym", zone: "Europe/Simferopol", now: "2026-11-30T09:00:00")
        let (desk, support, id) = try open(school, at: "2026-11-30T09:00:00", priority: .urgent)
        _ = try desk.setTicketState(support, id: id, to: .inProgress)
        _ = try school.at("2026-11-30T09:30:00").setTicketState(support, id: id, to: .waiting, text: "Какая модель принтера?")
        let paused = try school.at("2026-11-30T15:00:00").ticket(support, id: id).0
        #expect(paused.clock.paused && paused.clock.resolution.used == 30 && paused.clock.resolution.due == nil)
        #expect(paused.clock.firstResponse.met)
        _ = try school.at("2026-12-01T09:00:00").setTicketState(support, id: id, to: .inProgress)
        // Urgent: resolved within 240 working minutes; 30 before the pause, then Tuesday from 9:00.
        let running = try school.at("2026-12-01T12:00:00").ticket(support, id: id).0
        #expect(running.clock.resolution.used == 210 && school.local(running.clock.resolution.due!) == "2026-12-01 12:30")
        #expect(try school.at("2026-12-01T12:00:00").tickets(support, queue: .overdue).isEmpty)
        let late = try school.at("2026-12-01T13:00:00").tickets(support, queue: .overdue)
        #expect(late.map(\.ticket.id) == [id] && late[0].clock.resolution.left == -30)
        // Resolved, the clock stops.
        _ = try school.at("2026-12-01T13:00:00").setTicketState(support, id: id, to: .resolved, text: "Заменили картридж")
        let done = try school.at("2026-12-03T13:00:00").ticket(support, id: id).0
        #expect(done.clock.resolution.used == 270 && done.clock.resolution.met && !done.clock.isOverdue)
    }

    @Test func targetsAreSetPerKindAndPriority() throws {
        let school = try DeskFixture("starokrym", zone: "Europe/Simferopol", now: "2026-11-30T09:00:00")
        _ = try school.desk.setTicketTarget(school.admin, kind: .help, priority: .normal, firstResponse: 60, resolution: 120)
        #expect(throws: DeskError.invalid(.resolution, .endBeforeStart)) {
            try school.desk.setTicketTarget(school.admin, kind: .help, priority: .normal, firstResponse: 60, resolution: 30)
        }
        let (_, support, id) = try open(school, at: "2026-11-30T09:00:00")
        #expect(try school.desk.ticket(support, id: id).0.clock.firstResponse.target == 60)
    }
}

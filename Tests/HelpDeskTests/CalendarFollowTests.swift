import Foundation
import Testing

@testable import HelpDesk
@testable import JournalCore

/// Consultations, the ticket clock and calendar exports follow the production calendar and keep
/// their identities (issue 9, part 9; H-BOOK-1, H-TICKET-3, H-TT-1).
@Suite struct CalendarFollowTests {
    @Test("H-BOOK-1: No saturday consultation on a saturday holiday") func noSaturdayConsultationOnASaturdayHoliday() throws {
        let school = try DeskFixture("starokrym", zone: "Europe/Simferopol", now: "2027-04-26T10:00:00")
        let teacher = try school.staff("Белова Анна Сергеевна", [.subjectTeacher])
        let refused = refusal {
            try school.desk.book(
                teacher, topic: "пароль", responsible: "Усенко", date: school.date("01.05.2027"), time: school.time("08:00"))
        }
        #expect(refused?.0 == .dayOff("Праздник Весны и Труда"))
        let saturdays = try school.desk.openings(teacher, topic: "техническая помощь", responsible: "Усенко", count: 1000)
            .filter { LocalDate($0.start, in: school.zone).weekday == 6 }.map { LocalDate($0.start, in: school.zone) }
        #expect(!saturdays.contains(school.date("01.05.2027")))
        #expect(saturdays.contains(school.date("08.05.2027")))
    }

    @Test("H-BOOK-1: A shortened day offers no consultation in its last hour") func aShortenedDayOffersNoConsultationInItsLastHour() throws
    {
        // Wednesday 3 November 2027, the eve of National Unity Day: Нечаева's line 13:00–16:00 ends at 15:00.
        let school = try DeskFixture("starokrym", zone: "Europe/Simferopol", now: "2027-11-01T10:00:00")
        let teacher = try school.staff("Белова Анна Сергеевна", [.subjectTeacher])
        let times = try school.desk.openings(teacher, topic: "методическая помощь", responsible: "Нечаева", count: 200)
            .filter { LocalDate($0.start, in: school.zone) == school.date("03.11.2027") }
        #expect(!times.isEmpty)
        #expect(times.allSatisfy { $0.end <= ClockTime(hour: 15, minute: 0)!.instant(on: school.date("03.11.2027"), in: school.zone) })
    }

    /// An independent count of working minutes: minute by minute over the decree's days.
    static func independentDue(from start: Date, minutes: Int, zone: TimeZone, daysOff: Set<LocalDate>, shortened: Set<LocalDate>) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        var left = minutes
        var instant = start
        while left > 0 {
            let parts = calendar.dateComponents([.weekday, .hour, .minute], from: instant)
            let day = LocalDate(instant, in: zone)
            let minute = parts.hour! * 60 + parts.minute!
            let weekday = parts.weekday! == 1 ? 7 : parts.weekday! - 1
            let close = shortened.contains(day) ? 16 * 60 : 17 * 60
            if weekday <= 5 && !daysOff.contains(day) && minute >= 9 * 60 && minute < close { left -= 1 }
            instant = instant.addingTimeInterval(60)
        }
        return instant
    }

    @Test("H-TICKET-3: The ticket clock agrees with an independent count around every holiday")
    func theTicketClockAgreesWithAnIndependentCountAroundEveryHoliday() throws {
        let school = try DeskFixture("school181", zone: "Asia/Yekaterinburg", now: "2026-11-23T10:00:00")
        let zone = school.zone
        let (daysOff, shortened) = try school.journal.read { db in
            (
                try OrganizationCalendar.daysOff(
                    db, organizationId: school.admin.organizationId, from: school.date("01.01.2025"), to: school.date("31.12.2027")),
                try OrganizationCalendar.shortenedDays(
                    db, organizationId: school.admin.organizationId, from: school.date("01.01.2025"), to: school.date("31.12.2027"))
            )
        }
        // No timetable: Monday to Friday, 9:00 to 17:00.
        let hours = WorkingHours(timetable: nil, zone: zone, daysOff: daysOff, shortened: shortened)
        let starts = [
            "2025-03-07T15:30:00", "2025-04-30T14:00:00", "2025-05-07T16:00:00", "2025-06-11T15:00:00", "2025-10-31T16:30:00",
            "2025-12-30T15:00:00", "2026-01-09T10:00:00", "2026-02-20T15:00:00", "2026-03-06T16:00:00", "2026-04-30T15:30:00",
            "2026-05-08T14:00:00", "2026-06-11T15:45:00", "2026-11-03T15:00:00", "2026-12-30T16:00:00", "2027-02-22T15:00:00",
            "2027-03-05T16:00:00", "2027-04-30T15:00:00", "2027-05-07T16:00:00", "2027-06-11T15:00:00", "2027-11-03T14:30:00",
            "2027-11-12T16:00:00", "2027-12-30T16:00:00", "2025-11-01T10:00:00", "2026-05-01T10:00:00", "2027-01-08T12:00:00",
            "2027-06-12T09:00:00",
        ]
        #expect(starts.count == 26)
        for start in starts {
            let instant = DeskFixture.instant(start, zone.identifier)
            for minutes in [60, 240] {
                let due = hours.instant(after: minutes, from: instant)
                #expect(
                    due
                        == Self.independentDue(
                            from: instant, minutes: minutes, zone: zone, daysOff: Set(daysOff.keys), shortened: shortened),
                    "\(start) + \(minutes) min")
            }
        }
    }

    @Test("H-TT-1: Event ui ds follow the line not its place in the file and sequence grows")
    func eventUIDsFollowTheLineNotItsPlaceInTheFileAndSequenceGrows() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("schedules-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let original = try String(contentsOf: DeskFixture.schedules.appendingPathComponent("glshkola.yaml"), encoding: .utf8)
        try original.write(to: folder.appendingPathComponent("glshkola.yaml"), atomically: true, encoding: .utf8)
        let school = try DeskFixture(folder: folder)
        func uids() throws -> [String] {
            let text = try school.desk.timetableCalendar(
                school.admin, from: school.date("23.11.2026"), to: school.date("20.12.2026"), words: ICalendarTests.words)
            return text.components(separatedBy: "\r\n").filter { $0.hasPrefix("UID:") }.sorted()
        }
        let before = try uids()
        try ("# Исправлено 23.11.2026: комментарий сверху сдвигает строки\n" + original)
            .write(to: folder.appendingPathComponent("glshkola.yaml"), atomically: true, encoding: .utf8)
        _ = try school.desk.reloadSchedule(school.admin, code: "glshkola")
        #expect(try uids() == before && before.count == 3)
        // A booking moved twice, then cancelled: SEQUENCE 0, 1, 2, 3, under one UID; the specialist's export holds it.
        let poliy = try school.staff("Полий Татьяна Александровна", [.methodologist])
        let teacher = try school.staff("Волкова Ирина Петровна", [.subjectTeacher])
        func event(_ caller: Caller) throws -> (uid: String, sequence: String)? {
            let lines = try school.desk.bookingsCalendar(caller, words: ICalendarTests.words).components(separatedBy: "\r\n")
            guard let uid = lines.first(where: { $0.hasPrefix("UID:booking") }),
                let sequence = lines.first(where: { $0.hasPrefix("SEQUENCE:") })
            else { return nil }
            return (uid, sequence)
        }
        let booking = try school.desk.book(
            teacher, topic: "КТП", responsible: "Полий", date: school.date("24.11.2026"), time: school.time("14:00"))
        let first = try #require(try event(teacher))
        #expect(first.sequence == "SEQUENCE:0")
        _ = try school.desk.moveBooking(teacher, id: booking.booking.id!, date: school.date("25.11.2026"), time: school.time("14:15"))
        _ = try school.desk.moveBooking(teacher, id: booking.booking.id!, date: school.date("25.11.2026"), time: school.time("14:30"))
        #expect(try event(teacher)?.sequence == "SEQUENCE:2" && event(teacher)?.uid == first.uid)
        _ = try school.desk.cancelBooking(teacher, id: booking.booking.id!, reason: "заболела")
        #expect(try event(teacher)?.sequence == "SEQUENCE:3")
        #expect(try event(poliy)?.uid == first.uid)
    }

    @Test("H-TICKET-2: A question about the journal goes to the line for any question")
    func aQuestionAboutTheJournalGoesToTheLineForAnyQuestion() throws {
        let school = try DeskFixture()
        let support = try school.staff("Одрин Тимур Алексеевич", [.supportSpecialist])
        let intake = TicketIntake(
            organization: "glshkola", login: "volkova.ip", identifier: "0", role: .subjectTeacher,
            topic: "Ошибка в электронном журнале", description: "не открывается страница")
        #expect(try school.desk.openTicket(support, intake).0.ticket.assignee == "Абжелова А.Д")
        var registration = intake
        registration.topic = "регистрация родителей в электронном журнале"
        #expect(try school.desk.openTicket(support, registration).0.ticket.assignee == "Одрин Т.А.")
    }
}

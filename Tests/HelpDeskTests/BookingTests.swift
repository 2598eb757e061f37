import Foundation
import Testing

@testable import HelpDesk
@testable import JournalCore

/// Consultation bookings (H-BOOK-1, H-BOOK-2) at МБОУ Глазовская СОШ, Udmurtia (UTC+4): Полий Т.А.
/// consults on the course plan (КТП) on Tuesdays and Wednesdays 14:00–15:00 in 15-minute slots, one
/// person a slot. The clock stands at Monday 23 November 2026, 10:00.
@Suite struct BookingTests {
    @Test func aTeacherBooksTheNextFreeConsultationOnTheCoursePlan() throws {
        let school = try DeskFixture()
        let teacher = try school.staff("Волкова Ирина Петровна", [.subjectTeacher])
        let openings = try school.desk.openings(teacher, topic: "как загрузить КТП")
        #expect(openings.first?.slot.responsible == "Полий Т.А.")
        #expect(openings.map { school.local($0.start) }.prefix(3) == ["2026-11-24 14:00", "2026-11-24 14:15", "2026-11-24 14:30"])
        let row = try school.desk.book(teacher, topic: "КТП", date: school.date("24.11.2026"), time: school.time("14:00"))
        #expect(row.booking.responsible == "Полий Т.А." && row.booking.helpKind == .methodological)
        #expect(school.local(row.booking.end) == "2026-11-24 14:15")
        // Times are the school's: 14:00 in Glazov is 10:00 UTC.
        #expect(ISO8601DateFormatter().string(from: row.booking.start) == "2026-11-24T10:00:00Z")
        #expect(try school.desk.myBookings(teacher).map(\.booking.id) == [row.booking.id])
    }

    @Test func capacityOfASlotIsNotExceededAndTheRefusalOffersTheNearestFreeTimes() throws {
        let school = try DeskFixture()
        let first = try school.staff("Волкова Ирина Петровна", [.subjectTeacher])
        let second = try school.staff("Зайцев Пётр Ильич", [.subjectTeacher])
        _ = try school.desk.book(first, topic: "КТП", date: school.date("24.11.2026"), time: school.time("14:00"))
        let before = try school.rowCounts()
        let (reason, alternatives) = try #require(
            refusal { try school.desk.book(second, topic: "КТП", date: school.date("24.11.2026"), time: school.time("14:00")) })
        #expect(reason == .full)
        #expect(alternatives.map { school.local($0.start) } == ["2026-11-24 14:15", "2026-11-24 14:30", "2026-11-24 14:45"])
        #expect(try school.rowCounts() == before)
    }

    @Test func theRequesterIsNeverBookedTwiceAtOnce() throws {
        // Старый Крым (UTC+3): on Mondays Усенко В.В. gives technical help 9:00–16:00 and Нечаева О.О.
        // methodological help 14:15–16:00, both in 30-minute slots.
        let school = try DeskFixture("starokrym", zone: "Europe/Simferopol")
        let teacher = try school.staff("Белова Анна Сергеевна", [.subjectTeacher])
        _ = try school.desk.book(
            teacher, topic: "не работает принтер", responsible: "Усенко", date: school.date("30.11.2026"), time: school.time("14:00"))
        let (reason, _) = try #require(
            refusal {
                try school.desk.book(
                    teacher, topic: "КТП", responsible: "Нечаева", date: school.date("30.11.2026"), time: school.time("14:15"))
            })
        guard case .requesterBusy(let other, _, _) = reason else {
            Issue.record("expected requesterBusy, got \(reason)")
            return
        }
        #expect(other == "Усенко В.В.")
        // Another teacher takes the same time with Нечаева О.О.
        let colleague = try school.staff("Орлова Мария Петровна", [.subjectTeacher])
        _ = try school.desk.book(
            colleague, topic: "КТП", responsible: "Нечаева", date: school.date("30.11.2026"), time: school.time("14:15"))
    }

    @Test func onlyTimesInsideAPublishedLineOnItsGridInTheFutureWithNoticeAndWithinTheHorizon() throws {
        let school = try DeskFixture()
        let teacher = try school.staff("Волкова Ирина Петровна", [.subjectTeacher])
        func reason(_ day: String, _ time: String, with specialist: String? = "Полий") -> BookingRefusal? {
            refusal {
                try school.desk.book(teacher, topic: "КТП", responsible: specialist, date: school.date(day), time: school.time(time))
            }?.0
        }
        #expect(reason("30.11.2026", "14:00") == .outsideSlot)  // a Monday: Полий Т.А. consults on Tuesdays and Wednesdays
        #expect(reason("24.11.2026", "15:00") == .outsideSlot)  // the line ends at 15:00
        #expect(reason("24.11.2026", "14:05") == .offGrid(minutes: 15, from: school.time("14:00")))
        #expect(reason("17.11.2026", "14:00") == .inPast)
        #expect(reason("22.12.2026", "14:00") == .beyondHorizon(days: 28))
        // Абжелова А.Д consults today 14:00–15:00; with five hours of notice, today is too soon.
        _ = try school.desk.updateDeskSettings(school.admin, noticeMinutes: 300, horizonDays: nil)
        #expect(reason("23.11.2026", "14:00", with: "Абжелова") == .tooSoon(minutes: 300))
        _ = try school.desk.updateDeskSettings(school.admin, noticeMinutes: 60, horizonDays: nil)
        _ = try school.desk.book(
            teacher, topic: "пароль", responsible: "Абжелова", date: school.date("23.11.2026"), time: school.time("14:00"))
    }

    @Test func holidaysAndVacationsOfTheSchoolCalendarHaveNoConsultations() throws {
        let school = try DeskFixture()
        let teacher = try school.staff("Волкова Ирина Петровна", [.subjectTeacher])
        _ = try school.journal.setCalendarDay(school.admin, date: school.date("01.12.2026"), kind: .holiday, name: "День школы")
        _ = try school.desk.updateDeskSettings(school.admin, noticeMinutes: nil, horizonDays: 60)
        let holiday = refusal { try school.desk.book(teacher, topic: "КТП", date: school.date("01.12.2026"), time: school.time("14:00")) }
        #expect(holiday?.0 == .dayOff("День школы"))
        let vacation = refusal { try school.desk.book(teacher, topic: "КТП", date: school.date("29.12.2026"), time: school.time("14:00")) }
        #expect(vacation?.0 == .dayOff("Зимние каникулы"))
        let offered = try school.desk.openings(teacher, topic: "КТП", count: 100).map { school.local($0.start).prefix(10) }
        #expect(!offered.contains("2026-12-01") && !offered.contains("2026-12-29") && offered.contains("2026-12-02"))
    }

    @Test func aConsultationIsMovedAndCancelledWithAReasonAndItsPlaceFreed() throws {
        let school = try DeskFixture()
        let teacher = try school.staff("Волкова Ирина Петровна", [.subjectTeacher])
        let colleague = try school.staff("Зайцев Пётр Ильич", [.subjectTeacher])
        let row = try school.desk.book(teacher, topic: "КТП", date: school.date("24.11.2026"), time: school.time("14:00"))
        let moved = try school.desk.moveBooking(teacher, id: row.booking.id!, date: school.date("25.11.2026"), time: school.time("14:30"))
        #expect(school.local(moved.booking.start) == "2026-11-25 14:30" && moved.booking.movedFrom == row.booking.start)
        // The old time is free again.
        _ = try school.desk.book(colleague, topic: "КТП", date: school.date("24.11.2026"), time: school.time("14:00"))
        #expect(throws: JournalError.invalid(.reason, .missing)) {
            try school.desk.cancelBooking(teacher, id: row.booking.id!, reason: "  ")
        }
        // Someone else cannot cancel it.
        #expect(throws: DeskError.forbidden(.manageBooking)) {
            try school.desk.cancelBooking(colleague, id: row.booking.id!, reason: "так")
        }
        let cancelled = try school.desk.cancelBooking(teacher, id: row.booking.id!, reason: "заболела")
        #expect(cancelled.booking.state == .cancelled && cancelled.booking.cancelReason == "заболела")
        #expect(try school.desk.myBookings(teacher).isEmpty)
        #expect(try school.desk.myBookings(teacher, includePast: true).count == 1)
        _ = try school.desk.book(colleague, topic: "КТП", date: school.date("25.11.2026"), time: school.time("14:30"))
        #expect(
            refusal {
                try school.desk.moveBooking(teacher, id: row.booking.id!, date: school.date("26.11.2026"), time: school.time("14:00"))
            }?.0 == .alreadyCancelled)
    }

    @Test func theSpecialistSeesTheDaysAgendaAndOthersOnlyTheirOwnBookings() throws {
        let school = try DeskFixture()
        let poliy = try school.staff("Полий Татьяна Александровна", [.methodologist, .subjectTeacher])
        let teacher = try school.staff("Волкова Ирина Петровна", [.subjectTeacher])
        let family = try school.family("Иванов Иван Иванович", guardian: "Иванова Анна Петровна")
        _ = try school.desk.book(teacher, topic: "КТП", date: school.date("24.11.2026"), time: school.time("14:15"))
        _ = try school.desk.book(family.guardian, topic: "контрольные работы", date: school.date("24.11.2026"), time: school.time("14:00"))
        _ = try school.desk.book(family.student, topic: "контрольные работы", date: school.date("25.11.2026"), time: school.time("14:00"))
        let agenda = try school.desk.agenda(poliy, date: school.date("24.11.2026"))
        #expect(agenda.map(\.requesterName) == ["Иванова Анна Петровна", "Волкова Ирина Петровна"])
        #expect(
            try school.desk.agenda(school.admin, responsible: "Полий", date: school.date("25.11.2026")).map(\.requesterName) == [
                "Иванов Иван Иванович"
            ])
        #expect(throws: DeskError.forbidden(.viewAgenda)) {
            try school.desk.agenda(teacher, responsible: "Полий", date: school.date("24.11.2026"))
        }
        #expect(throws: DeskError.noSpecialist("Волкова Ирина Петровна")) {
            try school.desk.agenda(teacher, date: school.date("24.11.2026"))
        }
        // At login: the teacher's own consultation, and the specialist's week.
        let teacherSees = try school.desk.upcoming(teacher)
        #expect(teacherSees.mine.count == 1 && teacherSees.agenda.isEmpty)
        #expect(try school.desk.upcoming(poliy).agenda.count == 3)
        // A week later they are past.
        #expect(try school.at("2026-12-01T10:00:00").upcoming(teacher).mine.isEmpty)
    }

    @Test func aTemporaryPasswordBooksNothing() throws {
        let school = try DeskFixture()
        let row = try school.journal.createStaff(
            school.admin, fullName: "Зайцев Пётр Ильич", roles: [.subjectTeacher], email: nil, phone: nil)
        let issued = try school.journal.issueCredentials(school.admin, account: row.login!)
        let temporary = try school.journal.authenticate(login: issued.login, password: issued.temporaryPassword)
        #expect(throws: JournalError.passwordChangeRequired) {
            try school.desk.book(temporary, topic: "КТП", date: school.date("24.11.2026"), time: school.time("14:00"))
        }
    }
}

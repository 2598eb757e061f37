import Foundation
import GRDB
import Testing

@testable import HelpDesk
@testable import JournalCore

/// The outbox: what each change queues, to whom, once; the timed reminders, warnings and
/// digests; refusals tried again with back-off.
@Suite struct OutboxTests {
    func outbox(_ desk: SupportDesk) throws -> [OutboxMessage] {
        try desk.journal.database.read { store in try store.records(OutboxMessage.self, "SELECT * FROM outboxMessage ORDER BY id") }
    }

    @Test("H-TICKET-1: the requester hears that the ticket was taken, answered, waits for them and was resolved — never of notes")
    func ticketNewsReachTheRequesterAndNothingElse() throws {
        let school = try DeskFixture()
        let support = try school.staff("Одрин Тимур Алексеевич", [.supportSpecialist])
        let teacher = try school.staff("Волкова Ирина Петровна", [.subjectTeacher], email: "volkova@example.ru")
        let silent = try school.staff("Без Адреса Иван", [.subjectTeacher])
        let intake = TicketIntake(
            organization: "glshkola", login: teacher.login, identifier: String(teacher.identifier), role: .subjectTeacher,
            topic: "не загружается КТП", description: "ошибка в строке 3")
        let (ticket, _) = try school.desk.openTicket(support, intake)
        let id = ticket.ticket.id!
        _ = try school.desk.comment(support, id: id, text: "внутренняя заметка", isPublic: false)
        _ = try school.desk.setTicketState(support, id: id, to: .inProgress)
        _ = try school.desk.comment(support, id: id, text: "Проверьте кодировку файла", isPublic: true)
        _ = try school.desk.setTicketState(support, id: id, to: .waiting, text: "Пришлите снимок экрана")
        _ = try school.desk.comment(teacher, id: id, text: "Вот он", isPublic: true)
        _ = try school.desk.setTicketState(support, id: id, to: .resolved, text: "Исправили заголовок файла")
        let messages = try outbox(school.desk)
        #expect(messages.allSatisfy { $0.address == "volkova@example.ru" && $0.ticketId == id && $0.state == .queued })
        guard messages.count == 4 else {
            Issue.record("expected taken, reply, waiting and resolved: \(messages.map(\.notice))")
            return
        }
        guard case .ticketTaken(let taken) = messages[0].notice, case .ticketReply(let reply) = messages[1].notice,
            case .ticketWaiting(let waiting) = messages[2].notice, case .ticketResolved(let resolved) = messages[3].notice
        else {
            Issue.record("wrong kinds: \(messages.map(\.notice))")
            return
        }
        #expect(taken.deadline == ticket.clock.resolution.due && taken.deadline != nil)
        #expect(reply.text == "Проверьте кодировку файла" && waiting.text == "Пришлите снимок экрана")
        #expect(resolved.text == "Исправили заголовок файла")
        // Nobody is written to without an address.
        let quiet = TicketIntake(
            organization: "glshkola", login: silent.login, identifier: String(silent.identifier), role: .subjectTeacher,
            topic: "вопрос", description: "описание")
        _ = try school.desk.openTicket(support, quiet)
        #expect(try outbox(school.desk).count == 4)
    }

    @Test("H-BOOK-1: a booking, its move and its cancellation reach the requester and the specialist with the event's sequence")
    func bookingNewsReachBothSides() throws {
        let school = try DeskFixture()
        let poliy = try school.staff("Полий Татьяна Александровна", [.methodologist], email: "poliy@example.ru")
        let teacher = try school.staff("Волкова Ирина Петровна", [.subjectTeacher], email: "volkova@example.ru")
        let row = try school.desk.book(teacher, topic: "КТП", date: school.date("24.11.2026"), time: school.time("14:00"))
        let id = row.booking.id!
        _ = try school.desk.moveBooking(teacher, id: id, date: school.date("24.11.2026"), time: school.time("14:30"))
        _ = try school.desk.cancelBooking(teacher, id: id, reason: "заболела")
        let notices = try outbox(school.desk).compactMap { message -> (String, BookingNotice)? in
            guard case .booking(let notice) = message.notice else { return nil }
            return (message.address, notice)
        }
        #expect(notices.map(\.0) == Array(repeating: ["volkova@example.ru", "poliy@example.ru"], count: 3).flatMap { $0 })
        #expect(notices.map(\.1.change) == [.confirmed, .confirmed, .moved, .moved, .cancelled, .cancelled])
        #expect(notices.map(\.1.sequence) == [0, 0, 1, 1, 2, 2])
        #expect(notices.map(\.1.toSpecialist) == [false, true, false, true, false, true])
        #expect(notices[4].1.reason == "заболела" && school.local(notices[2].1.movedFrom!) == "2026-11-24 14:00")
        _ = poliy
    }

    @Test("H-BOOK-1: the day before and the hour before, each reminder queued once however often notify runs")
    func remindersComeOnceEach() throws {
        let school = try DeskFixture()
        _ = try school.staff("Полий Татьяна Александровна", [.methodologist], email: "poliy@example.ru")
        let teacher = try school.staff("Волкова Ирина Петровна", [.subjectTeacher], email: "volkova@example.ru")
        // Booked on Monday for Wednesday 14:00.
        _ = try school.desk.book(teacher, topic: "КТП", date: school.date("25.11.2026"), time: school.time("14:00"))
        func reminders(_ desk: SupportDesk) throws -> [BookingChange] {
            try outbox(desk).compactMap { message in
                guard case .booking(let notice) = message.notice, notice.change != .confirmed else { return nil }
                return notice.change
            }
        }
        #expect(try school.at("2026-11-24T13:00:00").queueTimedMessages() == 0)
        let dayBefore = try school.at("2026-11-24T15:00:00")
        #expect(try dayBefore.queueTimedMessages() == 2)
        #expect(try dayBefore.queueTimedMessages() == 0)
        #expect(try school.at("2026-11-25T12:30:00").queueTimedMessages() == 0)
        let hourBefore = try school.at("2026-11-25T13:10:00")
        #expect(try hourBefore.queueTimedMessages() == 2)
        #expect(try school.at("2026-11-25T13:40:00").queueTimedMessages() == 0)
        #expect(try reminders(school.desk) == [.dayBefore, .dayBefore, .hourBefore, .hourBefore])
    }

    @Test("H-TICKET-3: a deadline about to pass and a passed one reach the specialist and the journal administrator")
    func deadlinesWarnTheSpecialistAndTheAdministrator() throws {
        let school = try DeskFixture()
        _ = try school.journal.updatePerson(school.admin, personId: school.admin.personId, email: "abzhelova@example.ru")
        let support = try school.staff("Одрин Тимур Алексеевич", [.supportSpecialist], email: "odrin@example.ru")
        let intake = TicketIntake(
            organization: "glshkola", login: "someone", identifier: "1", role: .subjectTeacher, topic: "журнал не открывается",
            description: "ошибка 500")
        let (ticket, _) = try school.desk.openTicket(support, intake)
        _ = try school.desk.assignTicket(support, id: ticket.ticket.id!, to: "Одрин")
        let due = try #require(ticket.clock.resolution.due)
        let near = try SupportDesk(
            journal: Journal(database: school.journal.database, clock: FixedClock(due.addingTimeInterval(-30 * 60)), hasher: .fastForTests),
            schedulesFolder: school.desk.schedulesFolder)
        #expect(try near.queueTimedMessages() == 2)
        let passed = try SupportDesk(
            journal: Journal(
                database: school.journal.database, clock: FixedClock(due.addingTimeInterval(24 * 3600)), hasher: .fastForTests),
            schedulesFolder: school.desk.schedulesFolder)
        #expect(try passed.queueTimedMessages() == 2)
        #expect(try passed.queueTimedMessages() == 0)
        let warnings = try outbox(school.desk).compactMap { message -> (String, Bool)? in
            guard case .ticketDeadline(_, let passed) = message.notice else { return nil }
            return (message.address, passed)
        }
        #expect(Set(warnings.map(\.0)) == ["odrin@example.ru", "abzhelova@example.ru"])
        #expect(warnings.map(\.1) == [false, false, true, true])
    }

    @Test("H-CRED-3: a breach report reaches the head of the school and the desk at once (seed 004 §5.3)")
    func aBreachReachesTheHeadAndTheDesk() throws {
        let school = try DeskFixture()
        _ = try school.staff("Директор Школы", [.director], email: "head@example.ru")
        let support = try school.staff("Одрин Тимур Алексеевич", [.supportSpecialist], email: "odrin@example.ru")
        let teacher = try school.staff("Волкова Ирина Петровна", [.subjectTeacher])
        _ = try school.desk.reportBreach(
            support, login: teacher.login, discoveredAt: school.journal.clock.now.addingTimeInterval(-3600), description: "пароль на доске")
        let breach = try outbox(school.desk).filter { if case .breach = $0.notice { true } else { false } }
        #expect(Set(breach.map(\.address)) == ["head@example.ru", "odrin@example.ru"])
        #expect(breach.allSatisfy { $0.dueAt == school.journal.clock.now })
    }

    @Test("The MTA's refusal is tried again later, each time later, and abandoned after ten — never dropped silently")
    func refusalsBackOff() throws {
        let school = try DeskFixture()
        let support = try school.staff("Одрин Тимур Алексеевич", [.supportSpecialist])
        let teacher = try school.staff("Волкова Ирина Петровна", [.subjectTeacher], email: "volkova@example.ru")
        _ = try school.desk.openTicket(
            support,
            TicketIntake(
                organization: "glshkola", login: teacher.login, identifier: String(teacher.identifier), role: .subjectTeacher,
                topic: "вопрос", description: "описание"))
        var delays: [TimeInterval] = []
        var now = school.journal.clock.now
        for _ in 1...OutboxMessage.maximumAttempts {
            let desk = try SupportDesk(
                journal: Journal(database: school.journal.database, clock: FixedClock(now), hasher: .fastForTests),
                schedulesFolder: school.desk.schedulesFolder)
            let claimed = try desk.claimDueMessages()
            #expect(claimed.count == 1)
            #expect(try desk.claimDueMessages().isEmpty)
            try desk.markRefused(claimed[0].id!, error: "sendmail exit 75: temporary failure")
            let message = try #require(try desk.outboxMessage(claimed[0].id!))
            if message.state == .queued {
                delays.append(message.dueAt.timeIntervalSince(now))
                now = message.dueAt
            }
        }
        #expect(delays.prefix(4) == [300, 900, 2700, 8100])
        #expect(delays.count == OutboxMessage.maximumAttempts - 1 && delays.last == 12 * 3600)
        let last = try #require(try outbox(school.desk).first)
        #expect(last.state == .abandoned && last.lastError == "sendmail exit 75: temporary failure")
        #expect(try school.desk.outboxStatus().abandoned == 1)
    }

    @Test("J-MSG-1: an internal message's e-mail copy goes to those who asked for copies, and only to them")
    func messageCopiesGoToThoseWhoAsked() throws {
        let school = try DeskFixture()
        let (_, guardian) = try school.family("Ильин Пётр Иванович", guardian: "Ильина Мария Сергеевна")
        _ = try school.desk.sendMessage(school.admin, to: [guardian.personId], subject: "Собрание", text: "В пятницу в 18:00")
        #expect(try outbox(school.desk).isEmpty)
        _ = try school.desk.setMailPreference(guardian, messageCopies: true)
        let sent = try school.desk.sendMessage(school.admin, to: [guardian.personId], subject: "Собрание", text: "Перенесли на 19:00")
        let copies = try outbox(school.desk)
        #expect(copies.map(\.address) == ["parent@example.ru"])
        guard case .message(let notice) = copies.first?.notice else {
            Issue.record("no copy")
            return
        }
        #expect(notice.message == sent.message.id && notice.text == "Перенесли на 19:00" && notice.from == school.admin.fullName)
    }

    @Test("H-TRAIN-1: a training's invitation reaches its audience with an address, and the reminder those registered, the day before")
    func trainingsInviteAndRemind() throws {
        let school = try DeskFixture()
        let teacher = try school.staff("Волкова Ирина Петровна", [.subjectTeacher], email: "volkova@example.ru")
        _ = try school.staff("Зайцев Пётр Ильич", [.subjectTeacher], email: "zaitsev@example.ru")
        _ = try school.family("Ильин Пётр Иванович", guardian: "Ильина Мария Сергеевна")
        let training = try school.desk.planTraining(
            school.admin,
            TrainingPlan(
                topic: "Работа с КТП", audience: .teachers, date: school.date("26.11.2026"), start: school.time("15:00"),
                end: school.time("16:30"), room: "Кабинет информатики", trainer: "Абжелова А.Д", capacity: 20))
        let invitations = try outbox(school.desk).filter { if case .training(let notice) = $0.notice { !notice.reminder } else { false } }
        #expect(Set(invitations.map(\.address)) == ["volkova@example.ru", "zaitsev@example.ru"], "staff only, with an address")
        _ = try school.desk.register(teacher, trainingId: training.id!)
        #expect(try school.at("2026-11-24T15:00:00").queueTimedMessages() == 0)
        let dayBefore = try school.at("2026-11-25T16:00:00")
        #expect(try dayBefore.queueTimedMessages() == 1)
        #expect(try dayBefore.queueTimedMessages() == 0)
        let reminder = try #require(try outbox(school.desk).last)
        guard case .training(let notice) = reminder.notice else {
            Issue.record("no reminder")
            return
        }
        #expect(notice.reminder && reminder.address == "volkova@example.ru" && notice.training.room == "Кабинет информатики")
    }

    @Test("J-DIARY-2, J-PD-1: a family that declined electronic access gets the week on paper: the class teacher receives it")
    func aDecliningFamilyGetsThePrintout() throws {
        let school = try DeskFixture()
        let leader = try school.staff("Сидорова Анна Павловна", [.classTeacher], email: "sidorova@example.ru")
        let journal = school.journal
        let year = try journal.year(school.admin, named: nil)
        let fiveA = try journal.createClass(school.admin, yearId: year.id!, gradeLevel: 5, letter: "А", classTeacherId: leader.personId)
        let pupil = try journal.createStudent(
            school.admin, classId: fiveA.id!, fullName: "Орлов Олег", birthDate: school.date("12.03.2015"), sex: .male)
        _ = try journal.recordConsent(
            school.admin, studentId: pupil.person.id!, consentOn: school.date("01.09.2026"), access: .declined, accessOn: nil)
        _ = try journal.createGuardian(school.admin, studentId: pupil.person.id!, fullName: "Орлова Ольга", email: nil, phone: nil)
        #expect(try school.at("2026-11-28T10:30:00").queueTimedMessages() == 1)
        let paper = try #require(try outbox(school.desk).first)
        guard case .paperReport(let notice) = paper.notice else {
            Issue.record("no printout")
            return
        }
        #expect(
            paper.address == "sidorova@example.ru" && notice.guardian == "Орлова Ольга" && notice.children.map(\.name) == ["Орлов Олег"])
    }
}

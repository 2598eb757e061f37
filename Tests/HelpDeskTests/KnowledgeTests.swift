import Foundation
import Testing

@testable import HelpDesk
@testable import JournalCore

/// The knowledge base (issue 14, part 1): answers written once, found by Snowball stems across
/// Russian word forms, offered for the readers they are written for, made from a resolved
/// ticket's answer, retired but kept.
@Suite struct KnowledgeTests {
    @Test("Snowball's stems meet across Russian word forms and English inflections")
    func stemsMeet() {
        #expect(WordStems.stem("загрузить") == WordStems.stem("загрузите"))
        #expect(WordStems.stem("оценки") == WordStems.stem("оценкам"))
        // Where Snowball stops short, a stem that starts the other still matches.
        #expect(KnowledgeSearch.shared([WordStems.stem("загрузка")], [WordStems.stem("загрузить")]).count == 1)
        #expect(KnowledgeSearch.shared([WordStems.stem("кот")], [WordStems.stem("который")]).isEmpty)
        #expect(WordStems.stem("паролем") == WordStems.stem("пароль"))
        #expect(WordStems.stem("uploading") == WordStems.stem("upload"))
        #expect(WordStems.words("Ёлка, КТП-2026!") == ["елка", "ктп", "2026"])
    }

    @Test("The shipped answers are found for questions as people type them, the likeliest first")
    func shippedAnswersAreFound() throws {
        let school = try DeskFixture()
        let teacher = try school.staff("Волкова Ирина Петровна", [.subjectTeacher])
        let family = try school.family("Орлов Олег", guardian: "Орлова Ольга Петровна")
        func first(_ caller: Caller, _ question: String) throws -> String? {
            try school.desk.suggestArticles(caller, question: question).first?.article.title
        }
        #expect(try first(teacher, "как загрузить ктп?")?.hasPrefix("Как загрузить КТП") == true)
        #expect(try first(teacher, "не загружается календарно-тематическое планирование")?.hasPrefix("Как загрузить КТП") == true)
        #expect(try first(family.guardian, "у ребёнка не видно оценок")?.hasPrefix("Родителям") == true)
        #expect(try first(family.guardian, "забыла пароль, не могу войти")?.hasPrefix("Забыли логин или пароль") == true)
        #expect(try first(teacher, "когда консультации по понедельникам")?.hasPrefix("Когда проходят консультации") == true)
        // Written for staff, the plan's article is not offered to a guardian; nothing matches noise.
        #expect(
            try school.desk.suggestArticles(family.guardian, question: "как загрузить ктп").allSatisfy { !$0.article.title.contains("КТП") }
        )
        #expect(try school.desk.suggestArticles(teacher, question: "здравствуйте").isEmpty)
    }

    @Test("The desk writes an article, makes one from a resolved ticket's answer, and retires one that stays in the file")
    func theDeskWritesAndRetires() throws {
        let school = try DeskFixture()
        let support = try school.staff("Одрин Тимур Алексеевич", [.supportSpecialist])
        let teacher = try school.staff("Волкова Ирина Петровна", [.subjectTeacher])
        #expect(throws: DeskError.forbidden(.workTickets)) {
            try school.desk.addArticle(teacher, title: "Моё", body: "Текст", topics: nil, audience: .all, forEverySchool: false)
        }
        let written = try school.desk.addArticle(
            support, title: "Журнал не открывается в браузере", body: "Очистите кэш браузера и войдите снова.",
            topics: "браузер, кэш", audience: .staff, forEverySchool: false)
        #expect(try school.desk.suggestArticles(teacher, question: "журнал не открывается в браузере").first?.article.id == written.id)
        let (ticket, _) = try school.desk.openTicket(
            support,
            TicketIntake(
                organization: "glshkola", login: "volkova", identifier: "0", role: .subjectTeacher, topic: "не сохраняются отметки",
                description: "нажимаю записать — пропадают"))
        #expect(throws: DeskError.ticketNotResolved(ticket.ticket.id!)) {
            try school.desk.articleFromTicket(support, ticketId: ticket.ticket.id!, title: nil)
        }
        _ = try school.desk.setTicketState(support, id: ticket.ticket.id!, to: .inProgress)
        _ = try school.desk.setTicketState(
            support, id: ticket.ticket.id!, to: .resolved, text: "Отметки сохраняются после команды mark add; проверьте lesson show.")
        let made = try school.desk.articleFromTicket(support, ticketId: ticket.ticket.id!, title: nil)
        #expect(
            made.title == "не сохраняются отметки" && made.body.hasPrefix("Отметки сохраняются") && made.sourceTicketId == ticket.ticket.id)
        let retired = try school.desk.retireArticle(support, id: written.id!)
        #expect(retired.retiredBy == support.personId)
        #expect(try school.desk.articles(teacher).allSatisfy { $0.id != written.id })
        #expect(try school.desk.article(teacher, id: written.savedId).retiredAt != nil, "still read by its number, marked retired")
        #expect(try school.desk.read { store in try store.record(Article.self, id: written.savedId) }?.retiredAt != nil, "kept in the file")
    }
}

/// Canned replies (issue 14, part 2): placeholders filled from the ticket, in either language.
@Suite struct CannedReplyTests {
    @Test("A canned reply is filled from its ticket: the requester's name and login, the school, the deadline, an article")
    func filledFromTheTicket() throws {
        let school = try DeskFixture()
        let support = try school.staff("Одрин Тимур Алексеевич", [.supportSpecialist])
        let teacher = try school.staff("Волкова Ирина Петровна", [.subjectTeacher])
        let (ticket, _) = try school.desk.openTicket(
            support,
            TicketIntake(
                organization: "glshkola", login: teacher.login, identifier: String(teacher.identifier), role: .subjectTeacher,
                topic: "не могу войти", description: "пароль не подходит"))
        let text = try school.desk.cannedReply(
            support, ticketId: ticket.ticket.id!, name: "Пароль", language: .ru, when: { _, _ in "24.11.2026 10:00" })
        #expect(text.hasPrefix("Здравствуйте, Волкова Ирина Петровна!"), "\(text)")
        #expect(text.contains("(Школа glshkola)") && text.contains("Ваш логин: \(teacher.login)."))
        #expect(text.contains("«Забыли логин или пароль, не можете войти» (kb show 3)") && !text.contains("{"))
        let english = try school.desk.cannedReply(
            support, ticketId: ticket.ticket.id!, name: "password", language: .en, when: { _, _ in "" })
        #expect(english.hasPrefix("Hello, Волкова Ирина Петровна!"))
        let received = try school.desk.cannedReply(
            support, ticketId: ticket.ticket.id!, name: "принято", language: .ru, when: { _, _ in "24.11.2026 14:00" })
        #expect(received.hasSuffix("ответим не позднее 24.11.2026 14:00."), "\(received)")
        do {
            _ = try school.desk.cannedReply(support, ticketId: ticket.ticket.id!, name: "парол", language: .ru, when: { _, _ in "" })
            Issue.record("a misspelt name should be refused")
        } catch JournalError.invalid(.name, .notFound(let name, let closest)) {
            #expect(name == "парол" && closest.first == "пароль")
        }
        #expect(throws: DeskError.forbidden(.workTickets)) {
            try school.desk.cannedReply(teacher, ticketId: ticket.ticket.id!, name: "пароль", language: .ru, when: { _, _ in "" })
        }
    }

    @Test("The desk adds its own canned reply once per name and language")
    func addOwn() throws {
        let school = try DeskFixture()
        let support = try school.staff("Одрин Тимур Алексеевич", [.supportSpecialist])
        _ = try school.desk.addCannedReply(
            support, name: "кэш", language: .ru, text: "Здравствуйте, {имя}! Очистите кэш.", forEverySchool: false)
        #expect(throws: JournalError.invalid(.name, .alreadyExists("Кэш"))) {
            try school.desk.addCannedReply(support, name: "Кэш", language: .ru, text: "Ещё раз", forEverySchool: false)
        }
        #expect(try school.desk.cannedReplies(support).contains { $0.name == "кэш" })
    }

    @Test(
        "One school's staff never change what every school is offered: articles and replies for every school are written and retired only by a desk that serves them all"
    )
    func whatEverySchoolSeesIsTheWholeDesks() throws {
        let school = try DeskFixture()
        let support = try school.staff("Одрин Тимур Алексеевич", [.supportSpecialist])
        // Alone in its file, the school's desk serves every school there is.
        let own = try school.desk.addArticle(
            support, title: "Кэш браузера", body: "Очистите кэш.", topics: nil, audience: .all, forEverySchool: true)
        #expect(own.organizationId == nil)
        let (_, otherAdminAccount) = try school.journal.createOrganization(
            code: "starokrym", name: "Старокрымский УВК № 1", timeZone: "Europe/Simferopol", adminName: "Нечаева О.О.",
            adminLogin: "nechaeva", adminPassword: "another-horse")
        let otherAdmin = try school.journal.caller(accountId: otherAdminAccount.savedId)
        let shipped = try #require(try school.desk.articles(otherAdmin).first { $0.organizationId == nil })
        let before = try school.rowCounts()
        #expect(throws: DeskError.forbidden(.shareWithEverySchool)) { try school.desk.retireArticle(support, id: shipped.savedId) }
        #expect(throws: DeskError.forbidden(.shareWithEverySchool)) {
            try school.desk.addArticle(support, title: "Ещё", body: "Текст.", topics: nil, audience: .all, forEverySchool: true)
        }
        #expect(throws: DeskError.forbidden(.shareWithEverySchool)) {
            try school.desk.addCannedReply(support, name: "кэш", language: .ru, text: "Очистите кэш.", forEverySchool: true)
        }
        #expect(try school.rowCounts() == before, "a refusal writes nothing")
        #expect(try school.desk.articles(otherAdmin).contains { $0.id == shipped.id }, "the other school still has it")
        // Its own school's article and reply it still writes and retires.
        let local = try school.desk.addArticle(
            support, title: "Наш кабинет", body: "Кабинет № 1.", topics: nil, audience: .all, forEverySchool: false)
        _ = try school.desk.retireArticle(support, id: local.savedId)
        _ = try school.desk.addCannedReply(support, name: "кабинет", language: .ru, text: "Кабинет № 1.", forEverySchool: false)
    }
}

import HelpDesk
import JournalCore

// The desk's mail.
extension MailSentence {
    /// The sentence in both languages.
    var wording: Wording {
        switch self {
        case .greeting(let name):
            Wording(ru: name.map { "Здравствуйте, \($0)!" } ?? "Здравствуйте!", en: name.map { "Hello, \($0)," } ?? "Hello,")
        case .signature(let school):
            Wording(
                ru: "—\nСлужба поддержки электронного журнала, \(school).\nПисьмо отправлено автоматически.",
                en: "—\nElectronic journal support, \(school).\nThis message was sent automatically.")
        case .replyHint(let ticket):
            Wording(
                ru: "Чтобы ответить, ответьте на это письмо, не меняя темы: в ней номер заявки [#\(ticket)].",
                en: "To answer, reply to this message keeping its subject: it carries the ticket number [#\(ticket)].")
        case .ticketTakenSubject(let ticket, let topic):
            Wording(ru: "[#\(ticket)] Заявка принята: \(topic)", en: "[#\(ticket)] Ticket received: \(topic)")
        case .ticketTaken(let ticket, let deadline):
            Wording(
                ru: "Ваша заявка № \(ticket) принята." + (deadline.map { " Срок решения — до \($0) (считается в рабочее время)." } ?? ""),
                en: "Your ticket no. \(ticket) was received." + (deadline.map { " It is due by \($0) (counted in working hours)." } ?? ""))
        case .ticketReplySubject(let ticket, let topic):
            Wording(ru: "[#\(ticket)] Ответ по заявке: \(topic)", en: "[#\(ticket)] Reply to your ticket: \(topic)")
        case .ticketReply(let ticket):
            Wording(ru: "Специалист ответил по заявке № \(ticket):", en: "A specialist replied on ticket no. \(ticket):")
        case .ticketWaitingSubject(let ticket, let topic):
            Wording(ru: "[#\(ticket)] Нужен ваш ответ: \(topic)", en: "[#\(ticket)] Your answer is needed: \(topic)")
        case .ticketWaiting(let ticket):
            Wording(
                ru: "По заявке № \(ticket) специалист ждёт вашего ответа; срок заявки пока остановлен.",
                en: "On ticket no. \(ticket) the specialist waits for your answer; its clock is paused.")
        case .ticketResolvedSubject(let ticket, let topic):
            Wording(ru: "[#\(ticket)] Заявка решена: \(topic)", en: "[#\(ticket)] Ticket resolved: \(topic)")
        case .ticketResolved(let ticket):
            Wording(
                ru: "Заявка № \(ticket) решена. Если вопрос остался, ответьте на это письмо — заявка откроется снова.",
                en: "Ticket no. \(ticket) is resolved. If the question remains, reply to this message and it opens again.")
        case .rateHint:
            Wording(
                ru: "Оцените ответ: ответьте на это письмо цифрой от 1 до 5 (5 — отлично) и, если хотите, комментарием.",
                en: "Please rate the answer: reply to this message with a digit from 1 to 5 (5 is best) and a comment if you wish.")
        case .ticketMergedSubject(let ticket, let topic):
            Wording(ru: "[#\(ticket)] Заявка объединена: \(topic)", en: "[#\(ticket)] Ticket merged: \(topic)")
        case .ticketMerged(let ticket, let into):
            Wording(
                ru: "Ваша заявка № \(ticket) о том же, что заявка № \(into): они объединены. Ответ по ней придёт и вам.",
                en: "Your ticket \(ticket) is about the same as ticket \(into): they were merged. Its answer will reach you too.")
        case .ticketInIncidentSubject(let ticket, let topic):
            Wording(ru: "[#\(ticket)] Общая проблема: \(topic)", en: "[#\(ticket)] A known problem: \(topic)")
        case .ticketInIncident(let ticket, let incident):
            Wording(
                ru:
                    "Ваша заявка № \(ticket) — часть общей проблемы № \(incident), над ней уже работают. Когда она будет решена, мы сообщим всем.",
                en:
                    "Your ticket \(ticket) is part of the known problem \(incident), already being worked on. Everyone will be told when it is solved."
            )
        case .deadlineSubject(let ticket, let passed):
            Wording(
                ru: passed ? "[#\(ticket)] Срок заявки прошёл" : "[#\(ticket)] Срок заявки истекает",
                en: passed ? "[#\(ticket)] Ticket deadline passed" : "[#\(ticket)] Ticket deadline is near")
        case .deadline(let ticket, let topic, let requester, let deadline, let passed):
            Wording(
                ru: "Заявка № \(ticket) «\(topic)» от \(requester): "
                    + (passed ? "срок решения прошёл (\(deadline))." : "срок решения истекает \(deadline).")
                    + " Сообщите администрации школы о технической проблеме вовремя.",
                en: "Ticket no. \(ticket) “\(topic)” from \(requester): "
                    + (passed ? "its deadline passed (\(deadline))." : "its deadline is \(deadline).")
                    + " Tell the school's administration of the technical problem in time.")
        case .mailHeldSubject(let subject): Wording(ru: "Re: \(subject)", en: "Re: \(subject)")
        case .mailHeld:
            Wording(
                ru:
                    "Мы получили ваше письмо, но не нашли ваш адрес среди адресов школы. Чтобы принять заявку, ответьте на это письмо и укажите:\n1. организацию (школу);\n2. логин в электронном журнале;\n3. идентификатор учётной записи;\n4. роль (учитель, родитель, ученик…).\nПароль не пишите никогда.",
                en:
                    "We received your message but did not find your address among the school's. To take your request, reply and give:\n1. your organization (school);\n2. your login in the electronic journal;\n3. your account's identifier;\n4. your role (teacher, guardian, student…).\nNever write your password."
            )
        case .bookingSubject(let change, let when):
            switch change {
            case .confirmed: Wording(ru: "Консультация назначена: \(when)", en: "Consultation booked: \(when)")
            case .moved: Wording(ru: "Консультация перенесена: \(when)", en: "Consultation moved: \(when)")
            case .cancelled: Wording(ru: "Консультация отменена: \(when)", en: "Consultation cancelled: \(when)")
            case .dayBefore: Wording(ru: "Завтра консультация: \(when)", en: "Consultation tomorrow: \(when)")
            case .hourBefore: Wording(ru: "Через час консультация: \(when)", en: "Consultation in an hour: \(when)")
            }
        case .booking(let change, let toSpecialist):
            switch change {
            case .confirmed:
                Wording(
                    ru: toSpecialist ? "К вам записались на консультацию." : "Вы записаны на консультацию.",
                    en: toSpecialist ? "A consultation with you was booked." : "Your consultation is booked.")
            case .moved: Wording(ru: "Консультация перенесена.", en: "The consultation was moved.")
            case .cancelled: Wording(ru: "Консультация отменена.", en: "The consultation was cancelled.")
            case .dayBefore: Wording(ru: "Напоминаем: консультация завтра.", en: "A reminder: the consultation is tomorrow.")
            case .hourBefore: Wording(ru: "Напоминаем: консультация через час.", en: "A reminder: the consultation is in an hour.")
            }
        case .bookingWhen(let when): Wording(ru: "Когда: \(when)", en: "When: \(when)")
        case .bookingWith(let name): Wording(ru: "Специалист: \(name)", en: "Specialist: \(name)")
        case .bookingRequester(let name): Wording(ru: "Записался(-ась): \(name)", en: "Booked by: \(name)")
        case .bookingRoom(let room): Wording(ru: "Где: \(room)", en: "Where: \(room)")
        case .bookingTopic(let topic): Wording(ru: "Вопрос: \(topic)", en: "Question: \(topic)")
        case .bookingMovedFrom(let when): Wording(ru: "Было назначено: \(when)", en: "It was at: \(when)")
        case .bookingReason(let reason): Wording(ru: "Причина: \(reason)", en: "Reason: \(reason)")
        case .calendarHint:
            Wording(
                ru: "Приглашение приложено: почтовая программа добавит его в календарь.",
                en: "The invitation is attached: your mail program adds it to your calendar.")
        case .trainingSubject(let reminder, let topic, let date):
            Wording(
                ru: (reminder ? "Напоминание об обучении \(date): " : "Приглашение на обучение \(date): ") + topic,
                en: (reminder ? "Training reminder, \(date): " : "Training invitation, \(date): ") + topic)
        case .training(let reminder, let format, let topic, let date, let time, let room, let trainer):
            Wording(
                ru: (reminder ? "Напоминаем: завтра " : "Приглашаем: ")
                    + "\(format == .seminar ? "семинар" : "обучение") «\(topic)», \(date), \(time)"
                    + (room.map { ", \($0)" } ?? "")
                    + ". Проводит: \(trainer).\nЗаписаться: training register НОМЕР в консоли или у администратора ЭЖ.",
                en: (reminder ? "A reminder: tomorrow, " : "You are invited: ")
                    + "\(format == .seminar ? "seminar" : "training") “\(topic)”, \(date), \(time)"
                    + (room.map { ", \($0)" } ?? "")
                    + ". Given by \(trainer).\nRegister: training register NUMBER in the console, or with the journal administrator.")
        case .outageSubject(let topic):
            Wording(ru: "Сбой в работе электронного журнала: \(topic)", en: "The electronic journal is down: \(topic)")
        case .outage(let topic, let description, let opened, let specialist, let ticket):
            Wording(
                ru: "Служба поддержки сообщает о сбое в работе электронного журнала: \(topic).\n\(description)\n"
                    + "Открыт: \(opened). Занимается: \(specialist). Заявка № \(ticket); о восстановлении сообщим.",
                en: "The support desk reports a failure of the electronic journal: \(topic).\n\(description)\n"
                    + "Opened: \(opened). Handled by: \(specialist). Ticket no. \(ticket); we will tell you when it works again.")
        case .breachSubject(let login): Wording(ru: "Утечка реквизитов доступа: \(login)", en: "Credentials leaked: \(login)")
        case .breach(let name, let login, let discovered, let reported, let late, let invalidated, let ticket):
            Wording(
                ru:
                    "Сообщено об утечке реквизитов доступа учётной записи \(login) (\(name)). Обнаружено: \(discovered); сообщено: \(reported)."
                    + (late ? " Сообщение запоздало: прошло больше одного рабочего дня." : "")
                    + " Учётная запись заблокирована; операций после сообщения признано недействительными: \(invalidated). Заявка № \(ticket).",
                en:
                    "A leak of the credentials of account \(login) (\(name)) was reported. Discovered: \(discovered); reported: \(reported)."
                    + (late ? " The report came late: more than one working day passed." : "")
                    + " The account is locked; operations after the report declared invalid: \(invalidated). Ticket no. \(ticket).")
        case .digestSubject(let from, let to): Wording(ru: "Дневник за неделю \(from) — \(to)", en: "The diary's week \(from) — \(to)")
        case .digestIntro(let from, let to):
            Wording(
                ru: "Сводка электронного дневника за \(from) — \(to): отметки, домашние задания и пропуски.",
                en: "The electronic diary from \(from) to \(to): marks, homework and absences.")
        case .paperSubject(let guardian, let child):
            Wording(
                ru: "Распечатка дневника за неделю: \(child) (для \(guardian))",
                en: "Diary printout for the week: \(child) (for \(guardian))")
        case .paperIntro(let guardian, let from, let to):
            Wording(
                ru:
                    "Родитель \(guardian) отказался от электронного доступа: распечатайте неделю \(from) — \(to) и передайте (положение о ЭЖ).",
                en:
                    "Guardian \(guardian) declined electronic access: print the week \(from) — \(to) and hand it over (the journal's regulation)."
            )
        case .child(let name, let className):
            Wording(ru: name + (className.map { ", \($0) класс" } ?? ""), en: name + (className.map { ", class \($0)" } ?? ""))
        case .marksHeading: Wording(ru: "Отметки", en: "Marks")
        case .homeworkHeading: Wording(ru: "Домашние задания", en: "Homework")
        case .absencesHeading: Wording(ru: "Пропуски и опоздания", en: "Absences and lateness")
        case .nothing: Wording(ru: "нет", en: "none")
        case .absence(let late): Wording(ru: late ? "опоздание" : "пропуск", en: late ? "late" : "absent")
        case .unsubscribe(let address, let token):
            Wording(
                ru: "Отписаться от сводки: ответьте на это письмо или напишите на \(address) с темой «unsubscribe \(token)».",
                en: "To unsubscribe from the digest, reply to this message or write to \(address) with the subject “unsubscribe \(token)”.")
        case .messageSubject(let from, let subject): Wording(ru: "Сообщение от \(from): \(subject)", en: "Message from \(from): \(subject)")
        case .messageIntro(let from):
            Wording(ru: "\(from) написал(а) вам в электронном журнале:", en: "\(from) wrote to you in the electronic journal:")
        case .messageReplyHint: Wording(ru: "Ответить можно в журнале: message reply.", en: "Reply in the journal: message reply.")
        }
    }
}

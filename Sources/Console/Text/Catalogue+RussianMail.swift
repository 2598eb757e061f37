import HelpDesk
import JournalCore

/// The desk's mail in Russian.
extension RussianCatalogue {
    func mail(_ sentence: MailSentence) -> String {
        switch sentence {
        case .greeting(let name): name.map { "Здравствуйте, \($0)!" } ?? "Здравствуйте!"
        case .signature(let school): "—\nСлужба поддержки электронного журнала, \(school).\nПисьмо отправлено автоматически."
        case .replyHint(let ticket): "Чтобы ответить, ответьте на это письмо, не меняя темы: в ней номер заявки [#\(ticket)]."
        case .ticketTakenSubject(let ticket, let topic): "[#\(ticket)] Заявка принята: \(topic)"
        case .ticketTaken(let ticket, let deadline):
            "Ваша заявка № \(ticket) принята." + (deadline.map { " Срок решения — до \($0) (считается в рабочее время)." } ?? "")
        case .ticketReplySubject(let ticket, let topic): "[#\(ticket)] Ответ по заявке: \(topic)"
        case .ticketReply(let ticket): "Специалист ответил по заявке № \(ticket):"
        case .ticketWaitingSubject(let ticket, let topic): "[#\(ticket)] Нужен ваш ответ: \(topic)"
        case .ticketWaiting(let ticket): "По заявке № \(ticket) специалист ждёт вашего ответа; срок заявки пока остановлен."
        case .ticketResolvedSubject(let ticket, let topic): "[#\(ticket)] Заявка решена: \(topic)"
        case .ticketResolved(let ticket): "Заявка № \(ticket) решена. Если вопрос остался, ответьте на это письмо — заявка откроется снова."
        case .rateHint: "Оцените ответ: ответьте на это письмо цифрой от 1 до 5 (5 — отлично) и, если хотите, комментарием."
        case .ticketMergedSubject(let ticket, let topic): "[#\(ticket)] Заявка объединена: \(topic)"
        case .ticketMerged(let ticket, let into):
            "Ваша заявка № \(ticket) о том же, что заявка № \(into): они объединены. Ответ по ней придёт и вам."
        case .ticketInIncidentSubject(let ticket, let topic): "[#\(ticket)] Общая проблема: \(topic)"
        case .ticketInIncident(let ticket, let incident):
            "Ваша заявка № \(ticket) — часть общей проблемы № \(incident), над ней уже работают. Когда она будет решена, мы сообщим всем."
        case .deadlineSubject(let ticket, let passed): passed ? "[#\(ticket)] Срок заявки прошёл" : "[#\(ticket)] Срок заявки истекает"
        case .deadline(let ticket, let topic, let requester, let deadline, let passed):
            "Заявка № \(ticket) «\(topic)» от \(requester): "
                + (passed ? "срок решения прошёл (\(deadline))." : "срок решения истекает \(deadline).")
                + " Сообщите администрации школы о технической проблеме вовремя."
        case .mailHeldSubject(let subject): "Re: \(subject)"
        case .mailHeld:
            "Мы получили ваше письмо, но не нашли ваш адрес среди адресов школы. Чтобы принять заявку, ответьте на это письмо и укажите:\n1. организацию (школу);\n2. логин в электронном журнале;\n3. идентификатор учётной записи;\n4. роль (учитель, родитель, ученик…).\nПароль не пишите никогда."
        case .bookingSubject(let change, let when):
            switch change {
            case .confirmed: "Консультация назначена: \(when)"
            case .moved: "Консультация перенесена: \(when)"
            case .cancelled: "Консультация отменена: \(when)"
            case .dayBefore: "Завтра консультация: \(when)"
            case .hourBefore: "Через час консультация: \(when)"
            }
        case .booking(let change, let toSpecialist):
            switch change {
            case .confirmed: toSpecialist ? "К вам записались на консультацию." : "Вы записаны на консультацию."
            case .moved: "Консультация перенесена."
            case .cancelled: "Консультация отменена."
            case .dayBefore: "Напоминаем: консультация завтра."
            case .hourBefore: "Напоминаем: консультация через час."
            }
        case .bookingWhen(let when): "Когда: \(when)"
        case .bookingWith(let name): "Специалист: \(name)"
        case .bookingRequester(let name): "Записался(-ась): \(name)"
        case .bookingRoom(let room): "Где: \(room)"
        case .bookingTopic(let topic): "Вопрос: \(topic)"
        case .bookingMovedFrom(let when): "Было назначено: \(when)"
        case .bookingReason(let reason): "Причина: \(reason)"
        case .calendarHint: "Приглашение приложено: почтовая программа добавит его в календарь."
        case .trainingSubject(let reminder, let topic, let date):
            (reminder ? "Напоминание об обучении \(date): " : "Приглашение на обучение \(date): ") + topic
        case .training(let reminder, let format, let topic, let date, let time, let room, let trainer):
            (reminder ? "Напоминаем: завтра " : "Приглашаем: ")
                + "\(format == .seminar ? "семинар" : "обучение") «\(topic)», \(date), \(time)"
                + (room.map { ", \($0)" } ?? "")
                + ". Проводит: \(trainer).\nЗаписаться: training register НОМЕР в консоли или у администратора ЭЖ."
        case .outageSubject(let topic): "Сбой в работе электронного журнала: \(topic)"
        case .outage(let topic, let description, let opened, let specialist, let ticket):
            "Служба поддержки сообщает о сбое в работе электронного журнала: \(topic).\n\(description)\n"
                + "Открыт: \(opened). Занимается: \(specialist). Заявка № \(ticket); о восстановлении сообщим."
        case .breachSubject(let login): "Утечка реквизитов доступа: \(login)"
        case .breach(let name, let login, let discovered, let reported, let late, let invalidated, let ticket):
            "Сообщено об утечке реквизитов доступа учётной записи \(login) (\(name)). Обнаружено: \(discovered); сообщено: \(reported)."
                + (late ? " Сообщение запоздало: прошло больше одного рабочего дня." : "")
                + " Учётная запись заблокирована; операций после сообщения признано недействительными: \(invalidated). Заявка № \(ticket)."
        case .digestSubject(let from, let to): "Дневник за неделю \(from) — \(to)"
        case .digestIntro(let from, let to): "Сводка электронного дневника за \(from) — \(to): отметки, домашние задания и пропуски."
        case .paperSubject(let guardian, let child): "Распечатка дневника за неделю: \(child) (для \(guardian))"
        case .paperIntro(let guardian, let from, let to):
            "Родитель \(guardian) отказался от электронного доступа: распечатайте неделю \(from) — \(to) и передайте (положение о ЭЖ)."
        case .child(let name, let className): name + (className.map { ", \($0) класс" } ?? "")
        case .marksHeading: "Отметки"
        case .homeworkHeading: "Домашние задания"
        case .absencesHeading: "Пропуски и опоздания"
        case .nothing: "нет"
        case .absence(let late): late ? "опоздание" : "пропуск"
        case .unsubscribe(let address, let token):
            "Отписаться от сводки: ответьте на это письмо или напишите на \(address) с темой «unsubscribe \(token)»."
        case .messageSubject(let from, let subject): "Сообщение от \(from): \(subject)"
        case .messageIntro(let from): "\(from) написал(а) вам в электронном журнале:"
        case .messageReplyHint: "Ответить можно в журнале: message reply."
        }
    }
}

import HelpDesk
import JournalCore

/// Tickets in Russian.
extension RussianCatalogue {
    func ticket(_ message: TicketMessage) -> String {
        switch message {
        case .ticketOpened(let id, let assignee):
            "Заявка № \(id) принята"
                + (assignee.map { ", ответственный: \($0)" + ($0.hasSuffix(".") ? "" : ".") } ?? ", пока без ответственного.")
        case .requesterChecked(let check):
            switch check {
            case .verified: "Логин и идентификатор совпадают с учётной записью."
            case .unknownLogin: "В этой организации нет учётной записи с таким логином: заявка принята как непроверенная."
            case .identifierMismatch: "Логин и идентификатор не совпадают: заявка принята как непроверенная — уточните данные у заявителя."
            case .roleMismatch: "У учётной записи нет указанной роли: заявка принята как непроверенная — уточните роль у заявителя."
            }
        case .requesterVerified: "проверен"
        case .requesterUnverified: "не проверен"
        case .clockPaused: "пауза: ждём заявителя"
        case .clockLeft(let time): "осталось \(time)"
        case .clockOverdue(let time): "просрочено на \(time)"
        case .lostCredentialsHelp:
            "Реквизиты восстанавливает администратор журнала (учителям и сотрудникам) или классный руководитель (ученикам и родителям), проверив личность. Кто дежурит: schedule now --org КОД."
        case .lostCredentialsFor(let role, let className):
            switch role {
            case .guardian, .student:
                "Понял: вы — \(self.role(role).lowercased())\(className.map { ", класс \($0)" } ?? ""). Логин и пароль ученикам и родителям восстанавливает классный руководитель\(className.map { " \($0)" } ?? ""), проверив личность: обратитесь к нему лично или по телефону из карточки. Если его нет — к администратору журнала; кто дежурит: schedule now --org КОД."
            default:
                "Понял: вы — \(self.role(role).lowercased()). Реквизиты сотрудникам восстанавливает администратор журнала, проверив личность. Кто дежурит: schedule now --org КОД."
            }
        case .breachHelp:
            "Если пароль узнал кто-то чужой, сообщите об этом сразу, не позднее одного рабочего дня: войдите (login) и напишите «пароль украли», или обратитесь к администратору журнала — он заблокирует доступ и выдаст новые реквизиты."
        case .credentialSlip(let organization, let expires):
            "\(organization)\nПароль действует до \(expires) и при первом входе меняется.\nПередать лично, под подпись; затем: credential handover НОМЕР_ЗАЯВКИ \"ФИО получившего\".\n\nПолучил(а): ____________________  Выдал(а): ____________________  Дата: __________"
        case .breachWithdrawn(let login):
            "Сообщение об утечке отозвано: аннулированное снова действует, учётная запись \(login) разблокирована с прежним паролем. Её сеансы остаются завершены."
        case .breachReported(let late, let invalidated, let voided):
            (late ? "Сообщение об утечке запоздало: прошло больше одного рабочего дня с её обнаружения. " : "")
                + "Операций после сообщения признано недействительными: \(invalidated), из них отметок: \(voided). Доступ восстановит администратор: credential reset."
        case .merged(let id, let into):
            "Заявка № \(id) объединена с № \(into) и закрыта; её история сохранена, заявителю сообщено. Ответ по № \(into) придёт и ему."
        case .linked(let one, let other): "Заявки № \(one) и № \(other) связаны."
        case .unlinked(let one, let other): "Связь заявок № \(one) и № \(other) снята (в истории обеих она осталась)."
        case .incidentOpened(let id, let gathered):
            "Инцидент № \(id) открыт, заявок под ним: \(gathered). Решение инцидента (ticket resolve \(id) --text …) ответит всем."
        case .incidentGathered(let id, let count): "Под инцидент № \(id) добавлено заявок: \(count); заявителям сообщено."
        case .mergedInto(let id): "объединена с № \(id)"
        case .underIncident(let id): "часть общей проблемы № \(id)"
        case .rated(let id, let rating): "Спасибо! Оценка ответа по заявке № \(id): \(rating) из 5."
        case .openIncident(let id, let topic, let ticket):
            "Открыт инцидент № \(id) «\(topic)». Если заявка о нём: incident add \(id) --tickets \(ticket)"
        case .toRate(let ids):
            "Решены ваши заявки: " + ids.map { "№ \($0)" }.joined(separator: ", ")
                + ". Оцените ответ: ticket rate \(ids[0]) 5 --comment \"…\""
        }
    }

    func ticketState(_ state: TicketState) -> String {
        switch state {
        case .new: "новая"
        case .assigned: "назначена"
        case .inProgress: "в работе"
        case .waiting: "ждём заявителя"
        case .resolved: "решена"
        case .closed: "закрыта"
        }
    }

    func ticketKind(_ kind: TicketKind) -> String {
        switch kind {
        case .help: "помощь"
        case .credentialReset: "восстановление доступа"
        case .breach: "утечка реквизитов"
        }
    }

    func priority(_ priority: TicketPriority) -> String {
        switch priority {
        case .low: "низкая"
        case .normal: "обычная"
        case .high: "высокая"
        case .urgent: "срочная"
        }
    }

    func queue(_ queue: TicketQueue) -> String {
        switch queue {
        case .mine: "мои"
        case .unassigned: "без ответственного"
        case .overdue: "просроченные"
        case .all: "все"
        }
    }

    func ticketEvent(_ kind: TicketEventKind) -> String {
        switch kind {
        case .created: "принята"
        case .assigned: "назначена"
        case .state: "состояние"
        case .reply: "ответ заявителю"
        case .note: "внутренняя заметка"
        case .vendor: "передана разработчику"
        case .identityCheck: "проверка личности"
        case .handover: "выдача под подпись"
        case .refused: "отказ"
        case .merged: "присоединена заявка"
        case .mergedInto: "объединена с заявкой"
        case .linked: "связана с заявкой"
        case .unlinked: "связь снята"
        case .incident: "под инцидент добавлена заявка"
        case .incidentChild: "часть общей проблемы"
        case .rated: "оценка ответа"
        }
    }

    func ticketNumber(_ id: Int64) -> String { "№ \(id)" }

    func yesNo(_ value: Bool) -> String { value ? "да" : "нет" }

    func minutes(_ minutes: Int) -> String {
        let hours = minutes / 60
        let rest = minutes % 60
        return hours == 0 ? "\(rest) мин" : rest == 0 ? "\(hours) ч" : "\(hours) ч \(rest) мин"
    }
    func identityMethod(_ method: IdentityMethod) -> String {
        switch method {
        case .inPerson: "лично, по документу"
        case .callBack: "обратный звонок на телефон из карточки"
        case .knownPersonally: "знаком(а) лично"
        }
    }
}

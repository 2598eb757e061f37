import HelpDesk
import JournalCore

extension TicketMessage {
    /// The sentence in both languages.
    var wording: Wording {
        switch self {
        case .ticketOpened(let id, let assignee):
            Wording(
                ru: "Заявка № \(id) принята"
                    + (assignee.map { ", ответственный: \($0)" + ($0.hasSuffix(".") ? "" : ".") } ?? ", пока без ответственного."),
                en: "Ticket \(id) taken"
                    + (assignee.map { ", assigned to \($0)" + ($0.hasSuffix(".") ? "" : ".") } ?? ", not assigned yet."))
        case .requesterChecked(let check):
            switch check {
            case .verified:
                Wording(ru: "Логин и идентификатор совпадают с учётной записью.", en: "The login and identifier match an account.")
            case .unknownLogin:
                Wording(
                    ru: "В этой организации нет учётной записи с таким логином: заявка принята как непроверенная.",
                    en: "The organization has no account with that login: the ticket is taken as unverified.")
            case .identifierMismatch:
                Wording(
                    ru: "Логин и идентификатор не совпадают: заявка принята как непроверенная — уточните данные у заявителя.",
                    en: "The login and identifier do not match: the ticket is taken as unverified — check them with the requester.")
            case .roleMismatch:
                Wording(
                    ru: "У учётной записи нет указанной роли: заявка принята как непроверенная — уточните роль у заявителя.",
                    en: "The account does not hold the role stated: the ticket is taken as unverified — check the role with the requester.")
            }
        case .requesterVerified: Wording(ru: "проверен", en: "verified")
        case .requesterUnverified: Wording(ru: "не проверен", en: "not verified")
        case .clockPaused: Wording(ru: "пауза: ждём заявителя", en: "paused: waiting for the requester")
        case .clockLeft(let time): Wording(ru: "осталось \(time)", en: "\(time) left")
        case .clockOverdue(let time): Wording(ru: "просрочено на \(time)", en: "overdue by \(time)")
        case .lostCredentialsHelp:
            Wording(
                ru:
                    "Реквизиты восстанавливает администратор журнала (учителям и сотрудникам) или классный руководитель (ученикам и родителям), проверив личность. Кто дежурит: schedule now --org КОД.",
                en:
                    "Credentials are restored by the journal administrator (teachers and staff) or the class teacher (students and guardians), after checking who you are. Who is on duty: schedule now --org CODE."
            )
        case .lostCredentialsFor(let role, let className):
            switch role {
            case .guardian, .student:
                Wording(
                    ru:
                        "Понял: вы — \(role.wording.ru.lowercased())\(className.map { ", класс \($0)" } ?? ""). Логин и пароль ученикам и родителям восстанавливает классный руководитель\(className.map { " \($0)" } ?? ""), проверив личность: обратитесь к нему лично или по телефону из карточки. Если его нет — к администратору журнала; кто дежурит: schedule now --org КОД.",
                    en:
                        "Understood: you are a \(role.wording.en.lowercased())\(className.map { ", class \($0)" } ?? ""). Students' and guardians' credentials are restored by the class teacher\(className.map { " of \($0)" } ?? ""), after checking who you are: ask them in person or by the phone on file. Otherwise the journal administrator; who is on duty: schedule now --org CODE."
                )
            default:
                Wording(
                    ru:
                        "Понял: вы — \(role.wording.ru.lowercased()). Реквизиты сотрудникам восстанавливает администратор журнала, проверив личность. Кто дежурит: schedule now --org КОД.",
                    en:
                        "Understood: you are a \(role.wording.en.lowercased()). Staff credentials are restored by the journal administrator after checking who you are. Who is on duty: schedule now --org CODE."
                )
            }
        case .breachHelp:
            Wording(
                ru:
                    "Если пароль узнал кто-то чужой, сообщите об этом сразу, не позднее одного рабочего дня: войдите (login) и напишите «пароль украли», или обратитесь к администратору журнала — он заблокирует доступ и выдаст новые реквизиты.",
                en:
                    "If someone else knows your password, report it at once, within one working day: log in (login) and type “my password was stolen”, or ask the journal administrator, who blocks the access and issues new credentials."
            )
        case .credentialSlip(let organization, let expires):
            Wording(
                ru:
                    "\(organization)\nПароль действует до \(expires) и при первом входе меняется.\nПередать лично, под подпись; затем: credential handover НОМЕР_ЗАЯВКИ \"ФИО получившего\".\n\nПолучил(а): ________________  Выдал(а): ________________  Дата: __________",
                en:
                    "\(organization)\nThe password works until \(expires) and is changed at the first login.\nHand it over in person against a signature, then: credential handover TICKET \"name of the receiver\".\n\nReceived by: ______________  Given by: ______________  Date: __________"
            )
        case .breachWithdrawn(let login):
            Wording(
                ru:
                    "Сообщение об утечке отозвано: аннулированное снова действует, учётная запись \(login) разблокирована с прежним паролем. Её сеансы остаются завершены.",
                en:
                    "The breach report is withdrawn: what it voided counts again and \(login) is unlocked with its password. Its sessions stay ended."
            )
        case .breachReported(let late, let invalidated, let voided):
            Wording(
                ru: (late ? "Сообщение об утечке запоздало: прошло больше одного рабочего дня с её обнаружения. " : "")
                    + "Операций после сообщения признано недействительными: \(invalidated), из них отметок: \(voided). Доступ восстановит администратор: credential reset.",
                en: (late ? "The breach is reported late: more than one working day after it was discovered. " : "")
                    + "Operations since the report made invalid: \(invalidated), marks among them: \(voided). The administrator restores access: credential reset."
            )
        case .merged(let id, let into):
            Wording(
                ru:
                    "Заявка № \(id) объединена с № \(into) и закрыта; её история сохранена, заявителю сообщено. Ответ по № \(into) придёт и ему.",
                en:
                    "Ticket \(id) merged into \(into) and closed; its history is kept and the requester told. The answer to \(into) will reach them too."
            )
        case .linked(let one, let other): Wording(ru: "Заявки № \(one) и № \(other) связаны.", en: "Tickets \(one) and \(other) linked.")
        case .unlinked(let one, let other):
            Wording(
                ru: "Связь заявок № \(one) и № \(other) снята (в истории обеих она осталась).",
                en: "Tickets \(one) and \(other) unlinked (both histories keep the link).")
        case .incidentOpened(let id, let gathered):
            Wording(
                ru: "Инцидент № \(id) открыт, заявок под ним: \(gathered). Решение инцидента (ticket resolve \(id) --text …) ответит всем.",
                en:
                    "Incident \(id) opened with \(gathered) tickets under it. Resolving it (ticket resolve \(id) --text …) answers them all."
            )
        case .incidentGathered(let id, let count):
            Wording(
                ru: "Под инцидент № \(id) добавлено заявок: \(count); заявителям сообщено.",
                en: "\(count) tickets put under incident \(id); their requesters were told.")
        case .mergedInto(let id): Wording(ru: "объединена с № \(id)", en: "merged into \(id)")
        case .underIncident(let id): Wording(ru: "часть общей проблемы № \(id)", en: "part of known problem \(id)")
        case .rated(let id, let rating):
            Wording(
                ru: "Спасибо! Оценка ответа по заявке № \(id): \(rating) из 5.",
                en: "Thank you! The answer to ticket \(id) rated \(rating) of 5.")
        case .openIncident(let id, let topic, let ticket):
            Wording(
                ru: "Открыт инцидент № \(id) «\(topic)». Если заявка о нём: incident add \(id) --tickets \(ticket)",
                en: "Incident \(id) “\(topic)” is open. If the ticket is about it: incident add \(id) --tickets \(ticket)")
        case .toRate(let ids):
            Wording(
                ru: "Решены ваши заявки: " + ids.map { "№ \($0)" }.joined(separator: ", ")
                    + ". Оцените ответ: ticket rate \(ids[0]) 5 --comment \"…\"",
                en: "Your tickets were resolved: " + ids.map(String.init).joined(separator: ", ")
                    + ". Rate the answer: ticket rate \(ids[0]) 5 --comment \"…\"")
        }
    }
}

extension TicketState {
    /// A ticket's state.
    var wording: Wording {
        switch self {
        case .new: Wording(ru: "новая", en: "new")
        case .assigned: Wording(ru: "назначена", en: "assigned")
        case .inProgress: Wording(ru: "в работе", en: "in progress")
        case .waiting: Wording(ru: "ждём заявителя", en: "waiting for the requester")
        case .resolved: Wording(ru: "решена", en: "resolved")
        case .closed: Wording(ru: "закрыта", en: "closed")
        }
    }
}

extension TicketKind {
    /// A ticket's kind.
    var wording: Wording {
        switch self {
        case .help: Wording(ru: "помощь", en: "help")
        case .credentialReset: Wording(ru: "восстановление доступа", en: "credential reset")
        case .breach: Wording(ru: "утечка реквизитов", en: "credential breach")
        }
    }
}

extension TicketPriority {
    /// A ticket's priority.
    var wording: Wording {
        switch self {
        case .low: Wording(ru: "низкая", en: "low")
        case .normal: Wording(ru: "обычная", en: "normal")
        case .high: Wording(ru: "высокая", en: "high")
        case .urgent: Wording(ru: "срочная", en: "urgent")
        }
    }
}

extension TicketQueue {
    /// A queue of tickets.
    var wording: Wording {
        switch self {
        case .mine: Wording(ru: "мои", en: "mine")
        case .unassigned: Wording(ru: "без ответственного", en: "unassigned")
        case .overdue: Wording(ru: "просроченные", en: "overdue")
        case .all: Wording(ru: "все", en: "all")
        }
    }
}

extension TicketEventKind {
    /// The kind of an event of a ticket's history.
    var wording: Wording {
        switch self {
        case .created: Wording(ru: "принята", en: "taken")
        case .assigned: Wording(ru: "назначена", en: "assigned")
        case .state: Wording(ru: "состояние", en: "state")
        case .reply: Wording(ru: "ответ заявителю", en: "reply to the requester")
        case .note: Wording(ru: "внутренняя заметка", en: "internal note")
        case .vendor: Wording(ru: "передана разработчику", en: "passed to the vendor")
        case .identityCheck: Wording(ru: "проверка личности", en: "identity check")
        case .handover: Wording(ru: "выдача под подпись", en: "handed over against a signature")
        case .refused: Wording(ru: "отказ", en: "refused")
        case .merged: Wording(ru: "присоединена заявка", en: "ticket merged in")
        case .mergedInto: Wording(ru: "объединена с заявкой", en: "merged into ticket")
        case .linked: Wording(ru: "связана с заявкой", en: "linked to ticket")
        case .unlinked: Wording(ru: "связь снята", en: "unlinked")
        case .incident: Wording(ru: "под инцидент добавлена заявка", en: "ticket put under incident")
        case .incidentChild: Wording(ru: "часть общей проблемы", en: "part of known problem")
        case .rated: Wording(ru: "оценка ответа", en: "answer rated")
        }
    }
}

extension IdentityMethod {
    /// How a requester's identity was checked.
    var wording: Wording {
        switch self {
        case .inPerson: Wording(ru: "лично, по документу", en: "in person, document seen")
        case .callBack: Wording(ru: "обратный звонок на телефон из карточки", en: "called back on the phone on file")
        case .knownPersonally: Wording(ru: "знаком(а) лично", en: "known personally")
        }
    }
}

extension Wording {
    /// A ticket's number in a sentence: «№ 12», "12".
    static func ticketNumber(_ id: Int64) -> Wording { Wording(ru: "№ \(id)", en: "\(id)") }

    /// Yes or no, as a table's cell says it.
    static func yesNo(_ value: Bool) -> Wording { value ? Wording(ru: "да", en: "yes") : Wording(ru: "нет", en: "no") }

    /// A span of time in hours and minutes: «1 ч 30 мин», "1 h 30 min".
    static func minutes(_ minutes: Int) -> Wording {
        let hours = minutes / 60
        let rest = minutes % 60
        return Wording(
            ru: hours == 0 ? "\(rest) мин" : rest == 0 ? "\(hours) ч" : "\(hours) ч \(rest) мин",
            en: hours == 0 ? "\(rest) min" : rest == 0 ? "\(hours) h" : "\(hours) h \(rest) min")
    }
}

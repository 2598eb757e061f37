import HelpDesk
import JournalCore

/// Tickets in Russian.
extension RussianCatalogue {
    func tickets(_ message: DeskMessage) -> String? {
        switch message {
        case .ticketOpened(let id, let assignee): "Заявка № \(id) принята" + (assignee.map { ", ответственный: \($0)." } ?? ", пока без ответственного.")
        case .requesterChecked(let check):
            switch check {
            case .verified: "Логин и идентификатор совпадают с учётной записью."
            case .unknownLogin: "В этой организации нет учётной записи с таким логином: заявка принята как непроверенная."
            case .identifierMismatch: "Логин и идентификатор не совпадают: заявка принята как непроверенная — уточните данные у заявителя."
            }
        case .requesterVerified: "проверен"
        case .requesterUnverified: "не проверен"
        case .clockPaused: "пауза: ждём заявителя"
        case .clockLeft(let time): "осталось \(time)"
        case .clockOverdue(let time): "просрочено на \(time)"
        default: nil
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
        }
    }

    func minutes(_ minutes: Int) -> String {
        let hours = minutes / 60, rest = minutes % 60
        return hours == 0 ? "\(rest) мин" : rest == 0 ? "\(hours) ч" : "\(hours) ч \(rest) мин"
    }

    func ticketSummary(_ id: CommandID) -> String? {
        switch id {
        case .ticketNew: "принять заявку: школа, логин и идентификатор, роль, суть"
        case .ticketList: "заявки: мои, без ответственного, просроченные; поиск"
        case .ticketShow: "заявка с историей и оставшимся временем"
        case .ticketTake: "взять заявку в работу"
        case .ticketWait: "спросить заявителя (часы останавливаются)"
        case .ticketResolve: "решить заявку (с ответом заявителю)"
        case .ticketClose: "закрыть решённую заявку"
        case .ticketReopen: "открыть заявку снова"
        case .ticketReply: "ответить заявителю"
        case .ticketNote: "внутренняя заметка"
        case .ticketAssign: "передать другому специалисту"
        case .ticketVendor: "передать в поддержку разработчика (с её номером)"
        case .ticketTargets: "сроки ответа и решения в рабочих минутах"
        default: nil
        }
    }
}

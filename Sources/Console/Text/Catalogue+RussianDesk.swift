import Foundation
import HelpDesk
import JournalCore

/// The help desk's calendar side in Russian: timetables, bookings, trainings, the rollout plan.
extension RussianCatalogue {
    func desk(_ message: DeskMessage) -> String {
        switch message {
        case .scheduleReloaded(let code, let lines): "График «\(code)» обновлён: строк — \(lines). Записи на консультации сохранены."
        case .strandedBookings(let n): "Записей вне нового графика: \(n). Они не удалены — перенесите или отмените их:"
        case .calendarWritten(let path, let events): "Календарь записан в \(path): событий — \(events)."
        case .openingsFor(let topic): "Ближайшее свободное время по вопросу «\(topic)»:"
        case .noOpenings: "Свободного времени в пределах записи нет."
        case .booked(let specialist, let when, let room):
            "Вы записаны на консультацию: \(specialist), \(when)" + (room.map { ", \($0)" } ?? "") + "."
        case .alternatives: "Ближайшее свободное время:"
        case .ticketPage(let page, let pages, let total):
            "Страница \(page) из \(pages) (заявок: \(total))."
                + (page < pages ? " Дальше — ticket list --page \(page + 1); все — ticket list --all." : "")
        case .bookingCancelled: "Запись отменена."
        case .bookingMoved(let when): "Консультация перенесена на \(when)."
        case .upcoming: "Ваши консультации на неделе:"
        case .agendaToday: "Записи к вам на неделе:"
        case .noBookings: "Записей нет."
        case .noBookingsOn(let day): "На \(day) у вас записей нет; ничего не отменено. Ваши записи — booking list."
        case .outsideTimetable: "вне графика"
        case .invitationAnswer(let answer):
            switch answer {
            case .accepted: "приглашение принято"
            case .declined: "от приглашения отказался"
            case .tentative: "приглашение под вопросом"
            }
        case .deskSettings(let notice, let horizon):
            "Запись на консультацию: не позже чем за \(notice) мин, не дальше чем на \(horizon) \(RussianPlural.days(horizon)) вперёд."
        case .trainingPlanned(let id): "Занятие запланировано, номер \(id)."
        case .registered(let topic, let when): "Вы записаны на занятие «\(topic)», \(when)."
        case .attendanceRecorded: "Посещение отмечено."
        case .came: "был(а)"
        case .didNotCome: "не был(а)"
        case .notHeld: "не проводилось"
        case .overdue: "просрочено"
        case .trainingCancelled: "Занятие отменено."
        case .quartersUnmet(let n):
            "Обучение не реже раза в четверть (регламент, §2): не выполнено для \(n) сочетаний «четверть — участники»."
        case .quartersAllMet: "Обучение не реже раза в четверть (регламент, §2): выполнено для всех четвертей и участников."
        case .defaultTopics: "Темы обучения и консультаций по регламенту (§2.1–2.4):"
        case .rolloutImported(let added, let updated): "График внедрения загружен: добавлено \(added), изменено \(updated)."
        case .nothingOverdue: "Просроченных пунктов нет."
        case .rolloutSaved(let number): "Пункт \(number) графика внедрения записан."
        case .lineEvent(let responsible, let kind): "Консультации: \(responsible) (\(helpKind(kind)))"
        case .bookingEvent(let responsible): "Консультация: \(responsible)"
        case .understood(let command): "Понял: \(command)"
        case .cannedSaved(let name): "Шаблон «\(name)» записан: ticket template N \(name)."
        case .maybeAnswered: "Возможно, ответ здесь:"
        case .articleLine(let id, let title): "  № \(id) «\(title)» — kb show \(id)"
        case .answerFound: "Ответ нашёлся? Если нет, примем заявку."
        case .gladItHelped: "Хорошо, заявка не нужна. Если вопрос останется — напишите его снова."
        case .articleSaved(let id): "Статья № \(id) записана в базу знаний (kb show \(id))."
        case .articleRetired(let id): "Статья № \(id) больше не предлагается; она сохранена."
        case .articleSource(let id): "Из ответа на заявку № \(id)."
        case .maybeYouMeant(let commands): "Возможно, подойдёт: \(commands)"
        case .readAs(let typed, let read): "«\(typed)» читаю как «\(read)»."
        case .keptUntilLogin: "Сначала войдите (login ЛОГИН) — сразу после входа сделаю то, что вы попросили."
        case .carryingOut(let sentence): "Выполняю то, что вы просили до входа: «\(sentence)»"
        case .guessNotActedOn(let command):
            "Слово с опечаткой я только угадал, а по догадке такое не делаю. Если вы это имели в виду, наберите: \(command)"
        case .typeTheCommand(let command): "Это делается только с подтверждением; наберите команду: \(command)"
        case .restated(let intent):
            switch intent {
            case .breach:
                "Вы сообщаете, что ваш пароль стал известен другим: учётная запись будет заблокирована, все её сеансы закрыты, а сделанное под ней после обнаружения — отменено. Новые реквизиты выдаст администратор журнала."
            case .cancelBooking: "Вы отменяете свою запись на консультацию: это время станет свободным для других."
            default: ""
            }
        case .notUnderstood: "Не понял, что нужно сделать. Ближе всего такие команды:"
        case .closestCommand(let name, let summary, let example): "  \(name) — \(summary)\n      например: \(example)"
        }
    }

    func deskError(_ error: DeskError) -> String {
        switch error {
        case .invalid(let field, let reason): "\(label(Label(field))): \(self.reason(reason, of: Label(field)))."
        case .forbidden(let operation): "Нет прав: \(deskOperation(operation))."
        case .unknownOrganization(let code, let closest):
            "Организация «\(code)» не найдена." + (closest.isEmpty ? "" : " Возможно: \(closest.joined(separator: "; ")).")
        case .ticketNotFound(let id): "Заявка № \(id) не найдена."
        case .attachmentNotFound(let id): "У заявки нет сохранённого файла № \(id)."
        case .heldMailNotFound(let id): "Нет задержанного письма № \(id): см. mail held."
        case .ticketNotResolved(let id): "Заявка № \(id) ещё не решена ответом: статья делается из ответа решённой заявки."
        case .linkRefused(let refusal):
            switch refusal {
            case .sameTicket(let id): "Заявку № \(id) нельзя связать саму с собой."
            case .alreadyUnder(let id, let parent, let how):
                how == .merged ? "Заявка № \(id) уже объединена с № \(parent)." : "Заявка № \(id) уже входит в инцидент № \(parent)."
            case .notOpen(let id): "Заявка № \(id) уже решена или закрыта: объединяют и добавляют в инцидент открытые."
            case .isIncident(let id): "№ \(id) — инцидент: его не объединяют с другой заявкой и не ставят под другой."
            case .notIncident(let id): "Заявка № \(id) — не инцидент: откройте его командой incident open."
            case .notLinked(let one, let other): "Заявки № \(one) и № \(other) не связаны."
            }
        case .ratingRefused(let refusal):
            switch refusal {
            case .notResolved(let id): "Заявка № \(id) ещё не решена: оценить ответ можно после решения."
            case .notRequester(let id): "Ответ по заявке № \(id) оценивает только заявитель."
            case .alreadyRated(let id): "Ответ по заявке № \(id) уже оценён."
            }
        case .badTransition(let from, let to): "Заявку нельзя перевести из состояния «\(ticketState(from))» в «\(ticketState(to))»."
        case .noTimetable(let code): "Для организации «\(code)» нет графика поддержки (schedules/\(code).yaml)."
        case .scheduleRefused(let problems):
            "График не принят, действующий остался прежним. Ошибки:\n"
                + problems.map { "  " + text(.scheduleProblem($0)) }.joined(separator: "\n")
        case .noSpecialist(let name): "В графике нет специалиста для «\(name)»."
        case .bookingRefused(let refusal, _): "Записаться нельзя: " + bookingRefusal(refusal) + "."
        case .bookingNotFound(let id): "Запись \(id) не найдена."
        case .trainingNotFound(let id): "Занятие \(id) не найдено."
        case .trainingFull(let capacity): "На занятии нет мест (всего \(capacity))."
        case .trainingCancelled: "Занятие отменено."
        case .alreadyRegistered(let name): "\(name) уже записан(а) на это занятие."
        case .notRegistered(let name): "\(name) не записан(а) на это занятие."
        case .wrongAudience(let audience): "Это занятие для других участников: \(self.audience(audience))."
        case .rolloutTaskNotFound(let number): "Пункта \(number) в графике внедрения нет."
        case .rolloutFileRefused(let problems):
            "График внедрения не загружен, ошибки:\n"
                + problems.map { "  строка \($0.line), поле «\($0.field)»: " + ($0.text.isEmpty ? "не указано" : $0.text) }
                .joined(separator: "\n")
        }
    }

    private func bookingRefusal(_ refusal: BookingRefusal) -> String {
        switch refusal {
        case .outsideSlot: "в это время специалист не консультирует по графику"
        case .offGrid(let minutes, let from): "консультации начинаются каждые \(minutes) мин с \(from)"
        case .inPast: "это время уже прошло"
        case .tooSoon(let minutes): "записываться нужно не позже чем за \(minutes) мин"
        case .beyondHorizon(let days): "запись открыта не дальше чем на \(days) \(RussianPlural.days(days)) вперёд"
        case .dayOff(let name): "в этот день консультаций нет (\(name))"
        case .full: "на это время мест нет"
        case .requesterBusy(let other, let at, let zone):
            "у вас в это время уже есть консультация (\(other), \(Moment.text(at, in: zone, language: .ru)))"
        case .alreadyCancelled: "запись уже отменена"
        }
    }

    private func deskOperation(_ operation: DeskOperation) -> String {
        switch operation {
        case .reloadSchedule: "обновление графика поддержки (администратор ЭЖ своей школы, специалист техподдержки)"
        case .book: "запись на консультацию"
        case .manageBooking: "изменение чужих записей на консультации"
        case .viewAgenda: "просмотр записей к другому специалисту"
        case .manageDeskSettings: "настройки записи на консультации"
        case .planTraining: "планирование обучения"
        case .registerForTraining: "запись на обучение"
        case .recordTrainingAttendance: "отметка посещения обучения"
        case .viewTrainings: "просмотр обучения"
        case .viewRollout: "просмотр графика внедрения"
        case .manageRollout: "ведение графика внедрения"
        case .takeRequests: "приём заявок за других (специалисты поддержки; остальные — только свою)"
        case .workTickets: "работа с заявками"
        case .viewTickets: "просмотр заявок"
        case .passToVendor: "передача заявки разработчику (администратор ЭЖ)"
        case .setTicketTargets: "сроки заявок (администратор ЭЖ)"
        case .manageMail: "настройки почты (администратор ЭЖ, инженер)"
        case .setGuardianDigest: "как родитель получает сведения за неделю (классный руководитель ребёнка, администрация)"
        }
    }

    func readers(_ audience: ArticleAudience) -> String {
        switch audience {
        case .all: "всем"
        case .staff: "сотрудникам"
        case .guardians: "родителям"
        case .students: "ученикам"
        }
    }

    func audience(_ audience: TrainingAudience) -> String {
        switch audience {
        case .teachers: "педагоги"
        case .guardians: "родители"
        case .students: "обучающиеся"
        }
    }

    func format(_ format: TrainingFormat) -> String { format == .training ? "обучение" : "семинар" }

    func rolloutState(_ state: RolloutState) -> String {
        switch state {
        case .planned: "запланировано"
        case .inProgress: "выполняется"
        case .done: "выполнено"
        case .cancelled: "отменено"
        }
    }

    func bookingState(_ state: BookingState) -> String { state == .booked ? "записан" : "отменено" }
}

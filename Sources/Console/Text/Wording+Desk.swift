import Foundation
import HelpDesk
import JournalCore

// The help desk's calendar side: timetables, bookings, trainings, the rollout plan.
extension DeskMessage {
    /// The sentence in both languages.
    var wording: Wording {
        switch self {
        case .scheduleReloaded(let code, let lines):
            Wording(
                ru: "График «\(code)» обновлён: строк — \(lines). Записи на консультации сохранены.",
                en: "Timetable “\(code)” reloaded: \(lines) lines. Bookings are kept.")
        case .strandedBookings(let n):
            Wording(
                ru: "Записей вне нового графика: \(n). Они не удалены — перенесите или отмените их:",
                en: "\(n) booking(s) fall outside the new timetable. They are kept — move or cancel them:")
        case .calendarWritten(let path, let events):
            Wording(ru: "Календарь записан в \(path): событий — \(events).", en: "Calendar written to \(path): \(events) event(s).")
        case .openingsFor(let topic):
            Wording(ru: "Ближайшее свободное время по вопросу «\(topic)»:", en: "The next free times for “\(topic)”:")
        case .noOpenings: Wording(ru: "Свободного времени в пределах записи нет.", en: "No free time within the booking horizon.")
        case .noOpeningsOn(let day):
            Wording(ru: "Свободного времени нет: \(day). Ближайшее после:", en: "No free time on \(day). The nearest after it:")
        case .booked(let specialist, let when, let room):
            Wording(
                ru: "Вы записаны на консультацию: \(specialist), \(when)" + (room.map { ", \($0)" } ?? "") + ".",
                en: "You are booked for a consultation: \(specialist), \(when)" + (room.map { ", \($0)" } ?? "") + ".")
        case .alternatives: Wording(ru: "Ближайшее свободное время:", en: "The nearest free times:")
        case .ticketPage(let page, let pages, let total):
            Wording(
                ru: "Страница \(page) из \(pages) (заявок: \(total))."
                    + (page < pages ? " Дальше — ticket list --page \(page + 1); все — ticket list --all." : ""),
                en: "Page \(page) of \(pages) (\(total) tickets)."
                    + (page < pages ? " Next: ticket list --page \(page + 1); everything: ticket list --all." : ""))
        case .bookingCancelled: Wording(ru: "Запись отменена.", en: "Booking cancelled.")
        case .bookingMoved(let when): Wording(ru: "Консультация перенесена на \(when).", en: "Consultation moved to \(when).")
        case .upcoming: Wording(ru: "Ваши консультации на неделе:", en: "Your consultations this week:")
        case .agendaToday: Wording(ru: "Записи к вам на неделе:", en: "Booked with you this week:")
        case .noBookings: Wording(ru: "Записей нет.", en: "No bookings.")
        case .noBookingsOn(let day):
            Wording(
                ru: "На \(day) у вас записей нет; ничего не отменено. Ваши записи — booking list.",
                en: "You have no booking on \(day); nothing was cancelled. Your bookings: booking list.")
        case .outsideTimetable: Wording(ru: "вне графика", en: "outside the timetable")
        case .invitationAnswer(let answer):
            switch answer {
            case .accepted: Wording(ru: "приглашение принято", en: "invitation accepted")
            case .declined: Wording(ru: "от приглашения отказался", en: "invitation declined")
            case .tentative: Wording(ru: "приглашение под вопросом", en: "invitation tentative")
            }
        case .deskSettings(let notice, let horizon):
            Wording(
                ru:
                    "Запись на консультацию: не позже чем за \(notice) мин, не дальше чем на \(horizon) \(RussianPlural.days(horizon)) вперёд.",
                en: "Consultations are booked at least \(notice) min ahead and at most \(horizon) day(s) ahead.")
        case .trainingPlanned(let id): Wording(ru: "Занятие запланировано, номер \(id).", en: "Training planned, number \(id).")
        case .registered(let topic, let when):
            Wording(ru: "Вы записаны на занятие «\(topic)», \(when).", en: "You are registered for “\(topic)”, \(when).")
        case .registeredOther(let name, let topic, let when):
            Wording(ru: "\(name) записан(а) на занятие «\(topic)», \(when).", en: "\(name) is registered for “\(topic)”, \(when).")
        case .attendanceRecorded: Wording(ru: "Посещение отмечено.", en: "Attendance recorded.")
        case .came: Wording(ru: "был(а)", en: "came")
        case .didNotCome: Wording(ru: "не был(а)", en: "did not come")
        case .notHeld: Wording(ru: "не проводилось", en: "none held")
        case .overdue: Wording(ru: "просрочено", en: "overdue")
        case .trainingCancelled: Wording(ru: "Занятие отменено.", en: "Training cancelled.")
        case .quartersUnmet(let n):
            Wording(
                ru: "Обучение не реже раза в четверть (регламент, §2): не выполнено для \(n) сочетаний «четверть — участники».",
                en: "Training at least once a quarter (regulation §2): not met for \(n) quarter × audience pair(s).")
        case .quartersAllMet:
            Wording(
                ru: "Обучение не реже раза в четверть (регламент, §2): выполнено для всех четвертей и участников.",
                en: "Training at least once a quarter (regulation §2): met for every quarter and audience.")
        case .defaultTopics:
            Wording(
                ru: "Темы обучения и консультаций по регламенту (§2.1–2.4):",
                en: "Training and consultation topics of the regulation (§2.1–2.4):")
        case .rolloutImported(let added, let updated):
            Wording(
                ru: "График внедрения загружен: добавлено \(added), изменено \(updated).",
                en: "Rollout plan loaded: \(added) added, \(updated) changed.")
        case .nothingOverdue: Wording(ru: "Просроченных пунктов нет.", en: "Nothing is overdue.")
        case .rolloutSaved(let number): Wording(ru: "Пункт \(number) графика внедрения записан.", en: "Rollout task \(number) saved.")
        case .lineEvent(let responsible, let kind):
            Wording(ru: "Консультации: \(responsible) (\(kind.wording.ru))", en: "Consultations: \(responsible) (\(kind.wording.en))")
        case .bookingEvent(let responsible): Wording(ru: "Консультация: \(responsible)", en: "Consultation: \(responsible)")
        case .understood(let command): Wording(ru: "Понял: \(command)", en: "Understood: \(command)")
        case .cannedSaved(let name):
            Wording(
                ru: "Шаблон «\(name)» записан: ticket template N \(name).", en: "Canned reply “\(name)” saved: ticket template N \(name).")
        case .maybeAnswered: Wording(ru: "Возможно, ответ здесь:", en: "Perhaps the answer is here:")
        case .articleLine(let id, let title):
            Wording(ru: "  № \(id) «\(title)» — kb show \(id)", en: "  No. \(id) “\(title)” — kb show \(id)")
        case .answerFound: Wording(ru: "Ответ нашёлся? Если нет, примем заявку.", en: "Did that answer it? If not, we take a ticket.")
        case .gladItHelped:
            Wording(
                ru: "Хорошо, заявка не нужна. Если вопрос останется — напишите его снова.",
                en: "Good, no ticket needed. If the question stays, type it again.")
        case .articleSaved(let id):
            Wording(
                ru: "Статья № \(id) записана в базу знаний (kb show \(id)).", en: "Article \(id) is in the knowledge base (kb show \(id)).")
        case .articleRetired(let id):
            Wording(ru: "Статья № \(id) больше не предлагается; она сохранена.", en: "Article \(id) is no longer offered; it is kept.")
        case .articleSource(let id): Wording(ru: "Из ответа на заявку № \(id).", en: "From the answer to ticket \(id).")
        case .maybeYouMeant(let commands): Wording(ru: "Возможно, подойдёт: \(commands)", en: "Perhaps: \(commands)")
        case .readAs(let typed, let read): Wording(ru: "«\(typed)» читаю как «\(read)».", en: "Reading “\(typed)” as “\(read)”.")
        case .keptUntilLogin:
            Wording(
                ru: "Сначала войдите (login ЛОГИН) — сразу после входа сделаю то, что вы попросили.",
                en: "Log in first (login LOGIN): right after that I will do what you asked.")
        case .carryingOut(let sentence):
            Wording(ru: "Выполняю то, что вы просили до входа: «\(sentence)»", en: "Doing what you asked before logging in: “\(sentence)”")
        case .guessNotActedOn(let command):
            Wording(
                ru: "Слово с опечаткой я только угадал, а по догадке такое не делаю. Если вы это имели в виду, наберите: \(command)",
                en: "I only guessed a misspelt word, and I do not do this on a guess. If that is what you meant, type: \(command)")
        case .typeTheCommand(let command):
            Wording(
                ru: "Это делается только с подтверждением; наберите команду: \(command)",
                en: "This is done only with a confirmation; type the command: \(command)")
        case .breachRestated(let login):
            Wording(
                ru:
                    "Вы сообщаете, что пароль учётной записи \(login) стал известен другим: она будет заблокирована сразу, все её сеансы закрыты, а сделанное под ней после обнаружения — отменено. Новые реквизиты выдаст администратор журнала.",
                en:
                    "You are reporting that others know the password of the account \(login): it will be locked at once, all its sessions ended, and what was done under it since the discovery voided. The journal administrator will issue new credentials."
            )
        case .restated(let intent):
            switch intent {
            case .breach:
                Wording(
                    ru:
                        "Вы сообщаете, что ваш пароль стал известен другим: учётная запись будет заблокирована, все её сеансы закрыты, а сделанное под ней после обнаружения — отменено. Новые реквизиты выдаст администратор журнала.",
                    en:
                        "You are reporting that others know your password: the account will be locked, all its sessions ended, and what was done under it since the discovery voided. The journal administrator will issue new credentials."
                )
            case .cancelBooking:
                Wording(
                    ru: "Вы отменяете свою запись на консультацию: это время станет свободным для других.",
                    en: "You are cancelling your consultation booking: the time will be free for others.")
            default: Wording(ru: "", en: "")
            }
        case .notUnderstood:
            Wording(
                ru: "Не понял, что нужно сделать. Ближе всего такие команды:", en: "I did not understand what to do. The closest commands:")
        case .closestCommand(let name, let summary, let example):
            Wording(ru: "  \(name) — \(summary)\n      например: \(example)", en: "  \(name) — \(summary)\n      for example: \(example)")
        }
    }
}

extension DeskError {
    /// Why the desk refused what was asked, in both languages.
    var wording: Wording {
        switch self {
        case .invalid(let field, let reason): .refused(Label(field), reason)
        case .forbidden(let operation): .forbidden(operation.wording)
        case .unknownOrganization(let code, let closest):
            Wording(
                ru: "Организация «\(code)» не найдена." + (closest.isEmpty ? "" : " Возможно: \(closest.joined(separator: "; "))."),
                en: "Organization “\(code)” not found." + (closest.isEmpty ? "" : " Perhaps: \(closest.joined(separator: "; "))."))
        case .ticketNotFound(let id): Wording(ru: "Заявка № \(id) не найдена.", en: "Ticket \(id) not found.")
        case .attachmentNotFound(let id):
            Wording(ru: "У заявки нет сохранённого файла № \(id).", en: "The ticket has no file \(id) that was kept.")
        case .heldMailNotFound(let id):
            Wording(ru: "Нет задержанного письма № \(id): см. mail held.", en: "No held mail \(id): see mail held.")
        case .ticketNotResolved(let id):
            Wording(
                ru: "Заявка № \(id) ещё не решена ответом: статья делается из ответа решённой заявки.",
                en: "Ticket \(id) has no answer that resolved it yet: an article is made from a resolved ticket's answer.")
        case .linkRefused(let refusal):
            switch refusal {
            case .sameTicket(let id):
                Wording(
                    ru: "Заявку № \(id) нельзя объединить или связать саму с собой: нужна другая заявка.",
                    en: "Ticket \(id) cannot be merged or linked with itself: name another ticket.")
            case .alreadyUnder(let id, let parent, let how):
                Wording(
                    ru: how == .merged
                        ? "Заявка № \(id) уже объединена с № \(parent)." : "Заявка № \(id) уже входит в инцидент № \(parent).",
                    en: how == .merged
                        ? "Ticket \(id) is already merged into \(parent)." : "Ticket \(id) is already under incident \(parent).")
            case .notOpen(let id):
                Wording(
                    ru: "Заявка № \(id) уже решена или закрыта: объединяют и добавляют в инцидент открытые.",
                    en: "Ticket \(id) is resolved or closed: only open tickets are merged or put under an incident.")
            case .isIncident(let id):
                Wording(
                    ru: "№ \(id) — инцидент: его не объединяют с другой заявкой и не ставят под другой.",
                    en: "\(id) is an incident: it is not merged into another ticket nor put under one.")
            case .notIncident(let id):
                Wording(
                    ru: "Заявка № \(id) — не инцидент: откройте его командой incident open.",
                    en: "Ticket \(id) is not an incident: open one with incident open.")
            case .notLinked(let one, let other):
                Wording(ru: "Заявки № \(one) и № \(other) не связаны.", en: "Tickets \(one) and \(other) are not linked.")
            }
        case .ratingRefused(let refusal):
            switch refusal {
            case .notResolved(let id):
                Wording(
                    ru: "Заявка № \(id) ещё не решена: оценить ответ можно после решения.",
                    en: "Ticket \(id) is not resolved yet: the answer is rated once it is given.")
            case .notRequester(let id):
                Wording(
                    ru: "Ответ по заявке № \(id) оценивает только заявитель.", en: "Only the requester rates the answer to ticket \(id).")
            case .alreadyRated(let id):
                Wording(ru: "Ответ по заявке № \(id) уже оценён.", en: "The answer to ticket \(id) is already rated.")
            }
        case .badTransition(let from, let to):
            Wording(
                ru: "Заявку нельзя перевести из состояния «\(from.wording.ru)» в «\(to.wording.ru)».",
                en: "A ticket cannot go from “\(from.wording.en)” to “\(to.wording.en)”.")
        case .noTimetable(let code):
            Wording(
                ru: "Для организации «\(code)» нет графика поддержки (schedules/\(code).yaml).",
                en: "Organization “\(code)” has no support timetable (schedules/\(code).yaml).")
        case .scheduleRefused(let problems):
            Wording(
                ru: "График не принят, действующий остался прежним. Ошибки:\n"
                    + problems.map { "  " + Message.scheduleProblem($0).wording.ru }.joined(separator: "\n"),
                en: "Timetable refused; the one in use stays. Problems:\n"
                    + problems.map { "  " + Message.scheduleProblem($0).wording.en }.joined(separator: "\n"))
        case .noSpecialist(let name):
            Wording(ru: "В графике нет специалиста для «\(name)».", en: "The timetable has no specialist for “\(name)”.")
        // A cancelled booking is neither moved nor cancelled again: no "cannot book" for it.
        case .bookingRefused(.alreadyCancelled, _):
            Wording(
                ru: "Запись уже отменена: её нельзя перенести или отменить.",
                en: "The booking is already cancelled: it cannot be moved or cancelled.")
        case .bookingRefused(let refusal, _):
            Wording(ru: "Записаться нельзя: " + refusal.wording.ru + ".", en: "Cannot book: " + refusal.wording.en + ".")
        case .bookingNotFound(let id): Wording(ru: "Запись \(id) не найдена.", en: "Booking \(id) not found.")
        case .trainingNotFound(let id): Wording(ru: "Занятие \(id) не найдено.", en: "Training \(id) not found.")
        case .trainingFull(let capacity):
            Wording(ru: "На занятии нет мест (всего \(capacity)).", en: "The training is full (\(capacity) places).")
        case .trainingCancelled: Wording(ru: "Занятие отменено.", en: "The training is cancelled.")
        case .trainingNotBegun(let date, let start):
            Wording(
                ru: "Занятие ещё не началось: оно \(date.dotted) в \(start). Посещение отмечают, когда оно начнётся.",
                en: "The training has not begun yet: it is on \(date.dotted) at \(start). Attendance is marked once it begins.")
        case .alreadyRegistered(let name):
            Wording(ru: "\(name) уже записан(а) на это занятие.", en: "\(name) is already registered for this training.")
        case .notRegistered(let name):
            Wording(ru: "\(name) не записан(а) на это занятие.", en: "\(name) is not registered for this training.")
        case .wrongAudience(let audience):
            Wording(
                ru: "Это занятие для других участников: \(audience.wording.ru).",
                en: "This training is for another audience: \(audience.wording.en).")
        case .rolloutTaskNotFound(let number):
            Wording(ru: "Пункта \(number) в графике внедрения нет.", en: "The rollout plan has no task \(number).")
        case .rolloutFileRefused(let problems):
            Wording(
                ru: "График внедрения не загружен, ошибки:\n"
                    + problems.map { "  строка \($0.line), поле «\($0.field)»: " + ($0.text.isEmpty ? "не указано" : $0.text) }
                    .joined(separator: "\n"),
                en: "Rollout plan not loaded, problems:\n"
                    + problems.map { "  line \($0.line), field “\($0.field)”: " + ($0.text.isEmpty ? "missing" : $0.text) }
                    .joined(separator: "\n"))
        }
    }
}

extension BookingRefusal {
    /// Why a booking was refused, after «Записаться нельзя: ».
    fileprivate var wording: Wording {
        switch self {
        case .outsideSlot:
            Wording(
                ru: "в это время специалист не консультирует по графику",
                en: "the timetable has no consultations with this specialist at that time")
        case .offGrid(let minutes, let from):
            Wording(
                ru: "консультации начинаются каждые \(minutes) мин с \(from)", en: "consultations start every \(minutes) min from \(from)")
        case .inPast: Wording(ru: "это время уже прошло", en: "that time has passed")
        case .tooSoon(let minutes):
            Wording(ru: "записываться нужно не позже чем за \(minutes) мин", en: "book at least \(minutes) min ahead")
        case .beyondHorizon(let days):
            Wording(
                ru: "запись открыта не дальше чем на \(days) \(RussianPlural.days(days)) вперёд",
                en: "bookings open at most \(days) day(s) ahead")
        case .dayOff(let name): Wording(ru: "в этот день консультаций нет (\(name))", en: "no consultations that day (\(name))")
        case .full: Wording(ru: "на это время мест нет", en: "that time is fully booked")
        case .requesterBusy(let other, let at, let zone):
            Wording(
                ru: "у вас в это время уже есть консультация (\(other), \(Moment.text(at, in: zone, language: .ru)))",
                en: "you already have a consultation then (\(other), \(Moment.text(at, in: zone, language: .en)))")
        case .alreadyCancelled: Wording(ru: "запись уже отменена", en: "the booking is already cancelled")
        }
    }
}

extension DeskOperation {
    /// What a role may not do at the desk, as it is named in a refusal.
    fileprivate var wording: Wording {
        switch self {
        case .reloadSchedule:
            Wording(
                ru: "обновление графика поддержки (администратор ЭЖ своей школы, специалист техподдержки)",
                en: "reloading the support timetable (the school's journal administrator, support specialists)")
        case .book: Wording(ru: "запись на консультацию", en: "booking a consultation")
        case .manageBooking: Wording(ru: "изменение чужих записей на консультации", en: "changing other people's bookings")
        case .viewAgenda: Wording(ru: "просмотр записей к другому специалисту", en: "another specialist's bookings")
        case .manageDeskSettings: Wording(ru: "настройки записи на консультации", en: "booking settings")
        case .planTraining: Wording(ru: "планирование обучения", en: "planning trainings")
        case .registerForTraining: Wording(ru: "запись на обучение", en: "registering for trainings")
        case .recordTrainingAttendance: Wording(ru: "отметка посещения обучения", en: "recording training attendance")
        case .viewTrainings: Wording(ru: "просмотр обучения", en: "viewing trainings")
        case .viewRollout: Wording(ru: "просмотр графика внедрения", en: "viewing the rollout plan")
        case .manageRollout: Wording(ru: "ведение графика внедрения", en: "keeping the rollout plan")
        case .takeRequests:
            Wording(
                ru: "приём заявок за других (специалисты поддержки; остальные — только свою)",
                en: "taking other people's requests (support staff; others only their own)")
        case .workTickets: Wording(ru: "работа с заявками", en: "working on tickets")
        case .viewTickets: Wording(ru: "просмотр заявок", en: "viewing tickets")
        case .passToVendor:
            Wording(ru: "передача заявки разработчику (администратор ЭЖ)", en: "passing a ticket to the vendor (journal administrator)")
        case .setTicketTargets: Wording(ru: "сроки заявок (администратор ЭЖ)", en: "ticket targets (journal administrator)")
        case .manageMail:
            Wording(ru: "настройки почты (администратор ЭЖ, инженер)", en: "mail settings (journal administrator, IT engineer)")
        case .setGuardianDigest:
            Wording(
                ru: "как родитель получает сведения за неделю (классный руководитель ребёнка, администрация)",
                en: "how a guardian gets the week (their children's class teacher, the administration)")
        case .shareWithEverySchool:
            Wording(
                ru: "статьи и шаблоны для всех школ (поддержка, которая обслуживает все школы базы)",
                en: "articles and replies for every school (a desk that serves every school of the database)")
        }
    }
}

extension HelpKind {
    /// The kind of help a timetable line gives.
    var wording: Wording {
        switch self {
        case .technical: Wording(ru: "техническая помощь", en: "technical help")
        case .methodological: Wording(ru: "методическая помощь", en: "methodological help")
        case .any: Wording(ru: "любые вопросы", en: "any question")
        }
    }
}

extension ArticleAudience {
    /// Whom a knowledge base article is for.
    var wording: Wording {
        switch self {
        case .all: Wording(ru: "всем", en: "everyone")
        case .staff: Wording(ru: "сотрудникам", en: "staff")
        case .guardians: Wording(ru: "родителям", en: "guardians")
        case .students: Wording(ru: "ученикам", en: "students")
        }
    }
}

extension TrainingAudience {
    /// Whom a training is for.
    var wording: Wording {
        switch self {
        case .teachers: Wording(ru: "педагоги", en: "teachers")
        case .guardians: Wording(ru: "родители", en: "guardians")
        case .students: Wording(ru: "обучающиеся", en: "students")
        }
    }
}

extension TrainingFormat {
    /// A training's format.
    var wording: Wording {
        switch self {
        case .training: Wording(ru: "обучение", en: "training")
        case .seminar: Wording(ru: "семинар", en: "seminar")
        }
    }
}

extension RolloutState {
    /// The state of a rollout plan's item.
    var wording: Wording {
        switch self {
        case .planned: Wording(ru: "запланировано", en: "planned")
        case .inProgress: Wording(ru: "выполняется", en: "in progress")
        case .done: Wording(ru: "выполнено", en: "done")
        case .cancelled: Wording(ru: "отменено", en: "cancelled")
        }
    }
}

extension BookingState {
    /// A booking's state.
    var wording: Wording {
        switch self {
        case .booked: Wording(ru: "записан", en: "booked")
        case .cancelled: Wording(ru: "отменено", en: "cancelled")
        }
    }
}

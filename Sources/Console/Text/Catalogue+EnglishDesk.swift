import Foundation
import HelpDesk
import JournalCore

/// The help desk's calendar side in English: timetables, bookings, trainings, the rollout plan.
extension EnglishCatalogue {
    func desk(_ message: DeskMessage) -> String {
        switch message {
        case .scheduleReloaded(let code, let lines): "Timetable “\(code)” reloaded: \(lines) lines. Bookings are kept."
        case .strandedBookings(let n): "\(n) booking(s) fall outside the new timetable. They are kept — move or cancel them:"
        case .calendarWritten(let path, let events): "Calendar written to \(path): \(events) event(s)."
        case .openingsFor(let topic): "The next free times for “\(topic)”:"
        case .noOpenings: "No free time within the booking horizon."
        case .booked(let specialist, let when, let room):
            "You are booked for a consultation: \(specialist), \(when)" + (room.map { ", \($0)" } ?? "") + "."
        case .alternatives: "The nearest free times:"
        case .ticketPage(let page, let pages, let total):
            "Page \(page) of \(pages) (\(total) tickets)."
                + (page < pages ? " Next: ticket list --page \(page + 1); everything: ticket list --all." : "")
        case .bookingCancelled: "Booking cancelled."
        case .bookingMoved(let when): "Consultation moved to \(when)."
        case .upcoming: "Your consultations this week:"
        case .agendaToday: "Booked with you this week:"
        case .noBookings: "No bookings."
        case .noBookingsOn(let day): "You have no booking on \(day); nothing was cancelled. Your bookings: booking list."
        case .outsideTimetable: "outside the timetable"
        case .invitationAnswer(let answer):
            switch answer {
            case .accepted: "invitation accepted"
            case .declined: "invitation declined"
            case .tentative: "invitation tentative"
            }
        case .deskSettings(let notice, let horizon):
            "Consultations are booked at least \(notice) min ahead and at most \(horizon) day(s) ahead."
        case .trainingPlanned(let id): "Training planned, number \(id)."
        case .registered(let topic, let when): "You are registered for “\(topic)”, \(when)."
        case .attendanceRecorded: "Attendance recorded."
        case .came: "came"
        case .didNotCome: "did not come"
        case .notHeld: "none held"
        case .overdue: "overdue"
        case .trainingCancelled: "Training cancelled."
        case .quartersUnmet(let n): "Training at least once a quarter (regulation §2): not met for \(n) quarter × audience pair(s)."
        case .quartersAllMet: "Training at least once a quarter (regulation §2): met for every quarter and audience."
        case .defaultTopics: "Training and consultation topics of the regulation (§2.1–2.4):"
        case .rolloutImported(let added, let updated): "Rollout plan loaded: \(added) added, \(updated) changed."
        case .nothingOverdue: "Nothing is overdue."
        case .rolloutSaved(let number): "Rollout task \(number) saved."
        case .lineEvent(let responsible, let kind): "Consultations: \(responsible) (\(helpKind(kind)))"
        case .bookingEvent(let responsible): "Consultation: \(responsible)"
        case .understood(let command): "Understood: \(command)"
        case .cannedSaved(let name): "Canned reply “\(name)” saved: ticket template N \(name)."
        case .maybeAnswered: "Perhaps the answer is here:"
        case .articleLine(let id, let title): "  No. \(id) “\(title)” — kb show \(id)"
        case .answerFound: "Did that answer it? If not, we take a ticket."
        case .gladItHelped: "Good, no ticket needed. If the question stays, type it again."
        case .articleSaved(let id): "Article \(id) is in the knowledge base (kb show \(id))."
        case .articleRetired(let id): "Article \(id) is no longer offered; it is kept."
        case .articleSource(let id): "From the answer to ticket \(id)."
        case .maybeYouMeant(let commands): "Perhaps: \(commands)"
        case .readAs(let typed, let read): "Reading “\(typed)” as “\(read)”."
        case .keptUntilLogin: "Log in first (login LOGIN): right after that I will do what you asked."
        case .carryingOut(let sentence): "Doing what you asked before logging in: “\(sentence)”"
        case .guessNotActedOn(let command):
            "I only guessed a misspelt word, and I do not do this on a guess. If that is what you meant, type: \(command)"
        case .typeTheCommand(let command): "This is done only with a confirmation; type the command: \(command)"
        case .restated(let intent):
            switch intent {
            case .breach:
                "You are reporting that others know your password: the account will be locked, all its sessions ended, and what was done under it since the discovery voided. The journal administrator will issue new credentials."
            case .cancelBooking: "You are cancelling your consultation booking: the time will be free for others."
            default: ""
            }
        case .notUnderstood: "I did not understand what to do. The closest commands:"
        case .closestCommand(let name, let summary, let example): "  \(name) — \(summary)\n      for example: \(example)"
        }
    }

    func deskError(_ error: DeskError) -> String {
        switch error {
        case .invalid(let field, let reason): "\(label(Label(field))): \(self.reason(reason, of: Label(field)))."
        case .forbidden(let operation): "Not allowed: \(deskOperation(operation))."
        case .unknownOrganization(let code, let closest):
            "Organization “\(code)” not found." + (closest.isEmpty ? "" : " Perhaps: \(closest.joined(separator: "; ")).")
        case .ticketNotFound(let id): "Ticket \(id) not found."
        case .attachmentNotFound(let id): "The ticket has no file \(id) that was kept."
        case .heldMailNotFound(let id): "No held mail \(id): see mail held."
        case .linkRefused(let refusal):
            switch refusal {
            case .sameTicket(let id): "Ticket \(id) cannot be linked with itself."
            case .alreadyUnder(let id, let parent, let how):
                how == .merged ? "Ticket \(id) is already merged into \(parent)." : "Ticket \(id) is already under incident \(parent)."
            case .notOpen(let id): "Ticket \(id) is resolved or closed: only open tickets are merged or put under an incident."
            case .isIncident(let id): "\(id) is an incident: it is not merged into another ticket nor put under one."
            case .notIncident(let id): "Ticket \(id) is not an incident: open one with incident open."
            case .notLinked(let one, let other): "Tickets \(one) and \(other) are not linked."
            }
        case .ratingRefused(let refusal):
            switch refusal {
            case .notResolved(let id): "Ticket \(id) is not resolved yet: the answer is rated once it is given."
            case .notRequester(let id): "Only the requester rates the answer to ticket \(id)."
            case .alreadyRated(let id): "The answer to ticket \(id) is already rated."
            }
        case .ticketNotResolved(let id):
            "Ticket \(id) has no answer that resolved it yet: an article is made from a resolved ticket's answer."
        case .badTransition(let from, let to): "A ticket cannot go from “\(ticketState(from))” to “\(ticketState(to))”."
        case .noTimetable(let code): "Organization “\(code)” has no support timetable (schedules/\(code).yaml)."
        case .scheduleRefused(let problems):
            "Timetable refused; the one in use stays. Problems:\n"
                + problems.map { "  " + text(.scheduleProblem($0)) }.joined(separator: "\n")
        case .noSpecialist(let name): "The timetable has no specialist for “\(name)”."
        case .bookingRefused(let refusal, _): "Cannot book: " + bookingRefusal(refusal) + "."
        case .bookingNotFound(let id): "Booking \(id) not found."
        case .trainingNotFound(let id): "Training \(id) not found."
        case .trainingFull(let capacity): "The training is full (\(capacity) places)."
        case .trainingCancelled: "The training is cancelled."
        case .alreadyRegistered(let name): "\(name) is already registered for this training."
        case .notRegistered(let name): "\(name) is not registered for this training."
        case .wrongAudience(let audience): "This training is for another audience: \(self.audience(audience))."
        case .rolloutTaskNotFound(let number): "The rollout plan has no task \(number)."
        case .rolloutFileRefused(let problems):
            "Rollout plan not loaded, problems:\n"
                + problems.map { "  line \($0.line), field “\($0.field)”: " + ($0.text.isEmpty ? "missing" : $0.text) }
                .joined(separator: "\n")
        }
    }

    private func bookingRefusal(_ refusal: BookingRefusal) -> String {
        switch refusal {
        case .outsideSlot: "the timetable has no consultations with this specialist at that time"
        case .offGrid(let minutes, let from): "consultations start every \(minutes) min from \(from)"
        case .inPast: "that time has passed"
        case .tooSoon(let minutes): "book at least \(minutes) min ahead"
        case .beyondHorizon(let days): "bookings open at most \(days) day(s) ahead"
        case .dayOff(let name): "no consultations that day (\(name))"
        case .full: "that time is fully booked"
        case .requesterBusy(let other, let at, let zone):
            "you already have a consultation then (\(other), \(Moment.text(at, in: zone, language: .en)))"
        case .alreadyCancelled: "the booking is already cancelled"
        }
    }

    private func deskOperation(_ operation: DeskOperation) -> String {
        switch operation {
        case .reloadSchedule: "reloading the support timetable (the school's journal administrator, support specialists)"
        case .book: "booking a consultation"
        case .manageBooking: "changing other people's bookings"
        case .viewAgenda: "another specialist's bookings"
        case .manageDeskSettings: "booking settings"
        case .planTraining: "planning trainings"
        case .registerForTraining: "registering for trainings"
        case .recordTrainingAttendance: "recording training attendance"
        case .viewTrainings: "viewing trainings"
        case .viewRollout: "viewing the rollout plan"
        case .manageRollout: "keeping the rollout plan"
        case .takeRequests: "taking other people's requests (support staff; others only their own)"
        case .workTickets: "working on tickets"
        case .viewTickets: "viewing tickets"
        case .passToVendor: "passing a ticket to the vendor (journal administrator)"
        case .setTicketTargets: "ticket targets (journal administrator)"
        case .manageMail: "mail settings (journal administrator, IT engineer)"
        case .setGuardianDigest: "how a guardian gets the week (their children's class teacher, the administration)"
        }
    }

    func readers(_ audience: ArticleAudience) -> String {
        switch audience {
        case .all: "everyone"
        case .staff: "staff"
        case .guardians: "guardians"
        case .students: "students"
        }
    }

    func audience(_ audience: TrainingAudience) -> String {
        switch audience {
        case .teachers: "teachers"
        case .guardians: "guardians"
        case .students: "students"
        }
    }

    func format(_ format: TrainingFormat) -> String { format == .training ? "training" : "seminar" }

    func rolloutState(_ state: RolloutState) -> String {
        switch state {
        case .planned: "planned"
        case .inProgress: "in progress"
        case .done: "done"
        case .cancelled: "cancelled"
        }
    }

    func bookingState(_ state: BookingState) -> String { state == .booked ? "booked" : "cancelled" }
}

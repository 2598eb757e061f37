import Foundation
import JournalCore

/// What the help desk does, for its rights.
public enum DeskOperation: String, Sendable, CaseIterable {
    case reloadSchedule, book, manageBooking, viewAgenda, manageDeskSettings
    case planTraining, registerForTraining, recordTrainingAttendance, viewTrainings
    case viewRollout, manageRollout
    case takeRequests, workTickets, viewTickets, passToVendor, setTicketTargets
    case manageMail, setGuardianDigest
    /// Writing or retiring what every school of the file sees (an article, a canned reply).
    case shareWithEverySchool
}

/// Why a consultation cannot be booked at the time asked (H-BOOK-1).
public enum BookingRefusal: Error, Equatable, Sendable {
    /// No timetable line of the specialist covers that time.
    case outsideSlot
    /// Consultations start on the line's grid: every `minutes` from `from`.
    case offGrid(minutes: Int, from: ClockTime)
    case inPast
    /// Bookings need `minutes` of notice.
    case tooSoon(minutes: Int)
    /// Bookings open `days` ahead at most.
    case beyondHorizon(days: Int)
    /// A holiday or a vacation of the organization's calendar.
    case dayOff(String)
    /// Every place of that time is taken.
    case full
    /// The requester has another consultation then, at `at` in the organization's `zone`.
    case requesterBusy(with: String, at: Date, zone: TimeZone)
    case alreadyCancelled
}

/// Why two tickets cannot be merged or linked, or a ticket put under an incident.
public enum TicketLinkRefusal: Error, Equatable, Sendable {
    /// A ticket with itself.
    case sameTicket(Int64)
    /// The ticket is already merged into `parent` (`how` is `.merged`) or under the incident `parent`.
    case alreadyUnder(Int64, parent: Int64, how: TicketLinkKind)
    /// Only an open ticket is merged or put under an incident.
    case notOpen(Int64)
    /// An incident is not merged into another ticket nor put under one.
    case isIncident(Int64)
    /// Tickets go under an incident, not under an ordinary ticket.
    case notIncident(Int64)
    /// The tickets are not linked.
    case notLinked(Int64, Int64)
}

/// Why a rating is refused.
public enum RatingRefusal: Error, Equatable, Sendable {
    /// The answer is rated once it is given: the ticket is not resolved.
    case notResolved(Int64)
    /// Only the requester rates the answer.
    case notRequester(Int64)
    case alreadyRated(Int64)
}

/// One error type for the help desk; the console words each case. A refused call changed nothing.
public enum DeskError: Error, Equatable, Sendable {
    /// A value given for one of the desk's own fields is not acceptable.
    case invalid(DeskField, Reason)
    case forbidden(DeskOperation)
    /// No organization has that code or name; the closest known ones are offered.
    case unknownOrganization(String, closest: [String])
    /// The organization has no support timetable.
    case noTimetable(String)
    /// A timetable file with problems: refused whole, the one in use stays.
    case scheduleRefused([ScheduleProblem])
    /// Nobody in the timetable answers that question or goes by that name.
    case noSpecialist(String)
    case bookingRefused(BookingRefusal, alternatives: [Opening])
    case bookingNotFound(Int64)
    case trainingNotFound(Int64)
    case trainingFull(capacity: Int)
    case trainingCancelled
    /// Attendance asked for before the training began.
    case trainingNotBegun(LocalDate, ClockTime)
    case alreadyRegistered(String)
    case notRegistered(String)
    /// The training is for another audience than the person's roles.
    case wrongAudience(TrainingAudience)
    case rolloutTaskNotFound(Int)
    case ticketNotFound(Int64)
    case attachmentNotFound(Int64)
    case heldMailNotFound(Int64)
    /// A ticket cannot go from one state to the other.
    case badTransition(from: TicketState, to: TicketState)
    /// An article is made from a resolved ticket's answer.
    case ticketNotResolved(Int64)
    /// Tickets that cannot be merged, linked or put under an incident as asked.
    case linkRefused(TicketLinkRefusal)
    /// Only the requester rates, once, a resolved ticket.
    case ratingRefused(RatingRefusal)
    case rolloutFileRefused([RolloutProblem])
}

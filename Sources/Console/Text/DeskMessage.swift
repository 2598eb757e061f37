import Foundation
import HelpDesk
import JournalCore

/// Every sentence of the help desk's calendar side: timetables, bookings, trainings, the rollout plan.
public enum DeskMessage: Equatable, Sendable {
    case scheduleReloaded(code: String, lines: Int)
    case strandedBookings(Int)
    case calendarWritten(path: String, events: Int)
    case openingsFor(String)
    case noOpenings
    /// The day asked has no free time: the nearest after it are offered.
    case noOpeningsOn(day: String)
    case booked(specialist: String, when: String, room: String?)
    case alternatives
    /// A page of the ticket list, and how to see the next.
    case ticketPage(page: Int, pages: Int, total: Int)
    case bookingCancelled
    case bookingMoved(when: String)
    case upcoming
    case agendaToday
    case noBookings
    /// A booking meant by its day («не смогу прийти завтра»), and none that day.
    case noBookingsOn(String)
    case outsideTimetable
    /// The requester's answer to the invitation, from their mail program.
    case invitationAnswer(CalendarReply.Answer)
    case deskSettings(noticeMinutes: Int, horizonDays: Int)
    case trainingPlanned(id: Int64)
    case registered(topic: String, when: String)
    /// Someone else registered by the caller (`--person`).
    case registeredOther(name: String, topic: String, when: String)
    case attendanceRecorded
    case came
    case didNotCome
    case notHeld
    case overdue
    case trainingCancelled
    case quartersUnmet(Int)
    case quartersAllMet
    case defaultTopics
    case rolloutImported(added: Int, updated: Int)
    case nothingOverdue
    case rolloutSaved(number: Int)
    /// The title of a timetable line in a calendar.
    case lineEvent(responsible: String, kind: HelpKind)
    /// The title of a consultation in a calendar.
    case bookingEvent(responsible: String)
    case understood(String)
    case maybeYouMeant(String)
    /// A misspelt word and how the chat read it.
    case readAs(typed: String, read: String)
    /// A destructive intent read through a corrected word: shown, not done.
    case guessNotActedOn(command: String)
    /// A destructive intent with nobody to confirm it (a script, before login): shown, not done.
    case typeTheCommand(command: String)
    /// A destructive intent said back in full before its confirmation.
    case restated(Intent)
    /// A breach report typed as a command, said back before its confirmation: whose account, and what follows.
    case breachRestated(login: String)
    /// A sentence understood before login, kept for after it.
    case keptUntilLogin
    case carryingOut(String)
    /// The chat did not understand; the closest commands follow, each with an example.
    case notUnderstood
    case closestCommand(name: String, summary: String, example: String)
    /// The knowledge base's answers offered before a ticket.
    case maybeAnswered
    case articleLine(id: Int64, title: String)
    case answerFound
    case gladItHelped
    case articleSaved(Int64)
    case articleRetired(Int64)
    case articleSource(Int64)
    case cannedSaved(String)
}

/// Every sentence of tickets and credentials.
public enum TicketMessage: Equatable, Sendable {
    case ticketOpened(id: Int64, assignee: String?)
    case requesterChecked(RequesterCheck)
    case requesterVerified
    case requesterUnverified
    case clockPaused
    case clockLeft(String)
    case clockOverdue(String)
    case lostCredentialsHelp
    /// The same, for the role (and class) the sentence named.
    case lostCredentialsFor(Role, className: String?)
    /// Before login: how a breach is reported.
    case breachHelp
    case credentialSlip(organization: String, expires: String)
    case breachReported(late: Bool, invalidated: Int, voided: Int)
    case breachWithdrawn(login: String)
    case merged(Int64, into: Int64)
    case linked(Int64, Int64)
    case unlinked(Int64, Int64)
    case incidentOpened(Int64, gathered: Int)
    case incidentGathered(Int64, count: Int)
    /// The card's line of how the ticket stands to others.
    case mergedInto(Int64)
    case underIncident(Int64)
    case rated(Int64, rating: Int)
    /// `today`: the caller's resolved tickets still to rate.
    case toRate([Int64])
    /// After a ticket is taken: the open incidents it may belong to.
    case openIncident(Int64, topic: String, ticket: Int64)
}

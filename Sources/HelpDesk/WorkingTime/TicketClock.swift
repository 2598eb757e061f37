import Foundation
import JournalCore

/// A ticket's time targets in working minutes, per kind and priority (configurable per organization).
public struct TicketTarget: Codable, Sendable, Equatable, StoredRecord {
    public var organizationId: Int64
    public var kind: TicketKind
    public var priority: TicketPriority
    public var firstResponseMinutes: Int
    public var resolutionMinutes: Int

    public static let tableName = "ticketTarget"

    /// The defaults: an urgent request answered within an hour of working time and resolved within
    /// half a working day; lost credentials faster, a breach at once.
    static func standard(_ organizationId: Int64, _ kind: TicketKind, _ priority: TicketPriority) -> TicketTarget {
        let (first, resolution): (Int, Int) =
            switch (kind, priority) {
            case (.breach, _): (30, 240)
            case (.credentialReset, .urgent): (30, 120)
            case (.credentialReset, .high): (60, 240)
            case (.credentialReset, .normal): (120, 480)
            case (.credentialReset, .low): (240, 960)
            case (.help, .urgent): (60, 240)
            case (.help, .high): (120, 480)
            case (.help, .normal): (240, 960)
            case (.help, .low): (480, 2400)
            }
        return TicketTarget(
            organizationId: organizationId, kind: kind, priority: priority, firstResponseMinutes: first, resolutionMinutes: resolution)
    }

    /// The ticket's organization's targets for its kind and priority, else the defaults.
    static func of(_ store: StoreTransaction, _ ticket: Ticket) throws -> TicketTarget {
        try store.record(
            TicketTarget.self, "SELECT * FROM ticketTarget WHERE organizationId = ? AND kind = ? AND priority = ?",
            [ticket.organizationId, ticket.kind, ticket.priority])
            ?? standard(ticket.organizationId, ticket.kind, ticket.priority)
    }
}

/// How much of a target is used and when it is due, counted in working time and paused while
/// the ticket waits for the requester.
public struct TargetClock: Sendable, Equatable {
    public var target: Int
    public var used: Int
    /// When the target runs out, if the clock is running.
    public var due: Date?
    /// The target was reached (the first reply was given, the ticket resolved).
    public var met: Bool

    public var left: Int { target - used }
    public var isOverdue: Bool { used > target }
}

public struct TicketClock: Sendable, Equatable {
    public var firstResponse: TargetClock
    public var resolution: TargetClock
    public var paused: Bool

    public var isOverdue: Bool { (!firstResponse.met && firstResponse.isOverdue) || (!resolution.met && resolution.isOverdue) }

    static func compute(_ ticket: Ticket, events: [TicketEvent], target: TicketTarget, hours: WorkingHours, now: Date) -> TicketClock {
        // The spans spent waiting for the requester.
        var pauses: [(Date, Date)] = []
        var waitingSince: Date?
        for event in events where event.kind == .state {
            if event.toState == .waiting { waitingSince = event.at }
            if event.fromState == .waiting, let since = waitingSince {
                pauses.append((since, event.at))
                waitingSince = nil
            }
        }
        if let since = waitingSince { pauses.append((since, now)) }
        func used(until end: Date) -> Int {
            hours.minutes(from: ticket.createdAt, to: end)
                - pauses.reduce(0) { $0 + hours.minutes(from: max($1.0, ticket.createdAt), to: min($1.1, end)) }
        }
        let paused = waitingSince != nil
        func clock(_ minutes: Int, reachedAt: Date?) -> TargetClock {
            let spent = used(until: reachedAt ?? now)
            let due = reachedAt == nil && !paused && spent < minutes ? hours.instant(after: minutes - spent, from: now) : nil
            return TargetClock(target: minutes, used: spent, due: due, met: reachedAt != nil)
        }
        return TicketClock(
            firstResponse: clock(target.firstResponseMinutes, reachedAt: ticket.firstResponseAt ?? ticket.resolvedAt),
            resolution: clock(target.resolutionMinutes, reachedAt: ticket.resolvedAt),
            paused: paused)
    }
}

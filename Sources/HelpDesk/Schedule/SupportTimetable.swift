import Foundation
import JournalCore

/// What kind of help a timetable line gives (H-TT-1).
public enum HelpKind: String, CaseIterable, Codable, Sendable, StoreValueConvertible {
    case technical, methodological, any

    /// Reads «техническая помощь», «методическая», «любая помощь», `technical`, ….
    public init?(written text: String) {
        let key = text.lowercased()
        if key.hasPrefix("техническ") || key == "technical" {
            self = .technical
        } else if key.hasPrefix("методическ") || key == "methodological" {
            self = .methodological
        } else if key.hasPrefix("люб") || key == "any" {
            self = .any
        } else {
            return nil
        }
    }

    /// Whether a line of this kind answers a request of `wanted` kind.
    func serves(_ wanted: HelpKind) -> Bool { self == .any || wanted == .any || self == wanted }
}

/// One weekly line of an organization's support timetable.
public struct SupportSlot: Sendable, Equatable {
    /// ISO weekdays, 1 Monday … 7 Sunday.
    public var weekdays: [Int]
    public var start: ClockTime
    public var end: ClockTime
    public var kind: HelpKind
    public var responsible: String
    public var topics: [String]
    public var room: String?
    /// Length of one booking, minutes.
    public var slotMinutes: Int
    /// Requesters one booking slot takes.
    public var capacity: Int
    /// Where the line stands in its file.
    public var line: Int
}

/// An organization's support timetable (H-TT-1), as its file in `schedules/` says.
public struct SupportTimetable: Sendable, Equatable {
    public var organizationCode: String
    public var organizationName: String
    public var timeZone: TimeZone
    public var slots: [SupportSlot]
}

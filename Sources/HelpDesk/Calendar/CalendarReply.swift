import CICal
import Foundation
import JournalCore

/// An attendee's answer to a consultation's invitation (iTIP REPLY, RFC 5546 §3.2.3), read by
/// libical: which event (its UID), who answers and what.
public struct CalendarReply: Equatable, Sendable {
    public enum Answer: String, Codable, Sendable, StoreValueConvertible {
        case accepted, declined, tentative
    }

    var uid: String
    var attendee: String
    var answer: Answer

    /// The reply a calendar part holds; nil for anything else (a REQUEST, a broken file, no answer).
    init?(_ data: Data) {
        guard let text = String(data: data, encoding: .utf8), let root = icalparser_parse_string(text) else { return nil }
        defer { icalcomponent_free(root) }
        // A file of one VCALENDAR comes back as it; several as an XROOT holding them.
        let calendar =
            icalcomponent_isa(root) == ICAL_VCALENDAR_COMPONENT
            ? root : icalcomponent_get_first_component(root, ICAL_VCALENDAR_COMPONENT)
        guard let calendar, icalcomponent_get_method(calendar) == ICAL_METHOD_REPLY,
            let event = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT),
            let uid = icalcomponent_get_uid(event).map({ String(cString: $0) }),
            let property = icalcomponent_get_first_property(event, ICAL_ATTENDEE_PROPERTY),
            let address = icalproperty_get_attendee(property).map({ String(cString: $0) }),
            let parameter = icalproperty_get_first_parameter(property, ICAL_PARTSTAT_PARAMETER)
        else { return nil }
        let answer: Answer
        switch icalparameter_get_partstat(parameter) {
        case ICAL_PARTSTAT_ACCEPTED: answer = .accepted
        case ICAL_PARTSTAT_DECLINED: answer = .declined
        case ICAL_PARTSTAT_TENTATIVE: answer = .tentative
        default: return nil
        }
        self.uid = uid
        self.attendee = address.replacingOccurrences(of: "(?i)^mailto:", with: "", options: .regularExpression).lowercased()
        self.answer = answer
    }

    /// The booking a consultation's UID names in the school (`booking-ID-ORG@helpdesk`).
    func bookingId(organizationId: Int64) -> Int64? {
        let parts = uid.split(separator: "@").first?.split(separator: "-") ?? []
        guard parts.count == 3, parts[0] == "booking", let id = Int64(parts[1]), Int64(parts[2]) == organizationId else { return nil }
        return id
    }
}

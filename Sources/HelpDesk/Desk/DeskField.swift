import JournalCore

/// The fields a help-desk refusal can name that are the desk's own words, not the journal's.
public enum DeskField: String, CaseIterable, Sendable {
    case address, assignee, audience, capacity, contact, deadline, firstResponse, gradeBand, horizonDays, method, noticeMinutes
    case article, ticket, digest, receivedBy, resolution, rating, responsible, sendmail, title, trainer, vendorReference
}

/// The journal's text checks, for the desk's fields.
enum DeskValidate {
    static func text(_ value: String, _ field: DeskField, max: Int) throws -> String {
        do { return try Validate.text(value, .name, max: max) } catch JournalError.invalid(_, let reason) {
            throw DeskError.invalid(field, reason)
        }
    }

    static func optionalText(_ value: String?, _ field: DeskField, max: Int) throws -> String? {
        do { return try Validate.optionalText(value, .name, max: max) } catch JournalError.invalid(_, let reason) {
            throw DeskError.invalid(field, reason)
        }
    }
}

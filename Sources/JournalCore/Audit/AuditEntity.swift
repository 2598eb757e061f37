internal import GRDB

/// What an audit entry is about: a row of one of the product's tables, named as its table is
/// (`roles`: a person's roles, sealed as one row per person). Stored as that name, so that the
/// entries written before this type read the same and their hashes do not change.
public enum AuditEntity: String, CaseIterable, Codable, Sendable {
    // The journal's tables (`SealedTable`).
    case organization, academicYear, reportingPeriod, vacation, workingRegime, yearClosure, journalSettings, workWeight
    case person, roles, guardianship, enrolment, schoolClass, subgroup, subgroupMember, subject, assignment, timetableEntry
    case planItem, lesson, attendance, mark, markCorrection, periodMark, explanatoryNote, writtenWorkCheck, substitution
    case account, accountKey, credentialSlip, breach, familyConsent, message, riskWatch, finalAcknowledgement
    // The help desk's tables, which JournalCore seals for it (`SealedRows.table`).
    case ticket, ticketEvent, ticketLink, ticketRating, breachReport, booking, deskSettings
}

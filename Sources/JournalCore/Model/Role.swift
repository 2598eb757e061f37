internal import GRDB

/// The roles of REQUIREMENTS.md ("Roles"); a person may hold several.
public enum Role: String, CaseIterable, Codable, Sendable {
    case director
    case deputyAcademic
    case deputyUpbringing
    case journalAdmin
    case coordinator
    case `operator`
    case forumModerator
    case itEngineer
    case classTeacher
    case subjectTeacher
    case substituteTeacher
    case supportSpecialist
    case methodologist
    case student
    case guardian

    /// Roles held by members of staff, as opposed to students and guardians.
    public var isStaff: Bool { self != .student && self != .guardian }

    /// Roles that teach lessons.
    public var teaches: Bool { self == .subjectTeacher || self == .classTeacher || self == .substituteTeacher }

    /// Who hands this role its credentials (J-ACL-4): the class teacher for students and
    /// guardians, the journal administrator for everyone else.
    public var credentialsIssuedByClassTeacher: Bool { !isStaff }
}

internal import GRDB

/// The journal tables whose rows the audit chain seals (J-ARCH-2): each row's state as the
/// product left it is an entry of the chain, so that a row inserted, changed or deleted behind
/// the product no longer matches the chain and `audit verify` names it.
enum SealedTable: String, CaseIterable, Sendable {
    // Sealed since migration v4.
    case mark, attendance, periodMark, lesson, account, roles, accountKey
    // Sealed since migration v14 (issue 24): every other table the journal's rules rest on.
    case organization, academicYear, reportingPeriod, vacation, workingRegime, yearClosure, journalSettings, workWeight
    case person, guardianship, enrolment, schoolClass, subgroup, subgroupMember, subject, assignment, timetableEntry, planItem
    case substitution, markCorrection, explanatoryNote, writtenWorkCheck, familyConsent, message, riskWatch, finalAcknowledgement
    case credentialSlip, breach

    /// The tables sealed before migration v14: an older file has seals of these only.
    static let original: [SealedTable] = [.mark, .attendance, .periodMark, .lesson, .account, .roles, .accountKey]

    /// One sealed column: its name and the SQL that reads it.
    struct Column: Sendable {
        let name: String
        let expression: String
        /// Sealed by its SHA-256 only (a password hash), so that the audit log holds no secret.
        var digestOnly = false
    }

    /// The table and joins the rows are read from.
    var source: String {
        switch self {
        case .mark: "mark t JOIN person p ON p.id = t.studentId"
        case .attendance: "attendance t JOIN person p ON p.id = t.studentId"
        case .periodMark: "periodMark t JOIN person p ON p.id = t.studentId"
        case .lesson: "lesson t JOIN person p ON p.id = t.teacherId"
        case .account: "account t JOIN person p ON p.id = t.personId"
        case .roles: "person p"
        case .accountKey: "accountKey t JOIN account a ON a.id = t.accountId JOIN person p ON p.id = a.personId"
        default: shape.source
        }
    }

    /// The SQL of a row's organization, read from `source`.
    var organization: String {
        Self.original.contains(self) ? "p.organizationId" : shape.organization
    }

    /// What identifies a row: the entry's `entityId`, and its `studentId` for attendance.
    var key: (id: String, sub: String) {
        switch self {
        case .attendance: ("t.lessonId", "t.studentId")
        case .roles: ("p.id", "0")
        case .mark, .periodMark, .lesson, .account, .accountKey: ("t.id", "0")
        default: shape.key
        }
    }

    var columns: [Column] {
        func plain(_ names: String...) -> [Column] { names.map { Column(name: $0, expression: "t.\($0)") } }
        switch self {
        case .mark:
            return plain(
                "lessonId", "studentId", "value", "workKind", "comment", "documentReference", "enteredBy", "enteredAt", "late", "voidedAt")
        case .attendance:
            return plain("status", "reason", "reasonNote", "enteredBy", "enteredAt")
        case .periodMark:
            return plain("studentId", "subjectId", "classId", "periodId", "yearId", "value", "setBy", "setAt")
        case .lesson:
            return plain(
                "classId", "subgroupId", "subjectId", "teacherId", "studentId", "date", "startTime", "endTime", "topic", "kind",
                "homework", "homeworkLate", "cancelled")
        case .account:
            return plain("organizationId", "personId", "login", "identifier", "state", "lockReason", "sessionEpoch", "temporaryExpiresAt")
                + [Column(name: "passwordHash", expression: "t.passwordHash", digestOnly: true)]
        case .accountKey:
            return plain("accountId", "algorithm", "blob", "fingerprint", "addedAt", "addedBy")
        case .roles:
            return [
                Column(
                    name: "roles",
                    expression:
                        "(SELECT group_concat(role, ',') FROM (SELECT role FROM personRole WHERE personId = p.id ORDER BY role) AS s)")
            ]
        default:
            return shape.columns.map { Column(name: $0, expression: "t.\($0)") }
        }
    }

    /// The table as the chain's entries name it: the same name.
    var entity: AuditEntity {
        switch self {
        case .mark: .mark
        case .attendance: .attendance
        case .periodMark: .periodMark
        case .lesson: .lesson
        case .account: .account
        case .roles: .roles
        case .accountKey: .accountKey
        case .organization: .organization
        case .academicYear: .academicYear
        case .reportingPeriod: .reportingPeriod
        case .vacation: .vacation
        case .workingRegime: .workingRegime
        case .yearClosure: .yearClosure
        case .journalSettings: .journalSettings
        case .workWeight: .workWeight
        case .person: .person
        case .guardianship: .guardianship
        case .enrolment: .enrolment
        case .schoolClass: .schoolClass
        case .subgroup: .subgroup
        case .subgroupMember: .subgroupMember
        case .subject: .subject
        case .assignment: .assignment
        case .timetableEntry: .timetableEntry
        case .planItem: .planItem
        case .substitution: .substitution
        case .markCorrection: .markCorrection
        case .explanatoryNote: .explanatoryNote
        case .writtenWorkCheck: .writtenWorkCheck
        case .familyConsent: .familyConsent
        case .message: .message
        case .riskWatch: .riskWatch
        case .finalAcknowledgement: .finalAcknowledgement
        case .credentialSlip: .credentialSlip
        case .breach: .breach
        }
    }

    /// The table as the seals read it.
    var rows: SealedRows {
        // A person without roles has no roles row.
        let condition = self == .roles ? " AND EXISTS (SELECT 1 FROM personRole r WHERE r.personId = p.id)" : ""
        return SealedRows(
            entity: entity, source: source, organization: organization, key: key, columns: columns, condition: condition,
            notes: notes)
    }

    /// What notes a changed row: the table written and the row's key from its new and old values.
    private var notes: SealNotes {
        switch self {
        case .attendance:
            SealNotes(
                name: rawValue, table: "attendance", keys: ("NEW.lessonId, NEW.studentId", "OLD.lessonId, OLD.studentId"))
        case .roles: SealNotes(name: rawValue, table: "personRole", keys: ("NEW.personId, 0", "OLD.personId, 0"))
        case .account:
            SealNotes(
                name: rawValue, table: "account", keys: ("NEW.id, 0", "OLD.id, 0"),
                updateOf: columns.map(\.name))
        case .mark, .periodMark, .lesson, .accountKey:
            SealNotes(name: rawValue, table: rawValue, keys: ("NEW.id, 0", "OLD.id, 0"))
        default:
            {
                let (id, sub) = key
                func row(_ name: String) -> String {
                    "\(id.replacingOccurrences(of: "t.", with: name + ".")), \(sub.replacingOccurrences(of: "t.", with: name + "."))"
                }
                return SealNotes(name: rawValue, table: rawValue, keys: (row("NEW"), row("OLD")))
            }()
        }
    }
}

/// What identifies a sealed row: its table's name, its id and second number.
struct SealKey: Hashable, Sendable {
    let table: String
    let id: Int64
    let sub: Int64
}

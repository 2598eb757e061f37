import JournalCore

extension EnglishCatalogue {
    func auditAction(_ action: AuditAction) -> String {
        switch action {
        case .lessonCreated: "lesson created"
        case .lessonChanged: "lesson changed"
        case .homeworkSet: "homework set"
        case .attendanceSet: "attendance"
        case .attendanceReason: "absence reason"
        case .markAdded: "mark added"
        case .markCorrected: "mark corrected"
        case .periodMarkSet: "period mark"
        case .periodMarkChangedByNote: "period mark changed on a note"
        case .substitutionLogged: "substitution"
        case .breachReported: "breach reported"
        case .breachWithdrawn: "breach report withdrawn"
        case .credentialsRecovered: "access recovered through the database file"
        case .credentialsRefused: "credential reset refused"
        case .keyAdded: "SSH key added"
        case .keyRemoved: "SSH key removed"
        case .messageSent: "message sent"
        case .consentRecorded: "family consent and access recorded"
        case .peopleImported: "people imported from a file"
        case .yearClosed: "school year closed by order"
        case .slipSigned: "credential slip signed for"
        case .riskWatchAdded: "pupil put in the risk group"
        case .riskWatchRemoved: "pupil taken off the risk group"
        case .finalMarksAcknowledged: "guardian acknowledged final marks"
        case .settingsChanged: "journal settings changed"
        case .sealed: "row sealed"
        }
    }

    func auditKey(_ key: AuditKey) -> String {
        switch key {
        case .late: "late entry"
        case .cancelled: "cancelled"
        case .voidFrom: "void from"
        case .breach: "breach report no."
        case .through: "through"
        case .user: "system user"
        case .absent: "absent teacher no."
        case .substitute: "substitute no."
        }
    }

    var databaseFile: String { "the database file" }
}

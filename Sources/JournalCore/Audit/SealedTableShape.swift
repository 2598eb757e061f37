/// Where the tables sealed since migration v14 are read from: the table with the joins that reach
/// its organization, what identifies a row (an id and a second number, 0 when one suffices) and
/// every column as the product writes it.
struct SealedTableShape {
    let source: String
    let organization: String
    let key: (id: String, sub: String)
    let columns: [String]

    /// A table of its own organization's rows.
    init(_ table: String, organization: String = "t.organizationId", key: (String, String) = ("t.id", "0"), _ columns: String...) {
        self.init(table + " t", organization, key, columns)
    }

    init(_ source: String, _ organization: String, _ key: (String, String), _ columns: [String]) {
        self.source = source
        self.organization = organization
        self.key = (key.0, key.1)
        self.columns = columns
    }

    /// A table whose rows belong to a year: its organization is the year's.
    static func ofYear(_ table: String, key: (String, String), _ columns: String...) -> Self {
        Self("\(table) t JOIN academicYear y ON y.id = t.yearId", "y.organizationId", key, columns)
    }

    /// A table whose rows belong to a person: its organization is the person's.
    static func ofPerson(_ table: String, via column: String, key: (String, String) = ("t.id", "0"), _ columns: String...) -> Self {
        Self("\(table) t JOIN person p ON p.id = t.\(column)", "p.organizationId", key, columns)
    }
}

extension SealedTable {
    /// The shape of a table sealed since migration v14.
    var shape: SealedTableShape {
        switch self {
        case .organization:
            SealedTableShape("organization", organization: "t.id", "code", "name", "timeZone")
        case .academicYear: SealedTableShape("academicYear", "organizationId", "name", "startDate", "endDate", "periodKind")
        case .reportingPeriod: .ofYear("reportingPeriod", key: ("t.id", "0"), "yearId", "number", "startDate", "endDate")
        case .vacation: .ofYear("vacation", key: ("t.id", "0"), "yearId", "name", "startDate", "endDate")
        case .workingRegime: .ofYear("workingRegime", key: ("t.yearId", "0"), "yearId", "daysPerWeek", "bells")
        case .yearClosure:
            .ofYear("yearClosure", key: ("t.yearId", "0"), "yearId", "orderNumber", "orderDate", "closedAt", "closedBy", "auditHead")
        case .journalSettings:
            SealedTableShape(
                "journalSettings", key: ("t.organizationId", "0"), "organizationId", "markDeadline", "homeworkGraceMinutes",
                "entryWindowDays", "allowsMarkOne", "saturdayLessons", "temporaryPasswordHours", "backupMaxAgeDays")
        case .workWeight:
            // A weight per organization and kind of work: the kind as its place in the closed set.
            SealedTableShape(
                "workWeight",
                key: (
                    "t.organizationId",
                    "CASE t.workKind "
                        + WorkKind.allCases.enumerated().map { "WHEN '\($1.rawValue)' THEN \($0 + 1) " }.joined() + "ELSE -1 END"
                ), "organizationId", "workKind", "weight")
        case .person:
            SealedTableShape("person", "organizationId", "fullName", "birthDate", "sex", "email", "phone", "searchName")
        case .guardianship: .ofPerson("guardianship", via: "studentId", key: ("t.guardianId", "t.studentId"), "guardianId", "studentId")
        case .enrolment:
            .ofPerson(
                "enrolment", via: "studentId", "studentId", "classId", "yearId", "startDate", "startKind", "endDate", "endKind", "note")
        case .schoolClass: .ofYear("schoolClass", key: ("t.id", "0"), "yearId", "gradeLevel", "letter", "classTeacherId")
        case .subgroup:
            SealedTableShape(
                "subgroup t JOIN schoolClass c ON c.id = t.classId JOIN academicYear y ON y.id = c.yearId", "y.organizationId",
                ("t.id", "0"), ["classId", "subjectId", "name"])
        case .subgroupMember: .ofPerson("subgroupMember", via: "studentId", key: ("t.subgroupId", "t.studentId"), "subgroupId", "studentId")
        case .subject: SealedTableShape("subject", "organizationId", "name", "passFail")
        case .assignment: .ofPerson("assignment", via: "teacherId", "teacherId", "subjectId", "classId", "subgroupId", "studentId")
        case .timetableEntry:
            SealedTableShape(
                "timetableEntry t JOIN assignment a ON a.id = t.assignmentId JOIN person p ON p.id = a.teacherId", "p.organizationId",
                ("t.id", "0"), ["assignmentId", "weekday", "startTime", "endTime", "room", "validFrom", "validTo"])
        case .planItem:
            SealedTableShape(
                "planItem t JOIN assignment a ON a.id = t.assignmentId JOIN person p ON p.id = a.teacherId", "p.organizationId",
                ("t.id", "0"), ["assignmentId", "position", "section", "topic", "hours", "plannedDate", "factDate", "homework"])
        case .substitution:
            .ofPerson(
                "substitution", via: "absentTeacherId", "absentTeacherId", "substituteId", "fromDate", "toDate", "classId", "note",
                "recordedBy", "recordedAt")
        case .markCorrection:
            SealedTableShape(
                "markCorrection t JOIN mark m ON m.id = t.markId JOIN person p ON p.id = m.studentId", "p.organizationId", ("t.id", "0"),
                ["markId", "oldValue", "newValue", "reason", "correctedBy", "correctedAt"])
        case .explanatoryNote:
            SealedTableShape(
                "explanatoryNote t JOIN periodMark m ON m.id = t.periodMarkId JOIN person p ON p.id = m.studentId", "p.organizationId",
                ("t.id", "0"),
                [
                    "periodMarkId", "teacherName", "classLetter", "date", "subject", "changes", "reasons", "oldValue", "newValue",
                    "changedBy", "changedAt", "missing",
                ])
        case .writtenWorkCheck:
            SealedTableShape(
                "writtenWorkCheck t JOIN lesson l ON l.id = t.lessonId JOIN person p ON p.id = l.teacherId", "p.organizationId",
                ("t.lessonId", "0"), ["lessonId", "checkingEndsOn", "setBy", "setAt"])
        case .familyConsent:
            .ofPerson(
                "familyConsent", via: "studentId", key: ("t.studentId", "0"), "studentId", "consentOn", "access", "accessOn", "recordedBy",
                "recordedAt")
        case .message: SealedTableShape("message", "organizationId", "senderId", "subject", "text", "sentAt", "replyToId")
        case .riskWatch:
            .ofPerson(
                "riskWatch", via: "studentId", "studentId", "schoolClassId", "reason", "addedBy", "addedAt", "removedBy", "removedAt")
        case .finalAcknowledgement:
            .ofPerson(
                "finalAcknowledgement", via: "studentId", key: ("t.messageId", "0"), "periodId", "studentId", "guardianId", "messageId",
                "at")
        case .credentialSlip:
            SealedTableShape(
                "credentialSlip t JOIN account a ON a.id = t.accountId", "a.organizationId", ("t.accountId", "0"),
                ["accountId", "issuedAt", "issuedBy", "signedAt", "signedRecordedBy"])
        case .breach:
            SealedTableShape(
                "breach", "organizationId", "accountId", "reportedBy", "enteredAt", "voidFrom", "state", "closedBy", "closedAt")
        case .mark, .attendance, .periodMark, .lesson, .account, .roles, .accountKey:
            SealedTableShape("", "p.organizationId", ("t.id", "0"), [])
        }
    }
}

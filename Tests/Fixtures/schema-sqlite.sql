-- index academicYear_on_organizationId
CREATE INDEX "academicYear_on_organizationId" ON "academicYear"("organizationId");

-- index accountKey_on_accountId
CREATE INDEX "accountKey_on_accountId" ON "accountKey"("accountId");

-- index account_on_organizationId
CREATE INDEX "account_on_organizationId" ON "account"("organizationId");

-- index article_on_organizationId
CREATE INDEX "article_on_organizationId" ON "article"("organizationId");

-- index article_on_sourceTicketId
CREATE INDEX "article_on_sourceTicketId" ON "article"("sourceTicketId");

-- index assignment_on_classId
CREATE INDEX "assignment_on_classId" ON "assignment"("classId");

-- index assignment_on_studentId
CREATE INDEX "assignment_on_studentId" ON "assignment"("studentId");

-- index assignment_on_subgroupId
CREATE INDEX "assignment_on_subgroupId" ON "assignment"("subgroupId");

-- index assignment_on_subjectId
CREATE INDEX "assignment_on_subjectId" ON "assignment"("subjectId");

-- index assignment_on_teacherId
CREATE INDEX "assignment_on_teacherId" ON "assignment"("teacherId");

-- index assignment_unique
CREATE UNIQUE INDEX assignment_unique
ON assignment(teacherId, subjectId, classId, IFNULL(subgroupId, 0), IFNULL(studentId, 0));

-- index attendance_on_lessonId
CREATE INDEX "attendance_on_lessonId" ON "attendance"("lessonId");

-- index attendance_on_studentId
CREATE INDEX "attendance_on_studentId" ON "attendance"("studentId");

-- index auditEntry_on_lesson
CREATE INDEX "auditEntry_on_lesson" ON "auditEntry"("lessonId", "id") WHERE "lessonId" IS NOT NULL;

-- index auditEntry_on_organizationId
CREATE INDEX "auditEntry_on_organizationId" ON "auditEntry"("organizationId");

-- index auditEntry_on_student
CREATE INDEX "auditEntry_on_student" ON "auditEntry"("studentId", "id") WHERE "studentId" IS NOT NULL;

-- index auditEntry_seal
CREATE INDEX auditEntry_seal ON auditEntry(entity, entityId, IFNULL(studentId, 0), id) WHERE action = 'sealed';

-- index booking_on_cancelledById
CREATE INDEX "booking_on_cancelledById" ON "booking"("cancelledById");

-- index booking_on_organizationId
CREATE INDEX "booking_on_organizationId" ON "booking"("organizationId");

-- index booking_on_requester
CREATE INDEX "booking_on_requester" ON "booking"("requesterId", "start");

-- index booking_on_requesterId
CREATE INDEX "booking_on_requesterId" ON "booking"("requesterId");

-- index booking_on_responsible
CREATE INDEX "booking_on_responsible" ON "booking"("organizationId", "responsible", "start");

-- index breachReport_on_accountId
CREATE INDEX "breachReport_on_accountId" ON "breachReport"("accountId");

-- index breachUndo_on_breachId
CREATE INDEX "breachUndo_on_breachId" ON "breachUndo"("breachId");

-- index breach_on_accountId
CREATE INDEX "breach_on_accountId" ON "breach"("accountId");

-- index breach_on_organizationId
CREATE INDEX "breach_on_organizationId" ON "breach"("organizationId");

-- index calendarDay_on_organizationId
CREATE INDEX "calendarDay_on_organizationId" ON "calendarDay"("organizationId");

-- index cannedReplyName
CREATE UNIQUE INDEX cannedReplyName ON cannedReply(IFNULL(organizationId, 0), name COLLATE NOCASE, language);

-- index cannedReply_on_organizationId
CREATE INDEX "cannedReply_on_organizationId" ON "cannedReply"("organizationId");

-- index deskService_on_schoolOrganizationId
CREATE INDEX "deskService_on_schoolOrganizationId" ON "deskService"("schoolOrganizationId");

-- index deskService_on_supportOrganizationId
CREATE INDEX "deskService_on_supportOrganizationId" ON "deskService"("supportOrganizationId");

-- index enrolment_on_classId
CREATE INDEX "enrolment_on_classId" ON "enrolment"("classId");

-- index enrolment_on_studentId
CREATE INDEX "enrolment_on_studentId" ON "enrolment"("studentId");

-- index enrolment_on_yearId
CREATE INDEX "enrolment_on_yearId" ON "enrolment"("yearId");

-- index enrolment_one_current_class
CREATE UNIQUE INDEX enrolment_one_current_class
ON enrolment(studentId, yearId) WHERE endDate IS NULL;

-- index explanatoryNote_on_periodMarkId
CREATE INDEX "explanatoryNote_on_periodMarkId" ON "explanatoryNote"("periodMarkId");

-- index finalAcknowledgement_on_guardianId
CREATE INDEX "finalAcknowledgement_on_guardianId" ON "finalAcknowledgement"("guardianId");

-- index finalAcknowledgement_on_messageId
CREATE INDEX "finalAcknowledgement_on_messageId" ON "finalAcknowledgement"("messageId");

-- index finalAcknowledgement_on_periodId
CREATE INDEX "finalAcknowledgement_on_periodId" ON "finalAcknowledgement"("periodId");

-- index finalAcknowledgement_on_studentId
CREATE INDEX "finalAcknowledgement_on_studentId" ON "finalAcknowledgement"("studentId");

-- index guardianship_on_guardianId
CREATE INDEX "guardianship_on_guardianId" ON "guardianship"("guardianId");

-- index guardianship_on_studentId
CREATE INDEX "guardianship_on_studentId" ON "guardianship"("studentId");

-- index inboundMail_held
CREATE INDEX "inboundMail_held" ON "inboundMail"("outcome", "organizationId");

-- index inboundMail_on_organizationId
CREATE INDEX "inboundMail_on_organizationId" ON "inboundMail"("organizationId");

-- index inboundMail_on_ticketId
CREATE INDEX "inboundMail_on_ticketId" ON "inboundMail"("ticketId");

-- index journalVisitByDay
CREATE INDEX "journalVisitByDay" ON "journalVisit"("day");

-- index journalVisit_on_accountId
CREATE INDEX "journalVisit_on_accountId" ON "journalVisit"("accountId");

-- index lesson_on_classId
CREATE INDEX "lesson_on_classId" ON "lesson"("classId");

-- index lesson_on_class_date
CREATE INDEX "lesson_on_class_date" ON "lesson"("classId", "date");

-- index lesson_on_studentId
CREATE INDEX "lesson_on_studentId" ON "lesson"("studentId");

-- index lesson_on_subgroupId
CREATE INDEX "lesson_on_subgroupId" ON "lesson"("subgroupId");

-- index lesson_on_subjectId
CREATE INDEX "lesson_on_subjectId" ON "lesson"("subjectId");

-- index lesson_on_teacherId
CREATE INDEX "lesson_on_teacherId" ON "lesson"("teacherId");

-- index lesson_on_teacher_date
CREATE INDEX "lesson_on_teacher_date" ON "lesson"("teacherId", "date");

-- index lesson_on_timetableEntryId
CREATE INDEX "lesson_on_timetableEntryId" ON "lesson"("timetableEntryId");

-- index loginFailure_on_accountId
CREATE INDEX "loginFailure_on_accountId" ON "loginFailure"("accountId");

-- index markCorrection_on_markId
CREATE INDEX "markCorrection_on_markId" ON "markCorrection"("markId");

-- index mark_on_lessonId
CREATE INDEX "mark_on_lessonId" ON "mark"("lessonId");

-- index mark_on_student
CREATE INDEX "mark_on_student" ON "mark"("studentId", "lessonId");

-- index mark_on_studentId
CREATE INDEX "mark_on_studentId" ON "mark"("studentId");

-- index messageRecipient_on_messageId
CREATE INDEX "messageRecipient_on_messageId" ON "messageRecipient"("messageId");

-- index messageRecipient_on_personId
CREATE INDEX "messageRecipient_on_personId" ON "messageRecipient"("personId");

-- index messageRecipient_unread
CREATE INDEX "messageRecipient_unread" ON "messageRecipient"("personId", "readAt");

-- index message_on_organizationId
CREATE INDEX "message_on_organizationId" ON "message"("organizationId");

-- index message_on_replyToId
CREATE INDEX "message_on_replyToId" ON "message"("replyToId");

-- index message_on_senderId
CREATE INDEX "message_on_senderId" ON "message"("senderId");

-- index outboxMessage_due
CREATE INDEX "outboxMessage_due" ON "outboxMessage"("state", "dueAt");

-- index outboxMessage_on_organizationId
CREATE INDEX "outboxMessage_on_organizationId" ON "outboxMessage"("organizationId");

-- index outboxMessage_on_personId
CREATE INDEX "outboxMessage_on_personId" ON "outboxMessage"("personId");

-- index outboxMessage_on_ticketId
CREATE INDEX "outboxMessage_on_ticketId" ON "outboxMessage"("ticketId");

-- index periodMark_on_classId
CREATE INDEX "periodMark_on_classId" ON "periodMark"("classId");

-- index periodMark_on_periodId
CREATE INDEX "periodMark_on_periodId" ON "periodMark"("periodId");

-- index periodMark_on_studentId
CREATE INDEX "periodMark_on_studentId" ON "periodMark"("studentId");

-- index periodMark_on_subjectId
CREATE INDEX "periodMark_on_subjectId" ON "periodMark"("subjectId");

-- index periodMark_on_yearId
CREATE INDEX "periodMark_on_yearId" ON "periodMark"("yearId");

-- index periodMark_one_per_period
CREATE UNIQUE INDEX periodMark_one_per_period ON periodMark(studentId, subjectId, yearId, IFNULL(periodId, 0));

-- index personRole_on_personId
CREATE INDEX "personRole_on_personId" ON "personRole"("personId");

-- index person_on_fullName
CREATE INDEX "person_on_fullName" ON "person"("organizationId", "fullName");

-- index person_on_organizationId
CREATE INDEX "person_on_organizationId" ON "person"("organizationId");

-- index person_on_searchName
CREATE INDEX "person_on_searchName" ON "person"("organizationId", "searchName");

-- index planItem_on_assignmentId
CREATE INDEX "planItem_on_assignmentId" ON "planItem"("assignmentId");

-- index reportingPeriod_on_yearId
CREATE INDEX "reportingPeriod_on_yearId" ON "reportingPeriod"("yearId");

-- index riskWatchOpen
CREATE UNIQUE INDEX "riskWatchOpen" ON "riskWatch"("schoolClassId", "studentId") WHERE "removedAt" IS NULL;

-- index riskWatch_on_schoolClassId
CREATE INDEX "riskWatch_on_schoolClassId" ON "riskWatch"("schoolClassId");

-- index riskWatch_on_studentId
CREATE INDEX "riskWatch_on_studentId" ON "riskWatch"("studentId");

-- index rolloutTask_on_organizationId
CREATE INDEX "rolloutTask_on_organizationId" ON "rolloutTask"("organizationId");

-- index schoolClass_on_classTeacherId
CREATE INDEX "schoolClass_on_classTeacherId" ON "schoolClass"("classTeacherId");

-- index schoolClass_on_yearId
CREATE INDEX "schoolClass_on_yearId" ON "schoolClass"("yearId");

-- index shortenedDay_on_organizationId
CREATE INDEX "shortenedDay_on_organizationId" ON "shortenedDay"("organizationId");

-- index subgroupMember_on_studentId
CREATE INDEX "subgroupMember_on_studentId" ON "subgroupMember"("studentId");

-- index subgroupMember_on_subgroupId
CREATE INDEX "subgroupMember_on_subgroupId" ON "subgroupMember"("subgroupId");

-- index subgroup_on_classId
CREATE INDEX "subgroup_on_classId" ON "subgroup"("classId");

-- index subgroup_on_subjectId
CREATE INDEX "subgroup_on_subjectId" ON "subgroup"("subjectId");

-- index subject_on_organizationId
CREATE INDEX "subject_on_organizationId" ON "subject"("organizationId");

-- index substitution_on_absentTeacherId
CREATE INDEX "substitution_on_absentTeacherId" ON "substitution"("absentTeacherId");

-- index substitution_on_classId
CREATE INDEX "substitution_on_classId" ON "substitution"("classId");

-- index substitution_on_substituteId
CREATE INDEX "substitution_on_substituteId" ON "substitution"("substituteId");

-- index ticketAttachment_on_inboundMailId
CREATE INDEX "ticketAttachment_on_inboundMailId" ON "ticketAttachment"("inboundMailId");

-- index ticketAttachment_on_ticket
CREATE INDEX "ticketAttachment_on_ticket" ON "ticketAttachment"("ticketId");

-- index ticketAttachment_on_ticketId
CREATE INDEX "ticketAttachment_on_ticketId" ON "ticketAttachment"("ticketId");

-- index ticketEventNew_on_actorId
CREATE INDEX "ticketEventNew_on_actorId" ON "ticketEvent"("actorId");

-- index ticketEventNew_on_ticketId
CREATE INDEX "ticketEventNew_on_ticketId" ON "ticketEvent"("ticketId");

-- index ticketEvent_on_ticket
CREATE INDEX "ticketEvent_on_ticket" ON "ticketEvent"("ticketId", "at");

-- index ticketLink_on_linked
CREATE INDEX "ticketLink_on_linked" ON "ticketLink"("linkedTicketId");

-- index ticketLink_on_linkedTicketId
CREATE INDEX "ticketLink_on_linkedTicketId" ON "ticketLink"("linkedTicketId");

-- index ticketLink_on_ticketId
CREATE INDEX "ticketLink_on_ticketId" ON "ticketLink"("ticketId");

-- index ticketLink_parent
CREATE UNIQUE INDEX ticketLink_parent ON ticketLink(ticketId) WHERE kind IN ('merged', 'incident');

-- index ticketTarget_on_organizationId
CREATE INDEX "ticketTarget_on_organizationId" ON "ticketTarget"("organizationId");

-- index ticket_on_assigneePersonId
CREATE INDEX "ticket_on_assigneePersonId" ON "ticket"("assigneePersonId");

-- index ticket_on_createdById
CREATE INDEX "ticket_on_createdById" ON "ticket"("createdById");

-- index ticket_on_lessonId
CREATE INDEX "ticket_on_lessonId" ON "ticket"("lessonId");

-- index ticket_on_login
CREATE INDEX "ticket_on_login" ON "ticket"("requesterLogin");

-- index ticket_on_markId
CREATE INDEX "ticket_on_markId" ON "ticket"("markId");

-- index ticket_on_organizationId
CREATE INDEX "ticket_on_organizationId" ON "ticket"("organizationId");

-- index ticket_on_requesterAccountId
CREATE INDEX "ticket_on_requesterAccountId" ON "ticket"("requesterAccountId");

-- index ticket_on_schoolClassId
CREATE INDEX "ticket_on_schoolClassId" ON "ticket"("schoolClassId");

-- index ticket_on_state
CREATE INDEX "ticket_on_state" ON "ticket"("organizationId", "state");

-- index timetableEntry_on_assignmentId
CREATE INDEX "timetableEntry_on_assignmentId" ON "timetableEntry"("assignmentId");

-- index trainingRegistration_on_personId
CREATE INDEX "trainingRegistration_on_personId" ON "trainingRegistration"("personId");

-- index trainingRegistration_on_trainingId
CREATE INDEX "trainingRegistration_on_trainingId" ON "trainingRegistration"("trainingId");

-- index training_on_date
CREATE INDEX "training_on_date" ON "training"("organizationId", "date");

-- index training_on_organizationId
CREATE INDEX "training_on_organizationId" ON "training"("organizationId");

-- index vacation_on_yearId
CREATE INDEX "vacation_on_yearId" ON "vacation"("yearId");

-- index workWeight_on_organizationId
CREATE INDEX "workWeight_on_organizationId" ON "workWeight"("organizationId");

-- table academicYear
CREATE TABLE "academicYear" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "organizationId" INTEGER NOT NULL REFERENCES "organization"("id") ON DELETE CASCADE, "name" TEXT NOT NULL CHECK (LENGTH("name") > 0), "startDate" TEXT NOT NULL, "endDate" TEXT NOT NULL, "periodKind" TEXT NOT NULL CHECK (periodKind IN ('quarter', 'trimester', 'halfYear')), UNIQUE ("organizationId", "name"), CHECK (startDate < endDate));

-- table account
CREATE TABLE "account" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "organizationId" INTEGER NOT NULL REFERENCES "organization"("id") ON DELETE CASCADE, "personId" INTEGER NOT NULL UNIQUE REFERENCES "person"("id") ON DELETE CASCADE, "login" TEXT NOT NULL UNIQUE CHECK (LENGTH("login") >= 3) COLLATE NOCASE, "identifier" INTEGER NOT NULL UNIQUE, "state" TEXT NOT NULL CHECK (state IN ('notIssued', 'active', 'mustChangePassword', 'locked')), "passwordHash" TEXT, "createdAt" DATETIME NOT NULL, "failedLogins" INTEGER NOT NULL DEFAULT 0, "blockedUntil" DATETIME, "temporaryExpiresAt" DATETIME, "sessionEpoch" INTEGER NOT NULL DEFAULT 0, "lockReason" TEXT CHECK (lockReason IN ('manual', 'failures', 'breach')), CHECK ((state = 'notIssued') = (passwordHash IS NULL)));

-- table accountKey
CREATE TABLE "accountKey" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "accountId" INTEGER NOT NULL REFERENCES "account"("id") ON DELETE RESTRICT, "algorithm" TEXT NOT NULL CHECK ((LENGTH("algorithm") > 0) AND (LENGTH("algorithm") <= 64)), "blob" TEXT NOT NULL CHECK ((LENGTH("blob") > 0) AND (LENGTH("blob") <= 4096)), "comment" TEXT NOT NULL DEFAULT '', "fingerprint" TEXT NOT NULL UNIQUE, "addedAt" DATETIME NOT NULL, "addedBy" INTEGER NOT NULL REFERENCES "account"("id"));

-- table article
CREATE TABLE "article" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "organizationId" INTEGER REFERENCES "organization"("id") ON DELETE CASCADE, "title" TEXT NOT NULL CHECK ((LENGTH("title") > 0) AND (LENGTH("title") <= 200)), "body" TEXT NOT NULL CHECK ((LENGTH("body") > 0) AND (LENGTH("body") <= 8000)), "topics" TEXT NOT NULL CHECK (LENGTH("topics") <= 300) DEFAULT '', "audience" TEXT NOT NULL CHECK (audience IN ('all', 'staff', 'guardians', 'students')), "sourceTicketId" INTEGER REFERENCES "ticket"("id") ON DELETE SET NULL, "writtenBy" INTEGER REFERENCES "person"("id") ON DELETE SET NULL, "writtenAt" DATETIME NOT NULL, "retiredAt" DATETIME, "retiredBy" INTEGER REFERENCES "person"("id") ON DELETE SET NULL, CHECK ((retiredAt IS NULL) = (retiredBy IS NULL)));

-- table assignment
CREATE TABLE "assignment" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "teacherId" INTEGER NOT NULL REFERENCES "person"("id") ON DELETE CASCADE, "subjectId" INTEGER NOT NULL REFERENCES "subject"("id") ON DELETE CASCADE, "classId" INTEGER NOT NULL REFERENCES "schoolClass"("id") ON DELETE CASCADE, "subgroupId" INTEGER REFERENCES "subgroup"("id") ON DELETE CASCADE, "studentId" INTEGER REFERENCES "person"("id") ON DELETE CASCADE, CHECK (subgroupId IS NULL OR studentId IS NULL));

-- table attendance
CREATE TABLE "attendance" ("lessonId" INTEGER NOT NULL REFERENCES "lesson"("id") ON DELETE CASCADE, "studentId" INTEGER NOT NULL REFERENCES "person"("id") ON DELETE CASCADE, "status" TEXT NOT NULL CHECK (status IN ('present', 'absent', 'late')), "reason" TEXT CHECK (reason IN ('excused', 'unexcused')), "reasonNote" TEXT, "enteredBy" INTEGER NOT NULL REFERENCES "account"("id"), "enteredAt" DATETIME NOT NULL, PRIMARY KEY ("lessonId", "studentId"), CHECK (reason IS NULL OR status <> 'present'));

-- table auditEntry
CREATE TABLE "auditEntry" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "organizationId" INTEGER NOT NULL REFERENCES "organization"("id") ON DELETE CASCADE, "at" INTEGER NOT NULL, "accountId" INTEGER NOT NULL, "action" TEXT NOT NULL, "entity" TEXT NOT NULL, "entityId" INTEGER NOT NULL, "studentId" INTEGER, "lessonId" INTEGER, "before" TEXT, "after" TEXT, "reason" TEXT, "previousHash" TEXT NOT NULL, "hash" TEXT NOT NULL UNIQUE);

-- table auditHead
CREATE TABLE "auditHead" ("organizationId" INTEGER PRIMARY KEY REFERENCES "organization"("id") ON DELETE CASCADE, "lastId" INTEGER NOT NULL, "lastHash" TEXT NOT NULL, "count" INTEGER NOT NULL);

-- table auditInvalidation
CREATE TABLE "auditInvalidation" ("auditEntryId" INTEGER PRIMARY KEY REFERENCES "auditEntry"("id") ON DELETE CASCADE, "reason" TEXT NOT NULL, "at" DATETIME NOT NULL, "breachId" INTEGER REFERENCES "breach"("id") ON DELETE RESTRICT, "withdrawnAt" DATETIME);

-- table backupLog
CREATE TABLE "backupLog" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "path" TEXT NOT NULL, "sha256" TEXT NOT NULL, "bytes" INTEGER NOT NULL, "createdAt" DATETIME NOT NULL, "createdBy" TEXT NOT NULL);

-- table booking
CREATE TABLE "booking" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "organizationId" INTEGER NOT NULL REFERENCES "organization"("id") ON DELETE CASCADE, "requesterId" INTEGER NOT NULL REFERENCES "person"("id") ON DELETE CASCADE, "responsible" TEXT NOT NULL CHECK (LENGTH("responsible") > 0), "helpKind" TEXT NOT NULL CHECK (helpKind IN ('technical', 'methodological', 'any')), "topic" TEXT NOT NULL CHECK ((LENGTH("topic") > 0) AND (LENGTH("topic") <= 300)), "room" TEXT, "start" DATETIME NOT NULL, "end" DATETIME NOT NULL, "state" TEXT NOT NULL CHECK (state IN ('booked', 'cancelled')), "createdAt" DATETIME NOT NULL, "movedFrom" DATETIME, "cancelledAt" DATETIME, "cancelledById" INTEGER REFERENCES "person"("id") ON DELETE SET NULL, "cancelReason" TEXT, "sequence" INTEGER NOT NULL CHECK ("sequence" >= 0) DEFAULT 0, "attendeeReply" TEXT CHECK (attendeeReply IN ('accepted', 'declined', 'tentative')), "attendeeRepliedAt" DATETIME, CHECK (start < "end"), CHECK ((state = 'cancelled') = (cancelReason IS NOT NULL)));

-- table breach
CREATE TABLE "breach" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "organizationId" INTEGER NOT NULL REFERENCES "organization"("id") ON DELETE CASCADE, "accountId" INTEGER NOT NULL REFERENCES "account"("id") ON DELETE CASCADE, "reportedBy" INTEGER NOT NULL REFERENCES "account"("id"), "enteredAt" DATETIME NOT NULL, "voidFrom" DATETIME NOT NULL, "state" TEXT NOT NULL CHECK (state IN ('open', 'confirmed', 'withdrawn')) DEFAULT 'open', "closedBy" INTEGER REFERENCES "account"("id"), "closedAt" DATETIME, CHECK (voidFrom <= enteredAt), CHECK ((state = 'open') = (closedAt IS NULL)));

-- table breachReport
CREATE TABLE "breachReport" ("ticketId" INTEGER PRIMARY KEY REFERENCES "ticket"("id") ON DELETE CASCADE, "accountId" INTEGER NOT NULL REFERENCES "account"("id") ON DELETE CASCADE, "discoveredAt" DATETIME NOT NULL, "reportedAt" DATETIME NOT NULL, "late" BOOLEAN NOT NULL, "invalidatedEntries" INTEGER NOT NULL, "voidedMarks" INTEGER NOT NULL, "breachId" INTEGER, CHECK (discoveredAt <= reportedAt));

-- table breachUndo
CREATE TABLE "breachUndo" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "breachId" INTEGER NOT NULL REFERENCES "breach"("id") ON DELETE CASCADE, "kind" TEXT NOT NULL CHECK (kind IN ('removed', 'locked')), "tableName" TEXT NOT NULL CHECK (LENGTH("tableName") > 0), "row" TEXT NOT NULL);

-- table calendarDay
CREATE TABLE "calendarDay" ("organizationId" INTEGER NOT NULL REFERENCES "organization"("id") ON DELETE CASCADE, "date" TEXT NOT NULL, "kind" TEXT NOT NULL CHECK (kind IN ('holiday', 'workday')), "name" TEXT NOT NULL, PRIMARY KEY ("organizationId", "date"));

-- table cannedReply
CREATE TABLE "cannedReply" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "organizationId" INTEGER REFERENCES "organization"("id") ON DELETE CASCADE, "name" TEXT NOT NULL CHECK ((LENGTH("name") > 0) AND (LENGTH("name") <= 40)), "language" TEXT NOT NULL CHECK (language IN ('ru', 'en')), "text" TEXT NOT NULL CHECK ((LENGTH("text") > 0) AND (LENGTH("text") <= 4000)), "writtenBy" INTEGER REFERENCES "person"("id") ON DELETE SET NULL, "writtenAt" DATETIME NOT NULL);

-- table credentialSlip
CREATE TABLE "credentialSlip" ("accountId" INTEGER PRIMARY KEY REFERENCES "account"("id") ON DELETE CASCADE, "issuedAt" DATETIME NOT NULL, "issuedBy" INTEGER NOT NULL REFERENCES "account"("id"), "signedAt" DATETIME, "signedRecordedBy" INTEGER REFERENCES "account"("id"), CHECK ((signedAt IS NULL) = (signedRecordedBy IS NULL)));

-- table deskService
CREATE TABLE "deskService" ("supportOrganizationId" INTEGER NOT NULL REFERENCES "organization"("id") ON DELETE CASCADE, "schoolOrganizationId" INTEGER NOT NULL REFERENCES "organization"("id") ON DELETE CASCADE, PRIMARY KEY ("supportOrganizationId", "schoolOrganizationId"), CHECK (supportOrganizationId <> schoolOrganizationId));

-- table deskSettings
CREATE TABLE "deskSettings" ("organizationId" INTEGER PRIMARY KEY REFERENCES "organization"("id") ON DELETE CASCADE, "noticeMinutes" INTEGER NOT NULL CHECK (("noticeMinutes" >= 0) AND ("noticeMinutes" <= 10080)) DEFAULT 60, "horizonDays" INTEGER NOT NULL CHECK (("horizonDays" >= 1) AND ("horizonDays" <= 366)) DEFAULT 28);

-- table enrolment
CREATE TABLE "enrolment" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "studentId" INTEGER NOT NULL REFERENCES "person"("id") ON DELETE CASCADE, "classId" INTEGER NOT NULL REFERENCES "schoolClass"("id") ON DELETE RESTRICT, "yearId" INTEGER NOT NULL REFERENCES "academicYear"("id") ON DELETE CASCADE, "startDate" TEXT NOT NULL, "startKind" TEXT NOT NULL CHECK (startKind IN ('enrolment', 'transfer')), "endDate" TEXT, "endKind" TEXT CHECK (endKind IN ('transfer', 'leaving')), "note" TEXT, CHECK ((endDate IS NULL) = (endKind IS NULL)), CHECK (endDate IS NULL OR startDate <= endDate));

-- table explanatoryNote
CREATE TABLE "explanatoryNote" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "periodMarkId" INTEGER NOT NULL REFERENCES "periodMark"("id") ON DELETE CASCADE, "teacherName" TEXT NOT NULL CHECK (LENGTH("teacherName") > 0), "classLetter" TEXT NOT NULL CHECK (LENGTH("classLetter") > 0), "date" TEXT NOT NULL, "subject" TEXT NOT NULL CHECK (LENGTH("subject") > 0), "changes" TEXT NOT NULL CHECK (LENGTH("changes") > 0), "reasons" TEXT NOT NULL CHECK (LENGTH("reasons") > 0), "oldValue" TEXT NOT NULL, "newValue" TEXT NOT NULL, "changedBy" INTEGER NOT NULL REFERENCES "account"("id"), "changedAt" DATETIME NOT NULL, "missing" BOOLEAN NOT NULL DEFAULT 0);

-- table familyConsent
CREATE TABLE "familyConsent" ("studentId" INTEGER PRIMARY KEY REFERENCES "person"("id") ON DELETE CASCADE, "consentOn" TEXT, "access" TEXT CHECK (access IN ('applied', 'declined')), "accessOn" TEXT, "recordedBy" INTEGER NOT NULL REFERENCES "account"("id"), "recordedAt" DATETIME NOT NULL, CHECK ((access IS NULL) = (accessOn IS NULL)));

-- table finalAcknowledgement
CREATE TABLE "finalAcknowledgement" ("periodId" INTEGER NOT NULL REFERENCES "reportingPeriod"("id") ON DELETE CASCADE, "studentId" INTEGER NOT NULL REFERENCES "person"("id") ON DELETE CASCADE, "guardianId" INTEGER NOT NULL REFERENCES "person"("id") ON DELETE CASCADE, "messageId" INTEGER NOT NULL REFERENCES "message"("id") ON DELETE RESTRICT, "at" DATETIME NOT NULL, PRIMARY KEY ("periodId", "studentId", "guardianId"));

-- table grdb_migrations
CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY);

-- table guardianship
CREATE TABLE "guardianship" ("guardianId" INTEGER NOT NULL REFERENCES "person"("id") ON DELETE CASCADE, "studentId" INTEGER NOT NULL REFERENCES "person"("id") ON DELETE CASCADE, PRIMARY KEY ("guardianId", "studentId"), CHECK (guardianId <> studentId));

-- table inboundMail
CREATE TABLE "inboundMail" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "organizationId" INTEGER NOT NULL REFERENCES "organization"("id") ON DELETE CASCADE, "messageId" TEXT UNIQUE, "address" TEXT NOT NULL, "subject" TEXT NOT NULL, "text" TEXT NOT NULL, "receivedAt" DATETIME NOT NULL, "outcome" TEXT NOT NULL CHECK (outcome IN ('reply', 'opened', 'held', 'taken', 'unsubscribed', 'ignored')), "ticketId" INTEGER REFERENCES "ticket"("id") ON DELETE SET NULL, "bookingId" INTEGER REFERENCES "booking"("id") ON DELETE SET NULL);

-- table journalSettings
CREATE TABLE "journalSettings" ("organizationId" INTEGER PRIMARY KEY REFERENCES "organization"("id") ON DELETE CASCADE, "markDeadline" TEXT NOT NULL DEFAULT '16:00', "homeworkGraceMinutes" INTEGER NOT NULL CHECK ("homeworkGraceMinutes" >= 0) DEFAULT 120, "entryWindowDays" INTEGER NOT NULL CHECK ("entryWindowDays" >= 0) DEFAULT 7, "allowsMarkOne" BOOLEAN NOT NULL DEFAULT 0, "saturdayLessons" BOOLEAN NOT NULL DEFAULT 0, "temporaryPasswordHours" INTEGER NOT NULL CHECK (("temporaryPasswordHours" >= 1) AND ("temporaryPasswordHours" <= 720)) DEFAULT 72, "backupMaxAgeDays" INTEGER NOT NULL CHECK (("backupMaxAgeDays" >= 1) AND ("backupMaxAgeDays" <= 90)) DEFAULT 7);

-- table journalVisit
CREATE TABLE "journalVisit" ("accountId" INTEGER NOT NULL REFERENCES "account"("id") ON DELETE CASCADE, "day" TEXT NOT NULL, "firstAt" DATETIME NOT NULL, PRIMARY KEY ("accountId", "day"));

-- table lesson
CREATE TABLE "lesson" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "classId" INTEGER NOT NULL REFERENCES "schoolClass"("id") ON DELETE CASCADE, "subgroupId" INTEGER REFERENCES "subgroup"("id") ON DELETE CASCADE, "subjectId" INTEGER NOT NULL REFERENCES "subject"("id") ON DELETE RESTRICT, "teacherId" INTEGER NOT NULL REFERENCES "person"("id") ON DELETE RESTRICT, "date" TEXT NOT NULL, "startTime" TEXT NOT NULL, "endTime" TEXT NOT NULL, "topic" TEXT, "kind" TEXT NOT NULL CHECK (kind IN ('regular', 'practical', 'lab', 'test', 'excursion')) DEFAULT 'regular', "homework" TEXT, "homeworkEnteredAt" DATETIME, "homeworkLate" BOOLEAN NOT NULL DEFAULT 0, "cancelled" BOOLEAN NOT NULL DEFAULT 0, "room" TEXT, "timetableEntryId" INTEGER REFERENCES "timetableEntry"("id") ON DELETE SET NULL, "studentId" INTEGER REFERENCES "person"("id") ON DELETE CASCADE, CHECK (startTime < endTime));

-- table loginFailure
CREATE TABLE "loginFailure" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "login" TEXT NOT NULL, "accountId" INTEGER REFERENCES "account"("id") ON DELETE CASCADE, "at" DATETIME NOT NULL);

-- table loginThrottle
CREATE TABLE "loginThrottle" ("loginDigest" TEXT PRIMARY KEY NOT NULL, "failures" INTEGER NOT NULL CHECK ("failures" >= 0) DEFAULT 0, "blockedUntil" DATETIME);

-- table mailPreference
CREATE TABLE "mailPreference" ("personId" INTEGER PRIMARY KEY REFERENCES "person"("id") ON DELETE CASCADE, "language" TEXT NOT NULL CHECK (language IN ('ru', 'en')), "digest" TEXT NOT NULL CHECK (digest IN ('none', 'email', 'paper')), "messageCopies" BOOLEAN NOT NULL, "unsubscribeToken" TEXT NOT NULL UNIQUE);

-- table mailSettings
CREATE TABLE "mailSettings" ("id" INTEGER PRIMARY KEY CHECK ("id" = 1), "fromAddress" TEXT, "sendmail" TEXT);

-- table maintenance
CREATE TABLE "maintenance" ("id" INTEGER PRIMARY KEY CHECK ("id" = 1), "sealsPending" BOOLEAN NOT NULL, "calendarRevision" INTEGER NOT NULL, "sealedTables" TEXT);

-- table mark
CREATE TABLE "mark" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "lessonId" INTEGER NOT NULL REFERENCES "lesson"("id") ON DELETE CASCADE, "studentId" INTEGER NOT NULL REFERENCES "person"("id") ON DELETE CASCADE, "value" TEXT NOT NULL CHECK (value IN ('1', '2', '3', '4', '5', 'н/а', 'ОСВ', 'зачёт', 'незачёт')), "workKind" TEXT NOT NULL, "comment" TEXT, "documentReference" TEXT, "enteredBy" INTEGER NOT NULL REFERENCES "account"("id"), "enteredAt" DATETIME NOT NULL, "late" BOOLEAN NOT NULL DEFAULT 0, "voidedAt" DATETIME);

-- table markCorrection
CREATE TABLE "markCorrection" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "markId" INTEGER NOT NULL REFERENCES "mark"("id") ON DELETE CASCADE, "oldValue" TEXT NOT NULL, "newValue" TEXT NOT NULL, "reason" TEXT NOT NULL CHECK (LENGTH("reason") > 0), "correctedBy" INTEGER NOT NULL REFERENCES "account"("id"), "correctedAt" DATETIME NOT NULL);

-- table message
CREATE TABLE "message" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "organizationId" INTEGER NOT NULL REFERENCES "organization"("id") ON DELETE CASCADE, "senderId" INTEGER NOT NULL REFERENCES "person"("id") ON DELETE RESTRICT, "subject" TEXT NOT NULL CHECK ((LENGTH("subject") > 0) AND (LENGTH("subject") <= 200)), "text" TEXT NOT NULL CHECK ((LENGTH("text") > 0) AND (LENGTH("text") <= 4000)), "sentAt" DATETIME NOT NULL, "replyToId" INTEGER REFERENCES "message"("id") ON DELETE SET NULL);

-- table messageRecipient
CREATE TABLE "messageRecipient" ("messageId" INTEGER NOT NULL REFERENCES "message"("id") ON DELETE CASCADE, "personId" INTEGER NOT NULL REFERENCES "person"("id") ON DELETE CASCADE, "readAt" DATETIME, PRIMARY KEY ("messageId", "personId"));

-- table organization
CREATE TABLE "organization" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "code" TEXT NOT NULL UNIQUE CHECK ((LENGTH("code") > 0) AND (LENGTH("code") <= 32)), "name" TEXT NOT NULL CHECK (LENGTH("name") > 0), "timeZone" TEXT NOT NULL);

-- table outboxMessage
CREATE TABLE "outboxMessage" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "organizationId" INTEGER NOT NULL REFERENCES "organization"("id") ON DELETE CASCADE, "personId" INTEGER REFERENCES "person"("id") ON DELETE SET NULL, "address" TEXT NOT NULL CHECK ((LENGTH("address") > 2) AND (LENGTH("address") <= 254)), "language" TEXT NOT NULL CHECK (language IN ('ru', 'en')), "notice" TEXT NOT NULL, "dedupeKey" TEXT UNIQUE, "ticketId" INTEGER REFERENCES "ticket"("id") ON DELETE SET NULL, "messageToken" TEXT NOT NULL UNIQUE, "createdAt" DATETIME NOT NULL, "dueAt" DATETIME NOT NULL, "state" TEXT NOT NULL CHECK (state IN ('queued', 'handing', 'sent', 'abandoned')), "attempts" INTEGER NOT NULL DEFAULT 0, "lastError" TEXT, "handedAt" DATETIME, "sentAt" DATETIME, CHECK ((state = 'sent') = (sentAt IS NOT NULL)));

-- table periodMark
CREATE TABLE "periodMark" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "studentId" INTEGER NOT NULL REFERENCES "person"("id") ON DELETE CASCADE, "subjectId" INTEGER NOT NULL REFERENCES "subject"("id") ON DELETE CASCADE, "classId" INTEGER NOT NULL REFERENCES "schoolClass"("id") ON DELETE CASCADE, "periodId" INTEGER REFERENCES "reportingPeriod"("id") ON DELETE CASCADE, "yearId" INTEGER NOT NULL REFERENCES "academicYear"("id") ON DELETE CASCADE, "value" TEXT NOT NULL CHECK (value IN ('1', '2', '3', '4', '5', 'н/а', 'ОСВ', 'зачёт', 'незачёт')), "setBy" INTEGER NOT NULL REFERENCES "account"("id"), "setAt" DATETIME NOT NULL);

-- table person
CREATE TABLE "person" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "organizationId" INTEGER NOT NULL REFERENCES "organization"("id") ON DELETE CASCADE, "fullName" TEXT NOT NULL CHECK (LENGTH("fullName") > 0), "birthDate" TEXT, "sex" TEXT CHECK (sex IN ('male', 'female')), "email" TEXT, "phone" TEXT, "searchName" TEXT NOT NULL DEFAULT '');

-- table personRole
CREATE TABLE "personRole" ("personId" INTEGER NOT NULL REFERENCES "person"("id") ON DELETE CASCADE, "role" TEXT NOT NULL CHECK (role IN ('director', 'deputyAcademic', 'deputyUpbringing', 'journalAdmin', 'coordinator',
'operator', 'forumModerator', 'itEngineer', 'classTeacher', 'subjectTeacher',
'substituteTeacher', 'supportSpecialist', 'methodologist', 'student', 'guardian')), PRIMARY KEY ("personId", "role"));

-- table planItem
CREATE TABLE "planItem" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "assignmentId" INTEGER NOT NULL REFERENCES "assignment"("id") ON DELETE CASCADE, "position" INTEGER NOT NULL CHECK ("position" >= 1), "section" TEXT, "topic" TEXT NOT NULL CHECK (LENGTH("topic") > 0), "hours" INTEGER NOT NULL CHECK (("hours" >= 1) AND ("hours" <= 100)) DEFAULT 1, "plannedDate" TEXT, "factDate" TEXT, "homework" TEXT, UNIQUE ("assignmentId", "position"));

-- table reportingPeriod
CREATE TABLE "reportingPeriod" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "yearId" INTEGER NOT NULL REFERENCES "academicYear"("id") ON DELETE CASCADE, "number" INTEGER NOT NULL CHECK (("number" >= 1) AND ("number" <= 4)), "startDate" TEXT NOT NULL, "endDate" TEXT NOT NULL, UNIQUE ("yearId", "number"), CHECK (startDate <= endDate));

-- table riskWatch
CREATE TABLE "riskWatch" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "studentId" INTEGER NOT NULL REFERENCES "person"("id") ON DELETE CASCADE, "schoolClassId" INTEGER NOT NULL REFERENCES "schoolClass"("id") ON DELETE CASCADE, "reason" TEXT NOT NULL CHECK ((LENGTH("reason") > 0) AND (LENGTH("reason") <= 300)), "addedBy" INTEGER NOT NULL REFERENCES "account"("id"), "addedAt" DATETIME NOT NULL, "removedBy" INTEGER REFERENCES "account"("id"), "removedAt" DATETIME, CHECK ((removedAt IS NULL) = (removedBy IS NULL)));

-- table rolloutTask
CREATE TABLE "rolloutTask" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "organizationId" INTEGER NOT NULL REFERENCES "organization"("id") ON DELETE CASCADE, "number" INTEGER NOT NULL CHECK ("number" >= 1), "title" TEXT NOT NULL CHECK ((LENGTH("title") > 0) AND (LENGTH("title") <= 1000)), "deadlineText" TEXT NOT NULL, "deadline" TEXT, "responsible" TEXT NOT NULL, "state" TEXT NOT NULL CHECK (state IN ('planned', 'inProgress', 'done', 'cancelled')), "doneOn" TEXT, "note" TEXT, UNIQUE ("organizationId", "number"), CHECK ((state = 'done') = (doneOn IS NOT NULL)));

-- table schoolClass
CREATE TABLE "schoolClass" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "yearId" INTEGER NOT NULL REFERENCES "academicYear"("id") ON DELETE CASCADE, "gradeLevel" INTEGER NOT NULL CHECK (("gradeLevel" >= 1) AND ("gradeLevel" <= 11)), "letter" TEXT NOT NULL CHECK ((LENGTH("letter") > 0) AND (LENGTH("letter") <= 8)), "classTeacherId" INTEGER REFERENCES "person"("id") ON DELETE SET NULL, UNIQUE ("yearId", "gradeLevel", "letter"));

-- table serviceRun
CREATE TABLE "serviceRun" ("job" TEXT PRIMARY KEY NOT NULL CHECK (job IN ('notify', 'backup', 'mailIn')), "startedAt" DATETIME NOT NULL, "finishedAt" DATETIME, "succeeded" BOOLEAN NOT NULL, "summary" TEXT);

-- table shortenedDay
CREATE TABLE "shortenedDay" ("organizationId" INTEGER NOT NULL REFERENCES "organization"("id") ON DELETE CASCADE, "date" TEXT NOT NULL, "name" TEXT NOT NULL, PRIMARY KEY ("organizationId", "date"));

-- table subgroup
CREATE TABLE "subgroup" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "classId" INTEGER NOT NULL REFERENCES "schoolClass"("id") ON DELETE CASCADE, "subjectId" INTEGER REFERENCES "subject"("id") ON DELETE CASCADE, "name" TEXT NOT NULL CHECK (LENGTH("name") > 0), UNIQUE ("classId", "name"));

-- table subgroupMember
CREATE TABLE "subgroupMember" ("subgroupId" INTEGER NOT NULL REFERENCES "subgroup"("id") ON DELETE CASCADE, "studentId" INTEGER NOT NULL REFERENCES "person"("id") ON DELETE CASCADE, PRIMARY KEY ("subgroupId", "studentId"));

-- table subject
CREATE TABLE "subject" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "organizationId" INTEGER NOT NULL REFERENCES "organization"("id") ON DELETE CASCADE, "name" TEXT NOT NULL CHECK (LENGTH("name") > 0), "passFail" BOOLEAN NOT NULL DEFAULT 0, UNIQUE ("organizationId", "name"));

-- table substitution
CREATE TABLE "substitution" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "absentTeacherId" INTEGER NOT NULL REFERENCES "person"("id") ON DELETE CASCADE, "substituteId" INTEGER NOT NULL REFERENCES "person"("id") ON DELETE CASCADE, "fromDate" TEXT NOT NULL, "toDate" TEXT NOT NULL, "classId" INTEGER REFERENCES "schoolClass"("id") ON DELETE CASCADE, "note" TEXT, "recordedBy" INTEGER NOT NULL REFERENCES "account"("id"), "recordedAt" DATETIME NOT NULL, CHECK (fromDate <= toDate), CHECK (absentTeacherId <> substituteId));

-- table supportSchedule
CREATE TABLE "supportSchedule" ("organizationCode" TEXT PRIMARY KEY NOT NULL CHECK (LENGTH("organizationCode") > 0), "fileName" TEXT NOT NULL, "source" TEXT NOT NULL, "loadedAt" DATETIME NOT NULL);

-- table ticket
CREATE TABLE "ticket" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "organizationId" INTEGER NOT NULL REFERENCES "organization"("id") ON DELETE CASCADE, "kind" TEXT NOT NULL CHECK (kind IN ('help', 'credentialReset', 'breach')), "priority" TEXT NOT NULL CHECK (priority IN ('low', 'normal', 'high', 'urgent')), "state" TEXT NOT NULL CHECK (state IN ('new', 'assigned', 'inProgress', 'waiting', 'resolved', 'closed')), "requesterLogin" TEXT NOT NULL CHECK (LENGTH("requesterLogin") > 0), "requesterIdentifier" INTEGER NOT NULL, "requesterRole" TEXT NOT NULL, "requesterAccountId" INTEGER REFERENCES "account"("id") ON DELETE SET NULL, "verified" BOOLEAN NOT NULL, "contact" TEXT, "topic" TEXT NOT NULL CHECK ((LENGTH("topic") > 0) AND (LENGTH("topic") <= 300)), "helpKind" TEXT NOT NULL CHECK (helpKind IN ('technical', 'methodological', 'any')), "description" TEXT NOT NULL, "schoolClassId" INTEGER REFERENCES "schoolClass"("id") ON DELETE SET NULL, "lessonId" INTEGER REFERENCES "lesson"("id") ON DELETE SET NULL, "markId" INTEGER REFERENCES "mark"("id") ON DELETE SET NULL, "assignee" TEXT, "assigneePersonId" INTEGER REFERENCES "person"("id") ON DELETE SET NULL, "vendorReference" TEXT, "createdAt" DATETIME NOT NULL, "createdById" INTEGER REFERENCES "person"("id") ON DELETE SET NULL, "firstResponseAt" DATETIME, "resolvedAt" DATETIME, "closedAt" DATETIME, "isIncident" BOOLEAN NOT NULL DEFAULT 0);

-- table ticketAttachment
CREATE TABLE "ticketAttachment" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "ticketId" INTEGER REFERENCES "ticket"("id") ON DELETE CASCADE, "inboundMailId" INTEGER REFERENCES "inboundMail"("id") ON DELETE CASCADE, "fileName" TEXT NOT NULL CHECK ((LENGTH("fileName") > 0) AND (LENGTH("fileName") <= 200)), "contentType" TEXT NOT NULL, "size" INTEGER NOT NULL, "data" BLOB, "receivedAt" DATETIME NOT NULL, CHECK (ticketId IS NOT NULL OR inboundMailId IS NOT NULL));

-- table ticketEvent
CREATE TABLE "ticketEvent" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "ticketId" INTEGER NOT NULL REFERENCES "ticket"("id") ON DELETE CASCADE, "at" DATETIME NOT NULL, "actorId" INTEGER REFERENCES "person"("id") ON DELETE SET NULL, "kind" TEXT NOT NULL CHECK (kind IN ('created', 'assigned', 'state', 'reply', 'note', 'vendor', 'identityCheck', 'handover', 'refused',
'merged', 'mergedInto', 'linked', 'unlinked', 'incident', 'incidentChild', 'rated')), "fromState" TEXT, "toState" TEXT, "text" TEXT, "isPublic" BOOLEAN NOT NULL, "otherTicketId" INTEGER REFERENCES "ticket"("id") ON DELETE SET NULL);

-- table ticketLink
CREATE TABLE "ticketLink" ("ticketId" INTEGER NOT NULL REFERENCES "ticket"("id") ON DELETE CASCADE, "linkedTicketId" INTEGER NOT NULL REFERENCES "ticket"("id") ON DELETE CASCADE, "kind" TEXT NOT NULL CHECK (kind IN ('merged', 'incident', 'related')), "at" DATETIME NOT NULL, "linkedBy" INTEGER REFERENCES "person"("id") ON DELETE SET NULL, PRIMARY KEY ("ticketId", "linkedTicketId"), CHECK (ticketId <> linkedTicketId));

-- table ticketRating
CREATE TABLE "ticketRating" ("ticketId" INTEGER PRIMARY KEY REFERENCES "ticket"("id") ON DELETE CASCADE, "rating" INTEGER NOT NULL CHECK (("rating" >= 1) AND ("rating" <= 5)), "comment" TEXT CHECK (LENGTH("comment") <= 2000), "ratedAt" DATETIME NOT NULL, "byMail" BOOLEAN NOT NULL);

-- table ticketTarget
CREATE TABLE "ticketTarget" ("organizationId" INTEGER NOT NULL REFERENCES "organization"("id") ON DELETE CASCADE, "kind" TEXT NOT NULL, "priority" TEXT NOT NULL, "firstResponseMinutes" INTEGER NOT NULL CHECK ("firstResponseMinutes" > 0), "resolutionMinutes" INTEGER NOT NULL CHECK ("resolutionMinutes" > 0), PRIMARY KEY ("organizationId", "kind", "priority"));

-- table timetableEntry
CREATE TABLE "timetableEntry" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "assignmentId" INTEGER NOT NULL REFERENCES "assignment"("id") ON DELETE CASCADE, "weekday" INTEGER NOT NULL CHECK (("weekday" >= 1) AND ("weekday" <= 7)), "startTime" TEXT NOT NULL, "endTime" TEXT NOT NULL, "room" TEXT, "validFrom" TEXT NOT NULL, "validTo" TEXT, CHECK (startTime < endTime), CHECK (validTo IS NULL OR validFrom <= validTo));

-- table training
CREATE TABLE "training" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "organizationId" INTEGER NOT NULL REFERENCES "organization"("id") ON DELETE CASCADE, "topic" TEXT NOT NULL CHECK ((LENGTH("topic") > 0) AND (LENGTH("topic") <= 300)), "audience" TEXT NOT NULL CHECK (audience IN ('teachers', 'guardians', 'students')), "gradeBand" TEXT CHECK (gradeBand IN ('2-4', '5-9', '10-11')), "format" TEXT NOT NULL CHECK (format IN ('training', 'seminar')), "date" TEXT NOT NULL, "start" TEXT NOT NULL, "end" TEXT NOT NULL, "room" TEXT, "trainer" TEXT NOT NULL CHECK (LENGTH("trainer") > 0), "capacity" INTEGER NOT NULL CHECK (("capacity" >= 1) AND ("capacity" <= 1000)), "cancelled" BOOLEAN NOT NULL DEFAULT 0, CHECK (start < "end"), CHECK (gradeBand IS NULL OR audience = 'teachers'));

-- table trainingRegistration
CREATE TABLE "trainingRegistration" ("trainingId" INTEGER NOT NULL REFERENCES "training"("id") ON DELETE CASCADE, "personId" INTEGER NOT NULL REFERENCES "person"("id") ON DELETE CASCADE, "registeredAt" DATETIME NOT NULL, "attended" BOOLEAN, PRIMARY KEY ("trainingId", "personId"));

-- table vacation
CREATE TABLE "vacation" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "yearId" INTEGER NOT NULL REFERENCES "academicYear"("id") ON DELETE CASCADE, "name" TEXT NOT NULL CHECK (LENGTH("name") > 0), "startDate" TEXT NOT NULL, "endDate" TEXT NOT NULL, CHECK (startDate <= endDate));

-- table workWeight
CREATE TABLE "workWeight" ("organizationId" INTEGER NOT NULL REFERENCES "organization"("id") ON DELETE CASCADE, "workKind" TEXT NOT NULL, "weight" DOUBLE NOT NULL CHECK (("weight" > 0) AND ("weight" <= 10)), PRIMARY KEY ("organizationId", "workKind"));

-- table workingRegime
CREATE TABLE "workingRegime" ("yearId" INTEGER PRIMARY KEY REFERENCES "academicYear"("id") ON DELETE CASCADE, "daysPerWeek" INTEGER NOT NULL CHECK (daysPerWeek IN (5, 6)), "bells" TEXT NOT NULL CHECK (LENGTH("bells") > 0));

-- table writtenWorkCheck
CREATE TABLE "writtenWorkCheck" ("lessonId" INTEGER PRIMARY KEY REFERENCES "lesson"("id") ON DELETE CASCADE, "checkingEndsOn" TEXT NOT NULL, "setBy" INTEGER NOT NULL REFERENCES "account"("id"), "setAt" DATETIME NOT NULL);

-- table yearClosure
CREATE TABLE "yearClosure" ("yearId" INTEGER PRIMARY KEY REFERENCES "academicYear"("id") ON DELETE RESTRICT, "orderNumber" TEXT NOT NULL CHECK ((LENGTH("orderNumber") > 0) AND (LENGTH("orderNumber") <= 40)), "orderDate" TEXT NOT NULL, "closedAt" DATETIME NOT NULL, "closedBy" INTEGER NOT NULL REFERENCES "account"("id"), "auditHead" TEXT NOT NULL);

-- trigger academicYearClosedUpdate
CREATE TRIGGER academicYearClosedUpdate BEFORE UPDATE ON academicYear
WHEN EXISTS (SELECT 1 FROM yearClosure WHERE yearId = OLD.id)
BEGIN SELECT RAISE(ABORT, 'helpdesk: the school year is closed'); END;

-- trigger assignmentClosedYearDelete
CREATE TRIGGER assignmentClosedYearDelete BEFORE DELETE ON assignment
WHEN EXISTS (SELECT 1 FROM yearClosure WHERE yearId = (SELECT yearId FROM schoolClass WHERE id = OLD.classId))
BEGIN SELECT RAISE(ABORT, 'helpdesk: the school year is closed'); END;

-- trigger assignmentClosedYearInsert
CREATE TRIGGER assignmentClosedYearInsert BEFORE INSERT ON assignment
WHEN EXISTS (SELECT 1 FROM yearClosure WHERE yearId = (SELECT yearId FROM schoolClass WHERE id = NEW.classId))
BEGIN SELECT RAISE(ABORT, 'helpdesk: the school year is closed'); END;

-- trigger assignmentClosedYearUpdate
CREATE TRIGGER assignmentClosedYearUpdate BEFORE UPDATE ON assignment
WHEN EXISTS (SELECT 1 FROM yearClosure WHERE yearId = (SELECT yearId FROM schoolClass WHERE id = OLD.classId))
BEGIN SELECT RAISE(ABORT, 'helpdesk: the school year is closed'); END;

-- trigger attendanceClosedYearDelete
CREATE TRIGGER attendanceClosedYearDelete BEFORE DELETE ON attendance
WHEN EXISTS (SELECT 1 FROM yearClosure WHERE yearId = (SELECT c.yearId FROM lesson l JOIN schoolClass c ON c.id = l.classId WHERE l.id = OLD.lessonId))
BEGIN SELECT RAISE(ABORT, 'helpdesk: the school year is closed'); END;

-- trigger attendanceClosedYearInsert
CREATE TRIGGER attendanceClosedYearInsert BEFORE INSERT ON attendance
WHEN EXISTS (SELECT 1 FROM yearClosure WHERE yearId = (SELECT c.yearId FROM lesson l JOIN schoolClass c ON c.id = l.classId WHERE l.id = NEW.lessonId))
BEGIN SELECT RAISE(ABORT, 'helpdesk: the school year is closed'); END;

-- trigger attendanceClosedYearUpdate
CREATE TRIGGER attendanceClosedYearUpdate BEFORE UPDATE ON attendance
WHEN EXISTS (SELECT 1 FROM yearClosure WHERE yearId = (SELECT c.yearId FROM lesson l JOIN schoolClass c ON c.id = l.classId WHERE l.id = OLD.lessonId))
BEGIN SELECT RAISE(ABORT, 'helpdesk: the school year is closed'); END;

-- trigger enrolmentClosedYearDelete
CREATE TRIGGER enrolmentClosedYearDelete BEFORE DELETE ON enrolment
WHEN EXISTS (SELECT 1 FROM yearClosure WHERE yearId = OLD.yearId)
BEGIN SELECT RAISE(ABORT, 'helpdesk: the school year is closed'); END;

-- trigger enrolmentClosedYearInsert
CREATE TRIGGER enrolmentClosedYearInsert BEFORE INSERT ON enrolment
WHEN EXISTS (SELECT 1 FROM yearClosure WHERE yearId = NEW.yearId)
BEGIN SELECT RAISE(ABORT, 'helpdesk: the school year is closed'); END;

-- trigger enrolmentClosedYearUpdate
CREATE TRIGGER enrolmentClosedYearUpdate BEFORE UPDATE ON enrolment
WHEN EXISTS (SELECT 1 FROM yearClosure WHERE yearId = OLD.yearId)
BEGIN SELECT RAISE(ABORT, 'helpdesk: the school year is closed'); END;

-- trigger finalAcknowledgementClosedYearDelete
CREATE TRIGGER finalAcknowledgementClosedYearDelete BEFORE DELETE ON finalAcknowledgement
WHEN EXISTS (SELECT 1 FROM yearClosure WHERE yearId = (SELECT yearId FROM reportingPeriod WHERE id = OLD.periodId))
BEGIN SELECT RAISE(ABORT, 'helpdesk: the school year is closed'); END;

-- trigger finalAcknowledgementClosedYearInsert
CREATE TRIGGER finalAcknowledgementClosedYearInsert BEFORE INSERT ON finalAcknowledgement
WHEN EXISTS (SELECT 1 FROM yearClosure WHERE yearId = (SELECT yearId FROM reportingPeriod WHERE id = NEW.periodId))
BEGIN SELECT RAISE(ABORT, 'helpdesk: the school year is closed'); END;

-- trigger finalAcknowledgementClosedYearUpdate
CREATE TRIGGER finalAcknowledgementClosedYearUpdate BEFORE UPDATE ON finalAcknowledgement
WHEN EXISTS (SELECT 1 FROM yearClosure WHERE yearId = (SELECT yearId FROM reportingPeriod WHERE id = OLD.periodId))
BEGIN SELECT RAISE(ABORT, 'helpdesk: the school year is closed'); END;

-- trigger lessonClosedYearDelete
CREATE TRIGGER lessonClosedYearDelete BEFORE DELETE ON lesson
WHEN EXISTS (SELECT 1 FROM yearClosure WHERE yearId = (SELECT yearId FROM schoolClass WHERE id = OLD.classId))
BEGIN SELECT RAISE(ABORT, 'helpdesk: the school year is closed'); END;

-- trigger lessonClosedYearInsert
CREATE TRIGGER lessonClosedYearInsert BEFORE INSERT ON lesson
WHEN EXISTS (SELECT 1 FROM yearClosure WHERE yearId = (SELECT yearId FROM schoolClass WHERE id = NEW.classId))
BEGIN SELECT RAISE(ABORT, 'helpdesk: the school year is closed'); END;

-- trigger lessonClosedYearUpdate
CREATE TRIGGER lessonClosedYearUpdate BEFORE UPDATE ON lesson
WHEN EXISTS (SELECT 1 FROM yearClosure WHERE yearId = (SELECT yearId FROM schoolClass WHERE id = OLD.classId))
BEGIN SELECT RAISE(ABORT, 'helpdesk: the school year is closed'); END;

-- trigger markClosedYearDelete
CREATE TRIGGER markClosedYearDelete BEFORE DELETE ON mark
WHEN EXISTS (SELECT 1 FROM yearClosure WHERE yearId = (SELECT c.yearId FROM lesson l JOIN schoolClass c ON c.id = l.classId WHERE l.id = OLD.lessonId))
BEGIN SELECT RAISE(ABORT, 'helpdesk: the school year is closed'); END;

-- trigger markClosedYearInsert
CREATE TRIGGER markClosedYearInsert BEFORE INSERT ON mark
WHEN EXISTS (SELECT 1 FROM yearClosure WHERE yearId = (SELECT c.yearId FROM lesson l JOIN schoolClass c ON c.id = l.classId WHERE l.id = NEW.lessonId))
BEGIN SELECT RAISE(ABORT, 'helpdesk: the school year is closed'); END;

-- trigger markClosedYearUpdate
CREATE TRIGGER markClosedYearUpdate BEFORE UPDATE ON mark
WHEN EXISTS (SELECT 1 FROM yearClosure WHERE yearId = (SELECT c.yearId FROM lesson l JOIN schoolClass c ON c.id = l.classId WHERE l.id = OLD.lessonId))
BEGIN SELECT RAISE(ABORT, 'helpdesk: the school year is closed'); END;

-- trigger periodMarkClosedYearDelete
CREATE TRIGGER periodMarkClosedYearDelete BEFORE DELETE ON periodMark
WHEN EXISTS (SELECT 1 FROM yearClosure WHERE yearId = OLD.yearId)
BEGIN SELECT RAISE(ABORT, 'helpdesk: the school year is closed'); END;

-- trigger periodMarkClosedYearInsert
CREATE TRIGGER periodMarkClosedYearInsert BEFORE INSERT ON periodMark
WHEN EXISTS (SELECT 1 FROM yearClosure WHERE yearId = NEW.yearId)
BEGIN SELECT RAISE(ABORT, 'helpdesk: the school year is closed'); END;

-- trigger periodMarkClosedYearUpdate
CREATE TRIGGER periodMarkClosedYearUpdate BEFORE UPDATE ON periodMark
WHEN EXISTS (SELECT 1 FROM yearClosure WHERE yearId = OLD.yearId)
BEGIN SELECT RAISE(ABORT, 'helpdesk: the school year is closed'); END;

-- trigger planItemClosedYearDelete
CREATE TRIGGER planItemClosedYearDelete BEFORE DELETE ON planItem
WHEN EXISTS (SELECT 1 FROM yearClosure WHERE yearId = (SELECT c.yearId FROM assignment a JOIN schoolClass c ON c.id = a.classId WHERE a.id = OLD.assignmentId))
BEGIN SELECT RAISE(ABORT, 'helpdesk: the school year is closed'); END;

-- trigger planItemClosedYearInsert
CREATE TRIGGER planItemClosedYearInsert BEFORE INSERT ON planItem
WHEN EXISTS (SELECT 1 FROM yearClosure WHERE yearId = (SELECT c.yearId FROM assignment a JOIN schoolClass c ON c.id = a.classId WHERE a.id = NEW.assignmentId))
BEGIN SELECT RAISE(ABORT, 'helpdesk: the school year is closed'); END;

-- trigger planItemClosedYearUpdate
CREATE TRIGGER planItemClosedYearUpdate BEFORE UPDATE ON planItem
WHEN EXISTS (SELECT 1 FROM yearClosure WHERE yearId = (SELECT c.yearId FROM assignment a JOIN schoolClass c ON c.id = a.classId WHERE a.id = OLD.assignmentId))
BEGIN SELECT RAISE(ABORT, 'helpdesk: the school year is closed'); END;

-- trigger reportingPeriodClosedYearDelete
CREATE TRIGGER reportingPeriodClosedYearDelete BEFORE DELETE ON reportingPeriod
WHEN EXISTS (SELECT 1 FROM yearClosure WHERE yearId = OLD.yearId)
BEGIN SELECT RAISE(ABORT, 'helpdesk: the school year is closed'); END;

-- trigger reportingPeriodClosedYearInsert
CREATE TRIGGER reportingPeriodClosedYearInsert BEFORE INSERT ON reportingPeriod
WHEN EXISTS (SELECT 1 FROM yearClosure WHERE yearId = NEW.yearId)
BEGIN SELECT RAISE(ABORT, 'helpdesk: the school year is closed'); END;

-- trigger reportingPeriodClosedYearUpdate
CREATE TRIGGER reportingPeriodClosedYearUpdate BEFORE UPDATE ON reportingPeriod
WHEN EXISTS (SELECT 1 FROM yearClosure WHERE yearId = OLD.yearId)
BEGIN SELECT RAISE(ABORT, 'helpdesk: the school year is closed'); END;

-- trigger riskWatchClosedYearDelete
CREATE TRIGGER riskWatchClosedYearDelete BEFORE DELETE ON riskWatch
WHEN EXISTS (SELECT 1 FROM yearClosure WHERE yearId = (SELECT yearId FROM schoolClass WHERE id = OLD.schoolClassId))
BEGIN SELECT RAISE(ABORT, 'helpdesk: the school year is closed'); END;

-- trigger riskWatchClosedYearInsert
CREATE TRIGGER riskWatchClosedYearInsert BEFORE INSERT ON riskWatch
WHEN EXISTS (SELECT 1 FROM yearClosure WHERE yearId = (SELECT yearId FROM schoolClass WHERE id = NEW.schoolClassId))
BEGIN SELECT RAISE(ABORT, 'helpdesk: the school year is closed'); END;

-- trigger riskWatchClosedYearUpdate
CREATE TRIGGER riskWatchClosedYearUpdate BEFORE UPDATE ON riskWatch
WHEN EXISTS (SELECT 1 FROM yearClosure WHERE yearId = (SELECT yearId FROM schoolClass WHERE id = OLD.schoolClassId))
BEGIN SELECT RAISE(ABORT, 'helpdesk: the school year is closed'); END;

-- trigger schoolClassClosedYearDelete
CREATE TRIGGER schoolClassClosedYearDelete BEFORE DELETE ON schoolClass
WHEN EXISTS (SELECT 1 FROM yearClosure WHERE yearId = OLD.yearId)
BEGIN SELECT RAISE(ABORT, 'helpdesk: the school year is closed'); END;

-- trigger schoolClassClosedYearInsert
CREATE TRIGGER schoolClassClosedYearInsert BEFORE INSERT ON schoolClass
WHEN EXISTS (SELECT 1 FROM yearClosure WHERE yearId = NEW.yearId)
BEGIN SELECT RAISE(ABORT, 'helpdesk: the school year is closed'); END;

-- trigger schoolClassClosedYearUpdate
CREATE TRIGGER schoolClassClosedYearUpdate BEFORE UPDATE ON schoolClass
WHEN EXISTS (SELECT 1 FROM yearClosure WHERE yearId = OLD.yearId)
BEGIN SELECT RAISE(ABORT, 'helpdesk: the school year is closed'); END;

-- trigger subgroupClosedYearDelete
CREATE TRIGGER subgroupClosedYearDelete BEFORE DELETE ON subgroup
WHEN EXISTS (SELECT 1 FROM yearClosure WHERE yearId = (SELECT yearId FROM schoolClass WHERE id = OLD.classId))
BEGIN SELECT RAISE(ABORT, 'helpdesk: the school year is closed'); END;

-- trigger subgroupClosedYearInsert
CREATE TRIGGER subgroupClosedYearInsert BEFORE INSERT ON subgroup
WHEN EXISTS (SELECT 1 FROM yearClosure WHERE yearId = (SELECT yearId FROM schoolClass WHERE id = NEW.classId))
BEGIN SELECT RAISE(ABORT, 'helpdesk: the school year is closed'); END;

-- trigger subgroupClosedYearUpdate
CREATE TRIGGER subgroupClosedYearUpdate BEFORE UPDATE ON subgroup
WHEN EXISTS (SELECT 1 FROM yearClosure WHERE yearId = (SELECT yearId FROM schoolClass WHERE id = OLD.classId))
BEGIN SELECT RAISE(ABORT, 'helpdesk: the school year is closed'); END;

-- trigger subgroupMemberClosedYearDelete
CREATE TRIGGER subgroupMemberClosedYearDelete BEFORE DELETE ON subgroupMember
WHEN EXISTS (SELECT 1 FROM yearClosure WHERE yearId = (SELECT c.yearId FROM subgroup s JOIN schoolClass c ON c.id = s.classId WHERE s.id = OLD.subgroupId))
BEGIN SELECT RAISE(ABORT, 'helpdesk: the school year is closed'); END;

-- trigger subgroupMemberClosedYearInsert
CREATE TRIGGER subgroupMemberClosedYearInsert BEFORE INSERT ON subgroupMember
WHEN EXISTS (SELECT 1 FROM yearClosure WHERE yearId = (SELECT c.yearId FROM subgroup s JOIN schoolClass c ON c.id = s.classId WHERE s.id = NEW.subgroupId))
BEGIN SELECT RAISE(ABORT, 'helpdesk: the school year is closed'); END;

-- trigger subgroupMemberClosedYearUpdate
CREATE TRIGGER subgroupMemberClosedYearUpdate BEFORE UPDATE ON subgroupMember
WHEN EXISTS (SELECT 1 FROM yearClosure WHERE yearId = (SELECT c.yearId FROM subgroup s JOIN schoolClass c ON c.id = s.classId WHERE s.id = OLD.subgroupId))
BEGIN SELECT RAISE(ABORT, 'helpdesk: the school year is closed'); END;

-- trigger substitutionClosedYearDelete
CREATE TRIGGER substitutionClosedYearDelete BEFORE DELETE ON substitution
WHEN EXISTS (SELECT 1 FROM yearClosure WHERE yearId = (SELECT yearId FROM schoolClass WHERE id = OLD.classId))
BEGIN SELECT RAISE(ABORT, 'helpdesk: the school year is closed'); END;

-- trigger substitutionClosedYearInsert
CREATE TRIGGER substitutionClosedYearInsert BEFORE INSERT ON substitution
WHEN EXISTS (SELECT 1 FROM yearClosure WHERE yearId = (SELECT yearId FROM schoolClass WHERE id = NEW.classId))
BEGIN SELECT RAISE(ABORT, 'helpdesk: the school year is closed'); END;

-- trigger substitutionClosedYearUpdate
CREATE TRIGGER substitutionClosedYearUpdate BEFORE UPDATE ON substitution
WHEN EXISTS (SELECT 1 FROM yearClosure WHERE yearId = (SELECT yearId FROM schoolClass WHERE id = OLD.classId))
BEGIN SELECT RAISE(ABORT, 'helpdesk: the school year is closed'); END;

-- trigger timetableEntryClosedYearDelete
CREATE TRIGGER timetableEntryClosedYearDelete BEFORE DELETE ON timetableEntry
WHEN EXISTS (SELECT 1 FROM yearClosure WHERE yearId = (SELECT c.yearId FROM assignment a JOIN schoolClass c ON c.id = a.classId WHERE a.id = OLD.assignmentId))
BEGIN SELECT RAISE(ABORT, 'helpdesk: the school year is closed'); END;

-- trigger timetableEntryClosedYearInsert
CREATE TRIGGER timetableEntryClosedYearInsert BEFORE INSERT ON timetableEntry
WHEN EXISTS (SELECT 1 FROM yearClosure WHERE yearId = (SELECT c.yearId FROM assignment a JOIN schoolClass c ON c.id = a.classId WHERE a.id = NEW.assignmentId))
BEGIN SELECT RAISE(ABORT, 'helpdesk: the school year is closed'); END;

-- trigger timetableEntryClosedYearUpdate
CREATE TRIGGER timetableEntryClosedYearUpdate BEFORE UPDATE ON timetableEntry
WHEN EXISTS (SELECT 1 FROM yearClosure WHERE yearId = (SELECT c.yearId FROM assignment a JOIN schoolClass c ON c.id = a.classId WHERE a.id = OLD.assignmentId))
BEGIN SELECT RAISE(ABORT, 'helpdesk: the school year is closed'); END;

-- trigger vacationClosedYearDelete
CREATE TRIGGER vacationClosedYearDelete BEFORE DELETE ON vacation
WHEN EXISTS (SELECT 1 FROM yearClosure WHERE yearId = OLD.yearId)
BEGIN SELECT RAISE(ABORT, 'helpdesk: the school year is closed'); END;

-- trigger vacationClosedYearInsert
CREATE TRIGGER vacationClosedYearInsert BEFORE INSERT ON vacation
WHEN EXISTS (SELECT 1 FROM yearClosure WHERE yearId = NEW.yearId)
BEGIN SELECT RAISE(ABORT, 'helpdesk: the school year is closed'); END;

-- trigger vacationClosedYearUpdate
CREATE TRIGGER vacationClosedYearUpdate BEFORE UPDATE ON vacation
WHEN EXISTS (SELECT 1 FROM yearClosure WHERE yearId = OLD.yearId)
BEGIN SELECT RAISE(ABORT, 'helpdesk: the school year is closed'); END;

-- trigger workingRegimeClosedYearDelete
CREATE TRIGGER workingRegimeClosedYearDelete BEFORE DELETE ON workingRegime
WHEN EXISTS (SELECT 1 FROM yearClosure WHERE yearId = OLD.yearId)
BEGIN SELECT RAISE(ABORT, 'helpdesk: the school year is closed'); END;

-- trigger workingRegimeClosedYearInsert
CREATE TRIGGER workingRegimeClosedYearInsert BEFORE INSERT ON workingRegime
WHEN EXISTS (SELECT 1 FROM yearClosure WHERE yearId = NEW.yearId)
BEGIN SELECT RAISE(ABORT, 'helpdesk: the school year is closed'); END;

-- trigger workingRegimeClosedYearUpdate
CREATE TRIGGER workingRegimeClosedYearUpdate BEFORE UPDATE ON workingRegime
WHEN EXISTS (SELECT 1 FROM yearClosure WHERE yearId = OLD.yearId)
BEGIN SELECT RAISE(ABORT, 'helpdesk: the school year is closed'); END;

-- trigger writtenWorkCheckClosedYearDelete
CREATE TRIGGER writtenWorkCheckClosedYearDelete BEFORE DELETE ON writtenWorkCheck
WHEN EXISTS (SELECT 1 FROM yearClosure WHERE yearId = (SELECT c.yearId FROM lesson l JOIN schoolClass c ON c.id = l.classId WHERE l.id = OLD.lessonId))
BEGIN SELECT RAISE(ABORT, 'helpdesk: the school year is closed'); END;

-- trigger writtenWorkCheckClosedYearInsert
CREATE TRIGGER writtenWorkCheckClosedYearInsert BEFORE INSERT ON writtenWorkCheck
WHEN EXISTS (SELECT 1 FROM yearClosure WHERE yearId = (SELECT c.yearId FROM lesson l JOIN schoolClass c ON c.id = l.classId WHERE l.id = NEW.lessonId))
BEGIN SELECT RAISE(ABORT, 'helpdesk: the school year is closed'); END;

-- trigger writtenWorkCheckClosedYearUpdate
CREATE TRIGGER writtenWorkCheckClosedYearUpdate BEFORE UPDATE ON writtenWorkCheck
WHEN EXISTS (SELECT 1 FROM yearClosure WHERE yearId = (SELECT c.yearId FROM lesson l JOIN schoolClass c ON c.id = l.classId WHERE l.id = OLD.lessonId))
BEGIN SELECT RAISE(ABORT, 'helpdesk: the school year is closed'); END;

-- trigger yearClosureFixed
CREATE TRIGGER yearClosureFixed BEFORE UPDATE ON yearClosure
BEGIN SELECT RAISE(ABORT, 'helpdesk: the school year is closed'); END;

-- trigger yearClosureKept
CREATE TRIGGER yearClosureKept BEFORE DELETE ON yearClosure
BEGIN SELECT RAISE(ABORT, 'helpdesk: the school year is closed'); END;

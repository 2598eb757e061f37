import HelpDesk
import JournalCore

/// Every sentence the console shows; its wording table words each in both languages.
public enum Message: Equatable, Sendable {
    // Session
    case welcome(version: String)
    case loginPrompt
    case passwordPrompt
    case currentPasswordPrompt
    case newPasswordPrompt
    case repeatPasswordPrompt
    case passwordsDiffer
    case loggedIn(name: String, roles: String, organization: String)
    case loggedOut
    case mustChangePassword
    case passwordChanged
    case notLoggedIn
    case alreadyLoggedIn(login: String)
    case whoami(name: String, login: String, identifier: Int64, roles: String, organization: String)
    case goodbye
    // Dialog
    case cancelHint
    case cancelled
    /// «отмена» typed at the prompt, with nothing being asked.
    case nothingToCancel
    /// Long work stopped by Ctrl-C: what it had not committed was rolled back.
    case workInterrupted
    case confirm
    case yesNoHint
    case answerYesOrNo
    case saved
    case markSaved(id: Int64)
    case marksSaved(Int)
    case periodMarkSaved(id: Int64)
    case fieldPrompt(label: String, hint: String?)
    case optionalHint
    case choicesHint(String)
    case missingField(label: String, flag: String)
    case unknownFlag(String)
    case duplicateFlag(String)
    case unclosedQuote
    case unknownCommand(String)
    case didYouMean(String)
    case nothingFound
    case count(Int)
    /// Columns left out of a table because the screen is too narrow.
    /// The title of a progress bar.
    case progress(LongWork)
    // Help
    case helpHeader
    case helpFooter
    case helpUsage(String)
    case helpFields
    case helpRequired
    case helpExamples
    case summary(CommandID)
    case helpGroup(CommandGroup)
    // Demo and set-up
    case emptyDatabaseOffer
    case demoLoading
    case demoLoaded(organization: String)
    case demoAlreadyThere(path: String)
    case demoLogins(password: String)
    case initDone(organization: String, login: String, identifier: Int64)
    case passwordFromEnvironmentMissing
    case recoverNeedsWriteAccess(path: String)
    case recovered
    // Results
    case credentialsIssued(login: String, identifier: Int64, name: String, password: String)
    case credentialsSlipHint
    case keyAdded(login: String, fingerprint: String)
    case keyRemoved(login: String, fingerprint: String)
    case keysWritten(path: String)
    case keysNotWritten
    case keyFileFailed(path: String)
    // Over SSH
    case sshCommandRefused(String)
    case sshNeedsKey
    case sshKeyRefused
    // Mail
    case mailNotConfigured
    case notifyBusy
    case notified(queued: Int, sent: Int, refused: Int, handing: Int)
    case mailSettings(from: String?, sendmail: String)
    case mailPreferences(language: Language, digest: String, copies: Bool, address: String?)
    case guardianDigestSet(name: String, digest: String)
    case digestWords(DigestDelivery)
    case attachmentSize(bytes: Int, kept: Bool)
    case attachmentSaved(name: String, path: String)
    case fileExists(path: String)
    /// The folder a file was to go into is not there (or cannot be written): nothing was done.
    case folderMissing(path: String)
    /// `--schedules` names a folder that is not there.
    case schedulesFolderMissing(path: String)
    case mailIn(MailInOutcome)
    case notAMail
    case serviceJob(ServiceJob)
    case runOutcome(succeeded: Bool)
    case neverRan
    case messageSent(id: Int64, count: Int)
    case unreadMessages(Int)
    case messageNeedsRecipient
    case remoteFile(path: String)
    /// The sendmail program set over SSH: refused.
    case sendmailOnlyOnServer
    case lineTooLong(max: Int)
    case lessonFilled(present: Int, absent: Int, late: Int, marks: Int)
    case lessonFillHint(lesson: Int64)
    case lessonFillGridHint
    case lessonFillPrompt
    case slipsWritten(count: Int, path: String)
    /// Class credentials asked where every account has them already.
    case allCredentialsIssued
    case consentSaved(name: String)
    case accessWords(AccessChoice?)
    case slipExpires(String)
    case slipSignatures
    case slipSheetTitle(school: String)
    case slipSheetWarning
    case standardStreamInteractive
    case accountLocked(login: String)
    case accountUnlocked(login: String)
    case studentTransferred(name: String, sex: Sex?, className: String)
    case studentLeft(name: String)
    case studentEnrolled(name: String, sex: Sex?, className: String)
    case guardianLinked(guardian: String, student: String, sex: Sex?)
    case addedToSubgroup(student: String, sex: Sex?, subgroup: String)
    case assignmentRemoved
    case noYear
    case auditIntact(entries: Int)
    case auditBroken(entries: Int, problems: Int)
    case auditProblem(AuditProblem)
    case auditHead(entries: Int, hash: String, at: String)
    case backupWritten(path: String, sha256: String, bytes: Int64)
    case backupVerified(file: String, created: String, sha256: String, schools: Int)
    case backupProblem(BackupProblem)
    case backupAuditWarning(organization: String, problems: Int)
    case backupReminder(BackupReminder)
    case restored(path: String, from: String)
    case schoolsMoved(rows: Int, to: String)
    case schoolMoved(organization: String, entries: Int, hash: String)
    case schoolMoveProblem(SchoolMoveProblem)
    case markLate
    /// What the pager's prompt says: which keys page and quit.
    case pagerHint
    /// A mark given to a pupil marked absent at the lesson.
    case markForAbsentPupil
    case suggestion(average: String, suggested: String, counted: String, notAssessed: Int, exempt: Int)
    case noMarksToAverage
    case lessonsGenerated(Int)
    case lessonCancelled
    case dayOff
    case planReport(added: Int, changed: Int, unchanged: Int, removed: Int, applied: Bool)
    case planProblem(line: Int, column: String, text: String)
    case planNotImported
    case planWouldRemove(Int)
    case planRemovalNotConfirmed(Int)
    case planExported(path: String, items: Int)
    case cannotReadFile(path: String)
    case cannotWriteFile(path: String)
    case nextTopic(String)
    case nobodyOnDuty
    case scheduleProblem(ScheduleProblem)
    case workingDay
    case homeworkLate
    /// J-MARK-2: when a written work's checking ends, its marks are due.
    case checkingEnds(LocalDate)
    // Help desk
    case desk(DeskMessage)
    case schoolYear(SchoolYearSentence)
    case report(ReportSentence)
    case ticket(TicketMessage)
    // Errors
    case error(JournalError)
    /// A value the console refused before the core saw it.
    case invalidValue(Label, Reason)
    case deskError(DeskError)
    case unexpected(String)
    /// The database refused a write; `busy`: another program holds it.
    case databaseError(busy: Bool)
    /// What only a school's file has, asked of a region's database on PostgreSQL.
    case fileOnly
    case cannotOpenDatabase(path: String, detail: String)
    case databaseUnreachable
    case storageProblem(StorageProblem)
}

/// Command groups of `help`.
public enum CommandGroup: CaseIterable, Sendable {
    case session, school, people, teaching, journal, helpdesk, tickets, accounts
}

/// Every command, for its help text.
public enum CommandID: String, CaseIterable, Sendable {
    case login, logout, whoami, password, help, quit
    case orgList, orgShow, orgEdit
    case yearList, yearNew, yearRegime, yearClose, yearArchive, periodList, periodSet, vacationList, vacationNew
    case classList, classShow, classNew, classTeacher
    case subgroupList, subgroupNew, subgroupAdd
    case studentList, studentShow, studentNew, studentEdit, studentEnrol, studentTransfer, studentLeave, studentHistory
    case guardianList, guardianNew, guardianLink
    case staffList, staffShow, staffNew, staffEdit, staffGrant, staffRevoke
    case subjectList, subjectNew
    case assignmentList, assignmentNew, assignmentRemove
    case accountList, accountShow, accountIssue, accountLock, accountUnlock, accountRename
    case keyAdd, keyList, keyRemove
    case consentSet, consentList, attendanceWeek, lessonList, lessonNew, lessonShow, lessonFill, lessonTopic, lessonChecking, homeworkSet,
        attendanceSet,
        attendanceReason
    case markAdd, markFix, auditVerify, auditShow, auditHead, settingsShow, settingsSet
    case periodMarkList, periodMarkSet, periodMarkSuggest, periodMarkChange, periodMarkMissing, substitutionNew, substitutionList,
        settingsWeight
    case holidayList, holidaySet, holidayRemove, timetableList, timetableAdd, timetableChange, timetableEnd
    case lessonGenerate, lessonCancel, lessonMove, journalPage, today
    case planImport, planExport, planShow, diary, finalMarks
    case studentImport, staffImport, assignmentImport, reportSummary, reportSchool
    case reportAttendance, reportMonitoring, reportActivity, reportRisk, riskAdd, riskRemove, reportForecast, finalAcknowledge
    case reportAcknowledged, reportDesk
    case kbSearch, kbList, kbShow, kbAdd, kbFromTicket, kbRetire, ticketTemplate, cannedList, cannedAdd
    case understand
    case ticketMerge, ticketLink, ticketUnlink, ticketRate, incidentOpen, incidentAdd, incidentList
    case scheduleWho, scheduleNow, scheduleWeek, scheduleReload, scheduleExport
    case bookingNew, bookingList, bookingCancel, bookingMove, bookingAgenda, bookingExport, bookingSettings
    case trainingNew, trainingList, trainingTopics, trainingRegister, trainingShow, trainingAttendance, trainingCancel, trainingCheck
    case rolloutList, rolloutOverdue, rolloutAdd, rolloutSet, rolloutImport
    case ticketNew, ticketList, ticketShow, ticketTake, ticketWait, ticketResolve, ticketClose, ticketReopen
    case ticketReply, ticketNote, ticketAssign, ticketVendor, ticketTargets
    case credentialReset, credentialHandover, breachReport, breachWithdraw
    case backupMake, backupVerify
    case serviceList, serviceAdd, serviceRemove
    case mailSettings, mailPreferences, guardianDigest, mailHeld, mailTake, attachmentSave
    case messageSend, messageList, messageShow, messageReply
}

extension CommandID {
    /// What a pupil or a parent can do: their own session, the diary and the messages, the help
    /// desk's requests, consultations and trainings. `help` lists these to them; the core still
    /// checks every right on every call.
    static let forFamilies: Set<CommandID> = [
        .login, .logout, .whoami, .password, .help, .quit, .understand, .today, .diary, .finalMarks, .timetableList,
        .messageSend, .messageList, .messageShow, .messageReply, .mailPreferences, .kbSearch, .kbList, .kbShow,
        .ticketNew, .ticketList, .ticketShow, .ticketReply, .ticketRate, .bookingNew, .bookingList, .bookingCancel,
        .bookingMove, .scheduleWho, .scheduleNow, .scheduleWeek, .trainingList, .trainingRegister,
        .studentShow, .guardianList,
    ]
}

/// Long work a progress bar is drawn for.
public enum LongWork: Sendable {
    case demo, backup, verify, credentials, importing, closingYear
}

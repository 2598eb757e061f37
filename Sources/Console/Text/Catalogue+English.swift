import HelpDesk
import JournalCore

/// Every user-facing sentence in English, with `--lang en` or an English `LANG`.
struct EnglishCatalogue: Catalogue {
    func text(_ message: Message) -> String {
        switch message {
        case .welcome(let version): "helpdesk \(version) — class journal and help desk. Type “help” for commands, “quit” to leave."
        case .loginPrompt: "Login: "
        case .passwordPrompt: "Password: "
        case .currentPasswordPrompt: "Current password: "
        case .newPasswordPrompt: "New password (8 characters or more): "
        case .repeatPasswordPrompt: "Repeat the new password: "
        case .passwordsDiffer: "The passwords differ."
        case .loggedIn(let name, let roles, let organization): "Logged in as \(name) (\(roles)), \(organization)."
        case .loggedOut: "Logged out."
        case .mustChangePassword: "Your password is temporary: set a new one before going on."
        case .passwordChanged: "Password changed."
        case .notLoggedIn: "Log in first: “login”."
        case .alreadyLoggedIn(let login): "Already logged in as \(login); “logout” first."
        case .whoami(let name, let login, let identifier, let roles, let organization):
            "\(name)\nLogin: \(login), identifier: \(identifier)\nRoles: \(roles)\nOrganization: \(organization)"
        case .goodbye: "Goodbye."
        case .cancelHint: "(“cancel” to stop)"
        case .cancelled: "Cancelled; nothing was written."
        case .workInterrupted: "Stopped (Ctrl-C): the work was interrupted; nothing was written."
        case .confirm: "Save?"
        case .yesNoHint: "[yes/no]"
        case .answerYesOrNo: "Answer “yes” or “no”."
        case .saved: "Saved."
        case .markSaved(let id): "Saved: mark No. \(id) (to correct it: mark fix \(id) MARK \"reason\")."
        case .marksSaved(let count): "Saved: \(count) marks (their numbers: lesson show)."
        case .periodMarkSaved(let id): "Saved: period mark No. \(id) (to change it after the window: period-mark change \(id) …)."
        case .fieldPrompt(let label, let hint): hint.map { "\(label) (\($0)): " } ?? "\(label): "
        case .optionalHint: "may be left empty"
        case .choicesHint(let choices): choices
        case .missingField(let label, let flag): "Missing field “\(label)” (\(flag))."
        case .unknownFlag(let flag): "Unknown option “\(flag)”."
        case .duplicateFlag(let flag): "Option “\(flag)” given twice."
        case .unclosedQuote: "A quote is not closed."
        case .unknownCommand(let line): "Unknown command “\(line)”. Type “help” for commands."
        case .didYouMean(let options): "Did you mean: \(options)"
        case .nothingFound: "Nothing found."
        case .count(let n): "Total: \(n)"
        case .progress(let work):
            switch work {
            case .demo: "Loading the demo school"
            case .backup: "Backup"
            case .verify: "Checking the audit log"
            case .credentials: "Temporary passwords"
            case .importing: "Loading the file"
            case .closingYear: "Closing the year"
            }
        case .helpHeader: "Commands (Russian words in brackets; missing fields are asked one by one):"
        case .helpFooter: "“help COMMAND” tells more. Example: help student new"
        case .helpUsage(let usage): "Usage: \(usage)"
        case .helpFields: "Fields:"
        case .helpRequired: "required"
        case .helpExamples: "Example:"
        case .summary(let id): summary(id)
        case .helpGroup(let group):
            switch group {
            case .session: "Session"
            case .school: "School and academic year"
            case .people: "Students, guardians, staff"
            case .teaching: "Subjects and assignments"
            case .journal: "Journal: lessons, attendance, marks"
            case .helpdesk: "Help desk: timetables, consultations, trainings, rollout"
            case .tickets: "Help desk: tickets"
            case .accounts: "Accounts"
            }
        case .emptyDatabaseOffer: "The database is empty. Load the demo school?"
        case .demoLoading: "Loading the demo school…"
        case .demoAlreadyThere(let path):
            "The demo school is in \(path) already: nothing to load again. The logins are in README (password demo2026)."
        case .demoLoaded(let organization): "Demo school loaded: \(organization)."
        case .demoLogins(let password): "Demo logins (the password of each is “\(password)”):"
        case .initDone(let organization, let login, let identifier):
            "Organization “\(organization)” created. Journal administrator: \(login) (identifier \(identifier))."
        case .recoverNeedsWriteAccess(let path):
            "recover needs write access to the database file \(path): run it as the account that owns the file."
        case .recovered: "Recorded in the audit log. Hand the password over in person; it must be changed at the first login."
        case .passwordFromEnvironmentMissing: "No password: set it in the HELPDESK_PASSWORD variable."
        case .credentialsIssued(let login, let identifier, let name, let password):
            "Credentials for \(name)\nLogin: \(login)\nIdentifier: \(identifier)\nTemporary password: \(password)\nIt lasts until the first login, when it must be changed."
        case .credentialsSlipHint: "The password is shown once: hand it over in person, against a signature."
        case .keyAdded(let login, let fingerprint): "Key \(fingerprint) now opens the console for \(login) over SSH."
        case .keyRemoved(let login, let fingerprint): "Key \(fingerprint) of \(login) removed: it opens nothing any more."
        case .keysWritten(let path): "The SSH keys file is rewritten: \(path)."
        case .keysNotWritten:
            "No SSH keys file is set here (HELPDESK_AUTHORIZED_KEYS): the key is stored and works once the server rewrites its file."
        case .keyFileFailed(let path): "Could not write the SSH keys file \(path); the key is stored, the file is as it was."
        case .sshCommandRefused(let word):
            "Over SSH only the console runs: --json, --lang, --yes and -c \"command\" are allowed, not «\(word)»."
        case .sshNeedsKey: "A command over SSH needs a key tied to your account (ask the journal administrator: account key add)."
        case .sshKeyRefused: "This key opens no active account."
        case .mailNotConfigured: "The desk's address that mail comes from is not set: mail settings --from ADDRESS (or HELPDESK_MAIL_FROM)."
        case .notifyBusy: "Another process is sending the mail; this run does nothing."
        case .notified(let queued, let sent, let refused, let handing):
            "Queued: \(queued), handed to the mail system: \(sent), refused (tried again later): \(refused)"
                + (handing > 0 ? ", still being handed: \(handing)" : "") + "."
        case .mailSettings(let from, let sendmail):
            "The desk's address: \(from ?? "not set"). Sendmail program: \(sendmail)."
        case .mailPreferences(let language, let digest, let copies, let address):
            "Language of the mail: \(language == .ru ? "Russian" : "English"). The week's digest: \(digest). Copies of messages by e-mail: \(copies ? "yes" : "no")."
                + (address.map { " Address: \($0)." } ?? " No e-mail address is given: no mail will be sent.")
        case .guardianDigestSet(let name, let digest): "\(name): the week — \(digest)."
        case .attachmentSize(let bytes, let kept):
            (bytes < 1024 * 1024 ? "\(max(1, bytes / 1024)) KB" : String(format: "%.1f MB", Double(bytes) / 1_048_576))
                + (kept ? "" : ", not kept: over \(AttachmentLimits.perFile / 1_048_576) MB")
        case .attachmentSaved(let name, let path): "File “\(name)” saved: \(path)."
        case .schedulesFolderMissing(let path):
            "There is no timetables folder \(path): name one that exists (--schedules), or none to use the timetables shipped with the program."
        case .folderMissing(let path):
            "The folder \(path) is not there or cannot be written (a drive not mounted?): nothing was done. Name a folder that exists."
        case .fileExists(let path): "\(path) exists already: choose another name; no file is written over."
        case .serviceJob(let job):
            switch job {
            case .notify: "mail (notify)"
            case .backup: "backup"
            case .mailIn: "mail in (mail-in)"
            }
        case .runOutcome(let succeeded): succeeded ? "succeeded" : "failed"
        case .neverRan: "never ran"
        case .messageSent(let id, let count): "Message \(id) sent to \(count)."
        case .unreadMessages(let count): "Unread messages: \(count) — message list."
        case .consentSaved(let name): "Recorded for the pupil: \(name)."
        case .accessWords(let access):
            switch access {
            case .applied?: "applied"
            case .declined?: "declined: a weekly printout"
            case nil: "no answer"
            }
        case .allCredentialsIssued:
            "Every account has its credentials already; nothing was changed. To issue them again add --again (the old passwords stop working)."
        case .slipsWritten(let count, let path):
            "Temporary passwords issued: \(count). The sheet of slips is \(path): it holds the passwords — keep it secret, hand them out under signature and destroy it; the passwords are not shown on screen."
        case .slipExpires(let when): "The password is valid until \(when) and is changed at the first login."
        case .slipSignatures: "Received: ____________________   Handed over: ____________________   Date: __________"
        case .slipSheetTitle(let school): "Access credentials — \(school)"
        case .slipSheetWarning: "Secret: temporary passwords. Cut apart, hand each over in person under signature, destroy the rest."
        case .lessonFilled(let present, let absent, let late, let marks):
            "Saved: present \(present), absent \(absent), late \(late), marks \(marks)."
        case .lessonFillGridHint:
            "On one line, separated by “;”: a number or surname, then absent (or -) or late, marks with the kind of work; “all” for the others present. For example: 3 absent; 7 5 test; Petrov 4; all"
        case .lessonFillPrompt: "Lesson: "
        case .lessonFillHint(let lesson):
            "The lesson's pupils are above. On one line: lesson fill \(lesson) \"Surname н; Surname 5 кр; Surname 4; all\" (н absent, о late; «all»: the others present)."
        case .lineTooLong(let max): "A line longer than \(max) characters is no command; nothing was done. Split a long text."
        case .sendmailOnlyOnServer:
            "The mail program is set on the server itself (helpdesk --db FILE -c \"mail settings --sendmail …\"), not over SSH: nothing was changed."
        case .remoteFile(let path):
            "“\(path)”: over SSH the server's files are not reachable. Use “-” instead: ssh desk@school -- -c 'COMMAND -' > file (or < file to load)."
        case .standardStreamInteractive: "“-” is the standard input or output: in a one-shot command (-c) only, without --json."
        case .messageNeedsRecipient: "To whom: give --to NAME or --class CLASS (--audience guardians, students or all)."
        case .notAMail: "The input is not a mail message (RFC 5322), or it is over 30 MB."
        case .mailIn(let outcome):
            switch outcome {
            case .reply(let ticket): "The mail was added to ticket \(ticket) as the requester's answer."
            case .invitationAnswered(let booking, let answer):
                "The answer to the invitation to consultation \(booking) is recorded: "
                    + (answer == .accepted ? "accepted." : answer == .declined ? "declined." : "tentative.")
            case .rated(let ticket, let rating): "The requester rated the answer to ticket \(ticket): \(rating) of 5."
            case .opened(let ticket): "Ticket \(ticket) was opened from the mail; the sender was sent its number."
            case .held(let id, let asked):
                "Unknown address: mail \(id) is held"
                    + (asked ? "; the sender was asked for organization, login, identifier and role." : ".")
            case .unsubscribed: "The sender is unsubscribed from the digest."
            case .ignored(let why):
                switch why {
                case .automatic: "An auto-reply, a bounce or a list's mail: kept, not answered."
                case .fromDesk: "Mail from the desk's own address: a loop, not answered."
                case .duplicate: "This mail was received before."
                }
            }
        case .digestWords(let delivery):
            switch delivery {
            case .none: "in the diary only"
            case .email: "by e-mail"
            case .paper: "as a printout from the class teacher"
            }
        case .accountLocked(let login): "Account \(login) locked."
        case .accountUnlocked(let login): "Account \(login) unlocked; a new password will be asked at login."
        case .studentTransferred(let name, let className): "\(name) moved to \(className)."
        case .studentLeft(let name): "Leaving recorded: \(name)."
        case .studentEnrolled(let name, let className): "\(name) enrolled in \(className)."
        case .guardianLinked(let guardian, let student): "\(guardian) is now a guardian of \(student)."
        case .addedToSubgroup(let student, let subgroup): "\(student) added to subgroup “\(subgroup)”."
        case .assignmentRemoved: "Assignment removed."
        case .noYear: "No academic year is open yet: “year new”."
        case .backupWritten(let path, let sha256, let bytes):
            "Backup written: \(path) (\(bytes) bytes, SHA-256 \(sha256)); integrity and foreign keys checked."
        case .backupVerified(let file, let created, let sha256, let schools):
            "Backup \(file) of \(created) matches its manifest (SHA-256 \(sha256)), its integrity and foreign keys are sound; schools in it: \(schools)."
        case .restored(let path, let from): "Database restored from \(from) into \(path). Start helpdesk with --db \(path)."
        case .backupReminder(let reminder):
            switch reminder {
            case .stale(let last, let days):
                last.map {
                    "The last backup is from \(Moment.text($0, in: .current, language: .en)), older than \(days) days: make a new one (backup make)."
                }
                    ?? "There is no backup yet: make one on two media (backup make)."
            case .yearEndDue(let by): "The school year's copy of the journal is due by \(by.description): backup make."
            case .yearEndMissing(let due):
                "The school year's copy of the journal is missing and was due on \(due.description): make it now (backup make)."
            }
        case .backupAuditWarning(let organization, let problems):
            "Warning: the audit log of \(organization) disagrees with the data (\(problems)): the copy is kept as it is, for investigation (audit verify); no journal is restored from it."
        case .backupProblem(let problem):
            switch problem {
            case .destinationMissing(let path):
                "The folder \(path) is not there or cannot be written to (medium not mounted, or read-only?): no copy was made on any medium."
            case .notADatabase(let path): "\(path) is not a helpdesk database."
            case .integrity(let detail): "The copy is damaged: \(detail)."
            case .foreignKeys(let count): "The copy has broken links between tables: \(count)."
            case .audit(let organization, let problems):
                "In the copy, the audit log of \(organization) disagrees with the data: \(problems) problems."
            case .manifestMissing(let path): "The copy's manifest is missing: \(path)."
            case .checksumMismatch(let expected, let found):
                "The checksum does not match the manifest: expected \(expected), found \(found)."
            case .targetExists(let path): "\(path) exists already: nothing is written over an existing file."
            }
        case .auditIntact(let entries): "The audit log is intact: \(entries) entries, the hash chain holds."
        case .auditHead(let entries, let hash, let at):
            "Head of the chain: \(entries) entries, hash \(hash), last entry \(at). Write it on printed documents and backup labels."
        case .auditBroken(let entries, let problems): "The audit log is damaged: \(problems) problems in \(entries) entries."
        case .auditProblem(let problem):
            switch problem {
            case .altered(let id): "  entry \(id) was changed after it was written"
            case .brokenLink(let id): "  an entry before \(id) was deleted or moved"
            case .headMismatch(let expected, let found): "  \(expected) entries expected, \(found) found: the last ones were deleted"
            case .rowInserted(let table, let key): "  \(table) \(key): row inserted behind the product (not in the chain)"
            case .rowChanged(let table, let key, let differences):
                "  \(table) \(key): row changed behind the product — "
                    + differences.map { "\($0.column): was “\($0.sealed ?? "—")”, now “\($0.found ?? "—")”" }.joined(separator: "; ")
            case .rowDeleted(let table, let key): "  \(table) \(key): row deleted behind the product"
            }
        case .markLate: "The mark was entered after the deadline — flagged for monitoring."
        case .pagerHint: "(Space: next page, b: back, /word: search, q: back to the prompt)"
        case .markForAbsentPupil: "The pupil is marked absent at this lesson: check that the mark is for work they handed in."
        case .homeworkLate: "The homework was entered late — flagged for monitoring."
        case .checkingEnds(let date):
            "The written work's checking ends on \(date.dotted): its marks (test, dictation, essay, quiz, lab, practical) are due that day, in the lesson's column."
        case .suggestion(let average, let suggested, let counted, let notAssessed, let exempt):
            "Weighted average: \(average) → suggested “\(suggested)”.\nCounted (mark × weight): \(counted)\nLeft out: n/a — \(notAssessed), exempt — \(exempt). The teacher sets the period mark."
        case .noMarksToAverage: "No 5-point marks in the period: nothing to suggest."
        case .lessonsGenerated(let n): "Lessons created from the timetable: \(n)."
        case .lessonCancelled: "Lesson cancelled."
        case .dayOff: "day off"
        case .workingDay: "working day"
        case .planReport(let added, let changed, let unchanged, let removed, let applied):
            (applied ? "Course plan loaded" : "Course plan checked (nothing written)")
                + ": \(added) added, \(changed) changed, \(unchanged) unchanged, \(removed) removed."
        case .planProblem(let line, let column, let text): "  line \(line), column “\(column)”: \(text)"
        case .planWouldRemove(let count): "The file has fewer topics than the plan: these would be removed (\(count)):"
        case .planRemovalNotConfirmed(let count):
            "The file would remove \(count) topics of the plan: nothing was loaded. Check the file or confirm the replacement (--yes)."
        case .planNotImported: "The file has errors: nothing was loaded. Correct them or add --skip-errors."
        case .planExported(let path, let items): "Course plan written to \(path): \(items) topics."
        case .cannotReadFile(let path): "Cannot read the file \(path)."
        case .nextTopic(let topic): "Next topic of the course plan: \(topic)"
        case .nobodyOnDuty: "Nobody is on duty now."
        case .scheduleProblem(let problem):
            "\(problem.file), line \(problem.line), field “\(problem.field)”: "
                + {
                    switch problem.kind {
                    case .missing: "not given"
                    case .unknownWeekday(let day): "unknown weekday “\(day)”"
                    case .badTime(let time): "cannot read the time “\(time)”"
                    case .endBeforeStart: "the end is before the start"
                    case .unknownKind(let kind): "unknown kind of help “\(kind)” (technical, methodological, any)"
                    case .unknownTimeZone(let zone): "unknown time zone “\(zone)”"
                    case .overlaps(let person, let line): "\(person) is busy at that time already (line \(line))"
                    case .badNumber(let text): "a number from 1 to 480 is needed, not “\(text)”"
                    case .notYAML(let detail): "the file is not YAML: \(detail)"
                    case .wrongOrganization(let code): "the file must describe the organization its name gives, not “\(code)”"
                    }
                }()
        case .desk(let message): desk(message)
        case .schoolYear(let sentence): schoolYear(sentence)
        case .report(let sentence): report(sentence)
        case .ticket(let message): ticket(message)
        case .deskError(let error): deskError(error)
        case .cannotWriteFile(let path): "Could not write the file \(path)."
        case .error(let error): describe(error)
        case .invalidValue(let label, let reason): "\(self.label(label)): \(self.reason(reason, of: label))."
        case .unexpected(let detail): "The command failed: \(detail)"
        case .databaseError(let busy):
            busy
                ? "The database is busy with another program; nothing was written. Try again in a minute."
                : "The database refused the change; nothing was written. Tell the journal administrator what you did."
        case .storageProblem(let problem):
            switch problem {
            case .missing(let path):
                "There is no database \(path). Create one with helpdesk --db \(path) init …, or the demo school with helpdesk --db \(path) --demo."
            case .notHelpdesk(let path): "\(path) is not a helpdesk database: it was neither opened nor changed."
            case .needsWrite: "The database was opened for reading only, and the command needs to write."
            case .exposed(let path, let mode, let folder):
                "Warning: the database \(folder ? "folder" : "file") \(path) is open to other users (mode \(String(mode, radix: 8))). Close it: chmod \(folder ? "700" : "600") \(path)"
            }
        case .cannotOpenDatabase(let path, let detail): "Cannot open the database \(path): \(detail)"
        }
    }

    private func describe(_ error: JournalError) -> String {
        switch error {
        case .invalid(let field, let reason): "\(label(Label(field))): \(self.reason(reason, of: Label(field)))."
        case .forbidden(let operation): "Not allowed: \(self.operation(operation))."
        case .badCredentials: "Wrong login or password."
        case .accountLocked: "The account is locked. Ask the journal administrator."
        case .credentialsNotIssued: "No credentials have been issued yet."
        case .alreadyEnrolled(let student, let className): "\(student) is already in \(className) this academic year."
        case .notEnrolled(let student): "\(student) is not enrolled in any class."
        case .passwordChangeRequired: "Change your temporary password first: “password”."
        case .notLoggedIn: "Log in first: “login”."
        case .gradeOneHasNoMarks: "Grade 1 gets no marks and no homework."
        case .lessonInFuture: "The lesson has not begun: nothing is entered in advance."
        case .entryWindowClosed(let daysAgo, let limit):
            "The lesson was \(daysAgo) days ago: entries are allowed up to \(limit) days later."
        case .lessonCancelled: "The lesson is cancelled."
        case .periodMarkWindowNotOpen(let opens): "Period marks are set in the period's last week: from \(opens)."
        case .periodMarkWindowClosed(let closed):
            "The time for this period mark ended on \(closed): only the deputy director (academic) changes it, on an explanatory note."
        case .absenceReasonWindowClosed(let closed):
            "The reason for this absence could be given until \(closed.dotted): the lesson's period has been summed up."
        case .yearNotOver(let ends):
            "A year is closed after its last reporting period ends (\(ends.dotted)): final marks are still being set."
        case .periodMarkAlreadySet(let value):
            "The period mark is set already («\(value.rawValue)») and the period has ended: only the deputy director (academic) replaces it, on the teacher's explanatory note."
        case .notInLesson(let student): "\(student) does not attend this lesson."
        case .tooManyAttempts(_, let seconds):
            "Too many failed logins: wait \(max(1, (seconds + 59) / 60)) min and try again."
        case .temporaryPasswordExpired:
            "The temporary password has expired. Ask the journal administrator or the class teacher for new credentials."
        case .sessionEnded: "The session has ended: the account's credentials or rights changed, or it was locked. Log in again."
        case .lessonWithMarks(let count):
            "The lesson has marks (\(count)): it cannot move into the future or another period, nor be cancelled."
        case .periodMarksOutside(let marks):
            "Period marks were set on days that would fall outside the period: the dates are unchanged. Marks (\(marks.count)): "
                + marks.prefix(10).map { "\($0.student), \($0.subject): \($0.value) (\($0.setOn.description))" }.joined(separator: "; ")
        case .yearClosed(let year):
            year.map {
                "The school year \($0.name) was closed by order No. \($0.orderNumber) of \($0.orderDate.dotted): its journal is read-only."
            } ?? "The school year is closed: its journal is read-only."
        case .promotionTargetsMissing(let names):
            "The classes pupils move into are missing: \(names.joined(separator: ", ")). Create them (class new); the year was not closed."
        case .noNextYear(let name): "There is no school year after \(name): create it (year new), then close this one."
        case .unreadablePlan(let problem):
            switch problem {
            case .tooLarge(let bytes, let maxBytes):
                "The file is too large for a course plan (\(bytes) bytes, at most \(maxBytes)): not read."
            case .utf16: "The file is UTF-16. Save it as CSV in UTF-8 (Excel: “CSV UTF-8 (Comma delimited)”)."
            case .cp866: "The file looks like DOS Cyrillic (CP866). Save it as UTF-8 or Windows-1251."
            case .spreadsheet: "This is an Excel workbook, not CSV. Open it and save as “CSV (semicolon delimited)”, then load the CSV."
            case .binary: "This is not a text file: it has zero and control bytes. A course plan CSV is needed."
            }
        case .unlockNeedsNewCredentials:
            "The account was locked after a breach or too many failed logins: only new credentials unlock it (credential reset)."
        case .breachReportForbidden:
            "Only the account's owner, the school's director, deputies and journal administrator, or the help desk serving the school may report a breach."
        case .noOpenBreach(let number): "No open breach report №\(number)."
        }
    }

    func label(_ label: Label) -> String {
        switch label {
        case .code: "Organization code"
        case .name: "Name"
        case .timeZone: "Time zone"
        case .login: "Login"
        case .password: "Password"
        case .newPassword: "New password"
        case .identifier: "Identifier"
        case .fullName: "Full name"
        case .birthDate: "Date of birth"
        case .marks: "Marks"
        case .average: "Average"
        case .quality: "Quality, %"
        case .success: "Success, %"
        case .xlsx: "XLSX file"
        case .print: "File to print"
        case .headline: "Title"
        case .readers: "For"
        case .excellentCount: "All fives"
        case .goodCount: "Fours and fives"
        case .oneThreeCount: "One three"
        case .failingCount: "Failing"
        case .notAssessedCount: "Not assessed"
        case .resolvedCount: "Resolved"
        case .accountCount: "Accounts"
        case .activeCount: "Active"
        case .missedLessons: "Lessons missed"
        case .excused: "Excused"
        case .unexcused: "Unexcused"
        case .withoutReason: "No reason given"
        case .lateCount: "Late"
        case .missedDays: "Days missed"
        case .withTopic: "With a topic, %"
        case .withHomework: "With homework, %"
        case .homeworkLate: "Homework late"
        case .marksOnTime: "Marks on time, %"
        case .withoutMarks: "No marks, %"
        case .withOneMark: "One mark, %"
        case .planCovered: "Plan covered, %"
        case .replaced: "Replaced"
        case .cancelled: "Not held"
        case .pupilsVisited: "Pupils logged in, %"
        case .guardiansVisited: "Guardians logged in, %"
        case .visits: "Days logged in"
        case .riskReason: "Why at risk"
        case .guardianVisits: "Guardians' logins this week"
        case .forecast: "Forecast"
        case .counted: "Marks counted"
        case .acknowledgedAt: "Acknowledged"
        case .tickets: "Tickets"
        case .deadlinesMet: "On time, %"
        case .firstResponseHours: "First response, h"
        case .resolutionHours: "Resolution, h"
        case .bookingsHeld: "Consultations held"
        case .bookingsCancelled: "Consultations cancelled"
        case .send: "Send"
        case .averageBelow: "Average below"
        case .absencesOver: "Unexcused absences over"
        case .week: "Week"
        case .order: "Order number"
        case .signed: "Signed"
        case .retained: "Retained in grade"
        case .leaving: "Leaving"
        case .archive: "Archive folder"
        case .bells: "Bells"
        case .bare: "No template"
        case .passFail: "Pass/fail (no marks)"
        case .sameDay: "On the day, %"
        case .calendarYear: "Calendar year (2026)"
        case .ticketKind: "Ticket type"
        case .issuedAt: "Issued"
        case .signedAt: "Signed"
        case .outcomeClass: "Into"
        case .sex: "Sex"
        case .email: "E-mail"
        case .phone: "Phone"
        case .role: "Role"
        case .roles: "Roles"
        case .year: "Academic year"
        case .period: "Period"
        case .periodKind: "Year divided into"
        case .number: "No."
        case .startDate: "Start"
        case .endDate: "End"
        case .date: "Date"
        case .schoolClass: "Class"
        case .gradeLevel: "Grade"
        case .letter: "Letter"
        case .classTeacher: "Class teacher"
        case .subgroup: "Subgroup"
        case .student: "Student"
        case .guardian: "Guardian"
        case .staff: "Staff member"
        case .teacher: "Teacher"
        case .subject: "Subject"
        case .account: "Account"
        case .person: "Person"
        case .organization: "Organization"
        case .vacation: "Vacation"
        case .note: "Note"
        case .state: "State"
        case .students: "Students"
        case .children: "Children"
        case .movement: "Movement"
        case .lesson: "Lesson"
        case .topic: "Topic"
        case .homework: "Homework"
        case .mark: "Mark"
        case .workKind: "Kind of work"
        case .comment: "Comment"
        case .document: "Document"
        case .status: "Attendance"
        case .reason: "Reason"
        case .time: "Time"
        case .kind: "Lesson kind"
        case .markDeadline: "Marks due by"
        case .homeworkGraceMinutes: "Minutes for homework after lessons"
        case .entryWindowDays: "Days to fill in after a lesson"
        case .markScale: "Mark scale"
        case .action: "Action"
        case .change: "Before → after"
        case .weight: "Weight"
        case .weekday: "Weekday"
        case .room: "Room"
        case .hours: "Hours"
        case .plan: "Course plan"
        case .plannedDate: "Planned"
        case .covered: "Covered in lessons"
        case .helpKind: "Kind of help"
        case .days: "Days"
        case .responsible: "Responsible"
        case .topics: "Topics"
        case .booking: "Booking"
        case .specialist: "Specialist"
        case .requester: "Booked by"
        case .places: "Free places"
        case .noticeMinutes: "Minutes of notice"
        case .horizonDays: "Days ahead"
        case .choice: "Option"
        case .trainingsHeld: "Trainings"
        case .training: "Training"
        case .audience: "Audience"
        case .gradeBand: "Grades"
        case .format: "Format"
        case .trainer: "Trainer"
        case .capacity: "Places"
        case .registered: "Registered"
        case .attended: "Attendance"
        case .quarter: "Quarter"
        case .task: "Task"
        case .title: "Task"
        case .deadline: "Deadline"
        case .file: "File"
        case .backupMaxAgeDays: "Days before a backup is stale"
        case .temporaryPasswordHours: "Hours a temporary password works"
        case .ticket: "Ticket"
        case .article: "Article"
        case .roster: "Pupils"
        case .morePupils: "More pupils"
        case .absentAtLesson: "Absent at the lesson"
        case .message: "Message"
        case .description: "Description"
        case .contact: "Contact"
        case .priority: "Priority"
        case .assignee: "Assignee"
        case .vendorReference: "Vendor reference"
        case .address: "E-mail address"
        case .digest: "Weekly digest"
        case .sendmail: "Sendmail program"
        case .language: "Language"
        case .copies: "Copies of messages by e-mail"
        case .job: "Job"
        case .outcome: "Outcome"
        case .attachment: "Attachment"
        case .size: "Size"
        case .queued: "Messages queued"
        case .handing: "Being handed over"
        case .sent: "Sent"
        case .abandoned: "Undelivered after 10 tries"
        case .nextDue: "Next message"
        case .summary: "What was done"
        case .firstResponse: "First response, min"
        case .resolution: "Resolution, min"
        case .timeLeft: "Time"
        case .verified: "Requester"
        case .queue: "Queue"
        case .method: "Identity check"
        case .receivedBy: "Received by"
        case .rating: "Rating"
        case .intoTicket: "Merge into ticket"
        case .otherTicket: "Other ticket"
        case .links: "Links"
        case .incident: "Incident"
        case .ticketNumbers: "Ticket numbers"
        case .ratedCount: "Rated"
        case .sentence: "Sentence"
        case .corrections: "Read as"
        case .example: "Example"
        case .nextOpening: "Next opening"
        case .search: "Search"
        case .workday: "Working day"
        case .detail: "What was checked"
        case .reportedAt: "Reported at"
        case .discoveredAt: "Discovered at"
        case .dryRun: "Dry run"
        case .again: "Issue again"
        case .all: "All"
        case .skipErrors: "Skip errors"
        case .secondCopy: "Second medium"
        case .command: "Command"
        case .reasons: "Reasons"
        case .fromDate: "From"
        case .toDate: "To"
        case .noteSubject: "Subject in the note"
        case .page: "Page"
        case .confirm: "Confirmation"
        case .start: "Start"
        case .end: "End"
        case .before: "Before"
        case .after: "After"
        case .entries: "Entries"
        case .lessons: "Lessons"
        case .attendance: "Attendance"
        case .minutes: "Minutes"
        case .publicKey: "Public key"
        case .fingerprint: "Fingerprint"
        case .markId: "Mark No."
        case .late: "Late"
        }
    }

    func reason(_ reason: Reason, of label: Label?) -> String {
        switch reason {
        case .missing: "not given"
        case .tooLong(let max): "too long (at most \(max) characters)"
        case .tooShort(let min): "too short (at least \(min) characters)"
        case .badFormat: "not in the right format"
        case .notALogin:
            "this is not a login: a login is one word in Latin letters, such as ivanova.mp. If you do not remember it, the class teacher (students and guardians) or the journal administrator restores it"
        case .outOfRange(let min, let max): "must be from \(min) to \(max)"
        case .unknown(let value): "“\(value)” not found"
        case .ambiguous(let options): "several match: \(options.joined(separator: "; ")) — be more precise"
        case .endBeforeStart: "the end is before the start"
        case .outsideYear: "the date is outside the academic year"
        case .overlaps(let other): "overlaps “\(other)”"
        case .alreadyExists(let value): "“\(value)” exists already"
        case .notStaff: "not staff of this organization"
        case .notStudent: "not a student"
        case .notTeacher: "not a teacher"
        case .otherOrganization: "belongs to another organization"
        case .inUse: "in use"
        case .earlierThan(let instant):
            "earlier than allowed: not before \(Moment.text(instant, in: .current, language: .en))"
        case .notASchoolDay(let date): "\(date.description) is not a school day (a holiday, vacation or day off)"
        case .doesNotMatch(let expected): "does not match the mark it changes (should be: \(expected))"
        case .noRows: "no rows under the header: the file is empty"
        case .tooMany(let max): "too many rows (at most \(max))"
        case .unclosedQuote: "a quote opens here and never closes: rows would run together"
        case .sameAsLogin: "the same as the login"
        case .repeatedCharacter: "one character repeated"
        case .commonPassword: "too common: it is in the list of passwords tried first"
        case .sameAsCurrent: "the same as now"
        case .notInClass: "not of this class"
        case .inFuture: "the date has not come yet"
        case .lastAdministrator: "this is the organization's last journal administrator"
        case .notAllowedRole: "this role does not fit here"
        case .markOneNotAllowed: "this school does not use the mark 1"
        case .roleNotHeld: "the account does not hold this role — check the role with the requester"
        case .passFailNotUsed: "the subject is graded 2–5; pass and fail are only for subjects taught without marks"
        case .passFailOnly: "the subject is taught without marks: pass or fail (or н/а, ОСВ)"
        case .notAbsent: "the student is not marked absent or late"
        case .overlapsLesson(let other): "there is already a lesson at that time: \(other)"
        case .weight: "the weight must be above 0 and at most 10"
        case .holiday(let name): "that day is a public holiday (\(name))"
        case .notFound(let value, let closest):
            "“\(value)” not found" + (closest.isEmpty ? "" : "; perhaps: \(closest.joined(separator: ", "))")
        }
    }

    func role(_ role: Role) -> String {
        switch role {
        case .director: "director"
        case .deputyAcademic: "deputy director (academic)"
        case .deputyUpbringing: "deputy director (upbringing)"
        case .journalAdmin: "journal administrator"
        case .coordinator: "coordinator"
        case .operator: "operator"
        case .forumModerator: "forum moderator"
        case .itEngineer: "IT engineer"
        case .classTeacher: "class teacher"
        case .subjectTeacher: "subject teacher"
        case .substituteTeacher: "substitute teacher"
        case .supportSpecialist: "support specialist"
        case .methodologist: "methodologist"
        case .student: "student"
        case .guardian: "guardian"
        }
    }

    func sex(_ sex: Sex) -> String { sex == .male ? "male" : "female" }

    func periodKind(_ kind: PeriodKind) -> String {
        switch kind {
        case .quarter: "quarters"
        case .trimester: "trimesters"
        case .halfYear: "half-years"
        }
    }

    func state(_ state: AccountState) -> String {
        switch state {
        case .notIssued: "credentials not issued"
        case .active: "active"
        case .mustChangePassword: "must change password"
        case .locked: "locked"
        }
    }

    func start(_ kind: EnrolmentStart) -> String { kind == .enrolment ? "enrolment" : "transfer in" }

    func end(_ kind: EnrolmentEnd) -> String { kind == .transfer ? "transfer out" : "leaving" }

    func operation(_ operation: Operation) -> String {
        switch operation {
        case .viewStructure: "viewing the school's structure"
        case .editOrganization: "changing the organization"
        case .manageYears: "academic years and periods"
        case .closeYear: "closing the school year"
        case .manageClasses: "classes and subgroups"
        case .manageSubjects: "subjects"
        case .manageStaff: "staff and roles"
        case .manageAssignments: "teaching assignments"
        case .manageStudents: "students' records"
        case .manageGuardians: "guardians' records"
        case .recordMovement: "student movement"
        case .viewAccounts: "viewing accounts"
        case .manageAccounts: "issuing credentials and managing accounts"
        case .viewPerson: "viewing someone else's records"
        case .backup: "backups"
        case .writeMessage:
            "a message to this person (a guardian to their child's teachers, a pupil to their own teachers, a teacher to their classes)"
        case .viewJournal: "viewing the journal"
        case .editJournal: "filling in the journal (own lessons only)"
        case .setAbsenceReason: "reasons for absences (class teacher)"
        case .viewAudit: "the audit log"
        case .changePeriodMark: "changing a period mark (deputy director, academic, only)"
        }
    }

    func workKind(_ kind: WorkKind) -> String {
        switch kind {
        case .answer: "answer in class"
        case .homework: "homework"
        case .classwork: "classwork"
        case .test: "test"
        case .lab: "lab work"
        case .practical: "practical work"
        case .dictation: "dictation"
        case .essay: "essay"
        case .quiz: "quiz"
        case .project: "project"
        case .external: "from another institution"
        }
    }

    func attendance(_ status: AttendanceStatus) -> String {
        switch status {
        case .present: "present"
        case .absent: "absent"
        case .late: "late"
        }
    }

    func absence(_ reason: AbsenceReason) -> String { reason == .excused ? "excused" : "unexcused" }

    func lessonKind(_ kind: LessonKind) -> String {
        switch kind {
        case .regular: "lesson"
        case .practical: "practical work"
        case .lab: "lab work"
        case .test: "test"
        case .excursion: "excursion"
        }
    }

    func helpKind(_ kind: HelpKind) -> String {
        switch kind {
        case .technical: "technical help"
        case .methodological: "methodological help"
        case .any: "any question"
        }
    }
}

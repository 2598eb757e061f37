import Foundation
import JournalCore

extension Commands {

    /// The subject teacher's day: lessons, topics, homework, attendance and marks (J-LESSON-1,
    /// J-HW-1, J-ATT-1, J-MARK-1 … J-MARK-4, J-MARK-7); the rules are the core's.
    static let journal: [CommandSpec] = [
        CommandSpec(
            .lessonList, .journal, nouns: ["lesson", "урок", "уроки", "today", "сегодня"], verbs: Words.list,
            fields: [
                Arg.date.optional,
                Arg.schoolClass.optional,
            ],
            example: "lesson list --class 5А --date 01.10.2026", result: .table(lessonFields)
        ) { session, arguments in
            let caller = try session.requireCaller()
            let rows = try session.journal.lessons(caller, on: arguments[Arg.date], classId: arguments[Arg.schoolClass]?.id)
            guard rows.isEmpty else { return lessonTable(rows, session.texts) }
            // A day without lessons (a Sunday, a holiday) is said so, by its weekday and date.
            let day = try arguments[Arg.date] ?? session.journal.today(caller)
            let named = session.texts.day(day)
            // In JSON the sentence among the messages, and the result an empty table.
            return .message(.report(.noLessonsOn(day: named, ofClass: arguments[Arg.schoolClass]?.name)))
        },
        CommandSpec(
            .lessonNew, .journal, nouns: ["lesson", "урок"], verbs: Words.new,
            fields: [
                Arg.schoolClass, Arg.subject,
                Arg.date, Arg.startTime,
                Arg.endTime,
                Arg.subgroup.optional,
                Arg.lessonTopic.optional,
                Arg.lessonKind.optional,
            ],
            writes: true, example: "lesson new 5А Математика 01.10.2026 08:30 09:15 --topic \"Сложение дробей\"",
            result: .record([.number(.lesson), .date(.date), .value(.time, .span)])
        ) { session, arguments in
            let caller = try session.requireCaller()
            let classId = try arguments.value(Arg.schoolClass).id
            let subgroupId = try arguments[Arg.subgroup].map {
                try session.journal.findSubgroup(caller, classId: classId, named: $0).savedId
            }
            let assignment = try session.journal.ownAssignment(
                caller, classId: classId, subjectId: try arguments.value(Arg.subject).id, subgroupId: subgroupId)
            let lesson = try session.journal.createLesson(
                caller, assignmentId: assignment.savedId, date: try arguments.value(Arg.date),
                start: try arguments.value(Arg.startTime), end: try arguments.value(Arg.endTime),
                topic: arguments[Arg.lessonTopic], kind: arguments[Arg.lessonKind] ?? .regular)
            return .lines([
                .message(.saved),
                .record([
                    (.lesson, Cell(lesson.id)), (.date, .date(lesson.date)), (.time, .span(lesson.startTime, lesson.endTime)),
                ]),
            ])
        },
        CommandSpec(
            .lessonShow, .journal, nouns: ["lesson", "урок"], verbs: Words.show, fields: [Arg.lesson],
            result: .sections([
                SectionShape(
                    .lesson,
                    .record([
                        .number(.lesson), .date(.date), .value(.time, .span), .text(.schoolClass), .text(.subject), .text(.teacher),
                        .text(.topic).optional, .text(.homework).optional, .marker(.late),
                    ])),
                SectionShape(
                    .roster,
                    .table([
                        .number(.number), .text(.student), .code(.status, AttendanceStatus.self).optional,
                        .code(.reason, AbsenceReason.self).optional, .list(.mark, of: markListItem),
                    ])),
            ])
        ) { session, arguments in
            let caller = try session.requireCaller()
            let lessonId = try arguments.value(Arg.lesson)
            let row = try session.journal.lessonRow(caller, lessonId: lessonId)
            let sheet = try session.journal.lessonSheet(caller, lessonId: lessonId)
            let texts = session.texts
            let lesson = row.lesson
            let subject = row.subgroupName.map { "\(row.subjectName) (\($0))" } ?? row.subjectName
            // The lesson's head: which lesson it is, then its pupils.
            let head = Output.record([
                (.lesson, Cell(lesson.id)), (.date, .date(lesson.date)), (.time, .span(lesson.startTime, lesson.endTime)),
                (.schoolClass, .text(row.className)), (.subject, .text(subject)), (.teacher, .text(row.teacherName)),
                (.topic, Cell(lesson.topic).shown(lesson.topic ?? "—")),
                (.homework, Cell(lesson.homework).shown(lesson.homework ?? "—").marked(.late, if: lesson.homeworkLate)),
            ])
            let pupils = Output.table(
                columns: [.number, .student, .status, .reason, .mark],
                rows: sheet.enumerated().map { index, line in
                    [
                        Cell(index + 1), .text(line.student.fullName), .choice(line.attendance?.status, texts.attendance),
                        .choice(line.attendance?.reason, texts.absence), markList(line.marks),
                    ]
                })
            // The head above its pupils on screen; in JSON two parts under their labels.
            return .screen(.lines([head, pupils]), data: .sections([(.lesson, head), (.roster, pupils)]))
        },
        CommandSpec(
            .lessonTopic, .journal, nouns: ["lesson", "урок"], verbs: ["topic", "тема"],
            fields: [
                Arg.lesson, Arg.lessonTopic.optional,
                Arg.lessonKind.optional,
            ],
            writes: true, example: "lesson topic 12 \"Сложение дробей\" --kind практическая", result: .record([.text(.topic)])
        ) { session, arguments in
            // Without a topic, the next one of the course plan (J-LESSON-1: suggested from the plan).
            let caller = try session.requireCaller()
            let lessonId = try arguments.value(Arg.lesson)
            guard let topic = try arguments[Arg.lessonTopic] ?? session.journal.suggestedTopic(caller, lessonId: lessonId)?.topic else {
                throw JournalError.invalid(.topic, .missing)
            }
            _ = try session.journal.setTopic(caller, lessonId: lessonId, topic: topic, kind: arguments[Arg.lessonKind])
            return .lines([.message(.saved), .record([(.topic, .text(topic))])])
        },
        CommandSpec(
            .lessonChecking, .journal, nouns: ["lesson", "урок"], verbs: ["checking", "проверка"], fields: [Arg.lesson, Arg.date],
            writes: true, example: "lesson checking 12 08.10.2026", result: .none
        ) { session, arguments in
            let date = try arguments.value(Arg.date)
            try session.journal.setCheckingEnd(session.requireCaller(), lessonId: try arguments.value(Arg.lesson), on: date)
            return .lines([.message(.saved), .message(.checkingEnds(date))])
        },
        CommandSpec(
            .homeworkSet, .journal, nouns: ["homework", "дз", "задание"], verbs: ["set", "задать"],
            fields: [Arg.lesson, Arg.homework],
            writes: true, example: "homework set 12 \"с. 45, № 112–115\"", result: .record([.flag(.late)])
        ) { session, arguments in
            let lesson = try session.journal.setHomework(
                session.requireCaller(), lessonId: try arguments.value(Arg.lesson),
                homework: try arguments.value(Arg.homework))
            // Lateness in words on screen; in JSON {"late": …}, one shape on time and late.
            let record = Output.shown("", data: .record([(.late, .flag(lesson.homeworkLate))]))
            return .lines([.message(.saved)] + (lesson.homeworkLate ? [.message(.homeworkLate)] : []) + [record])
        },
        CommandSpec(
            .attendanceSet, .journal, nouns: ["attendance", "посещаемость"], verbs: ["set", "отметить"],
            fields: [Arg.lesson, Arg.lessonStudent, Arg.status, Arg.morePupils.optional],
            writes: true, example: "attendance set 12 Орлов Гусева н", result: .none
        ) { session, arguments in
            let caller = try session.requireCaller()
            let lessonId = try arguments.value(Arg.lesson)
            let status = try arguments.value(Arg.status)
            let pupils = try severalPupils(session, arguments)
            if pupils.count == 1 {
                _ = try session.journal.setAttendance(caller, lessonId: lessonId, studentId: pupils[0], status: status)
            } else {
                _ = try session.journal.fillLesson(
                    caller, lessonId: lessonId, entries: pupils.map { LessonEntry(studentId: $0, attendance: status) }, othersPresent: false
                )
            }
            return .message(.saved)
        }.acceptingSeveralPupils { ChoiceSet.attendance.exact($0) != nil },
        CommandSpec(
            .attendanceReason, .journal, nouns: ["attendance", "посещаемость"], verbs: ["reason", "причина"],
            fields: [
                Arg.lesson, Arg.lessonStudent, Arg.absenceReason,
                Arg.lessonNote.optional,
            ],
            writes: true, example: "attendance reason 12 \"Орлов Олег\" уп --note \"справка № 17\"", result: .none
        ) { session, arguments in
            _ = try session.journal.setAbsenceReason(
                session.requireCaller(), lessonId: try arguments.value(Arg.lesson),
                studentId: try arguments.value(Arg.lessonStudent).id, reason: try arguments.value(Arg.absenceReason),
                note: arguments[Arg.lessonNote])
            return .message(.saved)
        },
        CommandSpec(
            .markAdd, .journal, nouns: ["mark", "отметка", "оценка"], verbs: ["add", "поставить"],
            fields: [
                Arg.lesson, Arg.lessonStudent, Arg.mark,
                Arg.work.optional,
                Arg.comment.optional,
                Arg.document.optional,
                Arg.morePupils.optional,
            ],
            writes: true, example: "mark add 12 \"Орлов Олег\" 5 --work контрольная",
            // One pupil's mark as a record; a mark for several pupils, each pupil's mark as a row.
            result: .oneOf([
                .record([.number(.markId), .flag(.late), .flag(.absentAtLesson)]),
                .table([.text(.student), .number(.markId), .flag(.late)]),
            ])
        ) { session, arguments in
            let pupils = try severalPupils(session, arguments)
            if pupils.count > 1 {
                // One mark for several pupils: one transaction; a comment or document is one pupil's.
                if arguments[Arg.comment] != nil || arguments[Arg.document] != nil { throw InputError(.student, .tooMany(max: 1)) }
                let caller = try session.requireCaller()
                let lessonId = try arguments.value(Arg.lesson)
                let mark = (try arguments.value(Arg.mark), arguments[Arg.work] ?? .answer)
                let fill = try session.journal.fillLesson(
                    caller, lessonId: lessonId, entries: pupils.map { LessonEntry(studentId: $0, marks: [mark]) }, othersPresent: false)
                // On screen the count; in JSON each pupil's mark: {"student", "markId", "late"}.
                let roster = try session.journal.lessonRoster(caller, lessonId: lessonId)
                let names = Dictionary(roster.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
                let rows: [[Cell]] = fill.marks.map { [.text(names[$0.studentId] ?? ""), Cell($0.id), .flag($0.late)] }
                return .lines([
                    .message(.marksSaved(fill.marks.count)), .screen(.none, data: .table(columns: [.student, .markId, .late], rows: rows)),
                ])
            }
            let caller = try session.requireCaller()
            let lessonId = try arguments.value(Arg.lesson)
            let studentId = try arguments.value(Arg.lessonStudent).id
            let mark = try session.journal.addMark(
                caller, lessonId: lessonId, studentId: studentId,
                value: try arguments.value(Arg.mark), workKind: arguments[Arg.work] ?? .answer, comment: arguments[Arg.comment],
                documentReference: arguments[Arg.document])
            // A mark for a pupil marked absent at the lesson is allowed (work handed in), and said.
            let absent = try session.journal.attendance(caller, lessonId: lessonId).contains {
                $0.studentId == studentId && $0.status == .absent
            }
            // The mark's number and lateness on screen in words, in JSON as a record of their own:
            // {"markId": N, "late": false, "absentAtLesson": false}, one shape whether the mark is on time or late.
            let record = Output.shown(
                "", data: .record([(.markId, Cell(mark.id)), (.late, .flag(mark.late)), (.absentAtLesson, .flag(absent))]))
            return try .lines(
                [.message(.markSaved(id: mark.savedId))] + (mark.late ? [.message(.markLate)] : [])
                    + (absent ? [.message(.markForAbsentPupil)] : []) + [record])
            // A number is never a pupil's name: «6» is a mark, refused as one, not a pupil not found.
        }.acceptingSeveralPupils { MarkValue(typed: $0) != nil || $0.allSatisfy(\.isNumber) },
        CommandSpec(
            .markFix, .journal, nouns: ["mark", "отметка", "оценка"], verbs: ["fix", "исправить"],
            fields: [
                Arg.id,
                Arg.mark, Arg.longReason,
            ],
            writes: true, example: "mark fix 301 4 \"ошибся строкой\"", result: .none
        ) { session, arguments in
            _ = try session.journal.correctMark(
                session.requireCaller(), markId: try arguments.value(Arg.id),
                to: try arguments.value(Arg.mark), reason: try arguments.value(Arg.longReason))
            return .message(.saved)
        },
        CommandSpec(
            .auditVerify, .journal, nouns: ["audit", "аудит"], verbs: ["verify", "проверить"],
            // The entries checked and the problems found, intact or damaged (a damaged log is a refusal).
            result: .record([.number(.entries), .number(.problems)])
        ) { session, _ in
            let caller = try session.requireCaller()
            let verdict = try session.withProgress(.verify) { progress in try session.journal.verifyAudit(caller, progress: progress) }
            let data = Output.screen(.none, data: .record([(.entries, Cell(verdict.entries)), (.problems, Cell(verdict.problems.count))]))
            if verdict.problems.isEmpty { return .lines([.message(.auditIntact(entries: verdict.entries)), data]) }
            // The data before the problems: the last problem is the refusal.
            throw ReportedFailure(
                output: .lines(
                    [.message(.auditBroken(entries: verdict.entries, problems: verdict.problems.count)), data]
                        + verdict.problems.map { .message(.auditProblem($0)) }))
        },
        CommandSpec(
            .auditHead, .journal, nouns: ["audit", "аудит"], verbs: ["head", "голова"],
            // The time of the last entry: null for a log without entries.
            result: .record([.number(.entries), .text(.hash), .moment(.time).optional])
        ) { session, _ in
            let caller = try session.requireCaller()
            let head = try session.journal.auditHead(caller)
            let zone = try session.journal.organization(caller).zone
            return .lines([
                .message(.auditHead(entries: head.entries, hash: head.hash, at: head.at.map { session.texts.moment($0, in: zone) } ?? "—")),
                .screen(
                    .none,
                    data: .record([
                        (.entries, Cell(head.entries)), (.hash, .text(head.hash)), (.time, head.at.map { .moment($0, zone) } ?? .empty),
                    ])),
            ])
        },
        CommandSpec(
            .auditShow, .journal, nouns: ["audit", "аудит"], verbs: Words.show,
            fields: [
                Arg.student.optional,
                Arg.lesson.optional,
                Arg.teacher.optional,
            ],
            example: "audit show --teacher \"Жукова Ольга\"",
            result: .table([
                .number(.number), .marker(.invalid), .moment(.time), .text(.login), .code(.action, AuditAction.self),
                .number(.lesson).optional, .object(.change, [.value(.before, .details).optional, .value(.after, .details).optional]),
                .text(.reason).optional,
            ])
        ) { session, arguments in
            let caller = try session.requireCaller()
            let entries = try session.journal.auditEntries(
                caller, studentId: arguments[Arg.student]?.id,
                lessonId: arguments[Arg.lesson], byPersonId: arguments[Arg.teacher]?.id)
            let logins = try session.journal.auditLogins(caller)
            // J-ACL-5: what was done with leaked credentials after the report is marked invalid.
            let invalid = try session.journal.invalidAuditEntries(caller)
            let words = AuditWords(texts: session.texts, zone: session.zone)
            return .table(
                columns: [.number, .time, .login, .action, .lesson, .change, .reason],
                rows: try entries.map {
                    [
                        Cell($0.id).marked(.invalid, if: invalid.contains(try $0.savedId)), words.time($0.at),
                        .text(logins[$0.accountId] ?? String($0.accountId)), .choice($0.action, session.texts.auditAction),
                        Cell($0.lessonId), words.change($0), Cell($0.reason),
                    ]
                })
        },
    ]

    /// One mark of `markList`: its value, its number, and whether it was late.
    static let markListItem = ValueShape.object([.code(.mark, MarkValue.self), .number(.number), .marker(.late)])

    /// Each mark with its number, for `mark fix N`: «5* №301».
    static func markList(_ marks: [Mark]) -> Cell {
        .list(
            marks.map { mark in
                Cell.object([(.mark, .code(mark.value.rawValue, word: mark.value.rawValue)), (.number, Cell(mark.id))])
                    .marked(.late, if: mark.late)
                    .shown("\(mark.value.rawValue)\(mark.late ? "*" : "") №\(mark.id ?? 0)")
            })
    }

    /// The columns of `lessonTable`.
    static let lessonFields: [FieldShape] = [
        .number(.lesson), .value(.time, .span), .text(.schoolClass), .text(.subject), .text(.topic).optional, .flag(.homework),
        .marker(.late), .object(.attendanceRecorded, [.number(.attendance), .number(.students)]), .number(.markCount),
    ]

    static func lessonTable(_ rows: [LessonRow], _ texts: Texts) -> Output {
        .table(
            columns: [.lesson, .time, .schoolClass, .subject, .topic, .homework, .attendanceRecorded, .markCount],
            rows: rows.map { row in
                let lesson = row.lesson
                let subject = row.subgroupName.map { "\(row.subjectName) (\($0))" } ?? row.subjectName
                let homework = Cell.flag(lesson.homework != nil).marked(.late, if: lesson.homeworkLate)
                let attendance = Cell.object([(.attendance, Cell(row.attendanceCount)), (.students, Cell(row.studentCount))])
                return [
                    Cell(lesson.id), .span(lesson.startTime, lesson.endTime), .text(row.className), Cell(subject),
                    Cell(lesson.topic).shown(lesson.topic ?? "—"),
                    homework.shown(lesson.homework == nil ? "—" : (lesson.homeworkLate ? "✓*" : "✓")),
                    attendance.shown("\(row.attendanceCount)/\(row.studentCount)"), Cell(row.markCount),
                ]
            })
    }
}

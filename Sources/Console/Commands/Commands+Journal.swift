import Foundation
import JournalCore

extension Commands {
    static let lessonField = FieldSpec("lesson", "урок", .lesson, .integer(1...Int(Int32.max)))
    static let lessonStudentField = FieldSpec("student", "ученик", .student, .lessonStudent)

    /// The subject teacher's day: lessons, topics, homework, attendance and marks (J-LESSON-1,
    /// J-HW-1, J-ATT-1, J-MARK-1 … J-MARK-4, J-MARK-7); the rules are the core's.
    static let journal: [CommandSpec] = [
        CommandSpec(
            .lessonList, .journal, nouns: ["lesson", "урок", "уроки", "today", "сегодня"], verbs: Words.list,
            fields: [
                FieldSpec("date", "дата", .date, .date, required: false),
                FieldSpec("class", "класс", .schoolClass, .schoolClass, required: false),
            ],
            example: "lesson list --class 5А --date 01.10.2026"
        ) { session, arguments in
            let rows = try session.journal.lessons(session.requireCaller(), on: arguments.date("date"), classId: arguments.id("class"))
            return lessonTable(rows, session.texts)
        },
        CommandSpec(
            .lessonNew, .journal, nouns: ["lesson", "урок"], verbs: Words.new,
            fields: [
                classField, FieldSpec("subject", "предмет", .subject, .subject),
                FieldSpec("date", "дата", .date, .date), FieldSpec("start", "начало", .startDate, .time),
                FieldSpec("end", "конец", .endDate, .time),
                FieldSpec("subgroup", "подгруппа", .subgroup, .text(max: 60), required: false),
                FieldSpec("topic", "тема", .topic, .text(max: 500), required: false),
                FieldSpec("kind", "тип", .kind, .choice(.lessonKind), required: false),
            ],
            writes: true, example: "lesson new 5А Математика 01.10.2026 08:30 09:15 --topic \"Сложение дробей\""
        ) { session, arguments in
            let caller = try session.requireCaller()
            let classId = arguments.id("class")!
            let subgroupId = try arguments.text("subgroup").map {
                try session.journal.findSubgroup(caller, classId: classId, named: $0).id!
            }
            let assignment = try session.journal.ownAssignment(
                caller, classId: classId, subjectId: arguments.id("subject")!, subgroupId: subgroupId)
            let lesson = try session.journal.createLesson(
                caller, assignmentId: assignment.id!, date: arguments.date("date")!,
                start: arguments.time("start")!, end: arguments.time("end")!,
                topic: arguments.text("topic"), kind: arguments.choice("kind") ?? .regular)
            return .lines([
                .message(.saved),
                .record([
                    (.lesson, String(lesson.id!)), (.date, session.texts.date(lesson.date)),
                    (.time, "\(lesson.startTime)–\(lesson.endTime)"),
                ]),
            ])
        },
        CommandSpec(.lessonShow, .journal, nouns: ["lesson", "урок"], verbs: Words.show, fields: [lessonField]) { session, arguments in
            let caller = try session.requireCaller()
            let sheet = try session.journal.lessonSheet(caller, lessonId: Int64(arguments.integer("lesson")!))
            let texts = session.texts
            return .table(
                columns: [.number, .student, .status, .reason, .mark],
                rows: sheet.enumerated().map { index, line in
                    [
                        String(index + 1), line.student.fullName, line.attendance.map { texts.attendance($0.status) } ?? "",
                        line.attendance?.reason.map(texts.absence) ?? "",
                        // Each mark with its number, for `mark fix N`.
                        line.marks.map { "\($0.value.rawValue)\($0.late ? "*" : "") №\($0.id!)" }.joined(separator: ", "),
                    ]
                })
        },
        CommandSpec(
            .lessonTopic, .journal, nouns: ["lesson", "урок"], verbs: ["topic", "тема"],
            fields: [
                lessonField, FieldSpec("topic", "тема", .topic, .text(max: 500), required: false),
                FieldSpec("kind", "тип", .kind, .choice(.lessonKind), required: false),
            ],
            writes: true, example: "lesson topic 12 \"Сложение дробей\" --kind практическая"
        ) { session, arguments in
            // Without a topic, the next one of the course plan (J-LESSON-1: suggested from the plan).
            let caller = try session.requireCaller()
            let lessonId = Int64(arguments.integer("lesson")!)
            guard let topic = try arguments.text("topic") ?? session.journal.suggestedTopic(caller, lessonId: lessonId)?.topic else {
                throw JournalError.invalid(.topic, .missing)
            }
            _ = try session.journal.setTopic(caller, lessonId: lessonId, topic: topic, kind: arguments.choice("kind"))
            return .lines([.message(.saved), .record([(.topic, topic)])])
        },
        CommandSpec(
            .homeworkSet, .journal, nouns: ["homework", "дз", "задание"], verbs: ["set", "задать"],
            fields: [lessonField, FieldSpec("text", "текст", .homework, .text(max: 2000))],
            writes: true, example: "homework set 12 \"с. 45, № 112–115\""
        ) { session, arguments in
            let lesson = try session.journal.setHomework(
                session.requireCaller(), lessonId: Int64(arguments.integer("lesson")!),
                homework: arguments.text("text")!)
            return lesson.homeworkLate ? .lines([.message(.saved), .message(.homeworkLate)]) : .message(.saved)
        },
        CommandSpec(
            .attendanceSet, .journal, nouns: ["attendance", "посещаемость"], verbs: ["set", "отметить"],
            fields: [lessonField, lessonStudentField, FieldSpec("status", "статус", .status, .choice(.attendance))],
            writes: true, example: "attendance set 12 \"Орлов Олег\" н"
        ) { session, arguments in
            _ = try session.journal.setAttendance(
                session.requireCaller(), lessonId: Int64(arguments.integer("lesson")!),
                studentId: arguments.id("student")!, status: arguments.choice("status")!)
            return .message(.saved)
        },
        CommandSpec(
            .attendanceReason, .journal, nouns: ["attendance", "посещаемость"], verbs: ["reason", "причина"],
            fields: [
                lessonField, lessonStudentField, FieldSpec("reason", "причина", .reason, .choice(.absence)),
                FieldSpec("note", "примечание", .note, .text(max: 300), required: false),
            ],
            writes: true, example: "attendance reason 12 \"Орлов Олег\" уп --note \"справка № 17\""
        ) { session, arguments in
            _ = try session.journal.setAbsenceReason(
                session.requireCaller(), lessonId: Int64(arguments.integer("lesson")!),
                studentId: arguments.id("student")!, reason: arguments.choice("reason")!,
                note: arguments.text("note"))
            return .message(.saved)
        },
        CommandSpec(
            .markAdd, .journal, nouns: ["mark", "отметка", "оценка"], verbs: ["add", "поставить"],
            fields: [
                lessonField, lessonStudentField, FieldSpec("mark", "отметка", .mark, .markValue),
                FieldSpec("work", "работа", .workKind, .choice(.workKind), required: false),
                FieldSpec("comment", "комментарий", .comment, .text(max: 500), required: false),
                FieldSpec("document", "документ", .document, .text(max: 200), required: false),
            ],
            writes: true, example: "mark add 12 \"Орлов Олег\" 5 --work контрольная"
        ) { session, arguments in
            let mark = try session.journal.addMark(
                session.requireCaller(), lessonId: Int64(arguments.integer("lesson")!), studentId: arguments.id("student")!,
                value: arguments.mark("mark")!, workKind: arguments.choice("work") ?? .answer, comment: arguments.text("comment"),
                documentReference: arguments.text("document"))
            let saved = Output.message(.markSaved(id: mark.id!))
            return mark.late ? .lines([saved, .message(.markLate)]) : saved
        },
        CommandSpec(
            .markFix, .journal, nouns: ["mark", "отметка", "оценка"], verbs: ["fix", "исправить"],
            fields: [
                FieldSpec("id", "номер", .number, .integer(1...Int(Int32.max))),
                FieldSpec("mark", "отметка", .mark, .markValue), FieldSpec("reason", "причина", .reason, .text(max: 500)),
            ],
            writes: true, example: "mark fix 301 4 \"ошибся строкой\""
        ) { session, arguments in
            _ = try session.journal.correctMark(
                session.requireCaller(), markId: Int64(arguments.integer("id")!),
                to: arguments.mark("mark")!, reason: arguments.text("reason")!)
            return .message(.saved)
        },
        CommandSpec(.auditVerify, .journal, nouns: ["audit", "аудит"], verbs: ["verify", "проверить"]) { session, _ in
            let verdict = try session.journal.verifyAudit(session.requireCaller())
            if verdict.problems.isEmpty { return .message(.auditIntact(entries: verdict.entries)) }
            throw ReportedFailure(
                output: .lines(
                    [.message(.auditBroken(entries: verdict.entries, problems: verdict.problems.count))]
                        + verdict.problems.map { .message(.auditProblem($0)) }))
        },
        CommandSpec(.auditHead, .journal, nouns: ["audit", "аудит"], verbs: ["head", "голова"]) { session, _ in
            let caller = try session.requireCaller()
            let head = try session.journal.auditHead(caller)
            let zone = try session.journal.organization(caller).zone
            return .message(
                .auditHead(entries: head.entries, hash: head.hash, at: head.at.map { session.texts.moment($0, in: zone) } ?? "—"))
        },
        CommandSpec(
            .auditShow, .journal, nouns: ["audit", "аудит"], verbs: Words.show,
            fields: [
                FieldSpec("student", "ученик", .student, .person(.student), required: false),
                FieldSpec("lesson", "урок", .lesson, .integer(1...Int(Int32.max)), required: false),
                FieldSpec("teacher", "учитель", .teacher, .staffMember, required: false),
            ],
            example: "audit show --teacher \"Жукова Ольга\""
        ) { session, arguments in
            let caller = try session.requireCaller()
            let accountId = try arguments.id("teacher").flatMap { try session.journal.personRow(caller, id: $0).login }
                .map { try session.journal.account(caller, $0).account.id! }
            let entries = try session.journal.auditEntries(
                caller, studentId: arguments.id("student"),
                lessonId: arguments.integer("lesson").map(Int64.init), accountId: accountId)
            let logins = try session.journal.auditLogins(caller)
            // J-ACL-5: what was done with leaked credentials after the report is marked invalid.
            let invalid = try session.journal.invalidAuditEntries(caller)
            return .table(
                columns: [.number, .time, .login, .action, .lesson, .change, .reason],
                rows: entries.map {
                    [
                        String($0.id!) + (invalid.contains($0.id!) ? " ✗" : ""), AuditTime.text($0.at),
                        logins[$0.accountId] ?? String($0.accountId), $0.action.rawValue,
                        $0.lessonId.map(String.init) ?? "",
                        [$0.before, $0.after].compactMap { $0 }.joined(separator: " → "), $0.reason ?? "",
                    ]
                })
        },
    ]

    static func lessonTable(_ rows: [LessonRow], _ texts: Texts) -> Output {
        .table(
            columns: [.lesson, .time, .schoolClass, .subject, .topic, .homework, .status, .mark],
            rows: rows.map { row in
                let lesson = row.lesson
                let subject = row.subgroupName.map { "\(row.subjectName) (\($0))" } ?? row.subjectName
                return [
                    String(lesson.id!), "\(lesson.startTime)–\(lesson.endTime)", row.className, subject,
                    lesson.topic ?? "—", lesson.homework == nil ? "—" : (lesson.homeworkLate ? "✓*" : "✓"),
                    "\(row.attendanceCount)/\(row.studentCount)", String(row.markCount),
                ]
            })
    }
}

/// Audit times as `2026-10-01 10:05:00 UTC`.
enum AuditTime {
    static func text(_ milliseconds: Int64) -> String {
        let formatter = ISO8601DateFormatterBox.shared
        return formatter.string(from: Date(timeIntervalSince1970: Double(milliseconds) / 1000))
    }
}

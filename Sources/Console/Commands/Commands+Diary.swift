import JournalCore

extension Commands {
    /// The pupil's and parents' diary (ЭД, J-DIARY-1): what the teachers entered, for one week.
    static let diary: [CommandSpec] = [
        CommandSpec(
            .diary, .journal, nouns: ["diary", "дневник"],
            fields: [
                Arg.student.optional,
                Arg.date.optional,
            ],
            example: "diary --date 01.10.2026", result: .table(diaryFields)
        ) { session, arguments in
            let caller = try session.requireCaller()
            let studentId = try arguments[Arg.student]?.id ?? ownStudent(session, caller)
            let day = try arguments[Arg.date] ?? session.journal.today(caller)
            let monday = day.adding(days: 1 - day.weekday)
            let lines = try session.journal.diary(caller, studentId: studentId, from: monday, to: monday.adding(days: 6))
            // Whose diary and which week, above it (from the second tour).
            let student = try? session.journal.diaryStudents(caller).first { $0.person.id == studentId }
            let name = student.map { row in row.className.map { "\(row.person.fullName), \($0)" } ?? row.person.fullName }
            let title = session.texts(
                .report(
                    .diaryTitle(
                        student: name ?? arguments[Arg.student]?.name ?? "", from: session.texts.date(monday),
                        to: session.texts.date(monday.adding(days: 6)))))
            let table = diaryTable(lines, session.texts)
            return .screen(.lines([.text(title), table]), data: table)
        },
        CommandSpec(
            .finalMarks, .journal, nouns: ["diary", "дневник"], verbs: ["final", "итоговые"], fields: [Arg.student.optional],
            example: "diary final",
            // A period's number, or null for the year's mark.
            result: .table([.text(.subject), .number(.period).optional, .text(.mark).optional])
        ) { session, arguments in
            let caller = try session.requireCaller()
            let studentId = try arguments[Arg.student]?.id ?? ownStudent(session, caller)
            let rows = try session.journal.finalMarks(caller, studentId: studentId)
            if rows.isEmpty { return .message(.schoolYear(.noFinalMarksYet)) }
            return .table(
                columns: [.subject, .period, .mark],
                rows: rows.map { row in
                    [
                        .text(row.subject),
                        Cell(row.periodNumber).shown(row.periodNumber.map(String.init) ?? session.texts(.schoolYear(.yearMark))),
                        row.value.map { .text($0.rawValue) } ?? Cell.empty.shown("—"),
                    ]
                })
        },
    ]

    /// The columns of `diaryTable`.
    static let diaryFields: [FieldShape] = [
        .date(.date), .text(.time), .text(.subject), .text(.topic).optional, .text(.homework).optional,
        .list(.mark, of: .codes(MarkValue.self)), .list(.comment, of: .text).optional, .code(.status, AttendanceStatus.self).optional,
    ]

    /// A pupil's lessons as the diary shows them: day, time, subject, topic, homework, marks,
    /// comments and presence.
    static func diaryTable(_ lines: [DiaryLine], _ texts: Texts) -> Output {
        .table(
            columns: [.date, .time, .subject, .topic, .homework, .mark, .comment, .status],
            rows: lines.map { line in
                [
                    .date(line.lesson.date), .text(line.lesson.startTime.description), .text(line.subjectName),
                    Cell(line.lesson.topic), Cell(line.lesson.homework),
                    Cell.list(line.marks.map { .code($0.rawValue, word: $0.rawValue) })
                        .shown(line.marks.map(\.rawValue).joined(separator: " ")),
                    line.comments.isEmpty
                        ? .empty : Cell.list(line.comments.map(Cell.text)).shown(line.comments.joined(separator: "; ")),
                    // Presence goes without saying on screen; JSON says it.
                    line.attendance == .present
                        ? Cell.choice(line.attendance, texts.attendance).shown("") : .choice(line.attendance, texts.attendance),
                ]
            })
    }

    /// The student a diary is about when none is named: oneself, or one's only child.
    static func ownStudent(_ session: Session, _ caller: Caller) throws -> Int64 {
        let students = try session.journal.diaryStudents(caller)
        guard students.count == 1, let only = students.first else {
            throw JournalError.invalid(.student, students.isEmpty ? .missing : .ambiguous(students.map(\.person.fullName)))
        }
        return try only.person.savedId
    }
}

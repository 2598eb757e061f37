import JournalCore

extension Commands {
    /// A lesson on one screen (J-LESSON-1, J-ATT-1, J-MARK-1): the roster, then attendance and
    /// marks for the whole class in one line, one confirmation and one transaction.
    static let lessonFill = CommandSpec(
        .lessonFill, .journal, nouns: ["lesson", "урок"], verbs: ["fill", "заполнить"], fields: [Arg.lesson, Arg.fillLine.optional],
        writes: true, example: "lesson fill 12 \"Ильин н; Гусева 5 кр; Петров 4; все\""
    ) { session, arguments in
        let caller = try session.requireCaller()
        let lessonId = try arguments.value(Arg.lesson)
        guard let text = arguments[Arg.fillLine] else {
            let roster = try session.journal.lessonRoster(caller, lessonId: lessonId)
            return .lines([
                .table(columns: [.number, .student], rows: roster.enumerated().map { [Cell($0.offset + 1), .text($0.element.name)] }),
                .message(.lessonFillHint(lesson: lessonId)),
            ])
        }
        let line = try LessonLine(parsing: text)
        let entries = try line.parts.map { part in
            LessonEntry(
                studentId: try session.journal.findPerson(caller, part.name, role: .student, field: .student, inLesson: lessonId).person
                    .id!,
                attendance: part.attendance ?? (part.marks.isEmpty ? nil : .present), marks: part.marks.map { ($0.value, $0.work) })
        }
        let fill = try session.journal.fillLesson(caller, lessonId: lessonId, entries: entries, othersPresent: line.othersPresent)
        func count(_ status: AttendanceStatus) -> Int { fill.attendance.filter { $0.status == status }.count }
        return .message(.lessonFilled(present: count(.present), absent: count(.absent), late: count(.late), marks: fill.marks.count))
    }
}

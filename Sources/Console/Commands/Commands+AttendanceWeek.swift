import JournalCore

extension Commands {
    /// The class teacher's week (J-ATT-1): the class's absences with their reasons on one screen,
    /// and `--reasons "1 уп; 2 нп справка № 5"` to set them by their numbers in one write.
    static let attendanceWeek = CommandSpec(
        .attendanceWeek, .journal, nouns: ["attendance", "посещаемость"], verbs: ["week", "неделя"],
        fields: [Arg.schoolClass, Arg.date.optional, Arg.weekReasons.optional], writes: true,
        example: "attendance week 5А --reasons \"1 уп справка; 2 нп\"",
        result: .table([
            .number(.number), .date(.date), .text(.time), .text(.subject), .text(.student), .code(.status, AttendanceStatus.self),
            .code(.reason, AbsenceReason.self).optional, .text(.note).optional,
        ])
    ) { session, arguments in
        let caller = try session.requireCaller()
        let classId = try arguments.value(Arg.schoolClass).id
        let date = try arguments[Arg.date] ?? session.journal.today(caller)
        var rows = try session.journal.weekAbsences(caller, classId: classId, date: date)
        var said: [Output] = []
        if let text = arguments[Arg.weekReasons] {
            let picked = try WeekReasons.parse(text, count: rows.count)
            _ = try session.journal.setAbsenceReasons(
                caller,
                picked.map { item in
                    (rows[item.number - 1].attendance.lessonId, rows[item.number - 1].attendance.studentId, item.reason, item.note)
                })
            said.append(.message(.saved))
            rows = try session.journal.weekAbsences(caller, classId: classId, date: date)
        }
        let table = Output.table(
            columns: [.number, .date, .time, .subject, .student, .status, .reason, .note],
            rows: rows.enumerated().map { index, row in
                [
                    Cell(index + 1), .date(row.date), .text(row.start.description), .text(row.subject), .text(row.studentName),
                    .choice(row.attendance.status, session.texts.attendance), .choice(row.attendance.reason, session.texts.absence),
                    Cell(row.attendance.reasonNote),
                ]
            })
        return .lines(said + [table])
    }
    // Without --reasons it only shows the week: nothing to confirm.
    .onlyReading { $0[Arg.weekReasons] == nil }
}

/// `1 уп справка № 5; 2 нп`: the number of an absence in the week's list, its reason, a note.
enum WeekReasons {
    static func parse(_ text: String, count: Int) throws -> [(number: Int, reason: AbsenceReason, note: String?)] {
        try text.split(whereSeparator: { $0 == ";" || $0 == "\n" }).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            .map { piece in
                let words = piece.split(separator: " ").map(String.init)
                guard let number = Int(words[0]), (1...max(1, count)).contains(number), count > 0 else {
                    throw InputError(.number, count == 0 ? .missing : .outOfRange(min: 1, max: max(1, count)))
                }
                guard words.count > 1, let raw = ChoiceSet.absence.exact(words[1]), let reason = AbsenceReason(rawValue: raw) else {
                    // The codes the week takes are named with the refusal.
                    let codes = ChoiceSet.absence.options.compactMap { option in
                        option.words.last.map { "\($0) (\(option.words.dropFirst().first ?? $0))" }
                    }
                    throw InputError(.reason, words.count > 1 ? .notFound(words[1], closest: codes) : .missing)
                }
                let note = words.dropFirst(2).joined(separator: " ")
                return (number, reason, note.isEmpty ? nil : note)
            }
    }
}

import JournalCore

extension Commands {
    /// A lesson on one screen (J-LESSON-1, J-ATT-1, J-MARK-1): the roster as a numbered grid,
    /// then attendance and marks for the whole class in one line — pupils by name or by their
    /// number in the grid — shown back as the grid with what will be written, one confirmation
    /// and one transaction.
    static var lessonFill: CommandSpec {
        let command = CommandSpec(
            .lessonFill, .journal, nouns: ["lesson", "урок"], verbs: ["fill", "заполнить"], fields: [Arg.lesson, Arg.fillLine.optional],
            writes: true, example: "lesson fill 12 \"Ильин н; Гусева 5 кр; 7 4; все\"",
            // Without a line and without a person to ask: the numbered grid; else what was recorded,
            // counted (a person who answers no: a sentence).
            result: .oneOf([
                .table([.number(.number), .text(.student), .code(.status, AttendanceStatus.self).optional]),
                .record([.number(.presentCount), .number(.absentCount), .number(.lateCount), .number(.markCount)]), .none,
            ])
        ) { session, arguments in
            let caller = try session.requireCaller()
            let lessonId = try arguments.value(Arg.lesson)
            let roster = try session.journal.lessonRoster(caller, lessonId: lessonId)
            // What is recorded already, shown in the grid and kept by «все».
            let recorded = Dictionary(
                try session.journal.attendance(caller, lessonId: lessonId).map { ($0.studentId, $0.status) }, uniquingKeysWith: { $1 })
            let asking = session.io.isInteractive && !session.assumeYes && !arguments.isSet(Arg.yes)
            func read(_ line: LessonLine) throws -> [LessonEntry] {
                let pupils = try self.pupils(line.parts.map(\.name), roster, session, caller, lessonId)
                return zip(line.parts, pupils).map { part, pupil in
                    LessonEntry(
                        studentId: pupil,
                        attendance: part.attendance ?? (part.marks.isEmpty ? nil : .present), marks: part.marks.map { ($0.value, $0.work) })
                }
            }
            var line: LessonLine
            var entries: [LessonEntry]
            if let text = arguments[Arg.fillLine] {
                line = try LessonLine(parsing: text)
                entries = try read(line)
            } else {
                let grid = rosterGrid(roster, recorded: recorded, entries: nil, session)
                guard asking else { return .lines([grid, .message(.lessonFillHint(lesson: lessonId))]) }
                session.show(.lines([grid, .message(.lessonFillGridHint)]))
                // A line that names no pupil of the grid is said and asked again, not the end of the work.
                while true {
                    do {
                        line = try LessonLine(parsing: try Dialog(session: session).readAnswer(session.texts(.lessonFillPrompt)))
                        entries = try read(line)
                        break
                    } catch let error as InputError {
                        session.refuse(.invalidValue(error.label, error.reason))
                    } catch JournalError.invalid(let field, let reason) {
                        session.refuse(.invalidValue(Label(field), reason))
                    }
                }
            }
            if asking {
                // The rules first (a 1st grade has no marks, the 7-day window): refused before the question.
                try Rehearsal.check {
                    _ = try session.journal.fillLesson(caller, lessonId: lessonId, entries: entries, othersPresent: line.othersPresent)
                }
                session.show(rosterGrid(roster, recorded: recorded, entries: (entries, line.othersPresent), session))
                guard try Dialog(session: session).yesOrNo(session.texts(.confirm)) else { return .message(.cancelled) }
            }
            let fill = try session.journal.fillLesson(caller, lessonId: lessonId, entries: entries, othersPresent: line.othersPresent)
            func count(_ status: AttendanceStatus) -> Int { fill.attendance.filter { $0.status == status }.count }
            return .lines([
                .message(.lessonFilled(present: count(.present), absent: count(.absent), late: count(.late), marks: fill.marks.count)),
                .screen(
                    .none,
                    data: .record([
                        (.presentCount, Cell(count(.present))), (.absentCount, Cell(count(.absent))), (.lateCount, Cell(count(.late))),
                        (.markCount, Cell(fill.marks.count)),
                    ])),
            ])
        }
        return command.confirmingItself()
    }

    /// Each pupil by their number in the grid, or by name among the lesson's pupils (the names
    /// looked up together, in one read).
    private static func pupils(
        _ names: [String], _ roster: [(id: Int64, name: String)], _ session: Session, _ caller: Caller, _ lessonId: Int64
    ) throws -> [Int64] {
        let numbered = try names.map { name -> Int64? in
            guard let number = Int(name) else { return nil }
            guard roster.indices.contains(number - 1) else { throw InputError(.student, .outOfRange(min: 1, max: roster.count)) }
            return roster[number - 1].id
        }
        let named = names.filter { Int($0) == nil }
        let people = named.isEmpty ? [] : try session.journal.findPeople(caller, named, role: .student, field: .student, inLesson: lessonId)
        var found = try people.map { try $0.person.savedId }[...]
        return numbered.compactMap { $0 ?? found.popFirst() }
    }

    /// The lesson's pupils numbered, with the attendance recorded so far; with entries, each
    /// pupil's attendance and marks as they will be written («все»: the others not yet marked, present).
    private static func rosterGrid(
        _ roster: [(id: Int64, name: String)], recorded: [Int64: AttendanceStatus], entries: ([LessonEntry], Bool)?,
        _ session: Session
    ) -> Output {
        guard let (entries, othersPresent) = entries else {
            return .table(
                columns: [.number, .student, .status],
                rows: roster.enumerated().map { index, pupil in
                    [Cell(index + 1), .text(pupil.name), .choice(recorded[pupil.id], session.texts.attendance)]
                })
        }
        return .table(
            columns: [.number, .student, .status, .mark],
            rows: roster.enumerated().map { index, pupil in
                let entry = entries.first { $0.studentId == pupil.id }
                let status = entry?.attendance ?? recorded[pupil.id] ?? (othersPresent ? .present : nil)
                return [
                    Cell(index + 1), .text(pupil.name), .choice(status, session.texts.attendance),
                    .text(entry?.marks.map { "\($0.value.rawValue) \(session.texts.workKind($0.work))" }.joined(separator: ", ") ?? ""),
                ]
            })
    }
}

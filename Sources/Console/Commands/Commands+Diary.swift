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
            example: "diary --date 01.10.2026"
        ) { session, arguments in
            let caller = try session.requireCaller()
            let studentId = try arguments[Arg.student]?.id ?? ownStudent(session, caller)
            let day = try arguments[Arg.date] ?? session.journal.today(caller)
            let monday = day.adding(days: 1 - day.weekday)
            let lines = try session.journal.diary(caller, studentId: studentId, from: monday, to: monday.adding(days: 6))
            let texts = session.texts
            return .table(
                columns: [.date, .time, .subject, .topic, .homework, .mark, .status],
                rows: lines.map { line in
                    [
                        texts.date(line.lesson.date), "\(line.lesson.startTime)", line.subjectName, line.lesson.topic ?? "",
                        line.lesson.homework ?? "", line.marks.map(\.rawValue).joined(separator: " "),
                        line.attendance.flatMap { $0 == .present ? nil : texts.attendance($0) } ?? "",
                    ]
                })
        }
    ]

    /// The student a diary is about when none is named: oneself, or one's only child.
    private static func ownStudent(_ session: Session, _ caller: Caller) throws -> Int64 {
        let students = try session.journal.diaryStudents(caller)
        guard students.count == 1, let only = students.first else {
            throw JournalError.invalid(.student, students.isEmpty ? .missing : .ambiguous(students.map(\.person.fullName)))
        }
        return only.person.id!
    }
}

import JournalCore

extension Commands {
    /// Personal-data consent and electronic access per pupil (J-PD-1).
    static let consent: [CommandSpec] = [
        CommandSpec(
            .consentSet, .people, nouns: ["student consent", "ученик согласие", "consent", "согласие"], verbs: ["set", "записать"],
            fields: [Arg.student, Arg.consentDate.optional, Arg.access.optional, Arg.accessDate.optional], writes: true,
            example: "student consent set \"Орлов Олег\" --consent 01.09.2026 --access отказ", result: .none
        ) { session, arguments in
            let student = try arguments.value(Arg.student)
            _ = try session.journal.recordConsent(
                session.requireCaller(), studentId: student.id, consentOn: arguments[Arg.consentDate], access: arguments[Arg.access],
                accessOn: arguments[Arg.accessDate])
            return .message(.consentSaved(name: student.name))
        },
        CommandSpec(
            .consentList, .people, nouns: ["class consent", "класс согласия", "consent", "согласие", "согласия"], verbs: Words.list,
            fields: [Arg.schoolClass], example: "class consent list 5А",
            result: .table([
                .text(.student), .date(.consentGiven).optional, .code(.diaryAccess, AccessChoice.self).optional, .date(.fromDate).optional,
            ])
        ) { session, arguments in
            let rows = try session.journal.consents(session.requireCaller(), classId: try arguments.value(Arg.schoolClass).id)
            return .table(
                columns: [.student, .consentGiven, .diaryAccess, .fromDate],
                rows: rows.map { row in
                    [
                        .text(row.studentName), Cell(row.consent?.consentOn),
                        Cell.choice(row.consent?.access, { session.texts(.accessWords($0)) })
                            .shown(session.texts(.accessWords(row.consent?.access))),
                        Cell(row.consent?.accessOn),
                    ]
                })
        },
    ]
}

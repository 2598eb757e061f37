import JournalCore

extension Commands {
    /// Personal-data consent and electronic access per pupil (J-PD-1).
    static let consent: [CommandSpec] = [
        CommandSpec(
            .consentSet, .people, nouns: ["student consent", "ученик согласие", "consent", "согласие"], verbs: ["set", "записать"],
            fields: [Arg.student, Arg.consentDate.optional, Arg.access.optional, Arg.accessDate.optional], writes: true,
            example: "student consent set \"Орлов Олег\" --consent 01.09.2026 --access отказ", result: .record(consentFields)
        ) { session, arguments in
            let student = try arguments.value(Arg.student)
            let consent = try session.journal.recordConsent(
                session.requireCaller(), studentId: student.id, consentOn: arguments[Arg.consentDate], access: arguments[Arg.access],
                accessOn: arguments[Arg.accessDate])
            // The pupil's consent as recorded now, as `class consent list` gives it.
            return .lines([
                .message(.consentSaved(name: student.name)),
                .screen(.none, data: .record(Array(zip(consentColumns, consentRow(student.name, consent, session))))),
            ])
        },
        CommandSpec(
            .consentList, .people, nouns: ["class consent", "класс согласия", "consent", "согласие", "согласия"], verbs: Words.list,
            fields: [Arg.schoolClass], example: "class consent list 5А",
            result: .table(consentFields)
        ) { session, arguments in
            let rows = try session.journal.consents(session.requireCaller(), classId: try arguments.value(Arg.schoolClass).id)
            return .table(columns: consentColumns, rows: rows.map { consentRow($0.studentName, $0.consent, session) })
        },
    ]

    /// A pupil's consent and diary access: a row of `class consent list`, the record `student consent set` wrote.
    static let consentFields: [FieldShape] = [
        .text(.student), .date(.consentGiven).optional, .code(.diaryAccess, AccessChoice.self).optional, .date(.fromDate).optional,
    ]
    static let consentColumns: [Label] = [.student, .consentGiven, .diaryAccess, .fromDate]

    static func consentRow(_ name: String, _ consent: FamilyConsent?, _ session: Session) -> [Cell] {
        [
            .text(name), Cell(consent?.consentOn),
            Cell.choice(consent?.access, { session.texts(.accessWords($0)) }).shown(session.texts(.accessWords(consent?.access))),
            Cell(consent?.accessOn),
        ]
    }
}

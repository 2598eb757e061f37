import JournalCore

extension Commands {
    /// The configurable rules of the journal (REQUIREMENTS.md: "configurable").
    static let settings: [CommandSpec] = [
        CommandSpec(.settingsShow, .journal, nouns: ["settings", "настройки"], verbs: Words.show, result: .record(settingsFields)) {
            session, _ in
            settingsRecord(try session.journal.journalSettings(session.requireCaller()))
        },
        CommandSpec(
            .settingsSet, .journal, nouns: ["settings", "настройки"], verbs: ["set", "задать"],
            fields: [
                Arg.markDeadline.optional,
                Arg.homeworkGrace.optional,
                Arg.markOne.optional,
                Arg.temporaryHours.optional,
                Arg.backupDays.optional,
            ],
            writes: true, example: "settings set --deadline 17:00 --homework-grace 90", result: .record(settingsFields)
        ) { session, arguments in
            let markOne: Bool? = arguments[Arg.markOne].map { $0 == .yes }
            let settings = try session.journal.updateJournalSettings(
                session.requireCaller(), markDeadline: arguments[Arg.markDeadline],
                homeworkGraceMinutes: arguments[Arg.homeworkGrace],
                allowsMarkOne: markOne,
                temporaryPasswordHours: arguments[Arg.temporaryHours],
                backupMaxAgeDays: arguments[Arg.backupDays])
            return .lines([.message(.saved), settingsRecord(settings)])
        },
    ]

    /// The journal's rules: `settingsRecord`'s keys.
    static let settingsFields: [FieldShape] = [
        .text(.markDeadline), .number(.homeworkGraceMinutes), .number(.entryWindowDays),
        .object(.markScale, [.number(.start), .number(.end)]), .number(.temporaryPasswordHours), .number(.backupMaxAgeDays),
    ]

    static func settingsRecord(_ settings: JournalSettings) -> Output {
        .record([
            (.markDeadline, .text(settings.markDeadline.description)), (.homeworkGraceMinutes, Cell(settings.homeworkGraceMinutes)),
            (.entryWindowDays, Cell(settings.entryWindowDays)),
            (
                .markScale,
                Cell.object([(.start, .number(settings.allowsMarkOne ? 1 : 2)), (.end, .number(5))]).shown(
                    settings.allowsMarkOne ? "1–5" : "2–5")
            ),
            (.temporaryPasswordHours, Cell(settings.temporaryPasswordHours)), (.backupMaxAgeDays, Cell(settings.backupMaxAgeDays)),
        ])
    }
}

import JournalCore

extension Commands {
    /// The configurable rules of the journal (REQUIREMENTS.md: "configurable").
    static let settings: [CommandSpec] = [
        CommandSpec(.settingsShow, .journal, nouns: ["settings", "настройки"], verbs: Words.show) { session, _ in
            settingsRecord(try session.journal.journalSettings(session.requireCaller()))
        },
        CommandSpec(
            .settingsSet, .journal, nouns: ["settings", "настройки"], verbs: ["set", "задать"],
            fields: [
                FieldSpec("deadline", "срок", .markDeadline, .time, required: false),
                FieldSpec("homework-grace", "дз-минут", .homeworkGraceMinutes, .integer(0...720), required: false),
                FieldSpec("window", "окно", .entryWindowDays, .integer(0...30), required: false),
                FieldSpec("mark-one", "единица", .markScale, .choice(.yesNo), required: false),
                FieldSpec("temporary-hours", "пароль-часов", .temporaryPasswordHours, .integer(1...720), required: false),
                FieldSpec("backup-days", "копия-дней", .backupMaxAgeDays, .integer(1...90), required: false),
            ],
            writes: true, example: "settings set --deadline 17:00 --homework-grace 90"
        ) { session, arguments in
            let markOne: Bool? = arguments.choice("mark-one", as: YesNo.self).map { $0 == .yes }
            let settings = try session.journal.updateJournalSettings(
                session.requireCaller(), markDeadline: arguments.time("deadline"),
                homeworkGraceMinutes: arguments.integer("homework-grace"),
                entryWindowDays: arguments.integer("window"), allowsMarkOne: markOne,
                temporaryPasswordHours: arguments.integer("temporary-hours"),
                backupMaxAgeDays: arguments.integer("backup-days"))
            return .lines([.message(.saved), settingsRecord(settings)])
        },
    ]

    enum YesNo: String { case yes, no }

    static func settingsRecord(_ settings: JournalSettings) -> Output {
        .record([
            (.markDeadline, settings.markDeadline), (.homeworkGraceMinutes, String(settings.homeworkGraceMinutes)),
            (.entryWindowDays, String(settings.entryWindowDays)), (.markScale, settings.allowsMarkOne ? "1–5" : "2–5"),
            (.temporaryPasswordHours, String(settings.temporaryPasswordHours)), (.backupMaxAgeDays, String(settings.backupMaxAgeDays)),
        ])
    }
}

import Foundation
import JournalCore

extension Commands {
    static let periodNumberField = FieldSpec("period", "период", .period, .integer(1...4), required: false)

    /// The explanatory note of seed 004 (J-MARK-5): teacher, class letter, date, subject, changes, reasons.
    static let noteFields = [
        FieldSpec("teacher", "учитель", .teacher, .text(max: 120)), FieldSpec("letter", "литера", .letter, .text(max: 8)),
        FieldSpec("date", "дата", .date, .date), FieldSpec("subject-name", "предмет-записки", .subject, .text(max: 100)),
        FieldSpec("changes", "изменения", .change, .text(max: 1000)), FieldSpec("reasons", "причины", .reason, .text(max: 1000)),
    ]

    static func note(_ arguments: Arguments) -> ExplanatoryNote {
        ExplanatoryNote(
            teacherName: arguments.text("teacher")!, classLetter: arguments.text("letter")!, date: arguments.date("date")!,
            subject: arguments.text("subject-name")!, changes: arguments.text("changes")!, reasons: arguments.text("reasons")!)
    }

    /// Period and year marks (J-MARK-5, J-MARK-6) and the substitution log (J-SUB-1).
    static let periodMarks: [CommandSpec] = [
        CommandSpec(
            .periodMarkSet, .journal, nouns: ["period-mark", "итоговая"], verbs: ["set", "поставить"],
            fields: [
                classField, FieldSpec("subject", "предмет", .subject, .subject), FieldSpec("student", "ученик", .student, .classStudent),
                FieldSpec("mark", "отметка", .mark, .markValue), periodNumberField,
            ],
            writes: true, example: "period-mark set 5А Математика \"Орлов Олег\" 4 --period 1"
        ) { session, arguments in
            let mark = try session.journal.setPeriodMark(
                session.requireCaller(), studentId: arguments.id("student")!, subjectId: arguments.id("subject")!,
                classId: arguments.id("class")!, periodNumber: arguments.integer("period"),
                value: arguments.mark("mark")!)
            return .message(.periodMarkSaved(id: mark.id!))
        },
        CommandSpec(
            .periodMarkSuggest, .journal, nouns: ["period-mark", "итоговая"], verbs: ["suggest", "предложить"],
            fields: [
                classField, FieldSpec("subject", "предмет", .subject, .subject), FieldSpec("student", "ученик", .student, .classStudent),
                periodNumberField,
            ],
            example: "period-mark suggest 5А Математика \"Орлов Олег\" --period 1"
        ) { session, arguments in
            let suggestion = try session.journal.suggestPeriodMark(
                session.requireCaller(), studentId: arguments.id("student")!, subjectId: arguments.id("subject")!,
                classId: arguments.id("class")!, periodNumber: arguments.integer("period"))
            guard let average = suggestion.average, let suggested = suggestion.suggested else { return .message(.noMarksToAverage) }
            let counted = suggestion.counted.map { "\($0.value.rawValue)×\(Self.number($0.weight))" }.joined(separator: ", ")
            return .message(
                .suggestion(
                    average: String(format: "%.2f", average), suggested: suggested.rawValue, counted: counted,
                    notAssessed: suggestion.notAssessed, exempt: suggestion.exempt))
        },
        CommandSpec(
            .periodMarkChange, .journal, nouns: ["period-mark", "итоговая"], verbs: ["change", "изменить"],
            fields: [FieldSpec("id", "номер", .number, .integer(1...Int(Int32.max))), FieldSpec("mark", "отметка", .mark, .markValue)]
                + noteFields,
            writes: true,
            example:
                "period-mark change 17 4 --teacher \"Жуков П. И.\" --letter 5А --date 24.10.2026 --subject-name Математика --changes \"Орлов: 3 → 4\" --reasons \"не учтена контрольная\""
        ) { session, arguments in
            _ = try session.journal.changePeriodMark(
                session.requireCaller(), periodMarkId: Int64(arguments.integer("id")!),
                to: arguments.mark("mark")!, note: note(arguments))
            return .message(.saved)
        },
        CommandSpec(
            .periodMarkMissing, .journal, nouns: ["period-mark", "итоговая"], verbs: ["missing", "недостающая"],
            fields: [
                classField, FieldSpec("subject", "предмет", .subject, .subject), FieldSpec("student", "ученик", .student, .classStudent),
                FieldSpec("mark", "отметка", .mark, .markValue), periodNumberField,
            ] + noteFields,
            writes: true,
            example:
                "period-mark missing 5А Математика \"Орлов Олег\" 4 --period 1 --teacher \"Жуков П. И.\" --letter 5А --date 29.10.2026 --subject-name Математика --changes \"Орлов: 4\" --reasons \"болел в дни выставления\""
        ) { session, arguments in
            let mark = try session.journal.setMissingPeriodMark(
                session.requireCaller(), studentId: arguments.id("student")!, subjectId: arguments.id("subject")!,
                classId: arguments.id("class")!, periodNumber: arguments.integer("period"),
                value: arguments.mark("mark")!, note: note(arguments))
            return .message(.periodMarkSaved(id: mark.id!))
        },
        CommandSpec(
            .substitutionNew, .journal, nouns: ["substitution", "замена"], verbs: Words.new,
            fields: [
                FieldSpec("absent", "отсутствует", .teacher, .staffMember), FieldSpec("substitute", "заменяет", .staff, .staffMember),
                FieldSpec("from", "с", .startDate, .date), FieldSpec("to", "по", .endDate, .date),
                FieldSpec("class", "класс", .schoolClass, .schoolClass, required: false), noteField,
            ],
            writes: true, example: "substitution new \"Жуков Пётр\" \"Нечаева Ольга\" 01.10.2026 02.10.2026 --note \"больничный\""
        ) { session, arguments in
            _ = try session.journal.logSubstitution(
                session.requireCaller(), absentTeacherId: arguments.id("absent")!,
                substituteId: arguments.id("substitute")!, from: arguments.date("from")!,
                to: arguments.date("to")!, classId: arguments.id("class"), note: arguments.text("note"))
            return .message(.saved)
        },
        CommandSpec(.substitutionList, .journal, nouns: ["substitution", "замена", "замены"], verbs: Words.list) { session, _ in
            let caller = try session.requireCaller()
            let rows = try session.journal.substitutions(caller)
            func name(_ id: Int64) -> String { (try? session.journal.personRow(caller, id: id).person.fullName) ?? String(id) }
            return .table(
                columns: [.teacher, .staff, .startDate, .endDate, .note],
                rows: rows.map {
                    [
                        name($0.absentTeacherId), name($0.substituteId), session.texts.date($0.fromDate), session.texts.date($0.toDate),
                        $0.note ?? "",
                    ]
                })
        },
        CommandSpec(
            .settingsWeight, .journal, nouns: ["settings", "настройки"], verbs: ["weight", "вес"],
            fields: [FieldSpec("work", "работа", .workKind, .choice(.workKind)), FieldSpec("weight", "вес", .weight, .text(max: 5))],
            writes: true, example: "settings weight контрольная 3"
        ) { session, arguments in
            let caller = try session.requireCaller()
            guard let weight = Double(arguments.text("weight")!.replacingOccurrences(of: ",", with: ".")) else {
                throw JournalError.invalid(.weight, .badFormat)
            }
            try session.journal.setWorkWeight(caller, arguments.choice("work")!, weight: weight)
            let weights = try session.journal.workWeights(caller)
            return .table(
                columns: [.workKind, .weight], rows: WorkKind.allCases.map { [session.texts.workKind($0), Self.number(weights[$0] ?? 1)] })
        },
    ]

    static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
    }
}

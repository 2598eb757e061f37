import Foundation
import JournalCore

extension Commands {

    /// The explanatory note of seed 004 (J-MARK-5): teacher, class letter, date, subject, changes, reasons.
    static let noteFields: [any FieldDeclaration] = [
        Arg.noteTeacher, Arg.letter,
        Arg.date, Arg.noteSubject,
        Arg.changes, Arg.noteReasons,
    ]

    static func note(_ arguments: Arguments) throws -> ExplanatoryNote {
        try ExplanatoryNote(
            teacherName: try arguments.value(Arg.noteTeacher), classLetter: try arguments.value(Arg.letter),
            date: try arguments.value(Arg.date),
            subject: try arguments.value(Arg.noteSubject), changes: try arguments.value(Arg.changes),
            reasons: try arguments.value(Arg.noteReasons))
    }

    /// Period and year marks (J-MARK-5, J-MARK-6) and the substitution log (J-SUB-1).
    static let periodMarks: [CommandSpec] = [
        CommandSpec(
            .periodMarkList, .journal, nouns: ["period-mark", "итоговая", "итоговые"], verbs: Words.list,
            fields: [Arg.schoolClass, Arg.subject, Arg.period.optional], example: "period-mark list 5А Математика --period 1",
            result: .table([.number(.number).optional, .text(.student), .text(.mark).optional, .moment(.date).optional])
        ) { session, arguments in
            let rows = try session.journal.periodMarks(
                session.requireCaller(), classId: try arguments.value(Arg.schoolClass).id, subjectId: try arguments.value(Arg.subject).id,
                periodNumber: arguments[Arg.period])
            return .table(
                columns: [.number, .student, .mark, .date],
                rows: rows.map { row in
                    [
                        Cell(row.mark?.id), .text(row.studentName), row.mark.map { Cell.text($0.value.rawValue) } ?? .empty,
                        row.mark.map { .moment($0.setAt, session.zone) } ?? .empty,
                    ]
                })
        },
        CommandSpec(
            .periodMarkSet, .journal, nouns: ["period-mark", "итоговая"], verbs: ["set", "поставить"],
            fields: [
                Arg.schoolClass, Arg.subject, Arg.classStudent,
                Arg.mark, Arg.period.optional,
            ],
            writes: true, example: "period-mark set 5А Математика \"Орлов Олег\" 4 --period 1", result: periodMarkSavedShape
        ) { session, arguments in
            let mark = try session.journal.setPeriodMark(
                session.requireCaller(), studentId: try arguments.value(Arg.classStudent).id,
                subjectId: try arguments.value(Arg.subject).id,
                classId: try arguments.value(Arg.schoolClass).id, periodNumber: arguments[Arg.period],
                value: try arguments.value(Arg.mark))
            return try periodMarkSaved(mark)
        },
        CommandSpec(
            .periodMarkSuggest, .journal, nouns: ["period-mark", "итоговая"], verbs: ["suggest", "предложить"],
            fields: [
                Arg.schoolClass, Arg.subject, Arg.classStudent,
                Arg.period.optional,
            ],
            example: "period-mark suggest 5А Математика \"Орлов Олег\" --period 1",
            // The weighted average and the mark it suggests, in JSON too: null without marks to average.
            result: .record([.decimal(.average).optional, .code(.mark, MarkValue.self).optional])
        ) { session, arguments in
            let suggestion = try session.journal.suggestPeriodMark(
                session.requireCaller(), studentId: try arguments.value(Arg.classStudent).id,
                subjectId: try arguments.value(Arg.subject).id,
                classId: try arguments.value(Arg.schoolClass).id, periodNumber: arguments[Arg.period])
            let record = Output.shown(
                "",
                data: .record([
                    (.average, suggestion.average.map { .decimal($0, digits: 2) } ?? .empty),
                    (.mark, .choice(suggestion.suggested, \.rawValue)),
                ]))
            guard let average = suggestion.average, let suggested = suggestion.suggested else {
                return .lines([.message(.noMarksToAverage), record])
            }
            let counted = suggestion.counted.map { "\($0.value.rawValue)×\(session.texts.words(Self.weight($0.weight)))" }.joined(
                separator: ", ")
            return .lines([
                .message(
                    .suggestion(
                        average: session.texts.decimal(average, digits: 2), suggested: suggested.rawValue, counted: counted,
                        notAssessed: suggestion.notAssessed, exempt: suggestion.exempt)), record,
            ])
        },
        CommandSpec(
            .periodMarkChange, .journal, nouns: ["period-mark", "итоговая"], verbs: ["change", "изменить"],
            fields: [Arg.id, Arg.mark]
                + noteFields,
            writes: true,
            example:
                "period-mark change 17 4 --teacher \"Жуков П. И.\" --letter 5А --date 24.10.2026 --subject-name Математика --changes \"Орлов: 3 → 4\" --reasons \"не учтена контрольная\"",
            result: .none
        ) { session, arguments in
            _ = try session.journal.changePeriodMark(
                session.requireCaller(), periodMarkId: try arguments.value(Arg.id),
                to: try arguments.value(Arg.mark), note: try note(arguments))
            return .message(.saved)
        },
        CommandSpec(
            .periodMarkMissing, .journal, nouns: ["period-mark", "итоговая"], verbs: ["missing", "недостающая"],
            fields: [
                Arg.schoolClass, Arg.subject, Arg.classStudent,
                Arg.mark, Arg.period.optional,
            ] + noteFields,
            writes: true,
            example:
                "period-mark missing 5А Математика \"Орлов Олег\" 4 --period 1 --teacher \"Жуков П. И.\" --letter 5А --date 29.10.2026 --subject-name Математика --changes \"Орлов: 4\" --reasons \"болел в дни выставления\"",
            result: periodMarkSavedShape
        ) { session, arguments in
            let mark = try session.journal.setMissingPeriodMark(
                session.requireCaller(), studentId: try arguments.value(Arg.classStudent).id,
                subjectId: try arguments.value(Arg.subject).id,
                classId: try arguments.value(Arg.schoolClass).id, periodNumber: arguments[Arg.period],
                value: try arguments.value(Arg.mark), note: try note(arguments))
            return try periodMarkSaved(mark)
        },
        CommandSpec(
            .substitutionNew, .journal, nouns: ["substitution", "замена"], verbs: Words.new,
            fields: [
                Arg.absent, Arg.substitute,
                Arg.from, Arg.to,
                Arg.schoolClass.optional, Arg.note.optional,
            ],
            writes: true, example: "substitution new \"Жуков Пётр\" \"Нечаева Ольга\" 01.10.2026 02.10.2026 --note \"больничный\"",
            result: .none
        ) { session, arguments in
            _ = try session.journal.logSubstitution(
                session.requireCaller(), absentTeacherId: try arguments.value(Arg.absent).id,
                substituteId: try arguments.value(Arg.substitute).id, from: try arguments.value(Arg.from),
                to: try arguments.value(Arg.to), classId: arguments[Arg.schoolClass]?.id, note: arguments[Arg.note])
            return .message(.saved)
        },
        CommandSpec(
            .substitutionList, .journal, nouns: ["substitution", "замена", "замены"], verbs: Words.list,
            result: .table([.text(.teacher), .text(.staff), .date(.startDate), .date(.endDate), .text(.note).optional])
        ) { session, _ in
            let caller = try session.requireCaller()
            let rows = try session.journal.substitutions(caller)
            func name(_ id: Int64) -> Cell { .text((try? session.journal.personRow(caller, id: id).person.fullName) ?? String(id)) }
            return .table(
                columns: [.teacher, .staff, .startDate, .endDate, .note],
                rows: rows.map {
                    [
                        name($0.absentTeacherId), name($0.substituteId), .date($0.fromDate), .date($0.toDate), Cell($0.note),
                    ]
                })
        },
        CommandSpec(
            .settingsWeight, .journal, nouns: ["settings", "настройки"], verbs: ["weight", "вес"],
            fields: [Arg.work, Arg.weight],
            writes: true, example: "settings weight контрольная 3", result: .table([.code(.workKind, WorkKind.self), .decimal(.weight)])
        ) { session, arguments in
            let caller = try session.requireCaller()
            guard let weight = Double(try arguments.value(Arg.weight).replacingOccurrences(of: ",", with: ".")) else {
                throw JournalError.invalid(.weight, .badFormat)
            }
            try session.journal.setWorkWeight(caller, try arguments.value(Arg.work), weight: weight)
            let weights = try session.journal.workWeights(caller)
            return .table(
                columns: [.workKind, .weight],
                rows: WorkKind.allCases.map { [.choice($0, session.texts.workKind), Self.weight(weights[$0] ?? 1)] })
        },
    ]

    /// A period or year mark saved: its number in words, and in JSON `{"markId": N}` for `period-mark change`.
    static func periodMarkSaved(_ mark: PeriodMark) throws -> Output {
        .lines([.message(.periodMarkSaved(id: try mark.savedId)), .shown("", data: .record([(.markId, Cell(mark.id))]))])
    }

    /// The shape of `periodMarkSaved`.
    static let periodMarkSavedShape = ResultShape.record([.number(.markId)])

    /// A work kind's weight: `3`, or `1,5` with its fraction.
    static func weight(_ value: Double) -> Cell {
        .decimal(value, digits: value == value.rounded() ? 0 : 1)
    }
}

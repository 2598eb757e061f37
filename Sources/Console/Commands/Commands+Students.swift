import JournalCore

extension Commands {

    /// Students, their guardians and their movement (J-PEOPLE-1, J-PEOPLE-2).
    static let students: [CommandSpec] = [
        CommandSpec(
            .studentList, .people, nouns: ["student", "ученик", "ученики"], verbs: Words.list, fields: [Arg.schoolClass],
            example: "student list --class 5А", result: .table(studentFields)
        ) { session, arguments in
            studentTable(
                try session.journal.students(session.requireCaller(), classId: try arguments.value(Arg.schoolClass).id), session.texts)
        },
        CommandSpec(
            .studentShow, .people, nouns: ["student", "ученик"], verbs: Words.show, fields: [Arg.student],
            result: .sections([
                SectionShape(.student, personShape), SectionShape(.guardian, .table(guardianFields)),
                SectionShape(.movement, .table(movementFields)),
            ])
        ) { session, arguments in
            let caller = try session.requireCaller()
            let row = try session.journal.personRow(caller, id: try arguments.value(Arg.student).id)
            let guardians = try session.journal.guardians(caller, studentId: row.person.savedId)
            return .sections([
                (.student, personRecord(row, session.texts)),
                (.guardian, guardianTable(guardians)),
                (.movement, movementTable(try session.journal.movements(caller, studentId: row.person.savedId), session.texts)),
            ])
        },
        CommandSpec(
            .studentNew, .people, nouns: ["student", "ученик"], verbs: Words.new,
            fields: [
                Arg.schoolClass, Arg.fullName,
                Arg.birth, Arg.sex, Arg.date.optional,
            ],
            writes: true, example: "student new --class 5А --name \"Иванов Пётр Сергеевич\" --birth 12.03.2015 --sex м",
            result: personShape
        ) { session, arguments in
            let row = try session.journal.createStudent(
                session.requireCaller(), classId: try arguments.value(Arg.schoolClass).id, fullName: try arguments.value(Arg.fullName),
                birthDate: try arguments.value(Arg.birth), sex: try arguments.value(Arg.sex), date: arguments[Arg.date])
            return .lines([.message(.saved), personRecord(row, session.texts)])
        },
        CommandSpec(
            .studentEdit, .people, nouns: ["student", "ученик"], verbs: Words.edit,
            fields: [
                Arg.student, Arg.fullName.optional,
                Arg.birth.optional,
                Arg.sex.optional,
            ],
            writes: true, example: "student edit \"Иванов Пётр\" --birth 13.03.2015", result: personShape
        ) { session, arguments in
            let row = try session.journal.updatePerson(
                session.requireCaller(), personId: try arguments.value(Arg.student).id, fullName: arguments[Arg.fullName],
                birthDate: arguments[Arg.birth], sex: arguments[Arg.sex])
            return .lines([.message(.saved), personRecord(row, session.texts)])
        },
        CommandSpec(
            .studentEnrol, .people, nouns: ["student", "ученик"], verbs: ["enrol", "enroll", "зачислить"],
            fields: [Arg.student, Arg.schoolClass, Arg.date.optional, Arg.note.optional], writes: true, result: .none
        ) { session, arguments in
            try session.journal.enrol(
                session.requireCaller(), studentId: try arguments.value(Arg.student).id, classId: try arguments.value(Arg.schoolClass).id,
                date: arguments[Arg.date], note: arguments[Arg.note])
            let student = try arguments.value(Arg.student)
            return .message(
                .studentEnrolled(
                    name: student.name, sex: session.sex(of: student), className: try arguments.value(Arg.schoolClass).name))
        },
        CommandSpec(
            .studentTransfer, .people, nouns: ["student", "ученик"], verbs: ["transfer", "move", "перевести"],
            fields: [Arg.student, Arg.toClass, Arg.date.optional, Arg.note.optional],
            writes: true, example: "student transfer \"Иванов Пётр\" --to 5Б --date 15.11.2026", result: .none
        ) { session, arguments in
            try session.journal.transfer(
                session.requireCaller(), studentId: try arguments.value(Arg.student).id, toClassId: try arguments.value(Arg.toClass).id,
                date: arguments[Arg.date], note: arguments[Arg.note])
            let student = try arguments.value(Arg.student)
            return .message(
                .studentTransferred(name: student.name, sex: session.sex(of: student), className: try arguments.value(Arg.toClass).name))
        },
        CommandSpec(
            .studentLeave, .people, nouns: ["student", "ученик"], verbs: ["leave", "выбытие", "отчислить"],
            fields: [Arg.student, Arg.date.optional, Arg.note.optional], writes: true,
            example: "student leave \"Иванов Пётр\" --date 20.11.2026 --note \"переезд\"", result: .none
        ) { session, arguments in
            try session.journal.leave(
                session.requireCaller(), studentId: try arguments.value(Arg.student).id,
                date: arguments[Arg.date], note: arguments[Arg.note])
            return .message(.studentLeft(name: try arguments.value(Arg.student).name))
        },
        CommandSpec(
            .studentHistory, .people, nouns: ["student", "ученик"], verbs: ["history", "движение", "история"],
            fields: [Arg.student], result: .table(movementFields)
        ) { session, arguments in
            movementTable(
                try session.journal.movements(session.requireCaller(), studentId: try arguments.value(Arg.student).id), session.texts)
        },
        CommandSpec(
            .guardianList, .people, nouns: ["guardian", "родитель", "родители"], verbs: Words.list,
            fields: [Arg.student], result: .table(guardianFields)
        ) { session, arguments in
            guardianTable(try session.journal.guardians(session.requireCaller(), studentId: try arguments.value(Arg.student).id))
        },
        CommandSpec(
            .guardianNew, .people, nouns: ["guardian", "родитель"], verbs: Words.new,
            fields: [
                Arg.student, Arg.fullName,
                Arg.email.optional,
                Arg.phone.optional,
            ],
            writes: true, example: "guardian new \"Иванов Пётр\" --name \"Иванова Мария Петровна\" --email ivanova@example.ru",
            result: personShape
        ) { session, arguments in
            let row = try session.journal.createGuardian(
                session.requireCaller(), studentId: try arguments.value(Arg.student).id, fullName: try arguments.value(Arg.fullName),
                email: arguments[Arg.email], phone: arguments[Arg.phone])
            return .lines([.message(.saved), personRecord(row, session.texts)])
        },
        CommandSpec(
            .guardianLink, .people, nouns: ["guardian", "родитель"], verbs: ["link", "связать"],
            fields: [Arg.guardian, Arg.student],
            writes: true, result: .none
        ) { session, arguments in
            try session.journal.linkGuardian(
                session.requireCaller(), guardianId: try arguments.value(Arg.guardian).id, studentId: try arguments.value(Arg.student).id)
            let student = try arguments.value(Arg.student)
            return .message(
                .guardianLinked(guardian: try arguments.value(Arg.guardian).name, student: student.name, sex: session.sex(of: student)))
        },
    ]

    /// A person's card as `personRecord` gives it: what the person has not is null.
    static let personShape = ResultShape.record([
        .text(.fullName), .list(.roles, of: .codes(Role.self)), .text(.schoolClass).optional, .date(.birthDate).optional,
        .code(.sex, Sex.self).optional, .text(.email).optional, .text(.phone).optional, .text(.login).optional,
        .number(.identifier).optional,
    ])

    static func personRecord(_ row: PersonRow, _ texts: Texts) -> Output {
        let pairs: [(Label, Cell)] = [
            (.fullName, .text(row.person.fullName)), (.roles, .choices(row.roles, texts.role)), (.schoolClass, Cell(row.className)),
            (.birthDate, Cell(row.person.birthDate)), (.sex, .choice(row.person.sex, texts.sex)), (.email, Cell(row.person.email)),
            (.phone, Cell(row.person.phone)), (.login, Cell(row.login)), (.identifier, Cell(row.identifier)),
        ]
        // What the person has not (a pupil's e-mail, a guardian's class) is left off.
        return .record(pairs.filter { if case .empty = $0.1 { false } else { true } })
    }

    /// The columns of `guardianTable`.
    static let guardianFields: [FieldShape] = [.text(.fullName), .text(.email).optional, .text(.phone).optional, .text(.login).optional]

    static func guardianTable(_ rows: [PersonRow]) -> Output {
        .table(
            columns: [.fullName, .email, .phone, .login],
            rows: rows.map {
                [.text($0.person.fullName), Cell($0.person.email), Cell($0.person.phone), Cell($0.login)]
            })
    }

    /// The columns of `movementTable`: the movement as its start and end kinds.
    static let movementFields: [FieldShape] = [
        .text(.year), .text(.schoolClass), .date(.startDate), .date(.endDate).optional,
        .object(.movement, [.code(.start, EnrolmentStart.self), .code(.end, EnrolmentEnd.self).optional]), .text(.note).optional,
    ]

    static func movementTable(_ rows: [MovementRow], _ texts: Texts) -> Output {
        .table(
            columns: [.year, .schoolClass, .startDate, .endDate, .movement, .note],
            rows: rows.map { row in
                let enrolment = row.enrolment
                let movement = [texts.start(enrolment.startKind), enrolment.endKind.map(texts.end)].compactMap { $0 }.joined(
                    separator: " → ")
                let kinds = Cell.object([
                    (.start, .choice(enrolment.startKind, texts.start)), (.end, .choice(enrolment.endKind, texts.end)),
                ])
                return [
                    .text(row.yearName), .text(row.className), .date(enrolment.startDate), Cell(enrolment.endDate),
                    kinds.shown(movement), Cell(enrolment.note),
                ]
            })
    }
}

extension Session {
    /// The sex on a person's card, for the words that agree with it; nil when the card does not
    /// say or the caller may not see it.
    func sex(of person: Picked) -> Sex? {
        guard let caller else { return nil }
        return try? journal.personRow(caller, id: person.id).person.sex
    }
}

import JournalCore

extension Commands {
    static let studentField = FieldSpec("student", "ученик", .student, .person(.student))
    static let dateField = FieldSpec("date", "дата", .date, .date, required: false)
    static let noteField = FieldSpec("note", "примечание", .note, .text(max: 200), required: false)

    /// Students, their guardians and their movement (J-PEOPLE-1, J-PEOPLE-2).
    static let students: [CommandSpec] = [
        CommandSpec(
            .studentList, .people, nouns: ["student", "ученик", "ученики"], verbs: Words.list, fields: [classField],
            example: "student list --class 5А"
        ) { session, arguments in
            studentTable(try session.journal.students(session.requireCaller(), classId: arguments.id("class")!), session.texts)
        },
        CommandSpec(.studentShow, .people, nouns: ["student", "ученик"], verbs: Words.show, fields: [studentField]) { session, arguments in
            let caller = try session.requireCaller()
            let row = try session.journal.personRow(caller, id: arguments.id("student")!)
            let guardians = try session.journal.guardians(caller, studentId: row.person.id!)
            return .sections([
                (.student, personRecord(row, session.texts)),
                (.guardian, guardianTable(guardians)),
                (.movement, movementTable(try session.journal.movements(caller, studentId: row.person.id!), session.texts)),
            ])
        },
        CommandSpec(
            .studentNew, .people, nouns: ["student", "ученик"], verbs: Words.new,
            fields: [
                classField, FieldSpec("name", "фио", .fullName, .text(max: 120)),
                FieldSpec("birth", "рождение", .birthDate, .date), FieldSpec("sex", "пол", .sex, .sex), dateField,
            ],
            writes: true, example: "student new --class 5А --name \"Иванов Пётр Сергеевич\" --birth 12.03.2015 --sex м"
        ) { session, arguments in
            let row = try session.journal.createStudent(
                session.requireCaller(), classId: arguments.id("class")!, fullName: arguments.text("name")!,
                birthDate: arguments.date("birth")!, sex: arguments.sex("sex")!, date: arguments.date("date"))
            return .lines([.message(.saved), personRecord(row, session.texts)])
        },
        CommandSpec(
            .studentEdit, .people, nouns: ["student", "ученик"], verbs: Words.edit,
            fields: [
                studentField, FieldSpec("name", "фио", .fullName, .text(max: 120), required: false),
                FieldSpec("birth", "рождение", .birthDate, .date, required: false),
                FieldSpec("sex", "пол", .sex, .sex, required: false),
            ],
            writes: true, example: "student edit \"Иванов Пётр\" --birth 13.03.2015"
        ) { session, arguments in
            let row = try session.journal.updatePerson(
                session.requireCaller(), personId: arguments.id("student")!, fullName: arguments.text("name"),
                birthDate: arguments.date("birth"), sex: arguments.sex("sex"))
            return .lines([.message(.saved), personRecord(row, session.texts)])
        },
        CommandSpec(
            .studentEnrol, .people, nouns: ["student", "ученик"], verbs: ["enrol", "enroll", "зачислить"],
            fields: [studentField, classField, dateField, noteField], writes: true
        ) { session, arguments in
            try session.journal.enrol(
                session.requireCaller(), studentId: arguments.id("student")!, classId: arguments.id("class")!,
                date: arguments.date("date"), note: arguments.text("note"))
            return .message(.studentEnrolled(name: arguments.display("student")!, className: arguments.display("class")!))
        },
        CommandSpec(
            .studentTransfer, .people, nouns: ["student", "ученик"], verbs: ["transfer", "move", "перевести"],
            fields: [studentField, FieldSpec("to", "в", .schoolClass, .schoolClass), dateField, noteField],
            writes: true, example: "student transfer \"Иванов Пётр\" --to 5Б --date 15.11.2026"
        ) { session, arguments in
            try session.journal.transfer(
                session.requireCaller(), studentId: arguments.id("student")!, toClassId: arguments.id("to")!,
                date: arguments.date("date"), note: arguments.text("note"))
            return .message(.studentTransferred(name: arguments.display("student")!, className: arguments.display("to")!))
        },
        CommandSpec(
            .studentLeave, .people, nouns: ["student", "ученик"], verbs: ["leave", "выбытие", "отчислить"],
            fields: [studentField, dateField, noteField], writes: true,
            example: "student leave \"Иванов Пётр\" --date 20.11.2026 --note \"переезд\""
        ) { session, arguments in
            try session.journal.leave(
                session.requireCaller(), studentId: arguments.id("student")!,
                date: arguments.date("date"), note: arguments.text("note"))
            return .message(.studentLeft(name: arguments.display("student")!))
        },
        CommandSpec(
            .studentHistory, .people, nouns: ["student", "ученик"], verbs: ["history", "движение", "история"],
            fields: [studentField]
        ) { session, arguments in
            movementTable(try session.journal.movements(session.requireCaller(), studentId: arguments.id("student")!), session.texts)
        },
        CommandSpec(
            .guardianList, .people, nouns: ["guardian", "родитель", "родители"], verbs: Words.list,
            fields: [studentField]
        ) { session, arguments in
            guardianTable(try session.journal.guardians(session.requireCaller(), studentId: arguments.id("student")!))
        },
        CommandSpec(
            .guardianNew, .people, nouns: ["guardian", "родитель"], verbs: Words.new,
            fields: [
                studentField, FieldSpec("name", "фио", .fullName, .text(max: 120)),
                FieldSpec("email", "почта", .email, .text(max: 254)),
                FieldSpec("phone", "телефон", .phone, .text(max: 32), required: false),
            ],
            writes: true, example: "guardian new \"Иванов Пётр\" --name \"Иванова Мария Петровна\" --email ivanova@example.ru"
        ) { session, arguments in
            let row = try session.journal.createGuardian(
                session.requireCaller(), studentId: arguments.id("student")!, fullName: arguments.text("name")!,
                email: arguments.text("email")!, phone: arguments.text("phone"))
            return .lines([.message(.saved), personRecord(row, session.texts)])
        },
        CommandSpec(
            .guardianLink, .people, nouns: ["guardian", "родитель"], verbs: ["link", "связать"],
            fields: [FieldSpec("guardian", "родитель", .guardian, .person(.guardian)), studentField],
            writes: true
        ) { session, arguments in
            try session.journal.linkGuardian(
                session.requireCaller(), guardianId: arguments.id("guardian")!, studentId: arguments.id("student")!)
            return .message(.guardianLinked(guardian: arguments.display("guardian")!, student: arguments.display("student")!))
        },
    ]

    static func personRecord(_ row: PersonRow, _ texts: Texts) -> Output {
        var pairs: [(Field, String)] = [(.fullName, row.person.fullName), (.roles, texts.roles(row.roles))]
        if let className = row.className { pairs.append((.schoolClass, className)) }
        if let birthDate = row.person.birthDate { pairs.append((.birthDate, texts.date(birthDate))) }
        if let sex = row.person.sex { pairs.append((.sex, texts.sex(sex))) }
        if let email = row.person.email { pairs.append((.email, email)) }
        if let phone = row.person.phone { pairs.append((.phone, phone)) }
        if let login = row.login { pairs.append((.login, login)) }
        if let identifier = row.identifier { pairs.append((.identifier, String(identifier))) }
        return .record(pairs)
    }

    static func guardianTable(_ rows: [PersonRow]) -> Output {
        .table(
            columns: [.fullName, .email, .phone, .login],
            rows: rows.map {
                [$0.person.fullName, $0.person.email ?? "", $0.person.phone ?? "", $0.login ?? ""]
            })
    }

    static func movementTable(_ rows: [MovementRow], _ texts: Texts) -> Output {
        .table(
            columns: [.year, .schoolClass, .startDate, .endDate, .movement, .note],
            rows: rows.map { row in
                let enrolment = row.enrolment
                let movement = [texts.start(enrolment.startKind), enrolment.endKind.map(texts.end)].compactMap { $0 }.joined(
                    separator: " → ")
                return [
                    row.yearName, row.className, texts.date(enrolment.startDate), texts.date(enrolment.endDate), movement,
                    enrolment.note ?? "",
                ]
            })
    }
}

import JournalCore

extension Commands {
    static let classField = FieldSpec("class", "класс", .schoolClass, .schoolClass)

    /// Classes, class teachers and subgroups (J-CLASS-1).
    static let classes: [CommandSpec] = [
        CommandSpec(.classList, .school, nouns: ["class", "класс", "классы"], verbs: Words.list, fields: [yearField]) {
            session, arguments in
            let caller = try session.requireCaller()
            let yearId = try arguments.id("year") ?? session.journal.year(caller, named: nil).id!
            return .table(
                columns: [.schoolClass, .classTeacher, .students],
                rows: try session.journal.classes(caller, yearId: yearId).map {
                    [$0.schoolClass.name, $0.classTeacherName ?? "", String($0.studentCount)]
                })
        },
        CommandSpec(
            .classShow, .school, nouns: ["class", "класс"], verbs: Words.show, fields: [classField],
            example: "class show 5А"
        ) { session, arguments in
            let caller = try session.requireCaller()
            let journal = session.journal
            let classId = arguments.id("class")!
            let schoolClass = try journal.schoolClass(caller, id: classId)
            let teacher = try schoolClass.classTeacherId.map { try journal.personRow(caller, id: $0).person.fullName } ?? ""
            let students = try journal.students(caller, classId: classId)
            let subgroups = try journal.subgroups(caller, classId: classId)
            let assignments = try journal.assignments(caller, yearId: schoolClass.yearId, classId: classId)
            return .sections([
                (.schoolClass, .record([(.schoolClass, schoolClass.name), (.classTeacher, teacher), (.students, String(students.count))])),
                (.students, studentTable(students, session.texts)),
                (.subgroup, .table(columns: [.subgroup], rows: subgroups.map { [$0.name] })),
                (
                    .subject,
                    .table(
                        columns: [.subject, .subgroup, .teacher],
                        rows: assignments.map {
                            [$0.subjectName, $0.subgroupName ?? "", $0.teacherName]
                        })
                ),
            ])
        },
        CommandSpec(
            .classNew, .school, nouns: ["class", "класс"], verbs: Words.new,
            fields: [
                FieldSpec("grade", "параллель", .gradeLevel, .integer(1...11)),
                FieldSpec("letter", "литера", .letter, .text(max: 8)),
                FieldSpec("teacher", "руководитель", .classTeacher, .staffMember, required: false), yearField,
            ],
            writes: true, example: "class new --grade 5 --letter Г --teacher \"Петрова Анна\""
        ) { session, arguments in
            let caller = try session.requireCaller()
            let yearId = try arguments.id("year") ?? session.journal.year(caller, named: nil).id!
            let created = try session.journal.createClass(
                caller, yearId: yearId, gradeLevel: arguments.integer("grade")!,
                letter: arguments.text("letter")!, classTeacherId: arguments.id("teacher"))
            return .lines([.message(.saved), .record([(.schoolClass, created.name), (.classTeacher, arguments.display("teacher") ?? "")])])
        },
        CommandSpec(
            .classTeacher, .school, nouns: ["class", "класс"], verbs: ["teacher", "руководитель"],
            fields: [classField, FieldSpec("teacher", "руководитель", .classTeacher, .staffMember)],
            writes: true, example: "class teacher 5А \"Петрова Анна\""
        ) { session, arguments in
            _ = try session.journal.setClassTeacher(
                session.requireCaller(), classId: arguments.id("class")!, teacherId: arguments.id("teacher"))
            return .message(.saved)
        },
        CommandSpec(.subgroupList, .school, nouns: ["subgroup", "подгруппа"], verbs: Words.list, fields: [classField]) {
            session, arguments in
            let caller = try session.requireCaller()
            let subgroups = try session.journal.subgroups(caller, classId: arguments.id("class")!)
            let subjects = Dictionary(uniqueKeysWithValues: try session.journal.subjects(caller).map { ($0.id!, $0.name) })
            return .table(
                columns: [.subgroup, .subject, .students],
                rows: try subgroups.map {
                    [
                        $0.name, $0.subjectId.flatMap { subjects[$0] } ?? "",
                        String(try session.journal.subgroupMembers(caller, subgroupId: $0.id!).count),
                    ]
                })
        },
        CommandSpec(
            .subgroupNew, .school, nouns: ["subgroup", "подгруппа"], verbs: ["new", "создать"],
            fields: [
                classField, FieldSpec("name", "название", .subgroup, .text(max: 60)),
                FieldSpec("subject", "предмет", .subject, .subject, required: false),
            ],
            writes: true, example: "subgroup new 5А \"1 группа\" --subject Информатика"
        ) { session, arguments in
            _ = try session.journal.createSubgroup(
                session.requireCaller(), classId: arguments.id("class")!,
                subjectId: arguments.id("subject"), name: arguments.text("name")!)
            return .message(.saved)
        },
        CommandSpec(
            .subgroupAdd, .school, nouns: ["subgroup", "подгруппа"], verbs: ["add", "добавить"],
            fields: [
                classField, FieldSpec("name", "название", .subgroup, .text(max: 60)),
                FieldSpec("student", "ученик", .student, .classStudent),
            ],
            writes: true, example: "subgroup add 5А \"1 группа\" \"Иванов Пётр\""
        ) { session, arguments in
            let caller = try session.requireCaller()
            let subgroup = try session.journal.findSubgroup(caller, classId: arguments.id("class")!, named: arguments.text("name")!)
            try session.journal.addToSubgroup(caller, subgroupId: subgroup.id!, studentId: arguments.id("student")!)
            return .message(.addedToSubgroup(student: arguments.display("student")!, subgroup: subgroup.name))
        },
    ]

    static func studentTable(_ rows: [PersonRow], _ texts: Texts) -> Output {
        .table(
            columns: [.number, .fullName, .birthDate, .sex, .login, .identifier],
            rows: rows.enumerated().map { index, row in
                [
                    String(index + 1), row.person.fullName, texts.date(row.person.birthDate), texts.sex(row.person.sex),
                    row.login ?? "", row.identifier.map(String.init) ?? "",
                ]
            })
    }
}

import JournalCore

extension Commands {

    /// Classes, class teachers and subgroups (J-CLASS-1).
    static let classes: [CommandSpec] = [
        CommandSpec(
            .classList, .school, nouns: ["class", "класс", "классы"], verbs: Words.list, fields: [Arg.year.optional],
            result: .table([.text(.schoolClass), .text(.classTeacher).optional, .number(.students)])
        ) { session, arguments in
            let caller = try session.requireCaller()
            let yearId = try arguments[Arg.year]?.id ?? session.journal.year(caller, named: nil).savedId
            return .table(
                columns: [.schoolClass, .classTeacher, .students],
                rows: try session.journal.classes(caller, yearId: yearId).map {
                    [.text($0.schoolClass.name), Cell($0.classTeacherName), Cell($0.studentCount)]
                })
        },
        CommandSpec(
            .classShow, .school, nouns: ["class", "класс"], verbs: Words.show, fields: [Arg.schoolClass],
            example: "class show 5А",
            result: .sections([
                SectionShape(.schoolClass, .record([.text(.schoolClass), .text(.classTeacher).optional, .number(.students)])),
                SectionShape(.roster, .table(studentFields)),
                SectionShape(.subgroup, .table([.text(.subgroup)])),
                SectionShape(.subject, .table([.text(.subject), .text(.subgroup).optional, .text(.teacher)])),
            ])
        ) { session, arguments in
            let caller = try session.requireCaller()
            let journal = session.journal
            let classId = try arguments.value(Arg.schoolClass).id
            let schoolClass = try journal.schoolClass(caller, id: classId)
            let teacher = try schoolClass.classTeacherId.map { try journal.personRow(caller, id: $0).person.fullName }
            let students = try journal.students(caller, classId: classId)
            let subgroups = try journal.subgroups(caller, classId: classId)
            let assignments = try journal.assignments(caller, yearId: schoolClass.yearId, classId: classId)
            return .sections([
                (
                    .schoolClass,
                    .record([(.schoolClass, .text(schoolClass.name)), (.classTeacher, Cell(teacher)), (.students, Cell(students.count))])
                ),
                (.roster, studentTable(students, session.texts)),
                (.subgroup, .table(columns: [.subgroup], rows: subgroups.map { [.text($0.name)] })),
                (
                    .subject,
                    .table(
                        columns: [.subject, .subgroup, .teacher],
                        rows: assignments.map {
                            [.text($0.subjectName), Cell($0.subgroupName), .text($0.teacherName)]
                        })
                ),
            ])
        },
        CommandSpec(
            .classNew, .school, nouns: ["class", "класс"], verbs: Words.new,
            fields: [
                Arg.grade,
                Arg.letter,
                Arg.classTeacher.optional, Arg.year.optional,
            ],
            writes: true, example: "class new --grade 5 --letter Г --teacher \"Петрова Анна\"",
            result: .record([.text(.schoolClass), .text(.classTeacher).optional])
        ) { session, arguments in
            let caller = try session.requireCaller()
            let yearId = try arguments[Arg.year]?.id ?? session.journal.year(caller, named: nil).savedId
            let created = try session.journal.createClass(
                caller, yearId: yearId, gradeLevel: try arguments.value(Arg.grade),
                letter: try arguments.value(Arg.letter), classTeacherId: arguments[Arg.classTeacher]?.id)
            return .lines([
                .message(.saved), .record([(.schoolClass, .text(created.name)), (.classTeacher, Cell(arguments[Arg.classTeacher]?.name))]),
            ])
        },
        CommandSpec(
            .classTeacher, .school, nouns: ["class", "класс"], verbs: ["teacher", "руководитель"],
            fields: [Arg.schoolClass, Arg.classTeacher],
            writes: true, example: "class teacher 5А \"Петрова Анна\"", result: .none
        ) { session, arguments in
            _ = try session.journal.setClassTeacher(
                session.requireCaller(), classId: try arguments.value(Arg.schoolClass).id, teacherId: arguments[Arg.classTeacher]?.id)
            return .message(.saved)
        },
        CommandSpec(
            .subgroupList, .school, nouns: ["subgroup", "подгруппа"], verbs: Words.list, fields: [Arg.schoolClass],
            result: .table([.text(.subgroup), .text(.subject).optional, .number(.students)])
        ) { session, arguments in
            let caller = try session.requireCaller()
            let subgroups = try session.journal.subgroups(caller, classId: try arguments.value(Arg.schoolClass).id)
            let subjects = Dictionary(uniqueKeysWithValues: try session.journal.subjects(caller).map { (try $0.savedId, $0.name) })
            return .table(
                columns: [.subgroup, .subject, .students],
                rows: try subgroups.map {
                    [
                        .text($0.name), Cell($0.subjectId.flatMap { subjects[$0] }),
                        Cell(try session.journal.subgroupMembers(caller, subgroupId: $0.savedId).count),
                    ]
                })
        },
        CommandSpec(
            .subgroupNew, .school, nouns: ["subgroup", "подгруппа"], verbs: ["new", "создать"],
            fields: [
                Arg.schoolClass, Arg.subgroupName,
                Arg.subject.optional,
            ],
            writes: true, example: "subgroup new 5А \"1 группа\" --subject Информатика", result: .none
        ) { session, arguments in
            _ = try session.journal.createSubgroup(
                session.requireCaller(), classId: try arguments.value(Arg.schoolClass).id,
                subjectId: arguments[Arg.subject]?.id, name: try arguments.value(Arg.subgroupName))
            return .message(.saved)
        },
        CommandSpec(
            .subgroupAdd, .school, nouns: ["subgroup", "подгруппа"], verbs: ["add", "добавить"],
            fields: [
                Arg.schoolClass, Arg.subgroupName,
                Arg.classStudent,
            ],
            writes: true, example: "subgroup add 5А \"1 группа\" \"Иванов Пётр\"", result: .none
        ) { session, arguments in
            let caller = try session.requireCaller()
            let subgroup = try session.journal.findSubgroup(
                caller, classId: try arguments.value(Arg.schoolClass).id, named: try arguments.value(Arg.subgroupName))
            try session.journal.addToSubgroup(caller, subgroupId: subgroup.savedId, studentId: try arguments.value(Arg.classStudent).id)
            let student = try arguments.value(Arg.classStudent)
            return .message(.addedToSubgroup(student: student.name, sex: session.sex(of: student), subgroup: subgroup.name))
        },
    ]

    /// The columns of `studentTable`.
    static let studentFields: [FieldShape] = [
        .number(.number), .text(.fullName), .date(.birthDate).optional, .code(.sex, Sex.self).optional, .text(.login).optional,
        .number(.identifier).optional,
    ]

    static func studentTable(_ rows: [PersonRow], _ texts: Texts) -> Output {
        .table(
            columns: [.number, .fullName, .birthDate, .sex, .login, .identifier],
            rows: rows.enumerated().map { index, row in
                [
                    Cell(index + 1), .text(row.person.fullName), Cell(row.person.birthDate), .choice(row.person.sex, texts.sex),
                    Cell(row.login), Cell(row.identifier),
                ]
            })
    }
}

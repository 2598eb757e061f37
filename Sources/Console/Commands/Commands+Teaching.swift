import JournalCore

extension Commands {
    /// Subjects and teaching assignments.
    static let teaching: [CommandSpec] = [
        CommandSpec(.subjectList, .teaching, nouns: ["subject", "предмет", "предметы"], verbs: Words.list) { session, _ in
            .table(columns: [.subject], rows: try session.journal.subjects(session.requireCaller()).map { [$0.name] })
        },
        CommandSpec(
            .subjectNew, .teaching, nouns: ["subject", "предмет"], verbs: Words.new,
            fields: [FieldSpec("name", "название", .subject, .text(max: 100))], writes: true,
            example: "subject new \"Астрономия\""
        ) { session, arguments in
            _ = try session.journal.createSubject(session.requireCaller(), name: arguments.text("name")!)
            return .message(.saved)
        },
        CommandSpec(
            .assignmentList, .teaching, nouns: ["assignment", "нагрузка"], verbs: Words.list,
            fields: [
                FieldSpec("class", "класс", .schoolClass, .schoolClass, required: false),
                FieldSpec("teacher", "учитель", .teacher, .staffMember, required: false),
            ]
        ) { session, arguments in
            let caller = try session.requireCaller()
            let year = try session.journal.year(caller, named: nil)
            let rows = try session.journal.assignments(
                caller, yearId: year.id!, classId: arguments.id("class"), teacherId: arguments.id("teacher"))
            return .table(
                columns: [.number, .schoolClass, .subject, .subgroup, .teacher],
                rows: rows.map {
                    [String($0.assignment.id!), $0.className, $0.subjectName, $0.subgroupName ?? $0.studentName ?? "", $0.teacherName]
                })
        },
        CommandSpec(
            .assignmentNew, .teaching, nouns: ["assignment", "нагрузка"], verbs: Words.new,
            fields: [
                FieldSpec("teacher", "учитель", .teacher, .staffMember), classField,
                FieldSpec("subject", "предмет", .subject, .subject),
                FieldSpec("subgroup", "подгруппа", .subgroup, .text(max: 60), required: false),
                FieldSpec("student", "ученик", .student, .classStudent, required: false),
            ],
            writes: true, example: "assignment new --teacher \"Петрова Анна\" --class 5А --subject Математика"
        ) { session, arguments in
            let caller = try session.requireCaller()
            let classId = arguments.id("class")!
            let subgroupId = try arguments.text("subgroup").map {
                try session.journal.findSubgroup(caller, classId: classId, named: $0).id!
            }
            _ = try session.journal.assign(
                caller, teacherId: arguments.id("teacher")!, subjectId: arguments.id("subject")!,
                classId: classId, subgroupId: subgroupId, studentId: arguments.id("student"))
            return .message(.saved)
        },
        CommandSpec(
            .assignmentRemove, .teaching, nouns: ["assignment", "нагрузка"], verbs: ["remove", "снять", "удалить"],
            fields: [FieldSpec("number", "номер", .number, .integer(1...Int(Int32.max)))], writes: true,
            example: "assignment remove 42"
        ) { session, arguments in
            try session.journal.unassign(session.requireCaller(), assignmentId: Int64(arguments.integer("number")!))
            return .message(.assignmentRemoved)
        },
    ]
}

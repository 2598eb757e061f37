import JournalCore

extension Commands {
    /// Subjects and teaching assignments.
    static let teaching: [CommandSpec] = [
        CommandSpec(
            .subjectList, .teaching, nouns: ["subject", "предмет", "предметы"], verbs: Words.list,
            result: .table([.text(.subject), .flag(.passFail)])
        ) { session, _ in
            .table(
                columns: [.subject, .passFail],
                rows: try session.journal.subjects(session.requireCaller()).map { subject in
                    // On screen only a pass/fail subject says so; JSON has false for the others.
                    [.text(subject.name), Cell.flag(subject.passFail).shown(subject.passFail ? session.texts.yesNo(true) : "")]
                })
        },
        CommandSpec(
            .subjectNew, .teaching, nouns: ["subject", "предмет"], verbs: Words.new,
            fields: [Arg.subjectName, Arg.passFail.optional], writes: true,
            example: "subject new \"ОРКСЭ\" --зачёт", result: .none
        ) { session, arguments in
            _ = try session.journal.createSubject(
                session.requireCaller(), name: try arguments.value(Arg.subjectName), passFail: arguments.isSet(Arg.passFail))
            return .message(.saved)
        },
        CommandSpec(
            .assignmentList, .teaching, nouns: ["assignment", "нагрузка"], verbs: Words.list,
            fields: [
                Arg.schoolClass.optional,
                Arg.teacher.optional,
            ],
            result: .table([.number(.number), .text(.schoolClass), .text(.subject), .text(.subgroup).optional, .text(.teacher)])
        ) { session, arguments in
            let caller = try session.requireCaller()
            let year = try session.journal.year(caller, named: nil)
            let rows = try session.journal.assignments(
                caller, yearId: year.savedId, classId: arguments[Arg.schoolClass]?.id, teacherId: arguments[Arg.teacher]?.id)
            return .table(
                columns: [.number, .schoolClass, .subject, .subgroup, .teacher],
                rows: rows.map {
                    [
                        Cell($0.assignment.id), .text($0.className), .text($0.subjectName), Cell($0.subgroupName ?? $0.studentName),
                        .text($0.teacherName),
                    ]
                })
        },
        CommandSpec(
            .assignmentNew, .teaching, nouns: ["assignment", "нагрузка"], verbs: Words.new,
            fields: [
                Arg.teacher, Arg.schoolClass,
                Arg.subject,
                Arg.subgroup.optional,
                Arg.classStudent.optional,
            ],
            writes: true, example: "assignment new --teacher \"Петрова Анна\" --class 5А --subject Математика",
            // The new assignment's number, as `assignment list` shows it and `assignment remove` takes it.
            result: .record([.number(.number)])
        ) { session, arguments in
            let caller = try session.requireCaller()
            let classId = try arguments.value(Arg.schoolClass).id
            let subgroupId = try arguments[Arg.subgroup].map {
                try session.journal.findSubgroup(caller, classId: classId, named: $0).savedId
            }
            let assignment = try session.journal.assign(
                caller, teacherId: try arguments.value(Arg.teacher).id, subjectId: try arguments.value(Arg.subject).id,
                classId: classId, subgroupId: subgroupId, studentId: arguments[Arg.classStudent]?.id)
            return try .lines([.message(.saved), .screen(.none, data: .record([(.number, Cell(assignment.savedId))]))])
        },
        CommandSpec(
            .assignmentRemove, .teaching, nouns: ["assignment", "нагрузка"], verbs: ["remove", "снять", "удалить"],
            fields: [Arg.number], writes: true,
            example: "assignment remove 42", result: .none
        ) { session, arguments in
            try session.journal.unassign(session.requireCaller(), assignmentId: try arguments.value(Arg.number))
            return .message(.assignmentRemoved)
        },
    ]
}

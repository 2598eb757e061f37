import JournalCore

extension Commands {

    /// Staff and their roles (Roles of REQUIREMENTS.md; J-YEAR-1).
    static let staff: [CommandSpec] = [
        CommandSpec(
            .staffList, .people, nouns: ["staff", "сотрудник", "сотрудники"], verbs: Words.list,
            fields: [Arg.staffRole.optional],
            result: .table([.text(.fullName), .list(.roles, of: .codes(Role.self)), .text(.login).optional, .number(.identifier).optional])
        ) { session, arguments in
            var rows = try session.journal.staff(session.requireCaller())
            if let role = arguments[Arg.staffRole] { rows = rows.filter { $0.roles.contains(role) } }
            return .table(
                columns: [.fullName, .roles, .login, .identifier],
                rows: rows.map {
                    [.text($0.person.fullName), .choices($0.roles, session.texts.role), Cell($0.login), Cell($0.identifier)]
                })
        },
        CommandSpec(
            .staffShow, .people, nouns: ["staff", "сотрудник"], verbs: Words.show, fields: [Arg.staff],
            result: .sections([
                SectionShape(.staff, personShape),
                SectionShape(.subject, .table([.text(.schoolClass), .text(.subject), .text(.subgroup).optional])),
            ])
        ) { session, arguments in
            let caller = try session.requireCaller()
            let row = try session.journal.personRow(caller, id: try arguments.value(Arg.staff).id)
            let year = try session.journal.year(caller, named: nil)
            let teaching = try session.journal.assignments(caller, yearId: year.savedId, teacherId: row.person.savedId)
            return .sections([
                (.staff, personRecord(row, session.texts)),
                (
                    .subject,
                    .table(
                        columns: [.schoolClass, .subject, .subgroup],
                        rows: teaching.map {
                            [.text($0.className), .text($0.subjectName), Cell($0.subgroupName)]
                        })
                ),
            ])
        },
        CommandSpec(
            .staffNew, .people, nouns: ["staff", "сотрудник"], verbs: Words.new,
            fields: [
                Arg.fullName, Arg.roles,
                Arg.email.optional,
                Arg.phone.optional,
            ],
            writes: true, example: "staff new --name \"Петрова Анна Ивановна\" --roles учитель", result: personShape
        ) { session, arguments in
            let row = try session.journal.createStaff(
                session.requireCaller(), fullName: try arguments.value(Arg.fullName),
                roles: try arguments.value(Arg.roles), email: arguments[Arg.email], phone: arguments[Arg.phone])
            return .lines([.message(.saved), personRecord(row, session.texts)])
        },
        CommandSpec(
            .staffEdit, .people, nouns: ["staff", "сотрудник"], verbs: Words.edit,
            fields: [
                Arg.staff, Arg.fullName.optional,
                Arg.email.optional,
                Arg.phone.optional,
            ],
            writes: true, result: personShape
        ) { session, arguments in
            let row = try session.journal.updatePerson(
                session.requireCaller(), personId: try arguments.value(Arg.staff).id,
                fullName: arguments[Arg.fullName], email: arguments[Arg.email], phone: arguments[Arg.phone])
            return .lines([.message(.saved), personRecord(row, session.texts)])
        },
        roleCommand(.staffGrant, verbs: ["grant", "роль+"], granted: true),
        roleCommand(.staffRevoke, verbs: ["revoke", "роль-"], granted: false),
    ]

    private static func roleCommand(_ id: CommandID, verbs: [String], granted: Bool) -> CommandSpec {
        CommandSpec(
            id, .people, nouns: ["staff", "сотрудник"], verbs: verbs,
            fields: [Arg.staff, Arg.staffRole], writes: true,
            example: "staff \(verbs[0]) \"Петрова Анна\" --role methodologist", result: personShape
        ) { session, arguments in
            let row = try session.journal.setRole(
                session.requireCaller(), personId: try arguments.value(Arg.staff).id,
                role: try arguments.value(Arg.staffRole), granted: granted)
            return .lines([.message(.saved), personRecord(row, session.texts)])
        }
    }
}

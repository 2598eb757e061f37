import JournalCore

extension Commands {
    static let staffField = FieldSpec("staff", "сотрудник", .staff, .staffMember)

    /// Staff and their roles (Roles of REQUIREMENTS.md; J-YEAR-1).
    static let staff: [CommandSpec] = [
        CommandSpec(
            .staffList, .people, nouns: ["staff", "сотрудник", "сотрудники"], verbs: Words.list,
            fields: [FieldSpec("role", "роль", .role, .staffRole, required: false)]
        ) { session, arguments in
            var rows = try session.journal.staff(session.requireCaller())
            if let role = arguments.role("role") { rows = rows.filter { $0.roles.contains(role) } }
            return .table(
                columns: [.fullName, .roles, .login, .identifier],
                rows: rows.map {
                    [$0.person.fullName, session.texts.roles($0.roles), $0.login ?? "", $0.identifier.map(String.init) ?? ""]
                })
        },
        CommandSpec(.staffShow, .people, nouns: ["staff", "сотрудник"], verbs: Words.show, fields: [staffField]) { session, arguments in
            let caller = try session.requireCaller()
            let row = try session.journal.personRow(caller, id: arguments.id("staff")!)
            let year = try session.journal.year(caller, named: nil)
            let teaching = try session.journal.assignments(caller, yearId: year.id!, teacherId: row.person.id!)
            return .sections([
                (.staff, personRecord(row, session.texts)),
                (
                    .subject,
                    .table(
                        columns: [.schoolClass, .subject, .subgroup],
                        rows: teaching.map {
                            [$0.className, $0.subjectName, $0.subgroupName ?? ""]
                        })
                ),
            ])
        },
        CommandSpec(
            .staffNew, .people, nouns: ["staff", "сотрудник"], verbs: Words.new,
            fields: [
                FieldSpec("name", "фио", .fullName, .text(max: 120)), FieldSpec("roles", "роли", .roles, .staffRoles),
                FieldSpec("email", "почта", .email, .text(max: 254), required: false),
                FieldSpec("phone", "телефон", .phone, .text(max: 32), required: false),
            ],
            writes: true, example: "staff new --name \"Петрова Анна Ивановна\" --roles учитель"
        ) { session, arguments in
            let row = try session.journal.createStaff(
                session.requireCaller(), fullName: arguments.text("name")!,
                roles: arguments.roles("roles")!, email: arguments.text("email"), phone: arguments.text("phone"))
            return .lines([.message(.saved), personRecord(row, session.texts)])
        },
        CommandSpec(
            .staffEdit, .people, nouns: ["staff", "сотрудник"], verbs: Words.edit,
            fields: [
                staffField, FieldSpec("name", "фио", .fullName, .text(max: 120), required: false),
                FieldSpec("email", "почта", .email, .text(max: 254), required: false),
                FieldSpec("phone", "телефон", .phone, .text(max: 32), required: false),
            ],
            writes: true
        ) { session, arguments in
            let row = try session.journal.updatePerson(
                session.requireCaller(), personId: arguments.id("staff")!,
                fullName: arguments.text("name"), email: arguments.text("email"), phone: arguments.text("phone"))
            return .lines([.message(.saved), personRecord(row, session.texts)])
        },
        roleCommand(.staffGrant, verbs: ["grant", "роль+"], granted: true),
        roleCommand(.staffRevoke, verbs: ["revoke", "роль-"], granted: false),
    ]

    private static func roleCommand(_ id: CommandID, verbs: [String], granted: Bool) -> CommandSpec {
        CommandSpec(
            id, .people, nouns: ["staff", "сотрудник"], verbs: verbs,
            fields: [staffField, FieldSpec("role", "роль", .role, .staffRole)], writes: true,
            example: "staff \(verbs[0]) \"Петрова Анна\" --role methodologist"
        ) { session, arguments in
            let row = try session.journal.setRole(
                session.requireCaller(), personId: arguments.id("staff")!,
                role: arguments.role("role")!, granted: granted)
            return .lines([.message(.saved), personRecord(row, session.texts)])
        }
    }
}

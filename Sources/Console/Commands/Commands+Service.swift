import JournalCore

extension Commands {
    /// Who serves the school's requests besides its own staff (H-TICKET-1): a support
    /// organization the school's journal administrator links and unlinks.
    static let services: [CommandSpec] = [
        CommandSpec(.serviceList, .tickets, nouns: ["service", "обслуживание"], verbs: Words.list, result: .table(serviceFields)) {
            session, _ in
            serviceTable(try session.desk.services(session.requireCaller()))
        },
        serviceCommand(.serviceAdd, verbs: ["add", "подключить"], serves: true),
        serviceCommand(.serviceRemove, verbs: ["remove", "отключить"], serves: false),
    ]

    private static func serviceCommand(_ id: CommandID, verbs: [String], serves: Bool) -> CommandSpec {
        CommandSpec(
            id, .tickets, nouns: ["service", "обслуживание"], verbs: verbs,
            fields: [Arg.servedOrganization], writes: true,
            example: "service \(verbs[0]) rcoko", result: .table(serviceFields)
        ) { session, arguments in
            let serving = try session.desk.setService(
                session.requireCaller(), supportOrganization: try arguments.value(Arg.servedOrganization), serves: serves)
            return .lines([.message(.saved), serviceTable(serving)])
        }
    }

    /// The organizations that serve the school: `serviceTable`'s columns.
    static let serviceFields: [FieldShape] = [.text(.code), .text(.name)]

    private static func serviceTable(_ organizations: [Organization]) -> Output {
        .table(columns: [.code, .name], rows: organizations.map { [.text($0.code), .text($0.name)] })
    }
}

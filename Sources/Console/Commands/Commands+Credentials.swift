import Foundation
import HelpDesk
import JournalCore

extension Commands {
    /// Lost and leaked credentials (H-CRED-1 … H-CRED-3, J-ACL-4, J-ACL-5).
    static let credentials: [CommandSpec] = [
        CommandSpec(
            .credentialReset, .tickets, nouns: ["credential", "credentials", "доступ", "реквизиты"],
            verbs: ["reset", "восстановить", "сбросить"],
            fields: [
                FieldSpec("org", "школа", .organization, .organization), FieldSpec("login", "логин", .login, .text(max: 64)),
                FieldSpec("identifier", "идентификатор", .identifier, .text(max: 20)), FieldSpec("role", "роль", .role, .anyRole),
                FieldSpec("method", "проверка", .method, .choice(.identityMethod)),
                FieldSpec("detail", "что", .method, .text(max: 200)),
                FieldSpec("contact", "связь", .contact, .text(max: 200), required: false),
                FieldSpec("description", "описание", .description, .text(max: 4000), required: false),
            ],
            writes: true, example: "credential reset glshkola ivanova.ap 1000456 родитель лично \"паспорт предъявлен\""
        ) { session, arguments in
            let caller = try session.requireCaller()
            let reset = try session.desk.resetCredentials(
                caller,
                TicketIntake(
                    organization: arguments.text("org")!, login: arguments.text("login")!, identifier: arguments.text("identifier")!,
                    role: arguments.role("role")!, topic: session.texts.ticketKind(.credentialReset), helpKind: .technical,
                    description: arguments.text("description") ?? session.texts.ticketKind(.credentialReset),
                    contact: arguments.text("contact")),
                identity: IdentityCheck(method: arguments.choice("method")!, detail: arguments.text("detail")!))
            let issued = reset.credentials
            return .lines([
                .message(
                    .credentialsIssued(
                        login: issued.login, identifier: issued.identifier, name: issued.fullName,
                        password: issued.temporaryPassword)),
                .message(
                    .ticket(
                        .credentialSlip(
                            organization: reset.organizationName,
                            expires: session.texts.moment(issued.expiresAt, in: reset.ticket.timeZone)))),
                .record([(.ticket, String(reset.ticket.ticket.id!))]),
            ])
        },
        CommandSpec(
            .credentialHandover, .tickets, nouns: ["credential", "credentials", "доступ", "реквизиты"],
            verbs: ["handover", "выдать", "выданы"],
            fields: [ticketField, FieldSpec("to", "кому", .receivedBy, .text(max: 120))], writes: true,
            example: "credential handover 7 \"Иванова Анна Петровна\""
        ) { session, arguments in
            let row = try session.desk.recordHandover(
                session.requireCaller(), ticketId: Int64(arguments.integer("ticket")!), receivedBy: arguments.text("to")!)
            return .lines([.message(.saved), ticketTable([row], session)])
        },
        CommandSpec(
            .breachReport, .tickets, nouns: ["breach", "утечка"], verbs: ["report", "сообщить"],
            fields: [
                FieldSpec("login", "логин", .login, .text(max: 64)), FieldSpec("discovered", "обнаружено", .date, .moment),
                FieldSpec("description", "описание", .description, .text(max: 4000)),
                FieldSpec("reported", "сообщено", .date, .moment, required: false),
                FieldSpec("org", "школа", .organization, .organization, required: false),
            ],
            writes: true, example: "breach report volkova.ip \"23.11.2026 09:00\" \"пароль на доске в кабинете\""
        ) { session, arguments in
            let (row, report) = try session.desk.reportBreach(
                session.requireCaller(), organization: arguments.text("org"), login: arguments.text("login")!,
                discoveredAt: arguments.instant("discovered")!, reportedAt: arguments.instant("reported"),
                description: arguments.text("description")!)
            return .lines([
                .message(.accountLocked(login: row.ticket.requesterLogin)),
                .message(.ticket(.breachReported(late: report.late, invalidated: report.invalidatedEntries, voided: report.voidedMarks))),
                ticketTable([row], session),
            ])
        },
        CommandSpec(
            .breachWithdraw, .tickets, nouns: ["breach", "утечка"], verbs: ["withdraw", "отозвать"],
            fields: [ticketField, FieldSpec("reason", "причина", .reason, .text(max: 500))], writes: true,
            example: "breach withdraw 12 \"ошибочное сообщение: пароль на доске не от ЭЖ\""
        ) { session, arguments in
            let row = try session.desk.withdrawBreach(
                session.requireCaller(), ticketId: Int64(arguments.integer("ticket")!),
                reason: arguments.text("reason")!)
            return .lines([.message(.ticket(.breachWithdrawn(login: row.ticket.requesterLogin))), ticketTable([row], session)])
        },
    ]
}

import Foundation
import HelpDesk
import JournalCore

extension Commands {
    /// Lost and leaked credentials (H-CRED-1 … H-CRED-3, J-ACL-4, J-ACL-5).
    static let credentials: [CommandSpec] = [
        CommandSpec(
            .credentialReset, .tickets, nouns: ["credential", "credentials", "доступ", "реквизиты"],
            verbs: ["reset", "восстановить", "сбросить"],
            fields: requesterFields + [
                Arg.method,
                Arg.detail,
                Arg.contact.optional,
                Arg.description.optional,
            ],
            writes: true, example: "credential reset glshkola ivanova.ap 1000456 родитель лично \"паспорт предъявлен\"",
            // The new ticket and whom it restored; the temporary password stays in the sentence alone.
            result: .record([.number(.ticket), .text(.login), .number(.identifier), .text(.fullName), .moment(.expiresAt)])
        ) { session, arguments in
            let caller = try session.requireCaller()
            let reset = try session.desk.resetCredentials(
                caller,
                TicketIntake(
                    organization: try arguments.value(Arg.organization), login: try arguments.value(Arg.login),
                    identifier: try arguments.value(Arg.identifier),
                    role: try arguments.value(Arg.anyRole), topic: session.texts.ticketKind(.credentialReset), helpKind: .technical,
                    description: arguments[Arg.description] ?? session.texts.ticketKind(.credentialReset),
                    contact: arguments[Arg.contact]),
                identity: IdentityCheck(method: try arguments.value(Arg.method), detail: try arguments.value(Arg.detail)))
            let issued = reset.credentials
            let ticket: (Label, Cell) = (.ticket, Cell(reset.ticket.ticket.id))
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
                .screen(
                    .record([ticket]),
                    data: .record([
                        ticket, (.login, .text(issued.login)), (.identifier, Cell(issued.identifier)), (.fullName, .text(issued.fullName)),
                        (.expiresAt, .moment(issued.expiresAt, reset.ticket.timeZone)),
                    ])),
            ])
        },
        CommandSpec(
            .credentialHandover, .tickets, nouns: ["credential", "credentials", "доступ", "реквизиты"],
            verbs: ["handover", "выдать", "выданы"],
            fields: [
                Arg.ticket.optional, Arg.receivedBy.optional, Arg.className.optional, Arg.staffSheet.optional, Arg.signedNames.optional,
            ], writes: true,
            example: "credential handover --class 5А --signed все",
            // A class's or the staff's sheet, or the one ticket handed over.
            result: .oneOf([.table(slipFields), .table(ticketFields)])
        ) { session, arguments in
            if arguments[Arg.className] != nil || arguments.isSet(Arg.staffSheet) {
                return try sheetHandover(session, className: arguments[Arg.className], arguments[Arg.signedNames])
            }
            guard arguments[Arg.ticket] != nil else { throw InputError(.ticket, .missing) }
            let row = try session.desk.recordHandover(
                session.requireCaller(), ticketId: try arguments.value(Arg.ticket), receivedBy: try arguments.value(Arg.receivedBy))
            return .lines([.message(.saved), ticketTable([row], session)])
        }
        // A class's list without --signed only shows who has not signed yet.
        .onlyReading { ($0[Arg.className] != nil || $0.isSet(Arg.staffSheet)) && $0[Arg.signedNames] == nil },
        CommandSpec(
            .breachReport, .tickets, nouns: ["breach", "утечка"], verbs: ["report", "сообщить"],
            fields: [
                Arg.login, Arg.discovered,
                Arg.description,
                Arg.reported.optional,
                Arg.organization.optional,
            ],
            writes: true, example: "breach report volkova.ip \"23.11.2026 09:00\" \"пароль на доске в кабинете\"",
            result: .sections([
                SectionShape(.ticket, .table(ticketFields)),
                SectionShape(.breach, .record([.flag(.late), .number(.invalidatedCount), .number(.voidedMarkCount)])),
            ])
        ) { session, arguments in
            let (row, report) = try session.desk.reportBreach(
                session.requireCaller(), organization: arguments[Arg.organization], login: try arguments.value(Arg.login),
                discoveredAt: try arguments.value(Arg.discovered), reportedAt: arguments[Arg.reported],
                description: try arguments.value(Arg.description))
            let table = ticketTable([row], session)
            let breach = Output.record([
                (.late, .flag(report.late)), (.invalidatedCount, Cell(report.invalidatedEntries)),
                (.voidedMarkCount, Cell(report.voidedMarks)),
            ])
            return .lines([
                .message(.accountLocked(login: row.ticket.requesterLogin)),
                .message(.ticket(.breachReported(late: report.late, invalidated: report.invalidatedEntries, voided: report.voidedMarks))),
                .screen(table, data: .sections([(.ticket, table), (.breach, breach)])),
            ])
        },
        CommandSpec(
            .breachWithdraw, .tickets, nouns: ["breach", "утечка"], verbs: ["withdraw", "отозвать"],
            fields: [Arg.ticket, Arg.longReason], writes: true,
            example: "breach withdraw 12 \"ошибочное сообщение: пароль на доске не от ЭЖ\"", result: .table(ticketFields)
        ) { session, arguments in
            let row = try session.desk.withdrawBreach(
                session.requireCaller(), ticketId: try arguments.value(Arg.ticket),
                reason: try arguments.value(Arg.longReason))
            return .lines([.message(.ticket(.breachWithdrawn(login: row.ticket.requesterLogin))), ticketTable([row], session)])
        },
    ]
}

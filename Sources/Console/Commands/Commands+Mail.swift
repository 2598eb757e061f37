import Foundation
import HelpDesk
import JournalCore

extension Commands {
    static let mailNouns = ["mail", "почта"]

    /// The mail the desk sends: its address and sendmail, what each person asks of it, and how a
    /// guardian follows the week (J-DIARY-2).
    static let mail: [CommandSpec] = [
        CommandSpec(
            .mailSettings, .helpdesk, nouns: mailNouns, verbs: ["settings", "настройки"],
            fields: [Arg.fromAddress.optional, Arg.sendmail.optional],
            example: "mail settings --from desk@school.example --sendmail /usr/sbin/sendmail",
            result: .record([.text(.address).optional, .text(.sendmail)])
        ) { session, arguments in
            let from = arguments[Arg.fromAddress]
            let sendmail = arguments[Arg.sendmail]
            // The program the server runs to send mail is set at the server, never over SSH (issue 24).
            if sendmail != nil && session.remote { throw ReportedFailure(output: .message(.sendmailOnlyOnServer)) }
            let settings =
                from == nil && sendmail == nil
                ? try session.desk.mailSettings()
                : try session.desk.updateMailSettings(session.requireCaller(), fromAddress: from, sendmail: sendmail)
            let sendmailInForce = settings.sendmail ?? MailSettings.defaultSendmail
            return .lines([
                .message(.mailSettings(from: settings.fromAddress, sendmail: sendmailInForce)),
                .screen(.none, data: .record([(.address, Cell(settings.fromAddress)), (.sendmail, .text(sendmailInForce))])),
            ])
        },
        CommandSpec(
            .mailPreferences, .session, nouns: mailNouns, verbs: ["me", "мои", "preferences", "подписка"],
            fields: [Arg.language.optional, Arg.digest.optional, Arg.copies.optional],
            example: "mail me --language ru --digest почта --copies да",
            result: .record([
                .code(.language, Language.self), .code(.digest, DigestDelivery.self), .flag(.copies), .text(.email).optional,
            ])
        ) { session, arguments in
            let caller = try session.requireCaller()
            let language = arguments[Arg.language]
            let digest = arguments[Arg.digest]
            let copies = arguments[Arg.copies]
            let preference =
                language == nil && digest == nil && copies == nil
                ? try session.desk.mailPreference(caller)
                : try session.desk.setMailPreference(caller, language: language, digest: digest, messageCopies: copies.map { $0 == .yes })
            let address = try session.journal.personRow(caller, id: caller.personId).person.email
            let digestWords = session.texts(.digestWords(preference.digest))
            return .lines([
                .message(
                    .mailPreferences(
                        language: preference.language, digest: digestWords, copies: preference.messageCopies, address: address)),
                .screen(
                    .none,
                    data: .record([
                        (.language, .code(preference.language.rawValue, word: preference.language.rawValue)),
                        (.digest, .code(preference.digest.rawValue, word: digestWords)), (.copies, .flag(preference.messageCopies)),
                        (.email, Cell(address)),
                    ])),
            ])
        },
        CommandSpec(
            .guardianDigest, .people, nouns: ["guardian", "родитель"], verbs: ["digest", "сводка"],
            fields: [Arg.guardian, Arg.digest], writes: true, example: "guardian digest Никитина бумага", result: .none
        ) { session, arguments in
            let guardian = try arguments.value(Arg.guardian)
            let (name, preference) = try session.desk.setGuardianDigest(
                session.requireCaller(), guardianId: guardian.id, delivery: try arguments.value(Arg.digest))
            return .message(.guardianDigestSet(name: name, digest: session.texts(.digestWords(preference.digest))))
        },
    ]
}

extension Commands {
    /// The mail that came in: held mail made a ticket of, a ticket's files saved.
    static let mailIn: [CommandSpec] = [
        CommandSpec(
            .mailHeld, .tickets, nouns: mailNouns, verbs: ["held", "задержанные"], fields: [],
            result: .table([.number(.number), .text(.address), .text(.topic), .text(.description), .moment(.date)])
        ) { session, _ in
            let held = try session.desk.heldMail(session.requireCaller())
            return .table(
                columns: [.number, .address, .topic, .description, .date],
                rows: held.map { mail in
                    [
                        Cell(mail.id), .text(mail.address), .text(mail.subject), .text(String(mail.text.prefix(200))),
                        .moment(mail.receivedAt, session.zone),
                    ]
                })
        },
        CommandSpec(
            .mailTake, .tickets, nouns: mailNouns, verbs: ["take", "принять"], fields: [Arg.held] + requesterFields + [Arg.topic],
            writes: true, example: "mail take 3 demo parent 1000762 родитель \"не вижу оценки\"", result: .table(ticketFields)
        ) { session, arguments in
            let (row, check) = try session.desk.takeHeldMail(
                session.requireCaller(), id: try arguments.value(Arg.held),
                intake: TicketIntake(
                    organization: try arguments.value(Arg.organization), login: try arguments.value(Arg.login),
                    identifier: try arguments.value(Arg.identifier), role: try arguments.value(Arg.anyRole),
                    topic: try arguments.value(Arg.topic), description: ""))
            return try .lines([
                .message(.ticket(.ticketOpened(id: row.ticket.savedId, assignee: row.ticket.assignee))),
                .message(.ticket(.requesterChecked(check))), ticketTable([row], session),
            ])
        },
        CommandSpec(
            .attachmentSave, .tickets, nouns: ["ticket attachment", "заявка файл", "attachment", "вложение"], verbs: ["save", "сохранить"],
            fields: [Arg.ticket, Arg.attachmentId, Arg.savePath], example: "ticket attachment save 12 1 screenshot.png",
            result: .none
        ) { session, arguments in
            let file = try session.desk.attachment(
                session.requireCaller(), ticketId: try arguments.value(Arg.ticket), id: try arguments.value(Arg.attachmentId))
            let path = try arguments.value(Arg.savePath)
            try session.writeUserFile(file.data ?? Data(), to: path)
            return path == "-" ? .lines([]) : .message(.attachmentSaved(name: file.fileName, path: path))
        },
    ]
}

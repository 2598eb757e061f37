import Foundation
import HelpDesk
import JournalCore

extension Commands {
    /// Canned replies (issue 14, part 2): kept once per language, filled from the ticket.
    static let cannedReplies: [CommandSpec] = [
        CommandSpec(
            .ticketTemplate, .tickets, nouns: ["ticket", "заявка"], verbs: ["template", "шаблон"],
            fields: [Arg.ticket, Arg.cannedName, Arg.text.optional, Arg.internalNote.optional], writes: true,
            example: "ticket template 12 пароль",
            result: .sections([SectionShape(.comment, .text), SectionShape(.ticket, .table(ticketFields))])
        ) { session, arguments in
            let caller = try session.requireCaller()
            let id = try arguments.value(Arg.ticket)
            let texts = session.texts
            var text = try session.desk.cannedReply(
                caller, ticketId: id, name: try arguments.value(Arg.cannedName), language: session.language,
                when: { texts.moment($0, in: $1) })
            if let more = arguments[Arg.text] { text += "\n\n" + more }
            // The filled text is shown before it goes, and asked about once (issue 23).
            let asks = session.io.isInteractive && !session.assumeYes && !arguments.isSet(Arg.yes)
            if asks {
                session.show(.text(text))
                guard try Dialog(session: session).yesOrNo(texts(.confirm)) else { throw Dialog.Cancelled() }
            }
            let row = try session.desk.comment(caller, id: id, text: text, isPublic: !arguments.isSet(Arg.internalNote))
            let table = ticketTable([row], session)
            // JSON has the text sent and the ticket by name; the screen, the text (unless asked about) over the ticket.
            return .lines([
                .message(.saved),
                .screen(.lines((asks ? [] : [.text(text)]) + [table]), data: .sections([(.comment, .text(text)), (.ticket, table)])),
            ])
        }.confirmingItself(),
        CommandSpec(
            .cannedList, .tickets, nouns: ["canned", "шаблоны", "шаблон"], verbs: Words.list, fields: [Arg.language.optional],
            example: "canned list --language en", result: .table([.text(.name), .code(.language, Language.self), .text(.description)])
        ) { session, arguments in
            // On screen the replies of the console's language, or of the one asked; JSON has them
            // all unless one is asked, the same document in either language.
            let language = arguments[Arg.language] ?? (session.json ? nil : session.language)
            let replies = try session.desk.cannedReplies(session.requireCaller()).filter { language == nil || $0.language == language }
            return .table(
                columns: [.name, .language, .description],
                rows: replies.map { [.text($0.name), .code($0.language.rawValue, word: $0.language.rawValue), .text($0.text)] })
        },
        CommandSpec(
            .cannedAdd, .tickets, nouns: ["canned", "шаблоны", "шаблон"], verbs: Words.new + ["add", "добавить"],
            fields: [Arg.cannedName, Arg.messageText, Arg.language.optional, Arg.everySchool.optional], writes: true,
            example: "canned add --name кэш --text \"Здравствуйте, {имя}! Очистите кэш браузера…\"", result: .none
        ) { session, arguments in
            let reply = try session.desk.addCannedReply(
                session.requireCaller(), name: try arguments.value(Arg.cannedName), language: arguments[Arg.language] ?? session.language,
                text: try arguments.value(Arg.messageText), forEverySchool: arguments.isSet(Arg.everySchool))
            return .message(.desk(.cannedSaved(reply.name)))
        },
    ]
}

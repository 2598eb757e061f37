import HelpDesk
import JournalCore

extension Commands {
    static let messageNouns = ["message", "сообщение", "сообщения"]

    /// Internal messages (J-MSG-1): the rules of who writes to whom are the journal's.
    static let messages: [CommandSpec] = [
        CommandSpec(
            .messageSend, .journal, nouns: messageNouns, verbs: ["send", "написать", "отправить"],
            fields: [Arg.messageSubject, Arg.messageText, Arg.recipient.optional, Arg.messageClass.optional, Arg.messageAudience.optional],
            writes: true, example: "message send \"Контрольная\" \"В четверг контрольная по дробям\" --class 5А --audience родители",
            result: sentShape
        ) { session, arguments in
            let caller = try session.requireCaller()
            let recipients: [Int64]
            if let name = arguments[Arg.recipient] {
                recipients = [try session.journal.findRecipient(caller, name).id]
            } else if let className = arguments[Arg.messageClass] {
                let schoolClass = try session.journal.findClass(
                    caller, named: className, yearId: try session.journal.year(caller, named: nil).savedId)
                recipients = try session.journal.classRecipients(
                    caller, classId: schoolClass.savedId, audience: arguments[Arg.messageAudience] ?? .guardians)
            } else {
                // Neither --to nor --class: a refusal (nothing sent), the hint its words.
                throw ReportedFailure(output: .message(.messageNeedsRecipient))
            }
            let row = try session.desk.sendMessage(
                caller, to: recipients, subject: try arguments.value(Arg.messageSubject), text: try arguments.value(Arg.messageText))
            return try sent(row)
        },
        CommandSpec(
            .messageList, .journal, nouns: messageNouns, verbs: Words.list, fields: [],
            result: .table([.number(.number), .marker(.unread), .moment(.date), .text(.person), .text(.topic)])
        ) { session, _ in
            let rows = try session.journal.messages(session.requireCaller())
            return .table(
                columns: [.number, .date, .person, .topic],
                rows: rows.map { row in
                    [
                        Cell(row.message.id).marked(.unread, if: !row.sentByCaller && row.readAt == nil),
                        .moment(row.message.sentAt, session.zone),
                        .text(row.sentByCaller ? "→ " + row.recipientNames.joined(separator: ", ") : row.senderName),
                        .text(row.message.subject),
                    ]
                })
        },
        CommandSpec(
            .messageShow, .journal, nouns: messageNouns, verbs: Words.show + ["read", "прочитать"], fields: [Arg.message],
            result: .record([
                .number(.number), .moment(.date), .text(.person), .list(.registered, of: .text), .text(.topic), .text(.description),
            ])
        ) { session, arguments in
            let row = try session.journal.openMessage(session.requireCaller(), id: try arguments.value(Arg.message))
            return .record([
                (.number, Cell(row.message.id)), (.date, .moment(row.message.sentAt, session.zone)), (.person, .text(row.senderName)),
                (.registered, .list(row.recipientNames.map(Cell.text))), (.topic, .text(row.message.subject)),
                (.description, .text(row.message.text)),
            ])
        },
        CommandSpec(
            .messageReply, .journal, nouns: messageNouns, verbs: ["reply", "ответить"], fields: [Arg.message, Arg.messageText],
            writes: true,
            example: "message reply 3 \"Спасибо, будем готовиться\"", result: sentShape
        ) { session, arguments in
            let row = try session.desk.replyToMessage(
                session.requireCaller(), id: try arguments.value(Arg.message), text: try arguments.value(Arg.messageText))
            return try sent(row)
        },
    ]

    /// A message sent: the sentence on screen; in JSON the new message's number (the one
    /// `message show` and `message reply` take) and how many it went to.
    static let sentShape = ResultShape.record([.number(.number), .number(.recipientCount)])

    private static func sent(_ row: MessageRow) throws -> Output {
        let id = try row.message.savedId
        return .lines([
            .message(.messageSent(id: id, count: row.recipientNames.count)),
            .screen(.none, data: .record([(.number, Cell(id)), (.recipientCount, Cell(row.recipientNames.count))])),
        ])
    }
}

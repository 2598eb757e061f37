import Foundation
import JournalCore

/// Internal messages (J-MSG-1) with their e-mail copies: the journal keeps the rules and the
/// messages; the copy is queued in the same transaction to those who asked for copies.
extension SupportDesk {
    public func sendMessage(_ caller: Caller, to personIds: [Int64], subject: String, text: String) throws -> MessageRow {
        try journal.sendMessage(caller, to: personIds, subject: subject, text: text, within: queueCopies)
    }

    public func replyToMessage(_ caller: Caller, id: Int64, text: String) throws -> MessageRow {
        try journal.replyToMessage(caller, id: id, text: text, within: queueCopies)
    }

    /// The forecast to families and the preliminary report to the deputies, with their copies.
    public func sendForecast(
        _ caller: Caller, classId: Int64, periodNumber: Int?, family: (ForecastLetter) throws -> WordedMessage,
        deputy: (PreliminaryReport) throws -> WordedMessage
    ) throws -> (families: Int, deputies: Int) {
        try journal.sendForecast(
            caller, classId: classId, periodNumber: periodNumber, family: family, deputy: deputy, within: queueCopies)
    }

    /// A guardian's acknowledgement of final marks, its message copied to the class teacher.
    public func acknowledgeFinalMarks(_ caller: Caller, studentId: Int64, text: String, subject: (ReportingPeriod) -> String) throws
        -> (period: ReportingPeriod, message: MessageRow)
    {
        try journal.acknowledgeFinalMarks(caller, studentId: studentId, text: text, subject: subject, within: queueCopies)
    }

    private func queueCopies(_ store: StoreTransaction, _ message: InternalMessage, _ recipients: [Int64]) throws {
        let sender = try Directory.names(store, personIds: [message.senderId])[message.senderId] ?? ""
        for personId in recipients {
            guard try mailPreference(store, personId: personId)?.messageCopies == true,
                let contact = try Directory.contact(store, personId: personId)
            else { continue }
            try enqueue(
                store, .message(MessageNotice(message: message.savedId, from: sender, subject: message.subject, text: message.text)),
                to: contact)
        }
    }
}

import Foundation
import Testing

@testable import HelpDesk

/// A queued notice is stored in a shape of its own (issue 26), not the compiler's default for an
/// enum: named keys that outlive a renamed case or a labelled payload, and rows queued in the old
/// shape still read.
@Suite struct NoticeCodingTests {
    /// The compiler's shape of the notice enum before issue 26, as rows were queued in it.
    enum QueuedBefore: Codable {
        case ticketTaken(TicketNotice)
        case ticketDeadline(TicketNotice, passed: Bool)
        case mailHeld(HeldMailNotice)
    }

    static let ticket = TicketNotice(
        ticket: 42, topic: "не видно оценок", text: "Проверьте фильтр", deadline: nil, requester: "Волкова И.П.")

    @Test("A notice is stored as its kind and its payload under named keys, and read back the same")
    func aNoticeIsStoredUnderNamedKeys() throws {
        for notice in [
            Notice.ticketTaken(Self.ticket), .ticketDeadline(Self.ticket, passed: true), .mailHeld(HeldMailNotice(subject: "Вопрос")),
        ] {
            let data = try JSONEncoder().encode(notice)
            let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            #expect(object["kind"] as? String == notice.kind.rawValue, "\(String(decoding: data, as: UTF8.self))")
            #expect(object["version"] as? Int == 1, "the shape says its version")
            #expect(object["notice"] is [String: Any])
            #expect(!String(decoding: data, as: UTF8.self).contains("_0"))
            #expect(try JSONDecoder().decode(Notice.self, from: data) == notice)
        }
        let deadline = try JSONSerialization.jsonObject(with: JSONEncoder().encode(Notice.ticketDeadline(Self.ticket, passed: true)))
        #expect((deadline as? [String: Any])?["passed"] as? Bool == true)
    }

    @Test("Rows queued in the compiler's shape before are still read")
    func rowsQueuedBeforeAreRead() throws {
        let before: [(QueuedBefore, Notice)] = [
            (.ticketTaken(Self.ticket), .ticketTaken(Self.ticket)),
            (.ticketDeadline(Self.ticket, passed: true), .ticketDeadline(Self.ticket, passed: true)),
            (
                .mailHeld(HeldMailNotice(subject: "Вопрос", inReplyTo: "<a@b>")),
                .mailHeld(HeldMailNotice(subject: "Вопрос", inReplyTo: "<a@b>"))
            ),
        ]
        for (queued, notice) in before {
            let data = try JSONEncoder().encode(queued)
            #expect(String(decoding: data, as: UTF8.self).contains("_0"))
            #expect(try JSONDecoder().decode(Notice.self, from: data) == notice)
        }
    }
}

extension NoticeCodingTests {
    @Test("Issue 26: a notice stored by a later version is refused, not misread")
    func aLaterVersionIsRefused() {
        let later = Data(#"{"version":2,"kind":"mailHeld","notice":{"subject":"Вопрос"}}"#.utf8)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Notice.self, from: later) }
        let unversioned = Data(#"{"kind":"mailHeld","notice":{"subject":"Вопрос"}}"#.utf8)
        #expect((try? JSONDecoder().decode(Notice.self, from: unversioned)) == .mailHeld(HeldMailNotice(subject: "Вопрос")))
    }
}

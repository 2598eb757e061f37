import Foundation
import Testing

@testable import Console
@testable import HelpDesk
@testable import JournalCore

/// A ticket's history as people read it: no code the program keeps a value under.
@Suite struct TicketHistoryWordingTests {
    func event(_ kind: TicketEventKind, _ text: String?) -> TicketEvent {
        TicketEvent(
            id: 1, ticketId: 1, at: Date(timeIntervalSince1970: 1_795_000_000), actorId: nil, kind: kind, fromState: nil,
            toState: nil, text: text, isPublic: false, otherTicketId: nil)
    }

    @Test("H-CRED-1: an identity check in the history names its method in words, in the reader's language, with what was seen")
    func theIdentityCheckIsInWords() {
        for method in IdentityMethod.allCases {
            let check = event(.identityCheck, "\(method.rawValue): паспорт 94 12")
            let ru = Texts(.ru).ticketEventText(check) ?? ""
            let en = Texts(.en).ticketEventText(check) ?? ""
            #expect(ru == method.wording.ru + ": паспорт 94 12" && en == method.wording.en + ": паспорт 94 12")
            #expect(!ru.contains(method.rawValue) && !en.contains(method.rawValue))
        }
        #expect(Texts(.ru).ticketEventText(event(.identityCheck, "лично")) == "лично")
        #expect(Texts(.ru).ticketEventText(event(.note, "inPerson: x")) == "inPerson: x", "a note is the writer's own text")
    }

    @Test("A cancelled booking moved or cancelled again, a ticket merged with itself: each refusal says what was asked")
    func refusalsSayWhatWasAsked() {
        let cancelled = Texts(.ru)(.deskError(.bookingRefused(.alreadyCancelled, alternatives: [])))
        #expect(cancelled.contains("уже отменена") && !cancelled.contains("Записаться нельзя"), "\(cancelled)")
        let english = Texts(.en)(.deskError(.bookingRefused(.alreadyCancelled, alternatives: [])))
        #expect(english.contains("already cancelled") && !english.contains("Cannot book"), "\(english)")
        #expect(Texts(.ru)(.deskError(.linkRefused(.sameTicket(4)))).contains("объединить"))
    }
}

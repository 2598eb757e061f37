import Foundation
import PropertyBased
import Synchronization
import Testing

@testable import HelpDesk
@testable import Mail

/// A bounded fuzz run of mail in (issue 24): the shipped messages as Thunderbird, Outlook and
/// Gmail send them, with bytes flipped, cut short, parts' boundaries and headers repeated and
/// calendar replies broken, are read by GMime and libical or refused as no mail — never a crash,
/// none in more than 5 seconds.
@Suite struct MailFuzzTests {
    static let names = [
        "thunderbird-reply.eml", "outlook-new.eml", "gmail-new.eml", "gmail-rating.eml", "bounce.eml", "autoreply.eml",
        "thunderbird-invitation-reply.eml",
    ]

    static let payloads = [
        "\r\n\r\n", "--", "Content-Type: multipart/mixed; boundary=\"x\"\r\n", "=?UTF-8?B?////?=", "=\r\n", "\u{0}", "\u{FFFD}",
        "BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nBEGIN:VEVENT\r\n", "ATTENDEE;PARTSTAT=:", "END:VCALENDAR", ";;;;", "\r\n ",
    ]

    static func mutated(_ name: String, _ mutations: [Int]) throws -> Data {
        var bytes = Array(try MailFormatTests.fixture(name, ["FROM": "ilyina@example.ru", "UID": "booking-1-1@helpdesk"]))
        for number in mutations {
            let position = bytes.isEmpty ? 0 : (number / 5) % bytes.count
            switch number % 5 {
            case 0: bytes.insert(contentsOf: Array(payloads[(number / 7) % payloads.count].utf8), at: position)
            case 1: bytes = Array(bytes.prefix(position))
            case 2: if !bytes.isEmpty { bytes[position] = UInt8((number / 3) % 256) }
            case 3: bytes.insert(contentsOf: bytes[position..<min(bytes.count, position + 400)], at: position)
            default: bytes.removeSubrange(position..<min(bytes.count, position + (number / 11) % 64))
            }
        }
        return Data(bytes)
    }

    @Test("H-TICKET-1: mutated messages are read or refused as no mail, never a crash, each within 5 s")
    func mutatedMailIsReadOrRefused() async {
        let input = Gen<String?>.element(of: Self.names).map { $0! }
        let read = Mutex(0)
        await propertyCheck(count: 400, input: input, Gen<Int>.int(in: 0...50_000_000).array(of: 1...5)) { name, mutations in
            guard let data = try? Self.mutated(name, mutations) else { return }
            let start = ContinuousClock.now
            if let mail = try? ReceivedMail(parsing: data) {
                read.withLock { $0 += 1 }
                // A calendar part, however broken, is read by libical or passed over.
                for part in mail.attachments where part.contentType == "text/calendar" { _ = CalendarReply(part.data) }
                #expect(mail.subject.count <= data.count)
            }
            #expect(ContinuousClock.now - start < .seconds(5))
        }
        // Most mutated messages are still mail: the reader was exercised, not only refused.
        #expect(read.withLock { $0 } > 200)
    }
}

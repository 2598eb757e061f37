import Foundation

/// A queued notice as stored: `{"kind": "ticketTaken", "notice": {…}}` (with `"passed"` for a
/// deadline) — named keys of its own, so that renaming a case or labelling a payload in Swift
/// leaves the queued rows readable. Rows queued in the compiler's own shape of an enum
/// (`{"ticketTaken": {"_0": {…}}}`, before issue 26) are still read.
extension Notice {
    /// Each kind of notice as stored.
    enum Kind: String, Codable, CaseIterable, CodingKey {
        case ticketTaken, ticketReply, ticketWaiting, ticketResolved, ticketMerged, ticketInIncident, ticketDeadline
        case mailHeld, booking, training, breach, outage, digest, paperReport, message
    }

    private enum Keys: String, CodingKey {
        case version, kind, notice, passed
    }

    /// The version of the stored shape: a row of a later one is refused, not misread.
    static let storedVersion = 1

    /// The payload key of the compiler's shape.
    private enum LegacyKeys: String, CodingKey {
        case payload = "_0"
        case passed
    }

    var kind: Kind {
        switch self {
        case .ticketTaken: .ticketTaken
        case .ticketReply: .ticketReply
        case .ticketWaiting: .ticketWaiting
        case .ticketResolved: .ticketResolved
        case .ticketMerged: .ticketMerged
        case .ticketInIncident: .ticketInIncident
        case .ticketDeadline: .ticketDeadline
        case .mailHeld: .mailHeld
        case .booking: .booking
        case .training: .training
        case .breach: .breach
        case .outage: .outage
        case .digest: .digest
        case .paperReport: .paperReport
        case .message: .message
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(Self.storedVersion, forKey: .version)
        try container.encode(kind, forKey: .kind)
        switch self {
        case .ticketTaken(let notice), .ticketReply(let notice), .ticketWaiting(let notice), .ticketResolved(let notice),
            .ticketMerged(let notice), .ticketInIncident(let notice):
            try container.encode(notice, forKey: .notice)
        case .ticketDeadline(let notice, let passed):
            try container.encode(notice, forKey: .notice)
            try container.encode(passed, forKey: .passed)
        case .mailHeld(let notice): try container.encode(notice, forKey: .notice)
        case .booking(let notice): try container.encode(notice, forKey: .notice)
        case .training(let notice): try container.encode(notice, forKey: .notice)
        case .breach(let notice): try container.encode(notice, forKey: .notice)
        case .outage(let notice): try container.encode(notice, forKey: .notice)
        case .digest(let notice), .paperReport(let notice): try container.encode(notice, forKey: .notice)
        case .message(let notice): try container.encode(notice, forKey: .notice)
        }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Keys.self)
        if let version = try container.decodeIfPresent(Int.self, forKey: .version), version > Self.storedVersion {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "a notice stored by a later version (\(version))"))
        }
        if let kind = try container.decodeIfPresent(Kind.self, forKey: .kind) {
            self = try Self.read(kind, passed: try container.decodeIfPresent(Bool.self, forKey: .passed) ?? false) { type in
                try container.decode(type, forKey: .notice)
            }
            return
        }
        // A row queued before: the kind is the only key, its payload under "_0".
        let legacy = try decoder.container(keyedBy: Kind.self)
        guard let kind = legacy.allKeys.first else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "a notice without its kind"))
        }
        let payload = try legacy.nestedContainer(keyedBy: LegacyKeys.self, forKey: kind)
        self = try Self.read(kind, passed: try payload.decodeIfPresent(Bool.self, forKey: .passed) ?? false) { type in
            try payload.decode(type, forKey: .payload)
        }
    }

    /// A notice of `kind` whose payload `decode` reads as the type asked.
    private static func read(_ kind: Kind, passed: Bool, _ decode: (any Decodable.Type) throws -> any Decodable) throws -> Notice {
        func payload<T: Decodable>(_ type: T.Type) throws -> T {
            guard let value = try decode(type) as? T else {
                throw DecodingError.typeMismatch(type, .init(codingPath: [], debugDescription: "a notice's payload"))
            }
            return value
        }
        return switch kind {
        case .ticketTaken: .ticketTaken(try payload(TicketNotice.self))
        case .ticketReply: .ticketReply(try payload(TicketNotice.self))
        case .ticketWaiting: .ticketWaiting(try payload(TicketNotice.self))
        case .ticketResolved: .ticketResolved(try payload(TicketNotice.self))
        case .ticketMerged: .ticketMerged(try payload(TicketNotice.self))
        case .ticketInIncident: .ticketInIncident(try payload(TicketNotice.self))
        case .ticketDeadline: .ticketDeadline(try payload(TicketNotice.self), passed: passed)
        case .mailHeld: .mailHeld(try payload(HeldMailNotice.self))
        case .booking: .booking(try payload(BookingNotice.self))
        case .training: .training(try payload(TrainingNotice.self))
        case .breach: .breach(try payload(BreachNotice.self))
        case .outage: .outage(try payload(OutageNotice.self))
        case .digest: .digest(try payload(DigestNotice.self))
        case .paperReport: .paperReport(try payload(DigestNotice.self))
        case .message: .message(try payload(MessageNotice.self))
        }
    }
}

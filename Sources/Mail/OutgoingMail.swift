import CGMime
import Foundation

/// An iCalendar object carried by a message (RFC 6047): `REQUEST` or `CANCEL`.
public struct CalendarPart: Sendable, Equatable {
    public var method: String
    public var text: String

    public init(method: String, text: String) {
        self.method = method
        self.text = text
    }
}

/// A message to write (RFC 5322 and MIME): headers in UTF-8 are encoded as RFC 2047 says and
/// the body as the transfer encoding it needs, by GMime. Plain text, with an HTML alternative
/// and an iCalendar invitation where there are some.
public struct OutgoingMail: Sendable {
    public var from: MailAddress
    public var to: MailAddress
    public var replyTo: MailAddress?
    public var subject: String
    public var date: Date
    /// The zone of the Date header: the school's.
    public var zone: TimeZone
    /// Without the angle brackets: `token@domain`.
    public var messageId: String
    public var inReplyTo: String?
    public var references: [String]
    /// More headers, by name (`Auto-Submitted`, `List-Unsubscribe`).
    public var headers: [(name: String, value: String)]
    public var text: String
    public var html: String?
    public var calendar: CalendarPart?

    public init(
        from: MailAddress, to: MailAddress, replyTo: MailAddress? = nil, subject: String, date: Date, zone: TimeZone, messageId: String,
        inReplyTo: String? = nil, references: [String] = [], headers: [(name: String, value: String)] = [], text: String,
        html: String? = nil, calendar: CalendarPart? = nil
    ) {
        self.from = from
        self.to = to
        self.replyTo = replyTo
        self.subject = subject
        self.date = date
        self.zone = zone
        self.messageId = messageId
        self.inReplyTo = inReplyTo
        self.references = references
        self.headers = headers
        self.text = text
        self.html = html
        self.calendar = calendar
    }

    /// The message as the sendmail interface takes it: LF line ends, 7-bit clean.
    public func rendered() -> Data {
        GMime.start()
        let message = hd_message_new()
        defer { hd_unref(message) }
        let object = hd_object(message)
        Self.add(from, GMIME_ADDRESS_TYPE_FROM, to: message)
        Self.add(to, GMIME_ADDRESS_TYPE_TO, to: message)
        if let replyTo { Self.add(replyTo, GMIME_ADDRESS_TYPE_REPLY_TO, to: message) }
        g_mime_message_set_subject(message, subject, "utf-8")
        setDate(message)
        g_mime_message_set_message_id(message, messageId)
        if let inReplyTo { g_mime_object_set_header(object, "In-Reply-To", "<\(inReplyTo)>", nil) }
        if !references.isEmpty {
            g_mime_object_set_header(object, "References", references.map { "<\($0)>" }.joined(separator: " "), nil)
        }
        for header in headers { g_mime_object_set_header(object, header.name, header.value, "utf-8") }
        g_mime_message_set_mime_part(message, body())
        g_mime_object_encode(object, GMIME_ENCODING_CONSTRAINT_7BIT)
        return Data(GMime.take(g_mime_object_to_string(object, g_mime_format_options_get_default())).utf8)
    }

    /// A mailbox whose name is encoded in UTF-8, not in whichever Cyrillic charset fits it.
    private static func add(_ address: MailAddress, _ type: GMimeAddressType, to message: UnsafeMutablePointer<GMimeMessage>) {
        let mailbox = internet_address_mailbox_new(address.name, address.address)
        internet_address_set_charset(mailbox, "utf-8")
        internet_address_list_add(g_mime_message_get_addresses(message, type), mailbox)
        hd_unref(mailbox)
    }

    private func setDate(_ message: UnsafeMutablePointer<GMimeMessage>) {
        let utc = g_date_time_new_from_unix_utc(gint64(date.timeIntervalSince1970.rounded(.down)))
        let zone = g_time_zone_new_identifier(zone.identifier) ?? g_time_zone_new_utc()
        let local = g_date_time_to_timezone(utc, zone)
        g_mime_message_set_date(message, local)
        g_date_time_unref(local)
        g_date_time_unref(utc)
        g_time_zone_unref(zone)
    }

    /// The text, alone or with its alternatives: the message takes the reference.
    private func body() -> UnsafeMutablePointer<GMimeObject> {
        let plain = Self.textPart("plain", text)
        guard html != nil || calendar != nil else { return plain }
        let alternative = hd_multipart_new("alternative")
        g_mime_multipart_add(alternative, plain)
        hd_unref(plain)
        if let html {
            let part = Self.textPart("html", html)
            g_mime_multipart_add(alternative, part)
            hd_unref(part)
        }
        if let calendar {
            let part = Self.textPart("calendar", calendar.text)
            g_mime_object_set_content_type_parameter(part, "method", calendar.method)
            g_mime_multipart_add(alternative, part)
            hd_unref(part)
        }
        return hd_object(alternative)
    }

    private static func textPart(_ subtype: String, _ text: String) -> UnsafeMutablePointer<GMimeObject> {
        let part = hd_text_part_new(subtype)
        g_mime_text_part_set_text(part, text)
        g_mime_text_part_set_charset(part, "utf-8")
        return hd_object(part)
    }
}

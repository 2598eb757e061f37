import CGMime
import Foundation

/// A file a message carries: an attachment, or an image shown inline.
public struct MailAttachment: Sendable, Equatable {
    public var fileName: String
    public var contentType: String
    public var data: Data

    public init(fileName: String, contentType: String, data: Data) {
        self.fileName = fileName
        self.contentType = contentType
        self.data = data
    }
}

public enum MailReadError: Error, Equatable {
    /// Not a message GMime can read.
    case notAMessage
}

/// A message as an MTA delivers it (RFC 5322 and MIME), read by GMime: the sender, the subject
/// decoded from RFC 2047, the ids it replies to, its text (the plain part, else the HTML one
/// with the tags taken off) in UTF-8 whatever its charset, its attachments decoded, and the
/// marks of mail that must never be answered (RFC 3834 auto-replies, RFC 3464 bounces).
public struct ReceivedMail: Sendable {
    public var from: MailAddress?
    public var subject: String
    public var messageId: String?
    /// The ids of In-Reply-To and References, nearest first.
    public var replyTo: [String]
    public var text: String
    public var attachments: [MailAttachment]
    /// An auto-reply, a bounce, a list's or a robot's message.
    public var isAutomatic: Bool

    public init(parsing data: Data) throws {
        GMime.start()
        let message: UnsafeMutablePointer<GMimeMessage>? = data.withUnsafeBytes { bytes in
            guard let base = bytes.baseAddress?.assumingMemoryBound(to: CChar.self) else { return nil }
            let stream = g_mime_stream_mem_new_with_buffer(base, bytes.count)
            defer { hd_unref(stream) }
            let parser = g_mime_parser_new_with_stream(stream)
            defer { hd_unref(parser) }
            return g_mime_parser_construct_message(parser, nil)
        }
        guard let message else { throw MailReadError.notAMessage }
        defer { hd_unref(message) }
        let object = hd_object(message)
        from = Self.firstMailbox(g_mime_message_get_from(message))
        subject = GMime.text(g_mime_message_get_subject(message)) ?? ""
        messageId = GMime.text(g_mime_message_get_message_id(message))
        let inReplyTo = Self.ids(GMime.text(g_mime_object_get_header(object, "In-Reply-To")))
        let references = Self.ids(GMime.text(g_mime_object_get_header(object, "References"))).reversed()
        replyTo = inReplyTo + references.filter { !inReplyTo.contains($0) }
        var walk = PartWalk()
        if let body = g_mime_message_get_mime_part(message) { walk.visit(body) }
        text = walk.plain ?? walk.html.map(Self.strippingTags) ?? ""
        attachments = walk.attachments
        isAutomatic = Self.isAutomatic(object, from: from, reportOrDelivery: walk.sawReport)
    }

    /// RFC 3834's Auto-Submitted, the Precedence of lists and vacation programs, Microsoft's and
    /// others' auto-reply headers, an empty Return-Path, a report or a mailer daemon's address.
    private static func isAutomatic(_ object: UnsafeMutablePointer<GMimeObject>, from: MailAddress?, reportOrDelivery: Bool) -> Bool {
        func header(_ name: String) -> String? {
            GMime.text(g_mime_object_get_header(object, name))?.trimmingCharacters(in: .whitespaces).lowercased()
        }
        if let submitted = header("Auto-Submitted"), submitted != "no" { return true }
        if let precedence = header("Precedence"), ["bulk", "junk", "list", "auto_reply"].contains(precedence) { return true }
        if header("X-Autoreply") != nil || header("X-Autorespond") != nil || header("List-Id") != nil { return true }
        if let suppress = header("X-Auto-Response-Suppress"), suppress.contains("all") || suppress.contains("oof") { return true }
        if header("Return-Path") == "<>" || reportOrDelivery { return true }
        let local = from?.address.split(separator: "@").first?.lowercased() ?? ""
        return ["mailer-daemon", "postmaster", "noreply", "no-reply"].contains(local)
    }

    private static func firstMailbox(_ list: UnsafeMutablePointer<InternetAddressList>?) -> MailAddress? {
        guard let list, internet_address_list_length(list) > 0 else { return nil }
        for index in 0..<internet_address_list_length(list) {
            guard let address = internet_address_list_get_address(list, index), hd_is_mailbox(address) != 0,
                let mailbox = GMime.text(internet_address_mailbox_get_addr(hd_mailbox(address)))
            else { continue }
            let name = GMime.text(internet_address_get_name(address)).flatMap { $0.isEmpty ? nil : $0 }
            return MailAddress(name: name, address: mailbox)
        }
        return nil
    }

    /// The message ids of a header, without their angle brackets.
    private static func ids(_ header: String?) -> [String] {
        guard let header else { return [] }
        return header.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "," }).map { word in
            String(word.trimmingCharacters(in: CharacterSet(charactersIn: "<>")))
        }.filter { $0.contains("@") }
    }

    /// The text of an HTML body, for a message without a plain part.
    static func strippingTags(_ html: String) -> String {
        var text = html.replacingOccurrences(of: "(?is)<(script|style)[^>]*>.*?</\\1>", with: "", options: .regularExpression)
        text = text.replacingOccurrences(of: "(?i)<br\\s*/?>|</p>|</div>", with: "\n", options: .regularExpression)
        text = text.replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression)
        for (entity, character) in [("&nbsp;", " "), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")] {
            text = text.replacingOccurrences(of: entity, with: character)
        }
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

/// The walk over a message's parts: the first plain and HTML texts that are not attachments,
/// and every file. A message inside the message (a bounce's copy, a forward) is no part of it.
private struct PartWalk {
    var plain: String?
    var html: String?
    var attachments: [MailAttachment] = []
    var sawReport = false

    mutating func visit(_ object: UnsafeMutablePointer<GMimeObject>) {
        let type = g_mime_object_get_content_type(object)
        let mimeType = GMime.take(g_mime_content_type_get_mime_type(type)).lowercased()
        if mimeType == "multipart/report" || mimeType == "message/delivery-status" { sawReport = true }
        if hd_is_multipart(object) != 0 {
            let multipart = hd_multipart(object)
            for index in 0..<g_mime_multipart_get_count(multipart) {
                if let child = g_mime_multipart_get_part(multipart, index) { visit(child) }
            }
        } else if hd_is_part(object) != 0, let part = hd_part(object) {
            let attached = g_mime_part_is_attachment(part) != 0
            if hd_is_text_part(object) != 0, !attached, mimeType == "text/plain" || mimeType == "text/html" {
                let text = GMime.take(g_mime_text_part_get_text(hd_text_part(object)))
                if mimeType == "text/plain", plain == nil { plain = text } else if mimeType == "text/html", html == nil { html = text }
                return
            }
            let name = GMime.text(g_mime_part_get_filename(part)) ?? "attachment-\(attachments.count + 1)"
            attachments.append(MailAttachment(fileName: name, contentType: mimeType, data: Self.content(part)))
        }
    }

    /// A part's content with its transfer encoding undone.
    private static func content(_ part: UnsafeMutablePointer<GMimePart>) -> Data {
        guard let wrapper = g_mime_part_get_content(part) else { return Data() }
        let stream = hd_stream_mem_new()
        let memory = hd_stream_mem(stream)
        defer { hd_unref(stream) }
        g_mime_data_wrapper_write_to_stream(wrapper, stream)
        guard let bytes = g_mime_stream_mem_get_byte_array(memory), let data = bytes.pointee.data else { return Data() }
        return Data(bytes: data, count: Int(bytes.pointee.len))
    }
}

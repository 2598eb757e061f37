import GRDB

/// Migration helpdesk v10: an attendee's answer to a consultation's invitation (iTIP REPLY) kept
/// on the booking, and the mail that brought it tied to the booking. Frozen once landed.
enum CalendarReplyMigration {
    static func create(_ db: Database) throws {
        try db.alter(table: "booking") { t in
            t.add(column: "attendeeReply", .text).check(sql: "attendeeReply IN ('accepted', 'declined', 'tentative')")
            t.add(column: "attendeeRepliedAt", .datetime)
        }
        try db.alter(table: "inboundMail") { t in
            t.add(column: "bookingId", .integer).references("booking", onDelete: .setNull)
        }
    }
}

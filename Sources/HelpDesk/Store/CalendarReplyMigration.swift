import JournalCore

/// Migration helpdesk v10: an attendee's answer to a consultation's invitation (iTIP REPLY) kept
/// on the booking, and the mail that brought it tied to the booking. Frozen once landed.
enum CalendarReplyMigration {
    static let statements: [StoreStatement] = [
        #"ALTER TABLE "booking" ADD COLUMN "attendeeReply" TEXT CHECK (attendeeReply IN ('accepted', 'declined', 'tentative'))"#,
        #"ALTER TABLE "booking" ADD COLUMN "attendeeRepliedAt" DATETIME"#,
        #"ALTER TABLE "inboundMail" ADD COLUMN "bookingId" INTEGER REFERENCES "booking"("id") ON DELETE SET NULL"#,
    ]
}

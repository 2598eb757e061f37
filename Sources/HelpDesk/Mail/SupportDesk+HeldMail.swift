import Foundation
import GRDB
import JournalCore

/// The mail the desk holds and the files tickets carry: listed for whoever may see the ticket,
/// saved by them; held mail made a ticket of by the desk once the sender gave the four fields.
extension SupportDesk {
    /// A ticket's files, without their content.
    public func attachments(_ caller: Caller, ticketId: Int64) throws -> [TicketAttachment] {
        try readDatabase { db in
            _ = try visibleTicket(db, caller, id: ticketId)
            return try TicketAttachment.filter(TicketAttachment.Columns.ticketId == ticketId)
                .order(TicketAttachment.Columns.id).fetchAll(db)
                .map { file in
                    var listed = file
                    listed.data = file.data.map { _ in Data() }
                    return listed
                }
        }
    }

    /// One file of a ticket, with its content; a file over the limit was never kept.
    public func attachment(_ caller: Caller, ticketId: Int64, id: Int64) throws -> TicketAttachment {
        try readDatabase { db in
            _ = try visibleTicket(db, caller, id: ticketId)
            guard let file = try TicketAttachment.fetchOne(db, key: id), file.ticketId == ticketId, file.kept else {
                throw DeskError.attachmentNotFound(id)
            }
            return file
        }
    }

    /// The mail held from unknown addresses, for the desk of the schools it serves.
    public func heldMail(_ caller: Caller) throws -> [InboundMail] {
        try DeskAccess.check(.takeRequests, caller, journal)
        return try readDatabase { db in
            try InboundMail.filter(InboundMail.Columns.outcome == InboundOutcome.held.rawValue)
                .filter(try DeskAccess.served(by: caller, db).contains(InboundMail.Columns.organizationId)).order(InboundMail.Columns.id)
                .fetchAll(db)
        }
    }

    /// Makes a ticket of held mail with the four fields the sender gave: its text is the
    /// description, its address the contact, its files the ticket's; the sender is told the number.
    public func takeHeldMail(_ caller: Caller, id: Int64, intake: TicketIntake) throws -> (TicketRow, RequesterCheck) {
        try DeskAccess.check(.takeRequests, caller, journal)
        let held = try readDatabase { db -> InboundMail in
            guard let mail = try InboundMail.fetchOne(db, key: id), mail.outcome == .held,
                try DeskAccess.served(by: caller, db).contains(mail.organizationId)
            else { throw DeskError.heldMailNotFound(id) }
            return mail
        }
        var filled = intake
        if filled.description.trimmingCharacters(in: .whitespaces).isEmpty { filled.description = String(held.text.prefix(4000)) }
        filled.contact = held.address
        return try openTicket(caller, filled) { db, ticket in
            guard var taken = try InboundMail.fetchOne(db, key: id), taken.outcome == .held else { throw DeskError.heldMailNotFound(id) }
            taken.outcome = .taken
            taken.ticketId = ticket.id
            try taken.update(db)
            try db.execute(sql: "UPDATE ticketAttachment SET ticketId = ? WHERE inboundMailId = ?", arguments: [ticket.savedId, id])
        }
    }
}

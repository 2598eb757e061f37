import Foundation
import JournalCore

extension SupportDesk {
    /// Files `count` copies of ticket `templateId`, each with its creation event, as a busy
    /// desk's years would: for the benchmark of `ticket list`, never for a desk in use.
    @_spi(Benchmark)
    public func appendTicketLoad(copying templateId: Int64, count: Int) throws {
        try write { store in
            guard let template = try store.record(Ticket.self, id: templateId) else { return }
            for index in 0..<count {
                var copy = template
                copy.id = nil
                copy.topic = "\(template.topic) \(index)"
                try store.insert(&copy)
                var event = try TicketEvent(
                    ticketId: copy.savedId, at: copy.createdAt, actorId: copy.createdById, kind: .created, fromState: nil,
                    toState: copy.state, text: nil, isPublic: true)
                try store.insert(&event)
            }
        }
    }
}

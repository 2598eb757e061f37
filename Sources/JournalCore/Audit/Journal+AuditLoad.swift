import Foundation
internal import GRDB

extension Journal {
    /// Makes an organization's chain about `count` entries long as a large school's year would:
    /// each step a person written through the product's own write (so the chain seals the row)
    /// and a lesson mark's entry beside it. For the benchmark of `audit verify`, never for a
    /// journal in use.
    @_spi(Benchmark)
    public func appendAuditLoad(organizationId: Int64, count: Int) throws {
        let batch = 25_000
        for start in stride(from: 0, to: count / 2, by: batch) {
            try database.write(at: clock.now) { db in
                var appender = try AuditLog.Appender(db, organizationId: organizationId)
                for index in start..<min(count / 2, start + batch) {
                    var person = Person(organizationId: organizationId, fullName: "Ученик \(index + 1)")
                    try db.insert(&person)
                    try appender.append(
                        at: clock.now, accountId: 1, action: .markAdded, entity: .mark, entityId: Int64(index + 1),
                        studentId: person.id, lessonId: Int64(index / 25 + 1),
                        after: AuditText.of(["value": String(index % 4 + 2), "work": "answer"]))
                }
                try appender.finish()
            }
        }
    }
}

import Foundation
import GRDB

extension Journal {
    /// Appends `count` entries of lesson marks to an organization's chain, as a year of a large
    /// school would: for the benchmark of `audit verify`, never for a journal in use.
    @_spi(Benchmark)
    public func appendAuditLoad(organizationId: Int64, count: Int) throws {
        let batch = 50_000
        for start in stride(from: 0, to: count, by: batch) {
            try writer.write { db in
                var appender = try AuditLog.Appender(db, organizationId: organizationId)
                for index in start..<min(count, start + batch) {
                    try appender.append(
                        at: clock.now, accountId: 1, action: .markAdded, entity: "mark", entityId: Int64(index + 1),
                        studentId: Int64(index % 600 + 1), lessonId: Int64(index / 25 + 1),
                        after: AuditText.of(["value": String(index % 4 + 2), "work": "answer"]))
                }
                try appender.finish()
            }
        }
    }
}

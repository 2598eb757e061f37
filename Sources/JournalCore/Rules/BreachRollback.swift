import Foundation
import GRDB

/// What was done with leaked credentials after the report is left out of the journal (J-ACL-5,
/// seed 004 §5.4): a mark added is voided; a corrected mark, an attendance entry or reason, a
/// lesson's topic or homework goes back to what it was before the first invalid change. The audit
/// log itself is never changed: its entries are marked invalid beside it.
enum BreachRollback {
    /// Undoes `entries` (invalid ones, any order); returns how many marks were voided.
    static func undo(_ db: Database, _ entries: [AuditEntry], at now: Date) throws -> Int {
        var restored = Set<String>()
        var voided = 0
        /// Restores a record only from the earliest invalid change to it.
        func first(_ key: String) -> Bool { restored.insert(key).inserted }
        for entry in entries.sorted(by: { $0.id! < $1.id! }) {
            let before = fields(entry.before), after = fields(entry.after)
            switch entry.action {
            case .markAdded:
                try db.execute(sql: "UPDATE mark SET voidedAt = ? WHERE id = ? AND voidedAt IS NULL", arguments: [now, entry.entityId])
                voided += db.changesCount
            case .markCorrected where first("mark \(entry.entityId)"):
                if let value = before?["value"] {
                    try db.execute(sql: "UPDATE mark SET value = ? WHERE id = ?", arguments: [value, entry.entityId])
                }
            case .attendanceSet where first("attendance \(entry.entityId) \(entry.studentId ?? 0)"):
                if let status = before?["status"] {
                    try db.execute(
                        sql: "UPDATE attendance SET status = ? WHERE lessonId = ? AND studentId = ?",
                        arguments: [status, entry.entityId, entry.studentId])
                } else {
                    try db.execute(
                        sql: "DELETE FROM attendance WHERE lessonId = ? AND studentId = ?", arguments: [entry.entityId, entry.studentId])
                }
            case .attendanceReason where first("reason \(entry.entityId) \(entry.studentId ?? 0)"):
                try db.execute(
                    sql: "UPDATE attendance SET reason = ?, reasonNote = ? WHERE lessonId = ? AND studentId = ?",
                    arguments: [before?["reason"], before?["note"], entry.entityId, entry.studentId])
            case .lessonChanged where after?["topic"] != nil && first("topic \(entry.entityId)"):
                try db.execute(
                    sql: "UPDATE lesson SET topic = ?, kind = COALESCE(?, kind) WHERE id = ?",
                    arguments: [before?["topic"], before?["kind"], entry.entityId])
            case .homeworkSet where first("homework \(entry.entityId)"):
                try db.execute(sql: "UPDATE lesson SET homework = ? WHERE id = ?", arguments: [before?["homework"], entry.entityId])
            default:
                // A lesson created, cancelled or moved, a period mark, a substitution: marked invalid in the audit log.
                break
            }
        }
        return voided
    }

    /// Applies `entries` again (a withdrawn report, oldest first): each record takes the value
    /// its latest entry gave it; a voided mark counts again.
    static func redo(_ db: Database, _ entries: [AuditEntry]) throws {
        for entry in entries.sorted(by: { $0.id! < $1.id! }) {
            let after = fields(entry.after)
            switch entry.action {
            case .markAdded:
                try db.execute(sql: "UPDATE mark SET voidedAt = NULL WHERE id = ?", arguments: [entry.entityId])
            case .markCorrected:
                if let value = after?["value"] {
                    try db.execute(sql: "UPDATE mark SET value = ? WHERE id = ?", arguments: [value, entry.entityId])
                }
            case .attendanceSet:
                if let status = after?["status"] {
                    // The undo removed an entry that had no earlier state: it comes back as entered.
                    try db.execute(
                        sql: """
                            INSERT INTO attendance (lessonId, studentId, status, enteredBy, enteredAt) VALUES (?, ?, ?, ?, ?)
                            ON CONFLICT(lessonId, studentId) DO UPDATE SET status = excluded.status
                            """,
                        arguments: [
                            entry.entityId, entry.studentId, status, entry.accountId,
                            Date(timeIntervalSince1970: TimeInterval(entry.at) / 1000),
                        ])
                }
            case .attendanceReason:
                try db.execute(
                    sql: "UPDATE attendance SET reason = ?, reasonNote = ? WHERE lessonId = ? AND studentId = ?",
                    arguments: [after?["reason"], after?["note"], entry.entityId, entry.studentId])
            case .lessonChanged where after?["topic"] != nil:
                try db.execute(
                    sql: "UPDATE lesson SET topic = ?, kind = COALESCE(?, kind) WHERE id = ?",
                    arguments: [after?["topic"], after?["kind"], entry.entityId])
            case .homeworkSet:
                try db.execute(sql: "UPDATE lesson SET homework = ? WHERE id = ?", arguments: [after?["homework"], entry.entityId])
            default:
                break
            }
        }
    }

    static func fields(_ text: String?) -> [String: String]? {
        guard let data = text?.data(using: .utf8) else { return nil }
        return try? JSONSerialization.jsonObject(with: data) as? [String: String]
    }
}

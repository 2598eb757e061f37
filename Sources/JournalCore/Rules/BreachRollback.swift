import Foundation
internal import GRDB

/// What was done with leaked credentials after the report is left out of the journal (J-ACL-5,
/// H-CRED-3, seed 004 §5.4): a mark added is voided; a corrected mark, an attendance entry or
/// reason, a lesson's topic or homework, a period mark, a consent goes back to what it was before
/// the first invalid change; a period mark, key, risk-group entry or message the intruder added is
/// taken out whole (kept in `breachUndo`); the accounts whose credentials the intruder issued are
/// locked. The audit log itself is never changed: its entries are marked invalid beside it.
enum BreachRollback {
    /// Undoes `entries` (invalid ones, any order) for report `breachId`; returns how many marks were voided.
    static func undo(_ db: StoreTransaction, _ entries: [AuditEntry], breachId: Int64, at now: Date) throws -> Int {
        var restored = Set<String>()
        var voided = 0
        /// Restores a record only from the earliest invalid change to it.
        func first(_ key: String) -> Bool { restored.insert(key).inserted }
        /// Takes rows out whole, kept for a withdrawal.
        func remove(_ table: UndoTable, where condition: String, _ arguments: StoreArguments) throws {
            for snapshot in try RowSnapshot.take(db, table, where: condition, arguments) {
                try db.execute(
                    "INSERT INTO breachUndo (breachId, kind, tableName, row) VALUES (?, 'removed', ?, ?)",
                    [breachId, table.rawValue, String(decoding: try JSONEncoder().encode(snapshot), as: UTF8.self)])
            }
        }
        for entry in entries.sorted(by: { ($0.id ?? 0) < ($1.id ?? 0) }) {
            let before = fields(entry.before)
            let after = fields(entry.after)
            switch entry.action {
            case .periodMarkSet, .periodMarkChangedByNote:
                guard first("periodMark \(entry.entityId)") else { break }
                if let value = before?["value"] {
                    try db.execute("UPDATE periodMark SET value = ? WHERE id = ?", [value, entry.entityId])
                } else {
                    try remove(.explanatoryNote, where: "periodMarkId = ?", [entry.entityId])
                    try remove(.periodMark, where: "id = ?", [entry.entityId])
                }
            case .keyAdded:
                try remove(.accountKey, where: "id = ?", [entry.entityId])
            case .riskWatchAdded:
                try remove(.riskWatch, where: "id = ?", [entry.entityId])
            case .riskWatchRemoved where first("riskWatch \(entry.entityId)"):
                try db.execute("UPDATE riskWatch SET removedAt = NULL, removedBy = NULL WHERE id = ?", [entry.entityId])
            case .consentRecorded where first("consent \(entry.entityId)"):
                try remove(.familyConsent, where: "studentId = ?", [entry.entityId])
                if let before {
                    try db.execute(
                        """
                        INSERT INTO familyConsent (studentId, consentOn, access, accessOn, recordedBy, recordedAt)
                        VALUES (?, ?, ?, ?, ?, ?)
                        """,
                        [
                            entry.entityId, before["date"], before["status"], before["status"] == nil ? nil : before["date"],
                            entry.accountId, now,
                        ])
                }
            case .messageSent:
                try remove(.finalAcknowledgement, where: "messageId = ?", [entry.entityId])
                try remove(.messageRecipient, where: "messageId = ?", [entry.entityId])
                try remove(.message, where: "id = ?", [entry.entityId])
            case .markAdded:
                try db.execute("UPDATE mark SET voidedAt = ? WHERE id = ? AND voidedAt IS NULL", [now, entry.entityId])
                voided += db.changedRows
            case .markCorrected where first("mark \(entry.entityId)"):
                if let value = before?["value"] {
                    try db.execute("UPDATE mark SET value = ? WHERE id = ?", [value, entry.entityId])
                }
            case .attendanceSet where first("attendance \(entry.entityId) \(entry.studentId ?? 0)"):
                if let status = before?["status"] {
                    try db.execute(
                        "UPDATE attendance SET status = ? WHERE lessonId = ? AND studentId = ?",
                        [status, entry.entityId, entry.studentId])
                } else {
                    try db.execute(
                        "DELETE FROM attendance WHERE lessonId = ? AND studentId = ?", [entry.entityId, entry.studentId])
                }
            case .attendanceReason where first("reason \(entry.entityId) \(entry.studentId ?? 0)"):
                try db.execute(
                    "UPDATE attendance SET reason = ?, reasonNote = ? WHERE lessonId = ? AND studentId = ?",
                    [before?["reason"], before?["note"], entry.entityId, entry.studentId])
            case .lessonChanged where after?["topic"] != nil && first("topic \(entry.entityId)"):
                try db.execute(
                    "UPDATE lesson SET topic = ?, kind = COALESCE(?, kind) WHERE id = ?",
                    [before?["topic"], before?["kind"], entry.entityId])
            case .homeworkSet where first("homework \(entry.entityId)"):
                try db.execute("UPDATE lesson SET homework = ? WHERE id = ?", [before?["homework"], entry.entityId])
            default:
                // A lesson created, cancelled or moved, a period mark, a substitution: marked invalid in the audit log.
                break
            }
        }
        return voided
    }

    /// Applies `entries` again (a withdrawn report, oldest first): each record takes the value
    /// its latest entry gave it; a voided mark counts again.
    static func redo(_ db: StoreTransaction, _ entries: [AuditEntry], breachId: Int64) throws {
        // What was taken out whole goes back, parents before the rows that name them.
        let kept = try db.rows("SELECT kind, tableName, row FROM breachUndo WHERE breachId = ? ORDER BY id DESC", [breachId])
        for row in kept {
            let text: String = try row["row"]
            let kind: String = try row["kind"]
            switch kind {
            case "removed":
                guard let table = UndoTable(rawValue: try row["tableName"]) else { continue }
                try JSONDecoder().decode(RowSnapshot.self, from: Data(text.utf8)).restore(db, into: table)
            default:
                let parts = text.split(separator: " ").map(String.init)
                guard parts.count == 2, let id = Int64(parts[0]) else { continue }
                try db.execute(
                    "UPDATE account SET state = ?, lockReason = NULL WHERE id = ? AND lockReason = 'breach'",
                    [parts[1], id])
            }
        }
        try db.execute("DELETE FROM breachUndo WHERE breachId = ?", [breachId])
        for entry in entries.sorted(by: { ($0.id ?? 0) < ($1.id ?? 0) }) {
            let after = fields(entry.after)
            switch entry.action {
            case .periodMarkSet, .periodMarkChangedByNote:
                if let value = after?["value"] {
                    try db.execute("UPDATE periodMark SET value = ? WHERE id = ?", [value, entry.entityId])
                }
            case .riskWatchRemoved:
                try db.execute(
                    "UPDATE riskWatch SET removedAt = ?, removedBy = ? WHERE id = ? AND removedAt IS NULL",
                    [Date(timeIntervalSince1970: TimeInterval(entry.at) / 1000), entry.accountId, entry.entityId])
            case .markAdded:
                try db.execute("UPDATE mark SET voidedAt = NULL WHERE id = ?", [entry.entityId])
            case .markCorrected:
                if let value = after?["value"] {
                    try db.execute("UPDATE mark SET value = ? WHERE id = ?", [value, entry.entityId])
                }
            case .attendanceSet:
                if let status = after?["status"] {
                    // The undo removed an entry that had no earlier state: it comes back as entered.
                    try db.execute(
                        """
                        INSERT INTO attendance (lessonId, studentId, status, enteredBy, enteredAt) VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT(lessonId, studentId) DO UPDATE SET status = excluded.status
                        """,
                        [
                            entry.entityId, entry.studentId, status, entry.accountId,
                            Date(timeIntervalSince1970: TimeInterval(entry.at) / 1000),
                        ])
                }
            case .attendanceReason:
                try db.execute(
                    "UPDATE attendance SET reason = ?, reasonNote = ? WHERE lessonId = ? AND studentId = ?",
                    [after?["reason"], after?["note"], entry.entityId, entry.studentId])
            case .lessonChanged where after?["topic"] != nil:
                try db.execute(
                    "UPDATE lesson SET topic = ?, kind = COALESCE(?, kind) WHERE id = ?",
                    [after?["topic"], after?["kind"], entry.entityId])
            case .homeworkSet:
                try db.execute("UPDATE lesson SET homework = ? WHERE id = ?", [after?["homework"], entry.entityId])
            default:
                break
            }
        }
    }

    /// Locks every account whose credentials `accountId` issued from `since` on: what the intruder
    /// handed out no longer logs in (H-CRED-3). Returns how many.
    static func lockIssued(_ db: StoreTransaction, by accountId: Int64, since: Date, breachId: Int64) throws -> Int {
        let issued = try db.rows(
            """
            SELECT a.id, a.state FROM credentialSlip s JOIN account a ON a.id = s.accountId
            WHERE s.issuedBy = ? AND s.issuedAt >= ? AND s.accountId <> ? AND a.lockReason IS NULL
            """, [accountId, since, accountId])
        for account in issued {
            let id: Int64 = try account["id"]
            let state: String = try account["state"]
            try db.execute(
                "UPDATE account SET state = 'locked', lockReason = 'breach', sessionEpoch = sessionEpoch + 1 WHERE id = ?",
                [id])
            // The account and the state it goes back to on a withdrawal.
            try db.execute(
                "INSERT INTO breachUndo (breachId, kind, tableName, row) VALUES (?, 'locked', 'account', ?)",
                [breachId, "\(id) \(state)"])
        }
        return issued.count
    }

    static func fields(_ text: String?) -> [String: String]? {
        guard let data = text?.data(using: .utf8) else { return nil }
        return try? JSONSerialization.jsonObject(with: data) as? [String: String]
    }
}

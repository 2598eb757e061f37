import Foundation
import JournalCore

/// The words of an audit entry's details that no field label names.
enum AuditKey: String, CaseIterable {
    case late, cancelled, voidFrom, breach, through, user, absent, substitute
}

/// An audit entry as a deputy director reads it: the action in words, the time in the school's
/// zone, and what was before and after as «отметка: 4, вид работы: контрольная».
struct AuditWords {
    let texts: Texts
    let zone: TimeZone

    func time(_ milliseconds: Int64) -> Cell {
        .moment(Date(timeIntervalSince1970: Double(milliseconds) / 1000), zone)
    }

    /// What was before and after, «отметка: 4 → отметка: 5»; JSON keeps both details objects.
    func change(_ entry: AuditEntry) -> Cell {
        let worded = [entry.before, entry.after].compactMap { $0.map(detail) }.joined(separator: " → ")
        return Cell.object([(.before, entry.before.map(details) ?? .empty), (.after, entry.after.map(details) ?? .empty)])
            .shown(worded)
    }

    /// Stored details under their own keys, or the text itself when it is no such object.
    private func details(_ json: String) -> Cell {
        guard let object = pairs(json) else { return .text(json) }
        return .details(object.sorted { $0.key < $1.key }.map { (key: $0.key, value: $0.value) }, words: detail(json))
    }

    private func pairs(_ json: String) -> [String: String]? {
        guard let data = json.data(using: .utf8) else { return nil }
        return (try? JSONSerialization.jsonObject(with: data)) as? [String: String]
    }

    /// A details object (`{"value":"4","work":"test"}`) in words; text that is no such object as it is.
    func detail(_ json: String) -> String {
        guard let object = pairs(json) else { return json }
        let order = ["value", "work", "status", "reason", "date", "start", "topic", "kind", "homework"]
        let keys = object.keys.sorted { (order.firstIndex(of: $0) ?? order.count, $0) < (order.firstIndex(of: $1) ?? order.count, $1) }
        return keys.map { key in
            let value = object[key] ?? ""
            return "\(name(key)): \(word(key, value))"
        }.joined(separator: ", ")
    }

    private func name(_ key: String) -> String {
        if let own = AuditKey(rawValue: key) { return texts.auditKey(own) }
        let label: Label? =
            switch key {
            case "value": .mark
            case "work": .workKind
            case "status": .status
            case "reason": .reason
            case "note": .note
            case "date": .date
            case "start": .time
            case "topic": .topic
            case "kind": .kind
            case "homework": .homework
            case "document": .document
            case "period": .period
            case "from": .fromDate
            case "to": .toDate
            case "role": .role
            case "login": .login
            case "fingerprint": .fingerprint
            case "studentId": .student
            case "lessonId": .lesson
            case "personId": .person
            default: nil
            }
        return label.map { texts.label($0).lowercased() } ?? key
    }

    private func word(_ key: String, _ value: String) -> String {
        switch key {
        case "work": WorkKind(rawValue: value).map(texts.workKind) ?? value
        case "status": AttendanceStatus(rawValue: value).map(texts.attendance) ?? value
        case "reason": AbsenceReason(rawValue: value).map(texts.absence) ?? value
        case "kind": LessonKind(rawValue: value).map(texts.lessonKind) ?? value
        case "role": Role(rawValue: value).map(texts.role) ?? value
        case "date", "from", "to": LocalDate(parsing: value).map(texts.date) ?? value
        case "voidFrom": ISO8601DateFormatter().date(from: value).map { texts.moment($0, in: zone) } ?? value
        case "period" where value == "year": texts.word(.year)
        case "through" where value == "database file": texts.databaseFile
        case _ where value == "yes": texts.yesNo(true)
        case _ where value == "no": texts.yesNo(false)
        default: value
        }
    }
}

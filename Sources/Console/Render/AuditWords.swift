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

    func time(_ milliseconds: Int64) -> String {
        texts.moment(Date(timeIntervalSince1970: Double(milliseconds) / 1000), in: zone)
    }

    func change(_ entry: AuditEntry) -> String {
        [entry.before, entry.after].compactMap { $0.map(detail) }.joined(separator: " → ")
    }

    /// A details object (`{"value":"4","work":"test"}`) in words; text that is no such object as it is.
    func detail(_ json: String) -> String {
        guard let data = json.data(using: .utf8),
            let object = (try? JSONSerialization.jsonObject(with: data)) as? [String: String]
        else { return json }
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
        case "period" where value == "year": texts.language == .ru ? "год" : "year"
        case "through" where value == "database file": texts.databaseFile
        case _ where value == "yes": texts.language == .ru ? "да" : "yes"
        case _ where value == "no": texts.language == .ru ? "нет" : "no"
        default: value
        }
    }
}

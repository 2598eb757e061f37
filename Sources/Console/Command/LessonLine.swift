import HelpDesk
import JournalCore

/// A whole lesson typed on one line (J-LESSON-1): `Ильин н; Гусева 5 кр; Петров 4; все` — each
/// part a pupil's name, then the attendance code and the marks, each mark with its kind of work
/// after it; «все» (or «все присутствуют») marks every other pupil present.
struct LessonLine: Equatable {
    struct Part: Equatable {
        var name: String
        var attendance: AttendanceStatus?
        var marks: [Mark]
    }

    struct Mark: Equatable {
        var value: MarkValue
        var work: WorkKind
    }

    var parts: [Part] = []
    var othersPresent = false

    static let everyoneWords: Set<String> = ["все", "всё", "все присутствуют", "всё присутствуют", "all", "all present", "everyone"]

    init(parsing text: String) throws {
        let pieces = text.split(whereSeparator: { $0 == ";" || $0 == "\n" }).map { $0.trimmingCharacters(in: .whitespaces) }
        for piece in pieces where !piece.isEmpty {
            if Self.everyoneWords.contains(piece.lowercased()) {
                othersPresent = true
                continue
            }
            parts.append(try Self.part(piece))
        }
        if parts.isEmpty && !othersPresent { throw InputError(.student, .missing) }
    }

    /// `Гусева Анна 5 кр 4`: the name up to the first code, then the codes.
    private static func part(_ piece: String) throws -> Part {
        let words = piece.split(separator: " ").map(String.init)
        var name: [String] = []
        var part = Part(name: "", attendance: nil, marks: [])
        var pendingWork: WorkKind?
        for word in words {
            if let raw = ChoiceSet.attendance.exact(word), name.count > 0, let status = AttendanceStatus(rawValue: raw) {
                part.attendance = status
            } else if name.count > 0, let value = MarkValue(typed: word) {
                part.marks.append(Mark(value: value, work: pendingWork ?? .answer))
                pendingWork = nil
            } else if name.count > 0, let raw = ChoiceSet.workKind.exact(word), let work = WorkKind(rawValue: raw) {
                // After a mark it names that mark's work; before one, the next mark's.
                if let last = part.marks.indices.last, part.marks[last].work == .answer, pendingWork == nil {
                    part.marks[last].work = work
                } else {
                    pendingWork = work
                }
            } else if part.attendance == nil && part.marks.isEmpty && pendingWork == nil {
                name.append(word)
            } else {
                throw InputError(.mark, .unknown(word))
            }
        }
        guard !name.isEmpty else { throw InputError(.student, .missing) }
        part.name = name.joined(separator: " ")
        return part
    }
}

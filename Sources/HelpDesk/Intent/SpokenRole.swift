import Foundation
import JournalCore

/// Who the sentence says is asking, and the class it names: «я мама ученика 5А», «я учитель»,
/// «классный руководитель 7Б», «у ребёнка не видно оценок», "I'm a parent", "my son".
enum SpokenRole {
    /// Words that say the speaker is a guardian wherever they stand.
    static let guardianWords = [
        "мама", "мать", "папа", "отец", "родитель", "родительница", "бабушка", "дедушка", "опекун", "ребенка", "ребенок", "ребенку",
        "сын", "сына", "сыну", "дочь", "дочери", "дочка", "дочки", "внук", "внука", "внуку", "внучка", "внучки", "внучке", "mother", "mom",
        "mum", "father", "dad", "parent", "guardian",
        "son", "daughter", "child", "kid",
    ]
    /// Words that name a role when the speaker says it is theirs («я …», "I am …") or opens with it.
    static let ownWords: [(String, Role)] = [
        ("ученик", .student), ("ученица", .student), ("школьник", .student), ("школьница", .student), ("student", .student),
        ("pupil", .student), ("учитель", .subjectTeacher), ("учительница", .subjectTeacher), ("преподаватель", .subjectTeacher),
        ("педагог", .subjectTeacher), ("teacher", .subjectTeacher), ("завуч", .deputyAcademic), ("замдиректора", .deputyAcademic),
        ("директор", .director), ("principal", .director), ("методист", .methodologist),
    ]
    static let selfWords: Set<String> = ["я", "i", "am", "im", "i'm"]

    /// `names`: the indices of words typed with a capital, for a signature («завуч Иванова Н.С.»).
    static func read(_ words: [String], names: Set<Int> = []) -> (role: Role?, className: String?, used: Set<Int>) {
        var role: Role?
        var className: String?
        var used = Set<Int>()
        for (index, word) in words.enumerated() {
            if className == nil, let name = schoolClass(word) {
                className = name
                used.insert(index)
                if index > 0, ["класс", "класса", "классе", "class", "grade"].contains(words[index - 1]) { used.insert(index - 1) }
                if words.indices.contains(index + 1), words[index + 1].hasPrefix("класс") { used.insert(index + 1) }
                continue
            }
            // «классный руководитель», «кл. рук.», "class teacher".
            if ["классный", "классная", "классрук", "кл", "class", "form"].contains(word), index + 1 < words.count || word == "классрук" {
                let next = word == "классрук" ? "руководитель" : words[index + 1]
                // «я классная 8А»: the class teacher, by the class that follows.
                let ofClass = word == "классная" && schoolClass(next) != nil
                if next.hasPrefix("руковод") || next == "рук" || next == "teacher" || next == "tutor" || ofClass {
                    role = .classTeacher
                    used.formUnion([index] + (ofClass ? [] : [index + 1]).filter(words.indices.contains))
                    continue
                }
            }
            if word.hasPrefix("заместител"), words.indices.contains(index + 1), words[index + 1].hasPrefix("директор") {
                role = role ?? .deputyAcademic
                used.formUnion([index, index + 1])
                continue
            }
            // «я администратор журнала», «я админ эж».
            if word.hasPrefix("администратор") || word.hasPrefix("админ"), words.indices.contains(index + 1),
                words[index + 1].hasPrefix("журнал") || ["эж", "эд"].contains(words[index + 1]), saidOfSelf(words, before: index)
            {
                role = .journalAdmin
                used.formUnion([index, index + 1])
                continue
            }
            if guardianWords.contains(word) {
                if role == nil || role == .student { role = .guardian }
                used.insert(index)
                continue
            }
            if let own = ownWords.first(where: { word == $0.0 })?.1, role == nil || role == .subjectTeacher {
                if (saidOfSelf(words, before: index) && !(used.contains(index - 1))) || signed(words, at: index, names: names) {
                    role = own
                    used.insert(index)
                }
            }
        }
        return (role, className, used)
    }

    /// Whether the word at `index` opens the sentence or follows «я», "I am" closely.
    static func saidOfSelf(_ words: [String], before index: Int) -> Bool {
        index == 0 || words[max(0, index - 3)..<index].contains(where: selfWords.contains)
    }

    /// Whether the word at `index` is part of a signature: among the last four words, beside a name
    /// («Сергей Петрович, учитель физики», «завуч Иванова Н.С.»).
    static func signed(_ words: [String], at index: Int, names: Set<Int>) -> Bool {
        index >= words.count - 4 && (names.contains(index - 1) || names.contains(index + 1))
    }

    /// «5А», «5-а», «11б», "7b": the class as the journal names it.
    static func schoolClass(_ word: String) -> String? {
        let compact = word.replacingOccurrences(of: "-", with: "")
        guard let letter = compact.last, letter.isLetter, compact.count >= 2, compact.count <= 3,
            let grade = Int(compact.dropLast()), (1...11).contains(grade)
        else { return nil }
        return "\(grade)\(String(letter).uppercased())"
    }
}

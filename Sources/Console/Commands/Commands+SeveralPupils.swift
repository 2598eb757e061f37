import JournalCore

extension Commands {
    /// The pupils a journal command names: the first as the pupil field, the others as plain
    /// words after it, each found among those who attend the lesson.
    static func severalPupils(_ session: Session, _ arguments: Arguments) throws -> [Int64] {
        let first = try arguments.value(Arg.lessonStudent).id
        guard let more = arguments[Arg.morePupils] else { return [first] }
        let lessonId = try arguments.value(Arg.lesson)
        let caller = try session.requireCaller()
        var pupils = [first]
        for name in more.components(separatedBy: Arg.pupilSeparator) where !name.isEmpty {
            let id = try session.journal.findPerson(caller, name, role: .student, field: .student, inLesson: lessonId).person.savedId
            if !pupils.contains(id) { pupils.append(id) }
        }
        return pupils
    }
}

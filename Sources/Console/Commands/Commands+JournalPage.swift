import JournalCore

extension Commands {
    /// The paper journal's page, and the teacher's day.
    static let pages: [CommandSpec] = [
        CommandSpec(
            .journalPage, .journal, nouns: ["journal", "журнал"],
            fields: [
                Arg.schoolClass, Arg.subject, Arg.period.optional,
                Arg.subgroup.optional,
            ],
            example: "journal 5А Математика --period 1"
        ) { session, arguments in
            let caller = try session.requireCaller()
            let classId = try arguments.value(Arg.schoolClass).id
            let (from, to) = try session.journal.periodSpan(caller, classId: classId, periodNumber: arguments[Arg.period])
            let subgroupId = try arguments[Arg.subgroup].map {
                try session.journal.findSubgroup(caller, classId: classId, named: $0).id!
            }
            let page = try session.journal.journalPage(
                caller, classId: classId, subjectId: try arguments.value(Arg.subject).id, from: from, to: to,
                subgroupId: subgroupId)
            return .text(JournalPageRenderer(texts: session.texts).render(page))
        },
        CommandSpec(.today, .journal, nouns: ["today", "сегодня"]) { session, _ in
            lessonTable(try session.journal.lessons(session.requireCaller()), session.texts)
        },
    ]
}

/// Draws a journal page as the paper journal has it.
struct JournalPageRenderer {
    let texts: Texts

    func render(_ page: JournalPage) -> String {
        guard !page.lessons.isEmpty else { return texts(.nothingFound) }
        let header = [texts.label(.fullName)] + page.lessons.map { String(format: "%02d.%02d", $0.date.day, $0.date.month) }
        let rows = zip(page.students, page.cells).map { student, cells in
            [student.fullName] + cells.map(cellText)
        }
        var text = Renderer(texts: texts).table(header, rows)
        text += "\n"
        for lesson in page.lessons {
            let homework = lesson.homework.map { " — \(texts.label(.homework)): \($0)" } ?? ""
            text += "\(texts.date(lesson.date))  \(lesson.topic ?? "—")\(homework)\n"
        }
        return text
    }

    /// «н» absent, «о» late (as the paper journal writes them), then the marks.
    private func cellText(_ cell: JournalPage.Cell) -> String {
        let absence: String? =
            switch cell.attendance {
            case .absent?: texts.language == .ru ? "н" : "a"
            case .late?: texts.language == .ru ? "о" : "l"
            default: nil
            }
        return ([absence].compactMap { $0 } + cell.marks.map(\.rawValue)).joined(separator: " ")
    }
}

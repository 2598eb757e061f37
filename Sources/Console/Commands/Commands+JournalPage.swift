import HelpDesk
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
            example: "journal 5А Математика --period 1", result: JournalPageRenderer.dataShape
        ) { session, arguments in
            let caller = try session.requireCaller()
            let classId = try arguments.value(Arg.schoolClass).id
            let (from, to) = try session.journal.periodSpan(caller, classId: classId, periodNumber: arguments[Arg.period])
            let subgroupId = try arguments[Arg.subgroup].map {
                try session.journal.findSubgroup(caller, classId: classId, named: $0).savedId
            }
            let page = try session.journal.journalPage(
                caller, classId: classId, subjectId: try arguments.value(Arg.subject).id, from: from, to: to,
                subgroupId: subgroupId)
            let renderer = JournalPageRenderer(texts: session.texts, width: session.io.columns)
            return .shown(session.json ? "" : renderer.render(page), data: renderer.data(page))
        },
        CommandSpec(
            .today, .journal, nouns: ["today", "сегодня"],
            // A staff member's lessons, or a pupil's or a parent's diary of the day: the other part empty.
            result: .sections([SectionShape(.lessons, .table(lessonFields)), SectionShape(.diary, .table(diaryFields))])
        ) { session, _ in
            let caller = try session.requireCaller()
            // A day without lessons (a Sunday, a holiday) is said so, by its weekday and date.
            let now = session.journal.clock.now
            let day = LocalDate(now, in: session.zone)
            let named = session.texts.day(day)
            // The day's table on screen, or a sentence when there is none; in JSON under its label.
            func part(_ label: Label, _ table: Output, empty: Bool, _ none: Message) -> [Output] {
                let data = Output.sections([(label, table)])
                return empty ? [.message(none), .screen(.none, data: data)] : [.screen(table, data: data)]
            }
            var parts: [Output]
            if caller.roles.contains(where: \.isStaff) {
                let lessons = try session.journal.lessons(caller)
                parts = part(.lessons, lessonTable(lessons, session.texts), empty: lessons.isEmpty, .report(.noLessonsToday(day: named)))
            } else {
                // A pupil's or a parent's day is the diary's: the child's lessons, topics, homework and marks.
                let lines = try session.journal.diary(caller, studentId: try ownStudent(session, caller), from: day, to: day)
                parts = part(.diary, diaryTable(lines, session.texts), empty: lines.isEmpty, .report(.noDiaryLessonsToday(day: named)))
            }
            // The class teacher's daily look at the risk group (J-REP-4).
            if caller.has(.classTeacher) {
                let year = try session.journal.year(caller, named: nil)
                for row in try session.journal.classes(caller, yearId: year.savedId) where row.schoolClass.classTeacherId == caller.personId
                {
                    let group = try session.journal.riskGroup(caller, classId: row.schoolClass.savedId)
                    if !group.isEmpty { parts.append(.message(.report(.riskToday(schoolClass: row.schoolClass.name, count: group.count)))) }
                }
            }
            // The requester's answers still to rate (issue 14, part 4).
            let toRate = try session.desk.ticketsToRate(caller).compactMap(\.id)
            if !toRate.isEmpty { parts.append(.message(.ticket(.toRate(toRate)))) }
            return .lines(parts)
        },
    ]
}

/// Draws a journal page as the paper journal has it; on a narrow screen the dates are split
/// into several tables, each with the pupils' names.
struct JournalPageRenderer {
    let texts: Texts
    var width: Int? = nil

    func render(_ page: JournalPage) -> String {
        let heading = page.heading
        let title = texts(
            .report(
                .journalTitle(
                    schoolClass: heading.className, subject: heading.subjectName, period: heading.periodNumber,
                    kind: heading.periodKind, from: texts.date(heading.from), to: texts.date(heading.to))))
        guard !page.lessons.isEmpty else { return title + "\n" + texts(.nothingFound) }
        var dates = page.lessons.map { String(format: "%02d.%02d", $0.date.day, $0.date.month) }
        var cells = page.cells.map { $0.map(cellText) }
        // The paper journal's last column: the period's mark.
        if let marks = page.periodMarks, let number = heading.periodNumber {
            dates.append(texts(.report(.periodColumn(number, heading.periodKind))))
            cells = zip(cells, marks).map { row, mark in row + [mark?.rawValue ?? ""] }
        }
        let names = page.students.map(\.fullName)
        let nameWidth = ([texts.label(.fullName)] + names).map(TextWidth.of).max() ?? 0
        let columnWidths = dates.indices.map { column in
            ([dates[column]] + cells.map { $0[column] }).map(TextWidth.of).max() ?? 0
        }
        let renderer = Renderer(texts: texts)
        var text = Self.pages(columnWidths, room: width.map { $0 - nameWidth - TableLayout.gap }).map { columns in
            let rows = zip(names, cells).map { name, row in [name] + columns.map { row[$0] } }
            return renderer.table([texts.label(.fullName)] + columns.map { dates[$0] }, rows, counted: false)
        }.joined(separator: "\n")
        text = TextWrap.lines(title, width: width ?? Int.max).joined(separator: "\n") + "\n" + text + "\n"
        for lesson in page.lessons {
            let homework = lesson.homework.map { " — \(texts.label(.homework)): \($0)" } ?? ""
            let day = texts.date(lesson.date) + "  "
            let indent = String(repeating: " ", count: TextWidth.of(day))
            let lines = TextWrap.lines(
                "\(lesson.topic ?? "—")\(homework)", width: width.map { $0 - indent.count } ?? Int.max)
            text += day + lines.joined(separator: "\n" + indent) + "\n"
        }
        text += commentLines(page)
        return text
    }

    /// What the teachers wrote to marks (J-DIARY-1), one line each: the date, the pupil, the words.
    func commentLines(_ page: JournalPage) -> String {
        var text = ""
        for (student, row) in zip(page.students, page.cells) {
            for (lesson, cell) in zip(page.lessons, row) {
                for comment in cell.comments {
                    text += "\(texts.date(lesson.date))  \(student.fullName): \(comment)\n"
                }
            }
        }
        return text.isEmpty ? "" : "\n\(texts.label(.comment)):\n" + text
    }

    /// The shape of `data`.
    static let dataShape = ResultShape.sections([
        SectionShape(
            .lessons, .table([.number(.lesson), .date(.date), .value(.time, .span), .text(.topic).optional, .text(.homework).optional])),
        SectionShape(.roster, .table([.text(.fullName), .text(.periodMark).optional])),
        SectionShape(
            .entries,
            .table([
                .text(.student), .number(.lesson), .code(.status, AttendanceStatus.self).optional, .list(.mark, of: .codes(MarkValue.self)),
                .list(.comment, of: .text),
            ])),
    ])

    /// The page as data: its lessons, and each pupil's absences and marks lesson by lesson.
    func data(_ page: JournalPage) -> Output {
        let lessons = page.lessons.map { lesson -> [Cell] in
            [Cell(lesson.id), .date(lesson.date), .span(lesson.startTime, lesson.endTime), Cell(lesson.topic), Cell(lesson.homework)]
        }
        var entries: [[Cell]] = []
        for (student, row) in zip(page.students, page.cells) {
            for (lesson, cell) in zip(page.lessons, row) where cell.attendance != nil || !cell.marks.isEmpty {
                entries.append([
                    .text(student.fullName), Cell(lesson.id), .choice(cell.attendance, texts.attendance),
                    .list(cell.marks.map { .code($0.rawValue, word: $0.rawValue) }), .list(cell.comments.map(Cell.text)),
                ])
            }
        }
        return .sections([
            (.lessons, .table(columns: [.lesson, .date, .time, .topic, .homework], rows: lessons)),
            (
                .roster,
                .table(
                    columns: [.fullName, .periodMark],
                    rows: page.students.indices.map { index in
                        [.text(page.students[index].fullName), Cell(page.periodMarks?[index]?.rawValue)]
                    })
            ),
            (.entries, .table(columns: [.student, .lesson, .status, .mark, .comment], rows: entries)),
        ])
    }

    /// The lesson columns in runs that fit `room` columns beside the names; all in one without a width.
    static func pages(_ widths: [Int], room: Int?) -> [[Int]] {
        guard let room else { return [Array(widths.indices)] }
        var pages: [[Int]] = [[]]
        var used = 0
        for (column, width) in widths.enumerated() {
            if !pages[pages.count - 1].isEmpty && used + width + TableLayout.gap > room {
                pages.append([])
                used = 0
            }
            pages[pages.count - 1].append(column)
            used += width + TableLayout.gap
        }
        return pages
    }

    /// «н» absent, «о» late (as the paper journal writes them), then the marks.
    func cellText(_ cell: JournalPage.Cell) -> String {
        let absence: String? =
            switch cell.attendance {
            case .absent?: texts.word(.absentLetter)
            case .late?: texts.word(.lateLetter)
            default: nil
            }
        return ([absence].compactMap { $0 } + cell.marks.map(\.rawValue)).joined(separator: " ")
    }
}

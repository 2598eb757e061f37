import JournalCore

/// Monitoring (J-REP-2) as tables and charts: by teacher and by class, with the shares as
/// percentages and the counts beside them.
struct MonitoringReport {
    let monitoring: Monitoring
    let texts: Texts

    static let figureColumns: [Label] = [
        .lessons, .withTopic, .sameDay, .withHomework, .homeworkLate, .marks, .marksOnTime, .withoutMarks, .withOneMark, .planCovered,
        .replaced, .cancelled,
    ]
    static let teacherColumns: [Label] = [.teacher] + figureColumns
    static let classColumns: [Label] = [.schoolClass] + figureColumns + [.pupilsVisited, .guardiansVisited]

    /// The shapes of the two tables: `figures` in JSON, each share null where there is nothing to share.
    static let figureFields: [FieldShape] = [
        .number(.lessons), .decimal(.withTopic).optional, .decimal(.sameDay).optional, .decimal(.withHomework).optional,
        .number(.homeworkLate), .number(.marks), .decimal(.marksOnTime).optional, .decimal(.withoutMarks).optional,
        .decimal(.withOneMark).optional, .decimal(.planCovered).optional, .number(.replaced), .number(.cancelled),
    ]
    static let teacherFields: [FieldShape] = [.text(.teacher)] + figureFields
    static let classFields: [FieldShape] =
        [.text(.schoolClass)] + figureFields + [.decimal(.pupilsVisited).optional, .decimal(.guardiansVisited).optional]

    static func percent(_ value: Double?) -> Cell { value.map { .decimal($0, digits: 1) } ?? .empty }

    func figures(_ figures: MonitoringFigures) -> [Cell] {
        [Cell(figures.lessons), Self.percent(figures.topicPercent), Self.percent(figures.sameDayPercent)]
            + [Self.percent(figures.homeworkPercent), Cell(figures.homeworkLate)]
            + [Cell(figures.marks), Self.percent(figures.marksOnTimePercent), Self.percent(figures.withoutMarksPercent)]
            + [Self.percent(figures.withOneMarkPercent), Self.percent(figures.coveredPercent), Cell(figures.replaced)]
            + [Cell(figures.cancelled)]
    }

    var teacherRows: [[Cell]] { monitoring.byTeacher.map { [.text($0.name)] + figures($0.figures) } }

    var classRows: [[Cell]] {
        monitoring.byClass.map { line in
            [.text(line.name)] + figures(line.figures)
                + [
                    Self.percent(MonitoringFigures.percent(line.pupilsVisited, of: line.pupils)),
                    Self.percent(MonitoringFigures.percent(line.guardiansVisited, of: line.pupils)),
                ]
        }
    }

    var tables: [ReportTable] {
        [
            ReportTable(name: texts(.report(.byTeacher)), header: Self.teacherColumns.map(texts.label), rows: teacherRows),
            ReportTable(name: texts(.report(.byClass)), header: Self.classColumns.map(texts.label), rows: classRows),
        ]
    }

    /// The shares a director reads at a glance: topics and marks on time by teacher, guardians
    /// in the journal by class.
    var charts: [ReportChart] {
        let teachers = monitoring.byTeacher.filter { $0.figures.lessons > 0 }
        return [
            ReportChart(
                title: texts(.report(.chartTopics)), bars: teachers.map { ($0.name, $0.figures.topicPercent ?? 0) }),
            ReportChart(
                title: texts(.report(.chartMarksOnTime)),
                bars: teachers.filter { $0.figures.marks > 0 }.map { ($0.name, $0.figures.marksOnTimePercent ?? 0) }),
            ReportChart(
                title: texts(.report(.chartGuardians)),
                bars: monitoring.byClass.filter { $0.pupils > 0 }.map {
                    ($0.name, MonitoringFigures.percent($0.guardiansVisited, of: $0.pupils) ?? 0)
                }),
        ]
    }
}

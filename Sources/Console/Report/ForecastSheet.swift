import JournalCore

/// The forecast of a class's period marks (J-DIARY-3): pupils down, subjects across, each cell
/// the mark the weighted average rounds to; and the letters that tell families and the deputy.
struct ForecastSheet {
    let forecast: ClassForecast
    let texts: Texts

    var header: [String] { [texts.label(.fullName)] + forecast.subjects.map(\.name) }

    var rows: [[Cell]] {
        get throws {
            try forecast.students.map { student in
                try [.text(student.fullName)]
                    + forecast.subjects.map { subject in
                        guard let suggestion = try forecast.suggestion(student, subject), let mark = suggestion.suggested,
                            let average = suggestion.average
                        else { return .empty }
                        return .shown(
                            "\(mark.rawValue) (\(texts.decimal(average, digits: 2)))",
                            data: mark.points.map { Cell.number(Int64($0)) } ?? .empty)
                    }
            }
        }
    }

    /// The shape of `data`: no forecast and no average where no mark counts yet.
    static let dataShape = ResultShape.table([
        .text(.student), .text(.subject), .code(.forecast, MarkValue.self).optional, .decimal(.average).optional, .number(.counted),
    ])

    /// As JSON: one row a pupil and subject with the forecast, the average and the marks counted.
    var data: Output {
        get throws {
            .table(
                columns: [.student, .subject, .forecast, .average, .counted],
                rows: try forecast.students.flatMap { student in
                    try forecast.subjects.compactMap { subject in
                        try forecast.suggestion(student, subject).map { suggestion in
                            [
                                .text(student.fullName), .text(subject.name), Cell(suggestion.suggested?.rawValue),
                                suggestion.average.map { .decimal($0, digits: 2) } ?? .empty, Cell(suggestion.counted.count),
                            ]
                        }
                    }
                })
        }
    }

    /// One family's letter: their child's forecast, subject by subject, with what it rests on.
    func letter(_ letter: ForecastLetter) throws -> WordedMessage {
        let lines = try forecast.subjects.map { subject in
            guard let suggestion = try forecast.suggestion(letter.student, subject), let mark = suggestion.suggested,
                let average = suggestion.average
            else { return texts(.report(.forecastNoMarks(subject.name))) }
            return texts(
                .report(
                    .forecastLine(
                        subject: subject.name, mark: mark.rawValue, average: texts.decimal(average, digits: 2),
                        counted: suggestion.counted.count)))
        }
        return (
            texts(.report(.forecastFamilySubject(period: forecast.period.number))),
            texts(
                .report(
                    .forecastFamilyText(
                        student: letter.student.fullName, period: forecast.period.number, end: forecast.period.endDate.dotted, lines: lines)
                ))
        )
    }

    /// The deputy's preliminary report: the pupils whose forecast is a 2 or who have no marks in
    /// a subject, and the class's absences.
    func preliminary(_ report: PreliminaryReport) throws -> WordedMessage {
        let atRisk = try report.forecast.students.compactMap { student -> String? in
            let weak = try report.forecast.subjects.filter { subject in
                let suggestion = try report.forecast.suggestion(student, subject)
                return suggestion?.suggested == nil || suggestion?.suggested == .two
            }
            return weak.isEmpty ? nil : "\(student.fullName): " + weak.map(\.name).joined(separator: ", ")
        }
        let total = report.attendance.total
        return (
            texts(.report(.preliminarySubject(schoolClass: report.forecast.schoolClass.name, period: report.forecast.period.number))),
            texts(
                .report(
                    .preliminaryText(
                        schoolClass: report.forecast.schoolClass.name, period: report.forecast.period.number,
                        pupils: report.forecast.students.count, atRisk: atRisk, missed: total.missed, unexcused: total.unexcused)))
        )
    }
}

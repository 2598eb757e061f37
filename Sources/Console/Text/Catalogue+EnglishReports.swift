import JournalCore

/// The school's reports in English.
extension EnglishCatalogue {
    func report(_ sentence: ReportSentence) -> String {
        switch sentence {
        case .attendanceTitle(let school, let schoolClass, let from, let to):
            "\(school). Attendance summary of \(schoolClass), \(from) to \(to)"
        case .monitoringTitle(let school, let from, let to): "\(school). Journal monitoring, \(from) to \(to)"
        case .activityTitle(let school, let from, let to): "\(school). User activity, \(from) to \(to)"
        case .deskTitle(let from, let to): "The support desk, \(from) to \(to)"
        case .total: "Total"
        case .byTeacher: "By teacher"
        case .byClass: "By class"
        case .byRole: "By role"
        case .byPerson: "By user"
        case .bySchool: "By school"
        case .byTopic: "By topic"
        case .bySpecialist: "By specialist"
        case .progress: "Progress and quality"
        case .trainings: "Trainings by quarter"
        case .teachersWorking(let visited, let of): "Worked in the journal: \(visited) of \(of) teachers who had lessons."
        case .chartTopics: "Lessons with a topic, % — by teacher"
        case .chartMarksOnTime: "Marks entered on time, % — by teacher"
        case .chartGuardians: "Guardians who logged in, % — by class"
        case .riskTitle(let schoolClass, let date): "Risk group of \(schoolClass) on \(date)"
        case .riskEmpty(let schoolClass): "No pupil of \(schoolClass) is in the risk group now."
        case .noLessonsToday(let day): "Today, \(day), you have no lessons. Another day: journal DATE or diary --date DATE."
        case .riskToday(let schoolClass, let count): "Risk group of \(schoolClass): \(count) pupils. In detail: report risk \(schoolClass)."
        case .markedAtRisk(let reason): "marked by the class teacher: \(reason)"
        case .lowAverage(let average): "average \(average)"
        case .manyAbsences(let count): "unexcused lessons missed: \(count)"
        case .riskAdded(let name): "\(name) is in the risk group. The list: report risk."
        case .riskRemoved(let name): "\(name) was taken off the risk group; the record is kept."
        case .forecastTitle(let schoolClass, let period, let end, let daysLeft):
            "Forecast of \(schoolClass)'s marks for period \(period) (to \(end), \(daysLeft) days left)"
        case .forecastLate(let daysLeft):
            "\(daysLeft) days to the end of the period: families are told the forecast at least 2 weeks before."
        case .forecastSent(let families, let deputies):
            "Forecast sent to families: \(families); the preliminary report to the deputy director (\(deputies))."
        case .forecastFamilySubject(let period): "Forecast of marks for period \(period)"
        case .forecastFamilyText(let student, let period, let end, let lines):
            "Forecast of marks for period \(period) (ends \(end)) — \(student):\n" + lines.joined(separator: "\n")
                + "\n\nThe forecast is today's weighted average; the teacher sets the final mark."
        case .forecastLine(let subject, let mark, let average, let counted):
            "\(subject): \(mark) (weighted average \(average), \(counted) marks)"
        case .forecastNoMarks(let subject): "\(subject): no marks yet"
        case .preliminarySubject(let schoolClass, let period): "Preliminary report of \(schoolClass), period \(period)"
        case .preliminaryText(let schoolClass, let period, let pupils, let atRisk, let missed, let unexcused):
            "Preliminary results of \(schoolClass) for period \(period): \(pupils) pupils.\n"
                + (atRisk.isEmpty
                    ? "Forecast 2 or no marks: none.\n" : "Forecast 2 or no marks:\n" + atRisk.joined(separator: "\n") + "\n")
                + "Lessons missed: \(missed), unexcused: \(unexcused)."
        case .acknowledgementSubject(let period, let student): "Final marks of period \(period) acknowledged: \(student)"
        case .acknowledged(let period):
            "Recorded: you acknowledged the final marks of period \(period); the class teacher has your message."
        case .acknowledgementsTitle(let schoolClass, let period):
            "Guardians' acknowledgement of final marks, \(schoolClass), period \(period)"
        case .acknowledgedCount(let done, let of): "Guardians of \(done) of \(of) pupils acknowledged."
        case .bookings(let held, let cancelled): "Consultations held: \(held), cancelled: \(cancelled)."
        case .unassigned: "unassigned"
        }
    }
}

import Foundation
import GRDB
import Testing

@testable import JournalCore

/// What the school watches (J-REP-1…4, J-DIARY-3, J-DIARY-4): attendance, monitoring, activity,
/// the forecast, the risk group and the guardians' acknowledgements, from one journal day.
@Suite struct WatchTests {
    /// The day of `JournalDay` with the first quarter (to 24 October), a guardian of Орлов with an
    /// account, a deputy, and the morning's entries: Орлов misses both lessons, Шилов the first
    /// (excused), the mathematics lesson gets a topic and Орлов one mark.
    struct Watch {
        let day: JournalDay
        let guardian: Caller
        let deputy: Caller

        init() throws {
            day = try JournalDay()
            let journal = day.school.journal
            let admin = day.school.admin
            _ = try journal.setPeriod(admin, yearId: day.school.year.id!, number: 1, start: date("2026-09-01"), end: date("2026-10-24"))
            let guardianRow = try journal.createGuardian(
                admin, studentId: day.student.person.id!, fullName: "Орлова Ольга Петровна", email: "orlova@example.ru", phone: nil)
            guardian = try day.school.caller(of: guardianRow.person.id!)
            deputy = try day.school.caller(of: try day.school.staff("Зайцева Дарья Игоревна", [.deputyAcademic]).person.id!)
            day.at("2026-10-01T12:30")
            let lessons = try journal.read { db in try db.records(Lesson.self, "SELECT * FROM lesson WHERE date = ?", [date("2026-10-01")])
            }
            #expect(lessons.count == 2)
            for lesson in lessons {
                let teacher = lesson.teacherId == day.teacher.personId ? day.teacher : day.otherTeacher
                _ = try journal.setAttendance(teacher, lessonId: lesson.id!, studentId: day.student.person.id!, status: .absent)
            }
            _ = try journal.setAttendance(day.teacher, lessonId: day.lesson.id!, studentId: day.classmate.person.id!, status: .absent)
            _ = try journal.setAbsenceReason(
                day.classTeacher, lessonId: day.lesson.id!, studentId: day.classmate.person.id!, reason: .excused, note: "справка")
            _ = try journal.setTopic(day.teacher, lessonId: day.lesson.id!, topic: "Сложение дробей")
        }

        var journal: Journal { day.school.journal }
    }

    @Test("J-REP-1: the attendance summary counts lessons and days missed, excused and not, per pupil")
    func attendanceSummary() throws {
        let watch = try Watch()
        let summary = try watch.journal.attendanceSummary(watch.day.classTeacher, classId: watch.day.fiveA.id!, period: 1)
        #expect(summary.days == date("2026-09-01")...date("2026-10-24"))
        let orlov = try #require(summary.rows.first { $0.student.id == watch.day.student.person.id })
        let shilov = try #require(summary.rows.first { $0.student.id == watch.day.classmate.person.id })
        #expect((orlov.lessons, orlov.missed, orlov.excused, orlov.withoutReason, orlov.daysMissed) == (2, 2, 0, 2, 1))
        #expect((shilov.lessons, shilov.missed, shilov.excused, shilov.daysMissed) == (2, 1, 1, 0))
        #expect(summary.total.missed == 3)
        #expect(throws: JournalError.forbidden(.viewJournal)) {
            try watch.journal.attendanceSummary(watch.day.teacher, classId: watch.day.fiveA.id!, period: 1)
        }
    }

    @Test("J-REP-2: monitoring counts topics, marks on time, pupils with no and one mark, and who logged in")
    func monitoring() throws {
        let watch = try Watch()
        try watch.day.mark(.four)
        let report = try watch.journal.monitoring(
            watch.deputy, yearId: watch.day.school.year.id!, from: date("2026-09-21"), to: date("2026-10-04"))
        #expect(report.days.upperBound == date("2026-10-01"), "never past today")
        let mathematics = try #require(report.byTeacher.first { $0.id == watch.day.teacher.personId }).figures
        #expect((mathematics.lessons, mathematics.withTopic, mathematics.marks, mathematics.marksLate) == (1, 1, 1, 0))
        #expect((mathematics.pupilSubjects, mathematics.withoutMarks, mathematics.withOneMark) == (2, 1, 1))
        let russian = try #require(report.byTeacher.first { $0.id == watch.day.otherTeacher.personId }).figures
        #expect(russian.topicPercent == 0 && russian.withoutMarksPercent == 100)
        let fiveA = try #require(report.byClass.first { $0.id == watch.day.fiveA.id })
        #expect((fiveA.pupils, fiveA.guardiansVisited, fiveA.figures.lessons) == (2, 1, 2))
        #expect(report.teachers == 2 && report.teachersVisited == 2)
        #expect(throws: JournalError.forbidden(.viewJournal)) {
            try watch.journal.monitoring(
                watch.day.teacher, yearId: watch.day.school.year.id!, from: date("2026-09-21"), to: date("2026-10-04"))
        }
    }

    @Test("J-REP-2: monitoring shows the lessons recorded on their own day; a class teacher sees their own class, no other")
    func sameDayRecordingAndTheClassTeachersMonitoring() throws {
        let watch = try Watch()
        let journal = watch.journal
        // The Russian lesson's topic comes the next morning.
        let russian = try journal.read { db in
            try db.record(
                Lesson.self, "SELECT * FROM lesson WHERE date = ? AND teacherId = ?", [date("2026-10-01"), watch.day.otherTeacher.personId])
        }
        watch.day.at("2026-10-02T08:00")
        _ = try journal.setTopic(watch.day.otherTeacher, lessonId: try #require(russian?.id), topic: "Имя существительное")
        let sixB = try watch.day.school.schoolClass(6, "Б")
        let report = try journal.monitoring(
            watch.day.classTeacher, yearId: watch.day.school.year.id!, from: date("2026-09-21"), to: date("2026-10-04"))
        #expect(report.byClass.map(\.id) == [watch.day.fiveA.id])
        #expect(!report.byClass.contains { $0.id == sixB.id })
        let figures = try #require(report.byClass.first).figures
        #expect((figures.lessons, figures.withTopic, figures.recordedSameDay) == (2, 2, 1))
        #expect(figures.sameDayPercent == 50)
        // A class teacher of no class, and a subject teacher, are refused.
        #expect(throws: JournalError.forbidden(.viewJournal)) {
            try journal.monitoring(
                watch.day.otherTeacher, yearId: watch.day.school.year.id!, from: date("2026-09-21"), to: date("2026-10-04"))
        }
    }

    @Test("J-REP-3: the day's first login is noted once; activity counts each account's days and changes")
    func visitsAndActivity() throws {
        let watch = try Watch()
        let visits = { try watch.journal.read { db in try db.value(Int.self, "SELECT COUNT(*) FROM journalVisit") ?? 0 } }
        let before = try visits()
        _ = try watch.day.school.file.caller(of: watch.day.teacher.personId)
        #expect(try visits() == before, "a second login the same day writes nothing")
        watch.day.at("2026-10-02T09:00")
        _ = try watch.day.school.file.caller(of: watch.day.teacher.personId)
        #expect(try visits() == before + 1)
        let lines = try watch.journal.activity(watch.deputy, from: date("2026-10-01"), to: date("2026-10-31"))
        let teacher = try #require(lines.first { $0.personId == watch.day.teacher.personId })
        #expect(teacher.visitDays == 2 && teacher.entries >= 3, "\(teacher)")
        let guardians = try #require(lines.totals.first { $0.role == .guardian })
        #expect((guardians.accounts, guardians.active, guardians.entries) == (1, 1, 0))
    }

    @Test("J-DIARY-3: the forecast is the weighted average of the period's marks; sent to families and the deputy in one write")
    func forecast() throws {
        let watch = try Watch()
        try watch.day.mark(.five)
        try watch.day.mark(.three, work: .test)
        let forecast = try watch.journal.forecast(watch.day.classTeacher, classId: watch.day.fiveA.id!, periodNumber: nil)
        #expect(forecast.period.number == 1 && forecast.daysLeft == 23)
        let suggestion = try #require(forecast.suggestion(watch.day.student.person.id!, watch.day.assignment.subjectId))
        let single = try watch.journal.suggestPeriodMark(
            watch.day.teacher, studentId: watch.day.student.person.id!, subjectId: watch.day.assignment.subjectId,
            classId: watch.day.fiveA.id!, periodNumber: 1)
        #expect(suggestion == single && suggestion.counted.count == 2)
        let entries = { try watch.journal.read { db in try db.value(Int.self, "SELECT COUNT(*) FROM auditEntry") ?? 0 } }
        let before = try entries()
        let sent = try watch.journal.sendForecast(
            watch.day.classTeacher, classId: watch.day.fiveA.id!, periodNumber: 1,
            family: { ("Прогноз", "\($0.student.fullName): \($0.forecast.subjects.count)") },
            deputy: { ("Отчёт", "\($0.attendance.total.missed)") })
        // Орлов's guardian has an account, and so do the pupils themselves (issued with the school).
        #expect(sent.deputies == 1 && sent.families >= 1)
        #expect(try watch.journal.messages(watch.guardian).contains { $0.message.subject == "Прогноз" })
        #expect(try watch.journal.messages(watch.deputy).first { $0.message.subject == "Отчёт" }?.message.text == "3")
        #expect(try entries() > before)
        #expect(throws: JournalError.forbidden(.viewJournal)) {
            try watch.journal.forecast(watch.day.teacher, classId: watch.day.fiveA.id!, periodNumber: nil)
        }
    }

    @Test("J-REP-4: the risk group holds the pupils the class teacher marks and those a rule finds; taken off, the row stays")
    func riskGroup() throws {
        let watch = try Watch()
        try watch.day.mark(.two)
        let found = try watch.journal.riskGroup(watch.day.classTeacher, classId: watch.day.fiveA.id!)
        #expect(found.map(\.student.id) == [watch.day.student.person.id])
        #expect(found.first?.reasons == [.lowAverage(2)] && found.first?.weekAbsences == 2 && found.first?.guardianVisitDays == 1)
        _ = try watch.journal.addToRiskGroup(watch.day.classTeacher, studentId: watch.day.classmate.person.id!, reason: "болеет часто")
        #expect(throws: JournalError.self) {
            try watch.journal.addToRiskGroup(watch.day.classTeacher, studentId: watch.day.classmate.person.id!, reason: "ещё раз")
        }
        let strict = try watch.journal.riskGroup(watch.day.classTeacher, classId: watch.day.fiveA.id!, rule: RiskRule(averageBelow: 1.5))
        #expect(strict.map(\.reasons) == [[.marked("болеет часто")]])
        _ = try watch.journal.removeFromRiskGroup(watch.day.classTeacher, studentId: watch.day.classmate.person.id!)
        #expect(
            try watch.journal.riskGroup(watch.day.classTeacher, classId: watch.day.fiveA.id!, rule: RiskRule(averageBelow: 1.5)).isEmpty)
        let kept = try watch.journal.read { db in try db.records(RiskWatch.self, "SELECT * FROM riskWatch") }
        #expect(kept.count == 1 && kept[0].removedBy == watch.day.classTeacher.accountId)
        let counts = try watch.day.school.rowCounts()
        #expect(throws: JournalError.forbidden(.viewJournal)) {
            try watch.journal.addToRiskGroup(watch.day.teacher, studentId: watch.day.student.person.id!, reason: "не мой класс")
        }
        #expect(try watch.day.school.rowCounts() == counts)
    }

    @Test("J-DIARY-4: a guardian acknowledges the final marks from two days before the period ends, once; the class teacher sees who")
    func acknowledgements() throws {
        let watch = try Watch()
        let orlov = watch.day.student.person.id!
        #expect(throws: JournalError.periodMarkWindowNotOpen(opens: date("2026-10-22"))) {
            try watch.journal.acknowledgeFinalMarks(watch.guardian, studentId: orlov, text: "Ознакомлена", subject: { _ in "Итоги" })
        }
        watch.day.at("2026-10-22T19:00")
        let done = try watch.journal.acknowledgeFinalMarks(
            watch.guardian, studentId: orlov, text: "Ознакомлена. Орлова О.П.", subject: { "Итоги \($0.number)" })
        #expect(done.period.number == 1 && done.message.recipientNames == ["Нечаева Ольга Олеговна"])
        #expect(throws: JournalError.invalid(.period, .alreadyExists("1"))) {
            try watch.journal.acknowledgeFinalMarks(watch.guardian, studentId: orlov, text: "Ещё раз", subject: { _ in "Итоги" })
        }
        #expect(throws: JournalError.forbidden(.viewJournal)) {
            try watch.journal.acknowledgeFinalMarks(
                watch.guardian, studentId: watch.day.classmate.person.id!, text: "Не мой", subject: { _ in "Итоги" })
        }
        let (period, lines) = try watch.journal.acknowledgements(watch.day.classTeacher, classId: watch.day.fiveA.id!, periodNumber: 1)
        #expect(period.number == 1)
        #expect(lines.first { $0.student.id == orlov }?.guardians.map(\.at) == [JournalDay.moscow("2026-10-22T19:00")])
        #expect(lines.first { $0.student.id == watch.day.classmate.person.id }?.guardians.isEmpty == true)
    }
}

@Suite struct PupilProgressTests {
    @Test("J-REP-3: pupils counted by progress — all fives, fours and fives, one three, failing, not assessed; ОСВ left out")
    func progressOfAPupil() {
        #expect(PupilProgress([.five, .five, .exempt]) == .excellent)
        #expect(PupilProgress([.five, .four, .pass]) == .good)
        #expect(PupilProgress([.five, .three, .four]) == .oneThree)
        #expect(PupilProgress([.three, .three, .four]) == .other)
        #expect(PupilProgress([.five, .two, .notAssessed]) == .failing)
        #expect(PupilProgress([.five, .notAssessed]) == .notAssessed)
        #expect(PupilProgress([.exempt]) == nil && PupilProgress([]) == nil)
    }
}

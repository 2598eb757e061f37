import Foundation
import GRDB
import Testing

@testable import JournalCore

/// The calendar and the timetable (J-TT-1): weekly lessons, changes from a day on, lessons
/// generated skipping vacations and holidays, one-off cancelled and moved lessons.
@Suite struct TimetableTests {
    func t(_ text: String) -> ClockTime { ClockTime(parsing: text)! }

    @Test func theProductionCalendarIsInstalledWithEveryOrganization() throws {
        let school = try TestSchool()
        let days2026 = try school.journal.calendarDays(school.admin, year: 2026)
        #expect(days2026.contains { $0.date == date("2026-11-04") && $0.kind == .holiday })
        #expect(days2026.contains { $0.date == date("2026-01-09") && $0.kind == .holiday })
        let days2025 = try school.journal.calendarDays(school.admin, year: 2025)
        #expect(days2025.contains { $0.date == date("2025-11-01") && $0.kind == .workday })
        #expect(!(try school.journal.calendarDays(school.admin, year: 2027)).isEmpty)
        _ = try school.journal.setCalendarDay(school.admin, date: date("2026-12-30"), kind: .holiday, name: "Решение учредителя")
        #expect(try school.journal.calendarDays(school.admin, year: 2026).contains { $0.date == date("2026-12-30") })
    }

    @Test func lessonsAreGeneratedSkippingVacationsAndHolidays() throws {
        let day = try JournalDay()
        let journal = day.school.journal
        let admin = day.school.admin
        _ = try journal.addVacation(
            admin, yearId: day.school.year.id!, name: "Осенние каникулы", start: date("2026-10-26"), end: date("2026-11-03"))
        _ = try journal.addTimetableEntry(
            admin, assignmentId: day.assignment.id!, weekday: 1, start: t("08:30"), end: t("09:15"), room: "12", from: date("2026-09-01"))
        _ = try journal.addTimetableEntry(
            admin, assignmentId: day.assignment.id!, weekday: 3, start: t("10:25"), end: t("11:10"), room: "12", from: date("2026-09-01"))

        let created = try journal.generateLessons(admin, classId: day.fiveA.id!, from: date("2026-10-19"), to: date("2026-11-11"))

        // Mondays 19.10 and 09.11, Wednesdays 21.10 and 11.11; 26.10–03.11 is the vacation, 04.11 a holiday.
        #expect(created == 4)
        let dates = try journal.read { db in
            try db.values(LocalDate.self, "SELECT date FROM lesson WHERE timetableEntryId IS NOT NULL ORDER BY date")
        }
        #expect(dates == [date("2026-10-19"), date("2026-10-21"), date("2026-11-09"), date("2026-11-11")])
        #expect(try journal.generateLessons(admin, classId: day.fiveA.id!, from: date("2026-10-19"), to: date("2026-11-11")) == 0)
    }

    @Test func aChangeTakesEffectFromItsDayOn() throws {
        let day = try JournalDay()
        let journal = day.school.journal
        let admin = day.school.admin
        let monday = try journal.addTimetableEntry(
            admin, assignmentId: day.assignment.id!, weekday: 1, start: t("08:30"), end: t("09:15"),
            room: nil, from: date("2026-09-01"))
        _ = try journal.changeTimetableEntry(
            admin, entryId: monday.id!, from: date("2026-11-16"), weekday: 2, start: nil, end: nil, room: "21")
        _ = try journal.generateLessons(admin, classId: day.fiveA.id!, from: date("2026-11-09"), to: date("2026-11-22"))
        let lessons = try journal.read { db in
            try db.records(Lesson.self, "SELECT * FROM lesson WHERE timetableEntryId IS NOT NULL ORDER BY date")
        }
        #expect(lessons.map(\.date) == [date("2026-11-09"), date("2026-11-17")])
        #expect(lessons.map(\.room) == [nil, "21"])
    }

    @Test func theTimetableRefusesAClash() throws {
        let day = try JournalDay()
        let journal = day.school.journal
        _ = try journal.addTimetableEntry(
            day.school.admin, assignmentId: day.assignment.id!, weekday: 1, start: t("08:30"), end: t("09:15"),
            room: nil, from: date("2026-09-01"))
        let russian = try journal.assignments(day.school.admin, yearId: day.school.year.id!, classId: day.fiveA.id!)
            .first { $0.subjectName == "Русский язык" }!.assignment
        #expect(throws: JournalError.invalid(.time, .overlapsLesson("08:30–09:15"))) {
            try journal.addTimetableEntry(
                day.school.admin, assignmentId: russian.id!, weekday: 1, start: t("09:00"), end: t("09:45"),
                room: nil, from: date("2026-09-01"))
        }
        #expect(throws: JournalError.forbidden(.manageAssignments)) {
            try journal.addTimetableEntry(
                day.teacher, assignmentId: russian.id!, weekday: 2, start: t("09:00"), end: t("09:45"),
                room: nil, from: date("2026-09-01"))
        }
    }

    @Test func saturdayLessonsOnlyInASixDaySchool() throws {
        let day = try JournalDay()
        let journal = day.school.journal
        let admin = day.school.admin
        _ = try journal.addTimetableEntry(
            admin, assignmentId: day.assignment.id!, weekday: 6, start: t("08:30"), end: t("09:15"),
            room: nil, from: date("2026-09-01"))
        #expect(try journal.generateLessons(admin, from: date("2026-11-09"), to: date("2026-11-15")) == 0)
        _ = try journal.updateJournalSettings(admin, saturdayLessons: true)
        #expect(try journal.generateLessons(admin, from: date("2026-11-09"), to: date("2026-11-15")) == 1)
    }

    @Test func aCancelledLessonTakesNoMarksAndAMovedOneKeepsItsHistory() throws {
        let day = try JournalDay()
        day.at("2026-10-01T10:00")
        try day.school.journal.cancelLesson(day.school.admin, lessonId: day.lesson.id!, reason: "карантин")
        #expect(throws: JournalError.lessonCancelled) { try day.mark() }
        let other = try day.school.journal.createLesson(
            day.teacher, assignmentId: day.assignment.id!, date: date("2026-10-02"),
            start: t("08:30"), end: t("09:15"))
        let moved = try day.school.journal.moveLesson(
            day.school.admin, lessonId: other.id!, date: date("2026-10-05"),
            start: t("09:30"), end: t("10:15"), reason: "перенос по приказу")
        #expect(moved.date == date("2026-10-05"))
        let entries = try day.school.journal.auditEntries(day.school.admin, lessonId: other.id!)
        #expect(entries.last?.reason == "перенос по приказу")
    }
}

@Suite struct IndividualLessonTests {
    @Test func anIndividualCurriculumHasLessonsForOneStudent() throws {
        // J-TT-1: a timetable per class, group or individual student.
        let day = try JournalDay()
        let journal = day.school.journal
        let admin = day.school.admin
        let teacherRow = try journal.personRow(admin, id: day.teacher.personId)
        let individual = try journal.assign(
            admin, teacherId: teacherRow.person.id!, subjectId: day.assignment.subjectId,
            classId: day.fiveA.id!, subgroupId: nil, studentId: day.student.person.id!)
        _ = try journal.addTimetableEntry(
            admin, assignmentId: individual.id!, weekday: 5, start: ClockTime(parsing: "15:00")!,
            end: ClockTime(parsing: "15:45")!, room: "7", from: date("2026-09-01"))
        #expect(try journal.generateLessons(admin, from: date("2026-10-02"), to: date("2026-10-02")) == 1)
        let lesson = try journal.read { db in try db.record(Lesson.self, "SELECT * FROM lesson WHERE studentId IS NOT NULL")! }
        day.at("2026-10-02T16:00")
        _ = try journal.addMark(day.teacher, lessonId: lesson.id!, studentId: day.student.person.id!, value: .four, workKind: .answer)
        #expect(throws: JournalError.notInLesson(student: "Шилов Семён")) {
            try journal.addMark(day.teacher, lessonId: lesson.id!, studentId: day.classmate.person.id!, value: .four, workKind: .answer)
        }
        let classmateDiary = try journal.diary(admin, studentId: day.classmate.person.id!, from: date("2026-10-02"), to: date("2026-10-02"))
        #expect(classmateDiary.isEmpty)
    }
}

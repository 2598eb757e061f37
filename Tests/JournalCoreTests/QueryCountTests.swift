import Foundation
import GRDB
import Synchronization
import Testing

@testable import JournalCore

/// The journal page and the diary take a fixed number of queries, however many lessons the
/// span has (issue 10, part 6: 82 statements for 23 lessons and 211 for 27 before).
@Suite struct QueryCountTests {
    /// A day with `count` more mathematics lessons from 2 October, each with a mark and an absence.
    func day(lessons count: Int) throws -> JournalDay {
        let day = try JournalDay()
        var date = LocalDate(parsing: "2026-10-02")!
        var made = 0
        while made < count {
            day.at("\(date)T08:00")
            // Days that are no school days are refused, and skipped.
            if let lesson = try? day.school.journal.createLesson(
                day.teacher, assignmentId: day.assignment.id!, date: date, start: ClockTime(parsing: "08:30")!,
                end: ClockTime(parsing: "09:15")!)
            {
                day.at("\(date)T09:00")
                _ = try day.school.journal.addMark(
                    day.teacher, lessonId: lesson.id!, studentId: day.student.person.id!, value: .four, workKind: .answer)
                _ = try day.school.journal.setAttendance(
                    day.teacher, lessonId: lesson.id!, studentId: day.classmate.person.id!, status: .absent)
                made += 1
            }
            date = date.adding(days: 1)
        }
        day.at("2026-11-30T10:00")
        return day
    }

    func statements(_ journal: Journal, _ body: () throws -> Void) throws -> Int {
        try body()  // the first call also learns the schema
        let count = Mutex(0)
        try journal.database.writer.writeWithoutTransaction { db in db.trace(options: .statement) { _ in count.withLock { $0 += 1 } } }
        try body()
        try journal.database.writer.writeWithoutTransaction { db in db.trace(options: .statement, nil) }
        return count.withLock { $0 }
    }

    @Test("J-ACL-2: the journal page and the diary take as many queries for 16 lessons as for 3")
    func pagesTakeAFixedNumberOfQueries() throws {
        var page: [Int] = []
        var diary: [Int] = []
        for count in [3, 16] {
            let day = try day(lessons: count)
            let journal = day.school.journal
            page.append(
                try statements(journal) {
                    let shown = try journal.journalPage(
                        day.classTeacher, classId: day.fiveA.id!, subjectId: day.assignment.subjectId, from: date("2026-09-01"),
                        to: date("2026-11-30"))
                    #expect(shown.lessons.count == count + 1)
                })
            diary.append(
                try statements(journal) {
                    let lines = try journal.diary(
                        day.classTeacher, studentId: day.student.person.id!, from: date("2026-09-01"), to: date("2026-11-30"))
                    #expect(lines.filter { $0.marks == [.four] }.count == count)
                })
        }
        #expect(page[0] == page[1], "journal page: \(page)")
        #expect(diary[0] == diary[1], "diary: \(diary)")
    }
}

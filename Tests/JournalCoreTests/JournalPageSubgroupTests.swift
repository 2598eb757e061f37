import Foundation
import Testing

@testable import JournalCore

/// A subgroup's journal page (J-TT-3: a class divided for a subject) lists the subgroup's pupils,
/// not the whole class with blank rows (from a tour of the demo school).
@Suite struct JournalPageSubgroupTests {
    @Test func aSubgroupsPageListsOnlyItsMembers() throws {
        let day = try JournalDay()
        let journal = day.school.journal
        let admin = day.school.admin
        let english = try journal.createSubject(admin, name: "Английский язык")
        let group = try journal.createSubgroup(admin, classId: day.fiveA.id!, subjectId: english.id!, name: "1 группа")
        try journal.addToSubgroup(admin, subgroupId: group.id!, studentId: day.student.person.id!)
        let assignment = try journal.assign(
            admin, teacherId: day.teacher.personId, subjectId: english.id!, classId: day.fiveA.id!, subgroupId: group.id!)
        _ = try journal.createLesson(
            day.teacher, assignmentId: assignment.id!, date: date("2026-10-01"),
            start: ClockTime(parsing: "10:00")!, end: ClockTime(parsing: "10:45")!)
        func page(_ subgroupId: Int64?) throws -> [Int64?] {
            try journal.journalPage(
                day.teacher, classId: day.fiveA.id!, subjectId: english.id!, from: date("2026-09-01"), to: date("2026-10-31"),
                subgroupId: subgroupId
            ).students.map(\.id)
        }
        #expect(try page(group.id) == [day.student.person.id])
        #expect(try Set(page(nil)) == [day.student.person.id, day.classmate.person.id])
    }
}

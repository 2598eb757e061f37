import Foundation
import GRDB
import Testing

@testable import JournalCore

/// People are found by surname with optional initials or first name, in the caller's class
/// first; a beginning of a name is offered, never taken (issue 10, part 4).
@Suite struct NameLookupTests {
    let school: TestSchool
    let fifthA: SchoolClass
    let fifthB: SchoolClass
    let classTeacher: Caller

    init() throws {
        school = try TestSchool()
        let teacher = try school.staff("Жукова Ольга Петровна", [.classTeacher, .subjectTeacher])
        fifthA = try school.schoolClass(5, "А", teacher: teacher.person.id)
        fifthB = try school.schoolClass(5, "Б")
        for name in ["Киселёв Михаил Павлович", "Никитина Светлана Алексеевна", "Сорокин Алексей Евгеньевич", "Гусева Варвара Павловна"] {
            _ = try school.student(name, in: fifthA.id!)
        }
        _ = try school.student("Ильин Лев Олегович", in: fifthA.id!)
        _ = try school.student("Ильин Пётр Игоревич", in: fifthB.id!)
        _ = try school.student("Гусева Вера Андреевна", in: fifthB.id!)
        classTeacher = try school.caller(of: teacher.person.id!)
    }

    @Test("J-PEOPLE-1: a surname with initials written together finds the person")
    func surnameWithInitials() throws {
        #expect(try school.journal.findPerson(school.admin, "Гусева В.П.", role: .student).person.fullName == "Гусева Варвара Павловна")
        #expect(try school.journal.findPerson(school.admin, "гусева варвара").person.fullName == "Гусева Варвара Павловна")
        #expect(try school.journal.findPerson(school.admin, "Киселев").person.fullName == "Киселёв Михаил Павлович")
    }

    @Test("J-PEOPLE-1: a part of a name is never taken for a person; the surnames it begins are offered")
    func aPartIsOfferedNotTaken() throws {
        do {
            _ = try school.journal.findPerson(school.admin, "Ки")
            Issue.record("«Ки» was taken for a person")
        } catch JournalError.invalid(_, .notFound(let query, let closest)) {
            #expect(query == "Ки")
            #expect(closest.count == 1 && closest[0].hasPrefix("Киселёв Михаил Павлович, 5А"))
        }
        #expect(throws: JournalError.invalid(.person, .unknown("ин"))) { try school.journal.findPerson(school.admin, "ин") }
    }

    @Test("J-ACL-3: the class teacher's own class comes first; elsewhere an ambiguous name lists class and date of birth")
    func ownClassFirst() throws {
        #expect(try school.journal.findPerson(classTeacher, "Ильин", role: .student).person.fullName == "Ильин Лев Олегович")
        do {
            _ = try school.journal.findPerson(school.admin, "Ильин", role: .student)
            Issue.record("an ambiguous name was taken")
        } catch JournalError.invalid(_, .ambiguous(let names)) {
            #expect(names.allSatisfy { $0.contains("12.03.2015") })
            #expect(names.contains { $0.contains("5Б") })
        }
    }

    @Test("A renamed person is found by the new name: the folded name follows every save")
    func theFoldedNameFollowsRenames() throws {
        let row = try school.journal.findPerson(school.admin, "Сорокин")
        let stored = try school.journal.read { db in
            try db.value(String.self, "SELECT searchName FROM person WHERE id = ?", [row.person.id!])
        }
        #expect(stored == "сорокин алексей евгеньевич")
        var person = row.person
        person.fullName = "Сорокина Алёна Евгеньевна"
        try school.journal.database.writer.write { db in try db.store.update(person) }
        #expect(try school.journal.findPerson(school.admin, "Сорокина А.").person.id == row.person.id)
    }
}

import Foundation
import GRDB
import Testing

@testable import JournalCore

/// Internal messages (J-MSG-1): who may write to whom, read and unread, in the audit chain.
@Suite struct MessageTests {
    struct Cast {
        let school: TestSchool
        let teacher: Caller, otherTeacher: Caller, classTeacher: Caller, deputy: Caller
        let student: Caller, otherStudent: Caller, guardian: Caller, otherGuardian: Caller
        let fiveA: SchoolClass

        init() throws {
            school = try TestSchool()
            let journal = school.journal
            let admin = school.admin
            let teacherRow = try school.staff("Волкова Ирина Петровна", [.subjectTeacher])
            let otherRow = try school.staff("Зайцев Пётр Ильич", [.subjectTeacher])
            let leaderRow = try school.staff("Сидорова Анна Павловна", [.classTeacher, .subjectTeacher])
            let deputyRow = try school.staff("Кузнецова Ольга Юрьевна", [.deputyAcademic])
            fiveA = try school.schoolClass(5, "А", teacher: leaderRow.person.id!)
            let fiveB = try school.schoolClass(5, "Б")
            let maths = try journal.createSubject(admin, name: "Математика")
            _ = try journal.assign(admin, teacherId: teacherRow.person.id!, subjectId: maths.id!, classId: fiveA.id!, subgroupId: nil)
            _ = try journal.assign(admin, teacherId: otherRow.person.id!, subjectId: maths.id!, classId: fiveB.id!, subgroupId: nil)
            let studentRow = try school.student("Орлов Олег Олегович", in: fiveA.id!)
            let otherStudentRow = try school.student("Белов Борис Борисович", in: fiveB.id!)
            let guardianRow = try journal.createGuardian(
                admin, studentId: studentRow.person.id!, fullName: "Орлова Ольга Петровна", email: "orlova@example.ru", phone: nil)
            let otherGuardianRow = try journal.createGuardian(
                admin, studentId: otherStudentRow.person.id!, fullName: "Белова Вера Ивановна", email: "belova@example.ru", phone: nil)
            teacher = try school.caller(of: teacherRow.person.id!)
            otherTeacher = try school.caller(of: otherRow.person.id!)
            classTeacher = try school.caller(of: leaderRow.person.id!)
            deputy = try school.caller(of: deputyRow.person.id!)
            student = try school.caller(of: studentRow.person.id!)
            otherStudent = try school.caller(of: otherStudentRow.person.id!)
            guardian = try school.caller(of: guardianRow.person.id!)
            otherGuardian = try school.caller(of: otherGuardianRow.person.id!)
        }
    }

    @Test("J-MSG-1: a guardian writes to their child's teachers and class teacher, a pupil to their own; never to strangers")
    func whoMayWriteToWhom() throws {
        let cast = try Cast()
        let journal = cast.school.journal
        func may(_ from: Caller, _ to: Caller) -> Bool {
            (try? journal.sendMessage(from, to: [to.personId], subject: "Вопрос", text: "Текст")) != nil
        }
        #expect(may(cast.guardian, cast.teacher) && may(cast.guardian, cast.classTeacher))
        #expect(!may(cast.guardian, cast.otherTeacher) && !may(cast.guardian, cast.otherGuardian) && !may(cast.guardian, cast.student))
        #expect(may(cast.student, cast.teacher) && may(cast.student, cast.classTeacher))
        #expect(!may(cast.student, cast.otherStudent) && !may(cast.student, cast.otherTeacher) && !may(cast.student, cast.deputy))
        #expect(may(cast.teacher, cast.guardian) && may(cast.teacher, cast.student) && may(cast.classTeacher, cast.guardian))
        #expect(!may(cast.teacher, cast.otherGuardian) && !may(cast.teacher, cast.otherStudent))
        #expect(may(cast.teacher, cast.otherTeacher) && may(cast.deputy, cast.otherGuardian) && may(cast.otherGuardian, cast.otherTeacher))
        #expect(!may(cast.teacher, cast.teacher), "not to oneself")
    }

    @Test("J-MSG-1: a guardian answers the deputy who wrote to them, though they may not start a message to the deputy")
    func aGuardianAnswersTheAdministration() throws {
        let cast = try Cast()
        let journal = cast.school.journal
        #expect(throws: JournalError.forbidden(.writeMessage)) {
            try journal.sendMessage(cast.guardian, to: [cast.deputy.personId], subject: "Вопрос", text: "Текст")
        }
        let letter = try journal.sendMessage(cast.deputy, to: [cast.guardian.personId], subject: "Собрание", text: "Приходите в четверг")
        let reply = try journal.sendMessage(
            cast.guardian, to: [cast.deputy.personId], subject: "Собрание", text: "Придём", replyTo: letter.message.id)
        #expect(reply.message.replyToId == letter.message.id)
        // Not by naming someone else's letter: the other family got nothing from the deputy.
        #expect(throws: JournalError.forbidden(.writeMessage)) {
            try journal.sendMessage(
                cast.otherGuardian, to: [cast.deputy.personId], subject: "Собрание", text: "И мы", replyTo: letter.message.id)
        }
    }

    @Test(
        "J-MSG-1: a refused message to a class changes nothing; a sent one is in the audit chain, waits unread, and shows each family only its own copy"
    )
    func aMessageIsKeptReadAndAudited() throws {
        let cast = try Cast()
        let journal = cast.school.journal
        let guardians = try journal.classRecipients(cast.teacher, classId: cast.fiveA.id!, audience: .guardians)
        #expect(guardians == [cast.guardian.personId])
        let before = try cast.school.rowCounts()
        #expect(throws: JournalError.forbidden(.writeMessage)) {
            try journal.sendMessage(
                cast.otherTeacher, to: try journal.classRecipients(cast.otherTeacher, classId: cast.fiveA.id!, audience: .all),
                subject: "Чужому классу", text: "Текст")
        }
        #expect(throws: JournalError.invalid(.topic, .missing)) {
            try journal.sendMessage(cast.teacher, to: guardians, subject: " ", text: "т")
        }
        #expect(try cast.school.rowCounts() == before)
        let sent = try journal.sendMessage(
            cast.teacher, to: try journal.classRecipients(cast.teacher, classId: cast.fiveA.id!, audience: .all), subject: "Контрольная",
            text: "В четверг контрольная по дробям")
        #expect(Set(sent.recipientNames) == ["Орлов Олег Олегович", "Орлова Ольга Петровна"])
        #expect(try journal.unreadMessages(cast.guardian) == 1 && journal.unreadMessages(cast.otherGuardian) == 0)
        let read = try journal.openMessage(cast.guardian, id: sent.message.id!)
        #expect(read.senderName == "Волкова Ирина Петровна" && read.readAt != nil)
        // Each family sees its own copy, never the other recipients' names (issue 23, part 9).
        #expect(read.recipientNames == ["Орлова Ольга Петровна"])
        #expect(try journal.messages(cast.guardian).first?.recipientNames == ["Орлова Ольга Петровна"])
        #expect(try journal.unreadMessages(cast.guardian) == 0)
        #expect(throws: JournalError.invalid(.message, .unknown(String(sent.message.id!)))) {
            try journal.openMessage(cast.otherGuardian, id: sent.message.id!)
        }
        let reply = try journal.replyToMessage(cast.guardian, id: sent.message.id!, text: "Спасибо")
        #expect(reply.message.subject == "Re: Контрольная" && reply.recipientNames == ["Волкова Ирина Петровна"])
        #expect(try journal.messages(cast.teacher).map(\.message.id) == [reply.message.id, sent.message.id])
        let audited = try journal.database.readDatabase { db in
            try db.store.value(Int.self, "SELECT COUNT(*) FROM auditEntry WHERE action = ?", [AuditAction.messageSent])
        }
        #expect(audited == 2)
        #expect(try journal.verifyAudit(cast.school.admin).problems.isEmpty)
    }

    @Test("J-MSG-1: looking for whom to write finds only those one may write to, not even a stranger's name in a refusal")
    func theRecipientSearchHidesStrangers() throws {
        let cast = try Cast()
        let journal = cast.school.journal
        #expect(try journal.findRecipient(cast.guardian, "Волкова").name == "Волкова Ирина Петровна")
        #expect(throws: JournalError.invalid(.person, .unknown("Зайцев"))) { try journal.findRecipient(cast.guardian, "Зайцев") }
        #expect(throws: JournalError.invalid(.person, .unknown("Белов"))) { try journal.findRecipient(cast.student, "Белов") }
    }
}

/// A text longer than a message holds is stored whole, in parts (issue 24: the deputy's
/// preliminary report of a class of 30 was refused by the table's CHECK).
@Suite struct MessagePartsTests {
    @Test("J-REP-4: a long report is cut between lines into parts a message holds, nothing lost, each part numbered")
    func aLongTextIsCutBetweenLines() {
        let lines = (1...300).map { "Ученик \($0): прогноз 3, пропусков \($0 % 7)" }
        let text = lines.joined(separator: "\n")
        let parts = MessageParts.split(text, limit: InternalMessage.textLimit)
        #expect(parts.count > 1)
        #expect(parts.allSatisfy { $0.count <= InternalMessage.textLimit })
        #expect(parts.joined(separator: "\n") == text, "nothing is lost or changed")
        #expect(MessageParts.split("коротко", limit: 4000) == ["коротко"])
        let word = String(repeating: "я", count: 9000)
        #expect(MessageParts.split(word, limit: 4000).map(\.count) == [4000, 4000, 1000])
    }
}

import ConsoleTestSupport
import Foundation
import HelpDesk
import TestSupport
import Testing

@testable import Console
@testable import JournalCore

/// Tab at the prompt in context (issue 23, part 6), on the full demo school: after a noun its
/// verbs, then its flags, then values from the database the caller may see — in the console's language.
@Suite struct PromptCompletionTests {
    let desk: SupportDesk

    init() throws { desk = try JSONDocumentTests.demo() }

    /// A session at a terminal; the test keeps it while it asks its completer.
    func session(_ login: String, _ language: Language = .ru) throws -> (Session, ScriptedIO) {
        let io = ScriptedIO([])
        let session = Session(desk: desk, io: io, language: language)
        session.setCaller(try desk.journal.authenticate(login: login, password: DemoSchool.password))
        return (session, io)
    }

    @Test("After a noun its verbs, not every word of the program; in Russian for a Russian console, in English for an English one")
    func verbsAfterANoun() throws {
        let (ru, russian) = try session("admin")
        defer { withExtendedLifetime(ru) {} }
        let lessonVerbs = russian.complete(after: "урок ")
        #expect(!lessonVerbs.isEmpty && lessonVerbs.count < 20, "\(lessonVerbs)")
        #expect(lessonVerbs.allSatisfy { $0.unicodeScalars.contains { $0.value > 127 } }, "\(lessonVerbs)")
        let (en, english) = try session("admin", .en)
        defer { withExtendedLifetime(en) {} }
        let verbs = english.complete(after: "lesson ")
        #expect(verbs.contains("show") && verbs.contains("fill") && !verbs.contains("student"), "\(verbs)")
        #expect(english.complete(after: "").contains("lesson"))
    }

    @Test("After a command its flags; after a flag the classes, logins, subjects and pupils of the class named")
    func valuesFromTheDatabase() throws {
        let (en, english) = try session("admin", .en)
        defer { withExtendedLifetime(en) {} }
        let flags = english.complete(after: "student list ")
        #expect(flags.contains("--class"), "\(flags)")
        #expect(english.complete(after: "student list --class ").contains("5А"))
        #expect(english.complete(after: "account issue --class 5А --role ").contains { $0.contains("student") || $0.contains("pupil") })
        let (ru, russian) = try session("admin")
        defer { withExtendedLifetime(ru) {} }
        #expect(russian.complete(after: "ученик список ").contains("--класс"))
        #expect(russian.complete(after: "journal --класс 5А --предмет ").contains("Математика"))
        // A required value typed without its flag: the logins after «account show», with the flags.
        let shown = russian.complete(after: "account show ")
        #expect(shown.contains("student") && shown.contains { $0.hasPrefix("--") }, "\(shown.prefix(5))")
        let logins = russian.complete(after: "account unlock --account ")
        #expect(logins.contains("student") && logins.contains("parent"), "\(logins.prefix(5))")
    }

    @Test(
        "From the tour: a value typed without its flag completes too — the lesson's pupils after «mark add N», logins where a reset asks one"
    )
    func positionalValuesAndQuestions() throws {
        let (te, teacher) = try session("teacher")
        defer { withExtendedLifetime(te) {} }
        let caller = try desk.journal.authenticate(login: "teacher", password: DemoSchool.password)
        let lesson = try #require(try desk.journal.lessons(caller).first)
        #expect(teacher.complete(after: "mark add ").contains(String(lesson.lesson.id!)), "today's lessons first")
        let pupils = teacher.complete(after: "mark add \(lesson.lesson.id!) ")
        let sheet = try desk.journal.lessonSheet(caller, lessonId: lesson.lesson.id!)
        let surname = try #require(sheet.first?.student.fullName.split(separator: " ").first.map(String.init))
        #expect(pupils.contains(surname) && !pupils.contains("student"), "\(pupils.prefix(8))")
        // In the question for the login, Tab offers the accounts the administrator manages.
        let io = ScriptedIO(["отмена"])
        let admin = Session(desk: desk, io: io, language: .ru)
        admin.setCaller(try desk.journal.authenticate(login: "admin", password: DemoSchool.password))
        _ = admin.execute("credential reset --org \(try desk.journal.organization(admin.caller!).code)")
        let index = try #require(io.prompts.firstIndex { $0.hasPrefix("Логин") }, "\(io.prompts)")
        #expect(io.offered[index].contains("student") && io.offered[index].contains("parent"), "\(io.offered[index].prefix(5))")
    }
}

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
}

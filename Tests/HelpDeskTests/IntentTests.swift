import Testing
@testable import HelpDesk
import JournalCore

/// Free text at the prompt, matched to what the person wants (no network service).
@Suite struct IntentTests {
    @Test(arguments: [
        ("запишите меня на консультацию по КТП", Intent.bookConsultation(topic: "КТП")),
        ("Запишите, пожалуйста, на консультацию по контрольным работам", .bookConsultation(topic: "контрольным работам")),
        ("хочу записаться на приём", .bookConsultation(topic: "")),
        ("book me a consultation about the course plan", .bookConsultation(topic: "course plan")),
        ("кто поможет с регистрацией родителей", .whoHelps(topic: "регистрацией родителей")),
        ("who can help with marks", .whoHelps(topic: "marks")),
        ("мои консультации", .myBookings),
        ("когда обучение для родителей", .trainings),
        ("забыл пароль", .lostCredentials(topic: "забыл пароль")),
        ("не могу войти в журнал", .lostCredentials(topic: "не могу войти в журнал")),
        ("Потерял логин", .lostCredentials(topic: "Потерял логин")),
        ("forgot my password", .lostCredentials(topic: "forgot my password")),
        ("как загрузить КТП", .problem(topic: "как загрузить КТП", role: nil)),
        ("у ребёнка не видно оценок", .problem(topic: "у ребёнка не видно оценок", role: .guardian)),
        ("my son cannot see his marks", .problem(topic: "my son cannot see his marks", role: .guardian)),
        ("how do I upload the course plan", .problem(topic: "how do I upload the course plan", role: nil)),
    ])
    func phrasingsInBothLanguages(_ text: String, _ intent: Intent) {
        #expect(IntentMatcher.match(text) == intent)
    }

    @Test func whenTwoIntentsAreAsLikelyNoneIsChosenAndBothAreOffered() {
        // «кто» asks who helps, «пароль» is about credentials: as likely.
        #expect(IntentMatcher.match("кто пароль") == nil)
        #expect(IntentMatcher.rank("кто пароль").count == 2)
    }

    @Test func aCommandMistypedIsNoIntent() {
        #expect(IntentMatcher.match("studnt list") == nil)
        #expect(IntentMatcher.match("класс список 5А") == nil)
    }
}

import Testing
@testable import HelpDesk

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
    ])
    func phrasingsInBothLanguages(_ text: String, _ intent: Intent) {
        #expect(IntentMatcher.match(text) == intent)
    }

    @Test func aCommandMistypedIsNoIntent() {
        #expect(IntentMatcher.match("studnt list") == nil)
        #expect(IntentMatcher.match("класс список 5А") == nil)
    }
}

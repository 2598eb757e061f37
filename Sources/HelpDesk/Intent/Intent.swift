import Foundation
import JournalCore

/// What a person typing free text at the prompt most likely wants.
public enum Intent: String, CaseIterable, Codable, Sendable {
    /// «пароль украли», «кто-то зашёл под моим логином»: a breach report (H-CRED-3).
    case breach
    /// «забыл пароль», «не могу зайти, неверный пароль»: the credentials route (H-CRED-1).
    case lostCredentials
    /// «хочу сменить пароль»: the caller's own new password.
    case changePassword
    /// «отмените запись».
    case cancelBooking
    /// «перенесите мою консультацию на четверг в 14:30».
    case moveBooking
    /// «запишите меня на консультацию по КТП в среду в 14:45».
    case bookConsultation
    /// «мои консультации».
    case myBookings
    /// «мои заявки», «что с моей заявкой».
    case myTickets
    /// «кто поможет с паролем».
    case whoHelps
    /// «когда обучение для родителей».
    case trainings
    /// «какое дз на завтра», «покажи оценки сына»: the week of the caller's own diary, or their
    /// child's (J-DIARY-1).
    case diary
    /// «как загрузить КТП», «у ребёнка не видно оценок»: a question, answered from the knowledge
    /// base or taken as a ticket.
    case problem
}

/// What the chat read in a sentence: the intent and the fields it filled.
public struct Understanding: Sendable, Equatable {
    public var intent: Intent
    /// What it is about: the words left when the intent's own, the day and time, the role and
    /// the courtesies are taken out; for a problem, the sentence.
    public var topic: String
    public var when: SpokenWhen
    /// Who is asking, when the sentence says («я мама ученика 5А»).
    public var role: Role?
    public var className: String?
    /// Words read otherwise than typed: typed → read.
    public var corrections: [Correction]
    /// How many of the intent's cues the sentence has, by weight.
    public var score: Int
    /// Whether a destructive intent was read through a word the chat corrected: then it is only
    /// shown, never carried out.
    public var guessed: Bool = false

    public struct Correction: Sendable, Equatable {
        public var typed: String
        public var read: String
    }
}

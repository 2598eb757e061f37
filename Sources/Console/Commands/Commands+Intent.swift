import HelpDesk

extension Commands {
    /// The command free text asks for, with the words to run it with.
    static func command(for intent: Intent, in commands: [CommandSpec]) -> (CommandSpec, [String])? {
        let (id, words): (CommandID, [String])
        switch intent {
        case .bookConsultation(let topic): (id, words) = (.bookingNew, topic.isEmpty ? [] : ["--topic", topic])
        case .whoHelps(let topic): (id, words) = (.scheduleWho, topic.isEmpty ? [] : ["--topic", topic])
        case .myBookings: (id, words) = (.bookingList, [])
        case .trainings: (id, words) = (.trainingList, [])
        }
        return commands.first { $0.id == id }.map { ($0, words) }
    }
}

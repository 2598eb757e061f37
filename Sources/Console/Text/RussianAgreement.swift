import JournalCore

extension Sex? {
    /// The Russian word that agrees with a person of this sex: «переведён», «переведена»; both,
    /// as «переведён(а)», when the card does not say.
    func agreeing(_ masculine: String, _ feminine: String) -> String {
        switch self {
        case .male?: masculine
        case .female?: feminine
        case nil: "\(masculine)(\(feminine.hasPrefix(masculine) ? String(feminine.dropFirst(masculine.count)) : "/" + feminine))"
        }
    }
}

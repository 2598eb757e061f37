import Foundation

/// How the person asking for new credentials proved who they are (H-CRED-1).
public enum IdentityMethod: String, CaseIterable, Codable, Sendable {
    /// In person, with an identity document seen.
    case inPerson
    /// Called back on the phone number on file.
    case callBack
    /// Known personally to the class teacher or administrator who resets.
    case knownPersonally
}

public struct IdentityCheck: Sendable, Equatable {
    public var method: IdentityMethod
    /// What was seen or done: «паспорт», «звонок на +7 912 …».
    public var detail: String

    public init(method: IdentityMethod, detail: String) {
        self.method = method
        self.detail = detail
    }
}

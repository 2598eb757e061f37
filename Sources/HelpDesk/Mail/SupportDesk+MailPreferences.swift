import Foundation
import JournalCore

/// What each person asks of the mail (J-DIARY-2, J-MSG-1): their language, the weekly digest,
/// copies of internal messages; and the guardian who declined electronic access, recorded by
/// the class teacher.
extension SupportDesk {
    public func mailPreference(_ caller: Caller) throws -> MailPreference {
        try journal.checkSession(caller)
        return try read { store in try mailPreference(store, personId: caller.personId) } ?? .defaults(personId: caller.personId)
    }

    /// Changes one's own preferences; the digest by e-mail is for guardians, and a paper
    /// printout is the class teacher's to record (`setGuardianDigest`).
    public func setMailPreference(_ caller: Caller, language: Language? = nil, digest: DigestDelivery? = nil, messageCopies: Bool? = nil)
        throws -> MailPreference
    {
        try journal.checkSession(caller)
        if caller.mustChangePassword { throw JournalError.passwordChangeRequired }
        if let digest, digest != .none, !caller.has(.guardian) { throw DeskError.invalid(.digest, .notAllowedRole) }
        if digest == .paper { throw DeskError.forbidden(.setGuardianDigest) }
        return try write { store in
            var preference = try mailPreference(store, personId: caller.personId) ?? .defaults(personId: caller.personId)
            if let language { preference.language = language }
            if let digest { preference.digest = digest }
            if let messageCopies { preference.messageCopies = messageCopies }
            try store.save(preference)
            return preference
        }
    }

    /// The class teacher of one of the guardian's children, or the administration, records how
    /// the guardian follows the week: `.paper` when they declined electronic access.
    public func setGuardianDigest(_ caller: Caller, guardianId: Int64, delivery: DigestDelivery) throws -> (String, MailPreference) {
        try DeskAccess.check(.setGuardianDigest, caller, journal)
        return try write { store in
            guard let guardian = try Directory.person(store, id: guardianId, organizationId: caller.organizationId),
                guardian.roles.contains(.guardian)
            else { throw JournalError.invalid(.person, .notFound(String(guardianId), closest: [])) }
            let administration: Set<Role> = [.journalAdmin, .director, .deputyAcademic, .deputyUpbringing]
            if caller.roles.isDisjoint(with: administration) {
                let today = LocalDate(clock.now, in: try organization(store, id: caller.organizationId).zone)
                let teachers = try Directory.children(store, guardianId: guardianId, on: today).compactMap(\.classId).compactMap {
                    try Directory.classTeacher(store, classId: $0)?.teacher?.personId
                }
                if !teachers.contains(caller.personId) { throw DeskError.forbidden(.setGuardianDigest) }
            }
            var preference = try mailPreference(store, personId: guardianId) ?? .defaults(personId: guardianId)
            preference.digest = delivery
            try store.save(preference)
            return (guardian.fullName, preference)
        }
    }

    /// The digest's unsubscribe link or reply: the guardian's digest stops. False for a token
    /// nobody holds.
    @discardableResult
    public func unsubscribe(token: String) throws -> Bool {
        try write { store in try unsubscribe(store, token: token) }
    }

    /// The token a person's digest quotes to unsubscribe, made when first needed.
    public func unsubscribeToken(personId: Int64) throws -> String {
        try write { store in
            let preference = try mailPreference(store, personId: personId) ?? .defaults(personId: personId)
            try store.save(preference)
            return preference.unsubscribeToken
        }
    }

    /// What the person asked of the mail, when they ever asked.
    func mailPreference(_ store: StoreTransaction, personId: Int64) throws -> MailPreference? {
        try store.record(MailPreference.self, "SELECT * FROM mailPreference WHERE personId = ?", [personId])
    }
}

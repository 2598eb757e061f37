import Foundation
import GRDB
import JournalCore

/// What each person asks of the mail (J-DIARY-2, J-MSG-1): their language, the weekly digest,
/// copies of internal messages; and the guardian who declined electronic access, recorded by
/// the class teacher.
extension SupportDesk {
    public func mailPreference(_ caller: Caller) throws -> MailPreference {
        try journal.checkSession(caller)
        return try readDatabase { db in try MailPreference.fetchOne(db, key: caller.personId) } ?? .defaults(personId: caller.personId)
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
        return try writeDatabase { db in
            var preference = try MailPreference.fetchOne(db, key: caller.personId) ?? .defaults(personId: caller.personId)
            if let language { preference.language = language }
            if let digest { preference.digest = digest }
            if let messageCopies { preference.messageCopies = messageCopies }
            try preference.save(db)
            return preference
        }
    }

    /// The class teacher of one of the guardian's children, or the administration, records how
    /// the guardian follows the week: `.paper` when they declined electronic access.
    public func setGuardianDigest(_ caller: Caller, guardianId: Int64, delivery: DigestDelivery) throws -> (String, MailPreference) {
        try DeskAccess.check(.setGuardianDigest, caller, journal)
        return try writeDatabase { db in
            guard let guardian = try Directory.person(db.store, id: guardianId, organizationId: caller.organizationId),
                guardian.roles.contains(.guardian)
            else { throw JournalError.invalid(.person, .notFound(String(guardianId), closest: [])) }
            let administration: Set<Role> = [.journalAdmin, .director, .deputyAcademic, .deputyUpbringing]
            if caller.roles.isDisjoint(with: administration) {
                let today = LocalDate(clock.now, in: try organization(db, id: caller.organizationId).zone)
                let teachers = try Directory.children(db.store, guardianId: guardianId, on: today).compactMap(\.classId).compactMap {
                    try Directory.classTeacher(db.store, classId: $0)?.teacher?.personId
                }
                if !teachers.contains(caller.personId) { throw DeskError.forbidden(.setGuardianDigest) }
            }
            var preference = try MailPreference.fetchOne(db, key: guardianId) ?? .defaults(personId: guardianId)
            preference.digest = delivery
            try preference.save(db)
            return (guardian.fullName, preference)
        }
    }

    /// The digest's unsubscribe link or reply: the guardian's digest stops. False for a token
    /// nobody holds.
    @discardableResult
    public func unsubscribe(token: String) throws -> Bool {
        try writeDatabase { db in try unsubscribe(db, token: token) }
    }

    /// The token a person's digest quotes to unsubscribe, made when first needed.
    public func unsubscribeToken(personId: Int64) throws -> String {
        try writeDatabase { db in
            let preference = try MailPreference.fetchOne(db, key: personId) ?? .defaults(personId: personId)
            try preference.save(db)
            return preference.unsubscribeToken
        }
    }
}

import Foundation
internal import GRDB

/// One person of a class with the state of their credential slip.
public struct SlipRow: Sendable, Equatable {
    public var accountId: Int64
    public var fullName: String
    public var login: String
    public var roles: [Role]
    public var slip: CredentialSlip?

    /// Printed and not yet signed for.
    public var awaitsSignature: Bool { slip != nil && slip?.signedAt == nil }
}

/// Whose slips a sheet holds: a class's pupils and guardians, or the school's staff.
public enum SlipGroup: Sendable, Equatable {
    case schoolClass(Int64)
    case staff
}

extension Journal {
    /// The people of a class, or the staff, with their slips (J-ACL-4, H-CRED-2): who has a
    /// temporary password printed, and who signed for it.
    public func credentialSlips(_ caller: Caller, _ group: SlipGroup) throws -> [SlipRow] {
        try read { db in try slipRows(db, caller, group) }
    }

    /// Records that the named people of a class or of the staff (all who have not signed when
    /// `names` is nil) signed the sheet of slips; each is audited. A name that is nobody of the
    /// group with a slip to sign refuses all.
    public func recordSlipsSigned(_ caller: Caller, _ group: SlipGroup, names: [String]?) throws -> [SlipRow] {
        try write { db in
            let rows = try slipRows(db, caller, group)
            let pending = rows.filter(\.awaitsSignature)
            var chosen: [SlipRow] = []
            if let names {
                for name in names {
                    let matching = pending.filter { PersonName.matches(name, fullName: $0.fullName) }
                    guard matching.count == 1 else {
                        throw JournalError.invalid(
                            .person,
                            matching.isEmpty
                                ? .notFound(name, closest: Self.closest(name, pending.map(\.fullName)))
                                : .ambiguous(matching.map(\.fullName)))
                    }
                    if !chosen.contains(matching[0]) { chosen.append(matching[0]) }
                }
            } else {
                chosen = pending
            }
            for row in chosen {
                guard var slip = row.slip else { continue }
                guard let account = try db.record(Account.self, id: row.accountId) else { continue }
                try checkAccountRight(db, caller, account, .manageAccounts)
                slip.signedAt = clock.now
                slip.signedRecordedBy = caller.accountId
                try db.update(slip)
                try AuditLog.append(
                    db, organizationId: caller.organizationId, at: clock.now, accountId: caller.accountId, action: .slipSigned,
                    entity: .account, entityId: row.accountId, after: AuditText.of(["login": row.login]))
            }
            return try slipRows(db, caller, group).filter { row in chosen.contains { $0.accountId == row.accountId } }
        }
    }

    private func slipRows(_ db: StoreTransaction, _ caller: Caller, _ group: SlipGroup) throws -> [SlipRow] {
        let people: [Int64]
        switch group {
        case .schoolClass(let classId):
            try Access.check(.viewAccounts, caller: caller, organizationId: caller.organizationId, classId: classId, db)
            people = try ClassMembers.students(db, classId: classId) + ClassMembers.guardians(db, classId: classId)
        case .staff:
            // The staff's slips are the journal administrator's to hand over (J-ACL-4).
            try Access.check(.manageAccounts, caller: caller, organizationId: caller.organizationId, db)
            people = try Directory.staff(db, organizationId: caller.organizationId).map(\.id)
        }
        return try personRows(db, organizationId: caller.organizationId, personIds: people).compactMap { row in
            guard
                let account = try db.record(
                    Account.self, "SELECT * FROM account WHERE personId = ? ORDER BY id LIMIT 1", [row.person.savedId])
            else { return nil }
            return try SlipRow(
                accountId: account.savedId, fullName: row.person.fullName, login: account.login, roles: row.roles,
                slip: try db.record(CredentialSlip.self, "SELECT * FROM credentialSlip WHERE accountId = ?", [account.savedId]))
        }
    }
}

internal import GRDB

/// Who may write to whom (J-MSG-1, seed 003 §1.4, seed 004 «Порядок» §1.4–1.5): staff to staff;
/// a teacher or class teacher to the pupils and guardians of the classes they teach or lead
/// (the administration to everyone of the school); a guardian to their child's teachers and class
/// teacher; a pupil to their own teachers and class teacher — never to strangers. Whoever got a
/// message (from the director, say) may answer its sender.
enum MessageRules {
    static let administration: Set<Role> = [.director, .deputyAcademic, .deputyUpbringing, .journalAdmin]

    /// `replyTo`: the message being answered; its sender may always be answered by its recipients.
    static func mayWrite(_ caller: Caller, to personId: Int64, replyTo: Int64? = nil, _ db: StoreTransaction) throws -> Bool {
        if let replyTo,
            try db.value(
                Bool.self,
                """
                SELECT EXISTS (SELECT 1 FROM message m JOIN messageRecipient r ON r.messageId = m.id
                WHERE m.id = ? AND m.senderId = ? AND r.personId = ? AND m.organizationId = ?)
                """, [replyTo, personId, caller.personId, caller.organizationId]) == true
        {
            return true
        }
        guard personId != caller.personId,
            try db.value(Int64.self, "SELECT organizationId FROM person WHERE id = ?", [personId]) == caller.organizationId
        else { return false }
        let roles = Set(try db.values(Role.self, "SELECT role FROM personRole WHERE personId = ?", [personId]))
        let targetIsStaff = roles.contains { $0.isStaff }
        if caller.isStaff {
            if targetIsStaff || !caller.roles.isDisjoint(with: administration) { return true }
            let taught = try classesTaught(by: caller.personId, db)
            if roles.contains(.student), try !taught.isDisjoint(with: classesOf(student: personId, db)) { return true }
            if roles.contains(.guardian), try !taught.isDisjoint(with: classesOf(guardian: personId, db)) { return true }
            return false
        }
        guard targetIsStaff else { return false }
        var own: Set<Int64> = []
        if caller.has(.student) { own.formUnion(try classesOf(student: caller.personId, db)) }
        if caller.has(.guardian) { own.formUnion(try classesOf(guardian: caller.personId, db)) }
        return try !own.isDisjoint(with: classesTaught(by: personId, db))
    }

    static func classesTaught(by personId: Int64, _ db: StoreTransaction) throws -> Set<Int64> {
        Set(
            try db.values(
                Int64.self, "SELECT classId FROM assignment WHERE teacherId = ? UNION SELECT id FROM schoolClass WHERE classTeacherId = ?",
                [personId, personId]))
    }

    static func classesOf(student personId: Int64, _ db: StoreTransaction) throws -> Set<Int64> {
        Set(try db.values(Int64.self, "SELECT classId FROM enrolment WHERE studentId = ? AND endDate IS NULL", [personId]))
    }

    static func classesOf(guardian personId: Int64, _ db: StoreTransaction) throws -> Set<Int64> {
        Set(
            try db.values(
                Int64.self,
                """
                SELECT e.classId FROM enrolment e JOIN guardianship g ON g.studentId = e.studentId
                WHERE g.guardianId = ? AND e.endDate IS NULL
                """, [personId]))
    }
}

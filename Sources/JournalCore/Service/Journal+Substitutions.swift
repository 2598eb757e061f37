internal import GRDB

extension Journal {
    /// Logs a substitution (J-SUB-1): the substitute fills the absent teacher's lessons (of one
    /// class, or all) for the days given. The administration keeps the log.
    public func logSubstitution(
        _ caller: Caller, absentTeacherId: Int64, substituteId: Int64, from: LocalDate, to: LocalDate,
        classId: Int64? = nil, note: String? = nil
    ) throws -> Substitution {
        try Validate.range(from, to)
        let note = try Validate.optionalText(note, .note, max: 300)
        return try write { db in
            try Access.check(.manageAssignments, caller: caller, organizationId: caller.organizationId, db)
            try requireStaff(db, absentTeacherId, organizationId: caller.organizationId, field: .teacher)
            try requireStaff(db, substituteId, organizationId: caller.organizationId, field: .staff)
            if absentTeacherId == substituteId { throw JournalError.invalid(.staff, .sameAsCurrent) }
            if let classId { _ = try fetchClass(db, caller, classId, .viewStructure) }
            var substitution = Substitution(
                id: nil, absentTeacherId: absentTeacherId, substituteId: substituteId, fromDate: from,
                toDate: to, classId: classId, note: note, recordedBy: caller.accountId, recordedAt: clock.now)
            try db.insert(&substitution)
            try AuditLog.append(
                db, organizationId: caller.organizationId, at: clock.now, accountId: caller.accountId,
                action: .substitutionLogged, entity: .substitution, entityId: substitution.savedId,
                after: AuditText.of([
                    "absent": String(absentTeacherId), "substitute": String(substituteId),
                    "from": from.description, "to": to.description,
                ]))
            return substitution
        }
    }

    /// The substitution log, newest first.
    public func substitutions(_ caller: Caller) throws -> [Substitution] {
        try read { db in
            try Access.check(.viewStructure, caller: caller, organizationId: caller.organizationId, db)
            return try db.records(
                Substitution.self,
                """
                SELECT s.* FROM substitution s JOIN person p ON p.id = s.absentTeacherId
                WHERE p.organizationId = ? ORDER BY s.fromDate DESC, s.id DESC
                """, [caller.organizationId])
        }
    }
}

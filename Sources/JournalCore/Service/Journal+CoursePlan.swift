import Foundation
internal import GRDB

/// What an import did, or would do in a dry run.
public struct PlanImportReport: Sendable, Equatable {
    public var added: Int
    public var changed: Int
    public var unchanged: Int
    public var removed: Int
    public var problems: [PlanImportProblem]
    /// The topics the file no longer has: replacing the plan would remove them.
    public var removedTopics: [String] = []
    /// False for a dry run, when problems stopped it, or when topics would go without `allowRemoval`.
    public var applied: Bool
    /// Nothing was loaded because topics would go: the caller lists them and asks.
    public var needsConfirmation: Bool { !applied && problems.isEmpty && !removedTopics.isEmpty }
}

/// A plan topic against the lessons given (J-PLAN-1: covered topics against the plan).
public struct PlanCoverage: Sendable, Equatable {
    public var item: PlanItem
    /// The dates of lessons whose topic is this one.
    public var lessonDates: [LocalDate]
}

extension Journal {
    /// Imports a course plan file for an assignment (J-PLAN-1), replacing the plan item by item.
    /// With problems nothing is imported unless `skipProblems`; `dryRun` only reports. A file with
    /// fewer topics than the plan replaces it only with `allowRemoval`, after the caller has listed
    /// `removedTopics` and asked; a file with nothing to load never replaces it.
    public func importCoursePlan(
        _ caller: Caller, assignmentId: Int64, data: Data, dryRun: Bool, skipProblems: Bool = false, allowRemoval: Bool = false
    ) throws -> PlanImportReport {
        let parsed = try CoursePlanCSV.parse(data, assignmentId: assignmentId)
        return try write { db in
            try checkPlanRight(db, caller, assignmentId)
            let existing = try planItems(db, assignmentId)
            var report = PlanImportReport(
                added: 0, changed: 0, unchanged: 0, removed: max(0, existing.count - parsed.items.count),
                problems: parsed.problems, applied: false)
            report.removedTopics = existing.filter { $0.position > parsed.items.count }.map(\.topic)
            for item in parsed.items {
                if let old = existing.first(where: { $0.position == item.position }) {
                    if old.sameContent(as: item) { report.unchanged += 1 } else { report.changed += 1 }
                } else {
                    report.added += 1
                }
            }
            guard !dryRun, parsed.problems.isEmpty || skipProblems, !parsed.items.isEmpty,
                report.removedTopics.isEmpty || allowRemoval
            else { return report }
            try db.execute("DELETE FROM planItem WHERE assignmentId = ?", [assignmentId])
            for var item in parsed.items { try db.insert(&item) }
            report.applied = true
            return report
        }
    }

    /// The plan as a CSV file (UTF-8 with BOM, `;`).
    public func exportCoursePlan(_ caller: Caller, assignmentId: Int64) throws -> Data {
        let items = try read { db in
            _ = try fetchAssignment(db, caller, assignmentId, .viewStructure)
            return try planItems(db, assignmentId)
        }
        return try CoursePlanCSV.export(items)
    }

    /// Each topic of the plan with the lessons that covered it.
    public func planCoverage(_ caller: Caller, assignmentId: Int64) throws -> [PlanCoverage] {
        try read { db in
            let assignment = try fetchAssignment(db, caller, assignmentId, .viewStructure)
            let lessons = try db.records(
                Lesson.self,
                """
                SELECT * FROM lesson WHERE classId = ? AND subjectId = ? AND cancelled = 0 AND topic IS NOT NULL
                AND (CAST(? AS INTEGER) IS NULL OR subgroupId = ?) ORDER BY date
                """, [assignment.classId, assignment.subjectId, assignment.subgroupId, assignment.subgroupId])
            return try planItems(db, assignmentId).map { item in
                let key = Self.searchKey(item.topic)
                return PlanCoverage(item: item, lessonDates: lessons.filter { Self.searchKey($0.topic ?? "") == key }.map(\.date))
            }
        }
    }

    /// The first planned topic no lesson has covered yet: what the next lesson's topic is likely to be.
    public func suggestedTopic(_ caller: Caller, assignmentId: Int64) throws -> PlanItem? {
        try planCoverage(caller, assignmentId: assignmentId).first { $0.lessonDates.isEmpty }?.item
    }

    /// The next planned topic for a lesson: of the plan of the lesson's assignment.
    public func suggestedTopic(_ caller: Caller, lessonId: Int64) throws -> PlanItem? {
        let assignmentId = try read { db -> Int64? in
            let lesson = try fetchLesson(db, lessonId)
            try JournalAccess.checkView(caller, lesson, db)
            return try db.value(
                Int64.self,
                """
                SELECT id FROM assignment WHERE teacherId = ? AND subjectId = ? AND classId = ? AND COALESCE(subgroupId, 0) = COALESCE(?, 0)
                """, [lesson.teacherId, lesson.subjectId, lesson.classId, lesson.subgroupId])
        }
        return try assignmentId.flatMap { try suggestedTopic(caller, assignmentId: $0) }
    }

    func planItems(_ db: StoreTransaction, _ assignmentId: Int64) throws -> [PlanItem] {
        try db.records(PlanItem.self, "SELECT * FROM planItem WHERE assignmentId = ? ORDER BY position", [assignmentId])
    }

    /// The plan is the assignment's teacher's; the administration may load it too.
    private func checkPlanRight(_ db: StoreTransaction, _ caller: Caller, _ assignmentId: Int64) throws {
        let own = try db.record(Assignment.self, id: assignmentId)?.teacherId == caller.personId
        _ = try fetchAssignment(db, caller, assignmentId, own ? .viewStructure : .manageAssignments)
    }
}

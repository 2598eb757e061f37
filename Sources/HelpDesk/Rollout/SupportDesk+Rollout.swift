import Foundation
import JournalCore

/// The rollout plan of a school introducing the journal (H-PLAN-1).
extension SupportDesk {
    /// The plan of the caller's organization, by number.
    public func rollout(_ caller: Caller) throws -> [RolloutTask] {
        try DeskAccess.check(.viewRollout, caller, journal)
        return try read { store in
            try store.records(
                RolloutTask.self, "SELECT * FROM rolloutTask WHERE organizationId = ? ORDER BY number", [caller.organizationId])
        }
    }

    /// Open tasks whose deadline has passed, in the organization's today.
    public func overdueRollout(_ caller: Caller) throws -> [RolloutTask] {
        let today = try journal.today(caller)
        return try rollout(caller).filter { $0.isOverdue(today: today) }
    }

    /// Reads a plan file into the caller's organization: tasks are numbered in file order; a task
    /// already there keeps its state. The whole file or nothing.
    public func importRollout(_ caller: Caller, yaml: String) throws -> (added: Int, updated: Int) {
        try DeskAccess.check(.manageRollout, caller, journal)
        let file = try RolloutFile.read(yaml)
        return try write { store in
            let code = try organization(store, id: caller.organizationId).code
            if let named = file.organization, named.lowercased() != code { throw JournalError.invalid(.organization, .otherOrganization) }
            var added = 0
            var updated = 0
            for (index, task) in file.tasks.enumerated() {
                if var existing = try rolloutTask(store, organizationId: caller.organizationId, number: index + 1) {
                    let changed = try store.update(&existing) {
                        $0.title = task.title
                        $0.deadlineText = task.deadline
                        $0.deadline = WrittenDeadline.date(task.deadline)
                        $0.responsible = task.responsible
                    }
                    if changed { updated += 1 }
                } else {
                    var new = RolloutTask(
                        organizationId: caller.organizationId, number: index + 1, title: task.title, deadlineText: task.deadline,
                        deadline: WrittenDeadline.date(task.deadline), responsible: task.responsible, state: .planned)
                    try store.insert(&new)
                    added += 1
                }
            }
            return (added, updated)
        }
    }

    /// The seed plan of seed 001, shipped with the product.
    public static var seedRolloutPlan: String {
        get throws {
            guard let url = Bundle.module.url(forResource: "starokrym", withExtension: "yaml", subdirectory: "Rollout") else {
                throw CocoaError(.fileReadNoSuchFile)
            }
            return try String(contentsOf: url, encoding: .utf8)
        }
    }

    public func addRolloutTask(_ caller: Caller, title: String, deadline: String, responsible: String) throws -> RolloutTask {
        try DeskAccess.check(.manageRollout, caller, journal)
        let title = try DeskValidate.text(title, .title, max: 1000)
        let deadlineText = try DeskValidate.text(deadline, .deadline, max: 100)
        let responsible = try DeskValidate.text(responsible, .responsible, max: 300)
        return try write { store in
            let last =
                try store.value(Int.self, "SELECT MAX(number) FROM rolloutTask WHERE organizationId = ?", [caller.organizationId]) ?? 0
            var task = RolloutTask(
                organizationId: caller.organizationId, number: last + 1, title: title, deadlineText: deadlineText,
                deadline: WrittenDeadline.date(deadlineText), responsible: responsible, state: .planned)
            try store.insert(&task)
            return task
        }
    }

    /// Moves a task to another state; `done` records today.
    public func setRolloutState(_ caller: Caller, number: Int, state: RolloutState, note: String?) throws -> RolloutTask {
        try DeskAccess.check(.manageRollout, caller, journal)
        let note = try Validate.optionalText(note, .note, max: 500)
        let today = try journal.today(caller)
        return try write { store in
            guard var task = try rolloutTask(store, organizationId: caller.organizationId, number: number) else {
                throw DeskError.rolloutTaskNotFound(number)
            }
            task.state = state
            task.doneOn = state == .done ? today : nil
            if let note { task.note = note }
            try store.update(task)
            return task
        }
    }

    /// The task `number` of the organization's plan, if there is one.
    private func rolloutTask(_ store: StoreTransaction, organizationId: Int64, number: Int) throws -> RolloutTask? {
        try store.record(
            RolloutTask.self, "SELECT * FROM rolloutTask WHERE organizationId = ? AND number = ? LIMIT 1", [organizationId, number])
    }
}

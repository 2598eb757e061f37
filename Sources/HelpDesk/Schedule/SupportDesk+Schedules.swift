import Foundation
import JournalCore

/// What `schedule reload` did: the timetable now in use and the bookings it no longer covers,
/// which are kept and listed, never dropped.
public struct ScheduleReload: Sendable {
    public var timetable: SupportTimetable
    public var stranded: [BookingRow]
}

extension SupportDesk {
    /// The timetable in use for an organization code: the stored one; on first use, its file
    /// `schedules/CODE.yaml` is checked and stored.
    public func timetable(code: String) throws -> SupportTimetable {
        let code = code.trimmingCharacters(in: .whitespaces).lowercased()
        if let stored = try read({ store in try storedTimetable(store, code: code) }) { return stored }
        let (timetable, fileName, source) = try readFile(code: code)
        try write { store in
            try store.execute(
                "INSERT INTO supportSchedule (organizationCode, fileName, source, loadedAt) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
                [code, fileName, source, clock.now])
        }
        return timetable
    }

    /// The timetable of the caller's organization.
    public func timetable(for caller: Caller) throws -> SupportTimetable {
        try timetable(code: try read { store in try organization(store, id: caller.organizationId).code })
    }

    /// Applies a corrected file (H-TT-1): a file with problems is refused whole and the timetable
    /// in use stays; bookings the new timetable no longer covers are listed and kept.
    public func reloadSchedule(_ caller: Caller, code: String?) throws -> ScheduleReload {
        try DeskAccess.check(.reloadSchedule, caller, journal)
        let code = try (code ?? read { store in try organization(store, id: caller.organizationId) }.code).lowercased()
        // A school's administrator reloads their own school; a support organization the schools it serves.
        try read { store in
            let target = try Directory.organization(store, code: code)?.id
            guard let target, try DeskAccess.served(by: caller, store).contains(target) else {
                throw DeskError.forbidden(.reloadSchedule)
            }
        }
        let (timetable, fileName, source) = try readFile(code: code)
        let stranded = try write { store -> [BookingRow] in
            try store.execute(
                """
                INSERT INTO supportSchedule (organizationCode, fileName, source, loadedAt) VALUES (?, ?, ?, ?)
                ON CONFLICT(organizationCode) DO UPDATE SET fileName = excluded.fileName, source = excluded.source, loadedAt = excluded.loadedAt
                """, [code, fileName, source, clock.now])
            guard let organization = try Directory.organization(store, code: code) else { return [] }
            let coming = try BookingRow.fetch(
                store, where: "organizationId = ? AND state = ? AND \"end\" > ?", [organization.savedId, BookingState.booked, clock.now],
                timetable: timetable)
            return coming.filter(\.stranded)
        }
        return ScheduleReload(timetable: timetable, stranded: stranded)
    }

    /// The timetable stored for an organization code, if any.
    func storedTimetable(_ store: StoreTransaction, code: String) throws -> SupportTimetable? {
        guard let row = try store.row("SELECT fileName, source FROM supportSchedule WHERE organizationCode = ?", [code]) else {
            return nil
        }
        return try ScheduleLoader.load(text: row["source"], file: row["fileName"])
    }

    /// The timetable of the organization `organizationId` inside a transaction, if it has one.
    func timetable(_ store: StoreTransaction, organizationId: Int64) throws -> SupportTimetable {
        let organization = try organization(store, id: organizationId)
        guard let timetable = try storedTimetable(store, code: organization.code) else {
            throw DeskError.noTimetable(organization.code)
        }
        return timetable
    }

    private func readFile(code: String) throws -> (SupportTimetable, String, String) {
        let fileName = "\(code).yaml"
        let url = schedulesFolder.appendingPathComponent(fileName)
        guard let source = try? String(contentsOf: url, encoding: .utf8) else { throw DeskError.noTimetable(code) }
        do {
            let timetable = try ScheduleLoader.load(text: source, file: fileName)
            guard timetable.organizationCode == code else {
                throw DeskError.scheduleRefused([
                    ScheduleProblem(file: fileName, line: 1, field: "organization", kind: .wrongOrganization(timetable.organizationCode))
                ])
            }
            return (timetable, fileName, source)
        } catch let refused as ScheduleLoader.Refused {
            throw DeskError.scheduleRefused(refused.problems)
        }
    }
}

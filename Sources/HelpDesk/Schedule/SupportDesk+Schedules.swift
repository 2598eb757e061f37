import Foundation
import GRDB
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
        if let stored = try readDatabase({ db in try storedTimetable(db, code: code) }) { return stored }
        let (timetable, fileName, source) = try readFile(code: code)
        try writeDatabase { db in
            try db.execute(
                sql: "INSERT OR IGNORE INTO supportSchedule (organizationCode, fileName, source, loadedAt) VALUES (?, ?, ?, ?)",
                arguments: [code, fileName, source, clock.now])
        }
        return timetable
    }

    /// The timetable of the caller's organization.
    public func timetable(for caller: Caller) throws -> SupportTimetable {
        try timetable(code: try readDatabase { db in try organization(db, id: caller.organizationId).code })
    }

    /// Applies a corrected file (H-TT-1): a file with problems is refused whole and the timetable
    /// in use stays; bookings the new timetable no longer covers are listed and kept.
    public func reloadSchedule(_ caller: Caller, code: String?) throws -> ScheduleReload {
        try DeskAccess.check(.reloadSchedule, caller, journal)
        let code = try (code ?? readDatabase { db in try organization(db, id: caller.organizationId) }.code).lowercased()
        // A school's administrator reloads their own school; a support organization the schools it serves.
        try readDatabase { db in
            let target = try Directory.organization(db.store, code: code)?.id
            guard let target, try DeskAccess.served(by: caller, db).contains(target) else { throw DeskError.forbidden(.reloadSchedule) }
        }
        let (timetable, fileName, source) = try readFile(code: code)
        let stranded = try writeDatabase { db -> [BookingRow] in
            try db.execute(
                sql: """
                    INSERT INTO supportSchedule (organizationCode, fileName, source, loadedAt) VALUES (?, ?, ?, ?)
                    ON CONFLICT(organizationCode) DO UPDATE SET fileName = excluded.fileName, source = excluded.source, loadedAt = excluded.loadedAt
                    """, arguments: [code, fileName, source, clock.now])
            guard let organization = try Directory.organization(db.store, code: code) else { return [] }
            let coming = try BookingRow.fetch(
                db,
                Booking.filter(Booking.Columns.organizationId == organization.savedId)
                    .filter(Booking.Columns.state == BookingState.booked.rawValue && Booking.Columns.end > clock.now), timetable: timetable)
            return coming.filter(\.stranded)
        }
        return ScheduleReload(timetable: timetable, stranded: stranded)
    }

    func storedTimetable(_ db: Database, code: String) throws -> SupportTimetable? {
        guard
            let row = try Row.fetchOne(
                db, sql: "SELECT fileName, source FROM supportSchedule WHERE organizationCode = ?", arguments: [code])
        else {
            return nil
        }
        return try ScheduleLoader.load(text: row["source"], file: row["fileName"])
    }

    /// The timetable of the organization `organizationId` inside a transaction, if it has one.
    func timetable(_ db: Database, organizationId: Int64) throws -> SupportTimetable {
        let organization = try organization(db, id: organizationId)
        guard let timetable = try storedTimetable(db, code: organization.code) else { throw DeskError.noTimetable(organization.code) }
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

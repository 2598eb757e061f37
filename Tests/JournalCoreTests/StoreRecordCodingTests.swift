import Foundation
import GRDB
import Testing

@testable import JournalCore

/// The store's own record coding (issue 25, part 2) writes and reads every core record exactly
/// as the engine has always kept it: the one rendering both engines share, so that a row moved to
/// PostgreSQL seals and verifies as it did in the file.
@Suite struct StoreRecordCodingTests {
    @Test func everyCoreRecordOfTheDemoSchoolCodesAsTheFileKeepsIt() throws {
        let journal = Journal(database: try AppDatabase.inMemory(), clock: FixedClock(DemoSchoolTests.wednesday), hasher: .fastForTests)
        try journal.loadDemo()
        var checked: [String: Int] = [:]
        try journal.database.readDatabase { db in
            func check<R: StoredRecord>(_ type: R.Type) throws {
                let rows = try Row.fetchAll(db, sql: "SELECT * FROM \(R.tableName) ORDER BY rowid DESC LIMIT 300")
                for row in rows {
                    let columns = Array(row.columnNames)
                    let values = columns.map { StoreValue(row[$0] as DatabaseValue) }
                    let byEngine: R = try StoreRow(row).record()
                    let byStore = try StoreRecordDecoder.record(R.self, columns: columns, values: values)
                    let written = try StoreRecordEncoder.columns(byEngine)
                    #expect(written.map(\.name) == (try StoreRecordEncoder.columns(byStore)).map(\.name))
                    #expect(written.map(\.value) == (try StoreRecordEncoder.columns(byStore)).map(\.value), "\(R.tableName)")
                    for (name, value) in written {
                        #expect(StoreValue(row[name] as DatabaseValue) == value, "\(R.tableName).\(name)")
                    }
                }
                checked[R.tableName] = rows.count
            }
            try check(Organization.self)
            try check(Person.self)
            try check(PersonRole.self)
            try check(Guardianship.self)
            try check(Account.self)
            try check(AccountKey.self)
            try check(AcademicYear.self)
            try check(ReportingPeriod.self)
            try check(Vacation.self)
            try check(CalendarDay.self)
            try check(SchoolClass.self)
            try check(Subgroup.self)
            try check(SubgroupMember.self)
            try check(Enrolment.self)
            try check(Subject.self)
            try check(Assignment.self)
            try check(TimetableEntry.self)
            try check(PlanItem.self)
            try check(Lesson.self)
            try check(Substitution.self)
            try check(Mark.self)
            try check(MarkCorrection.self)
            try check(Attendance.self)
            try check(PeriodMark.self)
            try check(ExplanatoryNoteRecord.self)
            try check(FamilyConsent.self)
            try check(FinalAcknowledgement.self)
            try check(RiskWatch.self)
            try check(JournalVisit.self)
            try check(InternalMessage.self)
            try check(CredentialSlip.self)
            try check(WorkingRegime.self)
            try check(YearClosure.self)
            try check(JournalSettings.self)
            try check(AuditEntry.self)
            try check(AuditHead.self)
        }
        // The demo school fills the tables that matter: a check over empty tables proves nothing.
        for table in ["person", "account", "lesson", "mark", "attendance", "periodMark", "auditEntry", "calendarDay", "enrolment"] {
            #expect(checked[table] ?? 0 > 100, "\(table): \(checked[table] ?? 0) rows")
        }
    }

    @Test func aRecordThatIsNotARowIsRefused() {
        #expect(throws: UnstoredValue.self) { try StoreRecordEncoder.columns([1, 2]) }
    }

    /// A record with a structure and a list in its columns, as the desk's queued mail and
    /// trainings have: kept as GRDB has always kept them, JSON text with sorted keys.
    struct Notice: Codable, Equatable {
        var subject: String
        var sentAt: Date
        var lines: [String]
    }

    struct Queued: StoredRecord, FetchableRecord, PersistableRecord, Equatable {
        static let tableName = "queued"
        static let databaseTableName = "queued"
        var id: Int64
        var notice: Notice
        var grades: [Int]?
    }

    @Test("Issue 25: a structure or a list in a column is written and read as the file's engine keeps it, JSON with sorted keys")
    func nestedValuesCodeAsTheFileKeepsThem() throws {
        let queue = try DatabaseQueue()
        let record = Queued(
            id: 1, notice: Notice(subject: "Заявка № 1", sentAt: Date(timeIntervalSince1970: 1_796_000_000.5), lines: ["а", "б"]),
            grades: [5, 9])
        let kept = try queue.write { db in
            try db.execute(sql: "CREATE TABLE queued (id INTEGER PRIMARY KEY, notice TEXT NOT NULL, grades TEXT)")
            try record.insert(db)
            return try Row.fetchOne(db, sql: "SELECT * FROM queued")
        }
        let row = try #require(kept)
        let written = try StoreRecordEncoder.columns(record)
        for (name, value) in written {
            #expect(StoreValue(row[name] as DatabaseValue) == value, "\(name)")
        }
        #expect(written.map(\.value).contains(.text(#"{"lines":["а","б"],"sentAt":1796000000500,"subject":"Заявка № 1"}"#)))
        let columns = Array(row.columnNames)
        #expect(
            try StoreRecordDecoder.record(Queued.self, columns: columns, values: columns.map { StoreValue(row[$0] as DatabaseValue) })
                == record)
    }
}

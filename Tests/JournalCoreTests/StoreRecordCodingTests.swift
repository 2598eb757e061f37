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

    @Test func aValueThatIsNotOneColumnIsRefusedByName() {
        struct Nested: Codable { var inner: [Int] }
        #expect(throws: UnstoredValue.self) { try StoreRecordEncoder.columns(Nested(inner: [1])) }
    }
}

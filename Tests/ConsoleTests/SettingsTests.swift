import Foundation
import GRDB
import HelpDesk
import TestSupport
import Testing

@testable import Console
@testable import JournalCore

/// The journal's settings (issue 24): the entry window is the regulation's and no setting; every
/// change of a setting is in the audit chain with what was before.
@Suite struct SettingsTests {
    @Test("J-LESSON-2: «не позднее 7 дней» has no setting: --window is no option, and a 24-day-old lesson stays closed")
    func theWindowIsTheRegulations() throws {
        let fixture = try ConsoleFixture()
        let (session, io) = try fixture.session([], interactive: false)
        #expect(session.execute("settings set --window 30") == .usage, "\(io.output)")
        #expect(try fixture.journal.journalSettings(fixture.admin).entryWindowDays == 7)
    }

    @Test("A settings change is in the audit chain with the values before and after; the chain stays whole")
    func aChangeIsAudited() throws {
        let fixture = try ConsoleFixture()
        let (session, io) = try fixture.session([], interactive: false)
        #expect(session.execute("settings set --deadline 17:00 --yes") == .done, "\(io.output)")
        let entry = try fixture.journal.database.readDatabase { db in
            try db.store.record(AuditEntry.self, "SELECT * FROM auditEntry WHERE action = ?", [AuditAction.settingsChanged])
        }
        let audited = try #require(entry)
        #expect(audited.before?.contains("16:00") == true && audited.after?.contains("17:00") == true)
        #expect(try fixture.journal.verifyAudit(fixture.admin).problems.isEmpty)
        // The same value again changes nothing and writes no entry.
        #expect(session.execute("settings set --deadline 17:00 --yes") == .done)
        let count = try fixture.journal.database.readDatabase { db in
            try db.store.value(Int.self, "SELECT COUNT(*) FROM auditEntry WHERE action = ?", [AuditAction.settingsChanged])
        }
        #expect(count == 1)
    }
}

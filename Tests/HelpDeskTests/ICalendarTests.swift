import Foundation
import Testing

@testable import HelpDesk
@testable import JournalCore

/// The .ics exports (RFC 5545) are read back by a real parser, the `icalendar` package from PyPI
/// that `scripts/dependencies.sh` installs into `.venv`.
@Suite struct ICalendarTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    struct Parsed: Decodable {
        struct Event: Decodable {
            let uid, summary, status, location, start, end, rrule: String
            let exdate: [String]
            let dtstamp: Bool
        }
        let errors: [String]
        let events: [Event]
    }

    static let words = CalendarWords(line: { "Консультации: \($0.responsible)" }, booking: { "Консультация: \($0.booking.responsible)" })

    /// Writes `text` to a file and reads it with Python's `icalendar`.
    static func parse(_ text: String) throws -> Parsed {
        let python = root.appendingPathComponent(".venv/bin/python")
        try #require(
            FileManager.default.isExecutableFile(atPath: python.path), "run scripts/dependencies.sh: it installs icalendar into .venv")
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("\(UUID().uuidString).ics")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = python
        process.arguments = [root.appendingPathComponent("scripts/check_ics.py").path, file.path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "icalendar could not read the file")
        return try JSONDecoder().decode(Parsed.self, from: data)
    }

    /// Every line ends in CRLF and has at most 75 octets, and no character is cut.
    static func checkLines(_ text: String) {
        let bytes = Array(text.utf8)
        #expect(text.hasSuffix("\r\n"))
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        for line in text.components(separatedBy: "\r\n") {
            #expect(line.utf8.count <= 75, "a line of \(line.utf8.count) octets: \(line)")
        }
        #expect(String(bytes: bytes, encoding: .utf8) != nil)
    }

    @Test func aTimetableIsWeeklyEventsInTheSchoolsTimeZoneWithItsDaysOffAsExceptions() throws {
        let school = try DeskFixture()
        _ = try school.journal.setCalendarDay(school.admin, date: school.date("01.12.2026"), kind: .holiday, name: "День школы")
        let text = try school.desk.timetableCalendar(
            school.admin, from: school.date("23.11.2026"), to: school.date("31.01.2027"), words: Self.words)
        Self.checkLines(text)
        #expect(text.contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Samara\r\n") && text.contains("TZOFFSETTO:+0400"))
        let parsed = try Self.parse(text)
        #expect(parsed.errors.isEmpty)
        #expect(parsed.events.count == 3 && parsed.events.allSatisfy(\.dtstamp))
        let poliy = try #require(parsed.events.first { $0.summary == "Консультации: Полий Т.А." })
        #expect(poliy.start == "2026-11-24T14:00:00+04:00" && poliy.end == "2026-11-24T15:00:00+04:00")
        #expect(
            poliy.rrule.contains("FREQ=WEEKLY") && poliy.rrule.contains("BYDAY=TU,WE") && poliy.rrule.contains("UNTIL=20270131T195959Z"))
        // Tuesday 1 December (the school's holiday) and the winter vacation's Tuesdays and Wednesdays.
        #expect(
            poliy.exdate == [
                "2026-12-01T14:00:00+04:00", "2026-12-29T14:00:00+04:00", "2026-12-30T14:00:00+04:00",
                "2027-01-05T14:00:00+04:00", "2027-01-06T14:00:00+04:00",
            ])
        let abzhelova = try #require(parsed.events.first { $0.summary.hasPrefix("Консультации: Абжелова") })
        #expect(abzhelova.start == "2026-11-23T14:00:00+04:00")
        // The public holidays of the production calendar are exceptions too: 1, 2 and 8 January 2027 fall in the vacation.
        #expect(abzhelova.exdate.contains("2027-01-01T14:00:00+04:00") && abzhelova.exdate.contains("2027-01-08T14:00:00+04:00"))
    }

    @Test func theSeedRegionsHaveNoDaylightSavingTime() throws {
        for (code, zone, offset) in [
            ("school181", "Asia/Yekaterinburg", "+05:00"), ("starokrym", "Europe/Simferopol", "+03:00"),
            ("glshkola", "Europe/Samara", "+04:00"),
        ] {
            let school = try DeskFixture(code, zone: zone)
            // Across the whole year: one observance, no transitions.
            let text = try school.desk.timetableCalendar(
                school.admin, from: school.date("01.01.2027"), to: school.date("31.12.2027"), words: Self.words)
            #expect(text.components(separatedBy: "BEGIN:STANDARD").count == 2 && !text.contains("BEGIN:DAYLIGHT"))
            let parsed = try Self.parse(text)
            #expect(parsed.errors.isEmpty && !parsed.events.isEmpty)
            #expect(parsed.events.allSatisfy { $0.start.hasSuffix(offset) && $0.end.hasSuffix(offset) }, "\(code)")
        }
    }

    @Test func aZoneWithDaylightSavingTimeGetsItsTransitions() throws {
        var writer = ICalendarWriter()
        let berlin = TimeZone(identifier: "Europe/Berlin")!
        VTimeZone.write(
            berlin, from: DeskFixture.instant("2027-01-01T00:00:00", "Europe/Berlin"),
            to: DeskFixture.instant("2027-12-31T00:00:00", "Europe/Berlin"), into: &writer)
        let text = writer.output
        #expect(text.contains("BEGIN:DAYLIGHT\r\nDTSTART:20270328T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200"))
        #expect(text.contains("BEGIN:STANDARD\r\nDTSTART:20271031T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100"))
    }

    @Test func aPersonsBookingsWithTextEscapedAndLongLinesFoldedBetweenCharacters() throws {
        let school = try DeskFixture("starokrym", zone: "Europe/Simferopol")
        let teacher = try school.staff("Белова Анна Сергеевна", [.subjectTeacher])
        let topic =
            "Импорт КТП; не видно тем, а в журнале — пусто\nи ещё: как выгрузить отчёт по посещаемости за четверть по всем классам параллели"
        let kept = try school.desk.book(
            teacher, topic: topic, responsible: "Нечаева", date: school.date("24.11.2026"), time: school.time("10:30"))
        let cancelled = try school.desk.book(
            teacher, topic: "пароль", responsible: "Усенко", date: school.date("26.11.2026"), time: school.time("09:00"))
        _ = try school.desk.cancelBooking(teacher, id: cancelled.booking.id!, reason: "разобрались")
        let text = try school.desk.bookingsCalendar(teacher, words: Self.words)
        Self.checkLines(text)
        #expect(text.contains("\\;") && text.contains("\\,") && text.contains("\\n"))
        let parsed = try Self.parse(text)
        #expect(parsed.errors.isEmpty)
        #expect(parsed.events.map(\.status) == ["CONFIRMED", "CANCELLED"])
        #expect(parsed.events[0].uid == "booking-\(kept.booking.id!)-\(kept.booking.organizationId)@helpdesk")
        #expect(parsed.events[0].start == "2026-11-24T10:30:00+03:00" && parsed.events[0].end == "2026-11-24T11:00:00+03:00")
        #expect(parsed.events[1].start == "2026-11-26T09:00:00+03:00")
        #expect(parsed.events[0].summary == "Консультация: Нечаева О.О.")
        let description = try #require(text.range(of: "DESCRIPTION:"))
        #expect(text[description.lowerBound...].contains("\r\n "))
    }

    @Test func foldingNeverCutsACharacterAndEscapingFollowsTheText() {
        let line = "SUMMARY:" + String(repeating: "ё", count: 60)
        let folded = ICalendarWriter.fold(line)
        for part in folded.components(separatedBy: "\r\n") { #expect(part.utf8.count <= 75) }
        #expect(folded.replacingOccurrences(of: "\r\n ", with: "") == line)
        #expect(ICalendarWriter.escape("a;b,c\\d\ne") == "a\\;b\\,c\\\\d\\ne")
    }
}

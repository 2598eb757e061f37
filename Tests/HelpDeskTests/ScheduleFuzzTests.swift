import Foundation
import PropertyBased
import Testing

@testable import HelpDesk
@testable import JournalCore

/// A bounded fuzz run of the timetable reader (H-TT-1, issue 9): a timetable file mangled at
/// random is loaded or refused with its problems by line, never with a crash.
@Suite struct ScheduleFuzzTests {
    static let original = (try? String(contentsOf: DeskFixture.schedules.appendingPathComponent("glshkola.yaml"), encoding: .utf8)) ?? ""

    static let pieces: [String] = [
        "\n", ":", " ", "  - ", "days: ", "time: ", "14:00-15:00", "25:00-26:00", "Вторник", "воскресенье",
        "slotMinutes: ", "0", "-5", "capacity: ", "kind: ", "любая помощь", "'", "\"", "[", "{", "&a", "*a", "!!int", "#",
    ]

    /// The seed file with random pieces put in at random places.
    @Test("H-TT-1: A mangled timetable loads or is refused with its problems") func aMangledTimetableLoadsOrIsRefusedWithItsProblems() async
    {
        let input = Gen<Int>.int(in: 0...Self.original.count).array(of: 1...6)
        let pieces = Gen<String?>.element(of: Self.pieces).map { $0! }.array(of: 6)
        await propertyCheck(count: 300, input: input, pieces) { positions, pieces in
            var text = Array(Self.original)
            for (position, piece) in zip(positions.sorted(by: >), pieces) { text.insert(contentsOf: piece, at: min(position, text.count)) }
            do {
                let timetable = try ScheduleLoader.load(text: String(text), file: "glshkola.yaml")
                #expect(timetable.slots.allSatisfy { $0.start < $0.end && $0.slotMinutes > 0 && $0.capacity > 0 })
            } catch let refused as ScheduleLoader.Refused {
                #expect(!refused.problems.isEmpty && refused.problems.allSatisfy { $0.file == "glshkola.yaml" && $0.line >= 1 })
            } catch {
                Issue.record("unexpected error \(error)")
            }
        }
    }
}

import Foundation
import HelpDesk
import JournalCore

extension Commands {
    static let orgField = FieldSpec("org", "школа", .organization, .text(max: 32), required: false)

    /// The support timetables' questions (H-TT-1, H-TT-2).
    static let schedule: [CommandSpec] = [
        CommandSpec(.scheduleWho, .helpdesk, nouns: ["schedule", "график"], verbs: ["who", "кто"],
                    fields: [FieldSpec("topic", "тема", .topic, .text(max: 300), required: false), orgField,
                             FieldSpec("kind", "вид", .helpKind, .text(max: 40), required: false)],
                    needsLogin: false, example: "schedule who КТП --org glshkola") { session, arguments in
            let timetable = try session.timetable(arguments.text("org"))
            let kind = try arguments.text("kind").map { text in
                guard let kind = HelpKind(written: text) else { throw JournalError.invalid(.helpKind, .unknown(text)) }
                return kind
            } ?? .any
            let matches = timetable.whoHelps(with: arguments.text("topic") ?? "", kind: kind)
            return slotTable(matches.map(\.slot), timetable, session)
        },
        CommandSpec(.scheduleNow, .helpdesk, nouns: ["schedule", "график"], verbs: ["now", "сейчас"], fields: [orgField],
                    needsLogin: false) { session, arguments in
            let timetable = try session.timetable(arguments.text("org"))
            let onDuty = timetable.onDuty(at: session.journal.clock.now)
            return onDuty.isEmpty ? .lines([.message(.nobodyOnDuty), slotTable(timetable.slots, timetable, session)])
                : slotTable(onDuty, timetable, session)
        },
        CommandSpec(.scheduleWeek, .helpdesk, nouns: ["schedule", "график"], verbs: ["week", "неделя", "list", "список"], fields: [orgField],
                    needsLogin: false) { session, arguments in
            let timetable = try session.timetable(arguments.text("org"))
            return slotTable(timetable.slots, timetable, session)
        },
    ]

    static func slotTable(_ slots: [SupportSlot], _ timetable: SupportTimetable, _ session: Session) -> Output {
        let texts = session.texts
        let now = session.journal.clock.now
        return .table(columns: [.responsible, .helpKind, .days, .time, .room, .nextOpening, .topics], rows: slots.map { slot in
            let next = timetable.nextOpenings(after: now, of: [slot], count: 1).first
            let when = next.map { opening -> String in
                let day = LocalDate(opening.start, in: timetable.timeZone)
                let minutes = Calendar.current.dateComponents(in: timetable.timeZone, from: opening.start)
                return "\(texts.date(day)) \(String(format: "%02d:%02d", minutes.hour ?? 0, minutes.minute ?? 0))"
            } ?? ""
            return [slot.responsible, texts.helpKind(slot.kind), slot.weekdays.map { weekdayName($0, texts) }.joined(separator: ", "),
                    "\(slot.start)–\(slot.end)", slot.room ?? "", when, slot.topics.joined(separator: "; ")]
        })
    }
}

extension Session {
    /// The timetable of an organization: the one named, else the caller's own.
    func timetable(_ code: String?) throws -> SupportTimetable {
        guard let code = code ?? (try? journal.organization(requireCaller()).code) else {
            throw JournalError.invalid(.organization, .missing)
        }
        let folder = schedulesFolder ?? URL(fileURLWithPath: "schedules")
        let timetables: [String: SupportTimetable]
        do {
            timetables = try ScheduleLoader.loadFolder(folder)
        } catch let refused as ScheduleLoader.Refused {
            throw ReportedFailure(output: .lines(refused.problems.map { .message(.scheduleProblem($0)) }))
        } catch {
            throw ReportedFailure(output: .message(.noSchedule(code)))
        }
        guard let timetable = timetables[code.lowercased()] else { throw ReportedFailure(output: .message(.noSchedule(code))) }
        return timetable
    }
}

import Foundation
@_spi(Benchmark) import HelpDesk
@_spi(Benchmark) import JournalCore

/// Prints how long the everyday operations take on the demo school, in a file database as
/// installed. Run with `swift run -c release helpdesk-bench`.
func measure(_ name: String, iterations: Int = 1, _ body: () throws -> Void) rethrows {
    let clock = ContinuousClock()
    let elapsed = try clock.measure {
        for _ in 0..<iterations { try body() }
    }
    let milliseconds = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
    let each = milliseconds / Double(iterations)
    let figure = String(format: "%10.3f ms", each)
    let padded = name.padding(toLength: 48, withPad: " ", startingAt: 0)
    print(padded + figure + (iterations > 1 ? "  (mean of \(iterations))" : ""))
}

let directory = FileManager.default.temporaryDirectory.appendingPathComponent("helpdesk-bench-\(UUID().uuidString)")
defer { try? FileManager.default.removeItem(at: directory) }
// `helpdesk-bench import` runs the school-import benchmark alone.
// `helpdesk-bench reports [FILE]` runs the school summary over a million marks alone (FILE keeps
// the large school between runs).
if CommandLine.arguments.dropFirst().first == "reports" {
    try ReportBench.run(folder: directory, kept: CommandLine.arguments.dropFirst(2).first)
    try? FileManager.default.removeItem(at: directory)
    exit(0)
}
// `helpdesk-bench understand [TABLE]` reads the chat's phrasing table and prints the share understood.
if CommandLine.arguments.dropFirst().first == "understand" {
    try UnderstandBench.run(table: CommandLine.arguments.dropFirst(2).first)
    exit(0)
}
// `helpdesk-bench audit` runs `audit verify` over a million entries alone.
// `helpdesk-bench audit [FOLDER]`: FOLDER keeps the chains' files after the run, to look into.
if CommandLine.arguments.dropFirst().first == "audit" {
    try AuditBench.run(folder: CommandLine.arguments.dropFirst(2).first.map { URL(fileURLWithPath: $0) } ?? directory)
    try? FileManager.default.removeItem(at: directory)
    exit(0)
}
// `helpdesk-bench statements` counts what six everyday commands cost the built helpdesk.
if CommandLine.arguments.dropFirst().first == "statements" {
    try StatementsBench.run(folder: directory)
    try? FileManager.default.removeItem(at: directory)
    exit(0)
}
if CommandLine.arguments.dropFirst().first == "import" {
    try ImportBench.run(folder: directory)
    try? FileManager.default.removeItem(at: directory)
    exit(0)
}
let journal = Journal(database: try AppDatabase.open(path: directory.appendingPathComponent("bench.sqlite").path))

try measure("scrypt hash, N=2^17 r=8 p=1") { _ = try PasswordHasher.owasp.hash("benchmark password") }
try measure("load demo, seed schools, regional desk (24 hashes)") { try journal.loadDemo() }
var caller = try journal.authenticate(login: "admin", password: DemoSchool.password)
try measure("log in (scrypt verify)") { caller = try journal.authenticate(login: "admin", password: DemoSchool.password) }
// Unknown logins and wrong passwords cost the same scrypt verification (H-CRED-1).
try measure("refused login: wrong password") { _ = try? journal.authenticate(login: "director", password: "wrong-password-1") }
try measure("refused login: unknown login") { _ = try? journal.authenticate(login: "nobody-at-all", password: "wrong-password-1") }
let year = try journal.year(caller, named: nil)
let fiveA = try journal.findClass(caller, named: "5А", yearId: year.savedId)
try measure("class list (25 classes)", iterations: 200) { _ = try journal.classes(caller, yearId: year.savedId) }
try measure("student list of a class", iterations: 200) { _ = try journal.students(caller, classId: fiveA.savedId) }
try measure("find a person by surname and initials", iterations: 200) { _ = try? journal.findPerson(caller, "Борисов Л.А.") }
try measure("assignments of the year", iterations: 100) { _ = try journal.assignments(caller, yearId: year.savedId) }
var counter = 0
try measure("enrol a new student (one transaction)", iterations: 100) {
    counter += 1
    _ = try journal.createStudent(
        caller, classId: fiveA.savedId, fullName: "Тестов Тест\(String(repeating: "а", count: counter % 5 + 1))",
        birthDate: LocalDate(2015, 1, 1), sex: .male)
}

// The help desk, at МБОУ Глазовская СОШ with the timetable of schedules/glshkola.yaml.
let desk = try SupportDesk(journal: journal)
let teacher = try journal.authenticate(login: "glazov-teacher", password: DemoSchool.password)
let glazovAdmin = try journal.authenticate(login: "abzhelova", password: DemoSchool.password)
try measure("who helps with «КТП» (stored timetable)", iterations: 200) { _ = try desk.timetable(for: teacher).whoHelps(with: "КТП") }
try measure("next free consultation times (28 days)", iterations: 200) { _ = try desk.openings(teacher, topic: "КТП") }
let openings = try desk.openings(teacher, topic: "КТП", count: 20)
var unbooked = openings[...]
try measure("book a consultation (one transaction)", iterations: openings.count) {
    let opening = unbooked.removeFirst()
    let zone = opening.zone
    _ = try desk.book(
        teacher, topic: "КТП", responsible: opening.slot.responsible, date: LocalDate(opening.start, in: zone),
        time: ClockTime(opening.start, in: zone))
}
try measure("my bookings (20)", iterations: 200) { _ = try desk.myBookings(teacher) }
try measure("timetable as iCalendar, half a year", iterations: 50) {
    let today = LocalDate(Date(), in: try journal.organization(glazovAdmin).zone)
    _ = try desk.timetableCalendar(
        glazovAdmin, from: today, to: today.adding(days: 182), words: CalendarWords(line: \.responsible, booking: \.booking.topic))
}
try desk.loadDemo()
let demoAdmin = try journal.authenticate(login: "admin", password: DemoSchool.password)
try measure("quarterly training check", iterations: 100) { _ = try desk.quarterlyCheck(demoAdmin) }

// Tickets at the same school.
var requestNumber = 0
try measure("take a ticket (one transaction)", iterations: 100) {
    requestNumber += 1
    _ = try desk.openTicket(
        glazovAdmin,
        TicketIntake(
            organization: "glshkola", login: "glazov-teacher", identifier: "1001511", role: .subjectTeacher,
            topic: "контрольные работы \(requestNumber)", description: "не видно графика"))
}
try measure("ticket queue with working-time clocks (100)", iterations: 20) { _ = try desk.tickets(glazovAdmin) }
try measure("overdue queue (100)", iterations: 20) { _ = try desk.tickets(glazovAdmin, queue: .overdue) }
try measure("search tickets by text", iterations: 50) { _ = try desk.tickets(glazovAdmin, search: TicketSearch(text: "графика")) }

try ImportBench.run(folder: directory)

try Rush.run(journal: journal, path: directory.appendingPathComponent("bench.sqlite").path, folder: directory)
try RushOverSSH.run(journal: journal, path: directory.appendingPathComponent("bench.sqlite").path, folder: directory)

try SideBySide.run(
    journal: journal, desk: desk, path: directory.appendingPathComponent("bench.sqlite").path, caller: demoAdmin, glazovAdmin: glazovAdmin)

try AuditBench.run(folder: directory)

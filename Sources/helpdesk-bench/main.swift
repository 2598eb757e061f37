import Foundation
import JournalCore

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
let journal = Journal(database: try AppDatabase.open(path: directory.appendingPathComponent("bench.sqlite").path))

try measure("scrypt hash, N=2^17 r=8 p=1") { _ = try PasswordHasher.owasp.hash("benchmark password") }
try measure("load the demo school (15 hashes, ~1500 people)") { try journal.loadDemo() }
var caller = try journal.authenticate(login: "admin", password: DemoSchool.password)
try measure("log in (scrypt verify)") { caller = try journal.authenticate(login: "admin", password: DemoSchool.password) }
let year = try journal.year(caller, named: nil)
let fiveA = try journal.findClass(caller, named: "5А", yearId: year.id!)
try measure("class list (25 classes)", iterations: 200) { _ = try journal.classes(caller, yearId: year.id!) }
try measure("student list of a class", iterations: 200) { _ = try journal.students(caller, classId: fiveA.id!) }
try measure("find a person by part of the name", iterations: 200) { _ = try? journal.findPerson(caller, "Борисов Лев") }
try measure("assignments of the year", iterations: 100) { _ = try journal.assignments(caller, yearId: year.id!) }
var counter = 0
try measure("enrol a new student (one transaction)", iterations: 100) {
    counter += 1
    _ = try journal.createStudent(caller, classId: fiveA.id!, fullName: "Тестов Тест\(String(repeating: "а", count: counter % 5 + 1))",
                                  birthDate: LocalDate(parsing: "2015-01-01")!, sex: .male)
}

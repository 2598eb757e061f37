import Dispatch
import Foundation
internal import GRDB

/// A demo school of real size, generated the same way every time: 11 grade levels, 25 classes,
/// about 600 students with their guardians, about 50 staff in every role, subjects and
/// teaching assignments. One account per role has credentials (listed in README.md); the other
/// accounts exist with no credentials issued yet.
public enum DemoSchool {
    public static let code = "demo"
    public static let name = "МБОУ «Демонстрационная средняя общеобразовательная школа № 1»"
    public static let timeZone = "Europe/Moscow"
    /// `timeZone` as this system knows it.
    static let zone = TimeZone(identifier: timeZone) ?? .moscow
    /// The demo password of every account listed in `logins`.
    public static let password = "demo2026"

    /// The accounts that can log in, one per role.
    public static let logins: [(login: String, role: Role)] = [
        ("admin", .journalAdmin), ("director", .director), ("zavuch", .deputyAcademic), ("zamvr", .deputyUpbringing),
        ("coordinator", .coordinator), ("operator", .operator), ("moderator", .forumModerator), ("engineer", .itEngineer),
        ("klruk", .classTeacher), ("teacher", .subjectTeacher), ("substitute", .substituteTeacher),
        ("support", .supportSpecialist), ("methodist", .methodologist), ("student", .student), ("parent", .guardian),
    ]

    static func subjects(forGrade grade: Int) -> [String] {
        switch grade {
        case 1...4:
            [
                "Русский язык", "Литературное чтение", "Математика", "Окружающий мир", "Иностранный язык (английский)",
                "Музыка", "Изобразительное искусство", "Труд (технология)", "Физическая культура",
            ]
        case 5...6:
            [
                "Русский язык", "Литература", "Математика", "Иностранный язык (английский)", "История", "География",
                "Биология", "Музыка", "Изобразительное искусство", "Труд (технология)", "Физическая культура",
            ]
        case 7...9:
            [
                "Русский язык", "Литература", "Алгебра", "Геометрия", "Вероятность и статистика", "Информатика",
                "Иностранный язык (английский)", "История", "Обществознание", "География", "Биология", "Физика",
                "Химия", "Физическая культура", "Основы безопасности и защиты Родины",
            ]
        default:
            [
                "Русский язык", "Литература", "Алгебра", "Геометрия", "Вероятность и статистика", "Информатика",
                "Иностранный язык (английский)", "История", "Обществознание", "География", "Биология", "Физика",
                "Химия", "Физическая культура", "Основы безопасности и защиты Родины", "Индивидуальный проект",
            ]
        }
    }
}

/// How big the demo school is: its classes, teachers, how long its journal runs and how densely
/// it is marked. The standard one is the demo people try; the large one is the benchmark's.
public struct DemoSize: Sendable {
    /// The letters of each grade's classes.
    var letters: @Sendable (Int) -> [String]
    var teachers: Int
    /// The journal is filled from 1 September to this day; nil for the school as it stands on
    /// the day it is loaded: lessons up to today, filled up to yesterday.
    var filledTo: LocalDate?
    /// A pupil present at a lesson gets a mark one time in this many.
    var markOneIn: Int
    /// Whether the ended periods get their period marks and the year its year marks.
    var periodMarks: Bool

    public static let standard = DemoSize(
        letters: { grade in grade <= 5 ? ["А", "Б", "В"] : grade <= 9 ? ["А", "Б"] : ["А"] }, teachers: 40,
        filledTo: nil, markOneIn: 6, periodMarks: true)

    /// About 1,500 pupils in 60 classes with up to 16 subjects, the whole year marked — about a
    /// million marks — with every period's and the year's marks set.
    @_spi(Benchmark) public static let large = DemoSize(
        letters: { grade in grade <= 9 ? ["А", "Б", "В", "Г", "Д", "Е"] : ["А", "Б", "В"] }, teachers: 130,
        filledTo: LocalDate(2027, 5, 26), markOneIn: 1, periodMarks: true)
}

extension Journal {
    /// Loads the demo school, and the three seed schools beside it, into the database; refuses
    /// when it is there already.
    @discardableResult
    public func loadDemo(seed: UInt64 = 2026, size: DemoSize = .standard, progress: WorkProgress? = nil) throws -> Organization {
        // Hash the demo password once per login, each with its own salt, on every core,
        // before the write transaction: most of the time, so most of the bar.
        let seedLogins = SeedSchools.logins.count
        let hashes = try Self.hashInParallel(
            DemoSchool.password, count: DemoSchool.logins.count + seedLogins, hasher: hasher, progress: { try progress?($0 * 0.7) })
        defer { try? progress?(1) }
        let organization = try write { db in
            if try db.value(Int.self, "SELECT COUNT(*) FROM organization WHERE code = ?", [DemoSchool.code]) ?? 0 > 0 {
                throw JournalError.invalid(.code, .alreadyExists(DemoSchool.code))
            }
            var builder = DemoBuilder(journal: self, db: db, generator: SeededGenerator(seed: seed), size: size)
            let organization = try builder.build()
            try SeedSchools.build(db, journal: self, hashes: Array(hashes.suffix(seedLogins)))
            for ((login, _), hash) in zip(DemoSchool.logins, hashes) {
                guard let personId = builder.credentialHolders[login] else { continue }
                try db.execute(
                    "UPDATE account SET login = ?, passwordHash = ?, state = 'active' WHERE personId = ?", [login, hash, personId])
            }
            return organization
        }
        // The planner's statistics for a file that just grew from nothing to a school.
        try database.analyze()
        return organization
    }

    static func hashInParallel(_ password: String, count: Int, hasher: PasswordHasher, progress: WorkProgress? = nil) throws -> [String] {
        try hashInParallel(Array(repeating: password, count: count), hasher: hasher, progress: progress)
    }

    /// Each password hashed with its own salt, on every core, in order. When `progress` throws
    /// (the work was stopped), the hashes not begun are not made and its error is thrown.
    static func hashInParallel(_ passwords: [String], hasher: PasswordHasher, progress: WorkProgress? = nil) throws -> [String] {
        let count = passwords.count
        let results = Mutex([Result<String, any Error>?](repeating: nil, count: count))
        let stopped = Mutex<(any Error)?>(nil)
        DispatchQueue.concurrentPerform(iterations: count) { index in
            guard stopped.withLock({ $0 == nil }) else { return }
            let result = Result { try hasher.hash(passwords[index]) }
            let done = results.withLock { results in
                results[index] = result
                return results.count { $0 != nil }
            }
            do { try progress?(Double(done) / Double(count)) } catch { stopped.withLock { $0 = $0 ?? error } }
        }
        if let error = stopped.withLock({ $0 }) { throw error }
        return try results.withLock { $0 }.map { result in
            guard let result else { throw JournalError.sessionEnded }
            return try result.get()
        }
    }
}

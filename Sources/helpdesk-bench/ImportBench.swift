import Foundation
import JournalCore

/// Loading a whole school from its spreadsheet (J-YEAR-1): 1,500 pupils with two guardians each
/// into 33 classes, through the product's import (one transaction, every row sealed in the audit
/// chain), then the same file again (it adds nobody); beside the system's sqlite3 inserting the
/// same 4,500 people as plain rows. Target: under 10 s.
enum ImportBench {
    static let surnames = [
        "Иванов", "Смирнов", "Кузнецов", "Попов", "Васильев", "Петров", "Соколов", "Михайлов", "Новиков", "Фёдоров",
        "Морозов", "Волков", "Алексеев", "Лебедев", "Семёнов", "Егоров", "Павлов", "Козлов", "Степанов", "Николаев",
        "Орлов", "Андреев", "Макаров", "Никитин", "Захаров", "Зайцев", "Соловьёв", "Борисов", "Яковлев", "Григорьев",
    ]
    static let boys = ["Артём", "Максим", "Лев", "Марк", "Иван", "Матвей", "Дмитрий", "Тимофей", "Роман", "Егор"]
    static let girls = ["Анна", "Мария", "Алиса", "Ева", "Виктория", "София", "Полина", "Варвара", "Ксения", "Вера"]
    static let fathers = ["Александр", "Сергей", "Андрей", "Алексей", "Дмитрий"]

    static func csv(pupils: Int) -> String {
        var lines = ["ФИО;Дата рождения;Пол;Класс;ФИО родителя 1;E-mail родителя 1;ФИО родителя 2;E-mail родителя 2"]
        for index in 0..<pupils {
            let surname = surnames[index % surnames.count]
            let girl = index % 2 == 1
            let given = (girl ? girls : boys)[(index / surnames.count) % 10]
            let father = fathers[(index / (surnames.count * 10)) % fathers.count]
            let patronymic = father + (girl ? "овна" : "ович")
            let name = girl ? surname + "а" : surname
            let grade = index % 11 + 1
            let letter = ["А", "Б", "В"][(index / 11) % 3]
            let birth = String(format: "%02d.%02d.%04d", index % 28 + 1, index % 12 + 1, 2026 - 7 - grade)
            let mother = surname + "а " + girls[index % 10] + " Ивановна"
            let dad = surname + " " + father + " Петрович"
            lines.append(
                "\(name) \(given) \(patronymic);\(birth);\(girl ? "ж" : "м");\(grade)\(letter);\(mother);m\(index)@mail.ru;\(dad);f\(index)@mail.ru"
            )
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    /// The import at 750, 1,500 and 3,000 pupils, each into a new file: linear when the time per
    /// pupil stays flat.
    static func run(folder: URL) throws {
        var perPupil: [Double] = []
        for pupils in [750, 1500, 3000] {
            perPupil.append(try run(folder: folder, pupils: pupils) / Double(pupils))
        }
        let growth = (perPupil.last ?? 0) / max(perPupil.first ?? 1, 1e-9)
        print(String(format: "time per pupil at 3,000 against 750: %.2f× (linear: 1×)", growth))
    }

    static func run(folder: URL, pupils: Int) throws -> Double {
        let path = folder.appendingPathComponent("import-\(pupils).sqlite").path
        let journal = Journal(database: try AppDatabase.open(path: path), hasher: .fastForTests)
        let (organization, account) = try journal.createOrganization(
            code: "import", name: "Школа", timeZone: "Europe/Moscow", adminName: "Иванов Иван", adminLogin: "importadmin",
            adminPassword: "bench-password-7")
        let admin = try journal.caller(accountId: account.savedId)
        let today = LocalDate(Date(), in: organization.zone)
        let start = today.month >= 9 ? today.year : today.year - 1
        let year = try journal.createYear(
            admin, name: "\(start)/\(start + 1)", start: LocalDate(start, 9, 1),
            end: LocalDate(start + 1, 8, 31), periodKind: .quarter)
        for grade in 1...11 {
            for letter in ["А", "Б", "В"] {
                _ = try journal.createClass(admin, yearId: year.savedId, gradeLevel: grade, letter: letter, classTeacherId: nil)
            }
        }
        let data = Data(csv(pupils: pupils).utf8)
        var loaded: ImportReport?
        let first = try seconds(iterations: 1) { loaded = try journal.importStudents(admin, data: data, mode: ImportMode()) }
        guard let report = loaded, report.applied else { throw JournalError.invalid(.document, .badFormat) }
        let again = try seconds(iterations: 1) { _ = try journal.importStudents(admin, data: data, mode: ImportMode()) }
        let people = report.count(.student).added + report.count(.guardian).added
        // The floor: the same number of person rows inserted by sqlite3 in one transaction.
        let inserts = """
            INSERT INTO person (organizationId, fullName, searchName)
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < \(people))
            SELECT 1, 'Тест ' || i, 'тест ' || i FROM n
            """
        let reference = try Reference.sqlite(path, inserts, times: 1)
        print(
            String(
                format:
                    "import %d pupils + %d guardians: %.2f s (target at 1,500 < 10 s); again, adding nobody: %.2f s; sqlite3 inserting %d bare person rows in one statement: %.3f s",
                pupils, report.count(.guardian).added, first, again, people, reference))
        return first
    }
}

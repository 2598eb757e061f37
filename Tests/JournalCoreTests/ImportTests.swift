import Foundation
import GRDB
import TestSupport
import Testing

@testable import JournalCore

/// Class lists, staff lists and the teaching load from the files schools keep (J-YEAR-1,
/// J-PEOPLE-1, J-PEOPLE-2, J-PD-1).
@Suite struct ImportTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/import")

    static func fixture(_ name: String) throws -> Data { try Data(contentsOf: fixtures.appendingPathComponent(name)) }

    /// A school with the classes the fixtures name.
    static func school() throws -> (TestSchool, [String: SchoolClass]) {
        let school = try TestSchool()
        var classes: [String: SchoolClass] = [:]
        for (grade, letter) in [(3, "А"), (5, "А"), (5, "Б")] { classes["\(grade)\(letter)"] = try school.schoolClass(grade, letter) }
        return (school, classes)
    }

    static let files = [
        "pupils-excel-utf8.csv", "pupils-excel-cp1251.csv", "pupils-libreoffice-comma.csv", "pupils-libreoffice.xlsx",
        "pupils-by-class.xlsx",
    ]

    @Test(
        "J-YEAR-1: the same class list saved by Excel (UTF-8, Windows-1251), LibreOffice (CSV, XLSX) and one sheet per class loads the same pupils",
        arguments: files)
    func everyFormatLoadsTheSameSchool(_ file: String) throws {
        let (school, classes) = try Self.school()
        let report = try school.journal.importStudents(school.admin, data: try Self.fixture(file), mode: ImportMode())
        #expect(report.problems.isEmpty)
        #expect(report.applied)
        #expect(report.count(.student).added == 6 && report.count(.guardian).added == 6)
        let fiveA = try school.journal.students(school.admin, classId: classes["5А"]!.id!)
        #expect(fiveA.map(\.person.fullName) == ["Абрамов Глеб Сергеевич", "Белкина Яна Андреевна", "Воронцов Денис"])
        #expect(fiveA[0].person.birthDate == date("2015-05-14") && fiveA[0].person.sex == .male && fiveA[1].person.sex == .female)
        let abramov = try school.journal.guardians(school.admin, studentId: fiveA[0].person.id!)
        #expect(Set(abramov.map(\.person.fullName)) == ["Абрамова Инна Викторовна", "Абрамов Сергей Петрович"])
        #expect(abramov.first { $0.person.fullName.hasPrefix("Абрамова") }?.person.phone == "+7 (912) 345-67-01")
        // A brother and a sister in 5Б and 3А share one guardian.
        let mila = try school.journal.students(school.admin, classId: classes["5Б"]!.id!).first { $0.person.fullName.hasPrefix("Гришина") }!
        let lev = try school.journal.students(school.admin, classId: classes["3А"]!.id!)[0]
        #expect(
            try school.journal.guardians(school.admin, studentId: mila.person.id!).map(\.person.id)
                == school.journal.guardians(school.admin, studentId: lev.person.id!).map(\.person.id))
        // J-PD-1: the family that declined has no e-mail and is on paper.
        let consents = try school.journal.consents(school.admin, classId: classes["5А"]!.id!)
        #expect(consents.map { $0.consent?.access } == [.applied, .applied, .declined])
        #expect(consents[0].consent?.consentOn == date("2026-09-01"))
        #expect(try school.journal.verifyAudit(school.admin).problems.isEmpty)
    }

    @Test("J-YEAR-1: a second import of the same pupils, from any of the formats, adds nobody and changes nothing")
    func reimportAddsNobody() throws {
        let (school, _) = try Self.school()
        _ = try school.journal.importStudents(school.admin, data: try Self.fixture(Self.files[0]), mode: ImportMode())
        let counts = try school.rowCounts().filter { $0.key != "auditEntry" && $0.key != "rowSeal" }
        for file in Self.files {
            let again = try school.journal.importStudents(school.admin, data: try Self.fixture(file), mode: ImportMode())
            #expect(again.added.isEmpty && again.changed.isEmpty && again.moves.isEmpty && again.unchanged == 6, "\(file)")
        }
        #expect(try school.rowCounts().filter { $0.key != "auditEntry" && $0.key != "rowSeal" } == counts)
    }

    static let header = "ФИО;Дата рождения;Пол;Класс;Родитель;E-mail родителя;Телефон родителя\n"

    @Test("J-YEAR-1: a file with errors changes nothing and names each problem by line and column")
    func fileWithErrorsChangesNothing() throws {
        let (school, _) = try Self.school()
        let text =
            Self.header + "Орлов Олег Ильич;12.03.2015;м;5А;Орлова Анна;orlova@mail.ru;\n"
            + "Плохов Пётр;31.02.2015;м;5А;Плохова Мария;plohova@mail.ru;\n" + "Кузнецов Кирилл;01.04.2015;x;5А;;;\n"
            + "Сидоров Семён;01.05.2015;м;5Я;Сидорова Света;;\n"
        let before = try school.rowCounts()
        let report = try school.journal.importStudents(school.admin, data: Data(text.utf8), mode: ImportMode())
        #expect(!report.applied)
        #expect(try school.rowCounts() == before)
        let found = report.problems.map { "\($0.line) \($0.column) \($0.field)" }
        #expect(found == ["3 Дата рождения (B) birthDate", "4 Пол (C) sex", "5 Класс (D) schoolClass"])
        // A guardian without an e-mail stops nothing: the class teacher completes it (J-PEOPLE-1).
        #expect(report.toComplete.map { "\($0.line) \($0.column) \($0.field)" } == ["5 E-mail родителя (F) email"])
        #expect(report.problems.last?.reason == .notFound("5Я", closest: ["5А", "5Б", "3А"]))
        // With --skip-errors the clean rows go in, the others stay out.
        let skipped = try school.journal.importStudents(school.admin, data: Data(text.utf8), mode: ImportMode(skipProblems: true))
        #expect(skipped.applied && skipped.added.map(\.name) == ["Орлов Олег Ильич", "Орлова Анна"])
    }

    @Test("J-YEAR-1: a header without a needed column names that column, not «ФИО»")
    func aMissingColumnIsNamed() throws {
        let (school, _) = try Self.school()
        let text = "ФИО;Пол;Класс\nОрлов Олег Ильич;м;5А\n"
        let report = try school.journal.importStudents(school.admin, data: Data(text.utf8), mode: ImportMode())
        #expect(!report.applied)
        #expect(report.problems.map { "\($0.line) \($0.column) \($0.reason)" } == ["1 Дата рождения missing"], "\(report.problems)")
    }

    @Test("J-PEOPLE-1: a pupil whose guardian has no e-mail yet is loaded, the e-mail listed for the class teacher to complete")
    func aMissingGuardianEmailKeepsNobodyOut() throws {
        let (school, _) = try Self.school()
        let text =
            Self.header + "Орлов Олег Ильич;12.03.2015;м;5А;Орлова Анна;orlova@mail.ru;\n"
            + "Сидоров Семён;01.05.2015;м;5А;Сидорова Света;;\n"
        let report = try school.journal.importStudents(school.admin, data: Data(text.utf8), mode: ImportMode())
        #expect(report.applied && report.problems.isEmpty)
        #expect(report.count(.student).added == 2 && report.count(.guardian).added == 2)
        #expect(report.toComplete.map(\.line) == [3] && report.toComplete.first?.field == .email)
    }

    @Test("J-PEOPLE-2: an import that moves a pupil to another class asks first; changed contacts are reported")
    func movesAreAskedFirst() throws {
        let (school, classes) = try Self.school()
        _ = try school.journal.importStudents(school.admin, data: try Self.fixture("pupils-excel-utf8.csv"), mode: ImportMode())
        let text = try String(contentsOf: Self.fixtures.appendingPathComponent("pupils.source.csv"), encoding: .utf8)
            .replacingOccurrences(of: "Абрамов;Глеб;Сергеевич;14.05.2015;м;5А", with: "Абрамов;Глеб;Сергеевич;14.05.2015;м;5Б")
            .replacingOccurrences(of: "+7 912 345-67-02", with: "+7 912 999-00-02")
        let before = try school.rowCounts()
        let asked = try school.journal.importStudents(school.admin, data: Data(text.utf8), mode: ImportMode())
        #expect(asked.needsConfirmation && !asked.applied)
        #expect(asked.moves == [ClassMove(student: "Абрамов Глеб Сергеевич", from: "5А", to: "5Б")])
        #expect(asked.changed.contains(ImportEntry(kind: .guardian, name: "Белкина Наталья Олеговна", fields: [.phone])))
        #expect(try school.rowCounts() == before)
        let moved = try school.journal.importStudents(school.admin, data: Data(text.utf8), mode: ImportMode(confirmed: true))
        #expect(moved.applied)
        #expect(
            try school.journal.students(school.admin, classId: classes["5Б"]!.id!).contains {
                $0.person.fullName == "Абрамов Глеб Сергеевич"
            })
    }

    @Test("J-ACL-1: a class teacher loads their own class's list, and a list naming another class is refused whole")
    func classTeacherImportsOwnClassOnly() throws {
        let school = try TestSchool()
        let leader = try school.staff("Сидорова Анна Павловна", [.classTeacher])
        let fiveA = try school.schoolClass(5, "А", teacher: leader.person.id!)
        _ = try school.schoolClass(5, "Б")
        let teacher = try school.caller(of: leader.person.id!)
        let own = Self.header + "Орлов Олег Ильич;12.03.2015;м;5А;Орлова Анна;orlova@mail.ru;\n"
        #expect(try school.journal.importStudents(teacher, data: Data(own.utf8), mode: ImportMode()).applied)
        let other = own + "Белов Борис;12.03.2015;м;5Б;Белова Вера;belova@mail.ru;\n"
        let before = try school.rowCounts()
        #expect(throws: JournalError.self) { try school.journal.importStudents(teacher, data: Data(other.utf8), mode: ImportMode()) }
        #expect(try school.rowCounts() == before)
        #expect(try school.journal.students(teacher, classId: fiveA.id!).count == 1)
    }

    @Test("J-PEOPLE-1: staff lists give roles from job titles and the class each class teacher leads; roles are only added")
    func staffImport() throws {
        let (school, classes) = try Self.school()
        let text = """
            Фамилия,Имя,Отчество,Должность,E-mail,Телефон,Классное руководство
            Смирнова,Ирина,Павловна,учитель математики,smirnova@school.ru,,5А
            Кравец,Олег,Игоревич,"заместитель директора по УВР, учитель физики",kravets@school.ru,+7 900 111-22-33,
            Лебедь,Анна,,педагог-организатор; методист,,,

            """
        let report = try school.journal.importStaff(school.admin, data: Data(text.utf8), mode: ImportMode())
        #expect(report.applied && report.count(.staff).added == 3)
        let staff = try school.journal.staff(school.admin)
        #expect(Set(staff.first { $0.person.fullName == "Кравец Олег Игоревич" }!.roles) == [.deputyAcademic, .subjectTeacher])
        #expect(Set(staff.first { $0.person.fullName == "Лебедь Анна" }!.roles) == [.subjectTeacher, .methodologist])
        let smirnova = staff.first { $0.person.fullName == "Смирнова Ирина Павловна" }!
        #expect(try school.journal.schoolClass(school.admin, id: classes["5А"]!.id!).classTeacherId == smirnova.person.id)
        let again = try school.journal.importStaff(school.admin, data: Data(text.utf8), mode: ImportMode())
        #expect(again.added.isEmpty && again.changed.isEmpty && again.unchanged == 3)
        let wrong = "ФИО;Должность\nПетров Пётр;космонавт\n"
        let refused = try school.journal.importStaff(school.admin, data: Data(wrong.utf8), mode: ImportMode())
        #expect(!refused.applied && refused.problems.map(\.column) == ["Должность (B)"])
    }

    @Test("J-CLASS-1: the teaching load creates the missing subjects and assignments, teachers found by initials; a second load adds none")
    func assignmentImport() throws {
        let (school, classes) = try Self.school()
        let teacher = try school.staff("Смирнова Ирина Павловна", [.subjectTeacher])
        _ = try school.journal.createSubject(school.admin, name: "Математика")
        let text = "Класс;Предмет;Учитель\n5А;Математика;Смирнова И.П.\n5Б;Математика;Смирнова И. П.\n5А;Информатика;Смирнова Ирина\n"
        let report = try school.journal.importAssignments(school.admin, data: Data(text.utf8), mode: ImportMode())
        #expect(report.applied && report.count(.subject).added == 1 && report.count(.assignment).added == 3)
        let assigned = try school.journal.assignments(school.admin, yearId: school.year.id!, teacherId: teacher.person.id!)
        #expect(assigned.count == 3)
        #expect(try school.journal.subjects(school.admin).map(\.name) == ["Информатика", "Математика"])
        let again = try school.journal.importAssignments(school.admin, data: Data(text.utf8), mode: ImportMode())
        #expect(again.added.isEmpty && again.unchanged == 3)
        let unknown = "Класс;Предмет;Учитель\n5А;Физика;Смирнов\n"
        let refused = try school.journal.importAssignments(school.admin, data: Data(unknown.utf8), mode: ImportMode())
        #expect(!refused.applied && refused.problems.first?.column == "Учитель (C)")
        _ = classes
    }

    @Test("J-YEAR-1: workbook dates are Excel serial days in either date system; a damaged workbook is refused as such")
    func workbookValues() throws {
        #expect(XLSXReader.date(serial: 42138, date1904: false) == date("2015-05-14"))
        #expect(XLSXReader.date(serial: 25569, date1904: false) == date("1970-01-01"))
        #expect(XLSXReader.date(serial: 40676, date1904: true) == date("2015-05-14"))
        #expect(XLSXReader.date(serial: -3, date1904: false) == nil)
        #expect(XLSXReader.isDateFormat(id: 14, code: nil) && XLSXReader.isDateFormat(id: 165, code: "mm/dd/yy"))
        #expect(!XLSXReader.isDateFormat(id: 164, code: "General") && !XLSXReader.isDateFormat(id: 170, code: "[Red]0.00"))
        #expect(SheetFile.columnLetters(0) == "A" && SheetFile.columnLetters(27) == "AB")
        var damaged = try Self.fixture("pupils-libreoffice.xlsx")
        damaged.replaceSubrange(200..<600, with: Data(repeating: 0x41, count: 400))
        let (school, _) = try Self.school()
        #expect(throws: JournalError.invalid(.file, .badFormat)) {
            try school.journal.importStudents(school.admin, data: damaged, mode: ImportMode())
        }
    }

    @Test("Issue 24: workbooks damaged where the reader once crashed or grew without bound are refused as damaged")
    func damagedWorkbooksAreRefused() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("xlsx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        // Python's zipfile writes the packages: a cell far past XFD, a column reference that
        // overflows, a negative shared string, bad UTF-8 inside a tag and inside an attribute.
        let script = #"""
            import sys, zipfile
            head = b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
            cases = {
                'far': b'<row r="1"><c r="ZZZZZZ1" t="s"><v>0</v></c></row>',
                'overflow': b'<row r="1"><c r="AAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1" t="s"><v>0</v></c></row>',
                'negative': b'<row r="1"><c r="A1" t="s"><v>-1</v></c></row>',
                'tag': b'<row r="1"><c\xff r="A1" t="s"><v>0</v></c></row>',
                'attribute': b'<row r="1"><c r="A1" t="s\xff"><v>0</v></c></row>',
            }
            for name, row in cases.items():
                with zipfile.ZipFile(sys.argv[1] + '/' + name + '.xlsx', 'w') as z:
                    z.writestr('xl/workbook.xml', '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="5А" sheetId="1" r:id="rId1"/></sheets></workbook>')
                    z.writestr('xl/_rels/workbook.xml.rels', '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="x" Target="worksheets/sheet1.xml"/></Relationships>')
                    z.writestr('xl/sharedStrings.xml', '<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>ФИО</t></si></sst>')
                    z.writestr('xl/worksheets/sheet1.xml', head + row + b'</sheetData></worksheet>')
            """#
        let (status, output) = try Program.run("/usr/bin/python3", ["-c", script, folder.path], environment: [:])
        #expect(status == 0, "\(output)")
        let (school, _) = try Self.school()
        for name in ["far", "overflow", "negative", "tag", "attribute"] {
            let data = try Data(contentsOf: folder.appendingPathComponent("\(name).xlsx"))
            do {
                let report = try school.journal.importStudents(school.admin, data: data, mode: ImportMode(dryRun: true))
                #expect(!report.problems.isEmpty, "\(name): read as if whole")
            } catch let error as JournalError {
                #expect(error == .invalid(.file, .badFormat), "\(name): \(error)")
            }
        }
    }
}

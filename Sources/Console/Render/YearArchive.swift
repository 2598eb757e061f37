import Foundation
import JournalCore

/// The closed year's journal for the archive (J-ARCH-3): one self-contained HTML file a class —
/// the summary sheet of period marks (pupils × subjects × periods), then each subject's journal
/// pages — with the order that closed the year and the audit chain's head on every file, so that
/// paper and database certify each other.
struct YearArchive {
    let session: Session
    let caller: Caller
    let year: AcademicYear
    let closure: YearClosure

    /// Writes one new file per class into `folder`; the paths written.
    func write(into folder: String) throws -> [String] {
        let journal = session.journal
        let organization = try journal.organization(caller)
        let periods = try journal.periods(caller, yearId: year.id!)
        var written: [String] = []
        for schoolClass in try journal.classes(caller, yearId: year.id!).map(\.schoolClass) {
            let subjects = try subjectsOf(schoolClass)
            var summary: [String: [String: [Int: String]]] = [:]
            for subject in subjects {
                for period in periods {
                    for row in try journal.periodMarks(
                        caller, classId: schoolClass.id!, subjectId: subject.id!, periodNumber: period.number)
                    {
                        summary[row.studentName, default: [:]][subject.name, default: [:]][period.number] = row.mark?.value.rawValue
                    }
                }
            }
            var pages: [(Subject, JournalPage)] = []
            for subject in subjects {
                let page = try journal.journalPage(
                    caller, classId: schoolClass.id!, subjectId: subject.id!, from: year.startDate, to: year.endDate)
                if !page.lessons.isEmpty { pages.append((subject, page)) }
            }
            let html = document(
                school: organization.name, schoolClass: schoolClass.name, subjects: subjects.map(\.name),
                periods: periods.map(\.number), summary: summary, pages: pages)
            let path = URL(fileURLWithPath: folder).appendingPathComponent(
                "\(year.name.replacingOccurrences(of: "/", with: "-")) \(schoolClass.name).html"
            ).path
            try session.writeUserFile(Data(html.utf8), to: path)
            written.append(path)
        }
        return written
    }

    private func subjectsOf(_ schoolClass: SchoolClass) throws -> [Subject] {
        let ids = Set(try session.journal.assignments(caller, yearId: year.id!, classId: schoolClass.id!).map(\.assignment.subjectId))
        return try session.journal.subjects(caller).filter { ids.contains($0.id!) }
    }

    private func document(
        school: String, schoolClass: String, subjects: [String], periods: [Int], summary: [String: [String: [Int: String]]],
        pages: [(Subject, JournalPage)]
    ) -> String {
        let texts = session.texts
        let title = texts(.schoolYear(.archiveTitle(school: school, schoolClass: schoolClass, year: year.name)))
        let certificate = texts(
            .schoolYear(.archiveCertificate(order: closure.orderNumber, date: closure.orderDate.dotted, auditHead: closure.auditHead)))
        let head =
            "<tr><th>\(HTML.escape(texts.label(.fullName)))</th>"
            + subjects.map { "<th colspan=\"\(periods.count)\">\(HTML.escape($0))</th>" }.joined() + "</tr>\n<tr><th></th>"
            + subjects.map { _ in periods.map { "<th>\($0)</th>" }.joined() }.joined() + "</tr>"
        let rows = summary.keys.sorted().map { student in
            "<tr><td>\(HTML.escape(student))</td>"
                + subjects.map { subject in
                    periods.map { "<td>\(HTML.escape(summary[student]?[subject]?[$0] ?? ""))</td>" }.joined()
                }.joined() + "</tr>"
        }.joined(separator: "\n")
        let renderer = JournalPageRenderer(texts: texts)
        let journalPages = pages.map { subject, page in
            let dates = page.lessons.map { String(format: "%02d.%02d", $0.date.day, $0.date.month) }
            let body = zip(page.students, page.cells).map { student, cells in
                "<tr><td>\(HTML.escape(student.fullName))</td>"
                    + cells.map { "<td>\(HTML.escape(renderer.cellText($0)))</td>" }.joined() + "</tr>"
            }.joined(separator: "\n")
            let topics = page.lessons.map { lesson in
                "<li>\(lesson.date.dotted) — \(HTML.escape(lesson.topic ?? "—"))"
                    + (lesson.homework.map { "; \(HTML.escape(texts.label(.homework))): \(HTML.escape($0))" } ?? "") + "</li>"
            }.joined(separator: "\n")
            return """
                <section class="page"><h2>\(HTML.escape(subject.name))</h2>
                <table><tr><th>\(HTML.escape(texts.label(.fullName)))</th>\(dates.map { "<th>\($0)</th>" }.joined())</tr>
                \(body)
                </table>
                <ol class="topics">
                \(topics)
                </ol></section>
                """
        }.joined(separator: "\n")
        return """
            <!DOCTYPE html>
            <html lang="\(texts.language.rawValue)"><head><meta charset="utf-8"><title>\(HTML.escape(title))</title>
            <style>@page { size: A4 landscape; margin: 10mm } body { font-family: sans-serif; font-size: 9pt }
            table { border-collapse: collapse; margin-bottom: 6mm } th, td { border: 1px solid #444; padding: 1mm 2mm }
            .page { page-break-before: always } .certificate { font-family: monospace; font-size: 8pt }</style></head>
            <body>
            <h1>\(HTML.escape(title))</h1>
            <p class="certificate">\(HTML.escape(certificate))</p>
            <h2>\(HTML.escape(texts(.schoolYear(.archiveSummary))))</h2>
            <table>
            \(head)
            \(rows)
            </table>
            \(journalPages)
            <p class="certificate">\(HTML.escape(certificate))</p>
            </body></html>

            """
    }
}

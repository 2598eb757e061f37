import Foundation
import JournalCore

/// The closed year's journal for the archive (J-ARCH-3): one self-contained HTML file a class —
/// the summary sheet of period marks (pupils × subjects × periods), then each subject's journal
/// pages with marks, absences, topics and homework — with the order that closed the year and the
/// audit chain's head on every file, so that paper and database certify each other. Tables wider
/// than an A4 page go in runs, each with the pupils' names and its heading, repeated on every page.
struct YearArchive {
    let session: Session
    let caller: Caller
    let year: AcademicYear
    let closure: YearClosure

    /// A subject's journal page with lessons in the year.
    private struct SubjectPage {
        let subject: Subject
        let page: JournalPage
    }

    /// Writes one file per class into `folder`; the paths. A file already there with the same
    /// bytes is left as it is, so that a run killed half way is finished by `year archive` into the
    /// same folder; one with other bytes is refused before anything is written.
    func write(into folder: String) throws -> [String] {
        let journal = session.journal
        let organization = try journal.organization(caller)
        let subjects = try journal.subjects(caller)
        var files: [(path: String, bytes: Data)] = []
        for schoolClass in try journal.classes(caller, yearId: year.savedId).map(\.schoolClass) {
            let summary = try journal.classSummary(caller, classId: schoolClass.savedId)
            var pages: [SubjectPage] = []
            for subject in subjects {
                let page = try journal.journalPage(
                    caller, classId: schoolClass.savedId, subjectId: subject.savedId, from: year.startDate, to: year.endDate)
                if !page.lessons.isEmpty { pages.append(SubjectPage(subject: subject, page: page)) }
            }
            let html = try document(school: organization.name, schoolClass: schoolClass.name, summary: summary, pages: pages)
            let path = URL(fileURLWithPath: folder).appendingPathComponent(
                "\(year.name.replacingOccurrences(of: "/", with: "-")) \(schoolClass.name).html"
            ).path
            files.append((path, Data(html.utf8)))
        }
        let missing = try files.filter { file in
            guard let existing = FileManager.default.contents(atPath: file.path) else { return true }
            guard existing == file.bytes else { throw ReportedFailure(output: .message(.fileExists(path: file.path))) }
            return false
        }
        for file in missing { try session.writeUserFile(file.bytes, to: file.path) }
        return files.map(\.path)
    }

    private func document(school: String, schoolClass: String, summary: ClassSummary, pages: [SubjectPage]) throws -> String {
        let texts = session.texts
        let title = texts(.schoolYear(.archiveTitle(school: school, schoolClass: schoolClass, year: year.name)))
        let certificate = texts(
            .schoolYear(.archiveCertificate(order: closure.orderNumber, date: closure.orderDate.dotted, auditHead: closure.auditHead)))
        let sections: [String] = pages.map(journalPage)
        let sheet = try summarySheet(summary)
        return """
            <!DOCTYPE html>
            <html lang="\(texts.language.rawValue)"><head><meta charset="utf-8"><title>\(HTML.escape(title))</title>
            <style>@page { size: A4 landscape; margin: 10mm } body { font-family: sans-serif; font-size: 9pt }
            table { border-collapse: collapse; margin-bottom: 6mm } th, td { border: 1px solid #444; padding: 1mm 2mm }
            td:first-child { white-space: nowrap } h2 { page-break-after: avoid }
            .page { page-break-before: always } .certificate { font-family: monospace; font-size: 8pt }</style></head>
            <body>
            <h1>\(HTML.escape(title))</h1>
            <p class="certificate">\(HTML.escape(certificate))</p>
            <h2>\(HTML.escape(texts(.schoolYear(.archiveSummary))))</h2>
            \(sheet)
            \(sections.joined(separator: "\n"))
            <p class="certificate">\(HTML.escape(certificate))</p>
            </body></html>

            """
    }

    /// The pupils × subjects sheet, each subject's periods then its year mark, in runs of whole subjects.
    private func summarySheet(_ summary: ClassSummary) throws -> String {
        let texts = session.texts
        let columns: [Int?] = summary.periods.map(\.number) + [nil]
        let periodHeads = columns.map { PrintableTable.HeadCell($0.map(String.init) ?? texts(.schoolYear(.yearMark))) }
        let nameWidth = (summary.students.map(\.fullName.count) + [texts.label(.fullName).count]).max() ?? 0
        let widths = summary.subjects.map { max(TextWrap.longestWord($0.name), columns.count * 5) + 2 }
        let runs = JournalPageRenderer.pages(widths, room: PrintableTable.pageCharacters - nameWidth - 2)
        return try runs.map { run in
            let subjects = run.map { summary.subjects[$0] }
            let head = [
                [PrintableTable.HeadCell(texts.label(.fullName))]
                    + subjects.map { PrintableTable.HeadCell($0.name, span: columns.count) },
                [PrintableTable.HeadCell("")] + subjects.flatMap { _ in periodHeads },
            ]
            let rows = try summary.students.map { student in
                try [student.fullName]
                    + subjects.flatMap { subject in
                        try columns.map { try summary.mark(student, subject, period: $0)?.rawValue ?? "" }
                    }
            }
            return PrintableTable.table(head: head, rows: rows)
        }.joined(separator: "\n")
    }

    /// A subject's page: pupils down, lesson dates across in runs, then the lessons' topics and homework.
    private func journalPage(_ subjectPage: SubjectPage) -> String {
        let texts = session.texts
        let page = subjectPage.page
        let renderer = JournalPageRenderer(texts: texts)
        let header = [texts.label(.fullName)] + page.lessons.map { String(format: "%02d.%02d", $0.date.day, $0.date.month) }
        let rows = zip(page.students, page.cells).map { student, cells in [student.fullName] + cells.map(renderer.cellText) }
        let tables = PrintableTable.runs(header, rows).map { columns in
            PrintableTable.table(
                head: [columns.map { PrintableTable.HeadCell(header[$0]) }], rows: rows.map { row in columns.map { row[$0] } })
        }
        let topics = page.lessons.map { lesson in
            "<li>\(lesson.date.dotted) — \(HTML.escape(lesson.topic ?? "—"))"
                + (lesson.homework.map { "; \(HTML.escape(texts.label(.homework))): \(HTML.escape($0))" } ?? "") + "</li>"
        }
        return """
            <section class="page"><h2>\(HTML.escape(subjectPage.subject.name))</h2>
            \(tables.joined(separator: "\n"))
            <ol class="topics">
            \(topics.joined(separator: "\n"))
            </ol></section>
            """
    }
}

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
        var written: [String] = []
        for schoolClass in try journal.classes(caller, yearId: year.id!).map(\.schoolClass) {
            let summary = try journal.classSummary(caller, classId: schoolClass.id!)
            var pages: [(Subject, JournalPage)] = []
            for subject in summary.subjects {
                let page = try journal.journalPage(
                    caller, classId: schoolClass.id!, subjectId: subject.id!, from: year.startDate, to: year.endDate)
                if !page.lessons.isEmpty { pages.append((subject, page)) }
            }
            let html = document(school: organization.name, schoolClass: schoolClass.name, summary: summary, pages: pages)
            let path = URL(fileURLWithPath: folder).appendingPathComponent(
                "\(year.name.replacingOccurrences(of: "/", with: "-")) \(schoolClass.name).html"
            ).path
            try session.writeUserFile(Data(html.utf8), to: path)
            written.append(path)
        }
        return written
    }

    private func document(school: String, schoolClass: String, summary: ClassSummary, pages: [(Subject, JournalPage)]) -> String {
        let texts = session.texts
        let title = texts(.schoolYear(.archiveTitle(school: school, schoolClass: schoolClass, year: year.name)))
        let certificate = texts(
            .schoolYear(.archiveCertificate(order: closure.orderNumber, date: closure.orderDate.dotted, auditHead: closure.auditHead)))
        // The periods' marks, then the year's, per subject.
        let columns: [Int?] = summary.periods.map(\.number) + [nil]
        let head =
            "<tr><th>\(HTML.escape(texts.label(.fullName)))</th>"
            + summary.subjects.map { "<th colspan=\"\(columns.count)\">\(HTML.escape($0.name))</th>" }.joined() + "</tr>\n<tr><th></th>"
            + summary.subjects.map { _ in
                columns.map { "<th>\(HTML.escape($0.map(String.init) ?? texts(.schoolYear(.yearMark))))</th>" }.joined()
            }.joined() + "</tr>"
        let rows = summary.students.map { student in
            "<tr><td>\(HTML.escape(student.fullName))</td>"
                + summary.subjects.map { subject in
                    columns.map { "<td>\(HTML.escape(summary.mark(student.id!, subject.id!, period: $0)?.rawValue ?? ""))</td>" }.joined()
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

import Foundation

/// Third-party programs that read what the product writes as people's own programs would:
/// LibreOffice opens a workbook, Chromium prints a page to PDF, pdftotext reads the PDF back.
public enum DocumentReaders {
    public static let soffice = "/usr/bin/soffice"
    public static let chromium = "/usr/bin/chromium"
    public static let pdftotext = "/usr/bin/pdftotext"

    /// LibreOffice Calc headless converts the workbook (each sheet, `--convert-to csv` writing
    /// the first) and returns the CSV it wrote, or why it could not.
    public static func libreOfficeCSV(_ xlsx: URL) throws -> (status: Int32, csv: String, log: String) {
        let folder = xlsx.deletingLastPathComponent().appendingPathComponent("lo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let profile = folder.appendingPathComponent("profile")
        let (status, log) = try Program.run(
            soffice,
            [
                "-env:UserInstallation=file://\(profile.path)", "--headless", "--norestore", "--convert-to",
                "csv:Text - txt - csv (StarCalc):59,34,76,1", "--outdir", folder.path, xlsx.path,
            ], environment: ["HOME": folder.path, "PATH": "/usr/bin:/bin"])
        let csv = folder.appendingPathComponent(xlsx.deletingPathExtension().lastPathComponent + ".csv")
        return (status, (try? String(contentsOf: csv, encoding: .utf8)) ?? "", log)
    }

    /// Headless Chromium prints the page to an A4 PDF; pdftotext reads its text back.
    public static func printedText(_ html: URL) throws -> (pages: Int, text: String, log: String) {
        let folder = html.deletingLastPathComponent().appendingPathComponent("pdf-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let pdf = folder.appendingPathComponent("printed.pdf")
        let (_, log) = try Program.run(
            chromium,
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", "--user-data-dir=\(folder.path)/profile",
                "--print-to-pdf=\(pdf.path)", html.absoluteString,
            ], environment: ["HOME": folder.path, "PATH": "/usr/bin:/bin"])
        let (_, text) = try Program.run(pdftotext, ["-layout", pdf.path, "-"], environment: [:])
        let (_, info) = try Program.run("/usr/bin/pdfinfo", [pdf.path], environment: [:])
        let pages =
            info.split(separator: "\n").first { $0.hasPrefix("Pages:") }
            .flatMap { Int($0.split(separator: " ").last ?? "") } ?? 0
        return (pages, text, log)
    }
}

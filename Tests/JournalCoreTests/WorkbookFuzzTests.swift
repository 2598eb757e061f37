import Foundation
import PropertyBased
import Testing
import ZIPFoundation

@testable import JournalCore

/// A bounded fuzz run of the import readers (issue 24): class lists as workbooks whose XML is
/// mutated the ways that once broke the reader — cell references far past XFD, shared-string
/// indexes out of range or negative, bytes that are not UTF-8 inside a tag, rows repeated,
/// parts cut short — and as CSV text of random cells. Each is read or refused with a reason,
/// never a crash, and none takes more than 5 seconds.
@Suite struct WorkbookFuzzTests {
    /// A class list as Excel writes it: shared strings, a date style, references on every cell.
    static let parts: [String: String] = [
        "[Content_Types].xml": """
        <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
        </Types>
        """,
        "xl/workbook.xml": """
        <?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
        xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>\
        <sheet name="5А" sheetId="1" r:id="rId1"/></sheets></workbook>
        """,
        "xl/_rels/workbook.xml.rels": """
        <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" \
        Target="worksheets/sheet1.xml"/></Relationships>
        """,
        "xl/styles.xml": """
        <?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
        <numFmts count="1"><numFmt numFmtId="164" formatCode="dd.mm.yyyy"/></numFmts>\
        <cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs></styleSheet>
        """,
        "xl/sharedStrings.xml": """
        <?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="9">\
        <si><t>ФИО</t></si><si><t>Дата рождения</t></si><si><t>Класс</t></si><si><t>Орлов Олег Олегович</t></si>\
        <si><t>5А</t></si><si><r><t>Ильина </t></r><r><t>Анна</t></r></si><si><t>Пол</t></si><si><t>м</t></si><si><t>ж</t></si></sst>
        """,
        "xl/worksheets/sheet1.xml": """
        <?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>\
        <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>6</v></c></row>\
        <row r="2"><c r="A2" t="s"><v>3</v></c><c r="B2" s="1"><v>42138</v></c><c r="C2" t="s"><v>4</v></c><c r="D2" t="s"><v>7</v></c></row>\
        <row r="3"><c r="A3" t="s"><v>5</v></c><c r="B3" s="1"><v>42200</v></c><c r="C3" t="inlineStr"><is><t>5А</t></is></c><c r="D3" t="s"><v>8</v></c></row>\
        </sheetData></worksheet>
        """,
    ]

    /// What a mutation puts in: the values that broke readers before, and plain noise.
    static let payloads: [String] = [
        "XFD1048576", "ZZZZZZZZ1", "A99999999999", "A0", "-1", "99999999", "-99999999", "", "\u{FFFD}", "<", "&", "]]>",
        "<row r=\"1048576\"><c r=\"XFD1048576\" t=\"s\"><v>-3</v></c></row>", "<c r=\"A2\" t=\"s\"><v>1e308</v></c>", "\"", "'",
    ]

    /// A workbook with `mutations` applied, each number picking what, where and with which payload.
    static func workbook(_ mutations: [Int]) throws -> Data {
        var files = parts.mapValues { Array($0.utf8) }
        for (index, number) in mutations.enumerated() {
            let names = files.keys.sorted()
            guard !names.isEmpty else { break }
            let name = names[(number / 7) % names.count]
            var bytes = files[name] ?? []
            let position = bytes.isEmpty ? 0 : (number / 97) % bytes.count
            let payload = payloads[(number / 13) % payloads.count]
            switch number % 7 {
            case 0: bytes.insert(contentsOf: Array(payload.utf8), at: position)
            case 1: bytes = Array(bytes.prefix(position))
            case 2: if !bytes.isEmpty { bytes[position] = UInt8((number / 11) % 256) }
            // A byte that is not UTF-8 inside a tag.
            case 3: bytes.insert(0xC3, at: position)
            case 4:
                // The sheet's rows repeated: a few thousand cells at most.
                let sheet = String(decoding: files["xl/worksheets/sheet1.xml"] ?? [], as: UTF8.self)
                guard let row = sheet.components(separatedBy: "<row").dropFirst().first else { continue }
                let repeated = sheet.replacingOccurrences(
                    of: "</sheetData>", with: String(repeating: "<row" + row, count: 200 + index) + "</sheetData>")
                files["xl/worksheets/sheet1.xml"] = Array(repeated.utf8)
                continue
            case 5:
                // A cell's reference, or a shared string's index, replaced.
                let text = String(decoding: bytes, as: UTF8.self)
                let replaced =
                    number % 2 == 0
                    ? text.replacingOccurrences(of: "r=\"B2\"", with: "r=\"\(payloads[(number / 13) % 6])\"")
                    : text.replacingOccurrences(of: "<v>3</v>", with: "<v>\(payloads[4 + (number / 13) % 3])</v>")
                bytes = Array(replaced.utf8)
            default:
                files.removeValue(forKey: name)
                continue
            }
            files[name] = bytes
        }
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, bytes) in files.sorted(by: { $0.key < $1.key }) {
            let data = Data(bytes)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) {
                position, size in data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return archive.data ?? Data()
    }

    static func check(_ data: Data) {
        let start = ContinuousClock.now
        do {
            let parsed = try StudentListFile.parse(data)
            #expect(parsed.file.lines.count <= StudentListFile.maxRows)
        } catch is JournalError {
            // Refused with a reason the console words.
        } catch {
            Issue.record("unexpected error \(error)")
        }
        let spent = ContinuousClock.now - start
        #expect(spent < .seconds(5), "\(spent)")
    }

    @Test("J-YEAR-1: the class list workbook itself is read: two pupils")
    func theWorkbookItselfIsRead() throws {
        let parsed = try StudentListFile.parse(try Self.workbook([]))
        #expect(parsed.file.lines.map(\.fullName) == ["Орлов Олег Олегович", "Ильина Анна"], "\(parsed.file.problems)")
    }

    @Test("J-YEAR-1: mutated workbooks are read or refused, never a crash, each within 5 s")
    func mutatedWorkbooksAreReadOrRefused() async {
        await propertyCheck(count: 300, input: Gen<Int>.int(in: 0...10_000_000).array(of: 1...4)) { mutations in
            Self.check((try? Self.workbook(mutations)) ?? Data())
        }
    }

    static let cells: [String] = [
        "ФИО", "Дата рождения", "Класс", "Орлов Олег", "12.03.2015", "31.13.2015", "5А", "5Я", ";", ",", "\t", "\n", "\r\n",
        "\"", "\"\"", "=HYPERLINK(\"x\")", "\u{0}", "\u{FEFF}", "ё", String(repeating: "я", count: 300),
    ]

    @Test("J-YEAR-1: random CSV class lists are read or refused, never a crash, each within 5 s")
    func randomCSVIsReadOrRefused() async {
        let texts = Gen<String?>.element(of: Self.cells).map { $0! }.array(of: 0...80).map { $0.joined() }
        await propertyCheck(count: 400, input: texts) { text in Self.check(Data(text.utf8)) }
    }
}

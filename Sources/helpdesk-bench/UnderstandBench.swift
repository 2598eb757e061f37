import Foundation
@_spi(Benchmark) import HelpDesk
@_spi(Benchmark) import JournalCore

/// `helpdesk-bench understand [TABLE]`: the share of the phrasing table (Tests/Phrasings) the
/// chat reads as the table expects — intent and fields — against the 95% target, with the
/// sentences it misreads and how long a sentence takes to read.
enum UnderstandBench {
    static func run(table path: String?) throws {
        let file =
            path.map { URL(fileURLWithPath: $0) }
            ?? URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Tests/Phrasings/phrasings.tsv")
        let table = try PhrasingTable(text: String(contentsOf: file, encoding: .utf8))
        var outcomes: [PhrasingTable.Outcome] = []
        // The dictionary loads once per process, at the first word it is asked about.
        measure("load hunspell's Russian dictionary") { _ = Spelling.russian.knows("журнал") }
        measure("read \(table.rows.count) sentences (spelling, dates, intents)") { outcomes = table.check() }
        let rounds = 5
        let elapsed = ContinuousClock().measure { for _ in 0..<rounds { _ = table.check() } }
        let milliseconds = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        print(
            String(format: "one sentence, mean of %d: %.2f ms", rounds * table.rows.count, milliseconds / Double(rounds * table.rows.count))
        )
        let understood = outcomes.filter(\.understood).count
        let share = Double(understood) * 100 / Double(max(1, outcomes.count))
        print(String(format: "understood %d of %d: %.1f%%   (target ≥ 95%%)", understood, outcomes.count, share))
        print(
            "hunspell's Russian dictionary: \(Spelling.russian.isAvailable ? "in use" : "missing — typos are read by edit distance only")")
        for outcome in outcomes where !outcome.understood {
            let read =
                outcome.read.map {
                    "\($0.intent.rawValue) topic=\($0.topic) date=\($0.when.date?.description ?? "-") time=\($0.when.time?.description ?? "-") role=\($0.role?.rawValue ?? "-") class=\($0.className ?? "-")"
                } ?? "not understood"
            print(
                "  line \(outcome.row.line): «\(outcome.row.sentence)» → \(read); expected \(outcome.row.intent.rawValue) \(outcome.row.fields.map { "\($0.0)=\($0.1)" }.joined(separator: " "))"
            )
        }
    }
}

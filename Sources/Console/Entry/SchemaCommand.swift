import ArgumentParser
import Foundation
import JournalCore

/// `helpdesk schema COMMAND`: the JSON Schema of that console command's `--json` document, from
/// the result the command declares; `helpdesk schema` alone prints every command's, by name.
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "schema")

    @Argument var words: [String] = []

    func run() throws {
        guard !words.isEmpty else {
            let all = Dictionary(CommandTable.all.map { ($0.name, ResultSchema.document($0)) }, uniquingKeysWith: { first, _ in first })
            return print(ResultSchema.text(all), terminator: "")
        }
        guard let (command, length) = CommandTable.find(words, in: CommandTable.all), length == words.count else {
            let texts = Texts(Language.fromEnvironment(ProcessInfo.processInfo.environment))
            FileHandle.standardError.write(Data((texts(.unknownCommand(words.joined(separator: " "))) + "\n").utf8))
            throw ExitCode(Outcome.usage.rawValue)
        }
        print(ResultSchema.text(ResultSchema.document(command)), terminator: "")
    }
}

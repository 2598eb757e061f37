/// The core writes `?` placeholders, as SQLite reads them, and `?2` for an argument used twice;
/// PostgreSQL numbers them (`$1`, `$2`). Quoted strings, quoted names and comments are copied as
/// they are.
enum PostgresPlaceholders {
    static func numbered(_ sql: String) -> String {
        let characters = Array(sql)
        var output = ""
        var number = 0
        var quote: Character?
        var lineComment = false
        for (index, character) in characters.enumerated() {
            let previous = index > 0 ? characters[index - 1] : nil
            if lineComment {
                if character == "\n" { lineComment = false }
            } else if let open = quote {
                if character == open { quote = nil }
            } else if character == "'" || character == "\"" {
                quote = character
            } else if character == "-" && previous == "-" {
                lineComment = true
            } else if character == "?" {
                // `?NNN` names its argument: the digits that follow are kept as its number.
                let numbered = index + 1 < characters.count && characters[index + 1].isASCII && characters[index + 1].isNumber
                if !numbered { number += 1 }
                output += numbered ? "$" : "$\(number)"
                continue
            }
            output.append(character)
        }
        return output
    }
}

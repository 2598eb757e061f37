/// The core writes `?` placeholders, as SQLite reads them; PostgreSQL numbers them (`$1`). Quoted
/// strings, quoted names and comments are copied as they are.
enum PostgresPlaceholders {
    static func numbered(_ sql: String) -> String {
        var output = ""
        var number = 0
        var quote: Character?
        var lineComment = false
        var previous: Character?
        for character in sql {
            defer { previous = character }
            if lineComment {
                if character == "\n" { lineComment = false }
            } else if let open = quote {
                if character == open { quote = nil }
            } else if character == "'" || character == "\"" {
                quote = character
            } else if character == "-" && previous == "-" {
                lineComment = true
            } else if character == "?" {
                number += 1
                output += "$\(number)"
                continue
            }
            output.append(character)
        }
        return output
    }
}

import JournalCore

/// What a command shows: the console draws it for a person or prints it as JSON.
indirect enum Output {
    case none
    case message(Message)
    /// Text already worded, such as help.
    case text(String)
    /// Rows under columns named by fields; the JSON keys are the fields' names.
    case table(columns: [Label], rows: [[String]])
    case record([(Label, String)])
    /// Titled parts, e.g. a class and its students.
    case sections([(Label, Output)])
    case lines([Output])
}

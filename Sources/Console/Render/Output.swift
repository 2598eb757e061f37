import JournalCore

/// What a command shows: the console draws it for a person or prints it as JSON.
indirect enum Output {
    case none
    case message(Message)
    /// Text already worded, such as help.
    case text(String)
    /// Rows under columns named by labels; the JSON keys are the labels' names.
    case table(columns: [Label], rows: [[Cell]])
    case record([(Label, Cell)])
    /// Titled parts, e.g. a class and its students.
    case sections([(Label, Output)])
    case lines([Output])
    /// A screen drawn for people (the journal page) over the data JSON carries.
    case shown(String, data: Output)
    /// What people see, drawn as any output is, over the data JSON carries in the command's
    /// declared shape (a card on screen, its named parts in JSON).
    case screen(Output, data: Output)
}

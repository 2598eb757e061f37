import JournalCore

/// The help desk's side of the product (support timetables, consultations, tickets, credential
/// resets), built on the journal core. Its features land with the help-desk issues.
public enum HelpDesk {}

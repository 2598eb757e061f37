/// Where a long piece of work stands, for a console to draw: called with a fraction from 0 to 1,
/// from any thread. It may throw to stop the work (a person pressed Ctrl-C): the work stops at
/// once and what it had not committed is rolled back.
public typealias WorkProgress = @Sendable (Double) throws -> Void

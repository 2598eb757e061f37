/// Where a long piece of work stands, for a console to draw: called with a fraction from 0 to 1,
/// from any thread.
public typealias WorkProgress = @Sendable (Double) -> Void

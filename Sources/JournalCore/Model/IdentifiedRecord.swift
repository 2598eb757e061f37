/// A record whose row is known by an integer `id`: nil in a value not yet inserted, set when it
/// is, always there in a row read from the database.
public protocol IdentifiedRecord {
    var id: Int64? { get set }
}

extension IdentifiedRecord {
    /// The id of a record read from the database or just inserted. A record never saved has
    /// none: asking it for one is a fault in the program, thrown as `UnsavedRecord`, not a crash.
    public var savedId: Int64 {
        get throws(UnsavedRecord) {
            guard let id else { throw UnsavedRecord(table: Self.recordName) }
            return id
        }
    }
}

extension IdentifiedRecord {
    /// The record's name as its table is named: the type's, from a small letter (`ticketEvent`).
    static var recordName: String {
        let name = "\(Self.self)"
        return name.prefix(1).lowercased() + name.dropFirst()
    }
}

/// A record's id was asked for before the record was inserted: a fault in the program, never in
/// the data, and the write it happened in is rolled back whole.
public struct UnsavedRecord: Error, Equatable, Sendable, CustomStringConvertible {
    /// The record's type.
    public let table: String

    public var description: String { "a \(table) record was used before it was saved" }
}

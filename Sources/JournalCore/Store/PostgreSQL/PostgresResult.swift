/// What one statement returned: its columns' names, its rows, and how many rows it changed.
struct PostgresResult: Sendable {
    let columns: [String]
    let rows: [[StoreValue]]
    let changedRows: Int
}

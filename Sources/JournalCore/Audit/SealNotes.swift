/// What notes a changed row of a sealed table (J-ARCH-2), for either engine: the table written, the
/// name its seals go by, and the row's key from its new and old values (`NEW.id, 0`), on an update
/// of the listed columns only when `updateOf` names them. The product's own writes note their
/// rows; a tool that edits the store behind the product notes none, and `audit verify` names it.
struct SealNotes: Sendable {
    let name: String
    let table: String
    let keys: (new: String, old: String)
    var updateOf: [String] = []

    /// ` OF a, b` after `UPDATE` when only some columns' updates are noted; nothing otherwise.
    private var updateClause: String { updateOf.isEmpty ? "" : " OF " + updateOf.joined(separator: ", ") }

    /// On SQLite: temporary triggers of the product's own connection, into its temporary notes. A
    /// row noted already is passed over by the statement itself, not by a conflict clause, which
    /// SQLite would take from the statement that fired the trigger (an upsert's would abort).
    var sqlite: [String] {
        func note(_ key: String) -> String {
            let parts = key.split(separator: ",", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            let (id, sub) = (parts.first ?? key, parts.count > 1 ? parts[1] : "0")
            return """
                INSERT INTO pendingSeal SELECT '\(name)', \(id), \(sub) WHERE NOT EXISTS \
                (SELECT 1 FROM pendingSeal WHERE entity = '\(name)' AND entityId = \(id) AND sub = \(sub));
                """
        }
        let trigger = "seal_\(name)"
        return [
            "CREATE TEMP TRIGGER IF NOT EXISTS \(trigger)_insert AFTER INSERT ON main.\(table) BEGIN \(note(keys.new)) END",
            "CREATE TEMP TRIGGER IF NOT EXISTS \(trigger)_update AFTER UPDATE\(updateClause) ON main.\(table) BEGIN \(note(keys.old)) \(note(keys.new)) END",
            "CREATE TEMP TRIGGER IF NOT EXISTS \(trigger)_delete AFTER DELETE ON main.\(table) BEGIN \(note(keys.old)) END",
        ]
    }

    /// On PostgreSQL: one trigger of the table for every session (a pooler keeps no temporary
    /// object from one transaction to the next), noting a row only in a transaction that said
    /// `SET LOCAL helpdesk.sealing = 'on'`, each note under the transaction's own id.
    var postgresql: String {
        func note(_ key: String) -> String {
            "INSERT INTO pendingseal (entity, entityid, sub) VALUES ('\(name)', \(key)) ON CONFLICT DO NOTHING;"
        }
        let function = "seal_\(name.lowercased())"
        return """
            CREATE OR REPLACE FUNCTION \(function)() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF current_setting('helpdesk.sealing', true) = 'on' THEN
                    IF TG_OP <> 'DELETE' THEN \(note(keys.new)) END IF;
                    IF TG_OP <> 'INSERT' THEN \(note(keys.old)) END IF;
                END IF;
                RETURN NULL;
            END
            $$;
            CREATE OR REPLACE TRIGGER \(function) AFTER INSERT OR UPDATE\(updateClause) OR DELETE ON \(table)
            FOR EACH ROW EXECUTE FUNCTION \(function)();
            """
    }
}

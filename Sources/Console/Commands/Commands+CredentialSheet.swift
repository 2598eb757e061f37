import Foundation
import JournalCore

extension Commands {
    /// Temporary passwords for a whole class or role at once (J-ACL-4, H-CRED-2): never on the
    /// screen, only on the printable sheet of slips, a new file readable by its owner alone.
    static func issueForMany(_ session: Session, _ caller: Caller, _ arguments: Arguments) throws -> Output {
        guard let sheet = arguments[Arg.slipSheet] else { throw InputError(.file, .missing) }
        let classId = try arguments[Arg.className].map { name in
            try session.journal.findClass(caller, named: name, yearId: try session.journal.year(caller, named: nil).savedId).savedId
        }
        // Checked before any password is made: the sheet must be writable as a new file in a folder that is there.
        try session.checkNewFile(sheet)
        let organization = try session.journal.organization(caller)
        let sheetWriter = CredentialSheet(texts: session.texts, zone: session.zone)
        // Only accounts never issued, unless --again; the sheet is written before the passwords
        // are committed, and a sheet that cannot be written leaves every password as it was.
        let issued = try session.withProgress(.credentials) { progress in
            try session.journal.issueCredentials(
                caller, classId: classId, role: arguments[Arg.anyRole], again: arguments.isSet(Arg.again), progress: progress
            ) { issued in
                try session.writeUserFile(Data(sheetWriter.html(issued, school: organization.name).utf8), to: sheet)
            }
        }
        guard !issued.isEmpty else { return .message(.allCredentialsIssued) }
        return .message(.slipsWritten(count: issued.count, path: sheet))
    }
}

extension Commands {
    /// The signed sheet of a class or of the staff (J-ACL-4, H-CRED-2): without `--signed`, who has
    /// not signed for their slip; with `--signed все` everyone who has not, or the names given, `;`-separated.
    static func sheetHandover(_ session: Session, className: String?, _ signed: String?) throws -> Output {
        let caller = try session.requireCaller()
        let group: SlipGroup =
            try className.map { name in
                .schoolClass(
                    try session.journal.findClass(caller, named: name, yearId: try session.journal.year(caller, named: nil).savedId).savedId
                )
            } ?? .staff
        guard let signed else {
            let rows = try session.journal.credentialSlips(caller, group).filter(\.awaitsSignature)
            if rows.isEmpty { return .message(.schoolYear(.everyoneSigned)) }
            return .lines([.message(.schoolYear(.notSigned(rows.count))), slipTable(rows, session)])
        }
        let names =
            Words.all.contains(signed.lowercased()) ? nil : signed.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        let recorded = try session.journal.recordSlipsSigned(caller, group, names: names)
        return .lines([.message(.schoolYear(.slipsSigned(recorded.count))), slipTable(recorded, session)])
    }

    /// The columns of `slipTable`: when each slip was issued and signed for, null while not.
    static let slipFields: [FieldShape] = [
        .text(.fullName), .text(.login), .list(.roles, of: .codes(Role.self)), .moment(.issuedAt).optional, .moment(.signedAt).optional,
    ]

    static func slipTable(_ rows: [SlipRow], _ session: Session) -> Output {
        .table(
            columns: [.fullName, .login, .roles, .issuedAt, .signedAt],
            rows: rows.map { row in
                [
                    // The roles in their order, as codes in JSON.
                    .text(row.fullName), .text(row.login), .list(row.roles.map { .choice($0, session.texts.role) }),
                    row.slip.map { .moment($0.issuedAt, session.zone) } ?? .empty,
                    row.slip?.signedAt.map { .moment($0, session.zone) } ?? .empty,
                ]
            })
    }
}

/// The printable sheet of credential slips: one slip a person — school, name, login, identifier,
/// temporary password and its expiry, lines for both signatures — cut apart and handed over
/// under signature (H-CRED-2).
struct CredentialSheet {
    let texts: Texts
    let zone: TimeZone

    func html(_ issued: [IssuedCredentials], school: String) -> String {
        let slips = issued.map { slip in
            """
            <section class="slip">
            <p class="school">\(HTML.escape(school))</p>
            <p class="name">\(HTML.escape(slip.fullName))</p>
            <table>
            <tr><th>\(HTML.escape(texts.label(.login)))</th><td>\(HTML.escape(slip.login))</td></tr>
            <tr><th>\(HTML.escape(texts.label(.identifier)))</th><td>\(slip.identifier)</td></tr>
            <tr><th>\(HTML.escape(texts.label(.password)))</th><td class="secret">\(HTML.escape(slip.temporaryPassword))</td></tr>
            </table>
            <p>\(HTML.escape(texts(.slipExpires(texts.moment(slip.expiresAt, in: zone)))))</p>
            <p class="signatures">\(HTML.escape(texts(.slipSignatures)))</p>
            </section>
            """
        }.joined(separator: "\n")
        return """
            <!DOCTYPE html>
            <html lang="\(texts.language.rawValue)"><head><meta charset="utf-8"><title>\(HTML.escape(texts(.slipSheetTitle(school: school))))</title>
            <style>@page { size: A4; margin: 12mm } body { font-family: sans-serif; font-size: 11pt }
            .slip { border: 1px dashed #666; padding: 6mm; margin-bottom: 6mm; page-break-inside: avoid }
            .school { font-size: 9pt } .name { font-weight: bold } th { text-align: left; padding-right: 6mm }
            .secret { font-family: monospace; font-size: 13pt } .signatures { margin-top: 8mm }</style></head>
            <body>
            <p>\(HTML.escape(texts(.slipSheetWarning)))</p>
            \(slips)
            </body></html>

            """
    }
}

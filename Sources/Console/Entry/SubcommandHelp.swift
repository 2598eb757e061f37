import Foundation
import JournalCore

/// `helpdesk ПОДКОМАНДА --help` in the person's language: how the subcommand is run and its own
/// parameters, each sentence once with its Russian and English side by side; the parameters every
/// subcommand shares are in `helpdesk --help`.
enum SubcommandHelp {
    struct Page {
        /// How it is run, in each language.
        let usage: (String, String)
        /// Its own parameters.
        let parameters: [Parameter]
    }

    /// A parameter: its term and what it is, each in Russian and English.
    struct Parameter {
        let term: (String, String)
        let text: (String, String)

        init(_ ru: String, _ en: String? = nil, _ textRu: String, _ textEn: String) {
            term = (ru, en ?? ru)
            text = (textRu, textEn)
        }
    }

    static let pages: [String: Page] = [
        "init": Page(
            usage: (
                "helpdesk --db ФАЙЛ init --org КОД --name НАЗВАНИЕ --tz ЗОНА --admin ЛОГИН [--admin-name ФИО]",
                "helpdesk --db FILE init --org CODE --name NAME --tz ZONE --admin LOGIN [--admin-name NAME]"
            ),
            parameters: [
                Parameter(
                    "--org КОД", "--org CODE", "краткий код организации, например glshkola", "the organization's short code, e.g. glshkola"),
                Parameter("--name НАЗВАНИЕ", "--name NAME", "полное название организации", "the organization's full name"),
                Parameter(
                    "--tz ЗОНА", "--tz ZONE", "часовой пояс школы, например Europe/Moscow", "the school's time zone, e.g. Europe/Moscow"),
                Parameter(
                    "--admin ЛОГИН", "--admin LOGIN", "логин первого администратора журнала", "the first journal administrator's login"),
                Parameter(
                    "--admin-name ФИО", "--admin-name NAME", "его ФИО (по умолчанию «Администратор Журнала»)",
                    "their full name (default «Администратор Журнала»)"),
                Parameter(
                    "HELPDESK_PASSWORD", nil, "переменная окружения с его паролем; если её нет, пароль спрашивается без эха",
                    "environment variable with their password; if it is not set, the password is asked for without echo"
                ),
            ]),
        "recover": Page(
            usage: ("helpdesk --db ФАЙЛ recover --admin ЛОГИН", "helpdesk --db FILE recover --admin LOGIN"),
            parameters: [
                Parameter(
                    "--admin ЛОГИН", "--admin LOGIN",
                    "администратор журнала, которому выдаётся одноразовый пароль (нужны права на запись в файл базы)",
                    "the journal administrator who gets a one-time password (needs write access to the database file)"
                )
            ]),
        "backup": Page(
            usage: ("helpdesk --db ФАЙЛ backup НОСИТЕЛЬ… | --verify КОПИЯ", "helpdesk --db FILE backup DESTINATION… | --verify COPY"),
            parameters: [
                Parameter(
                    "НОСИТЕЛЬ…", "DESTINATION…", "папки или новые файлы .sqlite; положение требует двух носителей",
                    "folders or new .sqlite files; the regulation asks for two media"
                ),
                Parameter(
                    "--verify КОПИЯ", "--verify COPY", "проверить копию по её описи вместо новой копии",
                    "check a copy against its manifest instead of making one"),
            ]),
        "restore": Page(
            usage: ("helpdesk restore КОПИЯ --to НОВЫЙ_ФАЙЛ [--json]", "helpdesk restore COPY --to NEW_FILE [--json]"),
            parameters: [
                Parameter("КОПИЯ", "COPY", "проверенная копия (с описью рядом)", "a checked copy (its manifest beside it)"),
                Parameter(
                    "--to НОВЫЙ_ФАЙЛ", "--to NEW_FILE",
                    "новый файл базы (существующий не перезаписывается) или база региона postgresql://…, где этих школ ещё нет",
                    "the new database file (an existing one is never overwritten), or a region's database postgresql://… without these schools"
                ),
            ]),
        "migrate": Page(
            usage: (
                "helpdesk migrate --from ИСТОЧНИК --to КУДА --org КОД [--org КОД…] [--json]",
                "helpdesk migrate --from SOURCE --to TARGET --org CODE [--org CODE…] [--json]"
            ),
            parameters: [
                Parameter(
                    "--from ИСТОЧНИК", "--from SOURCE", "файл школы или база региона (postgresql://…)",
                    "a school's file or a region's database (postgresql://…)"),
                Parameter(
                    "--to КУДА", "--to TARGET", "база региона или файл; новый файл создаётся и при отказе удаляется",
                    "a region's database or a file; a new file is made, and removed again if the move fails"),
                Parameter(
                    "--org КОД", "--org CODE", "школа; служба поддержки, что её обслуживает, переносится вместе с ней или раньше",
                    "a school; the support desk that serves it moves with it or before it"),
            ]),
        "serve": Page(
            usage: ("helpdesk serve --db ФАЙЛ [--authorized-keys ФАЙЛ]", "helpdesk serve --db FILE [--authorized-keys FILE]"),
            parameters: [
                Parameter(
                    "--authorized-keys ФАЙЛ", "--authorized-keys FILE",
                    "файл ключей, который ведёт программа (по умолчанию ~/.ssh/authorized_keys)",
                    "the authorized_keys file the program keeps (default ~/.ssh/authorized_keys)"
                ),
                Parameter(
                    "SSH_ORIGINAL_COMMAND", nil, "что попросили по SSH; задаётся sshd (ForceCommand)",
                    "what was asked for over SSH; set by sshd (ForceCommand)"
                ),
            ]),
        "notify": Page(
            usage: ("helpdesk notify --db ФАЙЛ [--limit N]", "helpdesk notify --db FILE [--limit N]"),
            parameters: [
                Parameter(
                    "--limit N", nil, "передать за раз не больше N писем (по умолчанию 1000)",
                    "hand over at most N messages in this run (default 1000)"),
                Parameter(
                    "HELPDESK_SENDMAIL", nil, "программа отправки (по умолчанию /usr/sbin/sendmail)",
                    "the sending program (default /usr/sbin/sendmail)"),
            ]),
        "mail-in": Page(
            usage: ("helpdesk mail-in --db ФАЙЛ [--org КОД] < письмо.eml", "helpdesk mail-in --db FILE [--org CODE] < message.eml"),
            parameters: [
                Parameter(
                    "--org КОД", "--org CODE", "организация, чей это адрес службы (по умолчанию первая)",
                    "the organization whose desk address this is (default the first)"
                )
            ]),
        "status": Page(
            usage: ("helpdesk status --db ФАЙЛ [--json]", "helpdesk status --db FILE [--json]"),
            parameters: [Parameter("--json", nil, "результат одним документом JSON", "the result as one JSON document")]),
        "schema": Page(
            usage: ("helpdesk schema [КОМАНДА]", "helpdesk schema [COMMAND]"),
            parameters: [
                Parameter(
                    "КОМАНДА", "COMMAND", "команда консоли, например «class list»; без неё — схемы всех команд по имени",
                    "a console command, e.g. «class list»; without it, every command's schema by name")
            ]),
    ]

    /// The subcommand whose help the arguments ask for, if they do.
    /// `helpdesk init --help`, `helpdesk init -h` and `helpdesk help init` alike.
    static func asked(_ arguments: [String]) -> String? {
        if let help = arguments.firstIndex(of: "help"), arguments.indices.contains(help + 1), pages[arguments[help + 1]] != nil,
            CommandLineHelp.subcommand(arguments) == nil
        {
            return arguments[help + 1]
        }
        guard arguments.contains("--help") || arguments.contains("-h"), let name = CommandLineHelp.subcommand(arguments),
            pages[name] != nil
        else { return nil }
        return name
    }

    static func text(_ name: String, _ language: Language, columns: Int = TerminalSize.columns() ?? 80) -> String {
        guard let page = pages[name], let about = CommandLineHelp.subcommands.first(where: { $0.0 == name }) else { return "" }
        let ru = language == .ru
        let rows = page.parameters.map { (ru ? $0.term.0 : $0.term.1, $0.text.0, $0.text.1) }
        let width = rows.map { TextWidth.of($0.0) }.max() ?? 0
        let room = max(20, columns - 2)
        let title = TextWrap.lines("helpdesk \(name) — \(ru ? about.1 : about.2).", width: columns).joined(separator: "\n")
        let usage = TextWrap.lines(ru ? page.usage.0 : page.usage.1, width: room).joined(separator: "\n  ")
        return title + "\n\n" + (ru ? "Запуск:" : "Usage:") + "\n  " + usage + "\n\n" + (ru ? "Параметры:" : "Options:") + "\n"
            + CommandLineHelp.rows(rows, width: width, language: language, columns: columns) + "\n\n"
            + (ru
                ? "Общие параметры (--db, --lang, --json…): helpdesk --help\n"
                : "Shared options (--db, --lang, --json…): helpdesk --help\n")
    }
}

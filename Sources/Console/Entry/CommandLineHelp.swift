import Foundation
import JournalCore

/// `helpdesk --help` and the command line's errors in the person's language (Russian unless
/// `--lang en` or an English LANG): each sentence once, its Russian and English side by side.
enum CommandLineHelp {
    /// The language the command line speaks: `--lang`, else LANG, else Russian.
    static func language(_ arguments: [String], environment: [String: String] = ProcessInfo.processInfo.environment) -> Language {
        if let index = arguments.firstIndex(of: "--lang"), arguments.indices.contains(index + 1),
            let language = Language(rawValue: arguments[index + 1])
        {
            return language
        }
        return Language.fromEnvironment(environment)
    }

    /// Whether the arguments ask for the program's own help (not a subcommand's).
    static func asksForHelp(_ arguments: [String]) -> Bool {
        arguments == ["--help"] || arguments == ["-h"] || arguments == ["help"]
    }

    /// Each subcommand: its name, what it does in Russian and in English.
    static let subcommands: [(String, String, String)] = [
        ("init", "создать организацию и первого администратора журнала", "create an organization and its first journal administrator"),
        (
            "recover", "одноразовый пароль администратору журнала (владельцу файла)",
            "a one-time password for a journal administrator (the file's owner)"
        ),
        (
            "backup", "копия базы на один или несколько носителей, с проверкой и манифестом",
            "copy the database to one or more destinations, checked, with a manifest"
        ),
        ("restore", "восстановить копию в новый файл после проверки", "restore a backup into a new file after checking it"),
        (
            "migrate", "перенести школы между файлом школы и базой региона на PostgreSQL, с журналом изменений",
            "move schools between a school's file and a region's database on PostgreSQL, audit log and all"
        ),
        ("serve", "консоль как принудительная команда OpenSSH на сервере школы", "the console as OpenSSH's forced command"),
        ("notify", "отправить почту, срок которой настал, через sendmail", "send the mail that is due through sendmail"),
        ("mail-in", "принять одно письмо со стандартного ввода", "take one e-mail from standard input"),
        ("status", "когда работали таймеры и что ждёт отправки", "when the timers last ran and what waits in the outbox"),
        ("schema", "JSON Schema результата команды консоли (--json)", "the JSON Schema of a console command's --json result"),
    ]

    /// Rows of a term and its description in the person's language, the descriptions wrapped at
    /// words within the terminal, under their own column.
    static func rows(_ entries: [(String, String, String)], width: Int, language: Language, columns: Int) -> String {
        let indent = String(repeating: " ", count: width + 4)
        return entries.map { entry in
            "  " + TextWidth.pad(entry.0, to: width) + "  "
                + TextWrap.lines(language == .ru ? entry.1 : entry.2, width: max(20, columns - width - 4)).joined(separator: "\n" + indent)
        }.joined(separator: "\n")
    }

    static func text(_ language: Language, columns: Int = TerminalSize.columns() ?? 80) -> String {
        let ru = language == .ru
        let options: [(String, String, String)] = [
            (
                "--db ФАЙЛ", "файл базы (по умолчанию $HELPDESK_DB, иначе $XDG_DATA_HOME/helpdesk/helpdesk.sqlite)",
                "the database file (default: $HELPDESK_DB, else $XDG_DATA_HOME/helpdesk/helpdesk.sqlite)"
            ),
            (
                "--user ЛОГИН", "войти под этим логином; пароль — из HELPDESK_PASSWORD, иначе спрашивается без эха",
                "log in as this user; the password from HELPDESK_PASSWORD, else asked without echo"
            ),
            ("-c, --command СТРОКА", "выполнить одну команду и выйти", "run one command line and exit"),
            ("--json", "каждый результат — один документ JSON", "print each result as one JSON document"),
            ("--lang ru|en", "язык консоли (по умолчанию из LANG, иначе ru)", "the console's language (default: from LANG, else ru)"),
            ("--demo", "загрузить демо-школу (если её ещё нет) и начать", "load the demo school (if it is not there yet) and start"),
            ("-y, --yes", "не спрашивать подтверждения перед записью", "do not ask for confirmation before writing"),
            (
                "--schedules ПАПКА", "папка графиков поддержки (по умолчанию поставляемые с программой)",
                "the folder of the support timetables (default: those shipped with the program)"
            ),
            ("-h, --help", "эта справка", "this help"),
        ]
        let width = (options + Self.subcommands).map { TextWidth.of($0.0) }.max() ?? 0
        return
            (ru
            ? [
                "helpdesk — электронный классный журнал и служба поддержки в одной консоли.", "",
                "Запуск: helpdesk [параметры] [подкоманда]", "", "Параметры:",
            ]
            : [
                "helpdesk — the electronic class journal and its help desk in one console.", "",
                "Usage: helpdesk [options] [subcommand]", "", "Options:",
            ])
            .joined(separator: "\n") + "\n" + rows(options, width: width, language: language, columns: columns) + "\n\n"
            + (ru ? "Подкоманды (helpdesk ПОДКОМАНДА --help — подробно):" : "Subcommands (helpdesk SUBCOMMAND --help for more):") + "\n"
            + rows(Self.subcommands, width: width, language: language, columns: columns) + "\n\n"
            + (ru
                ? "В консоли: help — все команды, help КОМАНДА — подробно об одной.\n"
                : "In the console: help lists every command, help COMMAND tells of one.\n")
    }

    /// Options that take a value: the word after one is its value, never a subcommand.
    static let valued: Set<String> = [
        "--db", "--user", "-c", "--command", "--lang", "--schedules", "--authorized-keys", "--org", "--name", "--tz", "--admin",
        "--admin-name", "--verify", "--to", "--limit", "--sendmail", "--from",
    ]

    /// The console's own flags: who logs in, one line, the demo, no questions — none a subcommand's.
    static let consoleOnly: Set<String> = ["--user", "-c", "--command", "--demo", "-y", "--yes"]

    /// The subcommand the arguments run: their first word that is neither an option nor an
    /// option's value, when it names one.
    static func subcommand(_ arguments: [String]) -> String? {
        var index = arguments.startIndex
        while index < arguments.endIndex {
            let argument = arguments[index]
            if argument.hasPrefix("-") {
                index += valued.contains(argument) ? 2 : 1
                continue
            }
            return subcommands.contains { $0.0 == argument } ? argument : nil
        }
        return nil
    }

    /// A console flag given with a subcommand (`helpdesk backup --user x`), which would be taken
    /// in silence and do nothing.
    static func misplaced(_ arguments: [String]) -> (flag: String, subcommand: String)? {
        guard let subcommand = subcommand(arguments) else { return nil }
        var index = arguments.startIndex
        while index < arguments.endIndex {
            let argument = arguments[index]
            let name = String(argument.split(separator: "=").first ?? "")
            if consoleOnly.contains(name) { return (name, subcommand) }
            index += valued.contains(argument) ? 2 : 1
        }
        return nil
    }

    /// A console flag refused with a subcommand, in the person's language.
    static func misplacedText(_ flag: String, _ subcommand: String, _ language: Language) -> String {
        language == .ru
            ? "Параметр «\(flag)» — для консоли, не для подкоманды «\(subcommand)». Справка: helpdesk \(subcommand) --help"
            : "The option “\(flag)” is the console's, not the subcommand “\(subcommand)”'s. Help: helpdesk \(subcommand) --help"
    }

    /// A command line the parser refused: the argument it names, in the person's language, and
    /// where the help of the subcommand given (or of the program) is.
    static func error(_ detail: String, _ language: Language, arguments: [String] = []) -> String {
        // "--limit <limit>": the option as typed, without the parser's placeholder.
        let token = detail.firstMatch(of: /'([^']+)'/).map { String($0.output.1) }.map {
            $0.hasPrefix("-") ? String($0.split(separator: " ").first ?? "") : $0
        }
        let help = "helpdesk " + (subcommand(arguments).map { $0 + " " } ?? "") + "--help"
        // "Missing expected argument '--org <org>'": a required option left out, named without its placeholder.
        let missing = detail.hasPrefix("Missing expected argument") ? token : nil
        switch (language, token, missing) {
        case (.ru, _, let option?): return "Не указан обязательный параметр «\(option)». Справка: \(help)"
        case (.ru, let token?, nil):
            return "Параметр командной строки «\(token)» не понят: неизвестен или без значения. Справка: \(help)"
        case (.ru, nil, nil): return "Командная строка не понята. Справка: \(help)"
        case (.en, _, let option?): return "The required option “\(option)” is missing. Help: \(help)"
        case (.en, let token?, nil):
            return "The command-line option “\(token)” was not understood: unknown or missing its value. Help: \(help)"
        case (.en, nil, nil): return "The command line was not understood. Help: \(help)"
        }
    }
}

import HelpDesk
import JournalCore

// Every sentence of the console, in Russian and in English side by side.
extension Message {
    /// The sentence in both languages.
    var wording: Wording {
        switch self {
        case .welcome(let version):
            Wording(
                ru: "helpdesk \(version) — электронный журнал и служба поддержки. «help» — список команд, «quit» — выход.",
                en: "helpdesk \(version) — class journal and help desk. Type “help” for commands, “quit” to leave.")
        case .loginPrompt: Wording(ru: "Логин: ", en: "Login: ")
        case .passwordPrompt: Wording(ru: "Пароль: ", en: "Password: ")
        case .currentPasswordPrompt: Wording(ru: "Текущий пароль: ", en: "Current password: ")
        case .newPasswordPrompt: Wording(ru: "Новый пароль (не короче 8 знаков): ", en: "New password (8 characters or more): ")
        case .repeatPasswordPrompt: Wording(ru: "Повторите новый пароль: ", en: "Repeat the new password: ")
        case .passwordsDiffer: Wording(ru: "Пароли не совпадают.", en: "The passwords differ.")
        case .loggedIn(let name, let roles, let organization):
            Wording(ru: "Вы вошли как \(name) (\(roles)), \(organization).", en: "Logged in as \(name) (\(roles)), \(organization).")
        case .loggedOut: Wording(ru: "Вы вышли из учётной записи.", en: "Logged out.")
        case .mustChangePassword:
            Wording(
                ru: "Пароль временный: задайте новый, прежде чем продолжить.",
                en: "Your password is temporary: set a new one before going on.")
        case .passwordChanged: Wording(ru: "Пароль изменён.", en: "Password changed.")
        case .notLoggedIn: Wording(ru: "Сначала войдите: команда «login».", en: "Log in first: “login”.")
        case .alreadyLoggedIn(let login):
            Wording(ru: "Вы уже вошли как \(login); сначала «logout».", en: "Already logged in as \(login); “logout” first.")
        case .whoami(let name, let login, let identifier, let roles, let organization):
            Wording(
                ru: "\(name)\nЛогин: \(login), идентификатор: \(identifier)\nРоли: \(roles)\nОрганизация: \(organization)",
                en: "\(name)\nLogin: \(login), identifier: \(identifier)\nRoles: \(roles)\nOrganization: \(organization)")
        case .goodbye: Wording(ru: "До свидания.", en: "Goodbye.")
        case .cancelHint: Wording(ru: "(«отмена» — прервать)", en: "(“cancel” to stop)")
        case .cancelled: Wording(ru: "Отменено, ничего не записано.", en: "Cancelled; nothing was written.")
        case .nothingToCancel:
            Wording(
                ru: "Отменять нечего: ни одна команда не начата. «отмена» прерывает вопрос команды.",
                en: "Nothing to cancel: no command is under way. “cancel” stops a command's question.")
        case .workInterrupted:
            Wording(
                ru: "Остановлено (Ctrl-C): работа прервана, ничего не записано.",
                en: "Stopped (Ctrl-C): the work was interrupted; nothing was written.")
        case .confirm: Wording(ru: "Записать?", en: "Save?")
        case .yesNoHint: Wording(ru: "[да/нет]", en: "[yes/no]")
        case .answerYesOrNo: Wording(ru: "Ответьте «да» или «нет».", en: "Answer “yes” or “no”.")
        case .saved: Wording(ru: "Записано.", en: "Saved.")
        case .markSaved(let id):
            Wording(
                ru: "Записано: отметка № \(id) (исправить — mark fix \(id) ОТМЕТКА \"причина\").",
                en: "Saved: mark No. \(id) (to correct it: mark fix \(id) MARK \"reason\").")
        case .marksSaved(let count):
            Wording(ru: "Записано отметок: \(count) (номера — lesson show).", en: "Saved: \(count) marks (their numbers: lesson show).")
        case .periodMarkSaved(let id):
            Wording(
                ru: "Записано: отметка за период № \(id) (изменить после срока — period-mark change \(id) …).",
                en: "Saved: period mark No. \(id) (to change it after the window: period-mark change \(id) …).")
        case .fieldPrompt(let label, let hint):
            Wording(ru: hint.map { "\(label) (\($0)): " } ?? "\(label): ", en: hint.map { "\(label) (\($0)): " } ?? "\(label): ")
        case .optionalHint: Wording(ru: "можно пропустить", en: "may be left empty")
        case .choicesHint(let choices): Wording(ru: choices, en: choices)
        case .missingField(let label, let flag):
            Wording(ru: "Не указано поле «\(label)» (\(flag)).", en: "Missing field “\(label)” (\(flag)).")
        case .unknownFlag(let flag): Wording(ru: "Неизвестный параметр «\(flag)».", en: "Unknown option “\(flag)”.")
        case .duplicateFlag(let flag): Wording(ru: "Параметр «\(flag)» указан дважды.", en: "Option “\(flag)” given twice.")
        case .unclosedQuote: Wording(ru: "Не закрыта кавычка.", en: "A quote is not closed.")
        case .unknownCommand(let line):
            Wording(
                ru: "Неизвестная команда «\(line)». «help» — список команд.", en: "Unknown command “\(line)”. Type “help” for commands.")
        case .didYouMean(let options): Wording(ru: "Возможно, вы имели в виду: \(options)", en: "Did you mean: \(options)")
        case .nothingFound: Wording(ru: "Ничего не найдено.", en: "Nothing found.")
        case .count(let n): Wording(ru: "Всего: \(n)", en: "Total: \(n)")
        case .progress(let work):
            switch work {
            case .demo: Wording(ru: "Загрузка демо-школы", en: "Loading the demo school")
            case .backup: Wording(ru: "Копия", en: "Backup")
            case .verify: Wording(ru: "Проверка журнала изменений", en: "Checking the audit log")
            case .credentials: Wording(ru: "Временные пароли", en: "Temporary passwords")
            case .importing: Wording(ru: "Загрузка файла", en: "Loading the file")
            case .closingYear: Wording(ru: "Закрытие года", en: "Closing the year")
            }
        case .helpHeader:
            Wording(
                ru: "Команды (в скобках — русские слова; недостающие поля спрашиваются по одному):",
                en: "Commands (Russian words in brackets; missing fields are asked one by one):")
        case .helpFooter:
            Wording(
                ru: "«help КОМАНДА» — подробно о команде. Пример: help student new",
                en: "“help COMMAND” tells more. Example: help student new")
        case .helpUsage(let usage): Wording(ru: "Использование: \(usage)", en: "Usage: \(usage)")
        case .helpFields: Wording(ru: "Поля:", en: "Fields:")
        case .helpRequired: Wording(ru: "обязательное", en: "required")
        case .helpExamples: Wording(ru: "Пример:", en: "Example:")
        case .summary(let id): id.wording
        case .helpGroup(let group):
            switch group {
            case .session: Wording(ru: "Сеанс", en: "Session")
            case .school: Wording(ru: "Школа и учебный год", en: "School and academic year")
            case .people: Wording(ru: "Ученики, родители, сотрудники", en: "Students, guardians, staff")
            case .teaching: Wording(ru: "Предметы и нагрузка", en: "Subjects and assignments")
            case .journal: Wording(ru: "Журнал: уроки, посещаемость, отметки", en: "Journal: lessons, attendance, marks")
            case .helpdesk:
                Wording(
                    ru: "Служба поддержки: графики, консультации, обучение, внедрение",
                    en: "Help desk: timetables, consultations, trainings, rollout")
            case .tickets: Wording(ru: "Служба поддержки: заявки", en: "Help desk: tickets")
            case .accounts: Wording(ru: "Учётные записи", en: "Accounts")
            }
        case .emptyDatabaseOffer:
            Wording(ru: "База данных пуста. Загрузить демонстрационную школу?", en: "The database is empty. Load the demo school?")
        case .demoLoading: Wording(ru: "Загружаю демонстрационную школу…", en: "Loading the demo school…")
        case .demoAlreadyThere(let path):
            Wording(
                ru: "Демо-школа уже есть в базе \(path): загружать заново нечего. Входы — в README (пароль demo2026).",
                en: "The demo school is in \(path) already: nothing to load again. The logins are in README (password demo2026).")
        case .demoLoaded(let organization):
            Wording(ru: "Демонстрационная школа загружена: \(organization).", en: "Demo school loaded: \(organization).")
        case .demoLogins(let password):
            Wording(ru: "Демонстрационные входы (пароль у всех «\(password)»):", en: "Demo logins (the password of each is “\(password)”):")
        case .initDone(let organization, let login, let identifier):
            Wording(
                ru: "Организация «\(organization)» создана. Администратор журнала: \(login) (идентификатор \(identifier)).",
                en: "Organization “\(organization)” created. Journal administrator: \(login) (identifier \(identifier)).")
        case .recoverNeedsWriteAccess(let path):
            Wording(
                ru: "Для recover нужен доступ на запись к файлу базы \(path): запустите от имени учётной записи, которой принадлежит файл.",
                en: "recover needs write access to the database file \(path): run it as the account that owns the file.")
        case .recovered:
            Wording(
                ru: "Записано в журнал изменений. Передайте пароль лично; при первом входе его нужно сменить.",
                en: "Recorded in the audit log. Hand the password over in person; it must be changed at the first login.")
        case .passwordFromEnvironmentMissing:
            Wording(
                ru: "Пароль не задан: укажите его в переменной HELPDESK_PASSWORD.",
                en: "No password: set it in the HELPDESK_PASSWORD variable.")
        case .credentialsIssued(let login, let identifier, let name, let password):
            Wording(
                ru:
                    "Реквизиты доступа\nФИО: \(name)\nЛогин: \(login)\nИдентификатор: \(identifier)\nВременный пароль: \(password)\nПри первом входе пароль нужно сменить.",
                en:
                    "Credentials\nFull name: \(name)\nLogin: \(login)\nIdentifier: \(identifier)\nTemporary password: \(password)\nIt must be changed at the first login."
            )
        case .credentialsSlipHint:
            Wording(
                ru: "Пароль показан один раз: передайте его лично, под подпись.",
                en: "The password is shown once: hand it over in person, against a signature.")
        case .keyAdded(let login, let fingerprint):
            Wording(
                ru: "Ключ \(fingerprint) открывает консоль по SSH для \(login).",
                en: "Key \(fingerprint) now opens the console for \(login) over SSH.")
        case .keyRemoved(let login, let fingerprint):
            Wording(
                ru: "Ключ \(fingerprint) учётки \(login) удалён: он больше ничего не открывает.",
                en: "Key \(fingerprint) of \(login) removed: it opens nothing any more.")
        case .keysWritten(let path): Wording(ru: "Файл ключей SSH переписан: \(path).", en: "The SSH keys file is rewritten: \(path).")
        case .keysNotWritten:
            Wording(
                ru:
                    "Файл ключей SSH здесь не задан (HELPDESK_AUTHORIZED_KEYS): ключ записан и заработает, когда сервер перепишет свой файл.",
                en:
                    "No SSH keys file is set here (HELPDESK_AUTHORIZED_KEYS): the key is stored and works once the server rewrites its file."
            )
        case .keyFileFailed(let path):
            Wording(
                ru: "Не удалось записать файл ключей SSH \(path); ключ записан, файл остался прежним.",
                en: "Could not write the SSH keys file \(path); the key is stored, the file is as it was.")
        case .sshCommandRefused(let word):
            Wording(
                ru: "По SSH работает только консоль: можно --json, --lang, --yes и -c \"команда\", но не «\(word)».",
                en: "Over SSH only the console runs: --json, --lang, --yes and -c \"command\" are allowed, not «\(word)».")
        case .sshNeedsKey:
            Wording(
                ru: "Для команды по SSH нужен ключ, привязанный к вашей учётке (спросите администратора журнала: account key add).",
                en: "A command over SSH needs a key tied to your account (ask the journal administrator: account key add).")
        case .sshKeyRefused: Wording(ru: "Этот ключ не открывает ни одной действующей учётки.", en: "This key opens no active account.")
        case .mailNotConfigured:
            Wording(
                ru: "Не задан адрес службы поддержки, с которого идут письма: mail settings --from АДРЕС (или HELPDESK_MAIL_FROM).",
                en: "The desk's address that mail comes from is not set: mail settings --from ADDRESS (or HELPDESK_MAIL_FROM).")
        case .notifyBusy:
            Wording(
                ru: "Рассылка уже идёт в другом процессе; этот запуск ничего не делает.",
                en: "Another process is sending the mail; this run does nothing.")
        case .notified(let queued, let sent, let refused, let handing):
            Wording(
                ru: "Поставлено в очередь: \(queued), передано почте: \(sent), не принято (повтор позже): \(refused)"
                    + (handing > 0 ? ", ещё передаются: \(handing)" : "") + ".",
                en: "Queued: \(queued), handed to the mail system: \(sent), refused (tried again later): \(refused)"
                    + (handing > 0 ? ", still being handed: \(handing)" : "") + ".")
        case .mailSettings(let from, let sendmail):
            Wording(
                ru: "Адрес службы поддержки: \(from ?? "не задан"). Программа sendmail: \(sendmail).",
                en: "The desk's address: \(from ?? "not set"). Sendmail program: \(sendmail).")
        case .mailPreferences(let language, let digest, let copies, let address):
            Wording(
                ru:
                    "Язык писем: \(language == .ru ? "русский" : "английский"). Сводка за неделю: \(digest). Копии сообщений на почту: \(copies ? "да" : "нет")."
                    + (address.map { " Адрес: \($0)." } ?? " Адрес эл. почты не указан: писем не будет."),
                en:
                    "Language of the mail: \(language == .ru ? "Russian" : "English"). The week's digest: \(digest). Copies of messages by e-mail: \(copies ? "yes" : "no")."
                    + (address.map { " Address: \($0)." } ?? " No e-mail address is given: no mail will be sent."))
        case .guardianDigestSet(let name, let digest):
            Wording(ru: "\(name): сведения за неделю — \(digest).", en: "\(name): the week — \(digest).")
        case .attachmentSize(let bytes, let kept):
            Wording(
                ru: (bytes < 1024 * 1024
                    ? "\(max(1, bytes / 1024)) КБ"
                    : String(format: "%.1f МБ", Double(bytes) / 1_048_576).replacingOccurrences(of: ".", with: ","))
                    + (kept ? "" : ", не сохранён: больше \(AttachmentLimits.perFile / 1_048_576) МБ"),
                en: (bytes < 1024 * 1024 ? "\(max(1, bytes / 1024)) KB" : String(format: "%.1f MB", Double(bytes) / 1_048_576))
                    + (kept ? "" : ", not kept: over \(AttachmentLimits.perFile / 1_048_576) MB"))
        case .attachmentSaved(let name, let path): Wording(ru: "Файл «\(name)» сохранён: \(path).", en: "File “\(name)” saved: \(path).")
        case .fileExists(let path):
            Wording(
                ru: "Файл \(path) уже есть: выберите другое имя, чужой файл не перезаписывается.",
                en: "\(path) exists already: choose another name; no file is written over.")
        case .schedulesFolderMissing(let path):
            Wording(
                ru:
                    "Папки графиков поддержки \(path) нет: укажите существующую (--schedules) или не указывайте её — тогда берутся графики, поставляемые с программой.",
                en:
                    "There is no timetables folder \(path): name one that exists (--schedules), or none to use the timetables shipped with the program."
            )
        case .folderMissing(let path):
            Wording(
                ru: "Папки \(path) нет или в неё нельзя писать (носитель не подключён?): ничего не сделано. Укажите существующую папку.",
                en:
                    "The folder \(path) is not there or cannot be written (a drive not mounted?): nothing was done. Name a folder that exists."
            )
        case .serviceJob(let job):
            switch job {
            case .notify: Wording(ru: "рассылка (notify)", en: "mail (notify)")
            case .backup: Wording(ru: "резервная копия (backup)", en: "backup")
            case .mailIn: Wording(ru: "приём почты (mail-in)", en: "mail in (mail-in)")
            }
        case .runOutcome(let succeeded): Wording(ru: succeeded ? "успешно" : "с ошибкой", en: succeeded ? "succeeded" : "failed")
        case .neverRan: Wording(ru: "не запускалось", en: "never ran")
        case .messageSent(let id, let count):
            Wording(ru: "Сообщение № \(id) отправлено, получателей: \(count).", en: "Message \(id) sent to \(count).")
        case .unreadMessages(let count):
            Wording(ru: "Непрочитанных сообщений: \(count) — message list.", en: "Unread messages: \(count) — message list.")
        case .consentSaved(let name): Wording(ru: "Записано для ученика: \(name).", en: "Recorded for the pupil: \(name).")
        case .accessWords(let access):
            switch access {
            case .applied?: Wording(ru: "заявление подано", en: "applied")
            case .declined?: Wording(ru: "отказ: распечатка раз в неделю", en: "declined: a weekly printout")
            case nil: Wording(ru: "нет ответа", en: "no answer")
            }
        case .allCredentialsIssued:
            Wording(
                ru:
                    "Реквизиты всем уже выданы, ничего не изменено. Выдать заново — добавьте --заново (прежние пароли перестанут действовать).",
                en:
                    "Every account has its credentials already; nothing was changed. To issue them again add --again (the old passwords stop working)."
            )
        case .slipsWritten(let count, let path):
            Wording(
                ru:
                    "Временные пароли выданы: \(count). Листок со слипами — \(path): в нём пароли, храните его как секрет, раздайте под подпись и уничтожьте; на экране пароли не показываются.",
                en:
                    "Temporary passwords issued: \(count). The sheet of slips is \(path): it holds the passwords — keep it secret, hand them out under signature and destroy it; the passwords are not shown on screen."
            )
        case .slipExpires(let when):
            Wording(
                ru: "Пароль действует до \(when) и при первом входе меняется.",
                en: "The password is valid until \(when) and is changed at the first login.")
        case .slipSignatures:
            Wording(
                ru: "Получил(а): ____________________   Выдал(а): ____________________   Дата: __________",
                en: "Received: ____________________   Handed over: ____________________   Date: __________")
        case .slipSheetTitle(let school): Wording(ru: "Реквизиты доступа — \(school)", en: "Access credentials — \(school)")
        case .slipSheetWarning:
            Wording(
                ru: "Секретно: временные пароли. Разрежьте, передайте каждому лично под подпись, остаток уничтожьте.",
                en: "Secret: temporary passwords. Cut apart, hand each over in person under signature, destroy the rest.")
        case .lessonFilled(let present, let absent, let late, let marks):
            Wording(
                ru: "Записано: присутствуют \(present), отсутствуют \(absent), опоздали \(late), отметок \(marks).",
                en: "Saved: present \(present), absent \(absent), late \(late), marks \(marks).")
        case .lessonFillGridHint:
            Wording(
                ru:
                    "Одной строкой, через «;»: номер или фамилия, затем н (нет), о (опоздал), отметки с видом работы; «все» — остальные присутствуют. Например: 3 н; 7 5 кр; Петров 4; все",
                en:
                    "On one line, separated by “;”: a number or surname, then absent (or -) or late, marks with the kind of work; “all” for the others present. For example: 3 absent; 7 5 test; Petrov 4; all"
            )
        case .lessonFillPrompt: Wording(ru: "Урок: ", en: "Lesson: ")
        case .lessonFillHint(let lesson):
            Wording(
                ru:
                    "Ученики урока выше. Одной строкой: lesson fill \(lesson) \"Фамилия н; Фамилия 5 кр; Фамилия 4; все\" (н — нет, о — опоздал; «все» — остальные присутствуют).",
                en:
                    "The lesson's pupils are above. On one line: lesson fill \(lesson) \"Surname н; Surname 5 кр; Surname 4; all\" (н absent, о late; «all»: the others present)."
            )
        case .lineTooLong(let max):
            Wording(
                ru: "Строка длиннее \(max) знаков — это не команда; ничего не сделано. Длинный текст разбейте на части.",
                en: "A line longer than \(max) characters is no command; nothing was done. Split a long text.")
        case .sendmailOnlyOnServer:
            Wording(
                ru:
                    "Программу отправки почты задают на самом сервере (helpdesk --db ФАЙЛ -c \"mail settings --sendmail …\"), не через SSH: ничего не изменено.",
                en:
                    "The mail program is set on the server itself (helpdesk --db FILE -c \"mail settings --sendmail …\"), not over SSH: nothing was changed."
            )
        case .remoteFile(let path):
            Wording(
                ru:
                    "«\(path)»: по SSH файлы сервера недоступны. Вместо файла — «-»: ssh desk@school -- -c 'КОМАНДА -' > файл (или < файл для загрузки).",
                en:
                    "“\(path)”: over SSH the server's files are not reachable. Use “-” instead: ssh desk@school -- -c 'COMMAND -' > file (or < file to load)."
            )
        case .standardStreamInteractive:
            Wording(
                ru: "«-» — стандартный ввод или вывод: только в разовой команде (-c) и без --json.",
                en: "“-” is the standard input or output: in a one-shot command (-c) only, without --json.")
        case .messageNeedsRecipient:
            Wording(
                ru: "Кому: укажите --to ФИО или --class КЛАСС (--audience родители, ученики или все).",
                en: "To whom: give --to NAME or --class CLASS (--audience guardians, students or all).")
        case .notAMail:
            Wording(
                ru: "На входе не письмо (RFC 5322) или оно больше 30 МБ.",
                en: "The input is not a mail message (RFC 5322), or it is over 30 MB.")
        case .mailIn(let outcome):
            switch outcome {
            case .reply(let ticket):
                Wording(
                    ru: "Письмо добавлено к заявке № \(ticket) как ответ заявителя.",
                    en: "The mail was added to ticket \(ticket) as the requester's answer.")
            case .invitationAnswered(let booking, let answer):
                Wording(
                    ru: "Ответ на приглашение на консультацию № \(booking) записан: "
                        + (answer == .accepted ? "придёт." : answer == .declined ? "отказался." : "под вопросом."),
                    en: "The answer to the invitation to consultation \(booking) is recorded: "
                        + (answer == .accepted ? "accepted." : answer == .declined ? "declined." : "tentative."))
            case .rated(let ticket, let rating):
                Wording(
                    ru: "Заявитель оценил ответ по заявке № \(ticket): \(rating) из 5.",
                    en: "The requester rated the answer to ticket \(ticket): \(rating) of 5.")
            case .opened(let ticket):
                Wording(
                    ru: "По письму принята заявка № \(ticket); заявителю ушёл её номер.",
                    en: "Ticket \(ticket) was opened from the mail; the sender was sent its number.")
            case .held(let id, let asked):
                Wording(
                    ru: "Адрес неизвестен: письмо № \(id) задержано"
                        + (asked ? ", отправителя попросили указать организацию, логин, идентификатор и роль." : "."),
                    en: "Unknown address: mail \(id) is held"
                        + (asked ? "; the sender was asked for organization, login, identifier and role." : "."))
            case .unsubscribed: Wording(ru: "Отправитель отписан от сводки.", en: "The sender is unsubscribed from the digest.")
            case .ignored(let why):
                switch why {
                case .automatic:
                    Wording(
                        ru: "Автоответ, уведомление о недоставке или рассылка: сохранено, не отвечаем.",
                        en: "An auto-reply, a bounce or a list's mail: kept, not answered.")
                case .fromDesk:
                    Wording(
                        ru: "Письмо с адреса самой службы: петля, не отвечаем.",
                        en: "Mail from the desk's own address: a loop, not answered.")
                case .duplicate: Wording(ru: "Это письмо уже получено.", en: "This mail was received before.")
                }
            }
        case .digestWords(let delivery):
            switch delivery {
            case .none: Wording(ru: "только в дневнике", en: "in the diary only")
            case .email: Wording(ru: "письмом на почту", en: "by e-mail")
            case .paper: Wording(ru: "распечаткой от классного руководителя", en: "as a printout from the class teacher")
            }
        case .accountLocked(let login): Wording(ru: "Учётная запись \(login) заблокирована.", en: "Account \(login) locked.")
        case .accountUnlocked(let login):
            Wording(
                ru: "Учётная запись \(login) разблокирована; при входе нужно будет сменить пароль.",
                en: "Account \(login) unlocked; a new password will be asked at login.")
        case .studentTransferred(let name, let sex, let className):
            Wording(ru: "\(name) \(sex.agreeing("переведён", "переведена")) в \(className).", en: "\(name) moved to \(className).")
        case .studentLeft(let name): Wording(ru: "Выбытие записано: \(name).", en: "Leaving recorded: \(name).")
        case .studentEnrolled(let name, let sex, let className):
            Wording(ru: "\(name) \(sex.agreeing("зачислен", "зачислена")) в \(className).", en: "\(name) enrolled in \(className).")
        case .guardianLinked(let guardian, let student, let sex):
            Wording(
                ru: "\(guardian) теперь родитель (законный представитель) \(sex.agreeing("ученика", "ученицы")) \(student).",
                en: "\(guardian) is now a guardian of \(student).")
        case .addedToSubgroup(let student, let sex, let subgroup):
            Wording(
                ru: "\(student) \(sex.agreeing("добавлен", "добавлена")) в подгруппу «\(subgroup)».",
                en: "\(student) added to subgroup “\(subgroup)”.")
        case .assignmentRemoved: Wording(ru: "Нагрузка снята.", en: "Assignment removed.")
        case .noYear: Wording(ru: "Учебный год ещё не открыт: «year new».", en: "No academic year is open yet: “year new”.")
        case .backupWritten(let path, let sha256, let bytes):
            Wording(
                ru: "Копия записана: \(path) (\(bytes) байт, SHA-256 \(sha256)); целостность и связи таблиц проверены.",
                en: "Backup written: \(path) (\(bytes) bytes, SHA-256 \(sha256)); integrity and foreign keys checked.")
        case .backupVerified(let file, let created, let sha256, let schools):
            Wording(
                ru:
                    "Копия \(file) от \(created) совпадает с описью (SHA-256 \(sha256)), целостность и связи таблиц в порядке; школ в копии: \(schools).",
                en:
                    "Backup \(file) of \(created) matches its manifest (SHA-256 \(sha256)), its integrity and foreign keys are sound; schools in it: \(schools)."
            )
        case .restored(let path, let from):
            Wording(
                ru: "База восстановлена из \(from) в \(path). Запускайте helpdesk с --db \(path).",
                en: "Database restored from \(from) into \(path). Start helpdesk with --db \(path).")
        case .schoolsMoved(let rows, let target):
            Wording(
                ru: "Перенесено в \(target): \(Wording.grouped(rows, .ru)) \(RussianPlural.form(rows, "строка", "строки", "строк")).",
                en: "Moved into \(target): \(Wording.grouped(rows, .en)) rows.")
        case .schoolMoved(let organization, let entries, let hash):
            Wording(
                ru:
                    "Школа \(organization): журнал изменений — \(Wording.grouped(entries, .ru)) \(RussianPlural.form(entries, "запись", "записи", "записей")), хеш \(hash), как в источнике; проверка журнала там нарушений не нашла.",
                en:
                    "School \(organization): its audit log has \(Wording.grouped(entries, .en)) entries, hash \(hash), as in the source; the audit check there found no problems."
            )
        case .schoolMoveProblem(let problem): problem.wording
        case .backupReminder(let reminder):
            switch reminder {
            case .stale(let last, let days):
                Wording(
                    ru: last.map {
                        "Последняя резервная копия — \(Moment.text($0, in: .current, language: .ru)), старше \(days) дн.: сделайте новую (backup make)."
                    }
                        ?? "Резервных копий ещё нет: сделайте копию на два носителя (backup make).",
                    en: last.map {
                        "The last backup is from \(Moment.text($0, in: .current, language: .en)), older than \(days) days: make a new one (backup make)."
                    }
                        ?? "There is no backup yet: make one on two media (backup make).")
            case .yearEndDue(let by):
                Wording(
                    ru: "Копия журнала за учебный год должна быть сделана до \(by.dotted): backup make.",
                    en: "The school year's copy of the journal is due by \(by.dotted): backup make.")
            case .yearEndMissing(let due):
                Wording(
                    ru: "Копии журнала за учебный год нет, а срок — \(due.dotted) — прошёл: сделайте её сейчас (backup make).",
                    en: "The school year's copy of the journal is missing and was due on \(due.dotted): make it now (backup make).")
            }
        case .backupAuditWarning(let organization, let problems):
            Wording(
                ru:
                    "Внимание: журнал изменений школы \(organization) не сходится с данными (\(problems)): копия сохранена как есть, для разбора (audit verify); восстановить из неё журнал нельзя.",
                en:
                    "Warning: the audit log of \(organization) disagrees with the data (\(problems)): the copy is kept as it is, for investigation (audit verify); no journal is restored from it."
            )
        case .backupProblem(let problem):
            switch problem {
            case .destinationMissing(let path):
                Wording(
                    ru:
                        "Папки \(path) нет или в неё нельзя писать (носитель не подключён или только для чтения?): копия не сделана ни на один носитель.",
                    en:
                        "The folder \(path) is not there or cannot be written to (medium not mounted, or read-only?): no copy was made on any medium."
                )
            case .notADatabase(let path): Wording(ru: "\(path) — не база helpdesk.", en: "\(path) is not a helpdesk database.")
            case .integrity(let detail): Wording(ru: "Копия повреждена: \(detail).", en: "The copy is damaged: \(detail).")
            case .foreignKeys(let count):
                Wording(ru: "В копии нарушены связи между таблицами: \(count).", en: "The copy has broken links between tables: \(count).")
            case .audit(let organization, let problems):
                Wording(
                    ru:
                        "В копии журнал изменений школы \(organization) не сходится с данными (нарушений: \(problems)): из неё журнал не восстанавливается.",
                    en: "In the copy, the audit log of \(organization) disagrees with the data: \(problems) problems.")
            case .manifestMissing(let path): Wording(ru: "Нет описи копии: \(path).", en: "The copy's manifest is missing: \(path).")
            case .checksumMismatch(let expected, let found):
                Wording(
                    ru: "Контрольная сумма не совпадает с описью: ожидалось \(expected), получено \(found).",
                    en: "The checksum does not match the manifest: expected \(expected), found \(found).")
            case .targetExists(let path):
                Wording(
                    ru: "Файл \(path) уже есть: поверх существующего файла ничего не записывается.",
                    en: "\(path) exists already: nothing is written over an existing file.")
            }
        case .auditIntact(let entries):
            Wording(
                ru:
                    "Журнал изменений цел: \(entries) \(RussianPlural.form(entries, "запись", "записи", "записей")), цепочка хешей сходится.",
                en: "The audit log is intact: \(entries) entries, the hash chain holds.")
        case .auditHead(let entries, let hash, let at):
            Wording(
                ru:
                    "Голова цепочки: \(entries) \(RussianPlural.form(entries, "запись", "записи", "записей")), хеш \(hash), последняя запись \(at). Впишите её в распечатку или опись копии.",
                en:
                    "Head of the chain: \(entries) entries, hash \(hash), last entry \(at). Write it on printed documents and backup labels."
            )
        case .auditBroken(let entries, let problems):
            Wording(
                ru:
                    "Журнал изменений повреждён: \(problems) \(RussianPlural.form(problems, "нарушение", "нарушения", "нарушений")) на \(entries) \(RussianPlural.form(entries, "запись", "записи", "записей")).",
                en: "The audit log is damaged: \(problems) problems in \(entries) entries.")
        case .auditProblem(let problem):
            switch problem {
            case .altered(let id):
                Wording(ru: "  запись \(id) изменена после внесения", en: "  entry \(id) was changed after it was written")
            case .brokenLink(let id):
                Wording(ru: "  перед записью \(id) запись удалена или переставлена", en: "  an entry before \(id) was deleted or moved")
            case .headMismatch(let expected, let found):
                Wording(
                    ru: "  записей должно быть \(expected), найдено \(found): удалены последние записи",
                    en: "  \(expected) entries expected, \(found) found: the last ones were deleted")
            case .rowInserted(let table, let key):
                Wording(
                    ru: "  \(table) \(key): строка добавлена в обход программы (её нет в цепочке)",
                    en: "  \(table) \(key): row inserted behind the product (not in the chain)")
            case .rowChanged(let table, let key, let differences):
                Wording(
                    ru: "  \(table) \(key): строка изменена в обход программы — "
                        + differences.map { "\($0.column): было «\($0.sealed ?? "—")», стало «\($0.found ?? "—")»" }.joined(separator: "; "),
                    en: "  \(table) \(key): row changed behind the product — "
                        + differences.map { "\($0.column): was “\($0.sealed ?? "—")”, now “\($0.found ?? "—")”" }.joined(separator: "; "))
            case .rowDeleted(let table, let key):
                Wording(ru: "  \(table) \(key): строка удалена в обход программы", en: "  \(table) \(key): row deleted behind the product")
            }
        case .markLate:
            Wording(
                ru: "Отметка выставлена после срока — отмечено для контроля.",
                en: "The mark was entered after the deadline — flagged for monitoring.")
        case .pagerHint:
            Wording(
                ru: "(Пробел — дальше, b — назад, /слово — поиск, q — вернуться к вводу команд)",
                en: "(Space: next page, b: back, /word: search, q: back to the prompt)")
        case .markForAbsentPupil:
            Wording(
                ru: "Ученик отмечен на этом уроке отсутствующим: проверьте, что отметка — за работу, которую он сдал.",
                en: "The pupil is marked absent at this lesson: check that the mark is for work they handed in.")
        case .homeworkLate:
            Wording(
                ru: "Домашнее задание внесено позже срока — отмечено для контроля.",
                en: "The homework was entered late — flagged for monitoring.")
        case .checkingEnds(let date):
            Wording(
                ru:
                    "Проверка письменной работы завершается \(date.dotted): отметки за неё (контрольная, диктант, сочинение, самостоятельная, лабораторная, практическая) ставятся в этот день, в графу урока.",
                en:
                    "The written work's checking ends on \(date.dotted): its marks (test, dictation, essay, quiz, lab, practical) are due that day, in the lesson's column."
            )
        case .suggestion(let average, let suggested, let counted, let notAssessed, let exempt):
            Wording(
                ru:
                    "Средневзвешенная: \(average) → предлагается «\(suggested)».\nУчтены (отметка × вес): \(counted)\nНе учтены: н/а — \(notAssessed), ОСВ — \(exempt). Отметку за период ставит учитель.",
                en:
                    "Weighted average: \(average) → suggested “\(suggested)”.\nCounted (mark × weight): \(counted)\nLeft out: n/a — \(notAssessed), exempt — \(exempt). The teacher sets the period mark."
            )
        case .noMarksToAverage:
            Wording(
                ru: "За период нет отметок по пятибалльной шкале — предложить нечего.",
                en: "No 5-point marks in the period: nothing to suggest.")
        case .lessonsGenerated(let n): Wording(ru: "Создано уроков по расписанию: \(n).", en: "Lessons created from the timetable: \(n).")
        case .lessonCancelled: Wording(ru: "Урок отменён.", en: "Lesson cancelled.")
        case .dayOff: Wording(ru: "выходной", en: "day off")
        case .workingDay: Wording(ru: "рабочий день", en: "working day")
        case .planReport(let added, let changed, let unchanged, let removed, let applied):
            Wording(
                ru: (applied ? "КТП загружено: " : "Проверка КТП (ничего не записано): будет ")
                    + "добавлено \(added), изменено \(changed), без изменений \(unchanged), удалено \(removed).",
                en: (applied ? "Course plan loaded: " : "Course plan checked (nothing written); it would be: ")
                    + "\(added) added, \(changed) changed, \(unchanged) unchanged, \(removed) removed.")
        case .planProblem(let line, let column, let text):
            Wording(ru: "  строка \(line), столбец «\(column)»: \(text)", en: "  line \(line), column “\(column)”: \(text)")
        case .planWouldRemove(let count):
            Wording(
                ru: "В файле меньше тем, чем в КТП: будут удалены темы (\(count)):",
                en: "The file has fewer topics than the plan: these would be removed (\(count)):")
        case .planRemovalNotConfirmed(let count):
            Wording(
                ru: "Файл удалил бы темы КТП (\(count)) — ничего не загружено. Проверьте файл или подтвердите замену (--yes).",
                en:
                    "The file would remove \(count) topics of the plan: nothing was loaded. Check the file or confirm the replacement (--yes)."
            )
        case .planNotImported:
            Wording(
                ru: "В файле есть ошибки — ничего не загружено. Исправьте их или добавьте --skip-errors.",
                en: "The file has errors: nothing was loaded. Correct them or add --skip-errors.")
        case .planExported(let path, let items):
            Wording(ru: "КТП выгружено в \(path): тем — \(items).", en: "Course plan written to \(path): \(items) topics.")
        case .cannotReadFile(let path): Wording(ru: "Не удалось прочитать файл \(path).", en: "Cannot read the file \(path).")
        case .nextTopic(let topic): Wording(ru: "Следующая тема по КТП: \(topic)", en: "Next topic of the course plan: \(topic)")
        case .nobodyOnDuty: Wording(ru: "Сейчас никто не дежурит.", en: "Nobody is on duty now.")
        case .scheduleProblem(let problem):
            Wording(
                ru: "\(problem.file), строка \(problem.line), поле «\(problem.field)»: "
                    + {
                        switch problem.kind {
                        case .missing: "не указано"
                        case .unknownWeekday(let day): "неизвестный день недели «\(day)»"
                        case .badTime(let time): "не удалось прочитать время «\(time)»"
                        case .endBeforeStart: "конец раньше начала"
                        case .unknownKind(let kind): "неизвестный вид помощи «\(kind)» (техническая, методическая, любая)"
                        case .unknownTimeZone(let zone): "неизвестный часовой пояс «\(zone)»"
                        case .overlaps(let person, let line): "\(person) уже занят(а) в это время (строка \(line))"
                        case .badNumber(let text): "нужно число от 1 до 480, а не «\(text)»"
                        case .notYAML(let detail): "файл не читается как YAML: \(detail)"
                        case .wrongOrganization(let code): "файл должен описывать организацию с тем же кодом, что и его имя, а не «\(code)»"
                        }
                    }(),
                en: "\(problem.file), line \(problem.line), field “\(problem.field)”: "
                    + {
                        switch problem.kind {
                        case .missing: "not given"
                        case .unknownWeekday(let day): "unknown weekday “\(day)”"
                        case .badTime(let time): "cannot read the time “\(time)”"
                        case .endBeforeStart: "the end is before the start"
                        case .unknownKind(let kind): "unknown kind of help “\(kind)” (technical, methodological, any)"
                        case .unknownTimeZone(let zone): "unknown time zone “\(zone)”"
                        case .overlaps(let person, let line): "\(person) is busy at that time already (line \(line))"
                        case .badNumber(let text): "a number from 1 to 480 is needed, not “\(text)”"
                        case .notYAML(let detail): "the file is not YAML: \(detail)"
                        case .wrongOrganization(let code): "the file must describe the organization its name gives, not “\(code)”"
                        }
                    }())
        case .desk(let message): message.wording
        case .schoolYear(let sentence): sentence.wording
        case .report(let sentence): sentence.wording
        case .ticket(let message): message.wording
        case .deskError(let error): error.wording
        case .cannotWriteFile(let path): Wording(ru: "Не удалось записать файл \(path).", en: "Could not write the file \(path).")
        case .error(let error): error.wording
        case .invalidValue(let label, let reason): .refused(label, reason)
        case .unexpected(let detail): Wording(ru: "Не удалось выполнить команду: \(detail)", en: "The command failed: \(detail)")
        case .fileOnly:
            Wording(
                ru: "Эта команда пока работает только с файлом школы, не с базой региона на PostgreSQL; ничего не сделано.",
                en: "This command works only with a school's file so far, not with a region's database on PostgreSQL; nothing was done.")
        case .databaseError(let busy):
            Wording(
                ru: busy
                    ? "База данных занята другой программой, ничего не записано. Повторите через минуту."
                    : "База данных не приняла изменение, ничего не записано. Сообщите администратору журнала, что вы делали.",
                en: busy
                    ? "The database is busy with another program; nothing was written. Try again in a minute."
                    : "The database refused the change; nothing was written. Tell the journal administrator what you did.")
        case .storageProblem(let problem):
            switch problem {
            case .missing(let path):
                Wording(
                    ru: "Базы \(path) нет. Новую создаёт helpdesk --db \(path) init …, демо-школу — helpdesk --db \(path) --demo.",
                    en:
                        "There is no database \(path). Create one with helpdesk --db \(path) init …, or the demo school with helpdesk --db \(path) --demo."
                )
            case .notHelpdesk(let path):
                Wording(
                    ru: "\(path) — не база helpdesk: файл не открыт и не изменён.",
                    en: "\(path) is not a helpdesk database: it was neither opened nor changed.")
            case .needsWrite:
                Wording(
                    ru: "База открыта только для чтения, а команде нужна запись.",
                    en: "The database was opened for reading only, and the command needs to write.")
            case .ownerMustUpgrade:
                Wording(
                    ru:
                        "Схема базы региона старше этой версии программы, а у вашей роли нет права её менять: пусть владелец таблиц один раз откроет базу этой версией и снова выполнит scripts/region-roles.sql. Ничего не изменено.",
                    en:
                        "The region's schema is older than this version of the program, and your role may not change it: have the tables' owner open the database once with this version and run scripts/region-roles.sql again. Nothing was changed."
                )
            case .exposed(let path, let mode, let folder):
                Wording(
                    ru:
                        "Внимание: \(folder ? "папка" : "файл базы") \(path) доступ\(folder ? "на" : "ен") другим пользователям (права \(String(mode, radix: 8))). Закройте: chmod \(folder ? "700" : "600") \(path)",
                    en:
                        "Warning: the database \(folder ? "folder" : "file") \(path) is open to other users (mode \(String(mode, radix: 8))). Close it: chmod \(folder ? "700" : "600") \(path)"
                )
            }
        case .databaseUnreachable:
            Wording(
                ru:
                    "Нет связи с сервером базы данных: ничего не записано. Повторите команду — программа подключится снова; если не выйдет, сообщите администратору сервера.",
                en:
                    "The database server cannot be reached: nothing was written. Repeat the command and the program connects again; if it does not, tell the server's administrator."
            )
        case .cannotOpenDatabase(let path, let detail):
            Wording(ru: "Не удалось открыть базу данных \(path): \(detail)", en: "Cannot open the database \(path): \(detail)")
        }
    }
}

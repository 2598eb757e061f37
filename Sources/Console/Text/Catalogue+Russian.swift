import HelpDesk
import JournalCore

/// Every user-facing sentence in Russian, the console's default language.
struct RussianCatalogue: Catalogue {
    func text(_ message: Message) -> String {
        switch message {
        case .welcome(let version): "helpdesk \(version) — электронный журнал и служба поддержки. «help» — список команд, «quit» — выход."
        case .loginPrompt: "Логин: "
        case .passwordPrompt: "Пароль: "
        case .currentPasswordPrompt: "Текущий пароль: "
        case .newPasswordPrompt: "Новый пароль (не короче 8 знаков): "
        case .repeatPasswordPrompt: "Повторите новый пароль: "
        case .passwordsDiffer: "Пароли не совпадают."
        case .loggedIn(let name, let roles, let organization): "Вы вошли как \(name) (\(roles)), \(organization)."
        case .loggedOut: "Вы вышли из учётной записи."
        case .mustChangePassword: "Пароль временный: задайте новый, прежде чем продолжить."
        case .passwordChanged: "Пароль изменён."
        case .notLoggedIn: "Сначала войдите: команда «login»."
        case .alreadyLoggedIn(let login): "Вы уже вошли как \(login); сначала «logout»."
        case .whoami(let name, let login, let identifier, let roles, let organization):
            "\(name)\nЛогин: \(login), идентификатор: \(identifier)\nРоли: \(roles)\nОрганизация: \(organization)"
        case .goodbye: "До свидания."
        case .cancelHint: "(«отмена» — прервать)"
        case .cancelled: "Отменено, ничего не записано."
        case .workInterrupted: "Остановлено (Ctrl-C): работа прервана, ничего не записано."
        case .confirm: "Записать?"
        case .yesNoHint: "[да/нет]"
        case .answerYesOrNo: "Ответьте «да» или «нет»."
        case .saved: "Записано."
        case .markSaved(let id): "Записано: отметка № \(id) (исправить — mark fix \(id) ОТМЕТКА \"причина\")."
        case .marksSaved(let count): "Записано отметок: \(count) (номера — lesson show)."
        case .periodMarkSaved(let id): "Записано: отметка за период № \(id) (изменить после срока — period-mark change \(id) …)."
        case .fieldPrompt(let label, let hint): hint.map { "\(label) (\($0)): " } ?? "\(label): "
        case .optionalHint: "можно пропустить"
        case .choicesHint(let choices): choices
        case .missingField(let label, let flag): "Не указано поле «\(label)» (\(flag))."
        case .unknownFlag(let flag): "Неизвестный параметр «\(flag)»."
        case .duplicateFlag(let flag): "Параметр «\(flag)» указан дважды."
        case .unclosedQuote: "Не закрыта кавычка."
        case .unknownCommand(let line): "Неизвестная команда «\(line)». «help» — список команд."
        case .didYouMean(let options): "Возможно, вы имели в виду: \(options)"
        case .nothingFound: "Ничего не найдено."
        case .count(let n): "Всего: \(n)"
        case .progress(let work):
            switch work {
            case .demo: "Загрузка демо-школы"
            case .backup: "Копия"
            case .verify: "Проверка журнала изменений"
            case .credentials: "Временные пароли"
            case .importing: "Загрузка файла"
            case .closingYear: "Закрытие года"
            }
        case .helpHeader: "Команды (в скобках — русские слова; недостающие поля спрашиваются по одному):"
        case .helpFooter: "«help КОМАНДА» — подробно о команде. Пример: help student new"
        case .helpUsage(let usage): "Использование: \(usage)"
        case .helpFields: "Поля:"
        case .helpRequired: "обязательное"
        case .helpExamples: "Пример:"
        case .summary(let id): summary(id)
        case .helpGroup(let group):
            switch group {
            case .session: "Сеанс"
            case .school: "Школа и учебный год"
            case .people: "Ученики, родители, сотрудники"
            case .teaching: "Предметы и нагрузка"
            case .journal: "Журнал: уроки, посещаемость, отметки"
            case .helpdesk: "Служба поддержки: графики, консультации, обучение, внедрение"
            case .tickets: "Служба поддержки: заявки"
            case .accounts: "Учётные записи"
            }
        case .emptyDatabaseOffer: "База данных пуста. Загрузить демонстрационную школу?"
        case .demoLoading: "Загружаю демонстрационную школу…"
        case .demoAlreadyThere(let path): "Демо-школа уже есть в базе \(path): загружать заново нечего. Входы — в README (пароль demo2026)."
        case .demoLoaded(let organization): "Демонстрационная школа загружена: \(organization)."
        case .demoLogins(let password): "Демонстрационные входы (пароль у всех «\(password)»):"
        case .initDone(let organization, let login, let identifier):
            "Организация «\(organization)» создана. Администратор журнала: \(login) (идентификатор \(identifier))."
        case .recoverNeedsWriteAccess(let path):
            "Для recover нужен доступ на запись к файлу базы \(path): запустите от имени учётной записи, которой принадлежит файл."
        case .recovered: "Записано в журнал изменений. Передайте пароль лично; при первом входе его нужно сменить."
        case .passwordFromEnvironmentMissing: "Пароль не задан: укажите его в переменной HELPDESK_PASSWORD."
        case .credentialsIssued(let login, let identifier, let name, let password):
            "Реквизиты доступа для \(name)\nЛогин: \(login)\nИдентификатор: \(identifier)\nВременный пароль: \(password)\nПароль действует до первого входа, затем его нужно сменить."
        case .credentialsSlipHint: "Пароль показан один раз: передайте его лично, под подпись."
        case .keyAdded(let login, let fingerprint): "Ключ \(fingerprint) открывает консоль по SSH для \(login)."
        case .keyRemoved(let login, let fingerprint): "Ключ \(fingerprint) учётки \(login) удалён: он больше ничего не открывает."
        case .keysWritten(let path): "Файл ключей SSH переписан: \(path)."
        case .keysNotWritten:
            "Файл ключей SSH здесь не задан (HELPDESK_AUTHORIZED_KEYS): ключ записан и заработает, когда сервер перепишет свой файл."
        case .keyFileFailed(let path): "Не удалось записать файл ключей SSH \(path); ключ записан, файл остался прежним."
        case .sshCommandRefused(let word):
            "По SSH работает только консоль: можно --json, --lang, --yes и -c \"команда\", но не «\(word)»."
        case .sshNeedsKey: "Для команды по SSH нужен ключ, привязанный к вашей учётке (спросите администратора журнала: account key add)."
        case .sshKeyRefused: "Этот ключ не открывает ни одной действующей учётки."
        case .mailNotConfigured:
            "Не задан адрес службы поддержки, с которого идут письма: mail settings --from АДРЕС (или HELPDESK_MAIL_FROM)."
        case .notifyBusy: "Рассылка уже идёт в другом процессе; этот запуск ничего не делает."
        case .notified(let queued, let sent, let refused, let handing):
            "Поставлено в очередь: \(queued), передано почте: \(sent), не принято (повтор позже): \(refused)"
                + (handing > 0 ? ", ещё передаются: \(handing)" : "") + "."
        case .mailSettings(let from, let sendmail):
            "Адрес службы поддержки: \(from ?? "не задан"). Программа sendmail: \(sendmail)."
        case .mailPreferences(let language, let digest, let copies, let address):
            "Язык писем: \(language == .ru ? "русский" : "английский"). Сводка за неделю: \(digest). Копии сообщений на почту: \(copies ? "да" : "нет")."
                + (address.map { " Адрес: \($0)." } ?? " Адрес эл. почты не указан: писем не будет.")
        case .guardianDigestSet(let name, let digest): "\(name): сведения за неделю — \(digest)."
        case .attachmentSize(let bytes, let kept):
            (bytes < 1024 * 1024
                ? "\(max(1, bytes / 1024)) КБ"
                : String(format: "%.1f МБ", Double(bytes) / 1_048_576).replacingOccurrences(of: ".", with: ","))
                + (kept ? "" : ", не сохранён: больше \(AttachmentLimits.perFile / 1_048_576) МБ")
        case .attachmentSaved(let name, let path): "Файл «\(name)» сохранён: \(path)."
        case .fileExists(let path): "Файл \(path) уже есть: выберите другое имя, чужой файл не перезаписывается."
        case .schedulesFolderMissing(let path):
            "Папки графиков поддержки \(path) нет: укажите существующую (--schedules) или не указывайте её — тогда берутся графики, поставляемые с программой."
        case .folderMissing(let path):
            "Папки \(path) нет или в неё нельзя писать (носитель не подключён?): ничего не сделано. Укажите существующую папку."
        case .serviceJob(let job):
            switch job {
            case .notify: "рассылка (notify)"
            case .backup: "резервная копия (backup)"
            case .mailIn: "приём почты (mail-in)"
            }
        case .runOutcome(let succeeded): succeeded ? "успешно" : "с ошибкой"
        case .neverRan: "не запускалось"
        case .messageSent(let id, let count): "Сообщение № \(id) отправлено, получателей: \(count)."
        case .unreadMessages(let count): "Непрочитанных сообщений: \(count) — message list."
        case .consentSaved(let name): "Записано для ученика: \(name)."
        case .accessWords(let access):
            switch access {
            case .applied?: "заявление подано"
            case .declined?: "отказ: распечатка раз в неделю"
            case nil: "нет ответа"
            }
        case .allCredentialsIssued:
            "Реквизиты всем уже выданы, ничего не изменено. Выдать заново — добавьте --заново (прежние пароли перестанут действовать)."
        case .slipsWritten(let count, let path):
            "Временные пароли выданы: \(count). Листок со слипами — \(path): в нём пароли, храните его как секрет, раздайте под подпись и уничтожьте; на экране пароли не показываются."
        case .slipExpires(let when): "Пароль действует до \(when) и при первом входе меняется."
        case .slipSignatures: "Получил(а): ____________________   Выдал(а): ____________________   Дата: __________"
        case .slipSheetTitle(let school): "Реквизиты доступа — \(school)"
        case .slipSheetWarning: "Секретно: временные пароли. Разрежьте, передайте каждому лично под подпись, остаток уничтожьте."
        case .lessonFilled(let present, let absent, let late, let marks):
            "Записано: присутствуют \(present), отсутствуют \(absent), опоздали \(late), отметок \(marks)."
        case .lessonFillGridHint:
            "Одной строкой, через «;»: номер или фамилия, затем н (нет), о (опоздал), отметки с видом работы; «все» — остальные присутствуют. Например: 3 н; 7 5 кр; Петров 4; все"
        case .lessonFillPrompt: "Урок: "
        case .lessonFillHint(let lesson):
            "Ученики урока выше. Одной строкой: lesson fill \(lesson) \"Фамилия н; Фамилия 5 кр; Фамилия 4; все\" (н — нет, о — опоздал; «все» — остальные присутствуют)."
        case .lineTooLong(let max): "Строка длиннее \(max) знаков — это не команда; ничего не сделано. Длинный текст разбейте на части."
        case .sendmailOnlyOnServer:
            "Программу отправки почты задают на самом сервере (helpdesk --db ФАЙЛ -c \"mail settings --sendmail …\"), не через SSH: ничего не изменено."
        case .remoteFile(let path):
            "«\(path)»: по SSH файлы сервера недоступны. Вместо файла — «-»: ssh desk@school -- -c 'КОМАНДА -' > файл (или < файл для загрузки)."
        case .standardStreamInteractive: "«-» — стандартный ввод или вывод: только в разовой команде (-c) и без --json."
        case .messageNeedsRecipient: "Кому: укажите --to ФИО или --class КЛАСС (--audience родители, ученики или все)."
        case .notAMail: "На входе не письмо (RFC 5322) или оно больше 30 МБ."
        case .mailIn(let outcome):
            switch outcome {
            case .reply(let ticket): "Письмо добавлено к заявке № \(ticket) как ответ заявителя."
            case .invitationAnswered(let booking, let answer):
                "Ответ на приглашение на консультацию № \(booking) записан: "
                    + (answer == .accepted ? "придёт." : answer == .declined ? "отказался." : "под вопросом.")
            case .rated(let ticket, let rating): "Заявитель оценил ответ по заявке № \(ticket): \(rating) из 5."
            case .opened(let ticket): "По письму принята заявка № \(ticket); заявителю ушёл её номер."
            case .held(let id, let asked):
                "Адрес неизвестен: письмо № \(id) задержано"
                    + (asked ? ", отправителя попросили указать организацию, логин, идентификатор и роль." : ".")
            case .unsubscribed: "Отправитель отписан от сводки."
            case .ignored(let why):
                switch why {
                case .automatic: "Автоответ, уведомление о недоставке или рассылка: сохранено, не отвечаем."
                case .fromDesk: "Письмо с адреса самой службы: петля, не отвечаем."
                case .duplicate: "Это письмо уже получено."
                }
            }
        case .digestWords(let delivery):
            switch delivery {
            case .none: "только в дневнике"
            case .email: "письмом на почту"
            case .paper: "распечаткой от классного руководителя"
            }
        case .accountLocked(let login): "Учётная запись \(login) заблокирована."
        case .accountUnlocked(let login): "Учётная запись \(login) разблокирована; при входе нужно будет сменить пароль."
        case .studentTransferred(let name, let className): "\(name) переведён(а) в \(className)."
        case .studentLeft(let name): "Выбытие записано: \(name)."
        case .studentEnrolled(let name, let className): "\(name) зачислен(а) в \(className)."
        case .guardianLinked(let guardian, let student): "\(guardian) теперь родитель (законный представитель) ученика \(student)."
        case .addedToSubgroup(let student, let subgroup): "\(student) добавлен(а) в подгруппу «\(subgroup)»."
        case .assignmentRemoved: "Нагрузка снята."
        case .noYear: "Учебный год ещё не открыт: «year new»."
        case .backupWritten(let path, let sha256, let bytes):
            "Копия записана: \(path) (\(bytes) байт, SHA-256 \(sha256)); целостность и связи таблиц проверены."
        case .backupVerified(let file, let created, let sha256, let schools):
            "Копия \(file) от \(created) совпадает с описью (SHA-256 \(sha256)), целостность и связи таблиц в порядке; школ в копии: \(schools)."
        case .restored(let path, let from): "База восстановлена из \(from) в \(path). Запускайте helpdesk с --db \(path)."
        case .backupReminder(let reminder):
            switch reminder {
            case .stale(let last, let days):
                last.map {
                    "Последняя резервная копия — \(Moment.text($0, in: .current, language: .ru)), старше \(days) дн.: сделайте новую (backup make)."
                }
                    ?? "Резервных копий ещё нет: сделайте копию на два носителя (backup make)."
            case .yearEndDue(let by): "Копия журнала за учебный год должна быть сделана до \(by.dotted): backup make."
            case .yearEndMissing(let due):
                "Копии журнала за учебный год нет, а срок — \(due.dotted) — прошёл: сделайте её сейчас (backup make)."
            }
        case .backupAuditWarning(let organization, let problems):
            "Внимание: журнал изменений школы \(organization) не сходится с данными (\(problems)): копия сохранена как есть, для разбора (audit verify); восстановить из неё журнал нельзя."
        case .backupProblem(let problem):
            switch problem {
            case .destinationMissing(let path):
                "Папки \(path) нет или в неё нельзя писать (носитель не подключён или только для чтения?): копия не сделана ни на один носитель."
            case .notADatabase(let path): "\(path) — не база helpdesk."
            case .integrity(let detail): "Копия повреждена: \(detail)."
            case .foreignKeys(let count): "В копии нарушены связи между таблицами: \(count)."
            case .audit(let organization, let problems):
                "В копии журнал изменений школы \(organization) не сходится с данными (нарушений: \(problems)): из неё журнал не восстанавливается."
            case .manifestMissing(let path): "Нет описи копии: \(path)."
            case .checksumMismatch(let expected, let found):
                "Контрольная сумма не совпадает с описью: ожидалось \(expected), получено \(found)."
            case .targetExists(let path): "Файл \(path) уже есть: поверх существующего файла ничего не записывается."
            }
        case .auditIntact(let entries):
            "Журнал изменений цел: \(entries) \(RussianPlural.form(entries, "запись", "записи", "записей")), цепочка хешей сходится."
        case .auditHead(let entries, let hash, let at):
            "Голова цепочки: \(entries) \(RussianPlural.form(entries, "запись", "записи", "записей")), хеш \(hash), последняя запись \(at). Впишите её в распечатку или опись копии."
        case .auditBroken(let entries, let problems):
            "Журнал изменений повреждён: \(problems) \(RussianPlural.form(problems, "нарушение", "нарушения", "нарушений")) на \(entries) \(RussianPlural.form(entries, "запись", "записи", "записей"))."
        case .auditProblem(let problem):
            switch problem {
            case .altered(let id): "  запись \(id) изменена после внесения"
            case .brokenLink(let id): "  перед записью \(id) запись удалена или переставлена"
            case .headMismatch(let expected, let found): "  записей должно быть \(expected), найдено \(found): удалены последние записи"
            case .rowInserted(let table, let key): "  \(table) \(key): строка добавлена в обход программы (её нет в цепочке)"
            case .rowChanged(let table, let key, let differences):
                "  \(table) \(key): строка изменена в обход программы — "
                    + differences.map { "\($0.column): было «\($0.sealed ?? "—")», стало «\($0.found ?? "—")»" }.joined(separator: "; ")
            case .rowDeleted(let table, let key): "  \(table) \(key): строка удалена в обход программы"
            }
        case .markLate: "Отметка выставлена после срока — отмечено для контроля."
        case .pagerHint: "(Пробел — дальше, b — назад, /слово — поиск, q — вернуться к вводу команд)"
        case .markForAbsentPupil: "Ученик отмечен на этом уроке отсутствующим: проверьте, что отметка — за работу, которую он сдал."
        case .homeworkLate: "Домашнее задание внесено позже срока — отмечено для контроля."
        case .checkingEnds(let date):
            "Проверка письменной работы завершается \(date.dotted): отметки за неё (контрольная, диктант, сочинение, самостоятельная, лабораторная, практическая) ставятся в этот день, в графу урока."
        case .suggestion(let average, let suggested, let counted, let notAssessed, let exempt):
            "Средневзвешенная: \(average) → предлагается «\(suggested)».\nУчтены (отметка × вес): \(counted)\nНе учтены: н/а — \(notAssessed), ОСВ — \(exempt). Отметку за период ставит учитель."
        case .noMarksToAverage: "За период нет отметок по пятибалльной шкале — предложить нечего."
        case .lessonsGenerated(let n): "Создано уроков по расписанию: \(n)."
        case .lessonCancelled: "Урок отменён."
        case .dayOff: "выходной"
        case .workingDay: "рабочий день"
        case .planReport(let added, let changed, let unchanged, let removed, let applied):
            (applied ? "КТП загружено" : "Проверка КТП (ничего не записано)")
                + ": добавлено \(added), изменено \(changed), без изменений \(unchanged), удалено \(removed)."
        case .planProblem(let line, let column, let text): "  строка \(line), столбец «\(column)»: \(text)"
        case .planWouldRemove(let count): "В файле меньше тем, чем в КТП: будут удалены темы (\(count)):"
        case .planRemovalNotConfirmed(let count):
            "Файл удалил бы темы КТП (\(count)) — ничего не загружено. Проверьте файл или подтвердите замену (--yes)."
        case .planNotImported: "В файле есть ошибки — ничего не загружено. Исправьте их или добавьте --skip-errors."
        case .planExported(let path, let items): "КТП выгружено в \(path): тем — \(items)."
        case .cannotReadFile(let path): "Не удалось прочитать файл \(path)."
        case .nextTopic(let topic): "Следующая тема по КТП: \(topic)"
        case .nobodyOnDuty: "Сейчас никто не дежурит."
        case .scheduleProblem(let problem):
            "\(problem.file), строка \(problem.line), поле «\(problem.field)»: "
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
                }()
        case .desk(let message): desk(message)
        case .schoolYear(let sentence): schoolYear(sentence)
        case .report(let sentence): report(sentence)
        case .ticket(let message): ticket(message)
        case .deskError(let error): deskError(error)
        case .cannotWriteFile(let path): "Не удалось записать файл \(path)."
        case .error(let error): describe(error)
        case .invalidValue(let label, let reason): "\(self.label(label)): \(self.reason(reason, of: label))."
        case .unexpected(let detail): "Не удалось выполнить команду: \(detail)"
        case .databaseError(let busy):
            busy
                ? "База данных занята другой программой, ничего не записано. Повторите через минуту."
                : "База данных не приняла изменение, ничего не записано. Сообщите администратору журнала, что вы делали."
        case .storageProblem(let problem):
            switch problem {
            case .missing(let path):
                "Базы \(path) нет. Новую создаёт helpdesk --db \(path) init …, демо-школу — helpdesk --db \(path) --demo."
            case .notHelpdesk(let path): "\(path) — не база helpdesk: файл не открыт и не изменён."
            case .needsWrite: "База открыта только для чтения, а команде нужна запись."
            case .exposed(let path, let mode, let folder):
                "Внимание: \(folder ? "папка" : "файл базы") \(path) доступ\(folder ? "на" : "ен") другим пользователям (права \(String(mode, radix: 8))). Закройте: chmod \(folder ? "700" : "600") \(path)"
            }
        case .cannotOpenDatabase(let path, let detail): "Не удалось открыть базу данных \(path): \(detail)"
        }
    }

    private func describe(_ error: JournalError) -> String {
        switch error {
        case .invalid(let field, let reason): "\(label(Label(field))): \(self.reason(reason, of: Label(field)))."
        case .forbidden(let operation): "Нет прав: \(self.operation(operation))."
        case .badCredentials: "Неверный логин или пароль."
        case .accountLocked: "Учётная запись заблокирована. Обратитесь к администратору журнала."
        case .credentialsNotIssued: "Реквизиты доступа ещё не выданы."
        case .alreadyEnrolled(let student, let className): "\(student) уже учится в \(className) в этом учебном году."
        case .notEnrolled(let student): "\(student) не зачислен(а) ни в один класс."
        case .passwordChangeRequired: "Сначала смените временный пароль: команда «password»."
        case .notLoggedIn: "Сначала войдите: команда «login»."
        case .gradeOneHasNoMarks: "Отметки и домашние задания в 1 классе не ставятся."
        case .lessonInFuture: "Урок ещё не начался: заранее в журнал ничего не вносится."
        case .entryWindowClosed(let daysAgo, let limit):
            "Урок прошёл \(daysAgo) \(RussianPlural.days(daysAgo)) назад: внести можно не позже \(limit) \(RussianPlural.days(limit))."
        case .lessonCancelled: "Урок отменён."
        case .periodMarkWindowNotOpen(let opens): "Отметки за период выставляются в последнюю неделю периода: с \(opens.dotted)."
        case .periodMarkWindowClosed(let closed):
            "Срок выставления отметки за период истёк \(closed.dotted): изменить её может только заместитель директора по УВР по объяснительной."
        case .absenceReasonWindowClosed(let closed):
            "Причину пропуска на этом уроке можно было указать до \(closed.dotted): период, к которому он относится, уже подведён."
        case .yearNotOver(let ends):
            "Год закрывается после окончания последнего учебного периода (\(ends.dotted)): итоговые отметки ещё выставляются."
        case .periodMarkAlreadySet(let value):
            "Отметка за период уже выставлена («\(value.rawValue)»), а период закончился: заменить её может только заместитель директора по УВР по объяснительной учителя."
        case .notInLesson(let student): "\(student) не занимается на этом уроке."
        case .tooManyAttempts(_, let seconds):
            "Слишком много неудачных попыток входа: подождите \(max(1, (seconds + 59) / 60)) мин. и попробуйте снова."
        case .temporaryPasswordExpired:
            "Срок временного пароля истёк. Обратитесь за новыми реквизитами к администратору журнала или классному руководителю."
        case .sessionEnded: "Сеанс завершён: реквизиты или права учётной записи изменились, либо она заблокирована. Войдите снова."
        case .lessonWithMarks(let count):
            "У урока есть отметки (\(count)): его нельзя перенести в будущее или в другой период и нельзя отменить."
        case .periodMarksOutside(let marks):
            "Отметки за период выставлены в даты, которые окажутся вне периода, — даты не изменены. Отметки (\(marks.count)): "
                + marks.prefix(10).map { "\($0.student), \($0.subject): \($0.value) (\($0.setOn.dotted))" }.joined(separator: "; ")
        case .yearClosed(let year):
            year.map {
                "Учебный год \($0.name) закрыт приказом № \($0.orderNumber) от \($0.orderDate.dotted): журнал только для чтения, изменения не вносятся."
            } ?? "Учебный год закрыт: журнал только для чтения, изменения не вносятся."
        case .promotionTargetsMissing(let names):
            "Нет классов, в которые переводятся ученики: \(names.joined(separator: ", ")). Создайте их (class new) — год не закрыт."
        case .noNextYear(let name): "Нет следующего учебного года после \(name): создайте его (year new), затем закройте этот год."
        case .unreadablePlan(let problem):
            switch problem {
            case .tooLarge(let bytes, let maxBytes):
                "Файл слишком большой для КТП (\(bytes) байт, допустимо до \(maxBytes)): это не план, файл не прочитан."
            case .utf16: "Файл в кодировке UTF-16. Сохраните его как CSV в UTF-8 (Excel: «CSV UTF-8 (разделитель — запятая)»)."
            case .cp866: "Файл похож на кодировку DOS (CP866). Сохраните его в UTF-8 или Windows-1251."
            case .spreadsheet:
                "Это книга Excel, а не CSV. Откройте её и сохраните как «CSV (разделители — точки с запятой)», затем загрузите CSV."
            case .binary: "Это не текстовый файл: в нём есть нулевые и управляющие байты. Нужен CSV-файл КТП."
            }
        case .unlockNeedsNewCredentials:
            "Учётная запись заблокирована после утечки или множества неудачных входов: разблокировать её можно только выдачей новых реквизитов (credential reset)."
        case .breachReportForbidden:
            "Сообщить об утечке может только владелец учётной записи, директор, заместители и администратор ЭЖ этой школы или служба поддержки, которая её обслуживает."
        case .noOpenBreach(let number): "Нет открытого сообщения об утечке №\(number)."
        }
    }

    func label(_ label: Label) -> String {
        switch label {
        case .code: "Код организации"
        case .name: "Название"
        case .timeZone: "Часовой пояс"
        case .login: "Логин"
        case .password: "Пароль"
        case .newPassword: "Новый пароль"
        case .identifier: "Идентификатор"
        case .fullName: "ФИО"
        case .birthDate: "Дата рождения"
        case .marks: "Отметки"
        case .average: "Средний балл"
        case .quality: "Качество, %"
        case .success: "Успеваемость, %"
        case .xlsx: "Файл XLSX"
        case .print: "Файл для печати"
        case .headline: "Заголовок"
        case .readers: "Для кого"
        case .excellentCount: "Отличники"
        case .goodCount: "На «4» и «5»"
        case .oneThreeCount: "С одной «3»"
        case .failingCount: "Неуспевающие"
        case .notAssessedCount: "Не аттестованы"
        case .resolvedCount: "Решено"
        case .accountCount: "Учётных записей"
        case .activeCount: "Активных"
        case .missedLessons: "Пропущено уроков"
        case .excused: "По уважительной"
        case .unexcused: "Без уважительной"
        case .withoutReason: "Причина не указана"
        case .lateCount: "Опоздания"
        case .missedDays: "Пропущено дней"
        case .withTopic: "С темой, %"
        case .withHomework: "С ДЗ, %"
        case .homeworkLate: "ДЗ позже срока"
        case .marksOnTime: "Отметки в срок, %"
        case .withoutMarks: "Без отметок, %"
        case .withOneMark: "С одной отметкой, %"
        case .planCovered: "Пройдено по КТП, %"
        case .replaced: "Замещено"
        case .cancelled: "Не проведено"
        case .pupilsVisited: "Ученики входили, %"
        case .guardiansVisited: "Родители входили, %"
        case .visits: "Дней со входом"
        case .riskReason: "Почему в группе риска"
        case .guardianVisits: "Входы родителей за неделю"
        case .forecast: "Прогноз"
        case .counted: "Отметок учтено"
        case .acknowledgedAt: "Ознакомлены"
        case .tickets: "Заявок"
        case .deadlinesMet: "В срок, %"
        case .firstResponseHours: "Первый ответ, ч"
        case .resolutionHours: "Решение, ч"
        case .bookingsHeld: "Консультаций проведено"
        case .bookingsCancelled: "Консультаций отменено"
        case .send: "Разослать"
        case .averageBelow: "Средний балл ниже"
        case .absencesOver: "Пропусков без уважительной больше"
        case .week: "Неделя"
        case .order: "Номер приказа"
        case .signed: "Подписали"
        case .retained: "Оставлены на повторное обучение"
        case .leaving: "Выбывают"
        case .archive: "Папка архива"
        case .bells: "Звонки"
        case .bare: "Без шаблона"
        case .passFail: "Безотметочный (зачёт/незачёт)"
        case .sameDay: "В день урока, %"
        case .calendarYear: "Календарный год (2026)"
        case .ticketKind: "Тип заявки"
        case .issuedAt: "Выдано"
        case .signedAt: "Подписано"
        case .outcomeClass: "Куда"
        case .sex: "Пол"
        case .email: "Эл. почта"
        case .phone: "Телефон"
        case .role: "Роль"
        case .roles: "Роли"
        case .year: "Учебный год"
        case .period: "Период"
        case .periodKind: "Деление года"
        case .number: "№"
        case .startDate: "Начало"
        case .endDate: "Конец"
        case .date: "Дата"
        case .schoolClass: "Класс"
        case .gradeLevel: "Параллель"
        case .letter: "Литера"
        case .classTeacher: "Классный руководитель"
        case .subgroup: "Подгруппа"
        case .student: "Ученик"
        case .guardian: "Родитель"
        case .staff: "Сотрудник"
        case .teacher: "Учитель"
        case .subject: "Предмет"
        case .account: "Учётная запись"
        case .person: "Человек"
        case .organization: "Организация"
        case .vacation: "Каникулы"
        case .note: "Примечание"
        case .state: "Состояние"
        case .students: "Учеников"
        case .children: "Дети"
        case .movement: "Движение"
        case .lesson: "Урок"
        case .topic: "Тема"
        case .homework: "Домашнее задание"
        case .mark: "Отметка"
        case .workKind: "Вид работы"
        case .comment: "Комментарий"
        case .document: "Документ"
        case .status: "Присутствие"
        case .reason: "Причина"
        case .time: "Время"
        case .kind: "Тип урока"
        case .markDeadline: "Срок выставления отметок"
        case .homeworkGraceMinutes: "Минут на домашнее задание после уроков"
        case .entryWindowDays: "Дней на заполнение после урока"
        case .markScale: "Шкала отметок"
        case .action: "Действие"
        case .change: "Было → стало"
        case .weight: "Вес"
        case .weekday: "День недели"
        case .room: "Кабинет"
        case .hours: "Кол-во часов"
        case .plan: "КТП"
        case .plannedDate: "Дата по плану"
        case .covered: "Пройдено на уроках"
        case .helpKind: "Вид помощи"
        case .days: "Дни"
        case .responsible: "Ответственный"
        case .topics: "Темы"
        case .booking: "Запись"
        case .specialist: "Специалист"
        case .requester: "Кто записан"
        case .places: "Свободно мест"
        case .noticeMinutes: "Минут до консультации"
        case .horizonDays: "Дней вперёд"
        case .choice: "Вариант"
        case .trainingsHeld: "Занятий"
        case .training: "Занятие"
        case .audience: "Участники"
        case .gradeBand: "Классы"
        case .format: "Формат"
        case .trainer: "Ведущий"
        case .capacity: "Мест"
        case .registered: "Записано"
        case .attended: "Посещение"
        case .quarter: "Четверть"
        case .task: "Пункт"
        case .title: "Содержание"
        case .deadline: "Срок"
        case .file: "Файл"
        case .backupMaxAgeDays: "Резервная копия не старше, дней"
        case .temporaryPasswordHours: "Часов действует временный пароль"
        case .ticket: "Заявка"
        case .article: "Статья"
        case .roster: "Список класса"
        case .morePupils: "Ещё ученики"
        case .absentAtLesson: "Отсутствовал на уроке"
        case .message: "Сообщение"
        case .description: "Описание"
        case .contact: "Как связаться"
        case .priority: "Срочность"
        case .assignee: "Ответственный"
        case .vendorReference: "Номер у разработчика"
        case .address: "Адрес эл. почты"
        case .digest: "Еженедельная сводка"
        case .sendmail: "Программа sendmail"
        case .language: "Язык"
        case .copies: "Копии сообщений на почту"
        case .job: "Задание"
        case .outcome: "Итог"
        case .attachment: "Вложение"
        case .size: "Размер"
        case .queued: "Писем в очереди"
        case .handing: "Передаются почте"
        case .sent: "Отправлено"
        case .abandoned: "Не доставлено после 10 попыток"
        case .nextDue: "Следующее письмо"
        case .summary: "Что сделано"
        case .firstResponse: "Первый ответ, мин"
        case .resolution: "Решение, мин"
        case .timeLeft: "Срок"
        case .verified: "Заявитель"
        case .queue: "Очередь"
        case .method: "Способ проверки"
        case .receivedBy: "Кто получил"
        case .rating: "Оценка ответа"
        case .intoTicket: "С какой заявкой объединить"
        case .otherTicket: "Вторая заявка"
        case .links: "Связи"
        case .incident: "Инцидент"
        case .ticketNumbers: "Номера заявок"
        case .ratedCount: "Оценено"
        case .sentence: "Фраза"
        case .corrections: "Прочитано иначе"
        case .example: "Пример"
        case .nextOpening: "Ближайшее время"
        case .search: "Поиск"
        case .workday: "Рабочий день"
        case .detail: "Что проверено"
        case .reportedAt: "Когда сообщено"
        case .discoveredAt: "Когда обнаружено"
        case .dryRun: "Только проверить"
        case .again: "Выдать заново"
        case .all: "Все"
        case .skipErrors: "Пропустить ошибки"
        case .secondCopy: "Второй носитель"
        case .command: "Команда"
        case .reasons: "Причины"
        case .fromDate: "Дата начала"
        case .toDate: "Дата окончания"
        case .noteSubject: "Предмет в записке"
        case .page: "Страница"
        case .confirm: "Подтверждение"
        case .start: "Начало"
        case .end: "Конец"
        case .before: "Было"
        case .after: "Стало"
        case .entries: "Записи"
        case .lessons: "Уроки"
        case .attendance: "Посещаемость"
        case .minutes: "Минуты"
        case .publicKey: "Открытый ключ"
        case .fingerprint: "Отпечаток"
        case .markId: "№ отметки"
        case .late: "С опозданием"
        }
    }

    func reason(_ reason: Reason, of label: Label?) -> String {
        switch reason {
        case .missing: "не указано"
        case .tooLong(let max): "слишком длинно (не больше \(max) знаков)"
        case .tooShort(let min): "слишком коротко (не меньше \(min) знаков)"
        case .badFormat: "неверный формат"
        case .notALogin:
            "это не логин: логин — одно слово латиницей, например ivanova.mp. Если логин не помните, его восстановит классный руководитель (ученикам и родителям) или администратор журнала"
        case .outOfRange(let min, let max): "должно быть от \(min) до \(max)"
        case .unknown(let value): "«\(value)» \(RussianGender(label).notFound)"
        case .ambiguous(let options): "подходит несколько: \(options.joined(separator: "; ")) — уточните"
        case .endBeforeStart: "конец раньше начала"
        case .outsideYear: "дата вне учебного года"
        case .overlaps(let other): "пересекается с «\(other)»"
        case .alreadyExists(let value): "«\(value)» уже есть"
        case .notStaff: "не сотрудник этой организации"
        case .notStudent: "не ученик"
        case .notTeacher: "не учитель"
        case .otherOrganization: "из другой организации"
        case .inUse: "используется"
        case .earlierThan(let instant): "раньше допустимого: не ранее \(Moment.text(instant, in: .current, language: .ru))"
        case .notASchoolDay(let date): "\(date.dotted) — не учебный день (праздник, каникулы или выходной)"
        case .doesNotMatch(let expected): "не совпадает с отметкой, которую меняет (должно быть: \(expected))"
        case .noRows: "под заголовком нет ни одной строки — файл пуст"
        case .tooMany(let max): "слишком много строк (не больше \(max))"
        case .unclosedQuote: "кавычка открыта и не закрыта — строки слились бы"
        case .sameAsLogin: "совпадает с логином"
        case .repeatedCharacter: "один и тот же знак"
        case .commonPassword: "слишком распространён: он есть в списке паролей, которые подбирают первыми"
        case .sameAsCurrent: "совпадает с текущим значением"
        case .notInClass: "не из этого класса"
        case .inFuture: "дата ещё не наступила"
        case .lastAdministrator: "это последний администратор журнала в организации"
        case .notAllowedRole: "эта роль здесь не подходит"
        case .markOneNotAllowed: "отметка «1» в этой школе не используется"
        case .roleNotHeld: "у этой учётной записи нет такой роли — уточните роль у заявителя"
        case .passFailNotUsed: "предмет оценивается отметками 2–5; «зачёт» и «незачёт» — только в безотметочных предметах"
        case .passFailOnly: "предмет безотметочный: «зачёт» или «незачёт» (либо н/а, ОСВ)"
        case .notAbsent: "ученик не отмечен отсутствующим или опоздавшим"
        case .overlapsLesson(let other): "в это время уже есть урок: \(other)"
        case .weight: "вес должен быть больше 0 и не больше 10"
        case .holiday(let name): "это праздничный день (\(name))"
        case .notFound(let value, let closest):
            "«\(value)» \(RussianGender(label).notFound)" + (closest.isEmpty ? "" : "; возможно: \(closest.joined(separator: ", "))")
        }
    }

    func role(_ role: Role) -> String {
        switch role {
        case .director: "директор"
        case .deputyAcademic: "заместитель директора по УВР"
        case .deputyUpbringing: "заместитель директора по ВР"
        case .journalAdmin: "администратор ЭЖ"
        case .coordinator: "координатор"
        case .operator: "оператор"
        case .forumModerator: "модератор форума"
        case .itEngineer: "инженер по ИТ"
        case .classTeacher: "классный руководитель"
        case .subjectTeacher: "учитель-предметник"
        case .substituteTeacher: "учитель на замену"
        case .supportSpecialist: "специалист техподдержки"
        case .methodologist: "методист"
        case .student: "ученик"
        case .guardian: "родитель (законный представитель)"
        }
    }

    func sex(_ sex: Sex) -> String { sex == .male ? "мужской" : "женский" }

    func periodKind(_ kind: PeriodKind) -> String {
        switch kind {
        case .quarter: "четверти"
        case .trimester: "триместры"
        case .halfYear: "полугодия"
        }
    }

    func state(_ state: AccountState) -> String {
        switch state {
        case .notIssued: "реквизиты не выданы"
        case .active: "активна"
        case .mustChangePassword: "нужно сменить пароль"
        case .locked: "заблокирована"
        }
    }

    func start(_ kind: EnrolmentStart) -> String { kind == .enrolment ? "зачисление" : "перевод в класс" }

    func end(_ kind: EnrolmentEnd) -> String { kind == .transfer ? "перевод из класса" : "выбытие" }

    func operation(_ operation: Operation) -> String {
        switch operation {
        case .viewStructure: "просмотр структуры школы"
        case .editOrganization: "изменение данных организации"
        case .manageYears: "учебные годы и периоды"
        case .closeYear: "закрытие учебного года"
        case .manageClasses: "классы и подгруппы"
        case .manageSubjects: "предметы"
        case .manageStaff: "сотрудники и роли"
        case .manageAssignments: "учебная нагрузка"
        case .manageStudents: "данные учеников"
        case .manageGuardians: "данные родителей"
        case .recordMovement: "движение учеников"
        case .viewAccounts: "просмотр учётных записей"
        case .manageAccounts: "выдача реквизитов и управление учётными записями"
        case .viewPerson: "просмотр чужих данных"
        case .backup: "резервное копирование"
        case .writeMessage:
            "сообщение этому человеку (родитель — учителям своего ребёнка, ученик — своим учителям, учитель — своим классам)"
        case .viewJournal: "просмотр журнала"
        case .editJournal: "заполнение журнала (только свои уроки)"
        case .setAbsenceReason: "причины пропусков (классный руководитель)"
        case .viewAudit: "журнал изменений"
        case .changePeriodMark: "изменение отметки за период (только заместитель директора по УВР)"
        }
    }

    func workKind(_ kind: WorkKind) -> String {
        switch kind {
        case .answer: "ответ на уроке"
        case .homework: "домашняя работа"
        case .classwork: "работа на уроке"
        case .test: "контрольная работа"
        case .lab: "лабораторная работа"
        case .practical: "практическая работа"
        case .dictation: "диктант"
        case .essay: "сочинение"
        case .quiz: "самостоятельная работа"
        case .project: "проект"
        case .external: "из другого учреждения"
        }
    }

    func attendance(_ status: AttendanceStatus) -> String {
        switch status {
        case .present: "присутствует"
        case .absent: "отсутствует"
        case .late: "опоздал"
        }
    }

    func absence(_ reason: AbsenceReason) -> String { reason == .excused ? "уважительная" : "неуважительная" }

    func lessonKind(_ kind: LessonKind) -> String {
        switch kind {
        case .regular: "урок"
        case .practical: "практическая работа"
        case .lab: "лабораторная работа"
        case .test: "контрольная работа"
        case .excursion: "экскурсия"
        }
    }

    func helpKind(_ kind: HelpKind) -> String {
        switch kind {
        case .technical: "техническая помощь"
        case .methodological: "методическая помощь"
        case .any: "любые вопросы"
        }
    }
}

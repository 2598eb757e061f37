import HelpDesk
import JournalCore

extension JournalError {
    /// Why the journal refused what was asked, in both languages.
    var wording: Wording {
        switch self {
        case .invalid(let field, let reason): .refused(Label(field), reason)
        case .forbidden(let operation): .forbidden(operation.wording)
        case .badCredentials: Wording(ru: "Неверный логин или пароль.", en: "Wrong login or password.")
        case .accountLocked:
            Wording(
                ru: "Учётная запись заблокирована. Обратитесь к администратору журнала.",
                en: "The account is locked. Ask the journal administrator.")
        case .credentialsNotIssued: Wording(ru: "Реквизиты доступа ещё не выданы.", en: "No credentials have been issued yet.")
        case .alreadyEnrolled(let student, let className):
            Wording(
                ru: "\(student) уже учится в \(className) в этом учебном году.",
                en: "\(student) is already in \(className) this academic year.")
        case .notEnrolled(let student):
            Wording(ru: "\(student) не зачислен(а) ни в один класс.", en: "\(student) is not enrolled in any class.")
        case .passwordChangeRequired:
            Wording(ru: "Сначала смените временный пароль: команда «password».", en: "Change your temporary password first: “password”.")
        case .notLoggedIn: Wording(ru: "Сначала войдите: команда «login».", en: "Log in first: “login”.")
        case .gradeOneHasNoMarks:
            Wording(ru: "Отметки и домашние задания в 1 классе не ставятся.", en: "Grade 1 gets no marks and no homework.")
        case .lessonInFuture:
            Wording(
                ru: "Урок ещё не начался: заранее в журнал ничего не вносится.",
                en: "The lesson has not begun: nothing is entered in advance.")
        case .entryWindowClosed(let daysAgo, let limit):
            Wording(
                ru:
                    "Урок прошёл \(daysAgo) \(RussianPlural.days(daysAgo)) назад: внести можно не позже \(limit) \(RussianPlural.days(limit)).",
                en: "The lesson was \(daysAgo) days ago: entries are allowed up to \(limit) days later.")
        case .lessonCancelled: Wording(ru: "Урок отменён.", en: "The lesson is cancelled.")
        case .periodMarkWindowNotOpen(let opens):
            Wording(
                ru: "Отметки за период выставляются в последнюю неделю периода: с \(opens.dotted).",
                en: "Period marks are set in the period's last week: from \(opens).")
        case .periodMarkWindowClosed(let closed):
            Wording(
                ru:
                    "Срок выставления отметки за период истёк \(closed.dotted): изменить её может только заместитель директора по УВР по объяснительной.",
                en:
                    "The time for this period mark ended on \(closed): only the deputy director (academic) changes it, on an explanatory note."
            )
        case .absenceReasonWindowClosed(let closed):
            Wording(
                ru: "Причину пропуска на этом уроке можно было указать до \(closed.dotted): период, к которому он относится, уже подведён.",
                en: "The reason for this absence could be given until \(closed.dotted): the lesson's period has been summed up.")
        case .yearNotOver(let ends):
            Wording(
                ru: "Год закрывается после окончания последнего учебного периода (\(ends.dotted)): итоговые отметки ещё выставляются.",
                en: "A year is closed after its last reporting period ends (\(ends.dotted)): final marks are still being set.")
        case .periodMarkAlreadySet(let value):
            Wording(
                ru:
                    "Отметка за период уже выставлена («\(value.rawValue)»), а период закончился: заменить её может только заместитель директора по УВР по объяснительной учителя.",
                en:
                    "The period mark is set already («\(value.rawValue)») and the period has ended: only the deputy director (academic) replaces it, on the teacher's explanatory note."
            )
        case .notInLesson(let student):
            Wording(ru: "\(student) не занимается на этом уроке.", en: "\(student) does not attend this lesson.")
        case .tooManyAttempts(_, let seconds):
            Wording(
                ru: "Слишком много неудачных попыток входа: подождите \(max(1, (seconds + 59) / 60)) мин. и попробуйте снова.",
                en: "Too many failed logins: wait \(max(1, (seconds + 59) / 60)) min and try again.")
        case .temporaryPasswordExpired:
            Wording(
                ru: "Срок временного пароля истёк. Обратитесь за новыми реквизитами к администратору журнала или классному руководителю.",
                en: "The temporary password has expired. Ask the journal administrator or the class teacher for new credentials.")
        case .sessionEnded:
            Wording(
                ru: "Сеанс завершён: реквизиты или права учётной записи изменились, либо она заблокирована. Войдите снова.",
                en: "The session has ended: the account's credentials or rights changed, or it was locked. Log in again.")
        case .lessonWithMarks(let count):
            Wording(
                ru: "У урока есть отметки (\(count)): его нельзя перенести в будущее или в другой период и нельзя отменить.",
                en: "The lesson has marks (\(count)): it cannot move into the future or another period, nor be cancelled.")
        case .periodMarksOutside(let marks):
            Wording(
                ru: "Отметки за период выставлены в даты, которые окажутся вне периода, — даты не изменены. Отметки (\(marks.count)): "
                    + marks.prefix(10).map { "\($0.student), \($0.subject): \($0.value) (\($0.setOn.dotted))" }.joined(separator: "; "),
                en: "Period marks were set on days that would fall outside the period: the dates are unchanged. Marks (\(marks.count)): "
                    + marks.prefix(10).map { "\($0.student), \($0.subject): \($0.value) (\($0.setOn.dotted))" }.joined(separator: "; ")
            )
        case .yearClosed(let year):
            Wording(
                ru: year.map {
                    "Учебный год \($0.name) закрыт приказом № \($0.orderNumber) от \($0.orderDate.dotted): журнал только для чтения, изменения не вносятся."
                } ?? "Учебный год закрыт: журнал только для чтения, изменения не вносятся.",
                en: year.map {
                    "The school year \($0.name) was closed by order No. \($0.orderNumber) of \($0.orderDate.dotted): its journal is read-only."
                } ?? "The school year is closed: its journal is read-only.")
        case .promotionTargetsMissing(let names):
            Wording(
                ru:
                    "Нет классов, в которые переводятся ученики: \(names.joined(separator: ", ")). Создайте их (class new) — год не закрыт.",
                en:
                    "The classes pupils move into are missing: \(names.joined(separator: ", ")). Create them (class new); the year was not closed."
            )
        case .noNextYear(let name):
            Wording(
                ru: "Нет следующего учебного года после \(name): создайте его (year new), затем закройте этот год.",
                en: "There is no school year after \(name): create it (year new), then close this one.")
        case .unreadablePlan(let problem):
            switch problem {
            case .tooLarge(let bytes, let maxBytes):
                Wording(
                    ru: "Файл слишком большой для КТП (\(bytes) байт, допустимо до \(maxBytes)): это не план, файл не прочитан.",
                    en: "The file is too large for a course plan (\(bytes) bytes, at most \(maxBytes)): not read.")
            case .utf16:
                Wording(
                    ru: "Файл в кодировке UTF-16. Сохраните его как CSV в UTF-8 (Excel: «CSV UTF-8 (разделитель — запятая)»).",
                    en: "The file is UTF-16. Save it as CSV in UTF-8 (Excel: “CSV UTF-8 (Comma delimited)”).")
            case .cp866:
                Wording(
                    ru: "Файл похож на кодировку DOS (CP866). Сохраните его в UTF-8 или Windows-1251.",
                    en: "The file looks like DOS Cyrillic (CP866). Save it as UTF-8 or Windows-1251.")
            case .spreadsheet:
                Wording(
                    ru:
                        "Это книга Excel, а не CSV. Откройте её и сохраните как «CSV (разделители — точки с запятой)», затем загрузите CSV.",
                    en: "This is an Excel workbook, not CSV. Open it and save as “CSV (semicolon delimited)”, then load the CSV.")
            case .binary:
                Wording(
                    ru: "Это не текстовый файл: в нём есть нулевые и управляющие байты. Нужен CSV-файл КТП.",
                    en: "This is not a text file: it has zero and control bytes. A course plan CSV is needed.")
            }
        case .unlockNeedsNewCredentials:
            Wording(
                ru:
                    "Учётная запись заблокирована после утечки или множества неудачных входов: разблокировать её можно только выдачей новых реквизитов (credential reset).",
                en: "The account was locked after a breach or too many failed logins: only new credentials unlock it (credential reset).")
        case .breachReportForbidden:
            Wording(
                ru:
                    "Сообщить об утечке может только владелец учётной записи, директор, заместители и администратор ЭЖ этой школы или служба поддержки, которая её обслуживает.",
                en:
                    "Only the account's owner, the school's director, deputies and journal administrator, or the help desk serving the school may report a breach."
            )
        case .noOpenBreach(let number):
            Wording(ru: "Нет открытого сообщения об утечке №\(number).", en: "No open breach report №\(number).")
        }
    }
}

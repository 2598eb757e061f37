import JournalCore

// What each command does, for `help`.
extension CommandID {
    /// What the command does, in both languages.
    var wording: Wording {
        switch self {
        case .login: Wording(ru: "войти", en: "log in")
        case .logout: Wording(ru: "выйти из учётной записи", en: "log out")
        case .whoami: Wording(ru: "кто я", en: "who am I")
        case .password: Wording(ru: "сменить свой пароль", en: "change your password")
        case .help: Wording(ru: "справка", en: "help")
        case .quit: Wording(ru: "завершить работу", en: "leave the console")
        case .orgList: Wording(ru: "все организации в базе", en: "all organizations in the database")
        case .orgShow: Wording(ru: "данные своей организации", en: "your organization")
        case .orgEdit: Wording(ru: "изменить название или часовой пояс", en: "change the name or time zone")
        case .yearList: Wording(ru: "учебные годы", en: "academic years")
        case .yearRegime:
            Wording(
                ru: "режим работы года: пяти- или шестидневка и звонки",
                en: "the year's working regime: a five- or six-day week and the bells")
        case .yearClose:
            Wording(
                ru: "закрыть учебный год по приказу: перевод, выпуск, архив",
                en: "close the school year by order: promotion, graduation, archive")
        case .yearArchive:
            Wording(
                ru: "записать журналы закрытого года в папку архива (HTML для печати)",
                en: "write a closed year's journals into an archive folder (printable HTML)")
        case .yearNew: Wording(ru: "открыть учебный год", en: "open an academic year")
        case .periodList: Wording(ru: "отчётные периоды года", en: "reporting periods of a year")
        case .periodSet: Wording(ru: "задать границы периода", en: "set a period's boundaries")
        case .vacationList: Wording(ru: "каникулы", en: "vacations")
        case .vacationNew: Wording(ru: "добавить каникулы", en: "add a vacation")
        case .classList: Wording(ru: "классы года", en: "classes of a year")
        case .classShow:
            Wording(
                ru: "класс: классный руководитель, ученики, подгруппы, нагрузка",
                en: "a class: class teacher, students, subgroups, assignments")
        case .classNew: Wording(ru: "открыть класс", en: "open a class")
        case .classTeacher: Wording(ru: "назначить классного руководителя", en: "name a class teacher")
        case .subgroupList: Wording(ru: "подгруппы класса", en: "subgroups of a class")
        case .subgroupNew: Wording(ru: "создать подгруппу", en: "create a subgroup")
        case .subgroupAdd: Wording(ru: "добавить ученика в подгруппу", en: "add a student to a subgroup")
        case .studentList: Wording(ru: "ученики класса", en: "students of a class")
        case .studentShow: Wording(ru: "карточка ученика", en: "a student's record")
        case .studentNew: Wording(ru: "зачислить нового ученика", en: "enrol a new student")
        case .studentEdit: Wording(ru: "изменить данные ученика", en: "change a student's details")
        case .studentEnrol: Wording(ru: "зачислить в класс (вернувшегося)", en: "enrol a returning student in a class")
        case .studentTransfer: Wording(ru: "перевести в другой класс", en: "move a student to another class")
        case .studentLeave: Wording(ru: "записать выбытие", en: "record a student leaving")
        case .studentHistory: Wording(ru: "движение ученика", en: "a student's movement")
        case .guardianList: Wording(ru: "родители ученика", en: "a student's guardians")
        case .guardianNew: Wording(ru: "добавить родителя ученику", en: "add a guardian to a student")
        case .guardianLink: Wording(ru: "связать родителя ещё с одним ребёнком", en: "link a guardian to one more child")
        case .staffList: Wording(ru: "сотрудники", en: "staff")
        case .staffShow: Wording(ru: "карточка сотрудника", en: "a staff member's record")
        case .staffNew: Wording(ru: "добавить сотрудника", en: "add a staff member")
        case .staffEdit: Wording(ru: "изменить данные сотрудника", en: "change a staff member's details")
        case .staffGrant: Wording(ru: "добавить роль", en: "give a role")
        case .staffRevoke: Wording(ru: "снять роль", en: "take a role away")
        case .subjectList: Wording(ru: "предметы", en: "subjects")
        case .subjectNew: Wording(ru: "добавить предмет", en: "add a subject")
        case .assignmentList: Wording(ru: "учебная нагрузка: кто что ведёт", en: "teaching assignments: who teaches what")
        case .assignmentNew: Wording(ru: "назначить учителя на предмет в классе", en: "assign a teacher a subject in a class")
        case .assignmentRemove: Wording(ru: "снять нагрузку", en: "remove an assignment")
        case .accountList: Wording(ru: "учётные записи", en: "accounts")
        case .accountShow: Wording(ru: "учётная запись", en: "an account")
        case .accountIssue: Wording(ru: "выдать реквизиты (временный пароль)", en: "issue credentials (temporary password)")
        case .accountLock: Wording(ru: "заблокировать учётную запись", en: "lock an account")
        case .accountUnlock: Wording(ru: "разблокировать учётную запись", en: "unlock an account")
        case .accountRename: Wording(ru: "изменить логин", en: "change a login")
        case .keyAdd:
            Wording(
                ru: "привязать открытый ключ SSH к учётке, для входа в консоль по SSH",
                en: "tie an SSH public key to an account, for the console over SSH")
        case .keyList: Wording(ru: "ключи SSH учётки или всей школы", en: "the SSH keys of an account, or of the whole school")
        case .keyRemove: Wording(ru: "удалить ключ SSH по отпечатку", en: "remove an SSH key by its fingerprint")
        case .lessonList: Wording(ru: "уроки дня: свои или класса", en: "the day's lessons: your own or a class's")
        case .lessonNew: Wording(ru: "добавить урок", en: "add a lesson")
        case .lessonShow: Wording(ru: "урок: ученики, посещаемость, отметки", en: "a lesson: students, attendance, marks")
        case .periodMarkList:
            Wording(
                ru: "отметки за период класса по предмету, с номерами; у кого их ещё нет",
                en: "a class's period marks in a subject, with their numbers; who has none yet")
        case .consentSet:
            Wording(
                ru: "согласие на обработку персональных данных и заявление о доступе к ЭД (или отказ) ученика, с датами",
                en: "a pupil's personal-data consent and the application for the e-diary (or its refusal), with dates")
        case .consentList:
            Wording(
                ru: "согласия и заявления учеников класса: у кого чего нет", en: "a class's consents and applications: who is missing what")
        case .attendanceWeek:
            Wording(
                ru: "пропуски класса за неделю с причинами; --reasons \"1 уп; 2 нп\" — проставить сразу",
                en: "a class's absences of the week with their reasons; --reasons \"1 уп; 2 нп\" sets them at once")
        case .lessonFill:
            Wording(
                ru: "весь урок одной строкой: «Ильин н; Гусева 5 кр; Петров 4; все» — одно подтверждение, одна запись",
                en: "a whole lesson on one line: «Ильин н; Гусева 5 кр; Петров 4; все» — one confirmation, one write")
        case .lessonTopic: Wording(ru: "тема урока", en: "a lesson's topic")
        case .lessonChecking:
            Wording(
                ru: "когда завершится проверка письменной работы (отметки за неё — в этот день)",
                en: "when a written work's checking ends (its marks are due that day)")
        case .homeworkSet: Wording(ru: "домашнее задание", en: "homework")
        case .attendanceSet: Wording(ru: "отметить присутствие, отсутствие, опоздание", en: "mark present, absent or late")
        case .attendanceReason: Wording(ru: "причина пропуска (классный руководитель)", en: "reason for an absence (class teacher)")
        case .markAdd: Wording(ru: "поставить отметку", en: "give a mark")
        case .markFix: Wording(ru: "исправить отметку (с причиной)", en: "correct a mark (with a reason)")
        case .auditVerify: Wording(ru: "проверить целостность журнала изменений", en: "check the audit log's integrity")
        case .auditHead:
            Wording(
                ru: "голова цепочки журнала изменений: число записей и хеш — для распечаток и копий",
                en: "the head of the audit chain: entry count and hash, for printed documents and backups")
        case .backupMake:
            Wording(
                ru: "резервная копия базы на один или два носителя: проверенная, с описью и SHA-256",
                en: "back the database up to one or two media: checked, with a manifest and SHA-256")
        case .backupVerify:
            Wording(
                ru: "проверить резервную копию: контрольная сумма, целостность, журнал изменений",
                en: "check a backup: checksum, integrity, audit log")
        case .auditShow: Wording(ru: "журнал изменений по ученику или уроку", en: "the audit log of a student or a lesson")
        case .settingsShow: Wording(ru: "настройки журнала", en: "journal settings")
        case .settingsSet: Wording(ru: "изменить сроки и шкалу отметок", en: "change deadlines and the mark scale")
        case .periodMarkSet: Wording(ru: "поставить отметку за период или год", en: "set a period or year mark")
        case .periodMarkSuggest:
            Wording(ru: "предложить отметку за период по средневзвешенной", en: "suggest a period mark from the weighted average")
        case .periodMarkMissing:
            Wording(
                ru: "выставить недостающую отметку за период после срока: заместитель по УВР по объяснительной",
                en: "set a period mark missing after its window: the deputy director, on an explanatory note")
        case .periodMarkChange:
            Wording(
                ru: "изменить отметку за период по объяснительной (зам. по УВР)",
                en: "change a period mark on an explanatory note (deputy, academic)")
        case .substitutionNew: Wording(ru: "записать замену в журнал замещения", en: "log a substitution")
        case .substitutionList: Wording(ru: "журнал замещения", en: "the substitution log")
        case .settingsWeight: Wording(ru: "вес вида работы", en: "the weight of a kind of work")
        case .holidayList:
            Wording(
                ru: "праздники и перенесённые рабочие дни (производственный календарь)",
                en: "holidays and moved working days (production calendar)")
        case .holidaySet: Wording(ru: "отметить праздник или рабочий день", en: "mark a holiday or a working day")
        case .holidayRemove: Wording(ru: "вернуть день к обычной неделе", en: "return a day to the usual week")
        case .timetableList: Wording(ru: "расписание класса или своё", en: "a class's timetable, or your own")
        case .timetableAdd: Wording(ru: "добавить урок в расписание", en: "add a weekly lesson to the timetable")
        case .timetableChange: Wording(ru: "изменить урок расписания с даты", en: "change a timetable line from a day on")
        case .timetableEnd: Wording(ru: "убрать урок из расписания с даты", en: "end a timetable line from a day on")
        case .lessonGenerate: Wording(ru: "создать уроки по расписанию за период", en: "create the timetable's lessons for a span of days")
        case .lessonCancel: Wording(ru: "отменить урок", en: "cancel a lesson")
        case .lessonMove: Wording(ru: "перенести урок", en: "move a lesson")
        case .journalPage:
            Wording(
                ru: "страница журнала: ученики, даты, отметки и пропуски, темы и задания",
                en: "a journal page: students, dates, marks and absences, topics and homework")
        case .today: Wording(ru: "мои уроки сегодня и что в них не заполнено", en: "my lessons today and what is still missing")
        case .reportSummary:
            Wording(
                ru: "сводная ведомость класса за период или год: на экране, в XLSX, для печати",
                en: "a class's summary sheet for a period or the year: on screen, as XLSX, for print")
        case .reportSchool:
            Wording(
                ru: "сводная ведомость школы: классы × предметы — средний балл, качество, успеваемость",
                en: "the school's summary: classes × subjects — average, quality, success")
        case .reportAttendance:
            Wording(
                ru: "сводная ведомость посещаемости класса: пропущено дней и уроков, по уважительной и без",
                en: "a class's attendance summary: days and lessons missed, excused and not")
        case .reportMonitoring:
            Wording(
                ru: "мониторинг ведения журнала по учителям и классам, с диаграммами",
                en: "journal monitoring by teacher and class, with charts")
        case .reportActivity:
            Wording(
                ru: "активность пользователей за месяц: входы и записи по ролям и людям",
                en: "the month's user activity: logins and entries by role and person")
        case .reportRisk:
            Wording(
                ru: "группа риска класса: отметки, пропуски, входы родителей за неделю",
                en: "a class's risk group: marks, absences, guardians' logins this week")
        case .riskAdd: Wording(ru: "включить ученика в группу риска (с причиной)", en: "put a pupil in the risk group (with a reason)")
        case .riskRemove:
            Wording(ru: "снять ученика с группы риска (запись сохраняется)", en: "take a pupil off the risk group (the record stays)")
        case .reportForecast:
            Wording(
                ru: "прогноз итоговых отметок класса; --send — семьям и заместителю директора",
                en: "forecast of a class's period marks; --send tells families and the deputy")
        case .finalAcknowledge:
            Wording(
                ru: "ознакомиться с итоговыми отметками и написать классному руководителю",
                en: "acknowledge the final marks and write to the class teacher")
        case .reportAcknowledged:
            Wording(ru: "кто из родителей ознакомился с итоговыми отметками", en: "which guardians acknowledged the final marks")
        case .reportDesk:
            Wording(
                ru: "отчёт службы поддержки за неделю: заявки, сроки, консультации, обучение",
                en: "the desk's week: tickets, deadlines, consultations, trainings")
        case .kbSearch: Wording(ru: "найти ответ в базе знаний", en: "find an answer in the knowledge base")
        case .kbList: Wording(ru: "статьи базы знаний", en: "the knowledge base's articles")
        case .kbShow: Wording(ru: "статья базы знаний", en: "one article of the knowledge base")
        case .kbAdd: Wording(ru: "написать статью базы знаний", en: "write an article of the knowledge base")
        case .kbFromTicket: Wording(ru: "статья из ответа на решённую заявку", en: "an article from a resolved ticket's answer")
        case .kbRetire: Wording(ru: "убрать статью (она сохраняется)", en: "retire an article (it is kept)")
        case .ticketTemplate:
            Wording(
                ru: "ответить по шаблону: имя, школа, логин, срок и статьи подставляются из заявки",
                en: "reply from a canned reply: name, school, login, deadline and articles filled from the ticket")
        case .cannedList: Wording(ru: "шаблоны ответов", en: "the canned replies")
        case .understand:
            Wording(
                ru: "показать, что сделает фраза (команду и поля), не выполняя её",
                en: "show what a sentence would run (the command and its fields) without running it")
        case .ticketMerge:
            Wording(
                ru: "объединить заявку-дубль с другой: дубль закрывается, его заявитель получит ответ по основной",
                en: "merge a duplicate into another ticket: it closes, and its requester gets the other's answer")
        case .ticketLink: Wording(ru: "связать две заявки об одном и том же", en: "link two tickets about the same thing")
        case .ticketUnlink: Wording(ru: "снять связь двух заявок", en: "unlink two tickets")
        case .ticketRate: Wording(ru: "оценить ответ по решённой заявке от 1 до 5", en: "rate the answer to a resolved ticket from 1 to 5")
        case .incidentOpen:
            Wording(
                ru: "открыть инцидент (общую проблему): его решение ответит всем заявкам под ним",
                en: "open an incident (a known problem): its resolution answers every ticket under it")
        case .incidentAdd: Wording(ru: "добавить заявки под инцидент", en: "put tickets under an incident")
        case .incidentList: Wording(ru: "открытые инциденты", en: "the open incidents")
        case .cannedAdd:
            Wording(
                ru: "новый шаблон ответа с подстановками {имя}, {школа}, {логин}, {срок}, {статья N}",
                en: "a new canned reply with {name}, {school}, {login}, {deadline}, {article N}")
        case .planImport:
            Wording(ru: "загрузить КТП из CSV (с проверкой --dry-run)", en: "load a course plan from CSV (check with --dry-run)")
        case .studentImport:
            Wording(
                ru: "загрузить списки классов с родителями из CSV или XLSX (с проверкой --dry-run)",
                en: "load class lists with guardians from CSV or XLSX (check with --dry-run)")
        case .staffImport: Wording(ru: "загрузить сотрудников с ролями из CSV или XLSX", en: "load staff with their roles from CSV or XLSX")
        case .assignmentImport:
            Wording(ru: "загрузить предметы и нагрузку учителей из CSV или XLSX", en: "load subjects and teachers' load from CSV or XLSX")
        case .planExport: Wording(ru: "выгрузить КТП в CSV", en: "write a course plan to CSV")
        case .planShow: Wording(ru: "КТП и пройденные темы", en: "a course plan and the topics covered")
        case .finalMarks:
            Wording(
                ru: "итоговые отметки ученика за периоды и год (семье — за 2 дня до конца периода)",
                en: "a pupil's period and year marks (families see them from 2 days before the period ends)")
        case .diary:
            Wording(
                ru: "дневник ученика за неделю: темы, задания, отметки, пропуски",
                en: "a student's diary for a week: topics, homework, marks, absences")
        case .scheduleWho:
            Wording(ru: "кто помогает с вопросом и когда ближайшее время", en: "who helps with a question, and the next time")
        case .scheduleNow: Wording(ru: "кто дежурит сейчас", en: "who is on duty now")
        case .scheduleWeek: Wording(ru: "график поддержки на неделю", en: "the support timetable of the week")
        case .scheduleReload:
            Wording(
                ru: "применить исправленный файл графика (записи сохраняются)", en: "apply a corrected timetable file (bookings are kept)")
        case .scheduleExport: Wording(ru: "выгрузить график в календарь (.ics)", en: "export the timetable as a calendar (.ics)")
        case .bookingNew:
            Wording(
                ru: "записаться на консультацию: предложит ближайшее свободное время", en: "book a consultation: offers the next free times"
            )
        case .bookingList: Wording(ru: "мои консультации", en: "my consultations")
        case .bookingCancel: Wording(ru: "отменить запись (с причиной)", en: "cancel a booking (with a reason)")
        case .bookingMove: Wording(ru: "перенести консультацию", en: "move a consultation")
        case .bookingAgenda: Wording(ru: "записи к специалисту на день", en: "a specialist's bookings of a day")
        case .bookingExport: Wording(ru: "мои консультации в календарь (.ics)", en: "my consultations as a calendar (.ics)")
        case .bookingSettings:
            Wording(ru: "за сколько и на сколько вперёд записываться", en: "how soon and how far ahead bookings are taken")
        case .trainingNew: Wording(ru: "запланировать обучение или семинар", en: "plan a training or a seminar")
        case .trainingList: Wording(ru: "обучение и семинары", en: "trainings and seminars")
        case .trainingTopics:
            Wording(
                ru: "темы обучения по регламенту для каждой группы участников", en: "the regulation's training topics for each audience")
        case .trainingRegister: Wording(ru: "записаться (или записать) на занятие", en: "register (yourself or someone) for a training")
        case .trainingShow: Wording(ru: "кто записан и кто пришёл", en: "who registered and who came")
        case .trainingAttendance: Wording(ru: "отметить посещение занятия", en: "record attendance of a training")
        case .trainingCancel: Wording(ru: "отменить занятие", en: "cancel a training")
        case .trainingCheck:
            Wording(
                ru: "проверка: обучение не реже раза в четверть для педагогов, родителей, учеников",
                en: "check: training at least once a quarter for teachers, guardians, students")
        case .rolloutList: Wording(ru: "график внедрения ЭЖ", en: "the journal's rollout plan")
        case .rolloutOverdue: Wording(ru: "просроченные пункты графика внедрения", en: "overdue rollout tasks")
        case .rolloutAdd: Wording(ru: "добавить пункт в график внедрения", en: "add a rollout task")
        case .rolloutSet: Wording(ru: "отметить состояние пункта (выполнено, выполняется…)", en: "set a task's state (done, in progress…)")
        case .rolloutImport: Wording(ru: "загрузить график внедрения из YAML", en: "load a rollout plan from YAML")
        case .ticketNew:
            Wording(
                ru: "принять заявку: школа, логин и идентификатор, роль, суть",
                en: "take a request: school, login and identifier, role, what is wrong")
        case .ticketList:
            Wording(ru: "заявки: мои, без ответственного, просроченные; поиск", en: "tickets: mine, unassigned, overdue; search")
        case .ticketShow: Wording(ru: "заявка с историей и оставшимся временем", en: "a ticket with its history and time left")
        case .ticketTake: Wording(ru: "взять заявку в работу", en: "start working on a ticket")
        case .ticketWait: Wording(ru: "спросить заявителя (часы останавливаются)", en: "ask the requester (the clock pauses)")
        case .ticketResolve: Wording(ru: "решить заявку (с ответом заявителю)", en: "resolve a ticket (with an answer to the requester)")
        case .ticketClose: Wording(ru: "закрыть решённую заявку", en: "close a resolved ticket")
        case .ticketReopen: Wording(ru: "открыть заявку снова", en: "reopen a ticket")
        case .ticketReply: Wording(ru: "ответить заявителю", en: "reply to the requester")
        case .ticketNote: Wording(ru: "внутренняя заметка", en: "internal note")
        case .ticketAssign: Wording(ru: "передать другому специалисту", en: "pass to another specialist")
        case .ticketVendor:
            Wording(ru: "передать в поддержку разработчика (с её номером)", en: "pass to the vendor's support (with its reference)")
        case .credentialReset:
            Wording(
                ru: "восстановить доступ: проверка личности, временный пароль, бланк под подпись",
                en: "restore access: identity check, temporary password, slip to sign")
        case .credentialHandover:
            Wording(ru: "записать выдачу реквизитов под подпись", en: "record the hand-over of credentials against a signature")
        case .serviceList:
            Wording(
                ru: "кто, кроме своих сотрудников, обслуживает заявки школы", en: "who serves the school's requests besides its own staff")
        case .serviceAdd:
            Wording(ru: "подключить службу поддержки к заявкам школы", en: "let a support organization serve the school's requests")
        case .serviceRemove:
            Wording(ru: "отключить службу поддержки от заявок школы", en: "stop a support organization serving the school's requests")
        case .mailSettings:
            Wording(
                ru: "адрес службы, с которого идут письма, и программа sendmail (администратор ЭЖ, инженер)",
                en: "the desk's address that mail comes from, and the sendmail program (journal administrator, IT engineer)")
        case .mailPreferences:
            Wording(
                ru: "ваша почта: язык писем, сводка за неделю (родителям), копии сообщений",
                en: "your mail: its language, the week's digest (guardians), copies of messages")
        case .messageSend:
            Wording(
                ru: "написать сообщение: человеку (--to) или классу (--class, родителям, ученикам или всем)",
                en: "write a message to a person (--to) or a class (--class: guardians, students or all)")
        case .messageList: Wording(ru: "ваши сообщения, непрочитанные отмечены", en: "your messages, the unread marked")
        case .messageShow: Wording(ru: "прочитать сообщение", en: "read a message")
        case .messageReply: Wording(ru: "ответить на сообщение", en: "reply to a message")
        case .mailHeld:
            Wording(
                ru: "письма с неизвестных адресов, ждущие организацию, логин, идентификатор и роль",
                en: "the mail held from unknown addresses, waiting for the four fields")
        case .mailTake:
            Wording(
                ru: "принять заявку по задержанному письму, когда отправитель сообщил организацию, логин, идентификатор и роль",
                en: "make a ticket of held mail once the sender gave organization, login, identifier and role")
        case .attachmentSave:
            Wording(ru: "сохранить файл заявки (снимок экрана) в новый файл", en: "save a file of a ticket (a screenshot) to a new file")
        case .guardianDigest:
            Wording(
                ru: "как родитель получает сведения за неделю: письмом, только в дневнике или распечаткой от классного руководителя",
                en: "how a guardian gets the week: e-mail, in the diary only, or on paper from the class teacher")
        case .breachReport:
            Wording(
                ru: "сообщить об утечке реквизитов: учётная запись блокируется сразу",
                en: "report leaked credentials: the account is locked at once")
        case .breachWithdraw:
            Wording(
                ru: "отозвать ошибочное сообщение об утечке: аннулированное снова действует, учётная запись разблокирована",
                en: "withdraw a false breach report: what it voided counts again, the account is unlocked")
        case .ticketTargets:
            Wording(ru: "сроки ответа и решения в рабочих минутах", en: "response and resolution targets in working minutes")
        }
    }
}

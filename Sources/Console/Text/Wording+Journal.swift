import JournalCore

extension Role {
    /// The role as a common noun: «директор», "director".
    var wording: Wording {
        switch self {
        case .director: Wording(ru: "директор", en: "director")
        case .deputyAcademic: Wording(ru: "заместитель директора по УВР", en: "deputy director (academic)")
        case .deputyUpbringing: Wording(ru: "заместитель директора по ВР", en: "deputy director (upbringing)")
        case .journalAdmin: Wording(ru: "администратор ЭЖ", en: "journal administrator")
        case .coordinator: Wording(ru: "координатор", en: "coordinator")
        case .operator: Wording(ru: "оператор", en: "operator")
        case .forumModerator: Wording(ru: "модератор форума", en: "forum moderator")
        case .itEngineer: Wording(ru: "инженер по ИТ", en: "IT engineer")
        case .classTeacher: Wording(ru: "классный руководитель", en: "class teacher")
        case .subjectTeacher: Wording(ru: "учитель-предметник", en: "subject teacher")
        case .substituteTeacher: Wording(ru: "учитель на замену", en: "substitute teacher")
        case .supportSpecialist: Wording(ru: "специалист техподдержки", en: "support specialist")
        case .methodologist: Wording(ru: "методист", en: "methodologist")
        case .student: Wording(ru: "ученик", en: "student")
        case .guardian: Wording(ru: "родитель (законный представитель)", en: "guardian")
        }
    }
}

extension Sex {
    /// The sex as it is written in a person's data.
    var wording: Wording {
        switch self {
        case .male: Wording(ru: "мужской", en: "male")
        case .female: Wording(ru: "женский", en: "female")
        }
    }
}

extension PeriodKind {
    /// How the school divides its year.
    var wording: Wording {
        switch self {
        case .quarter: Wording(ru: "четверти", en: "quarters")
        case .trimester: Wording(ru: "триместры", en: "trimesters")
        case .halfYear: Wording(ru: "полугодия", en: "half-years")
        }
    }
}

extension AccountState {
    /// The account's state.
    var wording: Wording {
        switch self {
        case .notIssued: Wording(ru: "реквизиты не выданы", en: "credentials not issued")
        case .active: Wording(ru: "активна", en: "active")
        case .mustChangePassword: Wording(ru: "нужно сменить пароль", en: "must change password")
        case .locked: Wording(ru: "заблокирована", en: "locked")
        }
    }
}

extension EnrolmentStart {
    /// How a pupil came into a class.
    var wording: Wording {
        switch self {
        case .enrolment: Wording(ru: "зачисление", en: "enrolment")
        case .transfer: Wording(ru: "перевод в класс", en: "transfer in")
        }
    }
}

extension EnrolmentEnd {
    /// How a pupil left a class.
    var wording: Wording {
        switch self {
        case .transfer: Wording(ru: "перевод из класса", en: "transfer out")
        case .leaving: Wording(ru: "выбытие", en: "leaving")
        }
    }
}

extension Operation {
    /// What a role may not do, as it is named in a refusal.
    var wording: Wording {
        switch self {
        case .viewStructure: Wording(ru: "просмотр структуры школы", en: "viewing the school's structure")
        case .editOrganization: Wording(ru: "изменение данных организации", en: "changing the organization")
        case .manageYears: Wording(ru: "учебные годы и периоды", en: "academic years and periods")
        case .closeYear: Wording(ru: "закрытие учебного года", en: "closing the school year")
        case .manageClasses: Wording(ru: "классы и подгруппы", en: "classes and subgroups")
        case .manageSubjects: Wording(ru: "предметы", en: "subjects")
        case .manageStaff: Wording(ru: "сотрудники и роли", en: "staff and roles")
        case .manageAssignments: Wording(ru: "учебная нагрузка", en: "teaching assignments")
        case .manageStudents: Wording(ru: "данные учеников", en: "students' records")
        case .manageGuardians: Wording(ru: "данные родителей", en: "guardians' records")
        case .recordMovement: Wording(ru: "движение учеников", en: "student movement")
        case .viewAccounts: Wording(ru: "просмотр учётных записей", en: "viewing accounts")
        case .manageAccounts:
            Wording(ru: "выдача реквизитов и управление учётными записями", en: "issuing credentials and managing accounts")
        case .viewPerson: Wording(ru: "просмотр чужих данных", en: "viewing someone else's records")
        case .backup: Wording(ru: "резервное копирование", en: "backups")
        case .writeMessage:
            Wording(
                ru: "сообщение этому человеку (родитель — учителям своего ребёнка, ученик — своим учителям, учитель — своим классам)",
                en:
                    "a message to this person (a guardian to their child's teachers, a pupil to their own teachers, a teacher to their classes)"
            )
        case .viewJournal: Wording(ru: "просмотр журнала", en: "viewing the journal")
        case .editJournal: Wording(ru: "заполнение журнала (только свои уроки)", en: "filling in the journal (own lessons only)")
        case .setAbsenceReason: Wording(ru: "причины пропусков (классный руководитель)", en: "reasons for absences (class teacher)")
        case .viewAudit: Wording(ru: "журнал изменений", en: "the audit log")
        case .changePeriodMark:
            Wording(
                ru: "изменение отметки за период (только заместитель директора по УВР)",
                en: "changing a period mark (deputy director, academic, only)")
        }
    }
}

extension WorkKind {
    /// The kind of work a mark is for.
    var wording: Wording {
        switch self {
        case .answer: Wording(ru: "ответ на уроке", en: "answer in class")
        case .homework: Wording(ru: "домашняя работа", en: "homework")
        case .classwork: Wording(ru: "работа на уроке", en: "classwork")
        case .test: Wording(ru: "контрольная работа", en: "test")
        case .lab: Wording(ru: "лабораторная работа", en: "lab work")
        case .practical: Wording(ru: "практическая работа", en: "practical work")
        case .dictation: Wording(ru: "диктант", en: "dictation")
        case .essay: Wording(ru: "сочинение", en: "essay")
        case .quiz: Wording(ru: "самостоятельная работа", en: "quiz")
        case .project: Wording(ru: "проект", en: "project")
        case .external: Wording(ru: "из другого учреждения", en: "from another institution")
        }
    }
}

extension AttendanceStatus {
    /// A pupil's presence at a lesson.
    var wording: Wording {
        switch self {
        case .present: Wording(ru: "присутствует", en: "present")
        case .absent: Wording(ru: "отсутствует", en: "absent")
        case .late: Wording(ru: "опоздал", en: "late")
        }
    }
}

extension AbsenceReason {
    /// Whether an absence is excused.
    var wording: Wording {
        switch self {
        case .excused: Wording(ru: "уважительная", en: "excused")
        case .unexcused: Wording(ru: "неуважительная", en: "unexcused")
        }
    }
}

extension LessonKind {
    /// The kind of lesson.
    var wording: Wording {
        switch self {
        case .regular: Wording(ru: "урок", en: "lesson")
        case .practical: Wording(ru: "практическая работа", en: "practical work")
        case .lab: Wording(ru: "лабораторная работа", en: "lab work")
        case .test: Wording(ru: "контрольная работа", en: "test")
        case .excursion: Wording(ru: "экскурсия", en: "excursion")
        }
    }
}

import JournalCore

extension AuditAction {
    /// What an entry of the audit log records.
    var wording: Wording {
        switch self {
        case .lessonCreated: Wording(ru: "урок создан", en: "lesson created")
        case .lessonChanged: Wording(ru: "урок изменён", en: "lesson changed")
        case .homeworkSet: Wording(ru: "задание записано", en: "homework set")
        case .attendanceSet: Wording(ru: "посещаемость", en: "attendance")
        case .attendanceReason: Wording(ru: "причина пропуска", en: "absence reason")
        case .markAdded: Wording(ru: "отметка выставлена", en: "mark added")
        case .markCorrected: Wording(ru: "отметка исправлена", en: "mark corrected")
        case .periodMarkSet: Wording(ru: "отметка за период", en: "period mark")
        case .periodMarkChangedByNote: Wording(ru: "отметка за период изменена по объяснительной", en: "period mark changed on a note")
        case .substitutionLogged: Wording(ru: "замещение", en: "substitution")
        case .breachReported: Wording(ru: "сообщение об утечке", en: "breach reported")
        case .breachWithdrawn: Wording(ru: "сообщение об утечке отозвано", en: "breach report withdrawn")
        case .credentialsRecovered: Wording(ru: "доступ восстановлен через файл базы", en: "access recovered through the database file")
        case .credentialsRefused: Wording(ru: "отказано в сбросе реквизитов", en: "credential reset refused")
        case .keyAdded: Wording(ru: "добавлен ключ SSH", en: "SSH key added")
        case .keyRemoved: Wording(ru: "удалён ключ SSH", en: "SSH key removed")
        case .messageSent: Wording(ru: "отправлено сообщение", en: "message sent")
        case .consentRecorded: Wording(ru: "записаны согласие и доступ семьи", en: "family consent and access recorded")
        case .peopleImported: Wording(ru: "загружены люди из файла", en: "people imported from a file")
        case .yearClosed: Wording(ru: "учебный год закрыт приказом", en: "school year closed by order")
        case .slipSigned: Wording(ru: "получение реквизитов подписано", en: "credential slip signed for")
        case .riskWatchAdded: Wording(ru: "ученик в группе риска", en: "pupil put in the risk group")
        case .riskWatchRemoved: Wording(ru: "ученик снят с группы риска", en: "pupil taken off the risk group")
        case .finalMarksAcknowledged: Wording(ru: "родитель ознакомлен с итоговыми отметками", en: "guardian acknowledged final marks")
        case .settingsChanged: Wording(ru: "изменены настройки журнала", en: "journal settings changed")
        case .sealed: Wording(ru: "запись опечатана", en: "row sealed")
        }
    }
}

extension AuditKey {
    /// The name of a detail of an audit log's entry.
    var wording: Wording {
        switch self {
        case .late: Wording(ru: "поздняя запись", en: "late entry")
        case .cancelled: Wording(ru: "отменён", en: "cancelled")
        case .voidFrom: Wording(ru: "недействительно с", en: "void from")
        case .breach: Wording(ru: "сообщение об утечке №", en: "breach report no.")
        case .through: Wording(ru: "способ", en: "through")
        case .user: Wording(ru: "пользователь системы", en: "system user")
        case .absent: Wording(ru: "отсутствующий учитель №", en: "absent teacher no.")
        case .substitute: Wording(ru: "замещающий №", en: "substitute no.")
        }
    }
}

extension Wording {
    /// The database file, as the audit log names the way a change came in («способ: файл базы»).
    static let databaseFile = Wording(ru: "файл базы", en: "the database file")
}

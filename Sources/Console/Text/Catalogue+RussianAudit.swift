import JournalCore

extension RussianCatalogue {
    func auditAction(_ action: AuditAction) -> String {
        switch action {
        case .lessonCreated: "урок создан"
        case .lessonChanged: "урок изменён"
        case .homeworkSet: "задание записано"
        case .attendanceSet: "посещаемость"
        case .attendanceReason: "причина пропуска"
        case .markAdded: "отметка выставлена"
        case .markCorrected: "отметка исправлена"
        case .periodMarkSet: "отметка за период"
        case .periodMarkChangedByNote: "отметка за период изменена по объяснительной"
        case .substitutionLogged: "замещение"
        case .breachReported: "сообщение об утечке"
        case .breachWithdrawn: "сообщение об утечке отозвано"
        case .credentialsRecovered: "доступ восстановлен через файл базы"
        case .credentialsRefused: "отказано в сбросе реквизитов"
        case .keyAdded: "добавлен ключ SSH"
        case .keyRemoved: "удалён ключ SSH"
        case .messageSent: "отправлено сообщение"
        case .consentRecorded: "записаны согласие и доступ семьи"
        case .peopleImported: "загружены люди из файла"
        case .yearClosed: "учебный год закрыт приказом"
        case .slipSigned: "получение реквизитов подписано"
        case .riskWatchAdded: "ученик в группе риска"
        case .riskWatchRemoved: "ученик снят с группы риска"
        case .finalMarksAcknowledged: "родитель ознакомлен с итоговыми отметками"
        case .settingsChanged: "изменены настройки журнала"
        case .sealed: "запись опечатана"
        }
    }

    func auditKey(_ key: AuditKey) -> String {
        switch key {
        case .late: "поздняя запись"
        case .cancelled: "отменён"
        case .voidFrom: "недействительно с"
        case .breach: "сообщение об утечке №"
        case .through: "способ"
        case .user: "пользователь системы"
        case .absent: "отсутствующий учитель №"
        case .substitute: "замещающий №"
        }
    }

    var databaseFile: String { "файл базы" }
}

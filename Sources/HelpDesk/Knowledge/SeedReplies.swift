import JournalCore

/// The replies the desk gives most, shipped in Russian and English; the desk adds its own.
enum SeedReplies {
    static let all: [(name: String, language: Language, text: String)] = [
        (
            "пароль", .ru,
            "Здравствуйте, {имя}! Новые реквизиты для входа в электронный журнал ({школа}) выдаёт классный руководитель или администратор ЭЖ под подпись. Ваш логин: {логин}. Подробно: {статья 3}"
        ),
        (
            "password", .en,
            "Hello, {name}! New credentials for the electronic journal ({school}) are handed over against a signature by the class teacher or the journal administrator. Your login: {login}. In detail: {article 3}"
        ),
        (
            "ктп", .ru,
            "Здравствуйте, {имя}! Как загрузить КТП и проверить файл перед загрузкой: {статья 1}. Ответим не позднее {срок}."
        ),
        ("plan", .en, "Hello, {name}! How to load the course plan and check the file first: {article 1}. We answer by {deadline}."),
        (
            "отметки", .ru,
            "Здравствуйте, {имя}! Где смотреть отметки и домашние задания: {статья 2}. Если отметок по-прежнему не видно, ответьте на это письмо — разберёмся до {срок}."
        ),
        (
            "marks", .en,
            "Hello, {name}! Where to see marks and homework: {article 2}. If they still do not show, reply to this message — we will sort it out by {deadline}."
        ),
        ("принято", .ru, "Здравствуйте, {имя}! Заявку приняли и работаем над ней; ответим не позднее {срок}."),
        ("received", .en, "Hello, {name}! We have your request and are working on it; we answer by {deadline}."),
    ]
}

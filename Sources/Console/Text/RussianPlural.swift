/// Russian noun forms after a number: 1 день, 2 дня, 5 дней.
enum RussianPlural {
    static func form(_ n: Int, _ one: String, _ few: String, _ many: String) -> String {
        let lastTwo = abs(n) % 100
        let last = abs(n) % 10
        if (11...14).contains(lastTwo) { return many }
        if last == 1 { return one }
        if (2...4).contains(last) { return few }
        return many
    }

    static func days(_ n: Int) -> String { form(n, "день", "дня", "дней") }
}

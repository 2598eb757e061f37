import Foundation
import JournalCore

/// When a sentence says something should happen: a day, a time, or the days of a week.
public struct SpokenWhen: Sendable, Equatable {
    public var date: LocalDate?
    public var time: ClockTime?
    /// «на следующей неделе»: the first and last day to look in.
    public var days: ClosedRange<LocalDate>?

    public var isEmpty: Bool { date == nil && time == nil && days == nil }

    /// The same words read as a day gone by, as a report of what happened says them: a weekday
    /// is the last one («в понедельник кто-то зашёл»), a day of the year this year's or last.
    func past(from today: LocalDate) -> SpokenWhen {
        guard let date, date > today else { return self }
        var past = self
        past.days = nil
        past.date = date <= today.adding(days: 7) ? date.adding(days: -7) : LocalDate(year: date.year - 1, month: date.month, day: date.day)
        return past
    }
}

/// Reads days and times as people say them, in Russian and English: «сегодня», «завтра»,
/// «послезавтра», «вчера», «в среду», «в следующий четверг», «3 декабря», «03.12», «в 14:45», «в 9 утра»,
/// «в 2 часа дня», «через час», «через 30 минут», «на следующей неделе»; "today", "tomorrow",
/// "on friday", "next week", "at 2:30 pm", "in an hour". A weekday is the next one after today.
public struct SpokenTime: Sendable {
    public let today: LocalDate
    public let now: ClockTime

    public init(today: LocalDate, now: ClockTime) {
        self.today = today
        self.now = now
    }

    static let weekdays: [(String, Int)] = [
        ("понедельник", 1), ("пн", 1), ("вторник", 2), ("вт", 2), ("среда", 3), ("среду", 3), ("среды", 3), ("среде", 3), ("ср", 3),
        ("четверг", 4), ("чт", 4),
        ("пятниц", 5), ("пт", 5), ("суббот", 6), ("сб", 6), ("воскресен", 7), ("вс", 7),
        ("monday", 1), ("tuesday", 2), ("wednesday", 3), ("thursday", 4), ("friday", 5), ("saturday", 6), ("sunday", 7),
    ]
    static let months: [(String, Int)] = [
        ("январ", 1), ("феврал", 2), ("март", 3), ("апрел", 4), ("июн", 6), ("июл", 7), ("август", 8), ("сентябр", 9),
        ("октябр", 10), ("ноябр", 11), ("декабр", 12), ("january", 1), ("february", 2), ("march", 3), ("april", 4), ("may", 5),
        ("june", 6), ("july", 7), ("august", 8), ("september", 9), ("october", 10), ("november", 11), ("december", 12),
    ]
    /// Words that may stand before a time or a day and say nothing else.
    static let particles: Set<String> = ["в", "во", "на", "к", "at", "on", "by", "около", "часов", "часа", "час", "o", "clock"]

    /// The day and time `words` say, and which of the words said it.
    public func read(_ words: [String]) -> (SpokenWhen, used: Set<Int>) {
        var when = SpokenWhen()
        var used = Set<Int>()
        func word(_ index: Int) -> String? { words.indices.contains(index) ? words[index] : nil }
        func take(_ indexes: Int...) { used.formUnion(indexes.filter { words.indices.contains($0) }) }
        // A particle before a word that was read goes with it.
        func takeParticle(before index: Int) { if let previous = word(index - 1), Self.particles.contains(previous) { take(index - 1) } }
        var index = 0
        while index < words.count {
            let current = words[index]
            defer { index += 1 }
            // Read already as part of a span or a date.
            if used.contains(index) { continue }
            switch current {
            case "сегодня", "today", "tonight":
                when.date = today
                take(index)
            case "завтра", "завтрашний", "завтрашняя", "завтрашнюю", "завтрашней", "завтрашнее", "завтрашнем", "tomorrow":
                when.date = today.adding(days: 1)
                take(index)
            case "послезавтра":
                when.date = today.adding(days: 2)
                take(index)
            case "вчера", "yesterday":
                when.date = today.adding(days: -1)
                take(index)
            case "позавчера":
                when.date = today.adding(days: -2)
                take(index)
            case "через", "in":
                if word(index + 1).map(isSpan) ?? false, let (minutes, length) = span(words, from: index + 1) {
                    let total = now.minutes + minutes
                    let rounded = (total + 4) / 5 * 5
                    when.date = today.adding(days: rounded / (24 * 60))
                    when.time = ClockTime(hour: (rounded % (24 * 60)) / 60, minute: rounded % 60)
                    for offset in 0...length { take(index + offset) }
                }
            default:
                if let (days, length) = week(words, at: index) {
                    when.days = days
                    when.date = when.date ?? days.lowerBound
                    for offset in 0..<length { take(index + offset) }
                    takeParticle(before: index)
                } else if let weekday = Self.weekday(current) {
                    let ahead = (weekday - today.weekday + 7) % 7
                    when.date = today.adding(days: ahead == 0 ? 7 : ahead)
                    take(index)
                    takeParticle(before: index)
                    if let previous = word(index - 1), ["следующий", "следующую", "следующее", "next", "this"].contains(previous) {
                        take(index - 1)
                        takeParticle(before: index - 1)
                    }
                } else if let (date, length) = date(words, at: index) {
                    when.date = date
                    for offset in 0..<length { take(index + offset) }
                    takeParticle(before: index)
                } else if let (time, length) = time(words, at: index) {
                    when.time = time
                    for offset in 0..<length { take(index + offset) }
                    takeParticle(before: index)
                }
            }
        }
        return (when, used)
    }

    static func weekday(_ word: String) -> Int? {
        // «ср», «среду» whole: «средний» is no Wednesday.
        weekdays.first { name, _ in name.count <= 2 || name.hasPrefix("сред") ? word == name : word.hasPrefix(name) }?.1
    }

    private func isSpan(_ word: String) -> Bool {
        Int(word) != nil || ["час", "полчаса", "минуту", "пару", "an", "a", "half"].contains(word) || word.hasPrefix("hour")
    }

    /// «час», «2 часа», «полчаса», «30 минут», "an hour", "2 hours", "15 minutes": minutes, words read.
    private func span(_ words: [String], from start: Int) -> (Int, Int)? {
        guard words.indices.contains(start) else { return nil }
        let first = words[start]
        if first == "полчаса" { return (30, 1) }
        if first == "час" || first == "hour" { return (60, 1) }
        let count = Int(first) ?? (["an", "a"].contains(first) ? 1 : first == "пару" ? 2 : nil)
        guard let count, words.indices.contains(start + 1) else { return nil }
        let unit = words[start + 1]
        if unit.hasPrefix("час") || unit.hasPrefix("hour") { return (count * 60, 2) }
        if unit.hasPrefix("мин") || unit.hasPrefix("minute") { return (count, 2) }
        return nil
    }

    /// «на следующей неделе», «на этой неделе», "next week", "this week".
    private func week(_ words: [String], at index: Int) -> (ClosedRange<LocalDate>, Int)? {
        guard words.indices.contains(index + 1) else { return nil }
        let (which, noun) = (words[index], words[index + 1])
        guard noun.hasPrefix("недел") || noun == "week" else { return nil }
        let monday = today.adding(days: 1 - today.weekday)
        switch which {
        case "следующей", "следующую", "next": return (monday.adding(days: 7)...monday.adding(days: 13), 2)
        case "этой", "эту", "this": return (today...monday.adding(days: 6), 2)
        default: return nil
        }
    }

    /// «3 декабря», «3-го декабря», "december 3", "3 december", «03.12», «03.12.2026»: the next
    /// such day from today when the year is not said.
    private func date(_ words: [String], at index: Int) -> (LocalDate, Int)? {
        let current = words[index]
        if let full = LocalDate(parsing: current) { return (full, 1) }
        let parts = current.split(separator: ".")
        if parts.count == 2, parts[1].count == 2, let day = Int(parts[0]), let month = Int(parts[1]), (1...12).contains(month),
            !isTimeContext(words, index)
        {
            return upcoming(day: day, month: month).map { ($0, 1) }
        }
        let dayText = current.replacingOccurrences(of: "-го", with: "").replacingOccurrences(of: "-е", with: "")
        if let day = Int(dayText), (1...31).contains(day), words.indices.contains(index + 1), let month = Self.month(words[index + 1]) {
            return upcoming(day: day, month: month).map { ($0, 2) }
        }
        if let month = Self.month(current), words.indices.contains(index + 1), let day = Int(words[index + 1]), (1...31).contains(day),
            current.unicodeScalars.allSatisfy({ $0.isASCII })
        {
            return upcoming(day: day, month: month).map { ($0, 2) }
        }
        return nil
    }

    static func month(_ word: String) -> Int? {
        guard word.count >= 3 else { return nil }
        // «мая» only whole: «ма» starts too many words.
        if word == "мая" || word == "май" { return 5 }
        return months.first { name, _ in word.hasPrefix(name) }?.1
    }

    private func upcoming(day: Int, month: Int) -> LocalDate? {
        guard let thisYear = LocalDate(year: today.year, month: month, day: day) else { return nil }
        return thisYear < today ? LocalDate(year: today.year + 1, month: month, day: day) : thisYear
    }

    /// «в 14:45», «14.30», «в 9», «в 9 утра», «в 2 часа дня», «в 14 часов», "at 2:30 pm", "at 9 am".
    private func time(_ words: [String], at index: Int) -> (ClockTime, Int)? {
        let current = words[index]
        var hour: Int?
        var minute = 0
        var length = 1
        let separated = current.split(whereSeparator: { $0 == ":" || $0 == "." })
        if separated.count == 2, let h = Int(separated[0]), let m = Int(separated[1]), separated[1].count == 2 {
            hour = h
            minute = m
        } else if let h = Int(current) {
            // «в 15 30», «на 9 30»: the minutes typed after a space make a bare number an hour too.
            let spaced = Self.minutes(after: index, in: words)
            if spaced != nil || isTimeContext(words, index) {
                hour = h
                if let spaced {
                    minute = spaced
                    length += 1
                }
            }
        }
        if hour == nil, let spoken = Self.halfPast(current) ?? Self.englishClock(current) {
            return (spoken, 1)
        }
        guard var hour else { return nil }
        if let next = words.indices.contains(index + 1) ? words[index + 1] : nil, next.hasPrefix("час") {
            length += 1
        }
        if let part = words.indices.contains(index + length) ? words[index + length] : nil {
            switch part {
            case "дня", "вечера", "pm", "p.m":
                if hour < 12 { hour += 12 }
                length += 1
            case "утра", "am", "a.m":
                length += 1
            default: break
            }
        }
        guard let time = ClockTime(hour: hour, minute: minute) else { return nil }
        return (time, length)
    }

    /// The two-digit minutes after a bare hour («15 30»), when the hour is one of the working day
    /// and a particle of time («в», «на», «к», "at") precedes it.
    static func minutes(after index: Int, in words: [String]) -> Int? {
        guard index > 0, ["в", "на", "к", "at", "около", "до"].contains(words[index - 1]),
            let hour = Int(words[index]), (7...21).contains(hour), words.indices.contains(index + 1),
            words[index + 1].count == 2, let minutes = Int(words[index + 1]), (0..<60).contains(minutes)
        else { return nil }
        return minutes
    }

    /// «полтретьего»: half an hour before the hour named, in the working day (14:30).
    static func halfPast(_ word: String) -> ClockTime? {
        guard word.hasPrefix("пол") else { return nil }
        let ordinals = [
            "первого", "второго", "третьего", "четвертого", "пятого", "шестого", "седьмого", "восьмого", "девятого", "десятого",
            "одиннадцатого", "двенадцатого",
        ]
        guard let index = ordinals.firstIndex(of: String(word.dropFirst(3).drop { $0 == "-" })) else { return nil }
        let hour = index < 6 ? index + 12 : index
        return ClockTime(hour: hour, minute: 30)
    }

    /// "11am", "2pm", "2:30pm" written as one word.
    static func englishClock(_ word: String) -> ClockTime? {
        guard let match = word.wholeMatch(of: /(\d{1,2})(?::(\d{2}))?(am|pm)/), var hour = Int(match.output.1), hour <= 12 else {
            return nil
        }
        if match.output.3 == "pm" && hour < 12 { hour += 12 }
        if match.output.3 == "am" && hour == 12 { hour = 0 }
        return ClockTime(hour: hour, minute: match.output.2.flatMap { Int($0) } ?? 0)
    }

    /// Whether a bare number is an hour: after «в», «к», «на» or "at" (not before «класс»,
    /// «кабинет»), or before «часов», «утра», «дня», "am", "pm".
    private func isTimeContext(_ words: [String], _ index: Int) -> Bool {
        let previous = index > 0 ? words[index - 1] : ""
        let next = words.indices.contains(index + 1) ? words[index + 1] : ""
        if next.hasPrefix("класс") || next.hasPrefix("кабинет") || next.hasPrefix("урок") || next.hasPrefix("class") { return false }
        if next.hasPrefix("час") || ["утра", "дня", "вечера", "am", "pm"].contains(next) { return true }
        let hourish = Int(words[index].split(separator: ".").first ?? "").map { (7...21).contains($0) } ?? false
        // «часов на 16», «часа в 3».
        let afterHours = index >= 2 && words[index - 2].hasPrefix("час") && ["на", "в", "к"].contains(previous)
        return (["в", "к", "at", "около", "до"].contains(previous) || afterHours) && hourish
    }
}

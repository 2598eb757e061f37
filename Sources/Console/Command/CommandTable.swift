import JournalCore

/// The one command table the REPL and one-shot runs share.
enum CommandTable {
    /// Whether a one-shot line is a command that only reads (not a login, a password change or
    /// a phrase in words), so that the file may be opened read-only for it.
    static func onlyReads(_ line: String) -> Bool {
        guard let words = try? Tokenizer.split(line), let (command, _) = find(words, in: all) else { return false }
        return !command.writes && ![.login, .logout, .password, .quit].contains(command.id)
    }

    static let all: [CommandSpec] =
        Commands.session + Commands.school + Commands.yearClosing + Commands.classes + Commands.students
        + Commands.staff + Commands.teaching + Commands.timetable + Commands.journal + [Commands.lessonFill, Commands.attendanceWeek]
        + Commands.consent + Commands.imports + Commands.reports + Commands.watchReports + Commands.classWatch + Commands.deskReport
        + Commands.knowledge + Commands.cannedReplies + Commands.ticketLinks + Commands.understanding
        + Commands.pages
        + Commands.plans + Commands.diary
        + Commands.schedule + Commands.bookings + Commands.trainings + Commands.rollout + Commands.tickets + Commands.credentials
        + Commands.periodMarks + Commands.settings + Commands.accounts + Commands.keys + Commands.mail + Commands.mailIn + Commands.messages
        + Commands.backups
        + Commands.services

    /// The command the words call, and how many words named it; the longest match wins.
    static func find(_ words: [String], in commands: [CommandSpec]) -> (CommandSpec, Int)? {
        commands.compactMap { command in command.matchLength(words).map { (command, $0) } }
            .max { $0.1 < $1.1 }
    }

    /// The command a line names with its noun mistyped and its verb as written («qbooking list»):
    /// said back as a suggestion, never read as a sentence and carried out on a guess.
    /// A first word the Russian dictionary knows («как загрузить ктп?») begins a sentence, not a typo.
    static func mistypedNoun(_ words: [String], in commands: [CommandSpec]) -> CommandSpec? {
        guard let first = words.first?.lowercased(), !commands.contains(where: { $0.nouns.contains(first) }),
            Spelling.russian.isAvailable, !Spelling.russian.knows(first), words.last?.hasSuffix("?") == false
        else {
            return nil
        }
        // One word is a command without a verb mistyped («дневнек», «сегодя»); else the second is its verb.
        let verb = words.count >= 2 ? words[1].lowercased() : nil
        return
            commands.compactMap { command -> (Int, CommandSpec)? in
                guard verb.map(command.verbs.contains) ?? (command.verbs.isEmpty && words.count == 1) else { return nil }
                let distance = command.nouns.map { nearness($0, first) }.min() ?? 99
                return distance <= 2 ? (distance, command) : nil
            }
            .min { $0.0 < $1.0 }?.1
    }

    /// How far a typed word is from a command's noun, a letter of the other alphabet that looks
    /// the same («clас» typed with Cyrillic «а» and «с») counting as the letter it looks like.
    static func nearness(_ noun: String, _ typed: String) -> Int {
        min(
            Levenshtein.distance(noun, typed), Levenshtein.distance(noun, Lookalikes.latin(typed)),
            Levenshtein.distance(noun, Lookalikes.cyrillic(typed)))
    }

    /// Commands close to what was typed: the same noun, or a near spelling.
    static func suggestions(for words: [String], in commands: [CommandSpec]) -> [String] {
        guard let first = words.first?.lowercased() else { return [] }
        let sameNoun = commands.filter { $0.nouns.contains(first) }
        if !sameNoun.isEmpty { return sameNoun.prefix(8).map(\.name) }
        let scored = commands.compactMap { command -> (Int, String)? in
            let distance = command.nouns.map { nearness($0, first) }.min() ?? 99
            return distance <= 2 ? (distance, command.name) : nil
        }
        return Array(scored.sorted { $0.0 < $1.0 }.map(\.1).prefix(3))
    }
}

/// The words of commands, shared by the command files.
enum Words {
    static let list = ["list", "ls", "список"]
    static let show = ["show", "показать", "карточка"]
    static let new = ["new", "add", "создать", "добавить", "новый"]
    static let edit = ["edit", "изменить"]
    /// A whole list: everyone of a class, every pending item.
    static let all: Set<String> = ["все", "всё", "all", "everyone"]
}

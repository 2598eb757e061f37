import Foundation
import HelpDesk
import JournalCore

extension Commands {
    /// The knowledge base: answers written once, searched in Russian by word stems, offered
    /// before a ticket is filed.
    static var knowledge: [CommandSpec] {
        var search = CommandSpec(
            .kbSearch, .tickets, nouns: ["kb", "знания", "база"], verbs: ["search", "найти", "поиск"], fields: [Arg.question],
            example: "kb search как загрузить ктп", result: .table(articleFields)
        ) { session, arguments in
            let matches = try session.desk.suggestArticles(session.requireCaller(), question: try arguments.value(Arg.question), limit: 5)
            return articleTable(matches.map(\.article), session)
        }
        search.takesRestOfLine = true
        return [
            search,
            CommandSpec(.kbList, .tickets, nouns: ["kb", "знания", "база"], verbs: Words.list, result: .table(articleFields)) {
                session, _ in
                articleTable(try session.desk.articles(session.requireCaller()), session)
            },
            CommandSpec(
                .kbShow, .tickets, nouns: ["kb", "знания", "база"], verbs: Words.show, fields: [Arg.article], example: "kb show 1",
                result: .record(articleFields + [.moment(.retired).optional, .text(.description), .number(.ticket).optional])
            ) { session, arguments in
                let article = try session.desk.article(session.requireCaller(), id: try arguments.value(Arg.article))
                let retired = article.retiredAt.map { Cell.moment($0, session.zone) } ?? .empty
                let pairs: [(Label, Cell)] = [
                    (.number, Cell(article.id)), (.headline, .text(article.title)), (.topics, .text(article.topics)),
                    (.readers, .choice(article.audience, session.texts.readers)),
                ]
                // A retired article is still read by its number (a reply sent before names it), marked so.
                let shownPairs = pairs + (article.retiredAt == nil ? [] : [(Label.retired, retired)])
                // JSON has the article's text in its record, with the ticket it was written from; the screen, under it.
                var lines: [Output] = [.record(shownPairs), .text(article.body)]
                if let ticket = article.sourceTicketId { lines.append(.message(.desk(.articleSource(ticket)))) }
                return .screen(
                    .lines(lines),
                    data: .record(
                        pairs + [(.retired, retired), (.description, .text(article.body)), (.ticket, Cell(article.sourceTicketId))]))
            },
            CommandSpec(
                .kbAdd, .tickets, nouns: ["kb", "знания", "база"], verbs: Words.new + ["add", "добавить"],
                fields: [Arg.articleTitle, Arg.messageText, Arg.articleTopics.optional, Arg.readers.optional, Arg.everySchool.optional],
                writes: true,
                example: "kb add --title \"Не видно отметок\" --text \"Проверьте, что вошли под своим логином…\" --for родители",
                result: .record([.number(.article)])
            ) { session, arguments in
                let article = try session.desk.addArticle(
                    session.requireCaller(), title: try arguments.value(Arg.articleTitle), body: try arguments.value(Arg.messageText),
                    topics: arguments[Arg.articleTopics], audience: arguments[Arg.readers] ?? .all,
                    forEverySchool: arguments.isSet(Arg.everySchool))
                return try articleSaved(article)
            },
            CommandSpec(
                .kbFromTicket, .tickets, nouns: ["kb", "знания", "база"], verbs: ["from-ticket", "из-заявки"],
                fields: [Arg.ticket, Arg.articleTitle.optional], writes: true, example: "kb from-ticket 12 --title \"Как сменить пароль\"",
                result: .record([.number(.article)])
            ) { session, arguments in
                let article = try session.desk.articleFromTicket(
                    session.requireCaller(), ticketId: try arguments.value(Arg.ticket), title: arguments[Arg.articleTitle])
                return try articleSaved(article)
            },
            CommandSpec(
                .kbRetire, .tickets, nouns: ["kb", "знания", "база"], verbs: ["retire", "убрать"], fields: [Arg.article], writes: true,
                example: "kb retire 3", result: .none
            ) { session, arguments in
                let article = try session.desk.retireArticle(session.requireCaller(), id: try arguments.value(Arg.article))
                return try .message(.desk(.articleRetired(article.savedId)))
            },
        ]
    }

    /// The article just written: its number said, and given as data.
    static func articleSaved(_ article: Article) throws -> Output {
        let id = try article.savedId
        return .lines([.message(.desk(.articleSaved(id))), .screen(.none, data: .record([(.article, Cell(id))]))])
    }

    /// The columns of `articleTable`.
    static let articleFields: [FieldShape] = [.number(.number), .text(.headline), .text(.topics), .code(.readers, ArticleAudience.self)]

    static func articleTable(_ articles: [Article], _ session: Session) -> Output {
        .table(
            columns: [.number, .headline, .topics, .readers],
            rows: articles.map { [Cell($0.id), .text($0.title), .text($0.topics), .choice($0.audience, session.texts.readers)] })
    }
}

extension Session {
    /// Offers the knowledge base's answers to a question before a ticket is taken; at a
    /// terminal, asks the person who asked whether one answered it (a specialist taking a
    /// request sees them and goes on). Nil when none matches; else whether it answered.
    @discardableResult
    func offerArticles(for question: String) -> Bool? {
        guard let caller,
            let articles = try? desk.suggestArticles(caller, question: question).map({
                (id: try $0.article.savedId, title: $0.article.title)
            }),
            !articles.isEmpty
        else { return nil }
        say(.desk(.maybeAnswered))
        for article in articles { say(.desk(.articleLine(id: article.id, title: article.title))) }
        guard io.isInteractive, !json, !caller.isDeskStaff, let found = try? Dialog(session: self).yesOrNo(texts(.desk(.answerFound))),
            found
        else {
            return false
        }
        say(.desk(.gladItHelped))
        return true
    }
}

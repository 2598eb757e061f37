import JournalCore

extension Commands {

    /// Organizations, academic years, reporting periods and vacations (J-ORG-1, J-YEAR-1).
    static let school: [CommandSpec] = [
        CommandSpec(.orgList, .school, nouns: ["org", "организация", "школа"], verbs: Words.list) { session, _ in
            let organizations = try session.journal.organizations(session.requireCaller())
            return .table(
                columns: [.code, .name, .timeZone], rows: organizations.map { [.text($0.code), .text($0.name), .text($0.timeZone)] })
        },
        CommandSpec(.orgShow, .school, nouns: ["org", "организация", "школа"], verbs: Words.show) { session, _ in
            let organization = try session.journal.organization(session.requireCaller())
            return .record([
                (.code, .text(organization.code)), (.name, .text(organization.name)), (.timeZone, .text(organization.timeZone)),
            ])
        },
        CommandSpec(
            .orgEdit, .school, nouns: ["org", "организация", "школа"], verbs: Words.edit,
            fields: [
                Arg.organizationName.optional,
                Arg.timeZone.optional,
            ],
            writes: true, example: "org edit --tz Asia/Yekaterinburg"
        ) { session, arguments in
            let organization = try session.journal.updateOrganization(
                session.requireCaller(), name: arguments[Arg.organizationName], timeZone: arguments[Arg.timeZone])
            return .lines([
                .message(.saved),
                .record([(.code, .text(organization.code)), (.name, .text(organization.name)), (.timeZone, .text(organization.timeZone))]),
            ])
        },
        CommandSpec(.yearList, .school, nouns: ["year", "год"], verbs: Words.list) { session, _ in
            let years = try session.journal.years(session.requireCaller())
            return .table(
                columns: [.name, .startDate, .endDate, .periodKind],
                rows: years.map {
                    [.text($0.name), .date($0.startDate), .date($0.endDate), .choice($0.periodKind, session.texts.periodKind)]
                })
        },
        CommandSpec(
            .yearNew, .school, nouns: ["year", "год"], verbs: Words.new,
            fields: [
                Arg.yearName,
                Arg.startDate, Arg.endDate,
                Arg.periods,
                Arg.weekDays.optional, Arg.bells.optional, Arg.bare.optional,
            ],
            writes: true, example: "year new --name 2027/2028 --start 01.09.2027 --end 31.08.2028 --periods четверти --days 5"
        ) { session, arguments in
            let caller = try session.requireCaller()
            let template =
                arguments.isSet(Arg.bare)
                ? nil
                : YearTemplate(daysPerWeek: arguments[Arg.weekDays] ?? 5, bells: arguments[Arg.bells] ?? YearTemplate.defaultBells)
            let year = try session.journal.createYear(
                caller, name: try arguments.value(Arg.yearName), start: try arguments.value(Arg.startDate),
                end: try arguments.value(Arg.endDate), periodKind: try arguments.value(Arg.periods), template: template)
            var lines: [Output] = [
                .message(.saved),
                .record([
                    (.name, .text(year.name)), (.startDate, .date(year.startDate)),
                    (.endDate, .date(year.endDate)),
                ]),
            ]
            if template != nil { lines += try yearCalendar(session, caller, year.savedId) + [.message(.schoolYear(.templateHint))] }
            return .lines(lines)
        },
        CommandSpec(
            .yearRegime, .school, nouns: ["year regime", "год режим", "regime", "режим"], verbs: ["show", "set", "показать", "задать"],
            fields: [Arg.year.optional, Arg.weekDays.optional, Arg.bells.optional], writes: true,
            example: "year regime set --days 6 --bells \"08:30-09:10, 09:20-10:00\""
        ) { session, arguments in
            let caller = try session.requireCaller()
            let yearId = try arguments[Arg.year]?.id ?? session.journal.year(caller, named: nil).savedId
            if arguments[Arg.weekDays] != nil || arguments[Arg.bells] != nil {
                _ = try session.journal.setRegime(caller, yearId: yearId, daysPerWeek: arguments[Arg.weekDays], bells: arguments[Arg.bells])
            }
            return .lines(try yearCalendar(session, caller, yearId))
        },
        CommandSpec(.periodList, .school, nouns: ["period", "период"], verbs: Words.list, fields: [Arg.year.optional]) {
            session, arguments in
            let caller = try session.requireCaller()
            let yearId = try arguments[Arg.year]?.id ?? session.journal.year(caller, named: nil).savedId
            let periods = try session.journal.periods(caller, yearId: yearId)
            return .table(
                columns: [.number, .startDate, .endDate],
                rows: periods.map {
                    [Cell($0.number), .date($0.startDate), .date($0.endDate)]
                })
        },
        CommandSpec(
            .periodSet, .school, nouns: ["period", "период"], verbs: ["set", "задать"],
            fields: [
                Arg.periodNumber,
                Arg.startDate, Arg.endDate, Arg.year.optional,
            ],
            writes: true, example: "period set --number 1 --start 01.09.2026 --end 24.10.2026"
        ) { session, arguments in
            let caller = try session.requireCaller()
            let yearId = try arguments[Arg.year]?.id ?? session.journal.year(caller, named: nil).savedId
            _ = try session.journal.setPeriod(
                caller, yearId: yearId, number: try arguments.value(Arg.periodNumber),
                start: try arguments.value(Arg.startDate), end: try arguments.value(Arg.endDate))
            return .message(.saved)
        },
        CommandSpec(.vacationList, .school, nouns: ["vacation", "каникулы"], verbs: Words.list, fields: [Arg.year.optional]) {
            session, arguments in
            let caller = try session.requireCaller()
            let yearId = try arguments[Arg.year]?.id ?? session.journal.year(caller, named: nil).savedId
            return .table(
                columns: [.name, .startDate, .endDate],
                rows: try session.journal.vacations(caller, yearId: yearId).map {
                    [.text($0.name), .date($0.startDate), .date($0.endDate)]
                })
        },
        CommandSpec(
            .vacationNew, .school, nouns: ["vacation", "каникулы"], verbs: Words.new,
            fields: [
                Arg.name,
                Arg.startDate, Arg.endDate, Arg.year.optional,
            ],
            writes: true, example: "vacation new --name \"Осенние каникулы\" --start 25.10.2026 --end 04.11.2026"
        ) { session, arguments in
            let caller = try session.requireCaller()
            let yearId = try arguments[Arg.year]?.id ?? session.journal.year(caller, named: nil).savedId
            _ = try session.journal.addVacation(
                caller, yearId: yearId, name: try arguments.value(Arg.name),
                start: try arguments.value(Arg.startDate), end: try arguments.value(Arg.endDate))
            return .message(.saved)
        },
    ]

    /// A year's periods, vacations and working regime, as a new year shows them to adjust.
    static func yearCalendar(_ session: Session, _ caller: Caller, _ yearId: Int64) throws -> [Output] {
        let periods = try session.journal.periods(caller, yearId: yearId)
        let vacations = try session.journal.vacations(caller, yearId: yearId)
        var lines: [Output] = [
            .table(
                columns: [.period, .startDate, .endDate], rows: periods.map { [Cell($0.number), .date($0.startDate), .date($0.endDate)] }),
            .table(
                columns: [.vacation, .startDate, .endDate],
                rows: vacations.map { [.text($0.name), .date($0.startDate), .date($0.endDate)] }),
        ]
        if let regime = try session.journal.regime(caller, yearId: yearId) {
            lines.append(.record([(.days, Cell(regime.daysPerWeek)), (.bells, .text(regime.bells))]))
        }
        return lines
    }
}

import JournalCore

extension Commands {

    /// Organizations, academic years, reporting periods and vacations (J-ORG-1, J-YEAR-1).
    static let school: [CommandSpec] = [
        CommandSpec(
            .orgList, .school, nouns: ["org", "организация", "школа"], verbs: Words.list, result: .table(organizationFields)
        ) { session, _ in
            let organizations = try session.journal.organizations(session.requireCaller())
            return .table(
                columns: [.code, .name, .timeZone], rows: organizations.map { [.text($0.code), .text($0.name), .text($0.timeZone)] })
        },
        CommandSpec(
            .orgShow, .school, nouns: ["org", "организация", "школа"], verbs: Words.show, result: .record(organizationFields)
        ) { session, _ in
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
            writes: true, example: "org edit --tz Asia/Yekaterinburg", result: .record(organizationFields)
        ) { session, arguments in
            let organization = try session.journal.updateOrganization(
                session.requireCaller(), name: arguments[Arg.organizationName], timeZone: arguments[Arg.timeZone])
            return .lines([
                .message(.saved),
                .record([(.code, .text(organization.code)), (.name, .text(organization.name)), (.timeZone, .text(organization.timeZone))]),
            ])
        },
        CommandSpec(
            .yearList, .school, nouns: ["year", "год"], verbs: Words.list,
            result: .table([.text(.name), .date(.startDate), .date(.endDate), .code(.periodKind, PeriodKind.self)])
        ) { session, _ in
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
            writes: true, example: "year new --name 2027/2028 --start 01.09.2027 --end 31.08.2028 --periods четверти --days 5",
            result: .sections([SectionShape(.year, .record([.text(.name), .date(.startDate), .date(.endDate)]))] + yearCalendarParts)
        ) { session, arguments in
            let caller = try session.requireCaller()
            let template =
                arguments.isSet(Arg.bare)
                ? nil
                : YearTemplate(daysPerWeek: arguments[Arg.weekDays] ?? 5, bells: arguments[Arg.bells] ?? YearTemplate.defaultBells)
            let year = try session.journal.createYear(
                caller, name: try arguments.value(Arg.yearName), start: try arguments.value(Arg.startDate),
                end: try arguments.value(Arg.endDate), periodKind: try arguments.value(Arg.periods), template: template)
            var parts: [(Label, Output)] = [
                (.year, .record([(.name, .text(year.name)), (.startDate, .date(year.startDate)), (.endDate, .date(year.endDate))]))
            ]
            if template != nil { parts += try yearCalendar(session, caller, year.savedId) }
            return .lines([.message(.saved), .sections(parts)] + (template != nil ? [.message(.schoolYear(.templateHint))] : []))
        },
        CommandSpec(
            .yearRegime, .school, nouns: ["year regime", "год режим", "regime", "режим"], verbs: ["show", "set", "показать", "задать"],
            fields: [Arg.year.optional, Arg.weekDays.optional, Arg.bells.optional], writes: true,
            example: "year regime set --days 6 --bells \"08:30-09:10, 09:20-10:00\"", result: .sections(yearCalendarParts)
        ) { session, arguments in
            let caller = try session.requireCaller()
            let yearId = try arguments[Arg.year]?.id ?? session.journal.year(caller, named: nil).savedId
            if arguments[Arg.weekDays] != nil || arguments[Arg.bells] != nil {
                _ = try session.journal.setRegime(caller, yearId: yearId, daysPerWeek: arguments[Arg.weekDays], bells: arguments[Arg.bells])
            }
            return .sections(try yearCalendar(session, caller, yearId))
        }.onlyReading { arguments in arguments[Arg.weekDays] == nil && arguments[Arg.bells] == nil },
        CommandSpec(
            .periodList, .school, nouns: ["period", "период"], verbs: Words.list, fields: [Arg.year.optional],
            result: .table([.number(.number), .date(.startDate), .date(.endDate)])
        ) { session, arguments in
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
            writes: true, example: "period set --number 1 --start 01.09.2026 --end 24.10.2026", result: .none
        ) { session, arguments in
            let caller = try session.requireCaller()
            let yearId = try arguments[Arg.year]?.id ?? session.journal.year(caller, named: nil).savedId
            _ = try session.journal.setPeriod(
                caller, yearId: yearId, number: try arguments.value(Arg.periodNumber),
                start: try arguments.value(Arg.startDate), end: try arguments.value(Arg.endDate))
            return .message(.saved)
        },
        CommandSpec(
            .vacationList, .school, nouns: ["vacation", "каникулы"], verbs: Words.list, fields: [Arg.year.optional],
            result: .table([.text(.name), .date(.startDate), .date(.endDate)])
        ) { session, arguments in
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
            writes: true, example: "vacation new --name \"Осенние каникулы\" --start 25.10.2026 --end 04.11.2026", result: .none
        ) { session, arguments in
            let caller = try session.requireCaller()
            let yearId = try arguments[Arg.year]?.id ?? session.journal.year(caller, named: nil).savedId
            _ = try session.journal.addVacation(
                caller, yearId: yearId, name: try arguments.value(Arg.name),
                start: try arguments.value(Arg.startDate), end: try arguments.value(Arg.endDate))
            return .message(.saved)
        },
    ]

    /// An organization as `org list`, `org show` and `org edit` give it.
    static let organizationFields: [FieldShape] = [.text(.code), .text(.name), .text(.timeZone)]

    /// A year's periods, vacations and working regime, as a new year shows them to adjust.
    /// The parts of `yearCalendar`; a year without a regime has no `bells` part.
    static let yearCalendarParts: [SectionShape] = [
        SectionShape(.period, .table([.number(.period), .date(.startDate), .date(.endDate)])),
        SectionShape(.vacation, .table([.text(.vacation), .date(.startDate), .date(.endDate)])),
        SectionShape(.bells, .oneOf([.record([.number(.days), .text(.bells)]), .none])),
    ]

    static func yearCalendar(_ session: Session, _ caller: Caller, _ yearId: Int64) throws -> [(Label, Output)] {
        let periods = try session.journal.periods(caller, yearId: yearId)
        let vacations = try session.journal.vacations(caller, yearId: yearId)
        var parts: [(Label, Output)] = [
            (
                .period,
                .table(
                    columns: [.period, .startDate, .endDate],
                    rows: periods.map { [Cell($0.number), .date($0.startDate), .date($0.endDate)] })
            ),
            (
                .vacation,
                .table(
                    columns: [.vacation, .startDate, .endDate],
                    rows: vacations.map { [.text($0.name), .date($0.startDate), .date($0.endDate)] })
            ),
        ]
        if let regime = try session.journal.regime(caller, yearId: yearId) {
            parts.append((.bells, .record([(.days, Cell(regime.daysPerWeek)), (.bells, .text(regime.bells))])))
        }
        return parts
    }
}

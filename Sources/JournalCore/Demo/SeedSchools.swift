internal import GRDB

/// The three schools of the regulations (seeds 000–002), loaded beside the demo school: the people
/// their support timetables name and a teacher each, so that the help desk can be tried on their
/// own timetables. Codes, names and time zones are those of `schedules/`.
public enum SeedSchools {
    public struct Member: Sendable {
        public let fullName: String
        public let roles: [Role]
        /// The demo login, when this person can log in.
        public let login: String?
    }

    public struct School: Sendable {
        public let code: String
        public let name: String
        public let timeZone: String
        public let members: [Member]
    }

    public static let all: [School] = [
        School(
            code: "glshkola", name: "МБОУ Глазовская СОШ", timeZone: "Europe/Samara",
            members: [
                Member(fullName: "Абжелова А.Д", roles: [.journalAdmin, .supportSpecialist], login: "abzhelova"),
                Member(fullName: "Полий Т.А.", roles: [.methodologist, .subjectTeacher], login: "poliy"),
                Member(fullName: "Одрин Т.А.", roles: [.supportSpecialist], login: nil),
                Member(fullName: "Волкова Ирина Петровна", roles: [.subjectTeacher], login: "glazov-teacher"),
            ]),
        School(
            code: "starokrym",
            name: "МБОУ «Старокрымский учебно-воспитательный комплекс № 1 „Школа-гимназия“» Кировского района Республики Крым",
            timeZone: "Europe/Simferopol",
            members: [
                Member(fullName: "Лысенко Н.Г.", roles: [.director], login: nil),
                Member(fullName: "Нечаева О.О.", roles: [.deputyAcademic, .journalAdmin, .methodologist], login: "nechaeva"),
                Member(fullName: "Усенко В.В.", roles: [.itEngineer, .supportSpecialist], login: "usenko"),
                Member(fullName: "Мазуренко Л.И.", roles: [.deputyAcademic], login: nil),
                Member(fullName: "Падина И.В.", roles: [.deputyUpbringing], login: nil),
                Member(fullName: "Пушкарь Е.С.", roles: [.itEngineer], login: nil),
                Member(fullName: "Дервиш Т.М.", roles: [.coordinator], login: nil),
                Member(fullName: "Гуртовая Е.В.", roles: [.operator], login: nil),
                Member(fullName: "Белова Анна Сергеевна", roles: [.subjectTeacher, .classTeacher], login: "krym-teacher"),
            ]),
        School(
            code: "school181",
            name:
                "Муниципальное автономное общеобразовательное учреждение — средняя общеобразовательная школа № 181 Ленинского района г. Екатеринбурга",
            timeZone: "Asia/Yekaterinburg",
            members: [
                Member(fullName: "Абдулин Р.З.", roles: [.director], login: nil),
                Member(fullName: "Смирнова Елена Викторовна", roles: [.journalAdmin], login: "admin181"),
                Member(fullName: "Козлов Андрей Игоревич", roles: [.subjectTeacher], login: "ekb-teacher"),
            ]),
    ]

    /// A regional support desk that serves the seed schools once they link it (like the vendor's
    /// support of seed 002): its staff see the tickets of those schools only, never the demo school's.
    public static let regionalDesk = School(
        code: "rcoko", name: "Региональный центр поддержки электронного журнала",
        timeZone: "Europe/Moscow",
        members: [
            Member(fullName: "Кузнецова Мария Андреевна", roles: [.supportSpecialist], login: "region-support")
        ])

    /// Every demo login of the seed schools and the regional desk, with the organization's code.
    public static var logins: [(login: String, code: String)] {
        (all + [regionalDesk]).flatMap { school in school.members.compactMap { member in member.login.map { ($0, school.code) } } }
    }

    /// The demo logins of each seed school and of the regional desk, with their roles, under the
    /// organization's name: what a person trying the demo needs to choose one.
    public static var loginsBySchool: [(name: String, code: String, logins: [(login: String, roles: [Role])])] {
        (all + [regionalDesk]).map { school in
            (school.name, school.code, school.members.compactMap { member in member.login.map { ($0, member.roles) } })
        }
    }

    /// Writes the schools, their year 2026/2027 and their people; `hashes` are the logins' password
    /// hashes, in the order of `logins`.
    static func build(_ db: StoreTransaction, journal: Journal, hashes: [String]) throws {
        var hashes = hashes.makeIterator()
        for school in all + [regionalDesk] {
            var organization = Organization(code: school.code, name: school.name, timeZone: school.timeZone)
            try db.insert(&organization)
            try ProductionCalendar.install(db, organizationId: organization.savedId)
            try DemoBuilder.insertYear(db, organizationId: organization.savedId)
            for member in school.members {
                var person = try Person(organizationId: organization.savedId, fullName: member.fullName)
                try db.insert(&person)
                for role in member.roles { try db.insert(PersonRole(personId: person.savedId, role: role)) }
                var account = try journal.insertAccount(db, person: person, login: member.login)
                if member.login != nil, let hash = hashes.next() {
                    account.passwordHash = hash
                    account.state = .active
                    try db.update(account)
                }
            }
        }
    }
}

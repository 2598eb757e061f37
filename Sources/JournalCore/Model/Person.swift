internal import GRDB

/// Anyone the school knows: a student, a guardian or a member of staff (J-PEOPLE-1).
public struct Person: Codable, Sendable, Equatable, StoredRecord, IdentifiedRecord {
    public var id: Int64?
    public var organizationId: Int64
    /// Фамилия Имя Отчество, surname first.
    public var fullName: String
    public var birthDate: LocalDate?
    public var sex: Sex?
    public var email: String?
    public var phone: String?

    public init(
        id: Int64? = nil, organizationId: Int64, fullName: String, birthDate: LocalDate? = nil,
        sex: Sex? = nil, email: String? = nil, phone: String? = nil
    ) {
        self.id = id
        self.organizationId = organizationId
        self.fullName = fullName
        self.birthDate = birthDate
        self.sex = sex
        self.email = email
        self.phone = phone
    }

    public static let tableName = "person"

    enum CodingKeys: String, CodingKey {
        case id, organizationId, fullName, birthDate, sex, email, phone
        /// Written, never read: the folded name people are looked up by, always from `fullName`.
        case searchName
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decodeIfPresent(Int64.self, forKey: .id)
        organizationId = try container.decode(Int64.self, forKey: .organizationId)
        fullName = try container.decode(String.self, forKey: .fullName)
        birthDate = try container.decodeIfPresent(LocalDate.self, forKey: .birthDate)
        sex = try container.decodeIfPresent(Sex.self, forKey: .sex)
        email = try container.decodeIfPresent(String.self, forKey: .email)
        phone = try container.decodeIfPresent(String.self, forKey: .phone)
    }

    /// The stored columns, and the folded name people are looked up by (always from `fullName`),
    /// so that every write of a person keeps it in step.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(organizationId, forKey: .organizationId)
        try container.encode(fullName, forKey: .fullName)
        try container.encode(PersonName.fold(fullName), forKey: .searchName)
        try container.encode(birthDate, forKey: .birthDate)
        try container.encode(sex, forKey: .sex)
        try container.encode(email, forKey: .email)
        try container.encode(phone, forKey: .phone)
    }
}

/// One role held by one person.
public struct PersonRole: Codable, Sendable, Equatable, StoredRecord {
    public var personId: Int64
    public var role: Role

    public init(personId: Int64, role: Role) {
        self.personId = personId
        self.role = role
    }

    public static let tableName = "personRole"

}

/// A guardian's link to a child.
public struct Guardianship: Codable, Sendable, Equatable, StoredRecord {
    public var guardianId: Int64
    public var studentId: Int64

    public init(guardianId: Int64, studentId: Int64) {
        self.guardianId = guardianId
        self.studentId = studentId
    }

    public static let tableName = "guardianship"

}

import Foundation
internal import GRDB

/// Why a period mark is suggested: the marks counted with their weights, and what was left out.
public struct PeriodMarkSuggestion: Sendable, Equatable {
    public var counted: [(value: MarkValue, work: WorkKind, weight: Double)]
    public var notAssessed: Int
    public var exempt: Int
    public var average: Double?
    public var suggested: MarkValue?

    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.counted.map(\.value) == rhs.counted.map(\.value) && lhs.average == rhs.average && lhs.suggested == rhs.suggested
    }
}

extension PeriodMarkSuggestion {
    /// The weighted average of these marks (н/а and ОСВ counted apart) and the mark it rounds to.
    init(_ marks: [Mark], weights: [WorkKind: Double]) {
        let counted = marks.filter { $0.value.points != nil }.map {
            (value: $0.value, work: $0.workKind, weight: weights[$0.workKind] ?? DefaultWeights.weight($0.workKind))
        }
        let total = counted.reduce(0.0) { $0 + $1.weight }
        let weighted = counted.compactMap { item in item.value.points.map { Double($0) * item.weight } }.reduce(0, +)
        let average = total > 0 ? weighted / total : nil
        self.init(
            counted: counted, notAssessed: marks.filter { $0.value == .notAssessed }.count,
            exempt: marks.filter { $0.value == .exempt }.count, average: average,
            suggested: average.map { MarkValue(rawValue: String(Int($0.rounded(.toNearestOrAwayFromZero)))) ?? .two })
    }
}

extension Journal {
    /// Sets a student's period mark (or year mark, with no period) in a subject the caller teaches
    /// in the class, inside the window of J-MARK-6; never in grade 1 (J-MARK-3).
    public func setPeriodMark(
        _ caller: Caller, studentId: Int64, subjectId: Int64, classId: Int64, periodNumber: Int?, value: MarkValue
    ) throws -> PeriodMark {
        try write { db in
            let schoolClass = try fetchClass(db, caller, classId, .viewStructure)
            // J-ACL-1: the whole class, the pupil's own group, or the pupil's individual course.
            guard
                try db.value(
                    Bool.self,
                    """
                    SELECT EXISTS (SELECT 1 FROM assignment a WHERE a.teacherId = ? AND a.subjectId = ? AND a.classId = ?
                      AND ((a.subgroupId IS NULL AND a.studentId IS NULL) OR a.studentId = ?
                        OR a.subgroupId IN (SELECT subgroupId FROM subgroupMember WHERE studentId = ?)))
                    """, [caller.personId, subjectId, classId, studentId, studentId]) ?? false
            else { throw JournalError.forbidden(.editJournal) }
            if schoolClass.gradeLevel == 1 { throw JournalError.gradeOneHasNoMarks }
            let clock = try lessonClock(db, organizationId: caller.organizationId)
            try markScale(db, subjectId: subjectId, settings: clock.settings).check(value)
            let (period, end) = try periodAndEnd(db, yearId: schoolClass.yearId, number: periodNumber)
            try PeriodMarkWindow(periodEnd: end).check(clock.today)
            guard try db.values(Int64.self, "SELECT studentId FROM enrolment WHERE classId = ?", [classId]).contains(studentId)
            else {
                throw JournalError.invalid(.student, .notInClass)
            }
            var mark =
                try existingPeriodMark(db, studentId: studentId, subjectId: subjectId, yearId: schoolClass.yearId, periodId: period?.id)
                ?? PeriodMark(
                    id: nil, studentId: studentId, subjectId: subjectId, classId: classId, periodId: period?.id,
                    yearId: schoolClass.yearId, value: value, setBy: caller.accountId, setAt: clock.now)
            // J-MARK-5: once the period has ended, a set mark is replaced only by the deputy, on a note.
            if mark.id != nil && mark.value != value && clock.today > end { throw JournalError.periodMarkAlreadySet(mark.value) }
            let before = mark.id == nil ? nil : AuditText.of(["value": mark.value.rawValue])
            mark.value = value
            mark.setBy = caller.accountId
            mark.setAt = clock.now
            if mark.id == nil {
                try db.insert(&mark)
            } else {
                try db.update(mark)
            }
            try AuditLog.append(
                db, organizationId: caller.organizationId, at: clock.now, accountId: caller.accountId,
                action: .periodMarkSet, entity: .periodMark, entityId: mark.savedId, studentId: studentId,
                before: before, after: AuditText.of(["value": value.rawValue, "period": periodNumber.map(String.init) ?? "year"]))
            return mark
        }
    }

    /// Changes a period mark after its window (J-MARK-5): only a deputy director (academic), on
    /// the teacher's explanatory note naming teacher, class letter, date, subject, changes and
    /// reasons; the note must name this mark's class, subject and one of its teachers.
    public func changePeriodMark(_ caller: Caller, periodMarkId: Int64, to value: MarkValue, note: ExplanatoryNote) throws -> PeriodMark {
        try Self.validate(note)
        return try write { db in
            try Access.check(.changePeriodMark, caller: caller, organizationId: caller.organizationId, db)
            guard var mark = try db.record(PeriodMark.self, id: periodMarkId) else {
                throw JournalError.invalid(.mark, .unknown(String(periodMarkId)))
            }
            let schoolClass = try fetchClass(db, caller, mark.classId, .viewStructure)
            try checkNoteNames(db, note, schoolClass, subjectId: mark.subjectId)
            if mark.value == value { throw JournalError.invalid(.mark, .sameAsCurrent) }
            let old = mark.value
            mark.value = value
            mark.setBy = caller.accountId
            mark.setAt = clock.now
            try db.update(mark)
            try record(db, caller, note, mark: mark, old: old, missing: false)
            return mark
        }
    }

    /// Sets a period mark that is missing after its window (J-MARK-5, J-MARK-6): as a change is,
    /// only by the deputy director (academic) on the teacher's matching explanatory note.
    public func setMissingPeriodMark(
        _ caller: Caller, studentId: Int64, subjectId: Int64, classId: Int64, periodNumber: Int?, value: MarkValue, note: ExplanatoryNote
    ) throws -> PeriodMark {
        try Self.validate(note)
        return try write { db in
            try Access.check(.changePeriodMark, caller: caller, organizationId: caller.organizationId, db)
            let schoolClass = try fetchClass(db, caller, classId, .viewStructure)
            try checkNoteNames(db, note, schoolClass, subjectId: subjectId)
            let clock = try lessonClock(db, organizationId: caller.organizationId)
            let (period, end) = try periodAndEnd(db, yearId: schoolClass.yearId, number: periodNumber)
            // Inside the window the teacher sets it.
            guard clock.today > PeriodMarkWindow(periodEnd: end).closes else { throw JournalError.forbidden(.editJournal) }
            if try existingPeriodMark(db, studentId: studentId, subjectId: subjectId, yearId: schoolClass.yearId, periodId: period?.id)
                != nil
            {
                throw JournalError.invalid(.mark, .alreadyExists(value.rawValue))
            }
            guard try db.values(Int64.self, "SELECT studentId FROM enrolment WHERE classId = ?", [classId]).contains(studentId)
            else {
                throw JournalError.invalid(.student, .notInClass)
            }
            var mark = PeriodMark(
                id: nil, studentId: studentId, subjectId: subjectId, classId: classId, periodId: period?.id,
                yearId: schoolClass.yearId, value: value, setBy: caller.accountId, setAt: clock.now)
            try db.insert(&mark)
            try record(db, caller, note, mark: mark, old: nil, missing: true)
            return mark
        }
    }

    private static func validate(_ note: ExplanatoryNote) throws {
        let fields: [(String, Field)] = [
            (note.teacherName, .teacher), (note.classLetter, .letter), (note.subject, .subject),
            (note.changes, .change), (note.reasons, .reason),
        ]
        for (text, field) in fields { _ = try Validate.text(text, field, max: 1000) }
    }

    /// The note is about this mark: its class («5А» or «А»), its subject, and a teacher who teaches
    /// the subject in the class, by full name or surname and initials.
    private func checkNoteNames(_ db: StoreTransaction, _ note: ExplanatoryNote, _ schoolClass: SchoolClass, subjectId: Int64) throws {
        let letter = Self.searchKey(note.classLetter).replacingOccurrences(of: " ", with: "")
        let className = "\(schoolClass.gradeLevel)\(schoolClass.letter)"
        guard letter == Self.searchKey(schoolClass.letter) || letter == Self.searchKey(className) else {
            throw JournalError.invalid(.letter, .doesNotMatch(className))
        }
        let subject = try db.value(String.self, "SELECT name FROM subject WHERE id = ?", [subjectId]) ?? ""
        guard Self.searchKey(note.subject) == Self.searchKey(subject) else { throw JournalError.invalid(.subject, .doesNotMatch(subject)) }
        let teachers = try db.values(
            String.self,
            """
            SELECT p.fullName FROM assignment a JOIN person p ON p.id = a.teacherId WHERE a.classId = ? AND a.subjectId = ?
            """, [schoolClass.id, subjectId])
        guard teachers.contains(where: { PersonName.matches(note.teacherName, fullName: $0) }) else {
            throw JournalError.invalid(.teacher, .doesNotMatch(teachers.joined(separator: ", ")))
        }
    }

    private func record(_ db: StoreTransaction, _ caller: Caller, _ note: ExplanatoryNote, mark: PeriodMark, old: MarkValue?, missing: Bool)
        throws
    {
        var record = try ExplanatoryNoteRecord(
            id: nil, periodMarkId: mark.savedId, teacherName: note.teacherName, classLetter: note.classLetter, date: note.date,
            subject: note.subject, changes: note.changes, reasons: note.reasons, oldValue: old ?? mark.value, newValue: mark.value,
            changedBy: caller.accountId, changedAt: clock.now, missing: missing)
        try db.insert(&record)
        try AuditLog.append(
            db, organizationId: caller.organizationId, at: clock.now, accountId: caller.accountId,
            action: .periodMarkChangedByNote, entity: .periodMark, entityId: mark.savedId, studentId: mark.studentId,
            before: old.map { AuditText.of(["value": $0.rawValue]) }, after: AuditText.of(["value": mark.value.rawValue]),
            reason: note.reasons)
    }

    /// The weighted average of a student's lesson marks in a subject over a period (or the year),
    /// and the period mark it suggests; н/а, ОСВ, pass and fail are counted apart (section 8 of issue 3).
    public func suggestPeriodMark(_ caller: Caller, studentId: Int64, subjectId: Int64, classId: Int64, periodNumber: Int?) throws
        -> PeriodMarkSuggestion
    {
        try read { db in
            let schoolClass = try fetchClass(db, caller, classId, .viewStructure)
            let (period, end) = try periodAndEnd(db, yearId: schoolClass.yearId, number: periodNumber)
            let start = try period?.startDate ?? academicYear(db, schoolClass.yearId).startDate
            let marks = try db.records(
                Mark.self,
                """
                SELECT m.* FROM mark m JOIN lesson l ON l.id = m.lessonId
                WHERE m.studentId = ? AND l.subjectId = ? AND l.classId = ? AND l.date BETWEEN ? AND ? AND m.voidedAt IS NULL ORDER BY l.date, m.id
                """, [studentId, subjectId, classId, start, end])
            if let first = marks.first {
                try JournalAccess.checkView(caller, try fetchLesson(db, first.lessonId), db)
                guard try JournalAccess.mayViewStudent(caller, studentId, db) else { throw JournalError.forbidden(.viewJournal) }
            }
            return PeriodMarkSuggestion(marks, weights: try workWeights(db, organizationId: caller.organizationId))
        }
    }

    /// Sets the weight of a kind of work for the organization (J-MARK-1). The journal administrator only.
    public func setWorkWeight(_ caller: Caller, _ kind: WorkKind, weight: Double) throws {
        guard weight > 0 && weight <= 10 else { throw JournalError.invalid(.weight, .weight) }
        try write { db in
            try Access.check(.editOrganization, caller: caller, organizationId: caller.organizationId, db)
            try db.execute(
                """
                INSERT INTO workWeight (organizationId, workKind, weight) VALUES (?, ?, ?)
                ON CONFLICT (organizationId, workKind) DO UPDATE SET weight = excluded.weight
                """,
                [caller.organizationId, kind, weight])
        }
    }

    /// The weights of the organization, the defaults where none was set.
    public func workWeights(_ caller: Caller) throws -> [WorkKind: Double] {
        try read { db in try workWeights(db, organizationId: caller.organizationId) }
    }

    func workWeights(_ db: StoreTransaction, organizationId: Int64) throws -> [WorkKind: Double] {
        var weights = Dictionary(uniqueKeysWithValues: WorkKind.allCases.map { ($0, DefaultWeights.weight($0)) })
        for row in try db.rows("SELECT workKind, weight FROM workWeight WHERE organizationId = ?", [organizationId]) {
            let raw: String = try row["workKind"]
            if let kind = WorkKind(rawValue: raw) { weights[kind] = try row["weight"] as Double }
        }
        return weights
    }

    /// The period of that number (nil for the year, whose window is its last period's) and its end.
    private func periodAndEnd(_ db: StoreTransaction, yearId: Int64, number: Int?) throws -> (ReportingPeriod?, LocalDate) {
        let periods = try db.records(ReportingPeriod.self, "SELECT * FROM reportingPeriod WHERE yearId = ? ORDER BY number", [yearId])
        if let number {
            guard let period = periods.first(where: { $0.number == number }) else {
                throw JournalError.invalid(.period, .unknown(String(number)))
            }
            return (period, period.endDate)
        }
        guard let last = periods.last else { throw JournalError.invalid(.period, .missing) }
        return (nil, last.endDate)
    }

    private func existingPeriodMark(_ db: StoreTransaction, studentId: Int64, subjectId: Int64, yearId: Int64, periodId: Int64?) throws
        -> PeriodMark?
    {
        try db.record(
            PeriodMark.self,
            """
            SELECT * FROM periodMark WHERE studentId = ? AND subjectId = ? AND yearId = ? AND COALESCE(periodId, 0) = COALESCE(?, 0)
            """, [studentId, subjectId, yearId, periodId])
    }
}

/// A pupil of a class with their period (or year) mark in a subject, or none yet.
public struct PeriodMarkRow: Sendable, Equatable {
    public var studentId: Int64
    public var studentName: String
    public var mark: PeriodMark?
}

extension Journal {
    /// The period marks of a class in a subject (J-MARK-5, J-MARK-6), pupil by pupil with their
    /// ids, and who has none yet: for the subject's teachers, the class teacher and the administration.
    public func periodMarks(_ caller: Caller, classId: Int64, subjectId: Int64, periodNumber: Int?) throws -> [PeriodMarkRow] {
        try read { db in
            let schoolClass = try fetchClass(db, caller, classId, .viewStructure)
            let teaches =
                try db.value(
                    Int.self, "SELECT COUNT(*) FROM assignment WHERE teacherId = ? AND subjectId = ? AND classId = ?",
                    [caller.personId, subjectId, classId]) ?? 0 > 0
            guard teaches || schoolClass.classTeacherId == caller.personId || !caller.roles.isDisjoint(with: JournalAccess.overseers)
            else { throw JournalError.forbidden(.viewJournal) }
            let (period, _) = try periodAndEnd(db, yearId: schoolClass.yearId, number: periodNumber)
            let students = try ClassMembers.students(db, classId: classId)
            let names = try Directory.names(db, personIds: students)
            return try students.map { studentId in
                PeriodMarkRow(
                    studentId: studentId, studentName: names[studentId] ?? "",
                    mark: try existingPeriodMark(
                        db, studentId: studentId, subjectId: subjectId, yearId: schoolClass.yearId, periodId: period?.id))
            }.sorted { $0.studentName < $1.studentName }
        }
    }
}

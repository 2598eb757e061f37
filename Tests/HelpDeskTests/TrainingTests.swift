import Foundation
import Testing

@testable import HelpDesk
@testable import JournalCore

/// Trainings and seminars (H-TRAIN-1): the administrator trains teachers, guardians and students
/// at least once a quarter (seed 000 §2), teachers in grade bands (seed 001 «График внедрения»).
@Suite struct TrainingTests {
    func plan(
        _ audience: TrainingAudience, _ day: String, band: GradeBand? = nil, format: TrainingFormat = .training,
        capacity: Int = 20, trainer: String = "Абжелова А.Д", room: String? = "кабинет № 1", topic: String? = nil
    ) -> TrainingPlan {
        TrainingPlan(
            topic: topic, audience: audience, gradeBand: band, format: format, date: LocalDate(parsing: day)!,
            start: ClockTime(parsing: "15:00")!, end: ClockTime(parsing: "16:30")!, room: room, trainer: trainer, capacity: capacity)
    }

    @Test func theQuarterlyCheckListsEachQuarterAndAudienceWithoutATraining() throws {
        let school = try DeskFixture()
        // Q1: everyone; Q2: teachers (a seminar) and guardians, in the autumn vacation after Q1 counts for Q1;
        // Q3: nobody; Q4: students only. A cancelled training does not count.
        _ = try school.desk.planTraining(school.admin, plan(.teachers, "2026-09-10", band: .senior))
        _ = try school.desk.planTraining(school.admin, plan(.guardians, "2026-09-18"))
        _ = try school.desk.planTraining(school.admin, plan(.students, "2026-10-28"))
        _ = try school.desk.planTraining(school.admin, plan(.teachers, "2026-11-19", format: .seminar))
        _ = try school.desk.planTraining(school.admin, plan(.guardians, "2026-12-03"))
        _ = try school.desk.planTraining(school.admin, plan(.students, "2027-04-15"))
        let cancelled = try school.desk.planTraining(school.admin, plan(.teachers, "2027-02-04"))
        _ = try school.desk.cancelTraining(school.admin, trainingId: cancelled.id!)
        let coverage = try school.desk.quarterlyCheck(school.admin)
        #expect(coverage.count == 12)
        let unmet = coverage.filter { !$0.isMet }.map { "\($0.quarter) \($0.audience.rawValue)" }
        #expect(unmet == ["2 students", "3 teachers", "3 guardians", "3 students", "4 teachers", "4 guardians"])
        #expect(coverage.first { $0.quarter == 1 }?.end == school.date("04.11.2026"))
        #expect(throws: DeskError.forbidden(.planTraining)) {
            try school.desk.quarterlyCheck(try school.staff("Волкова Ирина Петровна", [.subjectTeacher]))
        }
    }

    @Test func registrationFollowsTheAudienceAndTheCapacityAndAttendanceIsRecorded() throws {
        let school = try DeskFixture()
        let teachers = try school.desk.planTraining(school.admin, plan(.teachers, "2026-12-10", band: .middle, capacity: 1))
        let guardians = try school.desk.planTraining(school.admin, plan(.guardians, "2026-12-11"))
        let teacher = try school.staff("Волкова Ирина Петровна", [.subjectTeacher])
        let colleague = try school.staff("Зайцев Пётр Ильич", [.subjectTeacher])
        let family = try school.family("Иванов Иван Иванович", guardian: "Иванова Анна Петровна")
        _ = try school.desk.register(teacher, trainingId: teachers.id!)
        #expect(throws: DeskError.alreadyRegistered("Волкова Ирина Петровна")) {
            try school.desk.register(teacher, trainingId: teachers.id!)
        }
        #expect(throws: DeskError.trainingFull(capacity: 1)) { try school.desk.register(colleague, trainingId: teachers.id!) }
        #expect(throws: DeskError.wrongAudience(.guardians)) { try school.desk.register(teacher, trainingId: guardians.id!) }
        _ = try school.desk.register(family.guardian, trainingId: guardians.id!)
        // A guardian registers only themselves; the administrator registers anyone.
        #expect(throws: DeskError.forbidden(.planTraining)) {
            try school.desk.register(family.guardian, trainingId: guardians.id!, personId: teacher.personId)
        }
        #expect(throws: DeskError.wrongAudience(.guardians)) {
            try school.desk.register(school.admin, trainingId: guardians.id!, personId: family.student.personId)
        }
        // Who came is recorded once the training has begun (10.12.2026, 15:00 Samara time).
        let during = try school.at("2026-12-10T15:30:00")
        try during.recordTrainingAttendance(school.admin, trainingId: teachers.id!, personId: teacher.personId, attended: true)
        #expect(throws: DeskError.notRegistered("Зайцев Пётр Ильич")) {
            try during.recordTrainingAttendance(school.admin, trainingId: teachers.id!, personId: colleague.personId, attended: true)
        }
        let rows = try school.desk.trainings(teacher)
        #expect(rows.map(\.registered) == [1, 1] && rows.map(\.attended) == [1, 0])
        #expect(try school.desk.registrations(school.admin, trainingId: teachers.id!).map(\.attended) == [true])
        _ = try school.desk.cancelTraining(school.admin, trainingId: guardians.id!)
        #expect(throws: DeskError.trainingCancelled) { try school.desk.register(family.guardian, trainingId: guardians.id!) }
    }

    @Test func planningChecksTimesBandsHolidaysAndClashesAndWritesNothingWhenRefused() throws {
        let school = try DeskFixture()
        _ = try school.desk.planTraining(school.admin, plan(.teachers, "2026-12-10"))
        let before = try school.rowCounts()
        #expect(throws: DeskError.invalid(.gradeBand, .notAllowedRole)) {
            try school.desk.planTraining(school.admin, plan(.guardians, "2026-12-11", band: .primary))
        }
        #expect(throws: DeskError.invalid(.capacity, .outOfRange(min: 1, max: 1000))) {
            try school.desk.planTraining(school.admin, plan(.teachers, "2026-12-11", capacity: 0))
        }
        #expect(throws: DeskError.invalid(.trainer, .missing)) {
            try school.desk.planTraining(school.admin, plan(.teachers, "2026-12-11", trainer: " "))
        }
        #expect(throws: JournalError.invalid(.date, .holiday("Новогодние каникулы"))) {
            try school.desk.planTraining(school.admin, plan(.teachers, "2027-01-04"))
        }
        // The same trainer, or the same room, at the same time.
        #expect(throws: JournalError.invalid(.time, .overlaps(DefaultTopics.common))) {
            try school.desk.planTraining(school.admin, plan(.guardians, "2026-12-10", room: "актовый зал"))
        }
        #expect(throws: JournalError.invalid(.time, .overlaps(DefaultTopics.common))) {
            try school.desk.planTraining(school.admin, plan(.guardians, "2026-12-10", trainer: "Полий Т.А."))
        }
        let teacher = try school.staff("Волкова Ирина Петровна", [.subjectTeacher])
        let afterTeacher = try school.rowCounts()
        #expect(throws: DeskError.forbidden(.planTraining)) { try school.desk.planTraining(teacher, plan(.teachers, "2026-12-17")) }
        #expect(try school.rowCounts() == afterTeacher)
        #expect(before["training"] == afterTeacher["training"])
    }

    @Test func eachAudienceIsOfferedTheTopicsOfTheRegulation() throws {
        #expect(
            DefaultTopics.topics(for: .teachers).contains {
                $0.hasPrefix("Оформление тематики уроков в соответствии с календарно-тематическими планами")
            })
        #expect(DefaultTopics.topics(for: .guardians).contains("Отслеживание посещаемости ребёнка / подростка"))
        #expect(DefaultTopics.topics(for: .students).contains("Отслеживание состояния посещаемости"))
        let school = try DeskFixture()
        let training = try school.desk.planTraining(school.admin, plan(.students, "2026-12-10"))
        #expect(training.topic == DefaultTopics.common)
    }

    @Test("H-TRAIN-1: attendance is refused before the training begins and for a cancelled one, and nothing is written")
    func attendanceOnlyForATrainingHeld() throws {
        let school = try DeskFixture()
        let training = try school.desk.planTraining(school.admin, plan(.teachers, "2026-12-10"))
        let cancelled = try school.desk.planTraining(school.admin, plan(.teachers, "2026-12-17"))
        let teacher = try school.staff("Волкова Ирина Петровна", [.subjectTeacher])
        _ = try school.desk.register(teacher, trainingId: training.id!)
        _ = try school.desk.register(teacher, trainingId: cancelled.id!)
        _ = try school.desk.cancelTraining(school.admin, trainingId: cancelled.id!)
        let before = try school.rowCounts()
        for now in ["2026-11-23T10:00:00", "2026-12-10T14:59:00"] {
            #expect(throws: DeskError.trainingNotBegun(school.date("2026-12-10"), school.time("15:00"))) {
                try school.at(now).recordTrainingAttendance(
                    school.admin, trainingId: training.id!, personId: teacher.personId, attended: true)
            }
        }
        #expect(throws: DeskError.trainingCancelled) {
            try school.at("2026-12-17T16:00:00").recordTrainingAttendance(
                school.admin, trainingId: cancelled.id!, personId: teacher.personId, attended: true)
        }
        #expect(try school.rowCounts() == before)
        #expect(try school.desk.registrations(school.admin, trainingId: training.id!).map(\.attended) == [nil])
        try school.at("2026-12-10T15:00:00").recordTrainingAttendance(
            school.admin, trainingId: training.id!, personId: teacher.personId, attended: true)
        #expect(try school.desk.registrations(school.admin, trainingId: training.id!).map(\.attended) == [true])
    }
}

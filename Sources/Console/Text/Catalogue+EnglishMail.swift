import HelpDesk
import JournalCore

/// The desk's mail in English.
extension EnglishCatalogue {
    func mail(_ sentence: MailSentence) -> String {
        switch sentence {
        case .greeting(let name): name.map { "Hello, \($0)," } ?? "Hello,"
        case .signature(let school): "—\nElectronic journal support, \(school).\nThis message was sent automatically."
        case .replyHint(let ticket): "To answer, reply to this message keeping its subject: it carries the ticket number [#\(ticket)]."
        case .ticketTakenSubject(let ticket, let topic): "[#\(ticket)] Ticket received: \(topic)"
        case .ticketTaken(let ticket, let deadline):
            "Your ticket no. \(ticket) was received." + (deadline.map { " It is due by \($0) (counted in working hours)." } ?? "")
        case .ticketReplySubject(let ticket, let topic): "[#\(ticket)] Reply to your ticket: \(topic)"
        case .ticketReply(let ticket): "A specialist replied on ticket no. \(ticket):"
        case .ticketWaitingSubject(let ticket, let topic): "[#\(ticket)] Your answer is needed: \(topic)"
        case .ticketWaiting(let ticket): "On ticket no. \(ticket) the specialist waits for your answer; its clock is paused."
        case .ticketResolvedSubject(let ticket, let topic): "[#\(ticket)] Ticket resolved: \(topic)"
        case .ticketResolved(let ticket):
            "Ticket no. \(ticket) is resolved. If the question remains, reply to this message and it opens again."
        case .rateHint: "Please rate the answer: reply to this message with a digit from 1 to 5 (5 is best) and a comment if you wish."
        case .ticketMergedSubject(let ticket, let topic): "[#\(ticket)] Ticket merged: \(topic)"
        case .ticketMerged(let ticket, let into):
            "Your ticket \(ticket) is about the same as ticket \(into): they were merged. Its answer will reach you too."
        case .ticketInIncidentSubject(let ticket, let topic): "[#\(ticket)] A known problem: \(topic)"
        case .ticketInIncident(let ticket, let incident):
            "Your ticket \(ticket) is part of the known problem \(incident), already being worked on. Everyone will be told when it is solved."
        case .deadlineSubject(let ticket, let passed):
            passed ? "[#\(ticket)] Ticket deadline passed" : "[#\(ticket)] Ticket deadline is near"
        case .deadline(let ticket, let topic, let requester, let deadline, let passed):
            "Ticket no. \(ticket) “\(topic)” from \(requester): "
                + (passed ? "its deadline passed (\(deadline))." : "its deadline is \(deadline).")
                + " Tell the school's administration of the technical problem in time."
        case .mailHeldSubject(let subject): "Re: \(subject)"
        case .mailHeld:
            "We received your message but did not find your address among the school's. To take your request, reply and give:\n1. your organization (school);\n2. your login in the electronic journal;\n3. your account's identifier;\n4. your role (teacher, guardian, student…).\nNever write your password."
        case .bookingSubject(let change, let when):
            switch change {
            case .confirmed: "Consultation booked: \(when)"
            case .moved: "Consultation moved: \(when)"
            case .cancelled: "Consultation cancelled: \(when)"
            case .dayBefore: "Consultation tomorrow: \(when)"
            case .hourBefore: "Consultation in an hour: \(when)"
            }
        case .booking(let change, let toSpecialist):
            switch change {
            case .confirmed: toSpecialist ? "A consultation with you was booked." : "Your consultation is booked."
            case .moved: "The consultation was moved."
            case .cancelled: "The consultation was cancelled."
            case .dayBefore: "A reminder: the consultation is tomorrow."
            case .hourBefore: "A reminder: the consultation is in an hour."
            }
        case .bookingWhen(let when): "When: \(when)"
        case .bookingWith(let name): "Specialist: \(name)"
        case .bookingRequester(let name): "Booked by: \(name)"
        case .bookingRoom(let room): "Where: \(room)"
        case .bookingTopic(let topic): "Question: \(topic)"
        case .bookingMovedFrom(let when): "It was at: \(when)"
        case .bookingReason(let reason): "Reason: \(reason)"
        case .calendarHint: "The invitation is attached: your mail program adds it to your calendar."
        case .trainingSubject(let reminder, let topic, let date):
            (reminder ? "Training reminder, \(date): " : "Training invitation, \(date): ") + topic
        case .training(let reminder, let format, let topic, let date, let time, let room, let trainer):
            (reminder ? "A reminder: tomorrow, " : "You are invited: ")
                + "\(format == .seminar ? "seminar" : "training") “\(topic)”, \(date), \(time)"
                + (room.map { ", \($0)" } ?? "")
                + ". Given by \(trainer).\nRegister: training register NUMBER in the console, or with the journal administrator."
        case .outageSubject(let topic): "The electronic journal is down: \(topic)"
        case .outage(let topic, let description, let opened, let specialist, let ticket):
            "The support desk reports a failure of the electronic journal: \(topic).\n\(description)\n"
                + "Opened: \(opened). Handled by: \(specialist). Ticket no. \(ticket); we will tell you when it works again."
        case .breachSubject(let login): "Credentials leaked: \(login)"
        case .breach(let name, let login, let discovered, let reported, let late, let invalidated, let ticket):
            "A leak of the credentials of account \(login) (\(name)) was reported. Discovered: \(discovered); reported: \(reported)."
                + (late ? " The report came late: more than one working day passed." : "")
                + " The account is locked; operations after the report declared invalid: \(invalidated). Ticket no. \(ticket)."
        case .digestSubject(let from, let to): "The diary's week \(from) — \(to)"
        case .digestIntro(let from, let to): "The electronic diary from \(from) to \(to): marks, homework and absences."
        case .paperSubject(let guardian, let child): "Diary printout for the week: \(child) (for \(guardian))"
        case .paperIntro(let guardian, let from, let to):
            "Guardian \(guardian) declined electronic access: print the week \(from) — \(to) and hand it over (the journal's regulation)."
        case .child(let name, let className): name + (className.map { ", class \($0)" } ?? "")
        case .marksHeading: "Marks"
        case .homeworkHeading: "Homework"
        case .absencesHeading: "Absences and lateness"
        case .nothing: "none"
        case .absence(let late): late ? "late" : "absent"
        case .unsubscribe(let address, let token):
            "To unsubscribe from the digest, reply to this message or write to \(address) with the subject “unsubscribe \(token)”."
        case .messageSubject(let from, let subject): "Message from \(from): \(subject)"
        case .messageIntro(let from): "\(from) wrote to you in the electronic journal:"
        case .messageReplyHint: "Reply in the journal: message reply."
        }
    }
}

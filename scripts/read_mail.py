"""Reads the messages of a folder with Python's `email` package (and their invitations with
`icalendar`) and prints them as JSON, for the tests.

Usage: read_mail.py DIR. Prints a list, one object per *.eml file by name: the decoded From, To,
Subject, Message-ID, In-Reply-To, References, Auto-Submitted, List-Unsubscribe and Date headers,
the defects the parser found, every part's content type and charset, the plain and HTML texts,
and for a text/calendar part its METHOD and the events' UID, SEQUENCE, STATUS, start and end.
"""
import email
import email.policy
import json
import os
import sys

import icalendar


def read(path):
    with open(path, "rb") as handle:
        message = email.message_from_binary_file(handle, policy=email.policy.default)
    result = {
        "file": os.path.basename(path),
        "from": str(message["From"]),
        "to": str(message["To"]),
        "subject": str(message["Subject"]),
        "messageId": str(message["Message-ID"]),
        "inReplyTo": str(message.get("In-Reply-To", "")),
        "references": str(message.get("References", "")),
        "autoSubmitted": str(message.get("Auto-Submitted", "")),
        "listUnsubscribe": str(message.get("List-Unsubscribe", "")),
        "date": message["Date"].datetime.isoformat() if message["Date"] else "",
        "defects": [type(defect).__name__ for part in message.walk() for defect in part.defects],
        "parts": [],
        "text": "",
        "html": "",
        "calendar": None,
    }
    for part in message.walk():
        if part.is_multipart():
            result["parts"].append(part.get_content_type())
            continue
        result["parts"].append(f"{part.get_content_type()}; charset={part.get_content_charset()}")
        content = part.get_content()
        if part.get_content_type() == "text/plain" and not result["text"]:
            result["text"] = content
        elif part.get_content_type() == "text/html" and not result["html"]:
            result["html"] = content
        elif part.get_content_type() == "text/calendar":
            calendar = icalendar.Calendar.from_ical(content)
            events = [
                {
                    "uid": str(event.get("UID")),
                    "sequence": int(event.get("SEQUENCE", 0)),
                    "status": str(event.get("STATUS", "")),
                    "start": event.decoded("DTSTART").isoformat(),
                    "end": event.decoded("DTEND").isoformat(),
                    "organizer": str(event.get("ORGANIZER", "")),
                    "attendee": str(event.get("ATTENDEE", "")),
                }
                for event in calendar.walk("VEVENT")
            ]
            result["calendar"] = {
                "method": str(calendar.get("METHOD")),
                "partMethod": part.get_param("method"),
                "events": events,
            }
    return result


def main(folder):
    names = sorted(name for name in os.listdir(folder) if name.endswith(".eml"))
    print(json.dumps([read(os.path.join(folder, name)) for name in names], ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1])

"""Reads an iCalendar file with the `icalendar` package and prints its events as JSON, for the tests.

Usage: check_ics.py FILE. Prints {"errors": [...], "events": [...]}; every event with its UID,
summary, status, start and end (ISO 8601 with the UTC offset), RRULE and EXDATE values.
"""
import json
import sys

import icalendar


def main(path):
    with open(path, "rb") as handle:
        calendar = icalendar.Calendar.from_ical(handle.read())
    errors = []
    events = []
    for component in calendar.walk():
        errors.extend(f"{component.name}: {error}" for error in getattr(component, "errors", []))
        if component.name != "VEVENT":
            continue
        exdates = []
        for value in component.get("EXDATE", []) if isinstance(component.get("EXDATE"), list) else [component.get("EXDATE")] if component.get("EXDATE") else []:
            exdates.extend(entry.dt.isoformat() for entry in value.dts)
        events.append({
            "uid": str(component.get("UID")),
            "summary": str(component.get("SUMMARY")),
            "status": str(component.get("STATUS", "")),
            "location": str(component.get("LOCATION", "")),
            "start": component.decoded("DTSTART").isoformat(),
            "end": component.decoded("DTEND").isoformat(),
            "rrule": component.get("RRULE").to_ical().decode() if component.get("RRULE") else "",
            "exdate": exdates,
            "dtstamp": "DTSTAMP" in component,
        })
    print(json.dumps({"errors": errors, "events": events}, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1])

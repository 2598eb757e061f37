"""Reads a printable document the product wrote, with html5lib (the WHATWG HTML5 parsing
algorithm, as browsers parse), and prints what a reader sees as JSON: the title, the language,
each table as rows of cell texts, each paragraph, each slip section's fields, and how many
parse errors html5lib found."""
import json
import sys

import html5lib


def text(element):
    return " ".join("".join(element.itertext()).split())


def main(path):
    with open(path, "rb") as file:
        parser = html5lib.HTMLParser(namespaceHTMLElements=False)
        document = parser.parse(file)
    tables = [[[text(cell) for cell in row if cell.tag in ("td", "th")] for row in table.iter("tr")]
              for table in document.iter("table")]
    slips = []
    for section in document.iter("section"):
        if "slip" not in section.get("class", "").split():
            continue
        fields = {text(row.find("th")): text(row.find("td")) for row in section.iter("tr")}
        paragraphs = [text(p) for p in section.iter("p")]
        slips.append({"school": paragraphs[0], "name": paragraphs[1], "fields": fields, "notes": paragraphs[2:]})
    print(json.dumps({
        "language": document.get("lang"),
        "title": text(document.find("head/title")),
        "tables": tables,
        "paragraphs": [text(p) for p in document.iter("p")],
        "slips": slips,
        "errors": len(parser.errors),
    }, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1])

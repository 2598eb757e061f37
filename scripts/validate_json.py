"""Validates console documents against the JSON Schemas `helpdesk schema` prints (jsonschema,
draft 2020-12).

Usage: validate_json.py SCHEMAS.json DOCUMENTS.jsonl
SCHEMAS.json: every command's schema by name. DOCUMENTS.jsonl: one {"line", "document"} per
line. Prints a JSON array of problems ({"line", "command", "path", "problem"}); each schema
is first checked to be a valid schema itself.
"""
import json
import sys

from jsonschema import Draft202012Validator


def main(schemas_path, documents_path):
    with open(schemas_path, encoding="utf-8") as handle:
        schemas = json.load(handle)
    problems = []
    validators = {}
    for name, schema in schemas.items():
        try:
            Draft202012Validator.check_schema(schema)
            validators[name] = Draft202012Validator(schema)
        except Exception as error:  # a schema that is no schema is itself a problem
            problems.append({"line": "", "command": name, "path": "", "problem": f"invalid schema: {error}"})
    with open(documents_path, encoding="utf-8") as handle:
        for raw in handle:
            if not raw.strip():
                continue
            entry = json.loads(raw)
            document = entry["document"]
            command = document.get("command")
            validator = validators.get(command)
            if validator is None:
                if document.get("ok") is True and "result" in document:
                    problems.append({"line": entry["line"], "command": command, "path": "", "problem": "a result without its command"})
                continue
            for error in validator.iter_errors(document):
                # oneOf: the branch for a done document says what is wrong.
                reasons = [error]
                if error.validator == "oneOf" and error.context:
                    branch = 0 if document.get("ok") is True else 1
                    reasons = [e for e in error.context if e.schema_path and e.schema_path[0] == branch] or [error]
                for reason in reasons:
                    problems.append({
                        "line": entry["line"],
                        "command": command,
                        "path": "/".join(str(part) for part in reason.absolute_path),
                        "problem": reason.message[:300],
                    })
    print(json.dumps(problems, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])

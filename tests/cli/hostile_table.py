"""The table of hostile inputs for every ``desktop`` command (issue 8, item 4): what a careless or
hostile user types. Each case is argv with placeholders filled by the walker:
``{db}`` the demo database URL, ``{tmp}`` a scratch folder, ``{json:NAME}`` a prepared input file.

Every leaf command of the parser must have at least one row here (the walk test checks), so a new
command cannot ship without being tried.
"""

from __future__ import annotations

# Bad JSON record files: (name, bytes). Each must be refused with one line, exit 2, nothing written.
BAD_JSON_FILES: dict[str, bytes] = {
    "not_utf8": "{\"purpose\": \"培训\"}".encode("gb18030"),
    "not_json": b"{purpose: training",
    "list_top": b"[]",
    "string_top": b"\"x\"",
    "meals_text": b'{"meals": "x", "guests": "x", "days": "x", "travellers": "x"}',
    "deep": b"[" * 100_000 + b"]" * 100_000,
    "deep_object": b'{"a":' * 50_000 + b"1" + b"}" * 50_000,
    "empty": b"",
    "nul": b'{"purpose": "\x00"}',
    "huge": b'{"purpose": "' + b"x" * (5 * 1024 * 1024) + b'"}',
    "floats": b'{"purpose": 1e999, "start": 1.5, "end": -0.0}',
    "bom_garbage": b"\xef\xbb\xbf\xff\xfe",
}

# Bad paths for a JSON input file.
BAD_INPUT_PATHS = ["{tmp}/missing.json", "{tmp}", "/proc/self/mem", "/dev/null"]

# Bad output paths: a folder, a missing folder, a full disk, /proc, a special file.
BAD_OUTPUT_PATHS = ["{tmp}", "{tmp}/no/such/folder/x.out", "/dev/full", "/proc/nope/x.out", "/proc/version"]

# Bad output folders (gallery, backup): an existing file, a special file, a place that cannot be created.
BAD_OUTPUT_FOLDERS = ["{tmp}/garbage.sqlite3", "/dev/full", "/proc/nope/x", "/proc/version"]

# Bad record ids and dates (argparse types: usage error, exit 2).
BAD_IDS = ["0", "-1", "99999999999999999999999", "abc", "1.5", "１２", ""]
MISSING_ID = "987654"
BAD_DATES = ["2026-13-01", "yesterday", "１９９９-01-01", "0000-00-00", ""]

# Bad databases for --db.
BAD_DATABASES = ["sqlite:///{tmp}/does-not-exist.sqlite3", "mysql://x/y", "not a url at all", "sqlite:///{tmp}",
                 "sqlite:///{tmp}/garbage.sqlite3", "postgresql+psycopg://nobody@127.0.0.1:1/none"]

# Commands and a sensible base argv for each (who acts, what the record is). A command's hostile
# variations are derived from which placeholders the base uses: {file} → BAD_JSON_FILES and
# BAD_INPUT_PATHS; {out} → BAD_OUTPUT_PATHS; {outdir} → BAD_OUTPUT_FOLDERS (the base itself is not run:
# a whole gallery or backup is tested elsewhere); {id} → BAD_IDS and MISSING_ID; {date} → BAD_DATES.
COMMANDS: dict[str, list[str]] = {
    "start": [],  # opens the GUI: only --db variations, run without a display is not tried here
    "init": ["init", "--db", "{db}", "--bureau-name", "x", "--bureau-code", "x"],
    "demo": ["demo", "--db", "{db}"],
    "selftest": [],
    "gallery": ["gallery", "--out", "{outdir}"],
    "verify": ["verify", "{file}", "--db", "{db}"],
    "identity enrol": ["identity", "enrol", "{id}", "--user", "admin", "--new-passphrase-env", "NEWPP",
                       "--ca-passphrase-env", "CAPP"],
    "identity revoke": ["identity", "revoke", "{id}", "--user", "admin"],
    "identity change-passphrase": ["identity", "change-passphrase", "--user", "wufang", "--old-passphrase-env", "CAPP",
                                   "--new-passphrase-env", "NEWPP"],
    "identity root": ["identity", "root", "--out", "{out}"],
    "seal list": ["seal", "list", "--user", "hexue", "--kind", "\u202eevil\n"],
    "seal request-engraving": ["seal", "request-engraving", "--user", "zhoumin", "--kind", "administrative",
                               "--name", "x" * 100_000, "--reason", "\x07\r\n"],
    "seal record-filing": ["seal", "record-filing", "{id}", "--user", "zhoumin", "--filing-no", "x",
                           "--date", "{date}", "--engraving-unit", "x"],
    "seal enable": ["seal", "enable", "{id}", "--user", "zhoumin", "--custodian", "nobody'; DROP TABLE seals;--",
                    "--date", "{date}"],
    "seal assign": ["seal", "assign", "--user", "zhoumin", "--name", "\x00", "--custodian", "hexue"],
    "seal handover": ["seal", "handover", "{id}", "--user", "zhoumin", "--to", "chenjing", "--reason", "x",
                      "--until", "{date}", "--sheet", "{out}"],
    "seal take-out": ["seal", "take-out", "{id}", "--user", "zhoumin", "--purpose", "x", "--back", "{date}",
                      "--person", "hexue", "--person", "nobody'; DROP TABLE seals;--"],
    "seal take-out-record": ["seal", "take-out-record", "{id}", "--user", "zhoumin"],
    "calendar list": ["calendar", "list", "2026", "--user", "gaoyuan"],
    "calendar set": ["calendar", "set", "{date}", "holiday", "--user", "admin", "--name", "\u202eevil\n"],
    "calendar import": ["calendar", "import", "{file}", "--user", "admin"],
    "seal apply": ["seal", "apply", "{id}", "--user", "hexue", "--out", "{out}"],
    "seal export": ["seal", "export", "{id}", "--user", "huanglei", "--out", "{out}"],
    "seal report-lost": ["seal", "report-lost", "{id}", "--user", "zhoumin", "--note", "\u202e"],
    "seal crl": ["seal", "crl", "--user", "zhoumin", "--out", "{out}", "--ca-passphrase-env", "CAPP"],
    "seal register": ["seal", "register", "uses", "--user", "hexue", "--xlsx", "{out}"],
    "audit verify": ["audit", "verify", "--db", "{db}"],
    "audit list": ["audit", "list", "--user", "admin", "--limit", "99999999999"],
    "audit checkpoint": ["audit", "checkpoint", "--user", "machao", "--reason", "daily", "--out", "{out}"],
    "audit reanchor": ["audit", "reanchor", "--db", "{db}", "--reason", "\u202e\x00", "--ca-passphrase-env", "CAPP"],
    "approvals pending": ["approvals", "pending", "--user", "nobody\n"],
    "approvals list": ["approvals", "list", "--user", "gaoyuan", "--kind", "'; DROP TABLE documents;--"],
    "approvals create": ["approvals", "create", "--user", "gaoyuan", "--kind", "expense_claim", "--title", "x",
                         "--purpose", "\u202e用途", "--amount", "1e30", "--days", "{id}"],
    "approvals submit": ["approvals", "submit", "{id}", "--user", "gaoyuan"],
    "approvals approve": ["approvals", "approve", "{id}", "--user", "wufang", "--decision", "{id}"],
    "approvals return": ["approvals", "return", "{id}", "--user", "wufang", "--reason", ""],
    "approvals reject": ["approvals", "reject", "{id}", "--user", "wufang", "--opinion", "x" * 100_000],
    "approvals archive": ["approvals", "archive", "{id}", "--user", "wufang"],
    "approvals pdf": ["approvals", "pdf", "{id}", "--user", "wufang", "--out", "{out}"],
    "approvals export-pdfs": ["approvals", "export-pdfs", "{id}", "--user", "wufang", "--out-dir", "{tmp}/pdfs"],
    "approvals decision": ["approvals", "decision", "--user", "zhoumin", "--meeting-type", "\r\n",
                           "--minute-no", "x" * 5000, "--date", "{date}"],
    "travel quote": ["travel", "quote", "<{file}"],
    "travel trip create": ["travel", "trip", "create", "--user", "gaoyuan", "{file}"],
    "travel claim create": ["travel", "claim", "create", "--user", "gaoyuan", "{id}", "{file}"],
    "travel claim preview": ["travel", "claim", "preview", "--user", "gaoyuan", "{id}", "{file}"],
    "travel pay": ["travel", "pay", "{id}", "--user", "chenjing", "--method", "cash", "--date", "{date}"],
    "reception create": ["reception", "create", "--user", "gaoyuan", "{file}"],
    "reception list": ["reception", "list", "--user", "gaoyuan", "{id}", "{file}"],
    "reception pay": ["reception", "pay", "{id}", "--user", "chenjing", "--method", "cash"],
    "vehicle create": ["vehicle", "create", "--user", "gaoyuan", "{file}"],
    "vehicle dispatch": ["vehicle", "dispatch", "{id}", "--user", "zhoumin", "{file}"],
    "vehicle pay": ["vehicle", "pay", "{id}", "--user", "chenjing", "--method", "bank_transfer"],
    "meeting create": ["meeting", "create", "--user", "gaoyuan", "{file}"],
    "meeting claim": ["meeting", "claim", "--user", "gaoyuan", "{id}", "{file}"],
    "meeting plan": ["meeting", "plan", "--user", "zhoumin", "{file}"],
    "meeting pay": ["meeting", "pay", "{id}", "--user", "chenjing", "--method", "official_card"],
    "report spending": ["report", "spending", "--user", "wufang", "--out", "{out}", "--year", "99999"],
    "report meeting-plan": ["report", "meeting-plan", "--user", "wufang", "--out", "{out}"],
    "report meetings": ["report", "meetings", "--user", "wufang", "--out", "{out}", "--pdf", "{out}"],
    "preset show": ["preset", "show", "--user", "admin"],
    "preset apply": ["preset", "apply", "P-999\n", "--user", "admin"],
    "preset set-parameter": ["preset", "set-parameter", "collective_threshold", "1e9", "--user", "admin"],
    "preset set-chain": ["preset", "set-chain", "expense_claim", "{file}", "--user", "admin"],
    "preset set-standards": ["preset", "set-standards", "travel", "{file}", "--user", "admin"],
    "backup": ["backup", "--user", "admin", "--to", "{outdir}"],
    "restore": ["restore", "{file}", "--user", "admin", "--check"],
    "org add-department": ["org", "add-department", "\u202e办公室\n", "--user", "admin"],
    "org add-staff": ["org", "add-staff", "x" * 100_000, "--user", "admin", "--department", "{id}"],
    "org assign": ["org", "assign", "{id}", "no_such_position", "--user", "admin"],
    "org create-account": ["org", "create-account", "{id}", "bad name\n", "--user", "admin",
                           "--new-password-env", "NEWPP"],
    "bank import": ["bank", "import", "1011\n", "{file}", "--period", "2026-11", "--user", "chenjing"],
    "bank match": ["bank", "match", "1011", "--period", "2026-11", "--user", "chenjing", "--pair", "1:x"],
    "bank reconcile": ["bank", "reconcile", "1011", "--period", "2026-11", "--user", "zhenglj", "--xlsx", "{out}"],
    "books print trial-balance": ["books", "print", "trial-balance", "--period", "2026", "--user", "zhenglj",
                                  "--out", "{out}"],
    "books print journal": ["books", "print", "journal", "bank", "--period", "2026-11", "--user", "zhenglj",
                            "--out", "{out}"],
    "books trial-balance": ["books", "trial-balance", "--period", "2026", "--user", "zhenglj", "--json"],
    "books ledger": ["books", "ledger", "'; DROP TABLE vouchers;--", "--period", "2026", "--user", "zhenglj",
                     "--limit", "99999999"],
    "books journal": ["books", "journal", "cash", "--period", "2026-00", "--user", "zhenglj"],
    "books general-ledger": ["books", "general-ledger", "１００２", "--year", "99999", "--user", "zhenglj"],
    "books accounts": ["books", "accounts", "--user", "chenjing", "--json"],
    "books account add": ["books", "account", "add", "1001", "100101", "\u202e现金\n", "--user", "zhenglj"],
    "books voucher make": ["books", "voucher", "make", "--user", "zhenglj", "{file}"],
    "books voucher show": ["books", "voucher", "show", "{id}", "--user", "zhenglj"],
    "books voucher list": ["books", "voucher", "list", "--user", "zhenglj", "--period", "2026", "--text", "%'_\x00"],
    "books voucher post": ["books", "voucher", "post", "{id}", "--user", "zhenglj"],
    "books voucher reverse": ["books", "voucher", "reverse", "{id}", "--date", "{date}", "--reason", "x" * 5000,
                              "--user", "zhenglj"],
    "books voucher void": ["books", "voucher", "void", "{id}", "--reason", "\x00", "--user", "zhenglj"],
    "books close": ["books", "close", "2026-13", "--user", "zhenglj"],
    "books reopen": ["books", "reopen", "2026-11", "--reason", "", "--user", "wufang"],
    "books day-close": ["books", "day-close", "1001", "--date", "{date}", "--counted", "1e30", "--user", "chenjing"],
    "books check": ["books", "check", "--user", "zhenglj"],
    "books import openings": ["books", "import", "openings", "{file}", "--period", "2026", "--user", "zhenglj"],
    "books import vouchers": ["books", "import", "vouchers", "{file}", "--user", "zhenglj"],
    "books import template": ["books", "import", "template", "vouchers", "--out", "{out}"],
    "claims claim create": ["claims", "claim", "create", "--user", "huanglei", "{file}", "--submit"],
    "claims claim show": ["claims", "claim", "show", "{id}", "--user", "huanglei"],
    "claims claim list": ["claims", "claim", "list", "--user", "admin"],
    "claims claim attach": ["claims", "claim", "attach", "{id}", "/dev/null", "--kind", "explanation", "--user", "huanglei"],
    "claims budget create": ["claims", "budget", "create", "{file}", "--user", "wufang"],
    "claims budget update": ["claims", "budget", "update", "{id}", "{file}", "--user", "wufang"],
    "claims budget list": ["claims", "budget", "list", "--year", "99999999", "--user", "chenjing"],
    "claims advance request": ["claims", "advance", "request", "--user", "huanglei", "{file}"],
    "claims advance issue": ["claims", "advance", "issue", "{id}", "--method", "cash", "--account", "'--",
                             "--date", "{date}", "--user", "chenjing"],
    "claims advance list": ["claims", "advance", "list", "--user", "huanglei"],
    "claims pay": ["claims", "pay", "{id}", "--method", "cash", "--date", "{date}", "--account", "\x00",
                   "--to-own-account", "--user", "chenjing"],
    "claims awaiting": ["claims", "awaiting", "--limit", "-1", "--user", "chenjing"],
    "claims proposal": ["claims", "proposal", "{id}", "--user", "chenjing"],
    "claims make-voucher": ["claims", "make-voucher", "{id}", "--lines", "{file}", "--user", "zhenglj"],
}

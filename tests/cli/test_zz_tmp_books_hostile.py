import tests.cli.test_hostile_inputs as h


def test_books_rows_only(templates, tmp_path, capsys, monkeypatch):
    rows = {k: v for k, v in h.COMMANDS.items() if k.startswith("books ") and " print " not in k}
    monkeypatch.setattr(h, "COMMANDS", rows)
    h.test_every_command_answers_hostile_input_cleanly(templates, tmp_path, capsys, monkeypatch)

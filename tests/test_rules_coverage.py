"""Every rule of the catalogue is enforced and named in a test, or listed as outside the app with a reason
(issue 12 item 8). `python3 dev.py rules` writes docs/rules-coverage.md from the same reading."""

from __future__ import annotations

import pytest

import rules_coverage as rc


def test_every_catalogue_id_is_enforced_and_tested_or_outside_with_a_reason() -> None:
    rows = rc.coverage()
    assert len(rows) >= 182, "the catalogue snapshot lost rules"
    neither = [f"{r.rule_id} ({'named in the product' if r.enforced_in else 'named nowhere in the product'}, "
               f"{'tested' if r.tests else 'no test'})" for r in rows if not r.enforced and not r.outside]
    assert not neither, "in neither column — enforce and test them, or give docs/rules-outside.csv a reason: " + \
        "; ".join(neither)


def test_the_outside_list_names_only_catalogue_rules_not_yet_enforced() -> None:
    rows = {r.rule_id: r for r in rc.coverage()}
    listed = rc.outside()
    unknown = sorted(set(listed) - set(rows))
    assert not unknown, f"docs/rules-outside.csv lists IDs the catalogue does not have: {unknown}"
    now_enforced = sorted(r for r in listed if rows[r].enforced)
    assert not now_enforced, f"enforced and tested now — take them off docs/rules-outside.csv: {now_enforced}"
    assert all(len(reason.strip()) >= 15 for reason in listed.values()), "a reason says why, in a sentence"


def test_snapshot_matches_the_catalogue_beside_the_clone() -> None:
    if not rc.CATALOGUE.exists():
        pytest.skip("../shared/domain/RULES.md is not beside this clone")
    assert [r for r, _ in rc.catalogue()] == [r for r, _ in rc.parse_catalogue(rc.CATALOGUE.read_text("utf-8"))]


def test_a_rule_counts_as_enforced_only_with_both_a_product_mention_and_a_test() -> None:
    row = rc.Coverage("SEAL-99", "x", enforced_in=["desktop/a.py"], tests=[])
    assert not row.enforced
    row.tests.append("tests/test_a.py::test_a")
    assert row.enforced


def test_catalogue_rows_and_ambiguity_defaults_are_read() -> None:
    text = ("| SEAL-01 | One custodian per seal. | 「x」 | 000.txt |\n"
            "| F-01 | form | | |\n"
            "- **AMB-01 Boundaries.** at the number\n"
            "| VOUCH-08 | ⚙ **Configurable per bureau** — Collective threshold. | 「y」 | 001.txt |\n")
    assert rc.parse_catalogue(text) == [("SEAL-01", "One custodian per seal"), ("AMB-01", "Boundaries"),
                                       ("VOUCH-08", "⚙ Collective threshold")]

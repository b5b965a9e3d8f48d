"""scripts/api_compat.py on webhooks (what we send, held to an answer's rules), the intended-changes file and
the command line."""

import json
from pathlib import Path

import pytest
from api_compat import judge, load_intended, main

from .compat_documents import LOANS, STRING, Doc, changed, document, ids, obj

# Webhooks (what we send: held to an answer's rules) ---------------------------------------------------------------

def hook(schema: Doc) -> Doc:
    return {"post": {"requestBody": {"content": {"application/json": {"schema": schema}}},
                     "responses": {"200": {"description": "received"}}}}


def test_a_removed_webhook_or_payload_field_is_breaking_and_a_new_field_is_not() -> None:
    old = document(webhooks={"loan.referred": hook(obj(id=STRING, amount=STRING))})
    assert ids(old, document()) == ["removed-webhook loan.referred"]
    assert ids(old, document(webhooks={"loan.referred": {"put": hook(obj())["post"]}})) == [
        "removed-webhook loan.referred POST"]
    assert ids(old, document(webhooks={"loan.referred": hook(obj(id=STRING))})) == [
        "removed-response-field webhook loan.referred body.amount"]
    assert ids(old, document(webhooks={"loan.referred": hook(obj(id=STRING, amount=STRING, x=STRING))})) == []


# The intended-changes file ---------------------------------------------------------------------------------------

INTENDED = """
[[change]]
id = "removed-enum-value components.schemas.ApplicationStatus written_off"
reason = "A written-off loan is settled by the bank; the state never happened in production."
date = 2026-07-01
"""


def test_an_intended_change_silences_exactly_its_id(tmp_path: Path) -> None:
    (tmp_path / "intended.toml").write_text(INTENDED)
    new = changed(LOANS, "components/schemas/ApplicationStatus/enum", ["referred"])
    verdict = judge(LOANS, new, load_intended(tmp_path / "intended.toml"))
    assert [c.id for c in verdict.intended] == [
        "removed-enum-value components.schemas.ApplicationStatus written_off"]
    assert [c.id for c in verdict.unintended] == [
        "removed-enum-value components.schemas.ApplicationStatus disbursed"]
    assert not verdict.passed


def test_an_intended_change_that_no_longer_occurs_fails_as_stale(tmp_path: Path) -> None:
    (tmp_path / "intended.toml").write_text(INTENDED)
    verdict = judge(LOANS, LOANS, load_intended(tmp_path / "intended.toml"))
    assert verdict.unintended == [] and verdict.stale == [
        "removed-enum-value components.schemas.ApplicationStatus written_off"]
    assert not verdict.passed and "no longer occur" in verdict.report()


def test_the_intended_file_may_be_json(tmp_path: Path) -> None:
    (tmp_path / "intended.json").write_text(json.dumps({"changes": [
        {"id": "removed-operation GET /api/v1/loans/loans", "reason": "moved to /api/v2", "date": "2026-07-01"}]}))
    assert judge(LOANS, document(), load_intended(tmp_path / "intended.json")).passed


@pytest.mark.parametrize(("entry", "refusal"), [
    ('id = "x"\ndate = 2026-07-01', "needs an id and a reason"),
    ('id = "x"\nreason = " "\ndate = 2026-07-01', "needs an id and a reason"),
    ('id = "x"\nreason = "r"\ndate = "July"', "the date must be YYYY-MM-DD"),
])
def test_an_intended_change_needs_a_reason_and_a_date(tmp_path: Path, entry: str, refusal: str) -> None:
    (tmp_path / "intended.toml").write_text(f"[[change]]\n{entry}\n")
    with pytest.raises(ValueError, match=refusal):
        load_intended(tmp_path / "intended.toml")


def test_the_command_line_lists_the_changes_and_fails(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "old.json").write_text(json.dumps(LOANS))
    (tmp_path / "new.json").write_text(json.dumps(document()))
    assert main([str(tmp_path / "old.json"), str(tmp_path / "new.json")]) == 1
    assert "removed-operation GET /api/v1/loans/loans" in capsys.readouterr().out
    assert main([str(tmp_path / "old.json"), str(tmp_path / "old.json")]) == 0
    assert "no breaking changes" in capsys.readouterr().out

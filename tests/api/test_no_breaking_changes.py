"""/api/v1 changes only additively: the merged API reference (`make client` writes it) against the previous
release's committed copy, `api/openapi-v1.release.json`. A breaking change fails here, each one listed by its id,
unless `api/intended-changes.toml` records it with a reason and a date. The README's "API versioning" says how a
release refreshes the copy."""

import json
from pathlib import Path
from typing import Any

from api_compat import judge, load_intended

ROOT = Path(__file__).resolve().parents[2]
RELEASED = ROOT / "api" / "openapi-v1.release.json"
CURRENT = ROOT / "gateway" / "gateway" / "reference" / "openapi.json"
INTENDED = ROOT / "api" / "intended-changes.toml"


def load(path: Path) -> dict[str, Any]:
    document: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return document


def test_api_v1_has_no_unintended_breaking_change() -> None:
    verdict = judge(load(RELEASED), load(CURRENT), load_intended(INTENDED))
    assert verdict.passed, (
        f"{RELEASED.relative_to(ROOT)} -> {CURRENT.relative_to(ROOT)}:\n{verdict.report()}\n"
        f"Make the change additively (a new field, route or version beside the old, the old marked with "
        f"chassis.versioning.deprecated), or record each id in {INTENDED.relative_to(ROOT)} with a reason and a date.")


def test_the_released_copy_is_the_merged_v1_api() -> None:
    released = load(RELEASED)
    assert released["openapi"].startswith("3.1")
    for prefix in ("/api/v1/auth/", "/api/v1/loans/", "/api/v1/products/", "/api/v1/training/", "/api/v1/volunteers/"):
        assert any(path.startswith(prefix) for path in released["paths"]), f"nothing under {prefix}"

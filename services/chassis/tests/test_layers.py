from pathlib import Path

from chassis.layers import cycles, folder_imports


def package(tmp_path: Path, files: dict[str, str]) -> Path:
    root = tmp_path / "svc"
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return root


def test_folders_and_top_level_modules_are_the_units(tmp_path: Path) -> None:
    root = package(tmp_path, {
        "main.py": "from svc.loans.router import router\nimport svc.claims.service\n",
        "loans/router.py": "from svc.applications import queries\nfrom svc.loans.models import Loan\n",
        "applications/queries.py": "from svc.deps import Participant\nfrom chassis.db import SessionDep\n",
        "deps.py": "",
    })
    assert folder_imports(root) == {"main": {"loans", "claims"}, "loans": {"applications"},
                                    "applications": {"deps"}, "deps": set()}


def test_a_two_way_tie_and_a_longer_loop_are_both_found(tmp_path: Path) -> None:
    uses = {"applications": {"loans", "policies"}, "loans": {"applications"}, "policies": set(),
            "claims": {"stats"}, "stats": {"reports"}, "reports": {"claims"}}
    assert cycles(uses) == [["applications", "loans", "applications"], ["claims", "stats", "reports", "claims"]]


def test_a_house_with_every_folder_above_what_it_uses_has_no_cycle() -> None:
    assert cycles({"main": {"loans", "applications"}, "loans": {"applications"}, "applications": set()}) == []

"""Every Excel export goes through `chassis.excel`, which writes what users typed as text, never as a
formula: no other module of a service or the gateway may write workbooks itself."""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = [ROOT / "services" / name / name for name in ("chassis", "loans", "products", "training", "volunteers")]
PACKAGES.append(ROOT / "gateway" / "gateway")
ALLOWED = {ROOT / "services" / "chassis" / "chassis" / "excel.py"}


def spreadsheet_writers(path: Path) -> list[str]:
    """Spreadsheet libraries the module imports, and CSV writers it makes (reading CSV data is fine)."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            names = [node.module or ""]
        elif isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.Attribute) and node.attr in ("writer", "DictWriter"):
            names = [f"csv.{node.attr}"] if isinstance(node.value, ast.Name) and node.value.id == "csv" else []
        else:
            names = []
        found += [name for name in names if name.split(".")[0] in ("openpyxl", "xlsxwriter", "xlwt", "csv")
                  and not (isinstance(node, (ast.Import, ast.ImportFrom)) and name == "csv")]
    return found


def test_no_module_but_chassis_excel_writes_a_spreadsheet() -> None:
    offenders = {str(path.relative_to(ROOT)): names for package in PACKAGES for path in package.rglob("*.py")
                 if path not in ALLOWED and (names := spreadsheet_writers(path))}
    assert offenders == {}

"""The house a package's imports draw: which of its folders (and top-level modules) use which.

Every folder of a service stands above what it uses and below what uses it. A cycle (applications use loans
and loans use applications) means two folders that cannot be read, tested or changed apart; `cycles` finds
each one, so a test can fail on it with the loop spelled out.
"""

import ast
from collections.abc import Iterator
from pathlib import Path


def folder_imports(package_dir: Path) -> dict[str, set[str]]:
    """For each folder or top-level module of the package, the other ones it imports (type-only imports too)."""
    package = package_dir.name
    uses: dict[str, set[str]] = {}
    for path in sorted(package_dir.rglob("*.py")):
        parts = path.relative_to(package_dir).parts
        unit = parts[0] if len(parts) > 1 else path.stem
        found = uses.setdefault(unit, set())
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                modules = [node.module]
            elif isinstance(node, ast.Import):
                modules = [alias.name for alias in node.names]
            else:
                continue
            for module in modules:
                top, _, rest = module.partition(".")
                other = rest.partition(".")[0]
                if top == package and other and other != unit:
                    found.add(other)
    return uses


def cycles(uses: dict[str, set[str]]) -> list[list[str]]:
    """Each group of units that import one another, directly or around a loop (Tarjan's strongly connected
    components of two or more), as a path that closes on its first unit."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(unit: str) -> None:
        index[unit] = low[unit] = len(index)
        stack.append(unit)
        on_stack.add(unit)
        for other in sorted(uses.get(unit, ())):
            if other not in index:
                visit(other)
                low[unit] = min(low[unit], low[other])
            elif other in on_stack:
                low[unit] = min(low[unit], index[other])
        if low[unit] == index[unit]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == unit:
                    break
            if len(group) > 1:
                groups.append(_loop(sorted(group), uses))

    for unit in sorted(uses):
        if unit not in index:
            visit(unit)
    return groups


def _loop(group: list[str], uses: dict[str, set[str]]) -> list[str]:
    """A path through the group from its first unit back to it, to show in a failure."""
    members = set(group)
    start = group[0]
    for path in _paths(start, start, members, uses, [start]):
        return path
    return [*group, start]


def _paths(node: str, goal: str, members: set[str], uses: dict[str, set[str]], path: list[str]) -> Iterator[list[str]]:
    for other in sorted(uses.get(node, set()) & members):
        if other == goal:
            yield [*path, goal]
        elif other not in path:
            yield from _paths(other, goal, members, uses, [*path, other])

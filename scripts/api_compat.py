"""Breaking changes between two OpenAPI 3.1 documents: the check behind /api/v1's promise to change only additively.

    python scripts/api_compat.py OLD.json NEW.json [--intended api/intended-changes.toml]

Each breaking change has a stable id (`removed-operation GET /api/v1/loans/loans`); the intended-changes file lists
the ids a change makes on purpose, each with a reason and a date, and silences exactly those. Pure functions: dicts
in, changes out (`breaking_changes`), so `tests/api` uses them directly.

What breaks a client, and so is listed:
- an operation or a webhook gone; a 2xx answer or one of its media types gone; a request media type gone;
- a property gone from a 2xx JSON answer or a webhook's payload (what we send): `removed-response-field`;
- a new required request field, parameter or body (an optional one becoming required counts);
- a request field gone where the model refuses unknown fields (`additionalProperties: false`, our `extra="forbid"`):
  a client still sending it would get a 422. Gone from a model that ignores unknown fields, it is harmless;
- an enum value gone, wherever a schema is reachable from an operation (request, answer of any status, webhook),
  named by the component that holds it (`components.schemas.ApplicationStatus`) when there is one;
- a type that a request no longer accepts, or that an answer may now be (`null` added to an answer's field), and a
  request value now restricted to an enum.
What does not: new paths, operations, optional fields and parameters, answer fields, enum values (clients must
accept values they do not know), a parameter gone (unknown query parameters are ignored).

Schemas are compared side by side (`api_schemas.py`): `$ref`s resolved on each side (a renamed component is the
same schema), through arrays, `allOf`/`anyOf`/`oneOf` (their properties taken together), nested objects and
`additionalProperties`, at most `MAX_DEPTH` deep and never twice round the same cycle of components.
"""

import argparse
import json
import re
import sys
import tomllib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from api_schemas import MAX_DEPTH, REF, Change, Document, Schema, Walk, compare

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_TEMPLATE = re.compile(r"\{[^}/]*\}")


@dataclass(frozen=True)
class Intended:
    id: str
    reason: str
    date: date


# Operations ------------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Operation:
    path: str  # as written, `{loan_id}` and all
    item: Mapping[str, Any]  # the path item: parameters shared by its operations
    operation: Mapping[str, Any]


def _operations(document: Document) -> dict[tuple[str, str], Operation]:
    """By (METHOD, the path with its parameters unnamed)."""
    found = {}
    for path, item in document.get("paths", {}).items():
        for method in METHODS:
            operation = item.get(method)
            if isinstance(operation, Mapping):
                found[(method.upper(), _TEMPLATE.sub("{}", path))] = Operation(path, item, operation)
    return found


def _resolve(node: Any, document: Document) -> Any:
    """A `$ref` to a parameter, request body or response component."""
    for _ in range(MAX_DEPTH):
        ref = node.get("$ref") if isinstance(node, Mapping) else None
        if not isinstance(ref, str) or not ref.startswith("#/components/") or ref.startswith(REF):
            return node
        section, name = ref.removeprefix("#/components/").split("/", 1)
        node = document.get("components", {}).get(section, {}).get(name, {})
    return node


def _parameters(found_at: Operation, document: Document) -> dict[tuple[str, str], Schema]:
    """By (in, name); path parameters by their place in the template, so renaming `{id}` changes nothing."""
    names = [m.group(0)[1:-1] for m in _TEMPLATE.finditer(found_at.path)]
    found: dict[tuple[str, str], Schema] = {}
    for raw in [*found_at.item.get("parameters", ()), *found_at.operation.get("parameters", ())]:
        parameter = _resolve(raw, document)
        where, name = parameter.get("in", ""), str(parameter.get("name", ""))
        if where == "path":
            name = str(names.index(name)) if name in names else name
        elif where == "header":
            name = name.lower()
        found[(where, name)] = parameter
    return found


def _is_json(media_type: str) -> bool:
    kind = media_type.split(";")[0].strip()
    return kind == "application/json" or kind.endswith("+json")


def _compare_parameters(walk: Walk, old: Operation, new: Operation) -> Iterator[Change]:
    was, now = _parameters(old, walk.old), _parameters(new, walk.new)
    for key, parameter in now.items():
        before = was.get(key)
        if parameter.get("required") and key[0] != "path" and not (before and before.get("required")):
            yield Change(f"new-required-parameter {walk.operation} {key[0]}.{parameter.get('name', key[1])}",
                         "clients that do not send this parameter are refused")
    for key, parameter in was.items():
        if key in now:
            label = f"{key[0]}.{parameter.get('name', key[1])}"
            yield from compare(walk, parameter.get("schema"), now[key].get("schema"), label)


def _compare_request(walk: Walk, old: Mapping[str, Any], new: Mapping[str, Any]) -> Iterator[Change]:
    was, now = _resolve(old.get("requestBody"), walk.old), _resolve(new.get("requestBody"), walk.new)
    if now and now.get("required") and not (was and was.get("required")):
        yield Change(f"new-required-request-body {walk.operation}", "clients that send no body are refused")
    if not was:
        return
    now_content = (now or {}).get("content", {})
    for media_type, content in was.get("content", {}).items():
        if media_type not in now_content:
            yield Change(f"removed-request-media-type {walk.operation} {media_type}",
                         "clients sending this media type are refused")
            continue
        yield from compare(walk, content.get("schema"), now_content[media_type].get("schema"), "body")


def _compare_responses(walk: Walk, old: Mapping[str, Any], new: Mapping[str, Any]) -> Iterator[Change]:
    now_responses = new.get("responses", {})
    for status, raw in old.get("responses", {}).items():
        success = str(status).startswith("2")
        answer = _resolve(raw, walk.old)
        if str(status) not in now_responses:
            if success:
                yield Change(f"removed-response {walk.operation} {status}", "clients expect this answer")
            continue
        now_content = _resolve(now_responses[str(status)], walk.new).get("content", {})
        status_walk = Walk(walk.old, walk.new, "response", f"{walk.operation} {status}", enums_only=not success)
        for media_type, content in answer.get("content", {}).items():
            if media_type not in now_content:
                if success:
                    yield Change(f"removed-response-media-type {walk.operation} {status} {media_type}",
                                 "clients asking for this media type get it no more")
                continue
            if _is_json(media_type):
                yield from compare(status_walk, content.get("schema"), now_content[media_type].get("schema"))


def _compare_operations(old: Document, new: Document) -> Iterator[Change]:
    now = _operations(new)
    for key, was in sorted(_operations(old).items()):
        walk = Walk(old, new, "request", f"{key[0]} {was.path}")
        if key not in now:
            yield Change(f"removed-operation {walk.operation}", "clients calling it get a 404 or 405")
            continue
        yield from _compare_parameters(walk, was, now[key])
        yield from _compare_request(walk, was.operation, now[key].operation)
        yield from _compare_responses(walk, was.operation, now[key].operation)


def _compare_webhooks(old: Document, new: Document) -> Iterator[Change]:
    """A webhook is what we send: its payload is held to the rules of an answer."""
    now = new.get("webhooks", {})
    for name, item in sorted(old.get("webhooks", {}).items()):
        if name not in now:
            yield Change(f"removed-webhook {name}", "receivers expect this event")
            continue
        for method in METHODS:
            operation, new_operation = item.get(method), now[name].get(method)
            if not isinstance(operation, Mapping):
                continue
            if not isinstance(new_operation, Mapping):
                yield Change(f"removed-webhook {name} {method.upper()}", "receivers expect this event")
                continue
            walk = Walk(old, new, "response", f"webhook {name}")
            was, body = _resolve(operation.get("requestBody"), old), _resolve(new_operation.get("requestBody"), new)
            for media_type, content in (was or {}).get("content", {}).items():
                new_content = (body or {}).get("content", {}).get(media_type)
                if new_content is None:
                    yield Change(f"removed-webhook-media-type {name} {media_type}", "receivers parse this type")
                elif _is_json(media_type):
                    yield from compare(walk, content.get("schema"), new_content.get("schema"), "body")


def breaking_changes(old: Document, new: Document) -> list[Change]:
    """Every breaking change from `old` to `new`, once each, sorted by id."""
    changes: dict[str, Change] = {}
    for change in [*_compare_operations(old, new), *_compare_webhooks(old, new)]:
        changes.setdefault(change.id, change)
    return sorted(changes.values(), key=lambda c: c.id)


# The intended-changes file --------------------------------------------------------------------------------------

def load_intended(path: Path) -> dict[str, Intended]:
    """`[[change]]` tables (TOML) or a `{"changes": [...]}` list (JSON), each with an id, a reason and a date."""
    if not path.exists():
        return {}
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".json":
        loaded = json.loads(text)
        entries = loaded.get("changes", []) if isinstance(loaded, dict) else loaded
    else:
        entries = tomllib.loads(text).get("change", [])
    intended: dict[str, Intended] = {}
    for entry in entries:
        change_id, reason, when = entry.get("id"), entry.get("reason"), entry.get("date")
        if not isinstance(change_id, str) or not isinstance(reason, str) or not reason.strip():
            raise ValueError(f"{path}: each intended change needs an id and a reason: {entry}")
        try:
            day = when if isinstance(when, date) else date.fromisoformat(str(when))
        except ValueError:
            raise ValueError(f"{path}: {change_id}: the date must be YYYY-MM-DD, not {when!r}") from None
        if change_id in intended:
            raise ValueError(f"{path}: {change_id} is listed twice")
        intended[change_id] = Intended(change_id, reason.strip(), day)
    return intended


@dataclass(frozen=True)
class Verdict:
    unintended: list[Change]  # breaking changes nobody recorded: the check fails on them
    intended: list[Change]  # breaking changes recorded as intended
    stale: list[str]  # intended ids that match no change: the baseline has moved on; remove them

    @property
    def passed(self) -> bool:
        return not self.unintended and not self.stale

    def report(self) -> str:
        lines = [f"{len(self.unintended)} breaking change(s) not recorded as intended:"] if self.unintended else []
        lines += [f"  {c.id}\n      {c.detail}" for c in self.unintended]
        if self.stale:
            lines.append("intended changes that no longer occur (remove them from the file):")
            lines += [f"  {change_id}" for change_id in self.stale]
        if self.intended:
            lines.append(f"{len(self.intended)} intended breaking change(s) silenced")
        return "\n".join(lines) or "no breaking changes"


def judge(old: Document, new: Document, intended: Mapping[str, Intended]) -> Verdict:
    changes = breaking_changes(old, new)
    found = {c.id for c in changes}
    return Verdict(unintended=[c for c in changes if c.id not in intended],
                   intended=[c for c in changes if c.id in intended],
                   stale=sorted(set(intended) - found))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Lists the breaking changes from OLD to NEW (OpenAPI 3.1 JSON).")
    parser.add_argument("old", type=Path)
    parser.add_argument("new", type=Path)
    parser.add_argument("--intended", type=Path, help="the intended-changes file (.toml or .json)")
    args = parser.parse_args(argv)
    old, new = (json.loads(p.read_text(encoding="utf-8")) for p in (args.old, args.new))
    verdict = judge(old, new, load_intended(args.intended) if args.intended else {})
    print(verdict.report())
    return 0 if verdict.passed else 1


if __name__ == "__main__":
    sys.exit(main())

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

Schemas are compared side by side: `$ref`s resolved on each side (a renamed component is the same schema),
through arrays, `allOf`/`anyOf`/`oneOf` (their properties taken together), nested objects and
`additionalProperties`, at most `MAX_DEPTH` deep and never twice round the same cycle of components.
"""

import argparse
import json
import re
import sys
import tomllib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Literal

Schema = Mapping[str, Any]
Document = Mapping[str, Any]
Direction = Literal["request", "response"]
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
MAX_DEPTH = 32
REF = "#/components/schemas/"
_TEMPLATE = re.compile(r"\{[^}/]*\}")


@dataclass(frozen=True)
class Change:
    id: str
    detail: str


@dataclass(frozen=True)
class Intended:
    id: str
    reason: str
    date: date


# Schemas, flattened ---------------------------------------------------------------------------------------------

@dataclass
class View:
    """What one schema says, its `$ref` and combinators taken together."""

    types: frozenset[str] | None = None  # None: any type
    values: frozenset[Any] | None = None  # the enum's values (null aside); None: not an enum
    properties: dict[str, list[Schema]] = field(default_factory=dict)
    required: frozenset[str] = frozenset()
    closed: bool = False  # refuses properties it does not name
    items: list[Schema] = field(default_factory=list)
    extra: list[Schema] = field(default_factory=list)  # additionalProperties' schemas
    name: str | None = None  # the component this schema is (`Status`, or `Status | None`)
    refs: frozenset[str] = frozenset()  # every component resolved on the way


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    return "array" if isinstance(value, list) else "object" if isinstance(value, dict) else "string"


def _freeze(values: Iterable[Any]) -> frozenset[Any]:
    return frozenset(json.dumps(v, sort_keys=True) if isinstance(v, (list, dict)) else v
                     for v in values if v is not None)


def flatten(schema: Any, document: Document, trail: frozenset[str] = frozenset()) -> View:
    """`trail`: the components being resolved, so a cycle of `$ref`s through combinators ends."""
    if not isinstance(schema, Mapping):
        return View()
    ref = schema.get("$ref")
    if isinstance(ref, str):
        name = ref.removeprefix(REF)
        if name in trail or len(trail) > MAX_DEPTH:
            return View(name=name, refs=frozenset({name}))
        target = document.get("components", {}).get("schemas", {}).get(name) if ref.startswith(REF) else None
        view = flatten(target, document, trail | {name})
        _merge_into(view, flatten({k: v for k, v in schema.items() if k != "$ref"}, document, trail))
        view.name, view.refs = name, view.refs | {name}
        return view

    own = View()
    kind = schema.get("type")
    if isinstance(kind, str):
        own.types = frozenset({kind})
    elif isinstance(kind, list):
        own.types = frozenset(kind)
    if "const" in schema:
        own.values = _freeze([schema["const"]])
        own.types = own.types or frozenset({_json_type(schema["const"])})
    elif isinstance(schema.get("enum"), list):
        own.values = _freeze(schema["enum"])
        own.types = own.types or frozenset(_json_type(v) for v in schema["enum"])
    if isinstance(schema.get("properties"), Mapping):
        own.properties = {name: [sub] for name, sub in schema["properties"].items()}
        own.types = own.types or frozenset({"object"})
    own.required = frozenset(schema["required"]) if isinstance(schema.get("required"), list) else frozenset()
    additional = schema.get("additionalProperties", schema.get("unevaluatedProperties"))
    own.closed = additional is False
    if isinstance(additional, Mapping):
        own.extra = [additional]
    if isinstance(schema.get("items"), Mapping):
        own.items = [schema["items"]]
        own.types = own.types or frozenset({"array"})

    for keyword in ("allOf", "anyOf", "oneOf"):
        branches = [flatten(b, document, trail) for b in schema.get(keyword, ()) if isinstance(b, Mapping)]
        if not branches:
            continue
        bare = not own.properties and own.values is None and not own.items
        _combine(own, branches, every=keyword == "allOf")
        named = [b.name for b in branches if not _only_null(b)]
        if bare and len(named) == 1 and named[0] is not None:
            own.name = named[0]  # `X | None`, or a lone `allOf: [X]`: the enum values are X's
    return own


def _merge_into(view: View, other: View) -> None:
    """Sibling keywords beside a `$ref` (3.1 allows them): they add to what the target says."""
    for name, schemas in other.properties.items():
        view.properties.setdefault(name, []).extend(schemas)
    view.required |= other.required
    view.items += other.items
    view.extra += other.extra
    if other.values is not None:
        view.values = other.values


def _only_null(view: View) -> bool:
    return view.types == frozenset({"null"})


def _combine(own: View, branches: list[View], *, every: bool) -> None:
    for branch in branches:
        for name, schemas in branch.properties.items():
            own.properties.setdefault(name, []).extend(schemas)
        own.items += branch.items
        own.extra += branch.extra
        own.refs |= branch.refs
    if own.types is None:
        typed = [b.types for b in branches if b.types is not None or not every]
        if typed and all(t is not None for t in typed):
            own.types = frozenset().union(*[t for t in typed if t is not None])
    if own.values is None:
        enumerated = [b.values for b in branches if b.values is not None]
        if every and enumerated:
            own.values = frozenset.intersection(*enumerated)
        elif not every and enumerated and all(b.values is not None or _only_null(b) for b in branches):
            own.values = frozenset().union(*enumerated)
    objects = [b for b in branches if b.types is None or "object" in b.types]
    if every:
        own.required |= frozenset().union(*[b.required for b in branches])
        own.closed = own.closed or any(b.closed for b in branches)
    elif objects:
        own.required |= frozenset.intersection(*[b.required for b in objects])
        own.closed = own.closed or all(b.closed for b in objects)


# Comparing two schemas side by side -----------------------------------------------------------------------------

@dataclass(frozen=True)
class Walk:
    old: Document
    new: Document
    direction: Direction
    operation: str  # "GET /api/v1/loans/loans 200", "POST /api/v1/... ", "webhook loan.referred"
    enums_only: bool = False  # an error answer: only its enums are promised


def _child(path: str, name: str) -> str:
    return f"{path}.{name}" if path else name


def _at(walk: Walk, path: str) -> str:
    return f"{walk.operation} {path}" if path else walk.operation


Home = tuple[str, str] | None  # the nearest component holding a schema, and the path inside it


def _place(walk: Walk, path: str, home: Home) -> str:
    if home is None:
        return _at(walk, path)
    name, inside = home
    return f"components.schemas.{name}" + ("" if not inside or inside.startswith("[") else ".") + inside


def _within(home: Home, step: str) -> Home:
    return None if home is None else (home[0], f"{home[1]}{step}" if step == "[]" else _child(home[1], step))


def _accepts(types: frozenset[str], kind: str) -> bool:
    return kind in types or (kind == "integer" and "number" in types)


def _schema(schemas: list[Schema]) -> Schema:
    return schemas[0] if len(schemas) == 1 else {"anyOf": schemas}


def compare(walk: Walk, old: Any, new: Any, path: str = "", home: Home = None,
            seen: frozenset[tuple[frozenset[str], frozenset[str]]] = frozenset(), depth: int = 0) -> Iterator[Change]:
    """`path` names the field from the operation (`items[].status`); `home` from the nearest component that
    holds it (`components.schemas.LoanRead.status`), which names an enum's values."""
    if depth > MAX_DEPTH:
        return
    was, now = flatten(old, walk.old), flatten(new, walk.new)
    cycle = (was.refs, now.refs)
    if (was.refs or now.refs) and cycle in seen:
        return
    seen = seen | {cycle}
    home = (was.name, "") if was.name else home
    yield from _types(walk, was, now, path)
    yield from _enums(walk, was, now, path, _place(walk, path, home))
    for name, schemas in was.properties.items():
        if name not in now.properties:
            if walk.enums_only:
                continue
            if walk.direction == "response":
                yield Change(f"removed-response-field {_at(walk, _child(path, name))}",
                             "a field clients read is no longer in the answer")
            elif now.closed:
                yield Change(f"removed-request-field {_at(walk, _child(path, name))}",
                             "the model refuses unknown fields: a client still sending this one gets a 422")
            continue
        yield from compare(walk, _schema(schemas), _schema(now.properties[name]), _child(path, name),
                           _within(home, name), seen, depth + 1)
    if walk.direction == "request" and not walk.enums_only:
        for name in sorted(now.required - was.required):
            yield Change(f"new-required-request-field {_at(walk, _child(path, name))}",
                         "clients that do not send this field are refused")
    if was.items and now.items:
        yield from compare(walk, _schema(was.items), _schema(now.items), f"{path}[]", _within(home, "[]"), seen,
                           depth + 1)
    if was.extra and now.extra:
        yield from compare(walk, _schema(was.extra), _schema(now.extra), _child(path, "*"), _within(home, "*"), seen,
                           depth + 1)


def _types(walk: Walk, was: View, now: View, path: str) -> Iterator[Change]:
    if walk.enums_only or was.types is None or now.types is None:
        return
    if walk.direction == "response":
        broken = sorted(kind for kind in now.types if not _accepts(was.types, kind))
        why = f"the answer may now be {', '.join(broken)}"
    else:
        broken = sorted(kind for kind in was.types if not _accepts(now.types, kind))
        why = f"the request no longer accepts {', '.join(broken)}"
    if broken:
        yield Change(f"changed-type {_at(walk, path)}", f"{'|'.join(sorted(was.types))} -> "
                                                        f"{'|'.join(sorted(now.types))}: {why}")


def _enums(walk: Walk, was: View, now: View, path: str, place: str) -> Iterator[Change]:
    if was.values is not None and now.values is not None:
        for value in sorted(was.values - now.values, key=str):
            shown = value if isinstance(value, str) else json.dumps(value)
            yield Change(f"removed-enum-value {place} {shown}", f"{walk.operation}: the value {value!r} is gone")
    elif was.values is None and now.values is not None and walk.direction == "request" and not walk.enums_only:
        yield Change(f"new-enum-constraint {_at(walk, path)}", "a value accepted before may now be refused")


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

"""Two JSON Schemas of two OpenAPI documents compared side by side: what `api_compat.py` calls a breaking change
inside a request, an answer or a webhook's payload.

`flatten` reads one schema (its `$ref` and combinators taken together) into a `View`; `compare` walks an old and
a new schema together and yields each `Change` a client would notice. See `api_compat.py` for the rules.
"""

import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

Schema = Mapping[str, Any]
Document = Mapping[str, Any]
Direction = Literal["request", "response"]
MAX_DEPTH = 32
REF = "#/components/schemas/"


@dataclass(frozen=True)
class Change:
    id: str
    detail: str


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

"""One OpenAPI 3.1 document from the gateway's and the four services' own documents. Pure: dicts in, dict out.

- Paths are disjoint already (each service answers under `/api/v1/<service>/`); health and metrics routes are left
  out. Each operation is tagged `<service> · <tag>` and its id prefixed `<service>.`, so ids stay unique.
- Schemas of the same name and the same definition are kept once; where two documents define a name differently
  (volunteers' `ApplicationRead` is not loans'), each definition is renamed `<Service><Name>` and every `$ref` to
  it follows. A schema that refers to a renamed one is renamed as well, so nothing points at the wrong shape.
- The security scheme is declared once: OAuth2 at the gateway's token endpoint (client credentials for banks'
  and services' systems, password for people); each operation needs it unless its policy is public.
- `x-roles` / `x-public` (chassis.openapi) stay on each operation: the bank view is filtered by them.
"""

import copy
import json
from collections.abc import Iterator, Mapping
from typing import Any

Document = dict[str, Any]
INTERNAL_PATHS = frozenset({"/healthz", "/readyz", "/metrics"})
REF = "#/components/schemas/"
TOKEN_URL = "/api/v1/auth/token"  # noqa: S105  (a path, not a secret)
SECURITY_SCHEMES = {
    "oauth2": {
        "type": "oauth2",
        "description": "A bearer token from the gateway (ES256 JWT, 15 minutes).",
        "flows": {
            "clientCredentials": {"tokenUrl": TOKEN_URL, "scopes": {
                "loans": "the loan API (partner banks' systems)", "products": "the products API",
                "training": "the training API", "volunteers": "the volunteers API"}},
            "password": {"tokenUrl": TOKEN_URL, "scopes": {}},
        },
    },
}


def _refs(node: Any) -> Iterator[str]:
    """Every schema name `node` refers to."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith(REF):
            yield ref[len(REF):]
        for value in node.values():
            yield from _refs(value)
    elif isinstance(node, list):
        for item in node:
            yield from _refs(item)


def _rewrite(node: Any, renamed: Mapping[str, str]) -> Any:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith(REF) and ref[len(REF):] in renamed:
            return {**node, "$ref": REF + renamed[ref[len(REF):]]}
        return {key: _rewrite(value, renamed) for key, value in node.items()}
    if isinstance(node, list):
        return [_rewrite(item, renamed) for item in node]
    return node


def _clashing(documents: Mapping[str, Document]) -> set[str]:
    """Names defined differently by two documents, and (to a fixed point) the names whose definitions, shared by
    several documents, refer to one of those."""
    definitions: dict[str, list[str]] = {}
    for document in documents.values():
        for name, schema in document.get("components", {}).get("schemas", {}).items():
            definitions.setdefault(name, []).append(json.dumps(schema, sort_keys=True))
    shared = {name for name, found in definitions.items() if len(found) > 1}
    clashing = {name for name in shared if len(set(definitions[name])) > 1}
    while True:
        more = {name for name in shared - clashing
                for document in documents.values()
                if name in document.get("components", {}).get("schemas", {})
                and set(_refs(document["components"]["schemas"][name])) & clashing}
        if not more:
            return clashing
        clashing |= more


def merge(documents: Mapping[str, Document], *, title: str, version: str, description: str) -> Document:
    """`documents` by service name (the gateway's as "gateway"), in the order their tags should appear."""
    clashing = _clashing(documents)
    merged: Document = {
        "openapi": "3.1.0",
        "info": {"title": title, "version": version, "description": description},
        "servers": [{"url": "/", "description": "this gateway"}],
        "paths": {}, "webhooks": {}, "tags": [], "x-tagGroups": [],
        "components": {"schemas": {}, "securitySchemes": copy.deepcopy(SECURITY_SCHEMES)},
    }
    for service, original in documents.items():
        schemas = original.get("components", {}).get("schemas", {})
        renamed = {name: service.capitalize() + name for name in schemas if name in clashing}
        document = _rewrite(original, renamed)
        for name, schema in document.get("components", {}).get("schemas", {}).items():
            merged["components"]["schemas"].setdefault(renamed.get(name, name), schema)
        tags: list[str] = []
        for path, item in document.get("paths", {}).items():
            if path in INTERNAL_PATHS:
                continue
            for operation in item.values():
                if not isinstance(operation, dict) or "responses" not in operation:
                    continue
                operation["tags"] = [f"{service} · {tag}" for tag in operation.get("tags") or ["default"]]
                tags += [tag for tag in operation["tags"] if tag not in tags]
                if "operationId" in operation:
                    operation["operationId"] = f"{service}.{operation['operationId']}"
                operation["security"] = [] if operation.get("x-public") else [{"oauth2": []}]
            merged["paths"][path] = item
        merged["webhooks"].update(document.get("webhooks", {}))
        merged["tags"] += [{"name": tag} for tag in tags]
        merged["x-tagGroups"].append({"name": service, "tags": tags})
    return merged


def reachable_schemas(document: Document) -> set[str]:
    """The schemas the document's operations and webhooks use, directly or through other schemas."""
    schemas = document.get("components", {}).get("schemas", {})
    seen: set[str] = set()
    todo = list(_refs([document.get("paths", {}), document.get("webhooks", {})]))
    while todo:
        name = todo.pop()
        if name not in seen and name in schemas:
            seen.add(name)
            todo += _refs(schemas[name])
    return seen

"""Who may call each operation, written into the app's OpenAPI document from the routes' own declarations.

Every operation gets `x-roles` (the roles its policy lets in, sorted) or `x-public: true` (the `Public` policy). The
policy matrix reads the same declarations (`declared_roles`), so a document filtered by role (the gateway's bank
view of the API reference) is exact by construction.
"""

from collections.abc import Callable
from typing import Any

from fastapi import FastAPI, routing
from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute

from chassis.auth.principal import Role


def declared_roles(dependant: Dependant) -> frozenset[Role] | None:
    """The roles the route's policy lets in (the first `require_roles` found, depth first), or None."""
    for dependency in dependant.dependencies:
        roles = getattr(dependency.call, "allowed_roles", None)
        if roles is not None:
            return frozenset(roles)
        found = declared_roles(dependency)
        if found is not None:
            return found
    return None


def declares_public(dependant: Dependant) -> bool:
    return any(getattr(d.call, "is_public", False) or declares_public(d) for d in dependant.dependencies)


def annotate(app: FastAPI, schema: dict[str, Any]) -> dict[str, Any]:
    paths: dict[str, dict[str, Any]] = schema.get("paths", {})
    for context in routing.iter_route_contexts(app.routes):  # routers' prefixes included
        if not isinstance(context.original_route, APIRoute) or context.path not in paths:
            continue
        roles = declared_roles(context.dependant)
        public = declares_public(context.dependant)
        for method in (context.methods or set()) - {"HEAD", "OPTIONS"}:
            operation = paths[context.path].get(method.lower())
            if operation is None:
                continue
            if public:
                operation["x-public"] = True
            elif roles is not None:
                operation["x-roles"] = sorted(role.value for role in roles)
    return schema


def install(app: FastAPI) -> None:
    """Wraps the app's OpenAPI generation so the document carries each operation's policy."""
    generate: Callable[[], dict[str, Any]] = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            app.openapi_schema = annotate(app, generate())
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]

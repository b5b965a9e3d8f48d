"""Small synthetic OpenAPI documents for the tests of scripts/api_compat.py, and edits of them."""

import copy
from typing import Any

from api_compat import breaking_changes

Doc = dict[str, Any]
STRING, INTEGER, NUMBER, NULL = {"type": "string"}, {"type": "integer"}, {"type": "number"}, {"type": "null"}


def obj(required: tuple[str, ...] = (), closed: bool = False, **properties: Any) -> Doc:
    schema: Doc = {"type": "object", "properties": properties, "required": list(required)}
    if closed:
        schema["additionalProperties"] = False
    return schema


def ref(name: str) -> Doc:
    return {"$ref": f"#/components/schemas/{name}"}


def answer(schema: Doc, media_type: str = "application/json") -> Doc:
    return {"description": "ok", "content": {media_type: {"schema": schema}}}


def document(paths: Doc | None = None, schemas: Doc | None = None, webhooks: Doc | None = None) -> Doc:
    return {"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": paths or {},
            "webhooks": webhooks or {}, "components": {"schemas": schemas or {}}}


def reading(schema: Doc, schemas: Doc | None = None, path: str = "/api/v1/loans/loans") -> Doc:
    """A document with one GET answering `schema`."""
    return document({path: {"get": {"responses": {"200": answer(schema)}}}}, schemas)


def writing(body: Doc, schemas: Doc | None = None, parameters: list[Doc] | None = None) -> Doc:
    """A document with one POST taking `body`."""
    operation = {"requestBody": {"required": True, "content": {"application/json": {"schema": body}}},
                 "parameters": parameters or [], "responses": {"201": answer(obj())}}
    return document({"/api/v1/loans/applications": {"post": operation}}, schemas)


def query(name: str, schema: Doc, required: bool = False) -> Doc:
    return {"in": "query", "name": name, "required": required, "schema": schema}


def ids(old: Doc, new: Doc) -> list[str]:
    return [change.id for change in breaking_changes(old, new)]


LOAN = obj(("id", "status"), id=STRING, status=ref("ApplicationStatus"), amount=STRING)
STATUS = {"type": "string", "enum": ["referred", "disbursed", "written_off"]}
PAGE = obj(("items",), items={"type": "array", "items": ref("LoanRead")}, total=INTEGER)
LOANS = reading(ref("Page_LoanRead_"), {"Page_LoanRead_": PAGE, "LoanRead": LOAN, "ApplicationStatus": STATUS})


def changed(base: Doc, edit: str, value: Any) -> Doc:
    """A copy of `base` with the value at a slash-separated path (no path keys) replaced, or removed for None."""
    new = copy.deepcopy(base)
    *parents, last = edit.split("/")
    node = new
    for key in parents:
        node = node[key]
    if value is None:
        del node[last]
    else:
        node[last] = value
    return new

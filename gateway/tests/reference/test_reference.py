"""The API reference at the gateway: one document from every app's own, a bank's view, and the page."""

import json
from typing import Any

import httpx

from chassis.security_headers import PAGE_POLICY
from gateway.reference import documents
from gateway.reference.audience import Audience, for_bank
from gateway.reference.merge import REF, merge, reachable_schemas


def doc(paths: dict[str, Any], schemas: dict[str, Any]) -> dict[str, Any]:
    return {"openapi": "3.1.0", "paths": paths, "components": {"schemas": schemas,
                                                                  "securitySchemes": {"HTTPBearer": {}}}}


def op(ref: str, tag: str, op_id: str, **extra: Any) -> dict[str, Any]:
    return {"get": {"tags": [tag], "operationId": op_id, "responses": {"200": {"content": {
        "application/json": {"schema": {"$ref": REF + ref}}}}}, **extra}}


def refs_resolve(document: dict[str, Any]) -> None:
    text = json.dumps(document)
    names = {part.split('"', 1)[0] for part in text.split(f'"$ref": "{REF}')[1:]}
    assert names <= set(document["components"]["schemas"]), names - set(document["components"]["schemas"])


def test_clashing_schemas_are_renamed_per_service_and_the_refs_follow() -> None:
    problem = {"type": "object", "properties": {"title": {"type": "string"}}}
    loans = doc({"/api/v1/loans/applications": op("Page", "applications", "applications-list",
                                                  **{"x-roles": ["bank_officer"]})},
                {"ApplicationRead": {"properties": {"amount": {}}}, "ProblemDetails": problem,
                 "Page": {"properties": {"items": {"items": {"$ref": REF + "ApplicationRead"}}}}})
    volunteers = doc({"/api/v1/volunteers/applications": op("Page", "applications", "applications-list",
                                                            **{"x-roles": ["volunteer"]}),
                      "/healthz": op("ProblemDetails", "health", "health")},
                     {"ApplicationRead": {"properties": {"skills": {}}}, "ProblemDetails": problem,
                      "Page": {"properties": {"items": {"items": {"$ref": REF + "ApplicationRead"}}}}})
    merged = merge({"loans": loans, "volunteers": volunteers}, title="t", version="1", description="d")
    schemas = merged["components"]["schemas"]
    # Same name, same shape: kept once. Different shapes: one each, renamed; Page refers to one, so it follows.
    assert set(schemas) == {"ProblemDetails", "LoansApplicationRead", "VolunteersApplicationRead", "LoansPage",
                            "VolunteersPage"}
    assert schemas["VolunteersPage"]["properties"]["items"]["items"]["$ref"] == REF + "VolunteersApplicationRead"
    listed = merged["paths"]["/api/v1/volunteers/applications"]["get"]
    assert listed["operationId"] == "volunteers.applications-list" and listed["tags"] == ["volunteers · applications"]
    assert listed["security"] == [{"oauth2": []}] and "/healthz" not in merged["paths"]
    assert set(merged["components"]["securitySchemes"]) == {"oauth2"}
    assert [group["name"] for group in merged["x-tagGroups"]] == ["loans", "volunteers"]
    refs_resolve(merged)


def test_the_built_document_covers_every_app_and_every_ref_resolves() -> None:
    merged = documents.merged()
    prefixes = {path.split("/")[3] for path in merged["paths"] if path.startswith("/api/v1/")}
    assert {"loans", "products", "training", "volunteers", "auth"} <= prefixes
    refs_resolve(merged)
    approve = merged["paths"]["/api/v1/loans/applications/{application_id}/approve"]["post"]
    assert "Idempotency-Key" in {parameter["name"] for parameter in approve["parameters"]}
    assert approve["x-roles"] == ["bank_officer"] and approve["security"] == [{"oauth2": []}]
    token = merged["paths"]["/api/v1/auth/token"]["post"]
    assert token["x-public"] is True and token["security"] == []
    assert "## Idempotency" in merged["info"]["description"]
    assert "idempotency-key-reused" in merged["info"]["description"]  # the problem types table
    assert {"https://xiangqing.example/problems/validation-error", "https://xiangqing.example/problems/not-found"} <= {
        entry["type"] for entry in merged["x-problem-types"]}
    assert all(entry["description"] for entry in merged["x-problem-types"])


def test_the_bank_view_is_what_a_banks_system_may_call_and_nothing_else() -> None:
    merged, bank = documents.merged(), for_bank(documents.merged())
    operations = [(path, method, operation) for path, item in bank["paths"].items()
                  for method, operation in item.items()]
    assert operations and all(path == "/api/v1/auth/token" or (
        path.startswith("/api/v1/loans/") and "bank_officer" in operation["x-roles"])
        for path, _, operation in operations)
    assert "/api/v1/loans/applications/{application_id}/approve" in bank["paths"]
    assert "/api/v1/loans/applications/{application_id}/recommend" not in bank["paths"]  # county staff's
    assert "/api/v1/loans/loans/{loan_id}/write-off" not in bank["paths"]  # city staff's
    assert not any(path.startswith(("/api/v1/products", "/api/v1/accounts")) for path in bank["paths"])
    # Every route of the loan API a bank officer's policy lets in is there: exact by construction.
    expected = {(path, method) for path, item in merged["paths"].items() for method, operation in item.items()
                if path.startswith("/api/v1/loans/") and "bank_officer" in operation.get("x-roles", ())}
    assert expected == {(path, method) for path, method, _ in operations if path != "/api/v1/auth/token"}
    refs_resolve(bank)
    assert set(bank["components"]["schemas"]) == reachable_schemas(bank)
    assert len(bank["components"]["schemas"]) < len(merged["components"]["schemas"]) / 2


async def test_the_gateway_serves_the_document_and_the_bank_view(client: httpx.AsyncClient) -> None:
    full = await client.get("/api/openapi.json")
    assert full.status_code == 200 and full.headers["content-type"].startswith("application/json")
    assert full.json()["info"]["title"] == documents.merged()["info"]["title"]
    bank = await client.get("/api/openapi.json", params={"audience": "bank"})
    assert bank.json() == documents.view(Audience.bank)
    wrong = await client.get("/api/openapi.json", params={"audience": "staff"})
    assert wrong.status_code == 422 and wrong.headers["content-type"] == "application/problem+json"


async def test_the_docs_page_runs_swagger_ui_from_the_gateway_under_the_page_policy(
        client: httpx.AsyncClient) -> None:
    page = await client.get("/api/docs")
    assert page.status_code == 200 and page.headers["content-security-policy"] == PAGE_POLICY
    assert "<script>" not in page.text and "cdn" not in page.text.lower()
    for asset in ("swagger-ui-bundle.js", "swagger-ui.css", "docs.js", "docs.css"):
        response = await client.get(f"/api/docs/assets/{asset}")
        assert response.status_code == 200 and len(response.content) > 100, asset
    assert (await client.get("/api/docs/assets/..%2Fmerge.py")).status_code in (400, 404)
    assert (await client.get("/api/docs/assets/index.html")).status_code == 404

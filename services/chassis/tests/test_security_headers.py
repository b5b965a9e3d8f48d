"""Every answer tells the browser it is data (API) or a page that runs only its own scripts (SPA)."""

import httpx
from fastapi import FastAPI

from chassis.app import create_app
from chassis.security_headers import API_POLICY, DOCS_POLICY, PAGE_POLICY, WORKER_POLICY, policy_for
from chassis.settings import ServiceSettings
from chassis.testing import app_client, auth_header


async def test_an_api_answer_may_not_load_run_or_be_framed(client: httpx.AsyncClient) -> None:
    for response in (await client.get("/api/v1/demo/crops", headers=auth_header("city_staff")),
                     await client.get("/api/v1/demo/crops"),  # a problem too
                     await client.get("/healthz")):
        assert response.headers["content-security-policy"] == API_POLICY
        assert response.headers["x-content-type-options"] == "nosniff"
        assert response.headers["x-frame-options"] == "DENY"
        assert response.headers["referrer-policy"] == "strict-origin-when-cross-origin"
        assert "strict-transport-security" not in response.headers  # plain http: HSTS means nothing


def test_a_page_runs_only_its_own_scripts_and_the_docs_their_cdn() -> None:
    page = policy_for("/loans/applications", "text/html; charset=utf-8")
    assert page == PAGE_POLICY and "script-src 'self';" in page and "frame-ancestors 'none'" in page
    assert "unsafe-eval" not in page and "script-src 'self' 'unsafe-inline'" not in page
    assert policy_for("/docs", "text/html") == DOCS_POLICY
    assert policy_for("/api/v1/loans/claims/1/sheet.xlsx", "application/vnd.ms-excel") == API_POLICY
    assert "worker-src 'self'" in page and "manifest-src 'self'" in page  # the SPA's service worker, its manifest


def test_only_the_spas_service_worker_may_fetch_and_only_from_its_own_origin() -> None:
    assert policy_for("/sw.js", "text/javascript; charset=utf-8") == WORKER_POLICY == (
        "default-src 'none'; connect-src 'self'")
    assert policy_for("/assets/app-1a2b3c4d.js", "text/javascript; charset=utf-8") == API_POLICY
    assert policy_for("/sw.js", "application/json") == API_POLICY


async def test_hsts_is_sent_when_tls_ends_in_front_of_the_app() -> None:
    app: FastAPI = create_app(ServiceSettings(service_name="tls", database_url="sqlite+aiosqlite://",
                                              behind_tls=True), [], title="tls")
    async with app_client(app) as client:
        response = await client.get("/healthz")
    assert response.headers["strict-transport-security"] == "max-age=31536000; includeSubDomains"

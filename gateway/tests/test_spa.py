import gzip
from pathlib import Path

import httpx
import pytest
from fastapi import FastAPI

from gateway.config import Settings
from gateway.spa import choose_encoding, spa_router


async def test_the_spa_is_served_at_the_root(client: httpx.AsyncClient) -> None:
    response = await client.get("/")
    assert response.status_code == 200
    assert "乡青" in response.text


async def test_client_routes_fall_back_to_index(client: httpx.AsyncClient) -> None:
    response = await client.get("/loans/banks")
    assert response.status_code == 200
    assert '<div id=root>' in response.text


async def test_assets_are_served_and_cached(client: httpx.AsyncClient) -> None:
    response = await client.get("/assets/app.js")
    assert response.status_code == 200
    assert "immutable" in response.headers["cache-control"]


async def test_paths_outside_the_spa_folder_are_not_served(client: httpx.AsyncClient) -> None:
    response = await client.get("/..%2f..%2fetc%2fpasswd")
    assert "root:" not in response.text


async def test_unknown_api_paths_are_problems_not_the_spa(client: httpx.AsyncClient) -> None:
    response = await client.get("/api/v1/nothing-here")
    assert response.status_code == 404
    assert response.headers["content-type"] == "application/problem+json"


async def test_the_spa_runs_only_its_own_scripts_and_is_never_framed(client: httpx.AsyncClient) -> None:
    for path in ("/", "/loans/applications"):
        policy = (await client.get(path)).headers["content-security-policy"]
        assert "script-src 'self';" in policy and "frame-ancestors 'none'" in policy
    assert (await client.get("/assets/app.js")).headers["x-content-type-options"] == "nosniff"


async def test_a_proxied_answer_carries_the_gateways_headers_once(client: httpx.AsyncClient) -> None:
    response = await client.get("/api/v1/loans/echo/x")
    assert response.headers.get_list("content-security-policy") == ["default-src 'none'; frame-ancestors 'none'; "
                                                                    "base-uri 'none'; form-action 'none'"]
    assert response.headers.get_list("x-frame-options") == ["DENY"]


# The built app's files as the gateway serves them: precompressed variants, caching, types. A bare app over the
# SPA router and a folder made here, as the build leaves it.

SCRIPT = b"console.log('\xe4\xb9\xa1\xe9\x9d\x92');" * 100


@pytest.fixture
def built(tmp_path: Path) -> Path:
    (tmp_path / "assets").mkdir()
    (tmp_path / "index.html").write_text("<!doctype html><title>乡青</title><div id=root></div>", encoding="utf-8")
    files = {"assets/app-1a2b3c4d.js": SCRIPT, "sw.js": SCRIPT, "manifest.webmanifest": b'{"name": "x"}'}
    for name, body in files.items():
        (tmp_path / name).write_bytes(body)
    for name in ("assets/app-1a2b3c4d.js", "sw.js"):
        (tmp_path / f"{name}.br").write_bytes(b"brotli bytes")
        (tmp_path / f"{name}.gz").write_bytes(gzip.compress(SCRIPT))
    (tmp_path / "assets" / "only-gzip.css.gz").write_bytes(gzip.compress(b"body{}" * 300))
    (tmp_path / "assets" / "only-gzip.css").write_bytes(b"body{}" * 300)
    return tmp_path


async def fetch(spa: Path, path: str, accept_encoding: str | None) -> httpx.Response:
    app = FastAPI()
    app.include_router(spa_router(spa))
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test") as client:
        request = client.build_request("GET", path)
        if accept_encoding is None:
            del request.headers["accept-encoding"]
        else:
            request.headers["accept-encoding"] = accept_encoding
        response = await client.send(request, stream=True)
        await response.aclose()
        return response


@pytest.mark.parametrize(("accept_encoding", "sent"), [
    ("gzip, deflate, br, zstd", "br"),
    ("gzip, deflate", "gzip"),
    ("br;q=0, gzip", "gzip"),
    ("gzip;q=0.5, br;q=0.4", "gzip"),
    ("*", "br"),
    ("identity", None),
    ("gzip;q=0, br;q=0", None),
    ("*;q=0", None),
    (None, None),
])
async def test_the_best_precompressed_file_the_browser_takes_is_sent(
        built: Path, accept_encoding: str | None, sent: str | None) -> None:
    response = await fetch(built, "/assets/app-1a2b3c4d.js", accept_encoding)
    assert response.status_code == 200
    assert response.headers.get("content-encoding") == sent
    assert response.headers["content-type"] == "text/javascript; charset=utf-8"
    assert response.headers["vary"] == "Accept-Encoding"
    assert response.headers["cache-control"] == "public, max-age=31536000, immutable"
    expected = {"br": len(b"brotli bytes"), "gzip": len(gzip.compress(SCRIPT)), None: len(SCRIPT)}[sent]
    assert int(response.headers["content-length"]) == expected


def test_the_coding_is_chosen_among_the_files_that_exist() -> None:
    assert choose_encoding("br, gzip", ["gzip"]) == "gzip"
    assert choose_encoding("br", ["gzip"]) is None
    assert choose_encoding("", ["br", "gzip"]) is None


async def test_a_file_with_only_a_gzip_variant_is_sent_gzipped_to_a_brotli_browser(built: Path) -> None:
    response = await fetch(built, "/assets/only-gzip.css", "gzip, br")
    assert response.headers["content-encoding"] == "gzip"
    assert response.headers["content-type"] == "text/css; charset=utf-8"


async def test_the_service_worker_and_index_are_never_kept(built: Path) -> None:
    worker = await fetch(built, "/sw.js", "br")
    assert worker.headers["cache-control"] == "no-cache"
    assert worker.headers["content-type"] == "text/javascript; charset=utf-8"
    assert worker.headers["content-encoding"] == "br"
    for path in ("/", "/index.html", "/loans/my"):
        page = await fetch(built, path, "br, gzip")
        assert page.headers["cache-control"] == "no-cache"
        assert page.headers["content-type"] == "text/html; charset=utf-8"
        assert "content-encoding" not in page.headers  # too small to be worth a variant


async def test_the_manifest_has_its_type(built: Path) -> None:
    response = await fetch(built, "/manifest.webmanifest", "br")
    assert response.headers["content-type"] == "application/manifest+json"
    assert response.headers["cache-control"] == "no-cache"


async def test_a_missing_asset_is_not_found_not_the_app(client: httpx.AsyncClient) -> None:
    """A page of an earlier release asking for a chunk that is gone gets a 404, which it can tell from code."""
    response = await client.get("/assets/app-00000000.js")
    assert response.status_code == 404
    assert response.headers["content-type"] == "application/problem+json"


async def test_the_page_policy_lets_the_spa_register_its_worker_and_manifest(client: httpx.AsyncClient) -> None:
    policy = (await client.get("/")).headers["content-security-policy"]
    assert "worker-src 'self'" in policy and "manifest-src 'self'" in policy


async def test_the_service_worker_may_fetch_the_apps_files(client: httpx.AsyncClient, settings: Settings) -> None:
    (settings.spa_dir / "sw.js").write_text("self.addEventListener('fetch', () => {});", encoding="utf-8")
    response = await client.get("/sw.js")
    assert response.headers["content-security-policy"] == "default-src 'none'; connect-src 'self'"
    assert response.headers["cache-control"] == "no-cache"

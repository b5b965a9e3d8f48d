import httpx


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

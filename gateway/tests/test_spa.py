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

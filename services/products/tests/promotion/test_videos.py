import httpx

from tests.factories import (
    API,
    FOGANG,
    LIANZHOU,
    buyer_account,
    city_staff,
    county_staff,
    field_errors,
    new_product,
    ok,
)

URL = f"{API}/videos"


def video_body(**overrides: object) -> dict[str, object]:
    return {"title": "连州砂糖橘：山里的冬日甜蜜", "url": "https://video.example.cn/lianzhou/1",
            "shot_on": "2020-11-20", "views": 1200, **overrides}


async def test_county_staff_add_a_video_of_their_countys_product(client: httpx.AsyncClient) -> None:
    product = await new_product(client, county_code=LIANZHOU)
    video = ok(await client.post(URL, json=video_body(product_id=product["id"]),
                                 headers=county_staff(LIANZHOU).headers), 201)
    assert video | video_body(product_id=product["id"]) == video
    listed = ok(await client.get(URL, params={"product_id": product["id"]}, headers=buyer_account().headers))
    assert [v["id"] for v in listed["items"]] == [video["id"]]


async def test_county_staff_may_not_add_another_countys_or_the_brands_video(client: httpx.AsyncClient) -> None:
    product = await new_product(client, county_code=LIANZHOU)
    staff = county_staff(FOGANG).headers
    assert (await client.post(URL, json=video_body(product_id=product["id"]), headers=staff)).status_code == 403
    assert (await client.post(URL, json=video_body(), headers=staff)).status_code == 403
    ok(await client.post(URL, json=video_body(), headers=city_staff().headers), 201)


async def test_a_video_needs_an_https_link_a_real_product_and_sane_numbers(client: httpx.AsyncClient) -> None:
    staff = city_staff().headers
    for bad, field in (({"url": "http://video.example.cn/1"}, "url"), ({"url": "javascript:alert(1)"}, "url"),
                       ({"views": -1}, "views"), ({"shot_on": "1900-01-01"}, "shot_on"), ({"title": ""}, "title")):
        assert field_errors(await client.post(URL, json=video_body(**bad), headers=staff)) == [["body", field]]
    unknown = await client.post(URL, json=video_body(product_id="00000000-0000-0000-0000-000000000000"),
                                headers=staff)
    assert field_errors(unknown) == [["body", "product_id"]]


async def test_videos_list_by_year_and_need_a_login(client: httpx.AsyncClient) -> None:
    staff = city_staff().headers
    ok(await client.post(URL, json=video_body(shot_on="2003-05-01"), headers=staff), 201)
    in_2003 = ok(await client.get(URL, params={"year": 2003}, headers=staff))
    assert [v["shot_on"] for v in in_2003["items"]] == ["2003-05-01"]
    assert (await client.get(URL)).status_code == 401
    assert (await client.post(URL, json=video_body(), headers=buyer_account().headers)).status_code == 403


async def test_staff_of_its_county_correct_a_video_and_nobody_moves_it_out_of_their_reach(
        client: httpx.AsyncClient) -> None:
    product = await new_product(client, county_code=LIANZHOU)
    elsewhere = await new_product(client, county_code=FOGANG)
    staff = county_staff(LIANZHOU).headers
    video = ok(await client.post(URL, json=video_body(product_id=product["id"]), headers=staff), 201)
    path = f"{URL}/{video['id']}"
    grown = video_body(product_id=product["id"], views=98000, title="连州砂糖橘（完整版）")
    assert ok(await client.put(path, json=grown, headers=staff)) == video | grown
    assert (await client.put(path, json=video_body(product_id=product["id"]),
                             headers=county_staff(FOGANG).headers)).status_code == 403
    assert (await client.put(path, json=video_body(product_id=elsewhere["id"]), headers=staff)).status_code == 403
    assert field_errors(await client.put(path, json=video_body(product_id=product["id"], views=-1),
                                         headers=staff)) == [["body", "views"]]
    assert ok(await client.get(path, headers=buyer_account().headers)) == video | grown

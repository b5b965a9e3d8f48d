"""A staff member's first minutes, through the gateway, against the real processes."""

import time
import uuid

import httpx
from stack import Stack

from chassis.testing import mint_token
from tests.system.conftest import login


def figures(dashboard: dict, service: str) -> dict[str, str]:  # type: ignore[type-arg]
    summary = next(s for s in dashboard["services"] if s["service"] == service)
    assert summary["available"], summary
    return {f["key"]: f["value"] for f in summary["stats"]["figures"]}


def test_the_dashboard_counts_the_demo_records_of_all_four_services(
        gateway: httpx.Client, city: dict[str, str]) -> None:
    dashboard = gateway.get("/api/v1/dashboard", headers=city).json()
    loans = figures(dashboard, "loans")
    assert (loans["loans_disbursed"], loans["amount_disbursed"], loans["projects"]) == ("140", "28000000.00", "140")
    assert int(loans["poor_households_driven"]) > 500
    assert loans["partner_banks"] == "4"
    assert loans["lpr_1y_current"] == "3.00"
    assert figures(dashboard, "products")["featured_products"] == "7"
    training = figures(dashboard, "training")
    assert (training["lead_goose_sessions"], training["lecture_hall_sessions"], training["ecommerce_classes"]) == (
        "52", "20", "23")
    assert int(figures(dashboard, "volunteers")["applicants"]) > 0


def test_each_service_answers_its_lists_through_the_gateway(gateway: httpx.Client, city: dict[str, str]) -> None:
    banks = gateway.get("/api/v1/loans/banks", headers=city).json()
    assert banks["total"] == 4
    products = gateway.get("/api/v1/products/products", params={"limit": 200}, headers=city).json()
    assert "连州砂糖橘" in {p["name"] for p in products["items"]}
    sessions = gateway.get("/api/v1/training/sessions", params={"limit": 1}, headers=city).json()
    assert sessions["total"] == 99  # the report's 96 sessions held and three open for enrolment
    activities = gateway.get("/api/v1/volunteers/activities", headers=city).json()
    assert activities["total"] > 0


def test_answers_carry_one_date_and_no_server_header(stack: Stack, gateway: httpx.Client,
                                                   city: dict[str, str]) -> None:
    """Through real servers: uvicorn names itself in `Server` unless told not to (chassis/cli.py), and a forwarded
    answer would carry the service's Date beside the gateway's."""
    for response in (gateway.get("/api/v1/loans/banks", headers=city),
                     httpx.get(stack.url("loans") + "/healthz"), gateway.get("/healthz")):
        assert response.status_code == 200
        assert "server" not in response.headers
        assert len(response.headers.get_list("date")) == 1


def test_a_site_visit_shows_the_sellers_name_read_by_the_volunteers_service_with_its_own_client(
        gateway: httpx.Client, city: dict[str, str]) -> None:
    visits = gateway.get("/api/v1/volunteers/visits", params={"limit": 200}, headers=city).json()
    references = [v["reference"] for v in visits["items"] if v["reference"] is not None]
    assert references and {r["kind"] for r in references} == {"seller"}
    # The volunteers service asked products for the name, through the gateway, with a token of its own.
    assert {(r["available"], r["name"]) for r in references} == {(True, "连州市丰阳镇青年果蔬专业合作社")}


def test_the_demo_volunteer_sees_their_camps_children_and_no_one_elses(gateway: httpx.Client,
                                                                       city: dict[str, str]) -> None:
    volunteer = login(gateway, "volunteer")
    mine = gateway.get("/api/v1/volunteers/children", headers=volunteer).json()
    assert mine["total"] == 12 and {c["village"] for c in mine["items"]} == {"连樟村"}
    everyone = gateway.get("/api/v1/volunteers/children", params={"q": "黄芒村", "limit": 200}, headers=city).json()
    other = next(c for c in everyone["items"] if "周末营" in c["camp_name"])
    assert gateway.get(f"/api/v1/volunteers/children/{other['id']}", headers=volunteer).status_code == 404


def test_services_verify_gateway_tokens_themselves_with_its_jwks(stack: Stack, city: dict[str, str]) -> None:
    direct = httpx.get(f"{stack.url('loans')}/api/v1/loans/banks", headers=city)
    assert direct.status_code == 200
    forged = {"Authorization": f"Bearer {mint_token('admin')}"}  # signed by a key the gateway never had
    assert httpx.get(f"{stack.url('loans')}/api/v1/loans/banks", headers=forged).status_code == 401
    assert httpx.get(f"{stack.url('products')}/api/v1/products/products").status_code == 401


def test_a_bank_officer_sees_only_their_bank(gateway: httpx.Client) -> None:
    bank = login(gateway, "bank")
    banks = gateway.get("/api/v1/loans/banks", headers=bank).json()
    assert [b["name"] for b in banks["items"]] == ["中国邮政储蓄银行清远市分行"]
    loans = gateway.get("/api/v1/loans/loans", params={"limit": 200}, headers=bank).json()
    assert loans["total"] > 0 and {row["bank_name"] for row in loans["items"]} == {"中国邮政储蓄银行清远市分行"}


def test_the_demo_entrepreneur_sees_their_own_application(gateway: httpx.Client) -> None:
    mine = gateway.get("/api/v1/loans/applications", headers=login(gateway, "entrepreneur")).json()
    assert [a["project_name"] for a in mine["items"]] == ["连樟村客家围屋民宿改造"]


def test_the_request_id_reaches_the_service_log(stack: Stack, gateway: httpx.Client, city: dict[str, str]) -> None:
    gateway.get("/api/v1/training/programmes", headers={**city, "X-Request-ID": "system-test-trace-42"})
    log = stack.data_dir / "logs" / "training.log"
    deadline = time.monotonic() + 5  # the access line is written just after the response is sent
    while "system-test-trace-42" not in log.read_text() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert "system-test-trace-42" in log.read_text()


def test_with_one_service_stopped_the_others_answer_and_it_is_503(
        stack: Stack, gateway: httpx.Client, city: dict[str, str]) -> None:
    stack.stop("products")
    try:
        down = gateway.get("/api/v1/products/products", headers=city)
        assert down.status_code == 503
        assert down.headers["content-type"] == "application/problem+json"
        assert down.json()["service"] == "products"
        for path in ("/api/v1/loans/banks", "/api/v1/training/programmes", "/api/v1/volunteers/activities"):
            assert gateway.get(path, headers=city).status_code == 200, path
        dashboard = gateway.get("/api/v1/dashboard", headers=city).json()
        available = {s["service"]: s["available"] for s in dashboard["services"]}
        assert available == {"loans": True, "products": False, "training": True, "volunteers": True}
    finally:
        stack.start("products")
        stack.wait_ready("products")
    assert gateway.get("/api/v1/products/products", headers=city).status_code == 200


def test_a_forwarded_for_header_from_an_untrusted_peer_changes_no_address(gateway: httpx.Client,
                                                                         city: dict[str, str]) -> None:
    # Before: uvicorn rewrote the client address from X-Forwarded-For for any loopback peer, so a header
    # dodged the per-address login throttle and wrote any text into the security events.
    username = f"nobody-{uuid.uuid4().hex[:8]}"
    for forged in ("203.0.113.9", "x" * 300):
        answer = gateway.post("/api/v1/auth/token", data={"username": username, "password": "wrong-password-1"},
                              headers={"X-Forwarded-For": forged})
        assert answer.status_code == 401, answer.text
    events = gateway.get("/api/v1/auth/audit", params={"kind": "login_failed", "limit": 200}, headers=city).json()
    mine = [event for event in events["items"] if event["detail"].get("login") == username]
    assert len(mine) == 2
    assert {event["client_address"] for event in mine} == {"127.0.0.1"}

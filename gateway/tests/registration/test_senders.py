import logging

import pytest

from chassis.settings import Environment
from chassis.testing import app_client
from gateway.config import Settings
from gateway.main import create_app
from gateway.registration.senders import LogSender, make_sender


class UnreachableSmsGateway:
    """What an SMS provider's sender looks like: made from the settings, with an async send."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    async def send(self, mobile: str, text: str) -> None:
        raise ConnectionError("the SMS provider does not answer")


def test_a_sender_is_chosen_by_configuration() -> None:
    assert isinstance(make_sender(Settings(code_sender="log")), LogSender)
    chosen = make_sender(Settings(code_sender="tests.registration.test_senders:UnreachableSmsGateway"))
    assert isinstance(chosen, UnreachableSmsGateway)


def test_production_refuses_the_log_sender() -> None:
    with pytest.raises(ValueError, match="code_sender"):
        Settings(environment=Environment.production, code_sender="log", field_encryption_key="a-real-secret")


async def test_the_log_sender_writes_the_code_to_the_log(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="gateway.sms"):
        await LogSender(Settings()).send("13912345678", "验证码 123456")
    assert "139****5678" in caplog.text and "123456" in caplog.text and "13912345678" not in caplog.text


async def test_a_sender_that_fails_is_503_and_nothing_is_kept(settings: Settings) -> None:
    broken = settings.model_copy(update={"code_sender": "tests.registration.test_senders:UnreachableSmsGateway"})
    app = create_app(broken)
    async with app_client(app) as client:
        body = {"mobile": "13700001111", "role": "buyer", "display_name": "x"}
        response = await client.post("/api/v1/auth/registrations", json=body)
        again = await client.post("/api/v1/auth/registrations", json=body)
    assert response.status_code == 503
    assert response.headers["content-type"] == "application/problem+json"
    assert again.status_code == 503  # not 429: the failed attempt left no registration behind

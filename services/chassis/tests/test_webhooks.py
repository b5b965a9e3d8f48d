import pytest

from chassis import webhooks

# The example published with the Standard Webhooks specification.
SPEC_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
SPEC_ID = "msg_p5jXN8AQM9LWM0D4loKWxJek"
SPEC_TIMESTAMP = 1614265330
SPEC_BODY = '{"test": 2432232314}'
SPEC_SIGNATURE = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="


def test_the_signature_matches_the_specifications_example() -> None:
    assert webhooks.signature(SPEC_SECRET, SPEC_ID, SPEC_TIMESTAMP, SPEC_BODY) == SPEC_SIGNATURE
    headers = {"webhook-id": SPEC_ID, "webhook-timestamp": str(SPEC_TIMESTAMP), "webhook-signature": SPEC_SIGNATURE}
    webhooks.verify(SPEC_SECRET, SPEC_BODY, headers, now=SPEC_TIMESTAMP)


def test_what_is_signed_with_a_new_secret_verifies() -> None:
    secret = webhooks.new_secret()
    assert secret.startswith("whsec_") and secret != webhooks.new_secret()
    body = '{"type":"loan.approved","data":{"amount":"28000000.00","名称":"茶园"}}'.encode()
    headers = webhooks.sign(secret, "msg_1", 1_700_000_000, body)
    webhooks.verify(secret, body, headers, now=1_700_000_000 + 60)


def test_headers_are_read_in_any_case() -> None:
    secret = webhooks.new_secret()
    headers = {name.upper(): value for name, value in webhooks.sign(secret, "msg_1", 100, b"{}").items()}
    webhooks.verify(secret, b"{}", headers, now=100)


@pytest.mark.parametrize("tampered", ["body", "secret", "id", "signature"])
def test_anything_changed_fails_verification(tampered: str) -> None:
    secret, body = webhooks.new_secret(), b'{"amount":"1.00"}'
    headers = webhooks.sign(secret, "msg_1", 100, body)
    if tampered == "body":
        body = b'{"amount":"9.00"}'
    elif tampered == "secret":
        secret = webhooks.new_secret()
    elif tampered == "id":
        headers["webhook-id"] = "msg_2"
    else:
        headers["webhook-signature"] = "v1," + "A" * 44
    with pytest.raises(webhooks.InvalidWebhook):
        webhooks.verify(secret, body, headers, now=100)


@pytest.mark.parametrize("skew", [-301, 301])
def test_a_timestamp_more_than_five_minutes_off_fails(skew: int) -> None:
    secret = webhooks.new_secret()
    headers = webhooks.sign(secret, "msg_1", 1_000, b"{}")
    webhooks.verify(secret, b"{}", headers, now=1_000 + 300)
    with pytest.raises(webhooks.InvalidWebhook, match="tolerance"):
        webhooks.verify(secret, b"{}", headers, now=1_000 + skew)


def test_missing_headers_fail() -> None:
    with pytest.raises(webhooks.InvalidWebhook, match="missing"):
        webhooks.verify(webhooks.new_secret(), b"{}", {"webhook-id": "msg_1"}, now=0)


def test_during_a_rotation_either_secret_verifies_the_same_message() -> None:
    current, previous = webhooks.new_secret(), webhooks.new_secret()
    headers = webhooks.sign([current, previous], "msg_1", 100, b"{}")
    assert len(headers["webhook-signature"].split(" ")) == 2
    webhooks.verify(current, b"{}", headers, now=100)
    webhooks.verify(previous, b"{}", headers, now=100)


def test_unknown_signature_versions_are_skipped() -> None:
    secret = webhooks.new_secret()
    headers = webhooks.sign(secret, "msg_1", 100, b"{}")
    headers["webhook-signature"] = "v1a,c29tZXRoaW5n " + headers["webhook-signature"]
    webhooks.verify(secret, b"{}", headers, now=100)

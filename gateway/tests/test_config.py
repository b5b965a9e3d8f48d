import pydantic
import pytest

from gateway.config import Settings


def test_access_tokens_live_fifteen_minutes_at_most() -> None:
    # Services never ask the gateway about a token: its lifetime bounds how long a revoked one works there.
    with pytest.raises(pydantic.ValidationError):
        Settings(access_token_ttl_seconds=3600)


def test_production_shares_its_rate_limits_through_redis() -> None:
    real = {"environment": "production", "field_encryption_key": "a-real-secret", "code_sender": "tests.x:Sender"}
    with pytest.raises(pydantic.ValidationError, match="GATEWAY_REDIS_URL"):
        Settings(**real)  # type: ignore[arg-type]
    assert Settings(**real, redis_url="redis://redis:6379/0").redis_url  # type: ignore[arg-type]

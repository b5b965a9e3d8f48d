import pydantic
import pytest

from gateway.config import Settings


def test_access_tokens_live_fifteen_minutes_at_most() -> None:
    # Services never ask the gateway about a token: its lifetime bounds how long a revoked one works there.
    with pytest.raises(pydantic.ValidationError):
        Settings(access_token_ttl_seconds=3600)

"""A token's signature is checked once per process: verified tokens are kept until they expire, and only those."""

import time
from typing import Any

import pytest

from chassis.auth import jwt
from chassis.auth.principal import Principal, Role
from chassis.auth.verifier import TokenVerifier, VerifiedTokens
from chassis.settings import ServiceSettings
from chassis.testing import mint_token, public_key

CITY = Principal(subject="u1", role=Role.city_staff)
KEYS = {"k1": {"kid": "k1"}}


class Clock:
    def __init__(self, now: float = 1_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def verifier() -> TokenVerifier:
    return TokenVerifier(ServiceSettings(service_name="chassis", jwt_public_key=public_key()))


@pytest.fixture
def verifications(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every token that reaches the signature check."""
    seen: list[str] = []
    real = jwt.verify

    def counting(token: str, *args: Any, **kwargs: Any) -> dict[str, Any]:
        seen.append(token)
        return real(token, *args, **kwargs)

    monkeypatch.setattr(jwt, "verify", counting)
    return seen


async def test_a_token_that_verified_is_not_verified_again(verifier: TokenVerifier, verifications: list[str]) -> None:
    token = mint_token("city_staff", sub="u1")
    first, second = await verifier.principal(token), await verifier.principal(token)
    assert first == second
    assert first.subject == "u1"
    assert verifications == [token]


async def test_a_refused_token_is_never_kept(verifier: TokenVerifier, verifications: list[str]) -> None:
    expired = mint_token("city_staff", now=int(time.time()) - 3600)
    for _ in range(2):
        with pytest.raises(jwt.InvalidToken):
            await verifier.principal(expired)
    assert verifications == [expired, expired]
    assert len(verifier.verified) == 0


async def test_a_token_with_claims_that_name_nobody_is_not_kept(verifier: TokenVerifier) -> None:
    with pytest.raises(jwt.InvalidToken):
        await verifier.principal(mint_token("emperor"))
    assert len(verifier.verified) == 0


async def test_a_token_that_differs_anywhere_is_verified_on_its_own(verifier: TokenVerifier) -> None:
    token = mint_token("city_staff")
    await verifier.principal(token)
    header, payload, signature = token.split(".")
    forged = f"{header}.{payload}.{signature[:-2]}{'AA' if signature[-2:] != 'AA' else 'BB'}"
    with pytest.raises(jwt.InvalidToken):
        await verifier.principal(forged)


def test_an_entry_is_dropped_at_the_tokens_exp() -> None:
    clock = Clock()
    verified = VerifiedTokens(clock=clock)
    verified.put("t", CITY, kid="k1", expires_at=clock.now + 60)
    clock.now += 59.9
    assert verified.get("t", KEYS) == CITY
    clock.now += 0.1
    assert verified.get("t", KEYS) is None
    assert len(verified) == 0


def test_an_entry_is_good_only_while_its_key_verifies() -> None:
    verified = VerifiedTokens(clock=Clock())
    verified.put("t", CITY, kid="k1", expires_at=2_000_000.0)
    assert verified.get("t", {"k2": {"kid": "k2"}}) is None
    assert verified.get("t", KEYS) is None


def test_the_least_recently_used_are_dropped_past_the_bound() -> None:
    verified = VerifiedTokens(max_entries=2, clock=Clock())
    for token in ("a", "b"):
        verified.put(token, CITY, kid="k1", expires_at=2_000_000.0)
    assert verified.get("a", KEYS) == CITY
    verified.put("c", CITY, kid="k1", expires_at=2_000_000.0)
    assert len(verified) == 2
    assert verified.get("b", KEYS) is None
    assert verified.get("a", KEYS) == CITY
    assert verified.get("c", KEYS) == CITY


def test_a_verifier_keeps_ten_thousand_tokens_by_default() -> None:
    assert VerifiedTokens().max_entries == 10_000

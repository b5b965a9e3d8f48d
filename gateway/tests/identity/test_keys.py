import os
import subprocess
import sys
import time
from pathlib import Path

import httpx
from fastapi import FastAPI

from chassis.auth import jwt
from chassis.testing import mint_token
from gateway.config import Settings
from gateway.identity.keys import KeyRing
from gateway.identity.rotation import rotate_signing_key
from tests.helpers import bearer, count_events, login

ISSUER, AUDIENCE = "xiangqing-gateway", "xiangqing"


class Clock:
    def __init__(self) -> None:
        self.now = time.time()

    def __call__(self) -> float:
        return self.now


def test_a_new_key_is_published_a_minute_before_it_signs(tmp_path: Path) -> None:
    clock = Clock()
    ring = KeyRing.open(tmp_path, token_ttl_seconds=900, clock=clock)
    old = ring.current
    new, _ = ring.rotate()
    assert ring.current.kid == old.kid
    assert [key["kid"] for key in ring.jwks()["keys"]] == [new.kid, old.kid]
    clock.now += 60
    assert ring.current.kid == new.kid


def test_after_a_rotation_the_old_key_verifies_until_its_tokens_expire(tmp_path: Path) -> None:
    clock = Clock()
    ring = KeyRing.open(tmp_path, token_ttl_seconds=900, clock=clock)
    old = ring.current
    old_token = mint_token("admin", private_key=old.private_key_pem, now=int(clock.now))
    new, dropped = ring.rotate()
    assert new.kid != old.kid and dropped == []
    clock.now += 60  # the new key signs from here; the old one signed its last token just before
    assert ring.current.kid == new.kid
    assert [key["kid"] for key in ring.jwks()["keys"]] == [new.kid, old.kid]
    assert ring.verify(old_token, issuer=ISSUER, audience=AUDIENCE)["role"] == "admin"
    clock.now += 900 + 60  # every token the old key signed has expired (with the minute of leeway)
    assert [key["kid"] for key in ring.jwks()["keys"]] == [new.kid]
    _, dropped = ring.rotate()
    assert dropped == [old.kid] and len(list(tmp_path.glob("*.pem"))) == 2


def test_key_files_are_private_and_a_restart_keeps_the_kid(tmp_path: Path) -> None:
    first = KeyRing.open(tmp_path, token_ttl_seconds=900).current
    assert all(path.stat().st_mode & 0o077 == 0 for path in tmp_path.glob("*.pem"))
    assert KeyRing.open(tmp_path, token_ttl_seconds=900).current.kid == first.kid


def test_the_single_key_kept_before_rotation_is_adopted(tmp_path: Path) -> None:
    legacy = tmp_path / "gateway-signing-key.pem"
    legacy.write_text(jwt.generate_private_key_pem())
    ring = KeyRing.open(tmp_path / "signing-keys", token_ttl_seconds=900, legacy_file=legacy)
    assert ring.current.kid == jwt.key_id(jwt.public_key_pem(legacy.read_text()))


def test_another_process_rotating_is_noticed(tmp_path: Path) -> None:
    serving = KeyRing.open(tmp_path, token_ttl_seconds=900)
    new, _ = KeyRing.open(tmp_path, token_ttl_seconds=900).rotate()
    assert new.kid in serving.verification_keys() and len(serving.verification_keys()) == 2


async def test_rotating_the_gateways_key_keeps_issued_tokens_valid_and_the_jwks_lists_both(
        client: httpx.AsyncClient, app: FastAPI, settings: Settings) -> None:
    before = await login(client, "city")
    old_kid = jwt.unverified_kid(before)
    async with app.state.sessionmaker() as session, session.begin():
        report = await rotate_signing_key(session, settings)
    assert old_kid in report
    ring = app.state.key_ring
    ring.clock = lambda: time.time() + 61  # the new key's minute in the JWKS before signing has passed
    try:
        after = await login(client, "city")
    finally:
        ring.clock = time.time
    new_kid = jwt.unverified_kid(after)
    assert new_kid != old_kid
    kids = {key["kid"] for key in (await client.get("/.well-known/jwks.json")).json()["keys"]}
    assert {old_kid, new_kid} <= kids
    assert (await client.get("/api/v1/auth/me", headers=bearer(before))).status_code == 200
    assert (await client.get("/api/v1/auth/me", headers=bearer(after))).status_code == 200
    assert await count_events(app, "signing_key_rotated") >= 1


def test_rotate_key_is_a_command(tmp_path: Path) -> None:
    env = {**os.environ, "GATEWAY_DATA_DIR": str(tmp_path), "GATEWAY_DATABASE_URL": ""}
    root = Path(__file__).resolve().parents[3]
    for command in (["migrate"], ["rotate-key"]):
        done = subprocess.run([sys.executable, "-m", "gateway", *command], env=env, cwd=root, capture_output=True,
                              text=True, timeout=120)
        assert done.returncode == 0, done.stderr
    assert "is published and signs in 60 s" in done.stdout
    assert len(list((tmp_path / "signing-keys").glob("*.pem"))) == 2

import asyncio
import os
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import func, select

from chassis import migrations
from chassis.auth import jwt
from chassis.crypto import FieldCipher
from chassis.db import make_engine, make_sessionmaker
from chassis.testing import mint_token, throwaway_database
from gateway.config import Settings
from gateway.identity import keystore
from gateway.identity.keys import KeyRing, SigningKey
from gateway.identity.rotation import rotate_signing_key
from tests.conftest import MIGRATIONS
from tests.helpers import bearer, count_events, login

ISSUER, AUDIENCE = "xiangqing-gateway", "xiangqing"


class Clock:
    def __init__(self) -> None:
        self.now = time.time()

    def __call__(self) -> float:
        return self.now


def ring_with_one_key(clock: Clock) -> KeyRing:
    ring = KeyRing(token_ttl_seconds=900, clock=clock)
    ring.replace([SigningKey.of(jwt.generate_private_key_pem(), int(clock.now * 1e9))])
    return ring


def rotate_in_memory(ring: KeyRing) -> tuple[SigningKey, list[str]]:
    """keystore.rotate without the table: the same rule."""
    key = SigningKey.of(jwt.generate_private_key_pem(), ring.next_created_ns())
    ring.replace([*ring.keys, key])
    dropped = ring.retired()
    ring.replace([k for k in ring.keys if k.kid not in dropped])
    return key, dropped


def test_a_new_key_is_published_a_minute_before_it_signs() -> None:
    clock = Clock()
    ring = ring_with_one_key(clock)
    old = ring.current
    new, _ = rotate_in_memory(ring)
    assert ring.current.kid == old.kid
    assert [key["kid"] for key in ring.jwks()["keys"]] == [new.kid, old.kid]
    clock.now += 60
    assert ring.current.kid == new.kid


def test_after_a_rotation_the_old_key_verifies_until_its_tokens_expire() -> None:
    clock = Clock()
    ring = ring_with_one_key(clock)
    old = ring.current
    old_token = mint_token("admin", private_key=old.private_key_pem, now=int(clock.now))
    new, dropped = rotate_in_memory(ring)
    assert new.kid != old.kid and dropped == []
    clock.now += 60  # the new key signs from here; the old one signed its last token just before
    assert ring.current.kid == new.kid
    assert [key["kid"] for key in ring.jwks()["keys"]] == [new.kid, old.kid]
    assert ring.verify(old_token, issuer=ISSUER, audience=AUDIENCE)["role"] == "admin"
    clock.now += 900 + 60  # every token the old key signed has expired (with the minute of leeway)
    assert [key["kid"] for key in ring.jwks()["keys"]] == [new.kid]
    _, dropped = rotate_in_memory(ring)
    assert dropped == [old.kid] and len(ring.keys) == 2


def test_an_empty_ring_says_where_its_keys_come_from() -> None:
    ring = KeyRing(token_ttl_seconds=900)
    with pytest.raises(RuntimeError, match="database"):
        _ = ring.current


async def test_keys_are_kept_encrypted_and_another_replica_sees_a_rotation(client: httpx.AsyncClient, app: FastAPI,
                                                                           settings: Settings,
                                                                           tmp_path: Path) -> None:
    cipher = FieldCipher(settings.field_encryption_key.get_secret_value())
    serving, other = app.state.key_ring, KeyRing(token_ttl_seconds=900)
    async with app.state.sessionmaker() as session, session.begin():
        other.replace(await keystore.ensure(session, cipher, other, folder=tmp_path / "none"))
        assert {k.kid for k in other.keys} == {k.kid for k in serving.keys}  # one ring, not one per process
        stored = (await session.execute(select(keystore.StoredSigningKey.private_key_encrypted))).scalars().all()
        assert stored and not any("PRIVATE KEY" in text for text in stored)
        new, _ = await keystore.rotate(session, cipher, other)
    async with app.state.sessionmaker() as session:
        serving.replace(await keystore.load(session, cipher))  # what kept_fresh does every REFRESH_SECONDS
    assert new.kid in serving.verification_keys()


def test_the_pem_files_of_an_earlier_installation_are_adopted(settings: Settings, tmp_path: Path) -> None:
    folder = tmp_path / "signing-keys"
    folder.mkdir()
    pem = jwt.generate_private_key_pem()
    (folder / f"{time.time_ns():020d}-kid.pem").write_text(pem)

    async def first_start(url: str) -> tuple[str, int]:
        engine = make_engine(settings.model_copy(update={"database_url": url}))
        try:
            async with make_sessionmaker(engine)() as session, session.begin():
                ring = KeyRing(token_ttl_seconds=900)
                ring.replace(await keystore.ensure(session, FieldCipher("k"), ring, folder=folder))
                count = (await session.execute(select(func.count()).select_from(keystore.StoredSigningKey))).scalar()
                return ring.current.kid, int(count or 0)
        finally:
            await engine.dispose()

    with throwaway_database("gateway_keys") as url:
        migrations.upgrade(MIGRATIONS, url)
        assert asyncio.run(first_start(url)) == (jwt.key_id(jwt.public_key_pem(pem)), 1)


async def test_rotating_the_gateways_key_keeps_issued_tokens_valid_and_the_jwks_lists_both(
        client: httpx.AsyncClient, app: FastAPI, settings: Settings) -> None:
    before = await login(client, "city")
    old_kid = jwt.unverified_kid(before)
    ring = app.state.key_ring
    async with app.state.sessionmaker() as session, session.begin():
        report = await rotate_signing_key(session, settings, ring)
    assert old_kid in report
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
    for command in (["migrate"], ["rotate-key"], ["rotate-key"]):
        done = subprocess.run([sys.executable, "-m", "gateway", *command], env=env, cwd=root, capture_output=True,
                              text=True, timeout=120)
        assert done.returncode == 0, done.stderr
    assert "is published and signs in 60 s" in done.stdout
    assert not (tmp_path / "signing-keys").exists()  # the keys are in the database, not in files

"""The one module that touches python-jose: signing (the gateway) and verifying (everyone).

Verification pins the algorithms, requires exp, iat, iss, aud and sub, and picks the key by `kid`.
JWE is never used.
"""

import hashlib
import json
import time
import uuid
from collections.abc import Mapping
from typing import Any

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from jose import jwk, jwt
from jose.exceptions import JOSEError

ALGORITHM = "ES256"
REQUIRED_CLAIMS = ("exp", "iat", "iss", "aud", "sub")


class InvalidToken(Exception):
    """The token is not one we accept; the message says why (for logs, never for the client)."""


def generate_private_key_pem() -> str:
    key = ec.generate_private_key(ec.SECP256R1())
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode()


def public_key_pem(private_key_pem: str) -> str:
    key = serialization.load_pem_private_key(private_key_pem.encode(), password=None)
    return key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    ).decode()


def key_id(public_pem: str) -> str:
    """A stable kid: a hash of the public key, so a restarted gateway keeps the kid of a kept key."""
    return hashlib.sha256(public_pem.encode()).hexdigest()[:16]


def public_jwk(public_pem: str) -> dict[str, Any]:
    data = jwk.construct(public_pem, ALGORITHM).to_dict()
    data = {k: (v.decode() if isinstance(v, bytes) else v) for k, v in data.items()}
    return {**data, "kid": key_id(public_pem), "use": "sig", "alg": ALGORITHM}


def sign(claims: Mapping[str, Any], private_key_pem: str, *, ttl_seconds: int, issuer: str,
         audience: str, now: int | None = None) -> str:
    issued = int(time.time()) if now is None else now
    payload = {
        **claims,
        "iss": issuer,
        "aud": audience,
        "iat": issued,
        "nbf": issued,
        "exp": issued + ttl_seconds,
        "jti": str(uuid.uuid4()),
    }
    kid = key_id(public_key_pem(private_key_pem))
    token: str = jwt.encode(payload, private_key_pem, algorithm=ALGORITHM, headers={"kid": kid})
    return token


def unverified_kid(token: str) -> str | None:
    try:
        header = jwt.get_unverified_header(token)
    except JOSEError as exc:
        raise InvalidToken(f"malformed header: {exc}") from exc
    kid = header.get("kid")
    return kid if isinstance(kid, str) else None


def verify(token: str, public_keys: Mapping[str, Mapping[str, Any]], *, issuer: str, audience: str,
           algorithms: tuple[str, ...] = (ALGORITHM,)) -> dict[str, Any]:
    """Claims of a valid token, or InvalidToken. `public_keys` maps kid to a JWK."""
    kid = unverified_kid(token)
    if kid is None or kid not in public_keys:
        raise InvalidToken(f"unknown key id {kid!r}")
    try:
        claims: dict[str, Any] = jwt.decode(
            token,
            dict(public_keys[kid]),
            algorithms=list(algorithms),
            audience=audience,
            issuer=issuer,
            options={f"require_{claim}": True for claim in REQUIRED_CLAIMS}
            | {"verify_at_hash": False, "leeway": 30},
        )
    except JOSEError as exc:
        raise InvalidToken(str(exc)) from exc
    return claims


def parse_jwks(document: str | bytes | Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    data = json.loads(document) if isinstance(document, str | bytes) else document
    return {k["kid"]: dict(k) for k in data.get("keys", []) if isinstance(k, dict) and "kid" in k}

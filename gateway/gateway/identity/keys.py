"""The gateway's ES256 signing key: generated on first start, kept on disk (mode 600), never committed."""

import os
from pathlib import Path
from typing import Any

from chassis.auth import jwt


class SigningKeys:
    def __init__(self, private_key_pem: str) -> None:
        self.private_key_pem = private_key_pem
        self.public_key_pem = jwt.public_key_pem(private_key_pem)

    @classmethod
    def load_or_create(cls, path: Path) -> "SigningKeys":
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            return cls(path.read_text())
        with os.fdopen(descriptor, "w") as handle:
            handle.write(jwt.generate_private_key_pem())
        return cls(path.read_text())

    def jwks(self) -> dict[str, list[dict[str, Any]]]:
        return {"keys": [jwt.public_jwk(self.public_key_pem)]}

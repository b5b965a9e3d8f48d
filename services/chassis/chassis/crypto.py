"""Encryption at rest for personal fields (ID-card and phone numbers), and a keyed hash to find them.

The key comes from the service's settings (a SecretStr that production refuses to leave at its default).
"""

import base64
import hashlib
import hmac

from cryptography.fernet import Fernet, InvalidToken


class FieldCipher:
    def __init__(self, secret: str) -> None:
        material = hashlib.sha256(f"xiangqing-field-encryption:{secret}".encode()).digest()
        self._fernet = Fernet(base64.urlsafe_b64encode(material))
        self._lookup_key = hashlib.sha256(f"xiangqing-field-lookup:{secret}".encode()).digest()

    def encrypt(self, plaintext: str) -> str:
        return self._fernet.encrypt(plaintext.encode()).decode()

    def decrypt(self, ciphertext: str) -> str:
        try:
            return self._fernet.decrypt(ciphertext.encode()).decode()
        except InvalidToken as exc:
            raise ValueError("a field could not be decrypted with this key") from exc

    def lookup_hash(self, plaintext: str) -> str:
        """Deterministic, so equal numbers can be found and kept unique without decrypting."""
        return hmac.new(self._lookup_key, plaintext.encode(), hashlib.sha256).hexdigest()

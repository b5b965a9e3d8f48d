"""Shapes the whole gateway shares: a person's name, and the tokens it answers with."""

from typing import Annotated

from pydantic import BaseModel, StringConstraints

DisplayName = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=100)]


class TokenResponse(BaseModel):
    """What the token endpoint answers (RFC 6749 5.1). A password login also gets a refresh token; a client
    (client credentials) gets none and asks again."""

    access_token: str
    token_type: str = "bearer"  # noqa: S105
    expires_in: int
    refresh_token: str | None = None
    scope: str = ""

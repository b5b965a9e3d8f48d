"""The caller's address: the peer, or (only behind a proxy we trust) the last address it forwarded for."""

import ipaddress

from starlette.requests import HTTPConnection


def client_address(connection: HTTPConnection) -> str:
    peer = connection.client.host if connection.client else ""
    trusted: list[str] = connection.app.state.settings.trusted_proxies
    if peer not in trusted:
        return peer
    forwarded = [part.strip() for part in connection.headers.get("x-forwarded-for", "").split(",") if part.strip()]
    # Walk back from the nearest hop; the first address that is not one of our proxies is the client.
    for address in reversed(forwarded):
        if address not in trusted:
            return address if _is_ip(address) else peer
    return peer


def _is_ip(text: str) -> bool:
    try:
        ipaddress.ip_address(text)
    except ValueError:
        return False
    return True

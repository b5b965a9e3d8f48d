"""The caller's address: the peer, or (only behind a proxy we trust) the last address it forwarded for.

`GATEWAY_TRUSTED_PROXIES` lists addresses or networks (`10.42.0.0/16`): on Kubernetes the ingress controller's
pods change address as they move, so the pod network is what an operator can name.
"""

import ipaddress
from functools import lru_cache

from starlette.requests import HTTPConnection

Network = ipaddress.IPv4Network | ipaddress.IPv6Network


def client_address(connection: HTTPConnection) -> str:
    peer = connection.client.host if connection.client else ""
    listed: list[str] = connection.app.state.settings.trusted_proxies
    if not listed:
        return peer
    trusted = networks(tuple(listed))
    if not _within(peer, trusted):
        return peer
    # Every X-Forwarded-For line in order, as one list (RFC 9110 5.3): a proxy that adds a line of its own after the
    # client's, rather than appending to it, puts the address it saw last, where the walk begins.
    forwarded = [part.strip() for line in connection.headers.getlist("x-forwarded-for") for part in line.split(",")
                 if part.strip()]
    # Walk back from the nearest hop; the first address that is not one of our proxies is the client.
    for address in reversed(forwarded):
        if not _within(address, trusted):
            return address if _is_ip(address) else peer
    return peer


@lru_cache(maxsize=8)
def networks(listed: tuple[str, ...]) -> tuple[Network, ...]:
    """Each entry as a network (an address is a network of one); the settings have checked that they parse."""
    return tuple(ipaddress.ip_network(entry, strict=False) for entry in listed)


def _within(address: str, trusted: tuple[Network, ...]) -> bool:
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return any(ip in network for network in trusted)


def _is_ip(text: str) -> bool:
    try:
        ipaddress.ip_address(text)
    except ValueError:
        return False
    return True

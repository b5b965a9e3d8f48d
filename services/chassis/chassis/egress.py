"""Requests to a URL a partner chose (a bank's webhook endpoint): https, to a public address, pinned.

Such a URL must not turn a service into a way into the cluster (SSRF). `destination(url, rule)` resolves the
host and refuses the URL unless every address it resolves to is public; the request then goes to the address
that was checked (`Destination.pinned_url`), with the name kept for the Host header, the TLS server name and
the certificate check, so a name that resolves elsewhere a moment later (DNS rebinding) changes nothing.
Check at registration for a clear answer, and again before every request: only the second one protects.
"""

import asyncio
import socket
from dataclasses import dataclass
from ipaddress import IPv4Address, IPv6Address, ip_address, ip_network

import httpx

from chassis.settings import Environment, ServiceSettings

IPAddress = IPv4Address | IPv6Address
RESOLVE_TIMEOUT_SECONDS = 5.0
_NAT64 = ip_network("64:ff9b::/96")  # a NAT64 gateway reaches the IPv4 address in the last 32 bits
_SHARED = ip_network("100.64.0.0/10")  # carrier-grade NAT: not global, though not "private" before Python 3.13
NON_PUBLIC = "its host is at a non-public address (loopback, private, link-local, multicast or reserved)"


class Refused(Exception):
    """Why a URL is not sent to, in words for the partner: the rule broken, never an address it resolved to."""


class Unresolved(Refused):
    """The URL's host name does not resolve now: nothing is sent, and nothing could be reached through it."""


@dataclass(frozen=True, slots=True)
class EgressRule:
    """What may be sent to: https to public addresses unless loosened for development or tests; nothing at all
    when `send` is off (a test that calls every route with made-up URLs must not reach out)."""

    allow_http: bool = False
    allow_private: bool = False
    send: bool = True

    @classmethod
    def of(cls, settings: ServiceSettings) -> "EgressRule":
        """Development may use http; only the named allowance (refused in production) reaches private addresses,
        and with it http, for a receiver on this machine."""
        local = settings.webhook_allow_private
        return cls(allow_http=local or settings.environment is Environment.development, allow_private=local,
                   send=settings.webhook_send)


def is_public(address: IPAddress) -> bool:
    """On the internet: not loopback, private, link-local, multicast, reserved, unspecified or shared, and
    not an IPv6 form (mapped, 6to4, Teredo, NAT64) of such an IPv4 address."""
    if (not address.is_global or address.is_private or address.is_loopback or address.is_link_local
            or address.is_multicast or address.is_reserved or address.is_unspecified):
        return False
    if isinstance(address, IPv4Address):
        return address not in _SHARED
    if address.is_site_local or address.teredo is not None:
        return False
    embedded = address.ipv4_mapped or address.sixtofour
    if embedded is None and address in _NAT64:
        embedded = IPv4Address(int(address) & 0xFFFFFFFF)
    return embedded is None or is_public(embedded)


async def addresses_of(host: str, port: int) -> list[IPAddress]:
    """The addresses the system resolver gives `host` (an IP literal in any form gives itself), in its order.

    Raises socket.gaierror when the name does not resolve."""
    infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
    found: list[IPAddress] = []
    for *_, sockaddr in infos:
        address = ip_address(str(sockaddr[0]).partition("%")[0])  # an IPv6 zone (fe80::1%eth0) is no part
        if address not in found:
            found.append(address)
    return found


def _is_localhost(host: str) -> bool:
    name = host.rstrip(".").lower()  # `localhost.` is localhost too
    return name == "localhost" or name.endswith(".localhost")


@dataclass(frozen=True, slots=True)
class Destination:
    """A URL that passed the rule, and the address it was checked at: send to `pinned_url` with `headers`
    and `extensions`, so the connection goes to that address and TLS is checked for the URL's name."""

    url: httpx.URL
    address: IPAddress

    @property
    def pinned_url(self) -> httpx.URL:
        return self.url.copy_with(host=str(self.address))

    @property
    def headers(self) -> dict[str, str]:
        # A client pools connections by address: one whose certificate was checked for this name must not
        # carry the request of another name at the same address.
        return {"host": self.url.netloc.decode("ascii"), "connection": "close"}

    @property
    def extensions(self) -> dict[str, str]:
        return {"sni_hostname": self.url.raw_host.decode("ascii")} if self.url.scheme == "https" else {}


async def destination(url: str, rule: EgressRule) -> Destination:
    """Resolves the URL's host now and returns it with the first address, if the rule allows all of them."""
    try:
        parsed = httpx.URL(url)
    except httpx.InvalidURL:
        raise Refused("it is not a valid URL") from None
    if parsed.scheme not in ("https", "http") or (parsed.scheme == "http" and not rule.allow_http):
        raise Refused("it must use https")
    if parsed.userinfo:
        raise Refused("it must not carry a user name or password")
    host = parsed.raw_host.decode("ascii")
    if not host:
        raise Refused("it has no host")
    if not rule.allow_private and _is_localhost(host):
        raise Refused(NON_PUBLIC)
    try:
        async with asyncio.timeout(RESOLVE_TIMEOUT_SECONDS):
            addresses = await addresses_of(host, parsed.port or (443 if parsed.scheme == "https" else 80))
    except TimeoutError:
        raise Unresolved("its host name did not resolve in time") from None
    except (OSError, UnicodeError, ValueError):  # gaierror is an OSError; a name too long is a UnicodeError
        raise Unresolved("its host name does not resolve") from None
    if not addresses:
        raise Unresolved("its host name does not resolve")
    if not rule.allow_private and not all(is_public(address) for address in addresses):
        raise Refused(NON_PUBLIC)
    return Destination(parsed, addresses[0])

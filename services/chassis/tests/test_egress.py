"""A partner's URL is sent to only when it is https on a public address, and only at the address checked."""

from ipaddress import ip_address

import pytest
from pydantic import ValidationError

from chassis.egress import EgressRule, Refused, destination, is_public
from chassis.settings import ServiceSettings
from chassis.testing import resolving

STRICT = EgressRule()
LOCAL = EgressRule(allow_http=True, allow_private=True)
PUBLIC = "93.184.216.34"


@pytest.mark.parametrize("address", [
    "127.0.0.1", "10.0.0.5", "172.16.0.1", "192.168.1.1", "169.254.169.254", "100.64.0.1", "0.0.0.0",
    "224.0.0.1", "240.0.0.1", "255.255.255.255", "192.0.2.1",
    "::1", "::", "fe80::1", "fc00::1", "fec0::1", "ff02::1", "2001:db8::1",
    "::ffff:127.0.0.1", "::ffff:10.0.0.5", "2002:7f00:1::", "64:ff9b::a00:5", "::127.0.0.1",
])
def test_loopback_private_link_local_multicast_reserved_and_embedded_ones_are_not_public(address: str) -> None:
    assert not is_public(ip_address(address))


@pytest.mark.parametrize("address", [PUBLIC, "8.8.8.8", "2606:2800:220:1:248:1893:25c8:1946"])
def test_a_public_address_is_public(address: str) -> None:
    assert is_public(ip_address(address))


@pytest.mark.parametrize("url", [
    "https://127.0.0.1/hooks", "https://localhost/", "https://localhost./", "https://api.localhost/",
    "https://[::1]/", "https://10.0.0.5/", "https://169.254.169.254/latest/meta-data/", "https://0.0.0.0/",
    "https://2130706433/", "https://0x7f000001/", "https://[::ffff:127.0.0.1]/", "https://100.64.0.1/",
    "https://internal.example/", "https://half.example/",
])
async def test_a_url_that_reaches_a_non_public_address_is_refused(url: str) -> None:
    with resolving({"internal.example": ["10.1.2.3"], "half.example": [PUBLIC, "10.1.2.3"]}), \
            pytest.raises(Refused, match="non-public"):
        await destination(url, STRICT)


@pytest.mark.parametrize(("url", "reason"), [
    ("http://bank.example/hooks", "https"),
    ("ftp://bank.example/hooks", "https"),
    ("https://bank.example@127.0.0.1/", "user name"),
    ("https://nowhere.invalid/", "does not resolve"),
    ("https:///hooks", "host"),
])
async def test_a_url_that_is_not_https_to_a_named_host_is_refused(url: str, reason: str) -> None:
    with resolving({"bank.example": [PUBLIC]}), pytest.raises(Refused, match=reason):
        await destination(url, STRICT)


async def test_a_public_name_is_sent_to_the_address_checked_under_its_own_name() -> None:
    with resolving({"bank.example": [PUBLIC]}):
        target = await destination("https://bank.example:8443/hooks?v=2", STRICT)
    assert str(target.pinned_url) == f"https://{PUBLIC}:8443/hooks?v=2"
    assert target.headers == {"host": "bank.example:8443", "connection": "close"}
    assert target.extensions == {"sni_hostname": "bank.example"}


async def test_an_ipv6_address_is_pinned_in_brackets() -> None:
    with resolving({"bank.example": ["2606:2800:220:1:248:1893:25c8:1946"]}):
        target = await destination("https://bank.example/hooks", STRICT)
    assert str(target.pinned_url) == "https://[2606:2800:220:1:248:1893:25c8:1946]/hooks"


async def test_the_local_allowance_lets_a_receiver_on_this_machine_through() -> None:
    target = await destination("http://127.0.0.1:9000/webhooks", LOCAL)
    assert str(target.pinned_url) == "http://127.0.0.1:9000/webhooks" and target.extensions == {}


def test_development_allows_http_and_only_the_named_allowance_allows_private_addresses() -> None:
    assert EgressRule.of(ServiceSettings(environment="production")) == STRICT
    assert EgressRule.of(ServiceSettings(environment="test")) == STRICT
    assert EgressRule.of(ServiceSettings(environment="development")) == EgressRule(allow_http=True)
    assert EgressRule.of(ServiceSettings(environment="test", webhook_allow_private=True)) == LOCAL


def test_production_refuses_the_private_address_allowance() -> None:
    with pytest.raises(ValidationError, match="webhook_allow_private"):
        ServiceSettings(environment="production", webhook_allow_private=True)

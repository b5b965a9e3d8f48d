"""Builds the API reference from the apps' own documents: `scripts/export_openapi.py` calls `build` and writes
`reference/openapi.json`, which the gateway serves (CI fails when it is stale, as for the SPA's client).

The guides (`guides.md`) are the document's description; the problem types are every `chassis.problems.Problem`
subclass the apps have loaded, listed with their status and what they mean.
"""

import inspect
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from chassis.problems import PROBLEM_BASE, Problem
from gateway.reference.merge import Document, merge

HERE = Path(__file__).resolve().parent
DOCUMENT = HERE / "openapi.json"
TITLE = "乡青 Xiangqing API"


# What each kind of problem means for a caller, and what to do about it.
MEANINGS = {
    "bad-request": "The request could not be read (a malformed body or a path with dot segments or encoded slashes).",
    "invalid-code": "The registration code is wrong or has expired; ask for a new one.",
    "invalid-scope": "The client asked for a scope it was not given.",
    "invalid-client": "The client id or secret is wrong, or the client is disabled.",
    "invalid-refresh-token": "The refresh token is unknown, spent or expired: log in again.",
    "unauthorized": "No token, or a token that is expired, malformed, signed by an unknown key or revoked.",
    "forbidden": "The token is good but its role, scope or bank may not do this.",
    "password-change-required": "The password is right but must be changed first (`change_url` says where).",
    "not-found": "No such record, or one the caller may not see (another bank's, another county's): the same answer.",
    "conflict": "The record is not in a state that allows this (the answer names the state it is in now).",
    "idempotency-request-in-flight": "A request with this Idempotency-Key is still running: retry after `Retry-After`.",
    "identity-frozen": "The borrower's name, ID number and county are fixed since the first submission; staff "
                       "correct them.",
    "payload-too-large": "The body is over 1 MiB.",
    "idempotency-key-reused": "This Idempotency-Key was used with another body: use a new key for a new request.",
    "unprocessable": "The request is well-formed but the rules refuse it (`detail` says which).",
    "validation-error": "Invalid input: `errors` lists each field, where it was (`body.amount`, `query.limit`) "
                        "and why.",
    "weak-password": "The new password is too easy to guess.",
    "too-many-attempts": "Too many failed logins or codes from here: wait `Retry-After` seconds.",
    "too-many-requests": "Too many requests of this kind (an inquiry a day from one number, say): wait `Retry-After`.",
    "rate-limited": "The caller's rate limit is spent: wait `Retry-After` seconds (the RateLimit headers say how "
                    "much is left before it comes to that).",
    "uri-too-long": "The query string is over 2,048 bytes.",
    "internal-error": "Our fault: nothing was changed. Quote the X-Request-ID header to the committee.",
    "service-unavailable": "The service behind the gateway is down or its circuit is open: retry after `Retry-After`.",
    "gateway-timeout": "The service did not answer in time; a write may or may not have been done: retry it with the "
                       "same Idempotency-Key.",
}


def _subclasses(cls: type[Problem]) -> Iterator[type[Problem]]:
    for sub in cls.__subclasses__():
        yield sub
        yield from _subclasses(sub)


def problem_types() -> list[dict[str, Any]]:
    """Each kind of problem once (by its type URI): status, title and the class's own words for it."""
    found: dict[str, dict[str, Any]] = {}
    classes: list[type[Problem]] = [Problem, *_subclasses(Problem)]
    for cls in classes:
        doc = " ".join((inspect.getdoc(cls) or "").split()) if cls.__doc__ else ""
        found.setdefault(PROBLEM_BASE + cls.slug, {"type": PROBLEM_BASE + cls.slug, "status": cls.status,
                                                   "title": cls.title, "description": MEANINGS.get(cls.slug, doc)})
    # Answered by middleware without a Problem class: the gateway's guard.
    for slug, status, title in (("rate-limited", 429, "Too many requests"), ("uri-too-long", 414, "URI too long")):
        found.setdefault(PROBLEM_BASE + slug, {"type": PROBLEM_BASE + slug, "status": status, "title": title,
                                               "description": MEANINGS[slug]})
    return sorted(found.values(), key=lambda entry: (entry["status"], entry["type"]))


def _table(types: list[dict[str, Any]]) -> str:
    rows = "\n".join(f"| `{entry['type'].removeprefix(PROBLEM_BASE)}` | {entry['status']} | {entry['title']} | "
                     f"{entry['description'].replace('|', '/')} |" for entry in types)
    return (f"## Problem types\n\nEach `type` is `{PROBLEM_BASE}<name>`.\n\n| name | status | title | meaning |\n"
            f"|---|---|---|---|\n{rows}\n")


def build(documents: Mapping[str, Document], *, version: str) -> Document:
    types = problem_types()
    description = (HERE / "guides.md").read_text(encoding="utf-8").strip() + "\n\n" + _table(types)
    merged = merge(documents, title=TITLE, version=version, description=description)
    merged["x-problem-types"] = types
    return merged

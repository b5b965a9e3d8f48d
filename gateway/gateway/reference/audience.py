"""The views of the API reference. Pure: the merged document in, a filtered copy out.

The bank view keeps what a partner bank's system may call: the loan API's operations whose declared policy lets a
bank officer in (`x-roles`, written by chassis.openapi from the same declarations the policy matrix checks; a
bank's client token carries the `loans` scope only), the token endpoint, the webhooks, and the schemas they use.
"""

import copy
from enum import StrEnum

from gateway.reference.merge import TOKEN_URL, Document, reachable_schemas


class Audience(StrEnum):
    all = "all"
    bank = "bank"


BANK_ROLE = "bank_officer"
BANK_PREFIX = "/api/v1/loans/"


def for_bank(merged: Document) -> Document:
    view = copy.deepcopy(merged)
    paths: Document = {}
    for path, item in merged["paths"].items():
        kept = {method: operation for method, operation in item.items()
                if isinstance(operation, dict) and (
                    path == TOKEN_URL or (path.startswith(BANK_PREFIX) and BANK_ROLE in operation.get("x-roles", ())))}
        if kept:
            paths[path] = copy.deepcopy(kept)
    view["paths"] = paths
    used = {tag for item in paths.values() for operation in item.values() for tag in operation.get("tags", ())}
    view["tags"] = [tag for tag in merged["tags"] if tag["name"] in used]
    view["x-tagGroups"] = [{**group, "tags": [tag for tag in group["tags"] if tag in used]}
                           for group in merged["x-tagGroups"] if set(group["tags"]) & used]
    keep = reachable_schemas(view)
    view["components"]["schemas"] = {name: schema for name, schema in merged["components"]["schemas"].items()
                                     if name in keep}
    view["info"] = {**merged["info"], "title": merged["info"]["title"] + " (partner banks)"}
    return view


def view(merged: Document, audience: Audience) -> Document:
    return for_bank(merged) if audience is Audience.bank else merged

"""Writes each app's OpenAPI document to frontend/openapi/<name>.json, without starting a server, and the merged
API reference the gateway serves at /api/docs to gateway/gateway/reference/openapi.json.

The SPA's typed client is generated from these files (`make client`); CI fails when they are stale.
"""

import importlib
import json
import os
import sys
import tempfile
from pathlib import Path

from gateway.reference.build import DOCUMENT, build

ROOT = Path(__file__).resolve().parents[1]
APPS = ("gateway", "loans", "products", "training", "volunteers")
VERSION = "1.0.0"  # the API reference's version: /api/v1, as released


def main() -> None:
    out = ROOT / "frontend" / "openapi"
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        # The gateway makes a signing key at start; keep it out of the repo's data folder.
        os.environ["GATEWAY_DATA_DIR"] = scratch
        documents = {}
        for name in APPS:
            app = importlib.import_module(f"{name}.main").create_app()
            documents[name] = app.openapi()
            (out / f"{name}.json").write_text(dump(documents[name]), encoding="utf-8")
            print(f"wrote {out.relative_to(ROOT) / (name + '.json')}", file=sys.stderr)
    # After the apps: build() lists the problem types they have loaded.
    DOCUMENT.write_text(dump(build(json.loads(json.dumps(documents)), version=VERSION)), encoding="utf-8")
    print(f"wrote {DOCUMENT.relative_to(ROOT)}", file=sys.stderr)


def dump(document: dict[str, object]) -> str:
    return json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


if __name__ == "__main__":
    main()

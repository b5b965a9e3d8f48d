"""Writes each app's OpenAPI document to frontend/openapi/<name>.json, without starting a server.

The SPA's typed client is generated from these files (`make client`); CI fails when they are stale.
"""

import importlib
import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
APPS = ("gateway", "loans", "products", "training", "volunteers")


def main() -> None:
    out = ROOT / "frontend" / "openapi"
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        # The gateway makes a signing key at start; keep it out of the repo's data folder.
        os.environ["GATEWAY_DATA_DIR"] = scratch
        for name in APPS:
            app = importlib.import_module(f"{name}.main").create_app()
            document = json.dumps(app.openapi(), ensure_ascii=False, indent=2, sort_keys=True)
            (out / f"{name}.json").write_text(document + "\n", encoding="utf-8")
            print(f"wrote {out.relative_to(ROOT) / (name + '.json')}", file=sys.stderr)


if __name__ == "__main__":
    main()

from pathlib import Path

import hypothesis

from chassis.testing import service_fixtures
from loans.config import Settings
from loans.main import create_app

# Property tests explore the same examples on every run: a failure in CI is one a developer can replay.
hypothesis.settings.register_profile("xiangqing", derandomize=True, deadline=None)
hypothesis.settings.load_profile("xiangqing")

MIGRATIONS = Path(__file__).resolve().parents[1] / "migrations"

# Webhook delivery is driven by the tests themselves (outbox.deliver_due), not by a background task, to
# receivers on loopback (the tests' allowance; tests of the production rule take it away).
database_url, app, client = service_fixtures("loans", create_app, Settings, MIGRATIONS, background_work=False,
                                             webhook_allow_private=True)

from pathlib import Path

from chassis.testing import service_fixtures
from volunteers.config import Settings
from volunteers.main import create_app

database_url, app, client = service_fixtures(
    "volunteers", create_app, Settings, Path(__file__).resolve().parents[1] / "migrations")

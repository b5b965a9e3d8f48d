from pathlib import Path

from chassis.testing import service_fixtures
from training.config import Settings
from training.main import create_app

database_url, app, client = service_fixtures(
    "training", create_app, Settings, Path(__file__).resolve().parents[1] / "migrations",
    background_work=False, sms_sender="memory")

"""A new installation's first administrator, from the command line (demo accounts never reach production)."""

import os
import subprocess
import sys
from pathlib import Path

from chassis.testing import app_client
from gateway.config import Settings
from gateway.main import create_app

ROOT = Path(__file__).resolve().parents[3]


def gateway(*command: str, data: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "GATEWAY_DATA_DIR": str(data), "GATEWAY_DATABASE_URL": ""}
    return subprocess.run([sys.executable, "-m", "gateway", *command], env=env, cwd=ROOT, capture_output=True,
                          text=True, timeout=120)


async def test_create_admin_makes_one_administrator_who_must_choose_a_password(tmp_path: Path,
                                                                                 settings: Settings) -> None:
    assert gateway("migrate", data=tmp_path).returncode == 0
    made = gateway("create-admin", "--username", "root-admin", "--name", "系统管理员", data=tmp_path)
    assert made.returncode == 0, made.stderr
    password = made.stdout.rsplit(": ", 1)[1].strip()
    assert len(password) >= 16

    again = gateway("create-admin", "--username", "second", "--name", "又一个", data=tmp_path)
    assert again.returncode != 0 and "administrator exists already" in again.stderr

    fresh = settings.model_copy(update={"database_url": "", "data_dir": tmp_path})
    async with app_client(create_app(fresh)) as client:
        response = await client.post("/api/v1/auth/token", data={"username": "root-admin", "password": password})
        # The password is right, and the first thing the administrator does is choose their own.
        assert response.status_code == 403, response.text
        assert response.json()["type"].endswith("password-change-required")

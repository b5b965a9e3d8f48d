import pytest
from pydantic import SecretStr, ValidationError
from pydantic_settings import SettingsConfigDict

from chassis.counties import counties, county_name
from chassis.settings import ServiceSettings


class WithSecret(ServiceSettings):
    field_key: SecretStr = SecretStr("change-me")


def test_production_refuses_development_secrets() -> None:
    with pytest.raises(ValidationError):
        WithSecret(environment="production")
    assert WithSecret(environment="production", field_key=SecretStr("a-real-one-from-the-vault"))
    assert WithSecret(environment="development")


@pytest.mark.parametrize(("host", "database_url"), [
    ("0.0.0.0", ""), ("10.0.3.7", ""), ("::", ""), ("loans.internal", ""),
    ("127.0.0.1", "postgresql+asyncpg://xq@db:5432/xq"),
])
def test_development_secrets_are_refused_where_others_reach_the_process(host: str, database_url: str) -> None:
    # Whatever *_ENVIRONMENT says (its default is development): the flag alone must not guard production.
    settings = WithSecret(service_name="loans", database_url=database_url)
    with pytest.raises(ValueError, match="FIELD_KEY"):
        settings.ensure_safe_to_serve(host)
    WithSecret(service_name="loans", database_url=database_url,
               field_key=SecretStr("a-real-one-from-the-vault")).ensure_safe_to_serve(host)


@pytest.mark.parametrize("host", ["127.0.0.1", "::1", "[::1]", "localhost"])
def test_development_secrets_serve_on_this_machine_with_sqlite(host: str) -> None:
    WithSecret(service_name="loans").ensure_safe_to_serve(host)


def test_serve_refuses_to_start_and_says_which_secret_to_set(capsys: pytest.CaptureFixture[str]) -> None:
    from pathlib import Path

    from chassis.cli import main

    class LoansSettings(WithSecret):
        model_config = SettingsConfigDict(env_prefix="LOANS_")

    with pytest.raises(SystemExit) as exited:
        main(LoansSettings(service_name="loans"), Path("."), argv=["serve", "--host", "0.0.0.0", "--port", "8001"])
    assert exited.value.code == 2
    assert "LOANS_FIELD_KEY" in capsys.readouterr().err


def test_sqlite_file_per_service_by_default() -> None:
    settings = ServiceSettings(service_name="loans")
    assert settings.resolved_database_url == "sqlite+aiosqlite:///data/loans.db"
    assert settings.resolved_schema == "loans"


def test_the_eight_counties_of_qingyuan() -> None:
    assert len(counties()) == 8
    assert county_name("441881") == "英德市"


def test_the_schema_lists_exactly_the_data_files_counties() -> None:
    from pydantic import TypeAdapter

    from chassis.counties import CountyCode

    assert sorted(TypeAdapter(CountyCode).json_schema()["enum"]) == sorted(counties())

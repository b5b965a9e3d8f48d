import pytest
from pydantic import SecretStr, ValidationError

from chassis.counties import counties, county_name
from chassis.settings import ServiceSettings


class WithSecret(ServiceSettings):
    field_key: SecretStr = SecretStr("change-me")


def test_production_refuses_development_secrets() -> None:
    with pytest.raises(ValidationError):
        WithSecret(environment="production")
    assert WithSecret(environment="production", field_key=SecretStr("a-real-one-from-the-vault"))
    assert WithSecret(environment="development")


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

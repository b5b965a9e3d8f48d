from pydantic import SecretStr
from pydantic_settings import SettingsConfigDict

from chassis.settings import ServiceSettings


class Settings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="VOLUNTEERS_", extra="ignore")

    service_name: str = "volunteers"
    # Encrypts students' and guardians' phone numbers at rest; production refuses the development value.
    field_encryption_key: SecretStr = SecretStr("xiangqing-dev")
    # Signs the rotating check-in codes; production refuses the development value.
    checkin_secret: SecretStr = SecretStr("xiangqing-dev")
    # Where people open the SPA: the check-in QR code and a certificate's verification link point here.
    public_url: str = "http://127.0.0.1:8000"
    # Children's records are anonymized this many days after their camp ends (PIPL: kept no longer than needed).
    children_keep_days: int = 180
    # The gateway, and this service's own client there, to read names from loans and products (optional:
    # without them a site visit shows the reference alone).
    gateway_url: str | None = None
    client_id: str | None = None
    client_secret: SecretStr | None = None

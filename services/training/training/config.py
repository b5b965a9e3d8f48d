from pydantic import SecretStr
from pydantic_settings import SettingsConfigDict

from chassis.settings import ServiceSettings


class Settings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="TRAINING_", extra="ignore")

    service_name: str = "training"
    # Encrypts trainees' mobile and ID-card numbers at rest; production refuses the development value.
    field_encryption_key: SecretStr = SecretStr("xiangqing-dev")
    # Signs the rotating check-in codes; production refuses the development value.
    checkin_secret: SecretStr = SecretStr("xiangqing-dev")
    # Where people open the SPA: the check-in QR code and a certificate's verification link point here.
    public_url: str = "http://127.0.0.1:8000"
    # How the promotion notice reaches the trainee: "log" (the process log) or "memory" (tests).
    sms_sender: str = "log"
    # Send notifications in the background (tests turn it off and call the sender themselves).
    background_work: bool = True

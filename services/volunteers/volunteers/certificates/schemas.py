from datetime import date

from pydantic import BaseModel, Field


class PublicHoursCertificate(BaseModel):
    """What anyone holding the number may check: the holder's name masked (张*明), the hours it certifies."""

    number: str
    holder: str
    minutes: int
    hours: float = Field(description="Minutes in hours, to a tenth")
    issued_on: date
    valid: bool = Field(description="False once the holder's approved hours fell below it (an entry reversed)")

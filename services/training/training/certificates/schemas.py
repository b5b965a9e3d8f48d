import uuid
from datetime import date, datetime

from pydantic import BaseModel


class CertificateRead(BaseModel):
    """A certificate as staff and its owner see it: the name in full."""

    number: str
    trainee_id: uuid.UUID
    trainee_name: str
    programme_name: str
    session_id: uuid.UUID
    session_title: str
    completed_on: date
    issued_at: datetime
    valid: bool


class PublicCertificate(BaseModel):
    """What anyone holding the number may check: that it exists, what it certifies, and whose it is, the name
    masked (张*明) so the page confirms a name already known without giving one away."""

    number: str
    name: str
    programme: str
    session: str
    completed_on: date
    valid: bool

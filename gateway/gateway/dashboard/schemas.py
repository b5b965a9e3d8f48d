from datetime import datetime

from pydantic import BaseModel

from chassis.stats import ServiceStats


class ServiceSummary(BaseModel):
    service: str
    available: bool
    detail: str | None = None
    stats: ServiceStats | None = None


class Dashboard(BaseModel):
    generated_at: datetime
    services: list[ServiceSummary]

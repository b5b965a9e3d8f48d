"""The service's table of idempotency keys (chassis.idempotency): a phone's retried write is applied once."""

from chassis.idempotency import IdempotencyRecordMixin
from volunteers.db import Base


class IdempotencyRecord(IdempotencyRecordMixin, Base):
    __tablename__ = "idempotency_record"

"""The Idempotency-Key store of banks' writes (`chassis.idempotency`); `deps.IdempotencyDep` uses it."""

from chassis.idempotency import IdempotencyRecordMixin
from loans.db import Base


class IdempotencyRecord(IdempotencyRecordMixin, Base):
    __tablename__ = "idempotency_record"

"""Every table of the service, imported in one place for Alembic."""

from training.db import Base
from training.programmes.models import Programme
from training.sessions.models import TrainingSession

__all__ = ["Base", "Programme", "TrainingSession"]

from chassis.migrations import run_env
from loans.config import Settings
from loans.models import Base

run_env(Base.metadata, Settings())

from chassis.migrations import run_env
from training.config import Settings
from training.models import Base

run_env(Base.metadata, Settings())

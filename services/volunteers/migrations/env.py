from chassis.migrations import run_env
from volunteers.config import Settings
from volunteers.models import Base

run_env(Base.metadata, Settings())

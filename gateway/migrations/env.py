from chassis.migrations import run_env
from gateway.config import Settings
from gateway.models import Base

run_env(Base.metadata, Settings())

from chassis.migrations import run_env
from products.config import Settings
from products.models import Base

run_env(Base.metadata, Settings())

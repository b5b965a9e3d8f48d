from typing import Any

from sqlalchemy import MetaData
from sqlalchemy.orm import DeclarativeBase

from chassis.db import NAMING_CONVENTION, TYPE_ANNOTATION_MAP


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: dict[Any, Any] = TYPE_ANNOTATION_MAP

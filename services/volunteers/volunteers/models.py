"""Every table of the service, imported in one place for Alembic."""

from volunteers.activities.models import Activity
from volunteers.camps.models import Camp
from volunteers.children.models import Child, ChildAccess, ChildPhoto, IdempotencyRecord, RetentionRun, TenOneRecord
from volunteers.db import Base
from volunteers.profiles.models import Profile
from volunteers.selection.models import Application, ApplicationTransition, Notice
from volunteers.teams.models import ServicePoint, Team, TeamMember

__all__ = ["Activity", "Application", "ApplicationTransition", "Base", "Camp", "Child", "ChildAccess", "ChildPhoto",
           "IdempotencyRecord", "Notice", "Profile", "RetentionRun", "ServicePoint", "Team", "TeamMember",
           "TenOneRecord"]

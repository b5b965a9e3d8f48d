"""Every table of the service, imported in one place for Alembic."""

from volunteers.activities.models import Activity
from volunteers.certificates.models import HoursCertificate
from volunteers.children.models import Child, ChildAccess, ChildPhoto, RetentionRun, TenOneRecord
from volunteers.db import Base
from volunteers.hours.models import HoursEntry
from volunteers.idempotency import IdempotencyRecord
from volunteers.internships.models import InternshipHost, InternshipPlacement, InternshipPosition
from volunteers.profiles.models import Profile
from volunteers.selection.models import Application, ApplicationTransition, Notice
from volunteers.teams.models import Camp, ServicePoint, Team, TeamMember
from volunteers.visits.models import SiteVisit, VisitTransition

__all__ = [
           "Activity",
           "Application",
           "ApplicationTransition",
           "Base",
           "Camp",
           "Child",
           "ChildAccess",
           "ChildPhoto",
           "HoursCertificate",
           "HoursEntry",
           "IdempotencyRecord",
           "InternshipHost",
           "InternshipPlacement",
           "InternshipPosition",
           "Notice",
           "Profile",
           "RetentionRun",
           "ServicePoint",
           "SiteVisit",
           "Team",
           "TeamMember",
           "TenOneRecord",
           "VisitTransition",
]

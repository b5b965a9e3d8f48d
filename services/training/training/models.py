"""Every table of the service, imported in one place for Alembic."""

from training.attendance.models import Attendance
from training.certificates.models import Certificate
from training.db import Base
from training.enrolments.models import Enrolment, EnrolmentEvent
from training.feedback.models import Feedback
from training.lecturers.models import Lecturer
from training.notifications.models import Notification
from training.programmes.models import Programme
from training.sessions.models import SessionDate, TrainingSession, session_lecturer
from training.trainees.models import Trainee, TraineeImport

__all__ = ["Attendance", "Base", "Certificate", "Enrolment", "EnrolmentEvent", "Feedback", "Lecturer",
           "Notification", "Programme", "SessionDate", "Trainee", "TraineeImport", "TrainingSession",
           "session_lecturer"]

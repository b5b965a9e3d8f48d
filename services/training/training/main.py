from fastapi import FastAPI

from chassis.app import create_app as create_service_app
from chassis.crypto import FieldCipher
from training.attendance.router import router as attendance_router
from training.certificates.router import router as certificates_router
from training.completion.router import router as completion_router
from training.config import Settings
from training.enrolments.router import router as enrolments_router
from training.feedback.router import router as feedback_router
from training.housekeeping import background_work
from training.lecturers.router import router as lecturers_router
from training.mine.router import router as mine_router
from training.notifications.router import router as notifications_router
from training.programmes.router import router as programmes_router
from training.sessions.router import router as sessions_router
from training.stats.router import router as stats_router
from training.trainees.router import router as trainees_router


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings()
    app = create_service_app(
        settings,
        [programmes_router, lecturers_router, sessions_router, trainees_router, mine_router, enrolments_router,
         notifications_router, attendance_router, completion_router, certificates_router, feedback_router,
         stats_router],
        title="Xiangqing training",
        description="Training for rural youth: 领头雁 lead-goose classes, the 青农大讲堂 lecture hall, e-commerce "
                    "classes and online learning; trainees, enrolment with a priority waitlist, check-in, "
                    "completion and verifiable certificates.",
        lifespan=background_work,
    )
    app.state.field_cipher = FieldCipher(settings.field_encryption_key.get_secret_value())
    return app

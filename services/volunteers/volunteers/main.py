from fastapi import FastAPI

from chassis.app import create_app as create_service_app
from chassis.crypto import FieldCipher
from volunteers.activities.router import router as activities_router
from volunteers.camps.router import router as camps_router
from volunteers.certificates.router import router as certificates_router
from volunteers.children.retention_router import router as retention_router
from volunteers.children.router import router as children_router
from volunteers.config import Settings
from volunteers.hours.router import router as hours_router
from volunteers.internships.router import router as internships_router
from volunteers.profiles.router import router as profiles_router
from volunteers.selection.router import router as selection_router
from volunteers.stats.router import router as stats_router
from volunteers.teams.router import points as service_points_router
from volunteers.teams.router import router as teams_router
from volunteers.visits.router import router as visits_router


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings()
    app = create_service_app(
        settings,
        [activities_router, profiles_router, selection_router, service_points_router, teams_router, camps_router,
         children_router, retention_router, stats_router, hours_router, certificates_router, visits_router,
         internships_router],
        title="Xiangqing volunteers",
        description="University students in the villages: recruitment and selection, teams at service points, summer "
                    "camps for left-behind children (their records under PIPL), industry service teams, internships "
                    "and verified hours.",
    )
    app.state.field_cipher = FieldCipher(settings.field_encryption_key.get_secret_value())
    return app

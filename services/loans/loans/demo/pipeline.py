"""This year's applications still on their way, so every role has something to do in the demo.

The demo entrepreneur (the gateway's `entrepreneur` account) has a submitted application; 英德市's county
staff have applications to review; city staff have recommended ones to refer; the postal savings bank
has referrals to decide.
"""

import uuid
from decimal import Decimal

from sqlalchemy.ext.asyncio import AsyncSession

from chassis.auth.principal import Principal, Role
from chassis.crypto import FieldCipher
from loans.applications import service as applications
from loans.applications.lifecycle import Action
from loans.applications.schemas import ApplicationCreate
from loans.borrowers.models import Education
from loans.borrowers.schemas import BorrowerProfile
from loans.borrowers.service import save_profile
from loans.demo.banks import demo_bank_id
from loans.demo.people import county_reviewer, demo_id_card, demo_mobile, demo_name
from loans.policies.uses import LoanUse

YINGDE = "441881"
# The gateway's demo accounts have these IDs (uuid5 of the usernames there).
DEMO_USER_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://xiangqing.example/demo/users")
DEMO_ENTREPRENEUR = str(uuid.uuid5(DEMO_USER_NAMESPACE, "entrepreneur"))

# (applicant, how far it goes, use, project, amount)
PIPELINE = [
    (DEMO_ENTREPRENEUR, "submitted", LoanUse.homestay, "连樟村客家围屋民宿改造", "300000.00"),
    ("demo-applicant-201", "submitted", LoanUse.planting, "浛洸镇英德红茶生态茶园", "250000.00"),
    ("demo-applicant-202", "submitted", LoanUse.ecommerce, "英德红茶青年直播电商", "120000.00"),
    ("demo-applicant-203", "recommended", LoanUse.rural_tourism, "连江口镇北江漂流营地", "400000.00"),
    ("demo-applicant-204", "recommended", LoanUse.processing, "英红九号精制茶加工", "350000.00"),
    ("demo-applicant-205", "referred", LoanUse.livestock, "英德麻鸡林下养殖", "180000.00"),
    ("demo-applicant-206", "draft", LoanUse.planting, "沙口镇沃柑种植", "150000.00"),
]


async def load_pipeline(session: AsyncSession, cipher: FieldCipher) -> int:
    reviewer = Principal(subject="demo-county-staff-441881", role=Role.county_staff, county_code=YINGDE,
                         name=county_reviewer(YINGDE))
    city = Principal(subject="demo-city-staff-2", role=Role.city_staff, name="团市委 周婷")
    for n, (subject, stage, use, project, amount) in enumerate(PIPELINE, start=500):
        applicant = Principal(subject=subject, role=Role.entrepreneur)
        name = "黄小龙" if subject == DEMO_ENTREPRENEUR else demo_name(n)
        await save_profile(session=session, cipher=cipher, principal=applicant, data=BorrowerProfile(
            name=name, id_card=demo_id_card(n, YINGDE), mobile=demo_mobile(n), county_code=YINGDE,
            town="连江口镇", village="连樟村", poor_household=False, education=Education.college))
        application = await applications.create_application(
            session=session, principal=applicant, data=ApplicationCreate(
            project_name=project, project_use=use, project_location="英德市连江口镇连樟村",
            project_description=f"{project}：返乡青年创业项目，计划带动本村及周边脱贫户务工增收。",
            amount_requested=Decimal(amount), jobs_created=5, poor_households_driven=4, households_village="连樟村",
            epidemic_affected=False, demonstration=True))
        if stage == "draft":
            continue
        await applications.perform(session=session, principal=applicant, application=application,
                                   action=Action.submit)
        if stage == "submitted":
            continue
        await applications.perform(session=session, principal=reviewer, application=application,
                                   action=Action.recommend, reason="项目前景良好，带动作用明显")
        if stage == "recommended":
            continue
        await applications.perform(session=session, principal=city, application=application, action=Action.refer,
                                   bank_id=demo_bank_id("psbc-qingyuan"))
    return len(PIPELINE)

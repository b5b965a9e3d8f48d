from datetime import date

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from chassis.stats import ServiceStats, by_county, figure
from loans.banks.models import PartnerBank
from loans.lpr.models import LprFixing


async def loan_stats(*, session: AsyncSession, today: date) -> ServiceStats:
    banks = await session.scalar(select(func.count()).select_from(PartnerBank))
    fixings = await session.scalar(select(func.count()).select_from(LprFixing))
    current = await session.scalar(
        select(LprFixing.lpr_1y_pct).where(LprFixing.effective_date <= today)
        .order_by(LprFixing.effective_date.desc()).limit(1)
    )
    return ServiceStats(
        service="loans",
        figures=[
            figure("partner_banks", banks or 0, "banks"),
            figure("lpr_fixings", fixings or 0, "fixings"),
            figure("lpr_1y_current", f"{current:.2f}" if current is not None else "-", "percent"),
        ],
        by_county=by_county([]),
    )

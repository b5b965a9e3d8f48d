"""Demo data: the seven featured products the committee promoted in 2020, and a market around them (sellers,
buyers, lots on offer, demands), through the same service functions as the API. Idempotent: a second run adds
nothing.

Only 英德红茶 carries a certification: it is a national geographical-indication product. No other product is
assumed to hold a GI or any other certificate; those are records staff add when they have the certificate.

The gateway's demo `entrepreneur` account is an admitted seller and its `buyer` account a buyer: their user ids
are uuid5 of the usernames there. The people, firms and numbers of the market are made up; its dates are
counted from the day the demo is loaded, so the lots are fresh and the demands wanted.
"""

from sqlalchemy.ext.asyncio import AsyncSession

from chassis.crypto import FieldCipher
from chassis.timezone import business_today
from products.config import Settings
from products.demo.catalogue import load_products
from products.demo.market import load_buyers, load_demands, load_lots, load_season, load_sellers
from products.demo.people import DEMO_BUYER, DEMO_ENTREPRENEUR
from products.demo.programmes import load_notices, load_pairings, load_platforms, load_videos

__all__ = ["DEMO_BUYER", "DEMO_ENTREPRENEUR", "load_demo"]


async def load_demo(session: AsyncSession) -> str:
    cipher = FieldCipher(Settings().field_encryption_key.get_secret_value())
    today = business_today()
    products = await load_products(session)
    sellers = await load_sellers(session, cipher)
    buyers = await load_buyers(session)
    lots = await load_lots(session, today)
    demands = await load_demands(session, today)
    season = await load_season(session, today)
    videos = await load_videos(session)
    platforms = await load_platforms(session)
    notices = await load_notices(session, cipher)
    pairings = await load_pairings(session)
    return (f"products: {products} featured products, {sellers} sellers, {buyers} buyers, {lots} lots, "
            f"{demands} demands, {season} season lots, demands and deals, {videos} videos, {platforms} platforms, "
            f"{notices} notices, {pairings} pairings added")


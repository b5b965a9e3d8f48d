"""Who the demo acts as: the gateway's demo accounts (uuid5 of their usernames there), staff, and stable ids."""

import uuid

from chassis.auth.principal import Principal, Role
from chassis.counties import county_name

DEMO_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://xiangqing.example/demo/products")
# The gateway's demo accounts have these ids (uuid5 of the usernames there).
DEMO_USER_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://xiangqing.example/demo/users")
DEMO_ENTREPRENEUR = Principal(subject=str(uuid.uuid5(DEMO_USER_NAMESPACE, "entrepreneur")), role=Role.entrepreneur,
                              name="创业青年 黄小龙")
DEMO_BUYER = Principal(subject=str(uuid.uuid5(DEMO_USER_NAMESPACE, "buyer")), role=Role.buyer,
                       name="清远高新区食堂 采购 刘洋")
LOADER = Principal(subject="demo-loader", role=Role.admin)
CITY_STAFF = Principal(subject="demo-city-staff", role=Role.city_staff, name="团市委 工作人员")
ALL_YEAR = list(range(1, 13))


def demo_id(kind: str, slug: str) -> uuid.UUID:
    return uuid.uuid5(DEMO_NAMESPACE, f"{kind}:{slug}")


def demo_product_id(slug: str) -> uuid.UUID:
    return uuid.uuid5(DEMO_NAMESPACE, slug)


def county_staff(county_code: str) -> Principal:
    return Principal(subject=f"demo-county-staff-{county_code}", role=Role.county_staff, county_code=county_code,
                     name=f"{county_name(county_code)}团委 工作人员")



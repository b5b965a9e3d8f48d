"""Made-up young trainees of every county: plausible names, a few in each group, deterministic (pure)."""

import random
from collections.abc import Iterator

from training.demo.schedule import COUNTIES, TOWNS
from training.trainees.schemas import TraineeCreate, TraineeGroup

PER_COUNTY = 1200
SURNAMES = "陈黄李张梁何罗邓刘林吴钟周朱谢曾郑冯赖邱"
GIVEN = "志伟俊杰小龙海燕晓明丽萍建华振国雪梅嘉欣子豪文静佳怡浩然诗琪宇航思远春兰秋菊家豪永强美玲"


def trainees(seed: int = 2020) -> Iterator[TraineeCreate]:
    """PER_COUNTY trainees in each county: about one in six from a registered poor household, and some homestay
    owners, e-commerce youth and entrepreneurs. Mobile numbers are a numbered series nobody holds."""
    rng = random.Random(seed)  # noqa: S311  (demo data, reproducible)
    for c, code in enumerate(COUNTIES):
        for n in range(PER_COUNTY):
            given = "".join(rng.sample(GIVEN, rng.choice((1, 2))))
            groups = [g for g, share in ((TraineeGroup.homestay_owner, 0.1), (TraineeGroup.ecommerce_youth, 0.25),
                                         (TraineeGroup.entrepreneur, 0.4)) if rng.random() < share]
            yield TraineeCreate(name=rng.choice(SURNAMES) + given, mobile=f"13{c * PER_COUNTY + n + 100_000_000:09d}",
                                county_code=code, town=rng.choice(TOWNS[code]), poor_household=rng.random() < 0.17,
                                groups=groups)

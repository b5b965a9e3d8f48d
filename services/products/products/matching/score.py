"""How well an eligible lot fits a demand: a score in [0, 1], the weighted sum of six parts, each in [0, 1].

- `quantity` (0.30): how much of what the demand still wants the lot can fill: the lot's remaining kg over the
  demand's, at most 1.
- `price` (0.25): the headroom under the buyer's ceiling: (ceiling - floor) / ceiling.
- `distance` (0.15): 1 - the km between the two county seats / 200 (the same county: 1; 200 km or more: 0).
- `freshness` (0.10): the days from the start of delivery (today, or wanted_from if later) to the lot's
  best-before, over 30, at most 1.
- `unsold` (0.15): 1 for unsold produce (滞销), which the programme helps first; else 0.
- `certified` (0.05): 1 when the product holds a certificate in force; else 0 (an expired one never counts).

Pure: no I/O. The parts that grow in a straight line with one fact of the lot (quantity, price, freshness) are
`Ramp`s, so the same line ranks lots in SQL (matching/queries.py renders it) and explains one lot here.
"""

from dataclasses import asdict, dataclass
from datetime import date

WEIGHTS = {"quantity": 0.30, "price": 0.25, "distance": 0.15, "freshness": 0.10, "unsold": 0.15, "certified": 0.05}
DISTANCE_HORIZON_KM = 200.0
FRESHNESS_HORIZON_DAYS = 30.0


@dataclass(frozen=True, slots=True)
class Ramp:
    """`slope * x + intercept`, held to [0, 1]: a part that rises (or falls) in a straight line with one fact."""

    slope: float
    intercept: float = 0.0

    def __call__(self, x: float) -> float:
        return min(1.0, max(0.0, self.slope * x + self.intercept))


def quantity(demand_remaining_kg: float) -> Ramp:
    """Of the lot's remaining kg: full marks when it covers all the demand still wants."""
    return Ramp(1.0 / demand_remaining_kg)


def price(ceiling_per_kg: float) -> Ramp:
    """Of the lot's floor price: (ceiling - floor) / ceiling."""
    return Ramp(-1.0 / ceiling_per_kg, 1.0)


def freshness() -> Ramp:
    """Of the days left to best-before when delivery starts: a month or more is full marks."""
    return Ramp(1.0 / FRESHNESS_HORIZON_DAYS)


def distance(km: float) -> float:
    return Ramp(-1.0 / DISTANCE_HORIZON_KM, 1.0)(km)


def unsold(flag: bool) -> float:
    return 1.0 if flag else 0.0


def certified(certificates_in_force: int) -> float:
    return 1.0 if certificates_in_force > 0 else 0.0


def delivery_start(wanted_from: date, today: date) -> date:
    """Days to best-before count from when delivery can start: today, or the demand's wanted_from if later."""
    return max(today, wanted_from)


@dataclass(frozen=True, slots=True)
class Parts:
    quantity: float
    price: float
    distance: float
    freshness: float
    unsold: float
    certified: float

    @property
    def score(self) -> float:
        return total(asdict(self))


def total(parts: dict[str, float]) -> float:
    """The weighted sum of the parts (the weights add up to 1)."""
    return sum(WEIGHTS[name] * value for name, value in parts.items())


@dataclass(frozen=True, slots=True)
class Fit:
    """The facts of one lot against one demand that the parts are made of."""

    lot_remaining_kg: float
    demand_remaining_kg: float
    floor_price_per_kg: float
    ceiling_price_per_kg: float
    distance_km: float
    days_to_best_before: float
    unsold: bool
    certificates_in_force: int


def parts_of(fit: Fit) -> Parts:
    return Parts(
        quantity=quantity(fit.demand_remaining_kg)(fit.lot_remaining_kg),
        price=price(fit.ceiling_price_per_kg)(fit.floor_price_per_kg),
        distance=distance(fit.distance_km),
        freshness=freshness()(fit.days_to_best_before),
        unsold=unsold(fit.unsold),
        certified=certified(fit.certificates_in_force),
    )

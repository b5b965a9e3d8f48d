"""What sending one unit (0.01 kg) of a lot to a demand costs the clearing: the lower, the better the city likes it.

Pure. The cost never changes how much the clearing moves (that is the largest quantity the eligible pairs allow);
it chooses between allocations of that same largest total. A pair's cost per unit is the sum of:

- `STOCK_POINTS` unless the lot is marked unsold (滞销: produce that is not selling, which the programme helps
  first): more than a year of shelf life and the longest trip in the city together, so unsold produce goes
  first whenever there is a choice;
- one point a day from when delivery can start (the run's date, or the demand's wanted_from if later) to the
  lot's best-before, counted up to a year: of two lots, the one that spoils sooner goes first;
- one point a kilometre between the seats of the lot's and the demand's counties (the two farthest seats are
  165 km apart), rounded to the kilometre: of two ways to fill a demand, the shorter goes first.

So freshness and distance trade one for one (a day sooner is worth a kilometre further), and both give way to
unsold produce. Points are whole numbers, so the solver stays exact. `pair_costs` is the same rule over arrays,
for a clearing's hundreds of thousands of pairs at once.
"""

from datetime import date

import numpy as np
import numpy.typing as npt

FRESHNESS_HORIZON_DAYS = 365
STOCK_POINTS = 1_000


def pair_cost(*, unsold: bool, best_before: date, delivery_start: date, distance_km: float) -> int:
    days_left = min(max((best_before - delivery_start).days, 0), FRESHNESS_HORIZON_DAYS)
    return (0 if unsold else STOCK_POINTS) + days_left + round(distance_km)


def pair_costs(*, unsold: npt.NDArray[np.bool_], days_left: npt.NDArray[np.int64],
               distance_km: npt.NDArray[np.float64]) -> npt.NDArray[np.int64]:
    """`pair_cost` for many pairs: `days_left` is best-before minus delivery start, in days (round half to even,
    as Python's round)."""
    return (np.where(unsold, 0, STOCK_POINTS) + np.clip(days_left, 0, FRESHNESS_HORIZON_DAYS)
            + np.rint(distance_km)).astype(np.int64)

from dataclasses import asdict, replace

import pytest

from products.matching.score import WEIGHTS, Fit, Ramp, parts_of

FIT = Fit(lot_remaining_kg=250, demand_remaining_kg=500, floor_price_per_kg=6, ceiling_price_per_kg=8,
          distance_km=50, days_to_best_before=15, unsold=False, certificates_in_force=0)


def test_the_weights_add_up_to_one() -> None:
    assert sum(WEIGHTS.values()) == pytest.approx(1.0)


def test_a_ramp_is_held_to_zero_and_one() -> None:
    ramp = Ramp(0.5, -1)
    assert (ramp(0), ramp(3), ramp(10)) == (0.0, 0.5, 1.0)


def test_the_parts_of_a_fit_as_documented() -> None:
    assert asdict(parts_of(FIT)) == {"quantity": 0.5, "price": 0.25, "distance": 0.75, "freshness": 0.5,
                                     "unsold": 0.0, "certified": 0.0}


def test_the_score_is_the_weighted_sum_of_its_parts() -> None:
    parts = parts_of(FIT)
    assert parts.score == pytest.approx(sum(WEIGHTS[name] * value for name, value in asdict(parts).items()))


def test_a_perfect_fit_scores_one_and_every_part_stays_in_zero_to_one() -> None:
    perfect = Fit(lot_remaining_kg=900, demand_remaining_kg=500, floor_price_per_kg=0, ceiling_price_per_kg=8,
                  distance_km=0, days_to_best_before=90, unsold=True, certificates_in_force=2)
    assert parts_of(perfect).score == pytest.approx(1.0)
    worst = Fit(lot_remaining_kg=0, demand_remaining_kg=500, floor_price_per_kg=8, ceiling_price_per_kg=8,
                distance_km=500, days_to_best_before=-3, unsold=False, certificates_in_force=0)
    assert parts_of(worst).score == 0.0


@pytest.mark.parametrize(("part", "better", "worse"), [
    ("quantity", {"lot_remaining_kg": 400}, {"lot_remaining_kg": 100}),
    ("price", {"floor_price_per_kg": 4}, {"floor_price_per_kg": 7}),
    ("distance", {"distance_km": 10}, {"distance_km": 150}),
    ("freshness", {"days_to_best_before": 25}, {"days_to_best_before": 5}),
    ("unsold", {"unsold": True}, {"unsold": False}),
    ("certified", {"certificates_in_force": 1}, {"certificates_in_force": 0}),
])
def test_each_part_ranks_the_better_lot_first(part: str, better: dict[str, object], worse: dict[str, object]) -> None:
    good, bad = parts_of(replace(FIT, **better)), parts_of(replace(FIT, **worse))  # type: ignore[arg-type]
    assert getattr(good, part) > getattr(bad, part)
    assert good.score > bad.score

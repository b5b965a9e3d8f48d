from datetime import date

from products.demands.recurrence import Recurrence, add_months, next_window


def test_a_demand_that_does_not_recur_has_no_next() -> None:
    assert next_window(date(2026, 12, 1), date(2026, 12, 7), Recurrence.none, date(2026, 12, 3)) is None


def test_a_weekly_demand_moves_on_a_week() -> None:
    assert next_window(date(2026, 12, 1), date(2026, 12, 7), Recurrence.weekly, date(2026, 12, 3)) == (
        date(2026, 12, 8), date(2026, 12, 14))


def test_a_monthly_demand_moves_on_a_calendar_month() -> None:
    assert next_window(date(2026, 12, 1), date(2026, 12, 31), Recurrence.monthly, date(2026, 12, 20)) == (
        date(2027, 1, 1), date(2027, 1, 31))


def test_the_31st_becomes_the_last_day_of_a_shorter_month() -> None:
    assert add_months(date(2027, 1, 31), 1) == date(2027, 2, 28)
    assert add_months(date(2028, 1, 31), 1) == date(2028, 2, 29)


def test_a_demand_closed_late_skips_the_windows_already_over() -> None:
    assert next_window(date(2026, 11, 2), date(2026, 11, 8), Recurrence.weekly, date(2026, 11, 25)) == (
        date(2026, 11, 23), date(2026, 11, 29))
    assert next_window(date(2026, 9, 1), date(2026, 9, 10), Recurrence.monthly, date(2026, 11, 25)) == (
        date(2026, 12, 1), date(2026, 12, 10))


def test_the_next_window_keeps_a_window_ending_today() -> None:
    assert next_window(date(2026, 11, 2), date(2026, 11, 8), Recurrence.weekly, date(2026, 11, 15)) == (
        date(2026, 11, 9), date(2026, 11, 15))

from gateway.proxy.breaker import BreakerState, CircuitBreaker, RetryBudget


def test_the_breaker_opens_after_consecutive_failures_and_answers_at_once() -> None:
    breaker = CircuitBreaker(failure_threshold=3, open_seconds=10)
    for second in range(3):
        assert breaker.allow(second)
        breaker.record_failure(second)
    assert breaker.state is BreakerState.open
    assert not breaker.allow(5)
    assert breaker.retry_after(5) == 7  # opened at 2, for 10 seconds


def test_a_success_resets_the_count() -> None:
    breaker = CircuitBreaker(failure_threshold=3)
    breaker.record_failure(0)
    breaker.record_failure(1)
    breaker.record_success()
    breaker.record_failure(2)
    assert breaker.state is BreakerState.closed


def test_after_the_pause_one_probe_goes_through_and_its_result_decides() -> None:
    breaker = CircuitBreaker(failure_threshold=1, open_seconds=10)
    breaker.record_failure(0)
    assert breaker.allow(10) and breaker.state is BreakerState.half_open
    assert not breaker.allow(10.5)  # only the one probe
    breaker.record_failure(11)
    assert breaker.state is BreakerState.open and not breaker.allow(15)
    assert breaker.allow(21)
    breaker.record_success()
    assert breaker.state is BreakerState.closed and breaker.allow(21.1)


def test_retries_are_limited_to_a_share_of_the_traffic() -> None:
    budget = RetryBudget(ratio=0.2, reserve=2, tokens=0)
    for _ in range(5):
        budget.record_request()
    assert budget.try_spend() and not budget.try_spend()

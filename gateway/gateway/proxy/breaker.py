"""A circuit breaker per upstream: after consecutive failures it opens and the gateway answers 503 at once;
after a pause it half-opens and lets one probe through, which closes it again or re-opens it.

Pure state kept in memory per gateway process; time is passed in, so tests need no clock.
"""

from dataclasses import dataclass
from enum import StrEnum


class BreakerState(StrEnum):
    closed = "closed"
    open = "open"
    half_open = "half_open"


@dataclass
class CircuitBreaker:
    failure_threshold: int = 5
    open_seconds: float = 10.0
    state: BreakerState = BreakerState.closed
    consecutive_failures: int = 0
    opened_at: float = 0.0
    probe_in_flight: bool = False

    def allow(self, now: float) -> bool:
        """Whether a request may go to the upstream now (in half-open: only the one probe)."""
        if self.state is BreakerState.open and now - self.opened_at >= self.open_seconds:
            self.state, self.probe_in_flight = BreakerState.half_open, False
        if self.state is BreakerState.closed:
            return True
        if self.state is BreakerState.half_open and not self.probe_in_flight:
            self.probe_in_flight = True
            return True
        return False

    def retry_after(self, now: float) -> int:
        return max(1, round(self.open_seconds - (now - self.opened_at)))

    def record_success(self) -> None:
        self.state, self.consecutive_failures, self.probe_in_flight = BreakerState.closed, 0, False

    def record_failure(self, now: float) -> None:
        self.consecutive_failures += 1
        if self.state is BreakerState.half_open or self.consecutive_failures >= self.failure_threshold:
            self.state, self.opened_at, self.probe_in_flight = BreakerState.open, now, False


@dataclass
class RetryBudget:
    """Retries may add at most `ratio` to the traffic (plus a small reserve), so a struggling upstream is not
    hit twice as hard by retries."""

    ratio: float = 0.2
    reserve: float = 10.0
    tokens: float = 10.0

    def record_request(self) -> None:
        self.tokens = min(self.reserve, self.tokens + self.ratio)

    def try_spend(self) -> bool:
        if self.tokens >= 1.0:
            self.tokens -= 1.0
            return True
        return False

"""An applicant's score on an activity's board (pure): 0 to 100, the higher the better.

    native     30  a Qingyuan native (hometown in one of the city's counties): the programme is for the
                   city's own students coming home
    skills     40  the share of the activity's wanted skills the student has (all 40 when it wants none)
    interview  30  the staff's interview score (0 to 100) scaled to 30; nothing until interviewed

Ties are broken by who applied first. The parts are shown on the board, so a decision can be explained.
"""

from collections.abc import Collection
from dataclasses import dataclass

NATIVE_POINTS = 30
SKILLS_POINTS = 40
INTERVIEW_POINTS = 30


@dataclass(frozen=True, slots=True)
class ScoreParts:
    native: int
    skills: int
    interview: int

    @property
    def total(self) -> int:
        return self.native + self.skills + self.interview


def score(*, native: bool, skills: Collection[str], wanted: Collection[str], interview: int | None) -> ScoreParts:
    wanted_set = set(wanted)
    matched = len(wanted_set & set(skills))
    skills_points = SKILLS_POINTS if not wanted_set else round(SKILLS_POINTS * matched / len(wanted_set))
    interview_points = 0 if interview is None else round(INTERVIEW_POINTS * interview / 100)
    return ScoreParts(native=NATIVE_POINTS if native else 0, skills=skills_points, interview=interview_points)

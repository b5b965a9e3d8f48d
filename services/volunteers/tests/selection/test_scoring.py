from volunteers.selection.lifecycle import ApplicationAction, ApplicationStatus, available_actions, next_status
from volunteers.selection.scoring import score


def test_a_native_with_every_wanted_skill_and_a_perfect_interview_scores_100() -> None:
    assert score(native=True, skills=["art", "tutoring"], wanted=["art", "tutoring"], interview=100).total == 100


def test_each_part_counts_as_documented() -> None:
    parts = score(native=False, skills=["art", "sports"], wanted=["art", "tutoring", "medical", "sports"],
                  interview=55)
    assert (parts.native, parts.skills, parts.interview) == (0, 20, 16)
    assert score(native=True, skills=[], wanted=[], interview=None).total == 70  # nothing wanted: skills all count


def test_only_staff_decide_and_the_applicant_may_withdraw() -> None:
    assert available_actions(ApplicationStatus.applied, staff=False) == [ApplicationAction.withdraw]
    assert ApplicationAction.accept in available_actions(ApplicationStatus.waitlisted, staff=True)
    assert available_actions(ApplicationStatus.rejected, staff=True) == []
    assert next_status(ApplicationStatus.accepted, ApplicationAction.withdraw) is ApplicationStatus.withdrawn
    assert next_status(ApplicationStatus.withdrawn, ApplicationAction.accept) is None

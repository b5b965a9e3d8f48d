"""Trainees' feedback on a session, and what staff read of it: by session and by lecturer."""

import uuid
from datetime import timedelta
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import func, select

from tests.training_rows import (
    CITY,
    LIANZHOU,
    LIANZHOU_STAFF,
    YINGDE_STAFF,
    add_trainees,
    enrol,
    new_programme,
    new_session,
    now,
    trainee_header,
)
from training.enrolments.models import EnrolmentStatus
from training.feedback.models import Feedback
from training.lecturers.models import Lecturer

GOOD = {"content": 5, "lecturer": 4, "usefulness": 5, "comment": "讲得很实用"}


def feedback_url(enrolment_id: uuid.UUID) -> str:
    return f"/api/v1/training/enrolments/{enrolment_id}/feedback"


@pytest.fixture(scope="module")
async def programme(client: httpx.AsyncClient, app: FastAPI) -> dict[str, Any]:
    return await new_programme(client, app)


async def begun(client: httpx.AsyncClient, programme: dict[str, Any], **kwargs: Any) -> dict[str, Any]:
    start = now() - timedelta(hours=2)
    return await new_session(client, programme, [(start, start + timedelta(hours=4))], **kwargs)


async def answers(app: FastAPI, enrolment_ids: list[uuid.UUID]) -> int:
    async with app.state.sessionmaker() as session:
        return int(await session.scalar(select(func.count()).where(Feedback.enrolment_id.in_(enrolment_ids))) or 0)


async def new_lecturers(app: FastAPI, count: int) -> list[str]:
    made = [Lecturer(id=uuid.uuid4(), name=f"讲师{uuid.uuid4().hex[:6]}", organisation="清远市农业学会", topics=[])
            for _ in range(count)]
    async with app.state.sessionmaker() as session, session.begin():
        session.add_all(made)
    return [str(lecturer.id) for lecturer in made]


async def test_a_trainee_gives_feedback_once(client: httpx.AsyncClient, app: FastAPI,
                                             programme: dict[str, Any]) -> None:
    training_session = await begun(client, programme)
    [(trainee, user)] = await add_trainees(app)
    [enrolment] = await enrol(app, training_session["id"], [trainee])
    given = await client.post(feedback_url(enrolment), json=GOOD, headers=trainee_header(user))
    assert given.status_code == 201, given.text
    body = given.json()
    assert {k: body[k] for k in GOOD} == GOOD
    assert (body["enrolment_id"], body["session_id"]) == (str(enrolment), training_session["id"])
    again = await client.post(feedback_url(enrolment), json=GOOD, headers=trainee_header(user))
    assert again.status_code == 409
    assert await answers(app, [enrolment]) == 1


async def test_feedback_on_anothers_enrolment_is_not_found(client: httpx.AsyncClient, app: FastAPI,
                                                           programme: dict[str, Any]) -> None:
    training_session = await begun(client, programme)
    (owner, _), (_, other_user) = await add_trainees(app, 2)
    [enrolment] = await enrol(app, training_session["id"], [owner])
    for user in (other_user, f"nobody-{uuid.uuid4()}"):
        response = await client.post(feedback_url(enrolment), json=GOOD, headers=trainee_header(user))
        assert response.status_code == 404
    assert (await client.post(feedback_url(uuid.uuid4()), json=GOOD, headers=trainee_header(other_user))
            ).status_code == 404
    assert (await client.post(feedback_url(enrolment), json=GOOD, headers=CITY)).status_code == 403
    assert await answers(app, [enrolment]) == 0


async def test_no_feedback_before_the_session_begins_or_without_a_seat(client: httpx.AsyncClient, app: FastAPI,
                                                                       programme: dict[str, Any]) -> None:
    start = now() + timedelta(days=1)
    upcoming = await new_session(client, programme, [(start, start + timedelta(hours=3))])
    training_session = await begun(client, programme)
    (early, early_user), (waiting, waiting_user), (gone, gone_user) = await add_trainees(app, 3)
    [early_id] = await enrol(app, upcoming["id"], [early])
    [waiting_id] = await enrol(app, training_session["id"], [waiting], EnrolmentStatus.waitlisted)
    [gone_id] = await enrol(app, training_session["id"], [gone], EnrolmentStatus.cancelled)
    for enrolment, user in ((early_id, early_user), (waiting_id, waiting_user), (gone_id, gone_user)):
        response = await client.post(feedback_url(enrolment), json=GOOD, headers=trainee_header(user))
        assert response.status_code == 409, response.text
    assert await answers(app, [early_id, waiting_id, gone_id]) == 0


async def test_scores_are_1_to_5_and_nothing_is_written_otherwise(client: httpx.AsyncClient, app: FastAPI,
                                                                  programme: dict[str, Any]) -> None:
    training_session = await begun(client, programme)
    [(trainee, user)] = await add_trainees(app)
    [enrolment] = await enrol(app, training_session["id"], [trainee])
    wrong: list[dict[str, Any]] = [GOOD | {"content": 0}, GOOD | {"lecturer": 6}, GOOD | {"usefulness": "好"},
                                   {"content": 5, "lecturer": 5}, GOOD | {"comment": "x" * 501},
                                   GOOD | {"comment": "bad\u202eevil"}, GOOD | {"rating": 5}]
    for body in wrong:
        response = await client.post(feedback_url(enrolment), json=body, headers=trainee_header(user))
        assert response.status_code == 422, body
        assert response.headers["content-type"] == "application/problem+json"
    assert await answers(app, [enrolment]) == 0
    plain = {"content": 3, "lecturer": 3, "usefulness": 3}
    assert (await client.post(feedback_url(enrolment), json=plain, headers=trainee_header(user))).json()[
        "comment"] == ""


async def test_staff_read_a_sessions_averages_and_latest_comments(client: httpx.AsyncClient, app: FastAPI,
                                                                  programme: dict[str, Any]) -> None:
    training_session = await begun(client, programme)
    url = f"/api/v1/training/sessions/{training_session['id']}/feedback"
    empty = await client.get(url, headers=YINGDE_STAFF)
    assert empty.json() == {"session_id": training_session["id"], "count": 0, "content": None, "lecturer": None,
                            "usefulness": None, "comments": []}
    trainees = await add_trainees(app, 3)
    enrolments = await enrol(app, training_session["id"], [t for t, _ in trainees])
    scores = [(5, 4, 5, "第一条"), (4, 4, 3, ""), (4, 5, 5, "第三条")]
    for enrolment, (_, user), (content, lecturer, usefulness, comment) in zip(enrolments, trainees, scores,
                                                                               strict=True):
        body = {"content": content, "lecturer": lecturer, "usefulness": usefulness, "comment": comment}
        assert (await client.post(feedback_url(enrolment), json=body, headers=trainee_header(user))).status_code == 201
    summary = (await client.get(url, headers=YINGDE_STAFF)).json()
    assert (summary["count"], summary["content"], summary["lecturer"], summary["usefulness"]) == (3, 4.33, 4.33, 4.33)
    assert [c["comment"] for c in summary["comments"]] == ["第三条", "第一条"]
    assert (await client.get(url, headers=LIANZHOU_STAFF)).status_code == 403
    assert (await client.get(url, headers=trainee_header(trainees[0][1]))).status_code == 403


async def test_lecturers_are_ranked_by_their_sessions_ratings(client: httpx.AsyncClient, app: FastAPI,
                                                              programme: dict[str, Any]) -> None:
    strong, weak, unrated = await new_lecturers(app, 3)
    good_session = await begun(client, programme, county_code=LIANZHOU, lecturer_ids=[strong, weak])
    poor_session = await begun(client, programme, county_code=LIANZHOU, lecturer_ids=[weak])
    await begun(client, programme, county_code=LIANZHOU, lecturer_ids=[unrated])
    for training_session, score in ((good_session, 5), (poor_session, 1)):
        trainees = await add_trainees(app, 2, county_code=LIANZHOU)
        for enrolment, (_, user) in zip(await enrol(app, training_session["id"], [t for t, _ in trainees]),
                                        trainees, strict=True):
            body = {"content": score, "lecturer": score, "usefulness": score}
            assert (await client.post(feedback_url(enrolment), json=body,
                                      headers=trainee_header(user))).status_code == 201

    ranked = await client.get("/api/v1/training/feedback/lecturers", headers=LIANZHOU_STAFF)
    assert ranked.status_code == 200, ranked.text
    mine = [row for row in ranked.json() if row["lecturer_id"] in {strong, weak, unrated}]
    assert [(r["lecturer_id"], r["sessions"], r["responses"], r["lecturer"]) for r in mine] == [
        (strong, 1, 2, 5.0), (weak, 2, 4, 3.0), (unrated, 1, 0, None)]
    assert mine[0]["organisation"] == "清远市农业学会"
    elsewhere = await client.get("/api/v1/training/feedback/lecturers", headers=YINGDE_STAFF)
    assert not {row["lecturer_id"] for row in elsewhere.json()} & {strong, weak, unrated}
    assert (await client.get("/api/v1/training/feedback/lecturers", headers=trainee_header("x"))).status_code == 403

"""RFC 9457 problem details for every error a service or the gateway can return.

Domain code raises a `Problem` subclass; one handler renders it. HTTP and validation errors from the
framework, and anything unexpected, are rendered the same way, so a client parses one shape.
"""

import logging
from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict
from sqlalchemy.exc import IntegrityError
from starlette.exceptions import HTTPException as StarletteHTTPException

PROBLEM_MEDIA_TYPE = "application/problem+json"
PROBLEM_BASE = "https://xiangqing.example/problems/"
log = logging.getLogger("chassis.problems")


class FieldError(BaseModel):
    loc: list[str | int]
    msg: str
    type: str


class ProblemDetails(BaseModel):
    """The body of every error response (RFC 9457); extension members may follow."""

    model_config = ConfigDict(extra="allow")

    type: str = "about:blank"
    title: str
    status: int
    detail: str | None = None
    instance: str | None = None
    errors: list[FieldError] | None = None


class Problem(Exception):
    status: int = 500
    slug: str = "internal-error"
    title: str = "Internal server error"

    def __init__(self, detail: str | None = None, *, headers: dict[str, str] | None = None,
                 **extensions: Any) -> None:
        super().__init__(detail or self.title)
        self.detail = detail
        self.headers = headers
        self.extensions = extensions

    @property
    def type(self) -> str:
        return PROBLEM_BASE + self.slug


class BadRequest(Problem):
    status, slug, title = 400, "bad-request", "Bad request"


class Unauthorized(Problem):
    status, slug, title = 401, "unauthorized", "Authentication required"

    def __init__(self, detail: str | None = None, **extensions: Any) -> None:
        super().__init__(detail, headers={"WWW-Authenticate": "Bearer"}, **extensions)


class Forbidden(Problem):
    status, slug, title = 403, "forbidden", "Not allowed"


class NotFound(Problem):
    status, slug, title = 404, "not-found", "Not found"


class Conflict(Problem):
    status, slug, title = 409, "conflict", "Conflict"


class Unprocessable(Problem):
    status, slug, title = 422, "unprocessable", "Unprocessable request"


class InvalidField(Unprocessable):
    """A 422 naming one field, shaped like the framework's validation errors: for what only the service can
    check (an unknown product, a seller id from a caller who may not name one)."""

    slug, title = "validation-error", "Validation failed"

    def __init__(self, field: str, message: str, *, source: str = "body") -> None:
        super().__init__(f"Invalid input: {source}.{field}",
                         errors=[{"loc": [source, field], "msg": message, "type": "value_error"}])


class PayloadTooLarge(Problem):
    status, slug, title = 413, "payload-too-large", "Request body too large"


class ServiceUnavailable(Problem):
    status, slug, title = 503, "service-unavailable", "Service unavailable"


class GatewayTimeout(Problem):
    status, slug, title = 504, "gateway-timeout", "Upstream timed out"


def problem_response(status: int, title: str, *, type_: str = "about:blank", detail: str | None = None,
                     instance: str | None = None, headers: Mapping[str, str] | None = None,
                     **extensions: Any) -> JSONResponse:
    body: dict[str, Any] = {"type": type_, "title": title, "status": status}
    if detail:
        body["detail"] = detail
    if instance:
        body["instance"] = instance
    body.update(extensions)
    return JSONResponse(body, status_code=status, headers=headers, media_type=PROBLEM_MEDIA_TYPE)


def _status_title(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Error"


def problem_answer(request: Request, problem: Problem) -> JSONResponse:
    """The problem+json answer to a raised `Problem`: what the handler gives, for an app outside FastAPI's
    exception layers (the gateway's proxy)."""
    return problem_response(problem.status, problem.title, type_=problem.type, detail=problem.detail,
                            instance=request.url.path, headers=problem.headers, **problem.extensions)


async def _on_problem(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, Problem)
    return problem_answer(request, exc)


async def _on_http_exception(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    detail = exc.detail if isinstance(exc.detail, str) else None
    title = _status_title(exc.status_code)
    return problem_response(exc.status_code, title, detail=detail if detail != title else None,
                            instance=request.url.path, headers=exc.headers)


async def _on_validation_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    errors = [
        {"loc": list(err.get("loc", ())), "msg": str(err.get("msg", "")), "type": str(err.get("type", ""))}
        for err in exc.errors()
    ]
    fields = ", ".join(".".join(str(p) for p in e["loc"]) for e in errors)
    return problem_response(422, "Validation failed", type_=PROBLEM_BASE + "validation-error",
                            detail=f"Invalid input: {fields}" if fields else None,
                            instance=request.url.path, errors=errors)


async def _on_integrity_error(request: Request, exc: Exception) -> JSONResponse:
    # A uniqueness or reference check lost a race with another request: a conflict, not a crash.
    log.info("integrity error on %s %s: %s", request.method, request.url.path, exc)
    return problem_response(409, "Conflict", type_=PROBLEM_BASE + "conflict",
                            detail="The request conflicts with the current state of a record; reload and retry.",
                            instance=request.url.path)


async def _on_unexpected(request: Request, exc: Exception) -> JSONResponse:
    log.exception("unhandled error on %s %s", request.method, request.url.path)
    return problem_response(500, "Internal server error", type_=PROBLEM_BASE + "internal-error",
                            detail="The request could not be completed; it has been logged.",
                            instance=request.url.path)


def install_problem_handlers(app: FastAPI) -> None:
    app.add_exception_handler(Problem, _on_problem)
    app.add_exception_handler(StarletteHTTPException, _on_http_exception)
    app.add_exception_handler(RequestValidationError, _on_validation_error)
    app.add_exception_handler(IntegrityError, _on_integrity_error)
    app.add_exception_handler(Exception, _on_unexpected)


def _problem_content() -> dict[str, Any]:
    return {PROBLEM_MEDIA_TYPE: {"schema": {"$ref": "#/components/schemas/ProblemDetails"}}}


def problem_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """A `responses=` declaring each status as an `application/problem+json` answer."""
    return {status: {"model": ProblemDetails, "description": _status_title(status), "content": _problem_content()}
            for status in statuses}


# What any route may answer, whatever it declares itself: a body that is not JSON text (400), no or a refused
# token (401, 403), a missing record or a conflict (404, 409), a body over the limit (413, the middleware),
# invalid input (422) and a failure (500).
PROBLEM_RESPONSES = problem_responses(400, 401, 403, 404, 409, 413, 422, 500)

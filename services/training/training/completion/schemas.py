from pydantic import BaseModel


class CompletionReport(BaseModel):
    """What closing a session came to: its booked trainees, completed or not, and the certificates issued."""

    completed: int
    incomplete: int
    certificates_issued: int

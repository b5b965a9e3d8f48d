import uuid
from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Text
from sqlalchemy.orm import Mapped, mapped_column

from chassis.db import IdMixin, utcnow
from training.db import Base


class Feedback(IdMixin, Base):
    """A trainee's short survey after a session: 1 to 5 on content, lecturer and usefulness, and a comment."""

    __tablename__ = "feedback"
    __table_args__ = (
        CheckConstraint("content BETWEEN 1 AND 5 AND lecturer BETWEEN 1 AND 5 AND usefulness BETWEEN 1 AND 5",
                        name="scores_1_to_5"),
    )

    enrolment_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("enrolment.id", ondelete="CASCADE"), unique=True)
    session_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("training_session.id", ondelete="CASCADE"),
                                                  index=True)
    content: Mapped[int]
    lecturer: Mapped[int]
    usefulness: Mapped[int]
    comment: Mapped[str] = mapped_column(Text, default="")
    at: Mapped[datetime] = mapped_column(default=utcnow)

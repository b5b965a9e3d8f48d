"""Trainees, enrolments with a waitlist, attendance, certificates, feedback, lecturers; sessions gain dates,
an enrolment window, target groups and seat counters; programmes a budget and a completion rule.

Revision ID: 24a9f8285700
Revises: cd0b34a48572
Create Date: 2026-11-30
"""
import uuid
from collections.abc import Sequence
from datetime import timedelta

import sqlalchemy as sa
from alembic import op

from chassis.db import UTCDateTime

revision: str = '24a9f8285700'
down_revision: str | None = 'cd0b34a48572'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

UTC_DATETIME = UTCDateTime()


def upgrade() -> None:
    op.create_table('lecturer',
    sa.Column('name', sa.String(length=50), nullable=False),
    sa.Column('organisation', sa.String(length=100), nullable=False),
    sa.Column('topics', sa.JSON(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_lecturer'))
    )
    op.create_table('trainee',
    sa.Column('user_id', sa.String(length=64), nullable=True),
    sa.Column('name', sa.String(length=50), nullable=False),
    sa.Column('mobile_encrypted', sa.String(length=255), nullable=False),
    sa.Column('mobile_hash', sa.String(length=64), nullable=False),
    sa.Column('mobile_masked', sa.String(length=11), nullable=False),
    sa.Column('id_card_encrypted', sa.String(length=255), nullable=True),
    sa.Column('id_card_hash', sa.String(length=64), nullable=True),
    sa.Column('id_card_masked', sa.String(length=18), nullable=True),
    sa.Column('county_code', sa.String(length=6), nullable=False),
    sa.Column('town', sa.String(length=50), nullable=True),
    sa.Column('poor_household', sa.Boolean(), nullable=False),
    sa.Column('groups', sa.JSON(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_trainee')),
    sa.UniqueConstraint('id_card_hash', name=op.f('uq_trainee_id_card_hash')),
    sa.UniqueConstraint('mobile_hash', name=op.f('uq_trainee_mobile_hash')),
    sa.UniqueConstraint('user_id', name=op.f('uq_trainee_user_id'))
    )
    with op.batch_alter_table('trainee', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_trainee_county_code'), ['county_code'], unique=False)

    op.create_table('trainee_import',
    sa.Column('filename', sa.String(length=200), nullable=False),
    sa.Column('status', sa.Enum('running', 'done', 'failed', name='importstatus', native_enum=False, length=10), nullable=False),
    sa.Column('total', sa.Integer(), nullable=False),
    sa.Column('done', sa.Integer(), nullable=False),
    sa.Column('error', sa.String(length=500), nullable=True),
    sa.Column('actor_subject', sa.String(length=64), nullable=False),
    sa.Column('county_code', sa.String(length=6), nullable=True),
    sa.Column('finished_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('result', sa.JSON(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_trainee_import'))
    )
    op.create_table('notification',
    sa.Column('trainee_id', sa.Uuid(), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('text', sa.String(length=500), nullable=False),
    sa.Column('session_id', sa.Uuid(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('sent_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('read_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.ForeignKeyConstraint(['trainee_id'], ['trainee.id'], name=op.f('fk_notification_trainee_id_trainee'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_notification'))
    )
    with op.batch_alter_table('notification', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_notification_trainee_id'), ['trainee_id'], unique=False)

    op.create_table('enrolment',
    sa.Column('session_id', sa.Uuid(), nullable=False),
    sa.Column('trainee_id', sa.Uuid(), nullable=False),
    sa.Column('status', sa.Enum('booked', 'waitlisted', 'cancelled', 'completed', 'incomplete', name='enrolmentstatus', native_enum=False, length=12), nullable=False),
    sa.Column('priority', sa.Integer(), nullable=False),
    sa.Column('requested_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('booked_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('cancelled_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.ForeignKeyConstraint(['session_id'], ['training_session.id'], name=op.f('fk_enrolment_session_id_training_session'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['trainee_id'], ['trainee.id'], name=op.f('fk_enrolment_trainee_id_trainee'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_enrolment'))
    )
    with op.batch_alter_table('enrolment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_enrolment_trainee_id'), ['trainee_id'], unique=False)
        batch_op.create_index('ix_enrolment_waitlist', ['session_id', 'status', 'priority', 'requested_at'], unique=False)
        batch_op.create_index('uq_enrolment_live', ['session_id', 'trainee_id'], unique=True, sqlite_where=sa.text("status != 'cancelled'"), postgresql_where=sa.text("status != 'cancelled'"))

    op.create_table('session_date',
    sa.Column('session_id', sa.Uuid(), nullable=False),
    sa.Column('starts_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('ends_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.CheckConstraint('ends_at > starts_at', name=op.f('ck_session_date_ends_after_starts')),
    sa.ForeignKeyConstraint(['session_id'], ['training_session.id'], name=op.f('fk_session_date_session_id_training_session'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_session_date'))
    )
    with op.batch_alter_table('session_date', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_session_date_session_id'), ['session_id'], unique=False)

    op.create_table('session_lecturer',
    sa.Column('session_id', sa.Uuid(), nullable=False),
    sa.Column('lecturer_id', sa.Uuid(), nullable=False),
    sa.ForeignKeyConstraint(['lecturer_id'], ['lecturer.id'], name=op.f('fk_session_lecturer_lecturer_id_lecturer'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['session_id'], ['training_session.id'], name=op.f('fk_session_lecturer_session_id_training_session'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('session_id', 'lecturer_id', name=op.f('pk_session_lecturer'))
    )
    with op.batch_alter_table('session_lecturer', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_session_lecturer_lecturer_id'), ['lecturer_id'], unique=False)

    op.create_table('attendance',
    sa.Column('enrolment_id', sa.Uuid(), nullable=False),
    sa.Column('session_date_id', sa.Uuid(), nullable=False),
    sa.Column('status', sa.Enum('full', 'partial', 'no_show', name='attendancestatus', native_enum=False, length=10), nullable=False),
    sa.Column('method', sa.Enum('qr', 'staff', name='attendancemethod', native_enum=False, length=10), nullable=False),
    sa.Column('actor_subject', sa.String(length=64), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.ForeignKeyConstraint(['enrolment_id'], ['enrolment.id'], name=op.f('fk_attendance_enrolment_id_enrolment'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['session_date_id'], ['session_date.id'], name=op.f('fk_attendance_session_date_id_session_date'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attendance')),
    sa.UniqueConstraint('enrolment_id', 'session_date_id', name=op.f('uq_attendance_enrolment_id_session_date_id'))
    )
    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attendance_session_date_id'), ['session_date_id'], unique=False)

    op.create_table('certificate',
    sa.Column('number', sa.String(length=20), nullable=False),
    sa.Column('enrolment_id', sa.Uuid(), nullable=False),
    sa.Column('trainee_id', sa.Uuid(), nullable=False),
    sa.Column('session_id', sa.Uuid(), nullable=False),
    sa.Column('trainee_name', sa.String(length=50), nullable=False),
    sa.Column('programme_name', sa.String(length=100), nullable=False),
    sa.Column('session_title', sa.String(length=200), nullable=False),
    sa.Column('completed_on', sa.Date(), nullable=False),
    sa.Column('issued_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('revoked_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.ForeignKeyConstraint(['enrolment_id'], ['enrolment.id'], name=op.f('fk_certificate_enrolment_id_enrolment'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['session_id'], ['training_session.id'], name=op.f('fk_certificate_session_id_training_session'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['trainee_id'], ['trainee.id'], name=op.f('fk_certificate_trainee_id_trainee'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_certificate')),
    sa.UniqueConstraint('enrolment_id', name=op.f('uq_certificate_enrolment_id')),
    sa.UniqueConstraint('number', name=op.f('uq_certificate_number'))
    )
    with op.batch_alter_table('certificate', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_certificate_session_id'), ['session_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_certificate_trainee_id'), ['trainee_id'], unique=False)

    op.create_table('enrolment_event',
    sa.Column('enrolment_id', sa.Uuid(), nullable=False),
    sa.Column('kind', sa.Enum('requested', 'booked', 'waitlisted', 'promoted', 'cancelled', 'attended', 'partial', 'no_show', 'completed', 'incomplete', name='eventkind', native_enum=False, length=12), nullable=False),
    sa.Column('actor_subject', sa.String(length=64), nullable=False),
    sa.Column('actor_role', sa.String(length=20), nullable=False),
    sa.Column('note', sa.String(length=200), nullable=True),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.ForeignKeyConstraint(['enrolment_id'], ['enrolment.id'], name=op.f('fk_enrolment_event_enrolment_id_enrolment'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_enrolment_event'))
    )
    with op.batch_alter_table('enrolment_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_enrolment_event_enrolment_id'), ['enrolment_id'], unique=False)

    op.create_table('feedback',
    sa.Column('enrolment_id', sa.Uuid(), nullable=False),
    sa.Column('session_id', sa.Uuid(), nullable=False),
    sa.Column('content', sa.Integer(), nullable=False),
    sa.Column('lecturer', sa.Integer(), nullable=False),
    sa.Column('usefulness', sa.Integer(), nullable=False),
    sa.Column('comment', sa.Text(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.CheckConstraint('content BETWEEN 1 AND 5 AND lecturer BETWEEN 1 AND 5 AND usefulness BETWEEN 1 AND 5', name=op.f('ck_feedback_scores_1_to_5')),
    sa.ForeignKeyConstraint(['enrolment_id'], ['enrolment.id'], name=op.f('fk_feedback_enrolment_id_enrolment'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['session_id'], ['training_session.id'], name=op.f('fk_feedback_session_id_training_session'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_feedback')),
    sa.UniqueConstraint('enrolment_id', name=op.f('uq_feedback_enrolment_id'))
    )
    with op.batch_alter_table('feedback', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_feedback_session_id'), ['session_id'], unique=False)

    with op.batch_alter_table('programme', schema=None) as batch_op:
        batch_op.add_column(sa.Column('funding_source', sa.String(length=100), server_default='', nullable=False))
        batch_op.add_column(sa.Column('budget', sa.Numeric(precision=14, scale=2), nullable=True))
        batch_op.add_column(sa.Column('target_groups', sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column('completion_min_dates', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('partial_counts', sa.Boolean(), server_default=sa.false(), nullable=False))
    op.execute("UPDATE programme SET target_groups = '[\"all\"]'")
    with op.batch_alter_table('programme', schema=None) as batch_op:
        batch_op.alter_column('target_groups', existing_type=sa.JSON(), nullable=False)

    with op.batch_alter_table('training_session', schema=None) as batch_op:
        batch_op.add_column(sa.Column('mode', sa.Enum('offline', 'online', name='sessionmode', native_enum=False, length=10), server_default='offline', nullable=False))
        batch_op.add_column(sa.Column('enrolment_opens_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('enrolment_closes_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('cancellation_cutoff_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('target_groups', sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column('cost', sa.Numeric(precision=14, scale=2), server_default='0', nullable=False))
        batch_op.add_column(sa.Column('booked_count', sa.Integer(), server_default='0', nullable=False))
        batch_op.add_column(sa.Column('waitlist_count', sa.Integer(), server_default='0', nullable=False))
        batch_op.add_column(sa.Column('roster_version', sa.Integer(), server_default='0', nullable=False))
        batch_op.add_column(sa.Column('completed_at', sa.DateTime(timezone=True), nullable=True))
    # Sessions scheduled before this revision: open from creation (or their start, if recorded afterwards),
    # closing at the start, cancellable until 24 hours before it; one date spanning the session; for all.
    sessions = sa.table('training_session', sa.column('id', sa.Uuid()), sa.column('created_at', UTC_DATETIME),
                        sa.column('starts_at', UTC_DATETIME), sa.column('ends_at', UTC_DATETIME),
                        sa.column('enrolment_opens_at', UTC_DATETIME), sa.column('enrolment_closes_at', UTC_DATETIME),
                        sa.column('cancellation_cutoff_at', UTC_DATETIME), sa.column('target_groups', sa.JSON()))
    dates = sa.table('session_date', sa.column('id', sa.Uuid()), sa.column('session_id', sa.Uuid()),
                     sa.column('starts_at', UTC_DATETIME), sa.column('ends_at', UTC_DATETIME))
    bind = op.get_bind()
    rows = bind.execute(sa.select(sessions.c.id, sessions.c.created_at, sessions.c.starts_at, sessions.c.ends_at)).all()
    for id_, created_at, starts_at, ends_at in rows:
        bind.execute(sessions.update().where(sessions.c.id == id_).values(
            enrolment_opens_at=min(created_at, starts_at), enrolment_closes_at=starts_at,
            cancellation_cutoff_at=starts_at - timedelta(hours=24), target_groups=['all']))
        bind.execute(dates.insert().values(id=uuid.uuid4(), session_id=id_, starts_at=starts_at, ends_at=ends_at))
    with op.batch_alter_table('training_session', schema=None) as batch_op:
        for column in ('enrolment_opens_at', 'enrolment_closes_at', 'cancellation_cutoff_at'):
            batch_op.alter_column(column, existing_type=sa.DateTime(timezone=True), nullable=False)
        batch_op.alter_column('target_groups', existing_type=sa.JSON(), nullable=False)
        batch_op.create_check_constraint('never_oversold', 'booked_count BETWEEN 0 AND capacity')
        batch_op.create_check_constraint('waitlist_count_positive', 'waitlist_count >= 0')
        batch_op.create_check_constraint('window_not_reversed', 'enrolment_closes_at >= enrolment_opens_at')



def downgrade() -> None:
    with op.batch_alter_table('training_session', schema=None) as batch_op:
        batch_op.drop_constraint(op.f('ck_training_session_never_oversold'), type_='check')
        batch_op.drop_constraint(op.f('ck_training_session_waitlist_count_positive'), type_='check')
        batch_op.drop_constraint(op.f('ck_training_session_window_not_reversed'), type_='check')
        batch_op.drop_column('completed_at')
        batch_op.drop_column('roster_version')
        batch_op.drop_column('waitlist_count')
        batch_op.drop_column('booked_count')
        batch_op.drop_column('cost')
        batch_op.drop_column('target_groups')
        batch_op.drop_column('cancellation_cutoff_at')
        batch_op.drop_column('enrolment_closes_at')
        batch_op.drop_column('enrolment_opens_at')
        batch_op.drop_column('mode')

    with op.batch_alter_table('programme', schema=None) as batch_op:
        batch_op.drop_column('partial_counts')
        batch_op.drop_column('completion_min_dates')
        batch_op.drop_column('target_groups')
        batch_op.drop_column('budget')
        batch_op.drop_column('funding_source')

    with op.batch_alter_table('feedback', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_feedback_session_id'))

    op.drop_table('feedback')
    with op.batch_alter_table('enrolment_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_enrolment_event_enrolment_id'))

    op.drop_table('enrolment_event')
    with op.batch_alter_table('certificate', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_certificate_trainee_id'))
        batch_op.drop_index(batch_op.f('ix_certificate_session_id'))

    op.drop_table('certificate')
    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attendance_session_date_id'))

    op.drop_table('attendance')
    with op.batch_alter_table('session_lecturer', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_session_lecturer_lecturer_id'))

    op.drop_table('session_lecturer')
    with op.batch_alter_table('session_date', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_session_date_session_id'))

    op.drop_table('session_date')
    with op.batch_alter_table('enrolment', schema=None) as batch_op:
        batch_op.drop_index('uq_enrolment_live', sqlite_where=sa.text("status != 'cancelled'"), postgresql_where=sa.text("status != 'cancelled'"))
        batch_op.drop_index('ix_enrolment_waitlist')
        batch_op.drop_index(batch_op.f('ix_enrolment_trainee_id'))

    op.drop_table('enrolment')
    with op.batch_alter_table('notification', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_notification_trainee_id'))

    op.drop_table('notification')
    op.drop_table('trainee_import')
    with op.batch_alter_table('trainee', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_trainee_county_code'))

    op.drop_table('trainee')
    op.drop_table('lecturer')

"""Sessions and refresh tokens, API clients, registrations, the login throttle and security events

Revision ID: 29524af57164
Revises: 01801ed2670e
Create Date: 2026-11-29
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '29524af57164'
down_revision: str | None = '01801ed2670e'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ROLES = ('admin', 'city_staff', 'county_staff', 'bank_officer', 'entrepreneur', 'buyer', 'volunteer', 'service')


def upgrade() -> None:
    with op.batch_alter_table('user_account') as batch_op:
        batch_op.add_column(sa.Column('mobile_encrypted', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('mobile_hash', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('mobile_masked', sa.String(length=11), nullable=True))
        batch_op.add_column(sa.Column('must_change_password', sa.Boolean(), server_default=sa.false(), nullable=False))
        batch_op.add_column(sa.Column('password_changed_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('last_login_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.create_unique_constraint(batch_op.f('uq_user_account_mobile_hash'), ['mobile_hash'])

    op.create_table('user_session',
    sa.Column('user_id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('last_used_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('expires_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('user_agent', sa.String(length=200), nullable=False),
    sa.Column('client_address', sa.String(length=64), nullable=False),
    sa.Column('revoked_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('revoked_reason', sa.String(length=40), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['user_account.id'], name=op.f('fk_user_session_user_id_user_account'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_user_session'))
    )
    op.create_index(op.f('ix_user_session_user_id'), 'user_session', ['user_id'])

    op.create_table('refresh_token',
    sa.Column('session_id', sa.Uuid(), nullable=False),
    sa.Column('token_hash', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('expires_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('used_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.ForeignKeyConstraint(['session_id'], ['user_session.id'], name=op.f('fk_refresh_token_session_id_user_session'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_refresh_token')),
    sa.UniqueConstraint('token_hash', name=op.f('uq_refresh_token_token_hash'))
    )
    op.create_index(op.f('ix_refresh_token_session_id'), 'refresh_token', ['session_id'])

    op.create_table('api_client',
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('kind', sa.Enum('bank', 'service', name='clientkind', native_enum=False, length=10), nullable=False),
    sa.Column('bank_id', sa.Uuid(), nullable=True),
    sa.Column('service_name', sa.String(length=20), nullable=True),
    sa.Column('scope', sa.String(length=200), nullable=False),
    sa.Column('secret_hash', sa.String(length=64), nullable=False),
    sa.Column('previous_secret_hash', sa.String(length=64), nullable=True),
    sa.Column('previous_secret_expires_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('secret_rotated_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('is_active', sa.Boolean(), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('last_used_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_api_client'))
    )
    op.create_index(op.f('ix_api_client_bank_id'), 'api_client', ['bank_id'])

    op.create_table('registration',
    sa.Column('mobile_hash', sa.String(length=64), nullable=False),
    sa.Column('mobile_encrypted', sa.Text(), nullable=False),
    sa.Column('role', sa.Enum(*ROLES, name='role', native_enum=False, length=20), nullable=False),
    sa.Column('display_name', sa.String(length=100), nullable=False),
    sa.Column('code_hash', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('expires_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('confirmed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('client_address', sa.String(length=64), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_registration'))
    )
    op.create_index(op.f('ix_registration_mobile_hash'), 'registration', ['mobile_hash'])

    op.create_table('login_throttle',
    sa.Column('key', sa.String(length=200), nullable=False),
    sa.Column('failures', sa.Integer(), nullable=False),
    sa.Column('last_failure_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('locked_until', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_login_throttle'))
    )

    op.create_table('security_event',
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('actor', sa.String(length=64), nullable=False),
    sa.Column('subject_user_id', sa.Uuid(), nullable=True),
    sa.Column('subject_client_id', sa.Uuid(), nullable=True),
    sa.Column('client_address', sa.String(length=64), nullable=False),
    sa.Column('detail', sa.JSON(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_security_event'))
    )
    op.create_index(op.f('ix_security_event_at'), 'security_event', ['at'])
    op.create_index(op.f('ix_security_event_kind'), 'security_event', ['kind'])
    op.create_index(op.f('ix_security_event_subject_user_id'), 'security_event', ['subject_user_id'])
    op.create_index(op.f('ix_security_event_subject_client_id'), 'security_event', ['subject_client_id'])


def downgrade() -> None:
    op.drop_table('security_event')
    op.drop_table('login_throttle')
    op.drop_table('registration')
    op.drop_table('api_client')
    op.drop_table('refresh_token')
    op.drop_table('user_session')
    with op.batch_alter_table('user_account') as batch_op:
        batch_op.drop_constraint(batch_op.f('uq_user_account_mobile_hash'), type_='unique')
        batch_op.drop_column('last_login_at')
        batch_op.drop_column('password_changed_at')
        batch_op.drop_column('must_change_password')
        batch_op.drop_column('mobile_masked')
        batch_op.drop_column('mobile_hash')
        batch_op.drop_column('mobile_encrypted')

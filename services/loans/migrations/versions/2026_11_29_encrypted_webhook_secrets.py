"""Banks' webhook signing secrets are kept encrypted with the service's field key

A copy of the database (a backup, a replica) must not let anyone sign events as Xiangqing. The rows already
there are encrypted here with the key of this deployment's settings, and decrypted again on the way down.

Revision ID: 5c2e8a41f7b3
Revises: 08f777d3288a
Create Date: 2026-11-29
"""
from collections.abc import Callable, Sequence

import sqlalchemy as sa
from alembic import op

from chassis.crypto import FieldCipher
from loans.config import Settings

revision: str = '5c2e8a41f7b3'
down_revision: str | None = '08f777d3288a'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

endpoint = sa.table('webhook_endpoint', sa.column('id', sa.Uuid()), sa.column('secret_encrypted', sa.String()),
                    sa.column('previous_secret_encrypted', sa.String()))


def _cipher() -> FieldCipher:
    return FieldCipher(Settings().field_encryption_key.get_secret_value())


def _rewrite_secrets(transform: Callable[[str], str]) -> None:
    connection = op.get_bind()
    rows = connection.execute(sa.select(endpoint.c.id, endpoint.c.secret_encrypted,
                                        endpoint.c.previous_secret_encrypted)).all()
    for id_, secret, previous in rows:
        connection.execute(endpoint.update().where(endpoint.c.id == id_).values(
            secret_encrypted=transform(secret),
            previous_secret_encrypted=transform(previous) if previous else None))


def upgrade() -> None:
    with op.batch_alter_table('webhook_endpoint', schema=None) as batch_op:
        batch_op.alter_column('secret', new_column_name='secret_encrypted', existing_type=sa.String(length=200),
                              type_=sa.String(length=400), existing_nullable=False)
        batch_op.alter_column('previous_secret', new_column_name='previous_secret_encrypted',
                              existing_type=sa.String(length=200), type_=sa.String(length=400),
                              existing_nullable=True)
    _rewrite_secrets(_cipher().encrypt)


def downgrade() -> None:
    _rewrite_secrets(_cipher().decrypt)
    with op.batch_alter_table('webhook_endpoint', schema=None) as batch_op:
        batch_op.alter_column('secret_encrypted', new_column_name='secret', existing_type=sa.String(length=400),
                              type_=sa.String(length=200), existing_nullable=False)
        batch_op.alter_column('previous_secret_encrypted', new_column_name='previous_secret',
                              existing_type=sa.String(length=400), type_=sa.String(length=200),
                              existing_nullable=True)

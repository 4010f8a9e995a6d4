"""Alembic environment: runs on the connection the app hands over, never on its own engine."""

from alembic import context

from facilitator.storage.migrations import include_name
from facilitator.storage.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    include_name=include_name,
)
with context.begin_transaction():
    context.run_migrations()

"""Storage: SQLAlchemy models, the database opener and Alembic migrations. No Qt here."""

"""Persistence: SQLAlchemy models, engines, migrations. No Qt."""

"""Database layer: SQLAlchemy models, engine, migrations. No Qt."""

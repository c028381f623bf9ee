"""Plain-Python domain: enums, errors, value rules. No Qt, no SQLAlchemy."""

"""Alembic migrations (script_location); run by desktop.persistence.database.migrate."""

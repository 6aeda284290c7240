"""The only layer that talks to SQLite: tables, engine, queries, migrations, backups."""

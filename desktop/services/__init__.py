"""Use cases. Each takes a session factory (or a Database) and returns plain data. No Qt."""

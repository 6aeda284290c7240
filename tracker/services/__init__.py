"""Use cases over the store. No Qt here, and no SQL: the store does that."""

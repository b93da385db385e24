"""Errors a user can cause, each ending in one clear line from the CLI.

    KGError
    ├── InputError          a path, file or gazetteer that cannot be used
    ├── GraphFileError      a graph.json that is missing or malformed
    ├── QueryError          an unknown canned query, a missing parameter, a failing query
    └── StoreError          the embedded database or Neo4j cannot be used
        ├── ConnectionFailed   server down or unreachable
        └── AuthFailed         wrong user or password
"""
from __future__ import annotations


class KGError(Exception):
    """Base of every error kg reports to a user as one line."""


class InputError(KGError):
    """A path, file or gazetteer that cannot be used."""


class GraphFileError(KGError):
    """A built graph that is missing or malformed."""


class QueryError(KGError):
    """A canned query that is unknown, lacks a parameter, or fails."""


class StoreError(KGError):
    """A graph store that cannot be opened or written."""


class ConnectionFailed(StoreError):
    """The Neo4j server is down or cannot be reached."""


class AuthFailed(StoreError):
    """Neo4j refused the user name or password."""

"""The Neo4j store: kg's graph in a Neo4j server, over Bolt, with the official driver.

    store = Neo4jStore("bolt://localhost:7687", "neo4j", password, "neo4j")
    store.wait_until_ready(60)          # optional: for a server that is still starting
    with store:                         # connects (and checks the database exists)
        counts = store.write(graph, batch_size=500, sync=True)
        columns, rows = store.run("MATCH (n:Person) RETURN n.name AS name")

Thin on purpose: every statement it writes with comes from kg.stores.statements, the
same ones the embedded store runs. This module only connects, runs each batch in one
managed transaction (`session.execute_write`: the batch commits whole or not at all,
and a transient failure retries it; MERGE makes a retry harmless), and maps driver
errors, at this boundary, to ConnectionFailed / AuthFailed / StoreError / QueryError.
"""
from __future__ import annotations

import logging
import time
from urllib.parse import urlsplit

from .. import schema
from ..errors import AuthFailed, ConnectionFailed, QueryError, StoreError
from ..types import Graph
from . import statements as st
from .base import LoadCounts, Progress

DEFAULT_URI = "bolt://localhost:7687"
DEFAULT_USER = "neo4j"
DEFAULT_DATABASE = "neo4j"
SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")
CONNECTION_TIMEOUT = 10.0  # seconds per attempt; a local server answers or refuses at once

# Server introspection for `kg doctor` (Neo4j only; nothing here writes).
COMPONENTS = "CALL dbms.components() YIELD name, versions, edition RETURN name, versions[0] AS version, edition"
DATABASES = "SHOW DATABASES YIELD name, currentStatus RETURN name, currentStatus"
CONSTRAINTS = "SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties RETURN name, type, labelsOrTypes, properties"

# The driver logs a failed routing attempt at ERROR level; with no handler configured,
# Python's last-resort handler would print it under kg's own one-line error message.
logging.getLogger("neo4j").addHandler(logging.NullHandler())


def check_uri(uri: str) -> str:
    """A Bolt URI the driver can use, or a StoreError saying what a good one looks like."""
    hint = f"expected bolt://HOST:PORT or neo4j://HOST:PORT (the default is {DEFAULT_URI})"
    try:
        parts = urlsplit(uri or "")
        parts.port  # raises ValueError on a port that is not a number
    except ValueError:
        raise StoreError(f"invalid Neo4j URI {uri!r}: {hint}") from None
    if parts.scheme in ("http", "https"):
        raise StoreError(f"{uri} is Neo4j Browser's web address; kg connects over Bolt: "
                         f"use --uri {DEFAULT_URI} (or set NEO4J_URI)")
    if parts.scheme not in SCHEMES or not parts.hostname:
        raise StoreError(f"invalid Neo4j URI {uri!r}: {hint}")
    return uri


def _code(exc) -> str:
    return getattr(exc, "code", None) or ""


def _is_transient(exc) -> bool:
    """Worth waiting for: the server is not up yet, or up but its database still starting."""
    from neo4j import exceptions as ne

    return isinstance(exc, (ne.ServiceUnavailable, ne.SessionExpired, ne.TransientError,
                            ne.DatabaseUnavailable))


def _run_tx(tx, cypher: str, params: dict):
    """One statement in a managed transaction; returns its summary counters."""
    return tx.run(cypher, params).consume().counters


def _single(tx, cypher: str):
    return tx.run(cypher).single(strict=True)[0]


def _plain(value):
    """Driver values (nodes, relationships, paths, temporal types) as plain Python values."""
    from neo4j.graph import Node, Path, Relationship

    if isinstance(value, (Node, Relationship)):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, Path):
        return [_plain(n) for n in value.nodes]
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if hasattr(value, "iso_format"):  # neo4j.time Date, DateTime, Duration, ...
        return value.iso_format()
    return value


class Neo4jStore:
    """A GraphStore on a Neo4j database. Constructing it does no I/O; open() connects."""

    dialect = "neo4j"  # which variant of a canned query this store runs (kg.queries)

    def __init__(self, uri: str = DEFAULT_URI, user: str = DEFAULT_USER, password: str | None = None,
                 database: str = DEFAULT_DATABASE):
        self.uri = uri
        self.user = user
        self.password = password
        self.database = database or DEFAULT_DATABASE
        self._driver = None

    # --- errors ---------------------------------------------------------------------

    def _error(self, exc: BaseException) -> StoreError:
        """A driver error as the one-line KGError a user can act on."""
        from neo4j import exceptions as ne

        if isinstance(exc, ne.AuthError):
            if "RateLimit" in _code(exc):
                return AuthFailed(f"Neo4j at {self.uri} is refusing logins for a while after too many "
                                  f"failed attempts: wait, then check NEO4J_PASSWORD (or .env)")
            return AuthFailed(f"Neo4j at {self.uri} refused user {self.user!r} with that password: "
                              f"check NEO4J_USER / NEO4J_PASSWORD (or .env); the password is the one "
                              f"the container's data volume was first created with")
        if _code(exc).endswith("DatabaseNotFound"):
            return StoreError(f"Neo4j at {self.uri} has no database {self.database!r}: use "
                              f"--database neo4j (Community Edition has only `neo4j`) or create it "
                              f"with CREATE DATABASE in Neo4j Browser")
        if isinstance(exc, (ne.ServiceUnavailable, ne.SessionExpired)):
            return ConnectionFailed(f"cannot reach Neo4j at {self.uri}: start it with "
                                    f"`docker compose up -d` (or check --uri / NEO4J_URI)")
        if isinstance(exc, ne.DatabaseUnavailable):
            return ConnectionFailed(f"Neo4j at {self.uri} is up but database {self.database!r} is not "
                                    f"available yet: retry in a moment, or pass --wait SECONDS")
        if isinstance(exc, ne.ConfigurationError):
            return StoreError(f"invalid Neo4j URI {self.uri!r}: {str(exc).splitlines()[0]}")
        if isinstance(exc, ne.Neo4jError):
            return StoreError(f"Neo4j at {self.uri} failed: {_code(exc)}: {exc.message}")
        return StoreError(f"Neo4j at {self.uri} failed: {str(exc).splitlines()[0] if str(exc) else type(exc).__name__}")

    def _mapped(self, fn, *args, **kwargs):
        from neo4j import exceptions as ne

        try:
            return fn(*args, **kwargs)
        except (ne.Neo4jError, ne.DriverError) as exc:
            raise self._error(exc) from exc

    # --- connection -----------------------------------------------------------------

    def _connect(self) -> None:
        """Create the driver (no network yet); a bad URI or missing password fails here."""
        if self._driver is not None:
            return
        check_uri(self.uri)
        if not self.password:
            raise AuthFailed("no Neo4j password: set NEO4J_PASSWORD (see .env.example) or pass --password")
        import neo4j  # imported here so that `kg --help` stays fast

        self._driver = self._mapped(neo4j.GraphDatabase.driver, self.uri,
                                    auth=(self.user, self.password),
                                    connection_timeout=CONNECTION_TIMEOUT)

    def _ping(self, check_database: bool = True) -> None:
        """Reach the server and log in; then one trivial query in the target database."""
        self._driver.verify_connectivity()
        if check_database:
            self._driver.execute_query("RETURN 1", database_=self.database)

    def open(self, check_database: bool = True) -> "Neo4jStore":
        """Connect and log in; unless told not to (kg doctor), also check the database exists."""
        self._connect()
        try:
            self._mapped(self._ping, check_database)
        except BaseException:
            self.close()
            raise
        return self

    def close(self) -> None:
        if self._driver is not None:
            try:
                self._driver.close()
            finally:
                self._driver = None

    def __enter__(self) -> "Neo4jStore":
        return self.open()

    def __exit__(self, *exc) -> None:
        self.close()

    def wait_until_ready(self, timeout: float, interval: float = 1.0) -> float:
        """Retry until the server answers in the database, for at most `timeout` seconds.

        For a container still starting: connection refused and "database unavailable" are
        retried; a wrong password or a missing database fail at once, as waiting cannot
        fix them. Returns the seconds waited.
        """
        self._connect()
        started = time.monotonic()
        deadline = started + max(0.0, timeout)
        while True:
            try:
                self._ping()
                return time.monotonic() - started
            except Exception as exc:
                if not _is_transient(exc) or _code(exc).endswith("DatabaseNotFound"):
                    self.close()
                    raise self._error(exc) from exc
                left = deadline - time.monotonic()
                if left <= 0:
                    self.close()
                    raise ConnectionFailed(
                        f"Neo4j at {self.uri} was not ready after {timeout:g}s: start it with "
                        f"`docker compose up -d`, see `docker compose logs neo4j`, or wait longer "
                        f"with --wait") from exc
            time.sleep(min(interval, left))

    def _session(self):
        if self._driver is None:
            raise StoreError("Neo4j store is not open: use it as a context manager")
        return self._driver.session(database=self.database)

    # --- reading --------------------------------------------------------------------

    def _query(self, cypher: str, params: dict | None = None, database: str | None = None):
        """Run a read query; returns (columns, rows of plain values). Driver errors stay raw."""
        import neo4j

        if self._driver is None:
            raise StoreError("Neo4j store is not open: use it as a context manager")
        records, _summary, keys = self._driver.execute_query(
            cypher, params or {}, database_=database or self.database,
            routing_=neo4j.RoutingControl.READ)
        return list(keys), [[_plain(v) for v in r.values()] for r in records]

    def run(self, cypher: str, params: dict | None = None) -> tuple[list[str], list[list]]:
        """Run one read query; returns column names and rows. A failing query raises QueryError."""
        from neo4j import exceptions as ne

        try:
            return self._query(cypher, params)
        except ne.ClientError as exc:
            if isinstance(exc, ne.AuthError) or _code(exc).endswith("DatabaseNotFound"):
                raise self._error(exc) from exc
            raise QueryError(f"query failed: {exc.message}") from exc
        except (ne.Neo4jError, ne.DriverError) as exc:
            raise self._error(exc) from exc

    def counts(self) -> dict[str, int]:
        """Nodes per label and relationships per type, for every schema name."""
        out = {label: self.run(st.count_nodes(label))[1][0][0] for label in schema.NODE_LABELS}
        out.update({t: self.run(st.count_rels(t))[1][0][0] for t in schema.REL_TYPES})
        return out

    def _stored_keys(self):
        nodes = {label: {r[0] for r in self.run(st.node_ids(label))[1]} for label in schema.NODE_LABELS}
        rels = {key: {(r[0], r[1]) for r in self.run(st.rel_endpoints(key))[1]} for key in st.rel_keys()}
        return nodes, rels

    def server_info(self) -> dict:
        """{"name", "version", "edition"} of the server, from dbms.components()."""
        columns, rows = self._mapped(self._query, COMPONENTS)
        return dict(zip(columns, rows[0])) if rows else {}

    def databases(self) -> dict[str, str]:
        """Database name -> current status ("online", ...), asked of the system database."""
        _, rows = self._mapped(self._query, DATABASES, None, "system")
        return {name: status for name, status in rows}

    def constraints(self) -> list[dict]:
        """The database's constraints: {"name", "type", "labelsOrTypes", "properties"}."""
        columns, rows = self._mapped(self._query, CONSTRAINTS)
        return [dict(zip(columns, r)) for r in rows]

    def missing_constraints(self) -> list[str]:
        """kg's uniqueness constraints (Label.id) the database lacks, as "Label(id)"."""
        have = {(tuple(c["labelsOrTypes"] or ()), tuple(c["properties"] or ()))
                for c in self.constraints()
                if "UNIQUE" in (c["type"] or "") or (c["type"] or "").endswith("KEY")}
        return [f"{label}(id)" for label in schema.NODE_LABELS if ((label,), ("id",)) not in have]

    # --- writing --------------------------------------------------------------------

    def ensure_schema(self) -> None:
        """Uniqueness constraints first: MERGE on an indexed id, and no duplicate nodes."""
        with self._session() as session:
            for ddl in st.schema_statements("neo4j"):
                self._mapped(session.execute_write, _run_tx, ddl, {})

    def write(self, graph: Graph, *, batch_size: int = 500, sync: bool = False,
              progress: Progress | None = None) -> LoadCounts:
        """Merge the graph in, one transaction per batch; with sync, retract what it no longer has.

        Created vs merged comes from each batch's summary counters (a row that created
        nothing matched an existing node or edge). Batches already committed stay when a
        later one fails or the user interrupts: running the load again completes it.
        """

        started = time.perf_counter()
        counts = LoadCounts()
        self.ensure_schema()
        # What sync retracts is decided against what was stored before this write.
        stale = st.diff(graph, *self._stored_keys()) if sync else None
        created: dict = {}
        merged: dict = {}
        deleted: dict = {}
        with self._session() as session:
            for cypher, params, what in st.upsert_statements(graph, batch_size):
                c = self._mapped(session.execute_write, _run_tx, cypher, params)
                n = len(params["rows"])
                made = c.nodes_created if isinstance(what, str) else c.relationships_created
                created[what] = created.get(what, 0) + made
                merged[what] = merged.get(what, 0) + n - made
                counts.rows += n
                if progress:
                    progress(n)
            if stale is not None:
                for cypher, params, what, _n in st.retract_statements(stale, batch_size):
                    c = self._mapped(session.execute_write, _run_tx, cypher, params)
                    gone = c.nodes_deleted if isinstance(what, str) else c.relationships_deleted
                    deleted[what] = deleted.get(what, 0) + gone
                    if isinstance(what, str):
                        # Edges a stale node still had (another writer's): counted, not typed.
                        counts.rels_deleted += c.relationships_deleted
        counts.add(created, merged, deleted)
        counts.seconds = time.perf_counter() - started
        return counts

    def wipe(self) -> int:
        """Delete kg's own nodes and their relationships (other labels stay); returns nodes deleted."""
        gone = 0
        with self._session() as session:
            for cypher in st.wipe_statements():
                gone += self._mapped(session.execute_write, _single, cypher)
        return gone

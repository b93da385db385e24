"""The embedded store: the graph in a LadybugDB file (`<out>/graph.lbug`), no server.

    with EmbeddedStore("out/graph.lbug") as store:
        counts = store.write(graph, sync=True)
        columns, rows = store.run("MATCH (n:Person) RETURN n.name AS name")

    write_fresh(graph, "out/graph.lbug")   # what `kg build` calls: atomic replace

Statements come from kg.stores.statements, the same ones the Neo4j store sends.
LadybugDB reports every failure as a RuntimeError; they are mapped here, at the
boundary, to StoreError (cannot open / write) or QueryError (a query that fails).
"""
from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

from .. import schema
from ..errors import QueryError, StoreError
from ..types import Graph
from . import statements as st
from .base import LoadCounts, Progress

DB_NAME = "graph.lbug"


def _first_line(exc: BaseException) -> str:
    """LadybugDB messages run on with the query, a caret line and a docs link: keep line one."""
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def _open_error(path: Path, exc: BaseException) -> StoreError:
    msg = _first_line(exc)
    if "Could not set lock" in msg:
        holder = msg[msg.find("(Lock is held"):].split(")")[0].lstrip("(") if "Lock is held" in msg else ""
        return StoreError(f"embedded database {path} is in use by another process"
                          f"{' (' + holder.lower() + ')' if holder else ''}: close it and retry")
    if "not a valid" in msg or "corrupt" in msg.lower() or "checksum" in msg.lower():
        return StoreError(f"embedded database {path} is damaged ({msg}): rebuild it with `kg build`")
    return StoreError(f"cannot open embedded database {path}: {msg}")


def _values(result) -> tuple[list[str], list[list]]:
    columns = list(result.get_column_names())
    rows = []
    while result.has_next():
        rows.append(list(result.get_next()))
    return columns, rows


class EmbeddedStore:
    """A GraphStore on one LadybugDB file. Constructing it does no I/O; open() connects."""

    dialect = "ladybug"  # which variant of a canned query this store runs (kg.queries)

    def __init__(self, path: str | os.PathLike, *, read_only: bool = False):
        self.path = Path(path)
        self.read_only = read_only
        self._db = None
        self._conn = None

    # --- connection ---------------------------------------------------------------

    def open(self) -> "EmbeddedStore":
        if self._conn is not None:
            return self
        if self.read_only and not self.path.exists():
            # Opening would fail anyway; a read must never create an empty database.
            raise StoreError(f"no embedded database at {self.path}: run `kg build` first")
        if self.path.is_dir():
            raise StoreError(f"cannot open embedded database {self.path}: it is a directory")
        if not self.path.parent.is_dir():
            raise StoreError(f"cannot open embedded database {self.path}: "
                             f"directory {self.path.parent} does not exist")
        import ladybug  # imported here so that `kg --help` stays fast

        try:
            self._db = ladybug.Database(str(self.path), read_only=self.read_only)
            self._conn = ladybug.Connection(self._db)
        except RuntimeError as exc:
            self.close()
            raise _open_error(self.path, exc) from exc
        return self

    def close(self) -> None:
        for obj in (self._conn, self._db):
            if obj is not None:
                try:
                    obj.close()
                except RuntimeError:
                    pass  # closing is best effort; the OS drops the file lock anyway
        self._conn = self._db = None

    def __enter__(self) -> "EmbeddedStore":
        return self.open()

    def __exit__(self, *exc) -> None:
        self.close()

    def _execute(self, cypher: str, params: dict | None = None):
        if self._conn is None:
            raise StoreError("embedded store is not open: use it as a context manager")
        result = self._conn.execute(cypher, params or {})
        return result[-1] if isinstance(result, list) else result

    def _write(self, cypher: str, params: dict | None = None):
        try:
            return self._execute(cypher, params)
        except RuntimeError as exc:
            raise StoreError(f"writing to {self.path} failed: {_first_line(exc)}") from exc

    # --- reading --------------------------------------------------------------------

    def run(self, cypher: str, params: dict | None = None) -> tuple[list[str], list[list]]:
        """Run one query; returns column names and rows. A failing query raises QueryError."""
        try:
            return _values(self._execute(cypher, params))
        except RuntimeError as exc:
            raise QueryError(f"query failed: {_first_line(exc)}") from exc

    def tables(self) -> set[str]:
        _, rows = self.run("CALL show_tables() RETURN name")
        return {r[0] for r in rows}

    def counts(self) -> dict[str, int]:
        """Nodes per label and relationships per type; 0 for a table not created yet."""
        have = self.tables()
        out = {}
        for label in schema.NODE_LABELS:
            out[label] = self.run(st.count_nodes(label))[1][0][0] if label in have else 0
        for rel_type in schema.REL_TYPES:
            out[rel_type] = self.run(st.count_rels(rel_type))[1][0][0] if rel_type in have else 0
        return out

    def _stored_keys(self):
        nodes = {label: {r[0] for r in self.run(st.node_ids(label))[1]} for label in schema.NODE_LABELS}
        rels = {key: {(r[0], r[1]) for r in self.run(st.rel_endpoints(key))[1]} for key in st.rel_keys()}
        return nodes, rels

    # --- writing --------------------------------------------------------------------

    def ensure_schema(self) -> None:
        for ddl in st.schema_statements("ladybug"):
            self._write(ddl)

    def write(self, graph: Graph, *, batch_size: int = 500, sync: bool = False,
              progress: Progress | None = None) -> LoadCounts:
        """Merge the graph in one transaction; with sync, retract what the graph no longer has.

        Created vs merged comes from reading the stored ids first: one scan per table,
        far cheaper than asking per row, and the same read gives sync its stale keys.
        """
        started = time.perf_counter()
        counts = LoadCounts()
        self._write("BEGIN TRANSACTION")
        try:
            self.ensure_schema()
            d = st.diff(graph, *self._stored_keys())
            for cypher, params, _what in st.upsert_statements(graph, batch_size):
                self._write(cypher, params)
                counts.rows += len(params["rows"])
                if progress:
                    progress(len(params["rows"]))
            deleted: dict = {}
            if sync:
                for cypher, params, what, n in st.retract_statements(d, batch_size):
                    self._write(cypher, params)
                    deleted[what] = deleted.get(what, 0) + n
            self._write("COMMIT")
        except BaseException:
            self._rollback()
            raise
        counts.add(d.created, d.merged, deleted)
        counts.seconds = time.perf_counter() - started
        return counts

    def bulk_load(self, graph: Graph, *, progress: Progress | None = None) -> LoadCounts:
        """Load into an empty database with COPY from CSV files (fresh builds only: COPY cannot merge)."""
        started = time.perf_counter()
        counts = LoadCounts()
        self.ensure_schema()
        if any(self.counts().values()):
            raise StoreError(f"bulk load needs an empty database, and {self.path} is not")
        tables: list[tuple[str | st.RelKey, list[dict]]] = [
            *st.node_rows(graph).items(), *st.rel_rows(graph).items()]
        created: dict = {}
        with tempfile.TemporaryDirectory(prefix="kg-copy-") as tmp:
            for n, (what, rows) in enumerate(tables):
                created[what] = len(rows)
                if not rows:
                    continue
                csv_path = Path(tmp) / f"{n}.csv"
                columns = st.csv_columns(what)
                with open(csv_path, "w", encoding="utf-8", newline="") as f:
                    f.writelines(st.csv_line([row[c] for c in columns]) for row in rows)
                try:
                    copy = st.copy_from_csv(what, str(csv_path))
                except ValueError as exc:  # the path becomes a Cypher literal
                    raise StoreError(f"cannot bulk load from {tmp}: set TMPDIR to a plain path") from exc
                self._write(copy)
                counts.rows += len(rows)
                if progress:
                    progress(len(rows))
        counts.add(created, {}, {})
        counts.seconds = time.perf_counter() - started
        return counts

    def wipe(self) -> int:
        """Delete kg's own nodes and edges; tables stay. Returns how many nodes went."""
        have = self.tables()
        gone = 0
        for label, cypher in zip(schema.NODE_LABELS, st.wipe_statements()):
            if label in have:
                gone += _values(self._write(cypher))[1][0][0]
        return gone

    def _rollback(self) -> None:
        try:
            self._execute("ROLLBACK")
        except (RuntimeError, StoreError):
            pass  # no transaction left to roll back: the failure already ended it


def write_fresh(graph: Graph, db_path: str | os.PathLike, *, bulk: bool = True,
                progress: Progress | None = None) -> LoadCounts:
    """Build the database for a fresh build, replacing db_path only once it is complete.

    Writes into a temporary file beside db_path and renames it over the old one, so a
    build that fails part-way leaves the previous database as it was.
    """
    target = Path(db_path)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.tmp-{os.getpid()}")
    _remove(tmp)
    try:
        with EmbeddedStore(tmp) as store:
            if bulk and copyable(graph):
                counts = store.bulk_load(graph, progress=progress)
            else:
                counts = store.write(graph, progress=progress)
        # A write-ahead log left by the old database must not be replayed into the new one.
        _remove(target.with_name(target.name + ".wal"))
        os.replace(tmp, target)
    except BaseException:
        _remove(tmp)
        raise
    return counts


def copyable(graph: Graph) -> bool:
    """Whether COPY can carry every value of the graph (see statements.copyable)."""
    rows = [r for rows in st.node_rows(graph).values() for r in rows]
    rows += [r for rows in st.rel_rows(graph).values() for r in rows]
    return st.copyable(rows)


def _remove(path: Path) -> None:
    for p in (path, path.with_name(path.name + ".wal")):
        try:
            p.unlink()
        except FileNotFoundError:
            pass

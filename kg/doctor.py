"""`kg doctor`: is everything in place to explore the graph? Each check says what is wrong
and how to fix it.

    checks = run_checks(Neo4jStore(uri, user, password, database), out_dir="out")
    print(format_checks(checks)); exit(0 if all(c.ok for c in checks) else 1)

Neo4j checks run in order and stop at the first one the rest depend on (no connection:
nothing else can be asked). The embedded database is checked when the build has one.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from . import schema
from .errors import KGError


@dataclass
class Check:
    name: str
    ok: bool
    detail: str
    fix: str = ""  # empty when the detail already says what to do


def summarize(counts: dict[str, int]) -> str:
    """"9 nodes (Person 3, ...), 12 relationships (LEADS 2, ...)" from a store's counts()."""
    def part(names, noun):
        total = sum(counts.get(n, 0) for n in names)
        each = ", ".join(f"{n} {counts[n]}" for n in names if counts.get(n))
        return f"{total:,} {noun}" + (f" ({each})" if each else "")
    return f"{part(schema.NODE_LABELS, 'nodes')}, {part(schema.REL_TYPES, 'relationships')}"


def check_embedded(out_dir: str | Path) -> tuple[list[Check], dict | None]:
    """The embedded database a build left in out_dir, if there is one; and its counts."""
    from .stores.embedded import DB_NAME, EmbeddedStore

    path = Path(out_dir) / DB_NAME
    if not path.exists():
        return [], None
    try:
        with EmbeddedStore(path, read_only=True) as store:
            counts = store.counts()
    except KGError as exc:
        return [Check("embedded", False, str(exc), f"rebuild it: kg build SOURCES --out {out_dir}")], None
    return [Check("embedded", True, f"{path}: {summarize(counts)}")], counts


def check_neo4j(store, out_dir: str | Path = "out", embedded: dict | None = None) -> list[Check]:
    """Connection, server version, database, kg's constraints, and what is loaded."""
    checks: list[Check] = []
    try:
        store.open(check_database=False)
    except KGError as exc:  # unreachable, refused login, a malformed URI, no password
        return [Check("connection", False, str(exc))]
    try:
        checks.append(Check("connection", True, f"{store.uri} as {store.user}"))
        info = store.server_info()
        version = str(info.get("version") or "?")
        label = f"{info.get('name') or 'Neo4j'} {version} {info.get('edition') or ''}".strip()
        major = int(version.split(".")[0]) if version.split(".")[0].isdigit() else 0
        if major < 5:
            checks.append(Check("server", False, f"{label}: kg's queries need Neo4j 5 or later",
                                "run the pinned image: docker compose up -d"))
            return checks
        checks.append(Check("server", True, label))

        status = store.databases().get(store.database)
        if status is None:
            checks.append(Check("database", False, f"no database {store.database!r} on the server",
                                "use --database neo4j / NEO4J_DATABASE=neo4j (Community Edition "
                                "has only `neo4j`), or CREATE DATABASE it"))
            return checks
        if status != "online":
            checks.append(Check("database", False, f"database {store.database!r} is {status}",
                                f"start it: START DATABASE {store.database} (in Neo4j Browser, "
                                f"on the system database), or see `docker compose logs neo4j`"))
            return checks
        checks.append(Check("database", True, f"{store.database} is online"))

        missing = store.missing_constraints()
        if missing:
            checks.append(Check("constraints", False, f"missing: {', '.join(missing)}",
                                f"kg load creates them: kg load {out_dir}"))
        else:
            checks.append(Check("constraints", True, f"{len(schema.NODE_LABELS)} uniqueness constraints on id"))

        counts = store.counts()
        if not any(counts.get(label) for label in schema.NODE_LABELS):
            checks.append(Check("graph", False, f"database {store.database!r} holds no kg nodes",
                                f"load the build: kg load {out_dir}"))
        else:
            checks.append(Check("graph", True, summarize(counts)))
            if embedded is not None and counts != embedded:
                checks.append(Check("in sync", False,
                                    f"Neo4j differs from {Path(out_dir)}: {summarize(embedded)} there",
                                    f"load the latest build: kg load {out_dir} --sync"))
    except KGError as exc:
        checks.append(Check("query", False, str(exc)))
    finally:
        store.close()
    return checks


def run_checks(store, out_dir: str | Path = "out") -> list[Check]:
    embedded_checks, embedded_counts = check_embedded(out_dir)
    return embedded_checks + check_neo4j(store, out_dir, embedded_counts)


def format_checks(checks: list[Check]) -> str:
    size = max((len(c.name) for c in checks), default=0)
    lines = []
    for c in checks:
        lines.append(f"{'ok  ' if c.ok else 'FAIL'}  {c.name.ljust(size)}  {c.detail}")
        if not c.ok and c.fix:
            lines.append(f"      {''.ljust(size)}  fix: {c.fix}")
    return "\n".join(lines)

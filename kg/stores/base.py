"""The interface every graph store implements.

Stores connect lazily: constructing one does no I/O; `open()` / the context manager
connects, `close()` releases. The statements they run come from kg.stores.statements,
shared by both stores, so what CI runs on the embedded store is what Neo4j receives.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Protocol

from ..types import Graph

Progress = Callable[[int], None]  # called with the number of rows just written


@dataclass
class LoadCounts:
    nodes_created: int = 0
    nodes_merged: int = 0
    rels_created: int = 0
    rels_merged: int = 0
    nodes_deleted: int = 0
    rels_deleted: int = 0
    rows: int = 0
    seconds: float = 0.0
    per_type: dict = field(default_factory=dict)

    def add(self, created: dict, merged: dict, deleted: dict) -> None:
        """Fold per-label / per-RelKey numbers in; per_type is keyed by label or type."""
        from .statements import RelKey

        for what in set(created) | set(merged) | set(deleted):
            name = what.type if isinstance(what, RelKey) else what
            entry = self.per_type.setdefault(name, {"created": 0, "merged": 0, "deleted": 0})
            c, m, x = created.get(what, 0), merged.get(what, 0), deleted.get(what, 0)
            entry["created"] += c
            entry["merged"] += m
            entry["deleted"] += x
            if isinstance(what, RelKey):
                self.rels_created += c
                self.rels_merged += m
                self.rels_deleted += x
            else:
                self.nodes_created += c
                self.nodes_merged += m
                self.nodes_deleted += x
        self.per_type = dict(sorted(self.per_type.items()))


class GraphStore(Protocol):
    def __enter__(self) -> "GraphStore": ...

    def __exit__(self, *exc) -> None: ...

    def write(self, graph: Graph, *, batch_size: int = 500, sync: bool = False,
              progress: Progress | None = None) -> LoadCounts:
        """Merge the graph in; with sync, retract what only articles absent from it supported."""

    def wipe(self) -> int:
        """Delete kg's own nodes and relationships; returns how many nodes went."""

    def run(self, cypher: str, params: dict | None = None) -> tuple[list[str], list[list]]:
        """Run one read query; returns column names and rows of plain Python values."""

    def counts(self) -> dict[str, int]:
        """Number of nodes per label and relationships per type, for every schema name."""

"""Every Cypher statement kg writes with, shared by the embedded store and the Neo4j store.

Pure functions: nothing here connects to anything. A statement is a Cypher string,
or a `(cypher, params)` pair once it has rows. Labels and relationship types reach
the text only through schema.check_label / check_rel_type; every value is a parameter.
Both dialects use the same statements except where the databases truly differ:

    dialect "neo4j"    uniqueness constraints
    dialect "ladybug"  typed node and rel tables (LadybugDB has no schemaless mode),
                       and COPY for bulk-loading an empty database

The API, in the order a store uses it:

    schema_statements(dialect) -> list[str]             run once before writing
    node_rows(graph) -> {label: [row]}                  entity and Article rows
    rel_rows(graph)  -> {RelKey: [row]}                 relation and MENTIONS rows
    RelKey(type, head, tail)                            one statement per endpoint pair
    rel_keys() -> list[RelKey]                          every pair the schema allows
    node_ids(label) -> str                              RETURN id: what is stored now
    rel_endpoints(key) -> str                           RETURN source, target
    Diff / diff(graph, stored_nodes, stored_rels)       created / merged / stale keys
    upsert_statements(graph, batch_size)                -> iterator of (cypher, params, label_or_key)
    merge_nodes(label) / merge_rels(key) -> str         UNWIND $rows ... MERGE ... SET
    retract_statements(diff, batch_size)                -> iterator of (cypher, params, label_or_key, n)
    delete_nodes(label) / delete_rels(key) -> str       UNWIND $ids / $rows ... DELETE
    wipe_statements() -> list[str]                      kg's labels only, RETURN deleted
    count_nodes(label) / count_rels(rel_type) -> str    RETURN n
    copyable(rows) / csv_line(values) / csv_columns(x)  ladybug only: bulk load of an empty
    copy_from_csv(label or key, csv_path) -> str          database from CSV files
    batches(rows, size)                                 the one batching helper
    neo4j_statements() -> list[(name, cypher)]          everything Neo4j receives (linted in tests)

How a store writes (kg/stores/embedded.py does exactly this, in one transaction):
    1. run schema_statements(dialect)
    2. read what is stored: node_ids(label) per schema.NODE_LABELS, rel_endpoints(key)
       per rel_keys(), into {label: {id}} and {RelKey: {(source, target)}}
    3. d = diff(graph, nodes, rels): d.created / d.merged per label and RelKey
    4. run every upsert_statements(graph, batch_size)
    5. with sync, run every retract_statements(d, batch_size): edges, then nodes

Row shapes (the keys of `$rows`):
    entity   {id, name, aliases, articles, mentions}
    Article  {id, title, path, date}
    relation {source, target, id, confidence, articles, sentences, rules, evidence}
             evidence is the full evidence list as a JSON string
    MENTIONS {source (article id), target (entity id), id}
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Iterator, Literal, NamedTuple, TypeVar

from .. import schema
from ..errors import GraphFileError
from ..graph import edge_id
from ..types import Graph

Dialect = Literal["neo4j", "ladybug"]
DIALECTS: tuple[str, ...] = ("neo4j", "ladybug")

# Property name -> LadybugDB column type. The one list that drives the DDL, the SET
# clauses and the COPY column order, so the three cannot drift apart.
ENTITY_PROPS: tuple[tuple[str, str], ...] = (
    ("name", "STRING"),
    ("aliases", "STRING[]"),
    ("articles", "STRING[]"),
    ("mentions", "INT64"),
)
ARTICLE_PROPS: tuple[tuple[str, str], ...] = (
    ("title", "STRING"),
    ("path", "STRING"),
    ("date", "STRING"),
)
RELATION_PROPS: tuple[tuple[str, str], ...] = (
    ("id", "STRING"),
    ("confidence", "DOUBLE"),
    ("articles", "STRING[]"),
    ("sentences", "STRING[]"),
    ("rules", "STRING[]"),
    ("evidence", "STRING"),
)
MENTIONS_PROPS: tuple[tuple[str, str], ...] = (("id", "STRING"),)


class RelKey(NamedTuple):
    """A relationship type with one (head label, tail label) pair it may join."""

    type: str
    head: str
    tail: str


T = TypeVar("T")


def batches(rows: list[T], size: int) -> Iterator[list[T]]:
    """Consecutive slices of at most `size` rows (a size below 1 counts as 1)."""
    size = max(1, int(size))
    for start in range(0, len(rows), size):
        yield rows[start:start + size]


def check_dialect(dialect: str) -> str:
    if dialect not in DIALECTS:
        raise ValueError(f"unknown dialect {dialect!r}; expected one of {DIALECTS}")
    return dialect


def node_props(label: str) -> tuple[tuple[str, str], ...]:
    return ARTICLE_PROPS if schema.check_label(label) == schema.ARTICLE else ENTITY_PROPS


def rel_props(rel_type: str) -> tuple[tuple[str, str], ...]:
    return MENTIONS_PROPS if schema.check_rel_type(rel_type) == schema.MENTIONS else RELATION_PROPS


def rel_keys() -> list[RelKey]:
    """Every (type, head, tail) the schema allows, MENTIONS (Article -> entity) last."""
    keys = [RelKey(t, h, tl) for t, pairs in schema.RELATION_ENDPOINTS.items() for h, tl in pairs]
    keys += [RelKey(schema.MENTIONS, schema.ARTICLE, label) for label in schema.ENTITY_TYPES]
    return keys


def _key(key: RelKey) -> RelKey:
    return RelKey(schema.check_rel_type(key.type), schema.check_label(key.head), schema.check_label(key.tail))


# --- schema -----------------------------------------------------------------------

def schema_statements(dialect: Dialect) -> list[str]:
    """DDL to run before writing; idempotent (IF NOT EXISTS) in both dialects."""
    if check_dialect(dialect) == "neo4j":
        return [
            f"CREATE CONSTRAINT kg_{label.lower()}_id IF NOT EXISTS "
            f"FOR (n:{label}) REQUIRE n.id IS UNIQUE"
            for label in map(schema.check_label, schema.NODE_LABELS)
        ]
    out = []
    for label in map(schema.check_label, schema.NODE_LABELS):
        cols = ", ".join(f"{p} {t}" for p, t in node_props(label))
        out.append(f"CREATE NODE TABLE IF NOT EXISTS {label}(id STRING PRIMARY KEY, {cols})")
    for rel_type in map(schema.check_rel_type, schema.REL_TYPES):
        pairs = ", ".join(f"FROM {k.head} TO {k.tail}" for k in rel_keys() if k.type == rel_type)
        cols = ", ".join(f"{p} {t}" for p, t in rel_props(rel_type))
        out.append(f"CREATE REL TABLE IF NOT EXISTS {rel_type}({pairs}, {cols})")
    return out


# --- rows -------------------------------------------------------------------------

def node_rows(graph: Graph) -> dict[str, list[dict]]:
    """Rows per label, entities then Article; a repeated id keeps its last row, as MERGE would."""
    out: dict[str, dict[str, dict]] = {label: {} for label in schema.NODE_LABELS}
    for e in graph.entities:
        out[schema.check_label(e.type)][e.id] = {
            "id": e.id,
            "name": e.name,
            "aliases": [str(a) for a in e.aliases],
            "articles": [str(a) for a in e.articles],
            "mentions": int(e.mentions),
        }
    for a in graph.articles:
        out[schema.ARTICLE][str(a["id"])] = {
            "id": str(a["id"]),
            "title": a.get("title"),
            "path": a.get("path"),
            "date": a.get("date"),
        }
    return {label: list(rows.values()) for label, rows in out.items()}


def rel_rows(graph: Graph) -> dict[RelKey, list[dict]]:
    """Rows per (type, head label, tail label), relations then MENTIONS."""
    types = {e.id: e.type for e in graph.entities}
    out: dict[RelKey, dict[str, dict]] = {k: {} for k in rel_keys()}
    for r in graph.relations:
        key = RelKey(r.type, types.get(r.source, "?"), types.get(r.target, "?"))
        if key not in out:
            raise GraphFileError(
                f"graph has a {r.type} edge from {key.head} to {key.tail} "
                f"({r.source} -> {r.target}), which the schema does not allow")
        rid = edge_id(r)
        out[key][rid] = {
            "source": r.source,
            "target": r.target,
            "id": rid,
            "confidence": float(r.confidence),
            "articles": r.articles,
            "sentences": [ev.sentence for ev in r.evidence],
            "rules": sorted({ev.rule for ev in r.evidence}),
            "evidence": json.dumps([ev.to_json() for ev in r.evidence], ensure_ascii=False),
        }
    for a in graph.articles:
        # An article may list an entity the graph later dropped; such a mention has no node.
        for ent in a.get("entities") or []:
            if ent in types:
                rid = f"{schema.MENTIONS}|{a['id']}|{ent}"
                key = RelKey(schema.MENTIONS, schema.ARTICLE, types[ent])
                out[key][rid] = {"source": str(a["id"]), "target": ent, "id": rid}
    return {k: list(rows.values()) for k, rows in out.items()}


# --- writes -----------------------------------------------------------------------

def merge_nodes(label: str) -> str:
    label = schema.check_label(label)
    sets = ", ".join(f"n.{p} = r.{p}" for p, _ in node_props(label))
    return f"UNWIND $rows AS r MERGE (n:{label} {{id: r.id}}) SET {sets}"


def merge_rels(key: RelKey) -> str:
    t, h, tl = _key(key)
    sets = ", ".join(f"e.{p} = r.{p}" for p, _ in rel_props(t))
    # Two MATCH clauses rather than a comma: same plan, no cartesian-product notice.
    return (f"UNWIND $rows AS r MATCH (a:{h} {{id: r.source}}) MATCH (b:{tl} {{id: r.target}}) "
            f"MERGE (a)-[e:{t}]->(b) SET {sets}")


def upsert_statements(graph: Graph, batch_size: int = 500) -> Iterator[tuple[str, dict, str | RelKey]]:
    """(cypher, {"rows": batch}, label or RelKey) for every node batch, then every edge batch."""
    for label, rows in node_rows(graph).items():
        for batch in batches(rows, batch_size):
            yield merge_nodes(label), {"rows": batch}, label
    for key, rows in rel_rows(graph).items():
        for batch in batches(rows, batch_size):
            yield merge_rels(key), {"rows": batch}, key


# --- bulk load (ladybug only) ------------------------------------------------------
# COPY reads rows from a CSV file. bench/bench_embedded_load.py measures it ~3x faster
# than UNWIND/MERGE on a fresh 20k-node / 50k-edge graph; COPY fed the same rows as a
# parameter was no faster than MERGE, since converting parameters dominates both.
# Strings are CSV-quoted, None is an unquoted empty field (read back as NULL), and a
# list is its items, each behind ITEM_MARK, joined by LIST_SEP: LadybugDB's split drops
# empty pieces, the mark keeps them. A graph whose list items contain LIST_SEP or any
# NUL cannot be written this way; copyable() says so and the store merges instead.
LIST_SEP = "\x1e"
ITEM_MARK = "\x02"


def copyable(rows: list[dict]) -> bool:
    for row in rows:
        for value in row.values():
            items = value if isinstance(value, list) else [value]
            for item in items:
                if isinstance(item, str) and ("\x00" in item or (item is not value and LIST_SEP in item)):
                    return False
    return True


def csv_line(values: list) -> str:
    """One CSV record in the encoding copy_from_csv() decodes."""
    cells = []
    for v in values:
        if v is None or v == []:
            cells.append("")
        elif isinstance(v, list):
            joined = LIST_SEP.join(ITEM_MARK + str(x) for x in v)
            cells.append('"' + joined.replace('"', '""') + '"')
        elif isinstance(v, (int, float)):
            cells.append(repr(v))
        else:
            cells.append('"' + str(v).replace('"', '""') + '"')
    return ",".join(cells) + "\n"


def csv_columns(what: str | RelKey) -> list[str]:
    """The row keys, in file order, for a label's or a RelKey's CSV file."""
    if isinstance(what, RelKey):
        return ["source", "target", *(p for p, _ in rel_props(_key(what).type))]
    return ["id", *(p for p, _ in node_props(what))]


def _decode(i: int, ltype: str) -> str:
    col = f"c{i}"
    if ltype == "STRING[]":
        return (f"CASE WHEN {col} IS NULL THEN CAST([] AS STRING[]) ELSE "
                f"list_transform(string_split({col}, '{LIST_SEP}'), x -> substring(x, 2, size(x))) END")
    return col


def copy_from_csv(what: str | RelKey, csv_path: str) -> str:
    """COPY one label's or one RelKey's CSV file (written with csv_line) into its table."""
    if any(c in csv_path for c in "'\\\n\r"):
        raise ValueError(f"unsafe path for COPY: {csv_path!r}")  # it becomes a literal
    if isinstance(what, RelKey):
        t, h, tl = _key(what)
        types = ["STRING", "STRING", *(ty for _, ty in rel_props(t))]
        table, options = t, f" (from='{h}', to='{tl}')"
    else:
        table = schema.check_label(what)
        types = ["STRING", *(ty for _, ty in node_props(table))]
        options = ""
    # Declared column types: left to sniff, the reader parses a JSON-looking string as a struct.
    header = ", ".join(f"c{i} {'STRING' if ty == 'STRING[]' else ty}" for i, ty in enumerate(types))
    cols = ", ".join(_decode(i, ty) for i, ty in enumerate(types))
    # parallel=false: the parallel CSV reader cannot handle newlines inside quoted fields.
    return (f"COPY {table} FROM (LOAD WITH HEADERS ({header}) FROM '{csv_path}' "
            f"(header=false, quote='\"', escape='\"', parallel=false) RETURN {cols}){options}")


# --- reading what is stored, and retraction ----------------------------------------

def node_ids(label: str) -> str:
    return f"MATCH (n:{schema.check_label(label)}) RETURN n.id AS id"


def rel_endpoints(key: RelKey) -> str:
    t, h, tl = _key(key)
    return f"MATCH (a:{h})-[e:{t}]->(b:{tl}) RETURN a.id AS source, b.id AS target"


@dataclass
class Diff:
    """What a write will create or merge, and what a sync write retracts.

    Keys are node ids per label and (source, target) pairs per RelKey. An edge or node
    is stale when the new graph lacks it: the graph already counts evidence per article,
    so whatever an article in it still supports is in it, and only what removed
    articles alone supported is missing.
    """

    created: dict = field(default_factory=dict)  # label / RelKey -> count
    merged: dict = field(default_factory=dict)
    stale_nodes: dict[str, list[str]] = field(default_factory=dict)
    stale_rels: dict[RelKey, list[tuple[str, str]]] = field(default_factory=dict)


def diff(graph: Graph, stored_nodes: dict[str, set[str]],
         stored_rels: dict[RelKey, set[tuple[str, str]]]) -> Diff:
    """Compare the graph with the keys a store holds (from node_ids / rel_endpoints)."""
    d = Diff()
    for label, rows in node_rows(graph).items():
        have = stored_nodes.get(label, set())
        new = {r["id"] for r in rows}
        d.merged[label] = len(new & have)
        d.created[label] = len(new - have)
        d.stale_nodes[label] = sorted(have - new)
    for key, rows in rel_rows(graph).items():
        have = stored_rels.get(key, set())
        new = {(r["source"], r["target"]) for r in rows}
        d.merged[key] = len(new & have)
        d.created[key] = len(new - have)
        d.stale_rels[key] = sorted(have - new)
    return d


def delete_nodes(label: str) -> str:
    return f"UNWIND $ids AS i MATCH (n:{schema.check_label(label)} {{id: i}}) DETACH DELETE n"


def delete_rels(key: RelKey) -> str:
    t, h, tl = _key(key)
    return (f"UNWIND $rows AS r MATCH (a:{h} {{id: r.source}})-[e:{t}]->(b:{tl} {{id: r.target}}) "
            f"DELETE e")


def retract_statements(d: Diff, batch_size: int = 500) -> Iterator[tuple[str, dict, str | RelKey, int]]:
    """(cypher, params, label or RelKey, how many) deleting stale edges first, then nodes."""
    for key, pairs in d.stale_rels.items():
        for batch in batches(pairs, batch_size):
            rows = [{"source": s, "target": t} for s, t in batch]
            yield delete_rels(key), {"rows": rows}, key, len(rows)
    for label, ids in d.stale_nodes.items():
        for batch in batches(ids, batch_size):
            yield delete_nodes(label), {"ids": batch}, label, len(batch)


def wipe_statements() -> list[str]:
    """Delete kg's own nodes (and so their edges), label by label; each returns `deleted`."""
    return [f"MATCH (n:{label}) DETACH DELETE n RETURN count(n) AS deleted"
            for label in map(schema.check_label, schema.NODE_LABELS)]


def count_nodes(label: str) -> str:
    return f"MATCH (n:{schema.check_label(label)}) RETURN count(n) AS n"


def count_rels(rel_type: str) -> str:
    return f"MATCH ()-[e:{schema.check_rel_type(rel_type)}]->() RETURN count(e) AS n"


def neo4j_statements() -> list[tuple[str, str]]:
    """(name, cypher) of every statement kg sends to Neo4j, so a test can lint them all."""
    out = [(f"schema[{i}]", s) for i, s in enumerate(schema_statements("neo4j"))]
    for label in schema.NODE_LABELS:
        out += [(f"merge_nodes[{label}]", merge_nodes(label)),
                (f"node_ids[{label}]", node_ids(label)),
                (f"delete_nodes[{label}]", delete_nodes(label)),
                (f"count_nodes[{label}]", count_nodes(label))]
    for key in rel_keys():
        name = "/".join(key)
        out += [(f"merge_rels[{name}]", merge_rels(key)),
                (f"rel_endpoints[{name}]", rel_endpoints(key)),
                (f"delete_rels[{name}]", delete_rels(key))]
    out += [(f"count_rels[{t}]", count_rels(t)) for t in schema.REL_TYPES]
    out += [(f"wipe[{i}]", s) for i, s in enumerate(wipe_statements())]
    return out

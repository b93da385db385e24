"""Every Cypher kg sends to Neo4j passes Neo4j's own linter.

The canned queries (cypher/*.cypher, Neo4j variant) and every statement the stores
build in the neo4j dialect go through tests/lint/lint.js, which runs
@neo4j-cypher/language-support's lintCypherQuery against kg's schema. Errors and
warnings both fail: a warning there is a misspelt label, an unknown property or a
relationship between labels the schema never joins. Needs `npm ci --prefix tests/lint`.
"""
from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from kg import queries, schema
from kg.stores import statements as st

LINT_DIR = Path(__file__).parent / "lint"
MODULE = LINT_DIR / "node_modules" / "@neo4j-cypher" / "language-support"

pytestmark = pytest.mark.skipif(
    not MODULE.is_dir() or shutil.which("node") is None,
    reason="Cypher linter not installed: run `npm ci --prefix tests/lint` (needs Node 20+)",
)


def kg_schema() -> dict:
    props = {"id", "source", "target"}  # row keys of $rows read as r.source, r.target
    for group in (st.ENTITY_PROPS, st.ARTICLE_PROPS, st.RELATION_PROPS, st.MENTIONS_PROPS):
        props.update(p for p, _ in group)
    return {
        "labels": list(schema.NODE_LABELS),
        "relationshipTypes": list(schema.REL_TYPES),
        "propertyKeys": sorted(props),
        "graphSchema": [{"from": k.head, "to": k.tail, "relType": k.type} for k in st.rel_keys()],
    }


def lint(items: list[tuple[str, str, dict]]) -> dict[str, list[dict]]:
    """{name: diagnostics} for (name, cypher, parameters) items, in one node process."""
    payload = {"schema": kg_schema(),
               "queries": [{"name": n, "cypher": c, "parameters": p} for n, c, p in items]}
    proc = subprocess.run(["node", str(LINT_DIR / "lint.js")], input=json.dumps(payload),
                          capture_output=True, text=True, timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr
    return {r["name"]: r["diagnostics"] for r in json.loads(proc.stdout)}


def problems(results: dict[str, list[dict]]) -> list[str]:
    return [f"{name}:{d['line']}:{d['character']}: {d['severity']}: {d['message']}"
            for name, diags in results.items() for d in diags
            if d["severity"] in ("error", "warning")]


def test_canned_queries_are_clean_neo4j_cypher():
    canned = queries.list_queries()
    assert len(canned) >= 7
    # The whole file as it pastes into Neo4j Browser: header, query, ladybug variant in a comment.
    items = [(q.path.name, q.path.read_text(encoding="utf-8"),
              {p.name: p.example or p.default or "x" for p in q.params}) for q in canned]
    assert problems(lint(items)) == []


def test_every_neo4j_statement_is_clean():
    items = [(name, cypher, {"rows": [], "ids": []}) for name, cypher in st.neo4j_statements()]
    assert len(items) > 40
    assert problems(lint(items)) == []


def test_linter_flags_ladybug_dialect_and_schema_mistakes():
    results = lint([
        ("label", "MATCH (n:Person) RETURN label(n) AS kind", {}),
        ("shortest", "MATCH p = (a:Person)-[* SHORTEST 1..3]-(b:Company) RETURN p", {}),
        ("misspelt", "MATCH (n:Persn) RETURN n.name AS name", {}),
        ("undeclared", "MATCH (n:Person) WHERE n.name = $who RETURN n.id AS id", {}),
        ("wrong_endpoints", "MATCH (c:Company)-[:LEADS]->(p:Person) RETURN p.name AS name", {}),
    ])
    flagged = {name for name, diags in results.items()
               if any(d["severity"] in ("error", "warning") for d in diags)}
    assert flagged == {"label", "shortest", "misspelt", "undeclared", "wrong_endpoints"}
    assert any("label" in d["message"] for d in results["label"])

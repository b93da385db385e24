"""`kg doctor`: each failing check says what is wrong and how to fix it; exit 1 if any fails.

Runs against a real closed port and real embedded databases; the checks that need a
live server (version, database, constraints, counts) are in tests/test_neo4j_live.py.
"""
from __future__ import annotations

import socket

import pytest
from click.testing import CliRunner

from kg import doctor
from kg.cli import cli
from kg.stores.neo4j import Neo4jStore

NO_SERVER_ENV = {"NEO4J_URI": None, "NEO4J_USER": None, "NEO4J_PASSWORD": None, "NEO4J_DATABASE": None}


@pytest.fixture
def closed_uri() -> str:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return f"bolt://127.0.0.1:{s.getsockname()[1]}"


def kg(*args):
    return CliRunner().invoke(cli, list(args), env=NO_SERVER_ENV)


def test_unreachable_server_fails_the_connection_check(tmp_path, closed_uri):
    result = kg("doctor", "--uri", closed_uri, "--password", "pw", "--out", str(tmp_path))
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert result.output.strip() == (f"FAIL  connection  cannot reach Neo4j at {closed_uri}: start it "
                                     f"with `docker compose up -d` (or check --uri / NEO4J_URI)")


def test_missing_password_fails_the_connection_check(tmp_path, closed_uri):
    result = kg("doctor", "--uri", closed_uri, "--out", str(tmp_path))
    assert result.exit_code == 1
    assert "no Neo4j password: set NEO4J_PASSWORD" in result.output


def test_embedded_database_is_checked_when_the_build_has_one(fixture_db, closed_uri):
    result = kg("doctor", "--uri", closed_uri, "--password", "pw", "--out", str(fixture_db.parent))
    assert result.exit_code == 1  # Neo4j is still down
    lines = result.output.splitlines()
    assert lines[0].startswith(f"ok    embedded    {fixture_db}: 9 nodes (Person 3, Company 2, ")
    assert "relationships (" in lines[0]
    assert lines[1].startswith("FAIL  connection  cannot reach Neo4j")


def test_damaged_embedded_database_fails_with_a_fix(tmp_path, closed_uri):
    (tmp_path / "graph.lbug").write_bytes(b"this is not a database" * 100)
    checks, counts = doctor.check_embedded(tmp_path)
    assert counts is None
    [check] = checks
    assert not check.ok and check.name == "embedded"
    assert check.fix == f"rebuild it: kg build SOURCES --out {tmp_path}"


def test_no_embedded_database_is_no_check(tmp_path):
    assert doctor.check_embedded(tmp_path) == ([], None)


def test_checks_stop_at_a_failed_connection(closed_uri):
    checks = doctor.check_neo4j(Neo4jStore(closed_uri, "neo4j", "pw", "neo4j"))
    assert [(c.name, c.ok) for c in checks] == [("connection", False)]


def test_format_puts_the_fix_under_a_failure():
    text = doctor.format_checks([
        doctor.Check("connection", True, "bolt://localhost:7687 as neo4j"),
        doctor.Check("graph", False, "database 'neo4j' holds no kg nodes", "load the build: kg load out"),
    ])
    assert text.splitlines() == [
        "ok    connection  bolt://localhost:7687 as neo4j",
        "FAIL  graph       database 'neo4j' holds no kg nodes",
        "                  fix: load the build: kg load out",
    ]


def test_summarize_counts():
    counts = {"Person": 2, "Company": 1, "Cluster": 0, "Model": 0, "Article": 1,
              "LEADS": 1, "MENTIONS": 3}
    assert doctor.summarize(counts) == ("4 nodes (Person 2, Company 1, Article 1), "
                                        "4 relationships (LEADS 1, MENTIONS 3)")


def test_doctor_introspection_statements_pass_the_cypher_linter():
    """They are Neo4j-only and outside statements.neo4j_statements(), so lint them here."""
    import test_cypher_lint as cl
    from kg.stores import neo4j

    if not cl.MODULE.is_dir():
        pytest.skip("Cypher linter not installed: run `npm ci --prefix tests/lint` (needs Node 20+)")
    items = [(name, getattr(neo4j, name), {}) for name in ("COMPONENTS", "DATABASES", "CONSTRAINTS")]
    assert cl.problems(cl.lint(items)) == []

"""`kg load`: its errors against real unreachable endpoints, and its orchestration on the
embedded store (the same GraphStore interface, no server needed). The Neo4j writes
themselves are covered by tests/test_neo4j_live.py."""
from __future__ import annotations

import socket
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg import load as load_mod
from kg.cli import cli
from kg.errors import AuthFailed, ConnectionFailed, StoreError
from kg.stores import statements as st
from kg.stores.embedded import EmbeddedStore
from kg.stores.neo4j import Neo4jStore, check_uri

from conftest import SMALL_GRAPH, without_article

NO_SERVER_ENV = {"NEO4J_URI": None, "NEO4J_USER": None, "NEO4J_PASSWORD": None, "NEO4J_DATABASE": None}


@pytest.fixture
def closed_port() -> int:
    """A local port nothing listens on: bind one, then free it."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def kg(*args, env=None, input=None):
    return CliRunner().invoke(cli, list(args), env={**NO_SERVER_ENV, **(env or {})}, input=input)


def error_line(result) -> str:
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.output.strip().splitlines()[-1]


# --- the CLI against endpoints that really are not there --------------------------------

def test_unreachable_server_is_one_line_and_exit_1(closed_port):
    uri = f"bolt://127.0.0.1:{closed_port}"
    result = kg("load", str(SMALL_GRAPH), "--uri", uri, "--password", "pw")
    assert result.exit_code == 1
    assert error_line(result) == (f"Error: cannot reach Neo4j at {uri}: start it with "
                                  f"`docker compose up -d` (or check --uri / NEO4J_URI)")


def test_connection_settings_come_from_the_environment(closed_port):
    uri = f"neo4j://127.0.0.1:{closed_port}"
    result = kg("load", str(SMALL_GRAPH), env={"NEO4J_URI": uri, "NEO4J_PASSWORD": "pw"})
    assert result.exit_code == 1
    assert error_line(result).startswith(f"Error: cannot reach Neo4j at {uri}:")


@pytest.mark.parametrize("uri", ["localhost:7687", "bolt//localhost", "bolt://localhost:port", ""])
def test_malformed_uri_is_a_clear_line(uri):
    result = kg("load", str(SMALL_GRAPH), "--uri", uri, "--password", "pw")
    assert result.exit_code == 1
    assert error_line(result) == (f"Error: invalid Neo4j URI {uri!r}: expected bolt://HOST:PORT or "
                                  f"neo4j://HOST:PORT (the default is bolt://localhost:7687)")


def test_browser_address_instead_of_bolt_says_which_to_use():
    result = kg("load", str(SMALL_GRAPH), "--uri", "http://localhost:7474", "--password", "pw")
    assert result.exit_code == 1
    assert "kg connects over Bolt: use --uri bolt://localhost:7687" in error_line(result)


def test_missing_build_is_reported_before_connecting(tmp_path, closed_port):
    missing = tmp_path / "nowhere"
    result = kg("load", str(missing), "--uri", f"bolt://127.0.0.1:{closed_port}", "--password", "pw")
    assert result.exit_code == 1
    assert error_line(result) == f"Error: no built graph at {missing}: run `kg build` first"


def test_malformed_graph_file_is_a_clear_line(tmp_path):
    (tmp_path / "graph.json").write_text("{not json", encoding="utf-8")
    result = kg("load", str(tmp_path), "--password", "pw")
    assert result.exit_code == 1
    assert error_line(result).startswith(f"Error: cannot read {tmp_path / 'graph.json'}:")


def test_no_password_says_where_to_set_it(closed_port):
    result = kg("load", str(SMALL_GRAPH), "--uri", f"bolt://127.0.0.1:{closed_port}")
    assert result.exit_code == 1
    assert error_line(result) == ("Error: no Neo4j password: set NEO4J_PASSWORD (see .env.example) "
                                  "or pass --password")


def test_wipe_without_a_terminal_needs_yes(closed_port):
    result = kg("load", str(SMALL_GRAPH), "--wipe", "--uri", f"bolt://127.0.0.1:{closed_port}",
                "--password", "pw")
    assert result.exit_code == 2
    assert error_line(result) == ("Error: --wipe deletes every kg node in the database: "
                                  "add --yes to confirm when not at a terminal")


def test_wipe_with_yes_goes_on_to_connect(closed_port):
    result = kg("load", str(SMALL_GRAPH), "--wipe", "--yes", "--uri", f"bolt://127.0.0.1:{closed_port}",
                "--password", "pw")
    assert result.exit_code == 1
    assert "cannot reach Neo4j" in error_line(result)


def test_wait_gives_up_after_the_timeout_with_a_message(closed_port):
    uri = f"bolt://127.0.0.1:{closed_port}"
    started = time.monotonic()
    result = kg("load", str(SMALL_GRAPH), "--uri", uri, "--password", "pw", "--wait", "1.5")
    took = time.monotonic() - started
    assert result.exit_code == 1
    assert error_line(result).startswith(f"Error: Neo4j at {uri} was not ready after 1.5s: start it with "
                                         f"`docker compose up -d`")
    assert 1.4 <= took < 10


def test_interrupt_is_a_clear_message_and_exit_130(monkeypatch):
    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(load_mod, "load_graph", interrupted)
    result = kg("load", str(SMALL_GRAPH), "--password", "pw")
    assert result.exit_code == 130
    assert "Interrupted" in result.output and "Run the same `kg load` again" in result.output
    assert "Traceback" not in result.output


def test_help_names_every_option_and_its_variable():
    result = kg("load", "--help")
    assert result.exit_code == 0
    for text in ("--uri", "--user", "--password", "--database", "--batch-size", "--wipe", "--yes",
                 "--sync", "--wait", "NEO4J_URI", "NEO4J_USER", "NEO4J_PASSWORD", "NEO4J_DATABASE"):
        assert text in result.output


# --- the store's boundary, without a server ----------------------------------------------

def test_constructing_a_store_does_no_io(closed_port):
    store = Neo4jStore(f"bolt://127.0.0.1:{closed_port}", "neo4j", "pw", "neo4j")
    assert store._driver is None
    with pytest.raises(StoreError, match="not open"):
        store.run("RETURN 1")


@pytest.mark.parametrize("uri", ["bolt://localhost:7687", "neo4j+s://x.databases.neo4j.io",
                                 "bolt://[::1]:7687", "neo4j://db.example:7687"])
def test_check_uri_accepts_bolt_and_neo4j_schemes(uri):
    assert check_uri(uri) == uri


def driver_error(code: str, message: str = "boom"):
    """A server error as the driver builds it from a server's failure message."""
    from neo4j.exceptions import Neo4jError

    return Neo4jError._hydrate_neo4j(code=code, message=message)


def test_driver_errors_map_to_kg_errors():
    from neo4j.exceptions import ServiceUnavailable

    store = Neo4jStore("bolt://localhost:7687", "neo4j", "pw", "kgdb")
    auth = store._error(driver_error("Neo.ClientError.Security.Unauthorized"))
    assert isinstance(auth, AuthFailed) and "check NEO4J_USER / NEO4J_PASSWORD" in str(auth)
    missing = store._error(driver_error("Neo.ClientError.Database.DatabaseNotFound"))
    assert type(missing) is StoreError and "no database 'kgdb'" in str(missing)
    down = store._error(ServiceUnavailable("gone"))
    assert isinstance(down, ConnectionFailed) and "docker compose up -d" in str(down)
    starting = store._error(driver_error("Neo.TransientError.General.DatabaseUnavailable"))
    assert isinstance(starting, ConnectionFailed) and "--wait SECONDS" in str(starting)
    other = store._error(driver_error("Neo.ClientError.Statement.SyntaxError", "bad"))
    assert type(other) is StoreError and "SyntaxError: bad" in str(other)


# --- orchestration, on the embedded store -------------------------------------------------

@pytest.fixture
def db_path(tmp_path) -> Path:
    (tmp_path / "db").mkdir()
    return tmp_path / "db" / "graph.lbug"


def test_load_then_reload_merges_instead_of_duplicating(db_path, small_graph):
    rows = load_mod.total_rows(small_graph)
    seen = []
    first = load_mod.load_graph(SMALL_GRAPH, EmbeddedStore(db_path), batch_size=2, progress=seen.append)
    assert sum(seen) == rows == first.counts.rows
    assert first.counts.nodes_created == 9 and first.counts.nodes_merged == 0
    assert first.counts.rels_created == rows - 9
    second = load_mod.load_graph(SMALL_GRAPH, EmbeddedStore(db_path))
    assert second.counts.nodes_created == second.counts.rels_created == 0
    assert second.counts.nodes_merged == 9 and second.counts.rels_merged == rows - 9
    with EmbeddedStore(db_path) as store:
        counts = store.counts()
    assert counts["Person"] == 3 and counts["MENTIONS"] == 9


def test_load_sync_and_wipe(db_path, small_graph):
    load_mod.load_graph(SMALL_GRAPH, EmbeddedStore(db_path))
    smaller = without_article(small_graph, "a1")
    result = load_mod.load_graph(SMALL_GRAPH, EmbeddedStore(db_path), graph=smaller, sync=True)
    assert result.counts.nodes_deleted > 0 and result.counts.rels_deleted > 0
    assert "deleted (sync):" in load_mod.format_summary(result)
    wiped = load_mod.load_graph(SMALL_GRAPH, EmbeddedStore(db_path), wipe=True)
    assert wiped.wiped == sum(len(r) for r in st.node_rows(smaller).values())
    assert wiped.counts.nodes_created == 9  # everything anew after the wipe


def test_an_interrupted_load_completes_when_run_again(db_path, small_graph):
    calls = []

    def interrupt_second_batch(n):  # as Ctrl-C would, between two batches
        calls.append(n)
        if len(calls) == 2:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        load_mod.load_graph(SMALL_GRAPH, EmbeddedStore(db_path), batch_size=2,
                            progress=interrupt_second_batch)
    load_mod.load_graph(SMALL_GRAPH, EmbeddedStore(db_path), batch_size=2)
    with EmbeddedStore(db_path) as store:
        counts = store.counts()
    assert sum(counts[label] for label in ("Person", "Company", "Cluster", "Model", "Article")) == 9


def test_summary_reports_created_merged_time_and_rate(db_path):
    result = load_mod.load_graph(SMALL_GRAPH, EmbeddedStore(db_path))
    text = load_mod.format_summary(result)
    assert "nodes:          9 created, 0 merged" in text
    assert "relationships:" in text and "rows/s" in text
    assert "deleted (sync)" not in text

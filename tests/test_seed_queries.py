"""Every canned query on the embedded store of a real `kg build seeds`, checked against
facts the seed articles state."""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from kg import queries
from kg.cli import cli
from kg.stores.embedded import EmbeddedStore

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    out = tmp_path_factory.mktemp("seeds_out")
    result = CliRunner().invoke(cli, ["build", str(SEEDS), "--out", str(out), "--no-html"])
    assert result.exit_code == 0, result.output
    with EmbeddedStore(out / "graph.lbug", read_only=True) as s:
        yield s


def rows(store, query_name, **params):
    columns, data = queries.run(queries.load(query_name), store, {k: str(v) for k, v in params.items()})
    return [dict(zip(columns, row)) for row in data]


def test_every_canned_query_runs_on_the_seed_build(store):
    examples = {"recruited_from": {"company": "OpenAI"}, "profile": {"name": "Meta"},
                "articles_mentioning": {"name": "Meta"}, "most_connected": {"limit": 5},
                "connection": {"from": "Jason Wei", "to": "Mark Zuckerberg"}}
    for q in queries.list_queries():
        assert rows(store, q.name, **examples.get(q.name, {})), q.name


def test_recruited_from_openai(store):
    people = {r["person"] for r in rows(store, "recruited_from", company="openai")}
    assert {"Jason Wei", "Hyung Won Chung"} <= people


def test_talent_flows_from_openai(store):
    flows = {(r["from_company"], r["to_company"]) for r in rows(store, "talent_flows")}
    assert any(src == "OpenAI" and dst.startswith("Meta") for src, dst in flows)


def test_leaders(store):
    leaders = {(r["company"], r["leader"]) for r in rows(store, "leaders")}
    assert {("Meta", "Mark Zuckerberg"), ("Perplexity", "Aravind Srinivas")} <= leaders


def test_builds(store):
    built = {(r["company"], r["builds"]) for r in rows(store, "builds")}
    assert {("Meta", "Hyperion"), ("Meta", "Prometheus"), ("Meta", "Llama 4"), ("OpenAI", "Sora")} <= built


def test_profile_by_a_traditional_alias(store):
    facts = {(r["relation"], r["tail"]) for r in rows(store, "profile", name="馬克·扎克伯格")}
    assert ("LEADS", "Meta") in facts


def test_most_connected_is_meta(store):
    assert rows(store, "most_connected", limit=3)[0]["entity"] == "Meta"


def test_articles_mentioning_hyperion(store):
    assert len(rows(store, "articles_mentioning", name="亥伯龙")) >= 3


def test_connection_between_two_people(store):
    path = rows(store, "connection", **{"from": "Jason Wei", "to": "扎克伯格"})
    assert path and path[0]["to_entity"] == "Mark Zuckerberg"

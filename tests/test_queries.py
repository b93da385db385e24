"""Canned queries: their files, their parameters, their rows on the fixture, and `kg query`."""
from __future__ import annotations

import re

import pytest
from click.testing import CliRunner

from kg import queries
from kg.cli import cli
from kg.errors import QueryError
from kg.stores.embedded import EmbeddedStore

REQUIRED = {"recruited_from", "talent_flows", "leaders", "builds", "profile", "most_connected",
            "articles_mentioning"}
QUOTE = 'O\'Brien "Bob" \\ } MATCH (n) DETACH DELETE n //'


def run(db, query_name, /, **params):
    with EmbeddedStore(db, read_only=True) as store:
        columns, rows = queries.run(queries.load(query_name), store, params)
    return [dict(zip(columns, row)) for row in rows]


def test_every_query_file_is_well_formed():
    listed = queries.list_queries()
    assert REQUIRED <= {q.name for q in listed}
    for q in listed:
        assert q.name == q.path.stem
        assert q.description
        text = q.path.read_text(encoding="utf-8")
        assert text.startswith(f"// name: {q.name}\n// description: ")
        for p in q.params:
            assert p.description and (p.example or p.default is not None), (q.name, p.name)
        assert "/* variant" not in q.cypher("neo4j") and "*/" not in q.cypher("neo4j")
        assert re.search(r"\blabel\(", q.cypher("neo4j")) is None  # LadybugDB's spelling


def test_variant_selection():
    builds = queries.load("builds")
    assert "labels(x)[0]" in builds.cypher("neo4j") and "label(x)" not in builds.cypher("neo4j")
    assert "label(x) AS kind" in builds.cypher("ladybug")
    leaders = queries.load("leaders")  # no variant: every dialect runs the Neo4j text
    assert leaders.cypher("ladybug") == leaders.cypher("neo4j")


def test_recruited_from(fixture_db):
    rows = run(fixture_db, "recruited_from", company="OpenAI")
    assert [(r["person"], r["recruited_from"], r["now_at"]) for r in rows] == [("Jason Wei", "OpenAI", ["Meta"])]
    assert rows[0]["articles"] == ["a2"]
    assert rows[0]["evidence"] == ["研究員Jason Wei將加入Meta <img src=x onerror=alert(2)>"]
    assert run(fixture_db, "recruited_from", company="  openai ") == rows  # any case, trimmed
    assert run(fixture_db, "recruited_from", company="Meta") == []


def test_talent_flows(fixture_db):
    rows = run(fixture_db, "talent_flows")
    assert rows == [{"from_company": "OpenAI", "to_company": "Meta", "people": 1, "names": ["Jason Wei"]}]


def test_talent_flows_count_people_with_no_known_employer_as_unknown(tmp_path, small_graph):
    from kg.stores.embedded import write_fresh
    from kg.types import Entity, Evidence, Relation

    small_graph.entities.append(Entity(id="person:ann", type="Person", name="Ann", articles=["a2"]))
    ev = Evidence(article="a2", sentence="Ann left OpenAI", start=0, end=15, rule="r", extractor="x")
    small_graph.relations.append(Relation(type="RECRUITED_FROM", source="person:ann",
                                          target="company:openai", evidence=[ev], confidence=0.6))
    write_fresh(small_graph, tmp_path / "graph.lbug")
    rows = run(tmp_path / "graph.lbug", "talent_flows")
    assert [(r["from_company"], r["to_company"], r["people"]) for r in rows] == [
        ("OpenAI", "(unknown)", 1), ("OpenAI", "Meta", 1)]
    assert [r["person"] for r in run(tmp_path / "graph.lbug", "recruited_from", company="OpenAI")] == [
        "Jason Wei", "Ann"]  # by confidence


def test_leaders(fixture_db):
    rows = run(fixture_db, "leaders")
    assert [(r["company"], r["leader"]) for r in rows] == [("Meta", "Mark Zuckerberg"), ("OpenAI", QUOTE)]
    assert rows[0]["articles"] == ["a1", "a2"]


def test_builds(fixture_db):
    rows = run(fixture_db, "builds")
    assert [(r["company"], r["kind"], r["builds"]) for r in rows] == [
        ("Meta", "Cluster", "Hyperion"), ("Meta", "Model", "Llama 4")]
    assert rows[0]["evidence"] == ["Meta正在建设许珀里翁(Hyperion)"]


def test_profile_by_alias_lists_every_relation_with_direction(fixture_db):
    rows = run(fixture_db, "profile", name="meta公司")
    assert {(r["head"], r["relation"], r["tail"]) for r in rows} == {
        ("Meta", "BUILDS", "Hyperion"), ("Meta", "BUILDS", "Llama 4"),
        ("Mark Zuckerberg", "LEADS", "Meta"), ("Jason Wei", "WORKS_AT", "Meta")}
    assert {r["entity"] for r in rows} == {"Meta"} and rows[0]["kind"] == "Company"
    person = run(fixture_db, "profile", name="小扎")
    assert [(r["entity"], r["relation"], r["tail"]) for r in person] == [("Mark Zuckerberg", "LEADS", "Meta")]
    assert person[0]["evidence"] == ["Meta CEO 马克·扎克伯格接受采访", "Meta CEO紥尅伯格在最新採訪中說"]
    assert run(fixture_db, "profile", name="😀")[0]["entity"] == QUOTE
    assert run(fixture_db, "profile", name="nobody") == []


def test_most_connected(fixture_db):
    rows = run(fixture_db, "most_connected")
    assert [(r["entity"], r["degree"]) for r in rows[:3]] == [("Meta", 4), ("Jason Wei", 2), ("OpenAI", 2)]
    assert len(rows) == 7
    assert len(run(fixture_db, "most_connected", limit="2")) == 2


def test_articles_mentioning(fixture_db):
    rows = run(fixture_db, "articles_mentioning", name="扎克伯格")
    assert [(r["date"], r["title"]) for r in rows] == [
        ("2025-07-23", "扎克伯格摊牌了"), ("2025-07-17", "OpenAI大腿又被挖 <script>alert(3)</script>")]
    assert [r["title"] for r in run(fixture_db, "articles_mentioning", name="Hyperion")] == ["扎克伯格摊牌了"]


def test_connection(fixture_db):
    rows = run(fixture_db, "connection", **{"from": "Jason Wei", "to": "小扎"})
    assert rows == [{"from_entity": "Jason Wei", "to_entity": "Mark Zuckerberg", "hops": 2,
                     "path": ["Jason Wei", "Meta", "Mark Zuckerberg"], "relations": ["WORKS_AT", "LEADS"]}]


def test_missing_parameter_names_it_with_an_example():
    with pytest.raises(QueryError) as info:
        queries.bind(queries.load("recruited_from"), {})
    assert str(info.value) == ("query recruited_from needs parameter 'company': the company they left, "
                               "by name or any alias, any case (example: --param company=OpenAI)")


def test_parameter_errors():
    with pytest.raises(QueryError, match="has no parameter 'compnay' \\(it takes: company\\)"):
        queries.bind(queries.load("recruited_from"), {"compnay": "OpenAI"})
    with pytest.raises(QueryError, match="must be a whole number"):
        queries.bind(queries.load("most_connected"), {"limit": "ten"})
    assert queries.bind(queries.load("most_connected"), {}) == {"limit": 10}
    assert queries.parse_params(["company=Open=AI", "x="]) == {"company": "Open=AI", "x": ""}
    with pytest.raises(QueryError, match="not KEY=VALUE"):
        queries.parse_params(["company"])
    with pytest.raises(QueryError, match="unknown query 'nope': the canned queries are .*recruited_from"):
        queries.load("nope")


def test_a_query_file_without_header_needs_every_parameter_it_uses(tmp_path):
    path = tmp_path / "mine.cypher"
    path.write_text("// my own\nMATCH (p:Person) WHERE p.name = $who RETURN p.id AS id LIMIT $n\n",
                    encoding="utf-8")
    q = queries.load(str(path))
    assert q.name == "mine" and [p.name for p in q.params] == ["who", "n"]
    with pytest.raises(QueryError, match="needs parameter 'who'"):
        queries.bind(q, {"n": 1})


def test_table_aligns_by_display_width():
    text = queries.format_table(["name", "n"], [["扎克伯格", 1], ["Meta", None], ["😀 x\ny", [1.5, "a"]]])
    # 扎克伯格 is 8 terminal columns, 😀 two: the second column starts at column 10 on every line.
    assert text.splitlines() == [
        "name      n",
        "--------  -------",
        "扎克伯格  1",
        "Meta",
        "😀 x y    1.5 | a",  # the newline from the data became a space
    ]
    assert queries.width("扎克伯格") == 8 and queries.width("é") == 1
    assert queries.width(queries.clip("扎克伯格" * 20, 11)) <= 11


def test_cli_query_prints_a_table(fixture_db):
    out_dir = fixture_db.parent
    result = CliRunner().invoke(cli, ["query", "recruited_from", "--param", "company=openai",
                                      "--out", str(out_dir)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].split() == ["person", "recruited_from", "now_at", "confidence", "articles", "evidence"]
    assert lines[2].startswith("Jason Wei  OpenAI          Meta    0.8")
    assert lines[-1] == "(1 row)"


def test_cli_query_file_path(fixture_db, tmp_path):
    path = tmp_path / "count.cypher"
    path.write_text("MATCH (n:Person) RETURN count(n) AS people", encoding="utf-8")
    result = CliRunner().invoke(cli, ["query", str(path), "--out", str(fixture_db.parent)])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == ["people", "------", "3", "(1 row)"]


def test_cli_query_list():
    result = CliRunner().invoke(cli, ["query", "--list"])
    assert result.exit_code == 0
    for name in REQUIRED:
        assert re.search(rf"^{name}\s+\S", result.output, re.M)
    assert "--param company=...  the company they left" in result.output


def test_cli_query_errors(tmp_path, fixture_db, monkeypatch):
    runner = CliRunner()
    result = runner.invoke(cli, ["query", "leaders", "--out", str(tmp_path / "empty")])
    assert result.exit_code == 1
    assert result.output == f"Error: no embedded database at {tmp_path / 'empty' / 'graph.lbug'}: run `kg build` first\n"
    (tmp_path / "elsewhere").mkdir()
    monkeypatch.chdir(tmp_path / "elsewhere")  # the default --out is out/, relative
    result = runner.invoke(cli, ["query", "leaders"])
    assert result.output == "Error: no embedded database at out/graph.lbug: run `kg build` first\n"
    result = runner.invoke(cli, ["query", "recruited_from", "--out", str(fixture_db.parent)])
    assert result.exit_code == 1
    assert result.output.startswith("Error: query recruited_from needs parameter 'company'")
    result = runner.invoke(cli, ["query"])
    assert result.exit_code == 2 and "--list" in result.output
    bad = tmp_path / "bad.cypher"
    bad.write_text("MATCH (n:Person RETURN n", encoding="utf-8")
    result = runner.invoke(cli, ["query", str(bad), "--out", str(fixture_db.parent)])
    assert result.exit_code == 1 and result.output.startswith("Error: query failed: ")
    assert len(result.output.splitlines()) == 1

"""The shared statement builder: shapes, safety, and that its statements really write."""
from __future__ import annotations

import json

import pytest

from kg import schema
from kg.errors import GraphFileError
from kg.stores import statements as st
from kg.types import Entity, Relation


def all_texts(graph) -> list[str]:
    texts = [c for _, c in st.neo4j_statements()] + st.schema_statements("ladybug")
    texts += [c for c, _, _ in st.upsert_statements(graph, 2)]
    texts += [st.copy_from_csv(k, "/tmp/x.csv") for k in st.rel_keys()]
    return texts


def test_no_graph_value_ever_reaches_statement_text(small_graph):
    hostile = next(e for e in small_graph.entities if e.id == "person:quote")
    for text in all_texts(small_graph):
        assert hostile.name not in text
        assert "O'Brien" not in text and "<script>" not in text and "😀" not in text


def test_labels_and_types_are_checked_against_the_schema():
    with pytest.raises(ValueError):
        st.merge_nodes("Person) DETACH DELETE (n")
    with pytest.raises(ValueError):
        st.merge_rels(st.RelKey("KNOWS", "Person", "Person"))
    with pytest.raises(ValueError):
        st.delete_nodes("Robot")
    with pytest.raises(ValueError):
        st.schema_statements("sqlite")


def test_batches():
    rows = list(range(7))
    assert list(st.batches(rows, 3)) == [[0, 1, 2], [3, 4, 5], [6]]
    assert list(st.batches(rows, 0)) == [[r] for r in rows]
    assert list(st.batches([], 5)) == []


def test_schema_statements_per_dialect():
    neo = st.schema_statements("neo4j")
    assert neo[0] == "CREATE CONSTRAINT kg_person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE"
    assert len(neo) == len(schema.NODE_LABELS)
    lady = st.schema_statements("ladybug")
    assert any(s.startswith("CREATE NODE TABLE IF NOT EXISTS Article(id STRING PRIMARY KEY") for s in lady)
    builds = next(s for s in lady if "REL TABLE IF NOT EXISTS BUILDS" in s)
    assert "FROM Company TO Cluster, FROM Company TO Model" in builds
    mentions = next(s for s in lady if "MENTIONS" in s)
    for label in schema.ENTITY_TYPES:
        assert f"FROM Article TO {label}" in mentions
    assert not any("APOC" in s.upper() for s in neo + lady)


def test_upsert_statements_are_parameterised_unwind_merge(small_graph):
    stmts = list(st.upsert_statements(small_graph, batch_size=2))
    person = [(c, p) for c, p, what in stmts if what == "Person"]
    assert len(person) == 2  # 3 people in batches of 2
    cypher, params = person[0]
    assert cypher == ("UNWIND $rows AS r MERGE (n:Person {id: r.id}) SET n.name = r.name, "
                      "n.aliases = r.aliases, n.articles = r.articles, n.mentions = r.mentions")
    assert len(params["rows"]) == 2
    rel = next(c for c, _, what in stmts if what == st.RelKey("BUILDS", "Company", "Model"))
    assert rel.startswith("UNWIND $rows AS r MATCH (a:Company {id: r.source}) MATCH (b:Model {id: r.target}) "
                          "MERGE (a)-[e:BUILDS]->(b) SET e.id = r.id")


def test_relation_rows_carry_the_evidence(small_graph):
    rows = st.rel_rows(small_graph)
    leads = {r["source"]: r for r in rows[st.RelKey("LEADS", "Person", "Company")]}
    zuck = leads["person:markzuckerberg"]
    assert zuck["id"] == "LEADS|person:markzuckerberg|company:meta"
    assert zuck["articles"] == ["a1", "a2"]
    assert zuck["sentences"] == ["Meta CEO 马克·扎克伯格接受采访", "Meta CEO紥尅伯格在最新採訪中說"]
    assert zuck["rules"] == ["leads:title"]
    assert zuck["confidence"] == 0.9
    evidence = json.loads(zuck["evidence"])
    assert [e["article"] for e in evidence] == ["a1", "a2"]
    assert evidence[0]["start"] == 0 and evidence[0]["extractor"] == "kg-extract/1"
    mentions = rows[st.RelKey("MENTIONS", "Article", "Person")]
    assert {(m["source"], m["target"]) for m in mentions} == {
        ("a1", "person:markzuckerberg"), ("a2", "person:markzuckerberg"),
        ("a2", "person:jasonwei"), ("a2", "person:quote")}


def test_node_rows_include_articles_and_keep_one_row_per_id(small_graph):
    small_graph.entities.append(Entity(id="company:meta", type="Company", name="Meta (again)"))
    rows = st.node_rows(small_graph)
    assert [r["name"] for r in rows["Company"] if r["id"] == "company:meta"] == ["Meta (again)"]
    assert {a["id"] for a in rows["Article"]} == {"a1", "a2"}
    assert rows["Person"][0]["articles"] == ["a1", "a2"]


def test_an_edge_the_schema_does_not_allow_is_a_clear_error(small_graph):
    small_graph.relations.append(Relation(type="BUILDS", source="person:jasonwei", target="company:meta"))
    with pytest.raises(GraphFileError, match="BUILDS edge from Person to Company"):
        st.rel_rows(small_graph)


def test_diff_counts_created_merged_and_stale(small_graph):
    stored_nodes = {"Person": {"person:jasonwei", "person:gone"}}
    stored_rels = {st.RelKey("LEADS", "Person", "Company"): {("person:markzuckerberg", "company:meta"),
                                                           ("person:gone", "company:meta")}}
    d = st.diff(small_graph, stored_nodes, stored_rels)
    assert d.created["Person"] == 2 and d.merged["Person"] == 1
    assert d.stale_nodes["Person"] == ["person:gone"]
    key = st.RelKey("LEADS", "Person", "Company")
    assert d.created[key] == 1 and d.merged[key] == 1
    assert d.stale_rels[key] == [("person:gone", "company:meta")]
    retract = list(st.retract_statements(d, batch_size=10))
    assert retract[0][1] == {"rows": [{"source": "person:gone", "target": "company:meta"}]}
    assert retract[-1][1] == {"ids": ["person:gone"]}  # edges first, then nodes


def test_statements_write_the_fixture_on_ladybug(tmp_path, small_graph):
    import ladybug

    db = ladybug.Database(str(tmp_path / "g.lbug"))
    conn = ladybug.Connection(db)
    for ddl in st.schema_statements("ladybug"):
        conn.execute(ddl)
    for cypher, params, _ in st.upsert_statements(small_graph, batch_size=2):
        conn.execute(cypher, params)

    def one(cypher):
        result = conn.execute(cypher)
        return result.get_next()[0]

    assert one(st.count_nodes("Person")) == 3
    assert one(st.count_nodes("Article")) == 2
    assert one(st.count_rels("BUILDS")) == 2
    assert one(st.count_rels("MENTIONS")) == 9
    assert one("MATCH (n:Person {id: 'person:quote'}) RETURN n.name") == \
        'O\'Brien "Bob" \\ } MATCH (n) DETACH DELETE n //'
    for cypher in st.wipe_statements():
        conn.execute(cypher)
    assert one(st.count_nodes("Person")) == 0 and one(st.count_rels("LEADS")) == 0
    conn.close()
    db.close()


def test_csv_encoding_for_copy():
    line = st.csv_line(["a\"b", None, [], ["", "x,y"], 3, 0.5])
    assert line == '"a""b",,,"\x02\x1e\x02x,y",3,0.5\n'
    assert st.copyable([{"aliases": ["fine\x1e"]}]) is False  # separator inside a list item
    assert st.copyable([{"name": "fine\x1e", "aliases": ["ok"]}]) is True  # plain strings are quoted
    assert st.copyable([{"name": "nul\x00"}]) is False
    with pytest.raises(ValueError):
        st.copy_from_csv("Person", "/tmp/it's.csv")


def test_neo4j_statements_cover_every_label_and_pair():
    names = [n for n, _ in st.neo4j_statements()]
    for label in schema.NODE_LABELS:
        assert f"merge_nodes[{label}]" in names and f"delete_nodes[{label}]" in names
    for key in st.rel_keys():
        assert f"merge_rels[{'/'.join(key)}]" in names
    assert not any(c.startswith("COPY") or "NODE TABLE" in c for _, c in st.neo4j_statements())

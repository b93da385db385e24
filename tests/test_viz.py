"""The HTML network view, read as a file: offline, escaped, deterministic, complete."""
from __future__ import annotations

import base64
import hashlib
import json
import random
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from kg import graph as graph_mod
from kg.errors import InputError
from kg.schema import ENTITY_TYPES
from kg.types import Entity, Evidence, Graph, Relation
from kg.viz import write_html

SMALL = Path(__file__).parent / "data" / "small_graph.json"
BREAKOUT = "</script><script>window.__kg_pwned = 1</script><!--"


class Page(HTMLParser):
    """The parts of the page the tests look at: tags with attributes, script bodies."""

    def __init__(self, text: str):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.scripts: list[tuple[dict, str]] = []
        self.styles: list[str] = []
        self._open: tuple[str, dict] | None = None
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag in ("script", "style"):
            self._open = (tag, dict(attrs))

    def handle_data(self, data):
        if self._open:
            tag, attrs = self._open
            (self.scripts.append((attrs, data)) if tag == "script" else self.styles.append(data))
            self._open = None

    def data(self) -> dict:
        (body,) = [text for attrs, text in self.scripts if attrs.get("id") == "kg-data"]
        return json.loads(body)

    def csp(self) -> str:
        (meta,) = [a for t, a in self.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"]
        return meta["content"]


def hostile_graph() -> Graph:
    """Article text trying every way out of the page's JSON and markup."""
    ev = Evidence(article="h1", sentence=f"X 加入 Y {BREAKOUT} <img src=x onerror=alert(9)>\u2028&amp;",
                  start=0, end=9, rule="r", extractor="kg-extract/1", date="2025-01-01")
    return Graph(
        entities=[
            Entity(id="person:x", type="Person", name=f"X{BREAKOUT}", aliases=["<svg onload=alert(8)>", "艾克斯"]),
            Entity(id="company:y", type="Company", name="Y \"公司\" '&'", aliases=[]),
        ],
        relations=[Relation(type="WORKS_AT", source="person:x", target="company:y", evidence=[ev], confidence=0.5)],
        articles=[{"id": "h1", "path": "h1.txt", "title": f"标题 {BREAKOUT}", "date": "2025-01-01",
                   "entities": ["person:x", "company:y"]}],
    )


@pytest.fixture
def small(tmp_path) -> tuple[Graph, str]:
    g = graph_mod.load(SMALL)
    out = tmp_path / "graph.html"
    write_html(g, out)
    return g, out.read_text(encoding="utf-8")


def test_page_makes_no_request_to_any_host(small):
    _, text = small
    page = Page(text)
    for tag, attrs in page.tags:
        for name in ("src", "href", "srcset", "action", "poster", "data", "background"):
            assert name not in attrs, f"<{tag} {name}=...> would load something: {attrs}"
    assert not [t for t, _ in page.tags if t in ("link", "iframe", "img", "object", "embed")]
    for css in page.styles:
        assert "@import" not in css
        assert all(u.startswith("data:") for u in re.findall(r"url\(\s*[\"']?([^\"')]*)", css))
    # vis-network's licence comment names its home page; nothing else may name a URL
    vis, view = [s for a, s in page.scripts if "id" not in a]
    assert "vis-network" in vis[:200]
    rest = text.replace(vis, "")
    assert not re.search(r"https?://", rest, re.I)
    assert "default-src 'none'" in page.csp()


def test_csp_allows_exactly_the_pages_own_scripts(small):
    page = Page(small[1])
    inline = [s for a, s in page.scripts if a.get("type") != "application/json"]
    assert len(inline) == 2
    hashes = re.findall(r"'sha256-([^']+)'", page.csp())
    assert sorted(hashes) == sorted(base64.b64encode(hashlib.sha256(s.encode()).digest()).decode() for s in inline)
    assert "unsafe-inline" not in page.csp().split("script-src")[1].split(";")[0]


def test_legend_and_filter_name_every_type_with_its_count(small):
    g, text = small
    page = Page(text)
    boxes = [a for t, a in page.tags if t == "input" and "data-type" in a]
    assert [b["data-type"] for b in boxes] == list(ENTITY_TYPES)
    assert all(b["type"] == "checkbox" and "checked" in b for b in boxes)
    counts = re.findall(r'data-type="(\w+)">.*?<span class="kg-count">(\d+)</span>', text)
    assert dict(counts) == {"Person": "3", "Company": "2", "Cluster": "1", "Model": "1"}
    assert 'id="kg-search"' in text


def test_data_holds_every_node_and_relation_with_evidence(small):
    g, text = small
    data = Page(text).data()
    deg = graph_mod.degrees(g)
    assert sorted(n["id"] for n in data["nodes"]) == sorted(e.id for e in g.entities)
    for n in data["nodes"]:
        ent = next(e for e in g.entities if e.id == n["id"])
        assert n["group"] == ent.type and n["value"] == deg[ent.id]
        first = n["label"].split("\n")[0]  # long names are shortened on the canvas only
        assert first == ent.name or (first.endswith("…") and ent.name.startswith(first[:-1]))
    assert {e["label"] for e in data["edges"]} == {r.type for r in g.relations}
    assert all(e["arrows"] == "to" for e in data["edges"])
    assert set(data["relations"]) == {graph_mod.edge_id(r) for r in g.relations}
    lead = data["relations"]["LEADS|person:markzuckerberg|company:meta"]
    assert [ev["title"] for ev in lead["evidence"]] == ["扎克伯格摊牌了", "OpenAI大腿又被挖 <script>alert(3)</script>"]
    assert data["entities"]["person:markzuckerberg"]["aliases"] == ["扎克伯格", "馬克·扎克伯格", "小扎"]
    assert data["nodes"][[n["id"] for n in data["nodes"]].index("person:markzuckerberg")]["label"] == \
        "Mark Zuckerberg\n扎克伯格"  # a Chinese alias under an English name
    assert data["options"]["physics"]["stabilization"]["enabled"] is True
    assert data["options"]["layout"]["randomSeed"] == 7


def test_hostile_strings_stay_text(tmp_path):
    g = hostile_graph()
    out = tmp_path / "h.html"
    write_html(g, out)
    text = out.read_text(encoding="utf-8")
    page = Page(text)
    # the page has its own three scripts and no other element an article put there
    assert [t for t, _ in page.tags].count("script") == 3
    assert not [t for t, _ in page.tags if t in ("img", "svg")]
    for needle in ("<script>window", "<img src=x", "<svg onload", "</script><", "<!--", "\u2028"):
        assert needle not in text
    # ...while the data still says exactly what the article said
    data = page.data()
    assert data["entities"]["person:x"]["name"] == f"X{BREAKOUT}"
    assert data["entities"]["person:x"]["aliases"][0] == "<svg onload=alert(8)>"
    (ev,) = data["relations"]["WORKS_AT|person:x|company:y"]["evidence"]
    assert ev["sentence"] == g.relations[0].evidence[0].sentence
    assert ev["title"] == f"标题 {BREAKOUT}"


def test_same_graph_same_bytes_whatever_the_order(tmp_path):
    g = graph_mod.load(SMALL)
    write_html(g, tmp_path / "a.html")
    write_html(g, tmp_path / "b.html")
    rng = random.Random(1)
    rng.shuffle(g.entities)
    rng.shuffle(g.relations)
    write_html(g, tmp_path / "c.html")
    a = (tmp_path / "a.html").read_bytes()
    assert a == (tmp_path / "b.html").read_bytes() == (tmp_path / "c.html").read_bytes()


def test_parallel_relations_share_one_labelled_edge(tmp_path):
    ev = Evidence(article="a", sentence="s", start=0, end=1, rule="r", extractor="x")
    g = Graph(
        entities=[Entity(id="person:a", type="Person", name="甲"), Entity(id="company:b", type="Company", name="乙")],
        relations=[Relation(type=t, source="person:a", target="company:b", evidence=[ev]) for t in ("LEADS", "FOUNDED")],
        articles=[],
    )
    write_html(g, tmp_path / "p.html")
    data = Page((tmp_path / "p.html").read_text(encoding="utf-8")).data()
    (edge,) = data["edges"]
    assert edge["label"] == "FOUNDED / LEADS"
    assert data["edgeRelations"][edge["id"]] == ["FOUNDED|person:a|company:b", "LEADS|person:a|company:b"]


def test_empty_graph_still_writes_a_page(tmp_path):
    write_html(Graph(entities=[], relations=[], articles=[]), tmp_path / "e.html")
    assert Page((tmp_path / "e.html").read_text(encoding="utf-8")).data()["nodes"] == []


def test_write_is_atomic_and_leaves_no_temp_file(tmp_path):
    out = tmp_path / "graph.html"
    out.write_text("old page")
    write_html(graph_mod.load(SMALL), out)
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert [p.name for p in tmp_path.iterdir()] == ["graph.html"]
    assert out.stat().st_mode & 0o777 == 0o644


def test_unwritable_path_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="cannot write"):
        write_html(graph_mod.load(SMALL), tmp_path / "missing" / "graph.html")
    assert list(tmp_path.iterdir()) == []

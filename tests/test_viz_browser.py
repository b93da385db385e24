"""The HTML network view in real headless Chromium, with the network blocked.

Needs /usr/bin/chromium (apt: chromium fonts-noto-cjk) and the `playwright` Python
package, which drives that Chromium; `playwright install` (a browser download) is never
needed.
"""
from __future__ import annotations

import time
from pathlib import Path

import pytest

from kg import graph as graph_mod
from kg.types import Entity, Evidence, Graph, Relation
from kg.viz import write_html

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-quic", "--no-first-run", "--disable-component-update", "--disable-sync",
]
SMALL = Path(__file__).parent / "data" / "small_graph.json"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="no /usr/bin/chromium (apt-get install chromium fonts-noto-cjk)"),
]
sync_api = pytest.importorskip("playwright.sync_api", reason="pip install playwright (the .[test] extra)")

# Each payload, if it ever ran, would set this global or open a dialog.
PAYLOADS = [
    "<script>window.__kg_pwned='script'</script>",
    "</script><script>window.__kg_pwned='breakout'</script>",
    "<img src=x onerror=\"window.__kg_pwned='img';alert('img')\">",
    "<svg onload=\"window.__kg_pwned='svg'\"></svg>",
]


def hostile_graph() -> Graph:
    ev = [Evidence(article="h1", sentence=f"某人加入公司 {p}", start=0, end=9, rule="r", extractor="x", date="2025-01-01")
          for p in PAYLOADS]
    return Graph(
        entities=[
            Entity(id="person:evil", type="Person", name=f"Evil {PAYLOADS[0]}", aliases=PAYLOADS[1:] + ["坏人"]),
            Entity(id="company:acme", type="Company", name=f"Acme {PAYLOADS[2]}", aliases=["阿克米"]),
        ],
        relations=[Relation(type="WORKS_AT", source="person:evil", target="company:acme", evidence=ev, confidence=0.6)],
        articles=[{"id": "h1", "path": "h1.txt", "title": f"标题 {PAYLOADS[3]}", "date": "2025-01-01",
                   "entities": ["person:evil", "company:acme"]}],
    )


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield b
        b.close()


def wait_until_laid_out(page, seconds: float = 30) -> None:
    """Poll from outside: page.wait_for_function evaluates its predicate with eval(),
    which the page's Content-Security-Policy (rightly) refuses."""
    deadline = time.monotonic() + seconds
    while not page.evaluate("() => Boolean(window.kg && window.kg.stabilized)"):
        if time.monotonic() > deadline:
            raise TimeoutError("the network view did not finish its layout")
        page.wait_for_timeout(50)


class View:
    """One page of the view, recording what the page did that a test may forbid."""

    def __init__(self, browser, html: Path):
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.blocked: list[str] = []
        self.context = browser.new_context(viewport={"width": 1200, "height": 800})
        self.context.route("**/*", self._route)  # the page may read its own file, nothing else
        self.page = self.context.new_page()
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        try:
            self.page.goto(html.as_uri())
            wait_until_laid_out(self.page)
        except Exception:
            self.context.close()
            raise

    def _route(self, route):
        if route.request.url.startswith(("file:", "data:")):
            route.continue_()
        else:
            self.blocked.append(route.request.url)
            route.abort()

    def js(self, expr: str, arg=None):
        return self.page.evaluate(expr, arg)

    def node_xy(self, node_id: str) -> tuple[float, float]:
        """Where a node is drawn, in page coordinates."""
        return tuple(self.js("""id => {
            const p = kg.network.canvasToDOM(kg.network.getPositions([id])[id]);
            const r = document.getElementById('kg-network').getBoundingClientRect();
            return [p.x + r.left, p.y + r.top];
        }""", node_id))

    def close(self):
        self.context.close()


def open_view(browser, graph: Graph, tmp_path: Path) -> View:
    html = tmp_path / "graph.html"
    write_html(graph, html)
    return View(browser, html)


def test_small_graph_renders_offline(browser, tmp_path):
    g = graph_mod.load(SMALL)
    view = open_view(browser, g, tmp_path)
    try:
        assert view.js("kg.network.body.data.nodes.length") == len(g.entities)
        assert view.js("Object.keys(kg.network.getPositions()).length") == len(g.entities)
        assert view.js("kg.network.body.edgeIndices.length") == len(g.relations)
        assert view.js("kg.network.physics.physicsEnabled") is False  # laid out, then stopped
        drawn = view.js("""() => {
            const c = document.querySelector('#kg-network canvas');
            const px = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
            let n = 0; for (let i = 3; i < px.length; i += 4) if (px[i]) n++;
            return n;
        }""")
        assert drawn > 1000, "the vis canvas is blank"
        assert view.page.locator("#kg-legend .kg-type").count() == 4
        assert view.errors == [] and view.dialogs == [] and view.blocked == []
    finally:
        view.close()


def test_search_by_chinese_alias_focuses_and_explains(browser, tmp_path):
    view = open_view(browser, graph_mod.load(SMALL), tmp_path)
    try:
        view.page.fill("#kg-search", "扎克伯格")
        view.page.click("#kg-search-form button")
        assert view.js("kg.network.getSelectedNodes()") == ["person:markzuckerberg"]
        assert view.page.inner_text("#kg-details h2") == "Mark Zuckerberg"
        details = view.page.inner_text("#kg-details")
        assert "馬克·扎克伯格" in details and "Meta CEO 马克·扎克伯格接受采访" in details
        assert "扎克伯格摊牌了" in details  # the evidence's article title
        view.page.fill("#kg-search", "no such entity")
        view.page.click("#kg-search-form button")
        assert "No node matches" in view.page.inner_text("#kg-search-status")
        assert view.errors == [] and view.blocked == []
    finally:
        view.close()


def test_type_filter_hides_nodes_and_their_edges(browser, tmp_path):
    view = open_view(browser, graph_mod.load(SMALL), tmp_path)
    try:
        view.page.uncheck('#kg-legend input[data-type="Company"]')
        assert view.js("kg.network.body.nodeIndices.length") == 5
        assert view.js("kg.network.body.edgeIndices.length") == 0  # every edge touches a company
        view.page.check('#kg-legend input[data-type="Company"]')
        assert view.js("kg.network.body.nodeIndices.length") == 7
    finally:
        view.close()


def test_article_text_never_runs_as_script(browser, tmp_path):
    view = open_view(browser, hostile_graph(), tmp_path)
    try:
        # real pointer use: hover for the tooltip, click a node and an edge for the panel
        x, y = view.node_xy("person:evil")
        view.page.mouse.move(x, y)
        view.page.wait_for_selector("div.vis-tooltip", state="visible")
        assert PAYLOADS[1] in view.page.inner_text("div.vis-tooltip")  # shown, as text
        view.page.mouse.click(x, y)
        panel = view.page.inner_text("#kg-details")
        assert all(p in panel for p in PAYLOADS)  # aliases and evidence, all as text
        view.js("kg.showEdge(kg.data.edges[0].id)")
        view.js("kg.showNode('company:acme')")
        view.page.fill("#kg-search", "坏人")
        view.page.click("#kg-search-form button")
        view.page.wait_for_timeout(300)  # let anything injected have its chance
        assert view.js("typeof window.__kg_pwned") == "undefined"
        assert view.page.locator("#kg-details img, #kg-details svg, #kg-details script").count() == 0
        assert view.dialogs == []
        assert view.errors == []  # a blocked inline script would show here as a CSP error
        assert view.blocked == []  # not even the <img src=x> was fetched
    finally:
        view.close()


def test_fixture_payloads_do_not_run(browser, tmp_path):
    g = graph_mod.load(SMALL)
    view = open_view(browser, g, tmp_path)
    try:
        for e in g.entities:
            view.js("id => kg.showNode(id)", e.id)
        for i in range(len(g.relations)):
            view.js("i => kg.showEdge(kg.data.edges[i] && kg.data.edges[i].id)", i)
        view.page.wait_for_timeout(200)
        assert view.dialogs == [] and view.errors == [] and view.blocked == []
        view.js("kg.showNode('person:quote')")
        assert "<script>alert(1)</script>" in view.page.inner_text("#kg-details")
    finally:
        view.close()


def test_layout_is_the_same_on_every_load(browser, tmp_path):
    g = graph_mod.load(SMALL)
    positions = []
    for _ in range(2):
        view = open_view(browser, g, tmp_path)
        try:
            positions.append(view.js("kg.network.getPositions()"))
        finally:
            view.close()
    assert positions[0] == positions[1]

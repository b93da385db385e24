"""The HTML network view: one self-contained, offline page per graph.

pyvis builds the vis-network nodes, edges and options; the page itself is kg's own
template (viz_assets/view.html), because pyvis's template links Bootstrap and
tom-select from CDNs even with cdn_resources="in_line" (pyvis issue #229). vis-network's
JS and CSS are inlined from pyvis's package, so the page makes no request to any host.

Article text reaches the page only as JSON in a <script type="application/json">
(with `<`, `>`, `&` escaped, so `</script>` cannot close it) and is put on screen with
textContent or as vis-network's plain-text tooltips. A Content-Security-Policy allows
only the page's own two scripts (by hash) and no network at all, so even a missed
escape could neither run an article's script nor fetch anything.
"""
from __future__ import annotations

import base64
import functools
import hashlib
import html
import json
import re
from importlib import resources
from pathlib import Path

from .atomic import write_text_atomic
from .graph import degrees, edge_id
from .schema import ENTITY_TYPES
from .types import Graph

# type -> (colour, vis-network shape, Chinese name); a shape as well as a colour, so the
# types stay apart for colour-blind readers and in greyscale prints.
NODE_STYLE: dict[str, tuple[str, str, str]] = {
    "Person": ("#4e79a7", "dot", "人物"),
    "Company": ("#f28e2b", "square", "公司"),
    "Cluster": ("#59a14f", "diamond", "算力集群"),
    "Model": ("#e15759", "triangle", "模型"),
}
assert set(NODE_STYLE) == set(ENTITY_TYPES)

FONT_FACE = "'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif"
LABEL_MAX = 24  # characters of a name drawn on the canvas; the panel shows it whole
VIS_DIR = "lib/vis-9.1.2"

# vis-network options: a fixed seed so every load lays the graph out the same way; the
# page turns physics off once stabilisation is done, so the layout stops moving.
VIS_OPTIONS: dict = {
    "autoResize": True,
    "layout": {"randomSeed": 7, "improvedLayout": True},
    "groups": {
        t: {"color": colour, "shape": shape} for t, (colour, shape, _) in NODE_STYLE.items()
    },
    "nodes": {
        "scaling": {"min": 12, "max": 34},
        "font": {"face": FONT_FACE, "size": 15, "strokeWidth": 4, "strokeColor": "#ffffff"},
        "borderWidth": 1,
    },
    "edges": {
        "arrows": {"to": {"enabled": True, "scaleFactor": 0.6}},
        "color": {"color": "#9aa3ad", "highlight": "#3b4450", "hover": "#3b4450"},
        "font": {"face": FONT_FACE, "size": 11, "color": "#4a5360", "strokeWidth": 3,
                 "strokeColor": "#ffffff"},
        "smooth": {"enabled": True, "type": "continuous", "roundness": 0.3},
        "width": 1.2,
    },
    "physics": {
        "enabled": True,
        "solver": "forceAtlas2Based",
        "forceAtlas2Based": {"gravitationalConstant": -80, "centralGravity": 0.01,
                             "springLength": 130, "springConstant": 0.06, "avoidOverlap": 0.4},
        "stabilization": {"enabled": True, "iterations": 600, "updateInterval": 50, "fit": True},
        "minVelocity": 0.75,
    },
    "interaction": {"hover": True, "tooltipDelay": 150, "navigationButtons": False,
                    "keyboard": False},
}

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def write_html(graph: Graph, path: Path) -> None:
    """Write the interactive network view of `graph` to `path`, atomically.

    The page is self-contained and deterministic: the same graph gives the same bytes.
    """
    page = render_html(graph)
    write_text_atomic(Path(path), page)


def render_html(graph: Graph) -> str:
    """The page as a string (write_html's content; no I/O but reading packaged assets)."""
    data = _view_data(graph)
    vis_js, vis_css = _vis_assets()
    view_js = _asset("view.js")
    for name, text, closer in (("vis-network.min.js", vis_js, "</script"),
                               ("view.js", view_js, "</script"),
                               ("vis-network.css", vis_css, "</style")):
        # inlined as raw text, so a closing tag inside would end the element early
        if closer in text.lower():
            raise RuntimeError(f"{name} contains {closer!r}; it cannot be inlined")
    csp = "; ".join([
        "default-src 'none'",
        "script-src " + " ".join(_csp_hash(s) for s in (vis_js, view_js)),
        "style-src 'unsafe-inline'",  # vis-network positions its elements with inline styles
        "img-src data:",  # vis-network.css has its icons as data: URIs
        "base-uri 'none'",
        "form-action 'none'",
    ])
    n_nodes, n_edges = len(graph.entities), len(graph.relations)
    parts = {
        "CSP": html.escape(csp),
        "VIS_CSS": vis_css,
        "VIS_JS": vis_js,
        "VIEW_JS": view_js,
        "DATA": _script_json(data),
        "LEGEND": _legend_html(graph),
        "STATS": f"{n_nodes} nodes · {n_edges} relations · {len(graph.articles)} articles",
    }
    # One pass over the template: text put in is never scanned for placeholders again.
    return re.sub(r"@@([A-Z_]+)@@", lambda m: parts[m.group(1)], _asset("view.html"))


def _view_data(graph: Graph) -> dict:
    """Everything the page's script needs: vis nodes/edges/options plus panel details."""
    from pyvis.network import Network  # slow import; only the view needs it

    deg = degrees(graph)
    titles = {a["id"]: a for a in graph.articles}
    entities = sorted(graph.entities, key=lambda e: e.id)  # input order must not matter
    relations = sorted(graph.relations, key=edge_id)
    names = {e.id: e.name for e in entities}
    rel_ids: dict[str, list[str]] = {e.id: [] for e in entities}
    for r in relations:
        rel_ids[r.source].append(edge_id(r))
        rel_ids[r.target].append(edge_id(r))

    net = Network(directed=True, cdn_resources="in_line")
    for e in entities:
        tip = [f"{e.name} ({e.type})"]
        if e.aliases:
            tip.append("别名 aliases: " + ", ".join(e.aliases))
        tip.append(f"relations: {deg[e.id]} · click for evidence")
        # pyvis sets shape="dot" on every node unless told, which would hide the group's;
        # a string title is drawn by vis-network 9 as plain text, never as HTML.
        net.add_node(e.id, label=_label(e.name, e.aliases), group=e.type, value=deg[e.id],
                     shape=NODE_STYLE[e.type][1], title="\n".join(tip))

    # Relations between the same two entities (LEADS and FOUNDED, say) share one drawn
    # edge, labelled with all their types, so labels do not sit on top of each other.
    pairs: dict[tuple[str, str], list] = {}
    for r in relations:
        pairs.setdefault((r.source, r.target), []).append(r)
    edge_rels: dict[str, list[str]] = {}
    for i, ((src, dst), rels) in enumerate(pairs.items()):
        vis_id = f"e{i}"
        edge_rels[vis_id] = [edge_id(r) for r in rels]
        types = " / ".join(r.type for r in rels)
        n_ev = sum(len(r.evidence) for r in rels)
        net.add_edge(src, dst, id=vis_id, label=types, arrows="to",
                     title=f"{names[src]} → {names[dst]}\n{types}\nevidence: {n_ev} · click to read")

    net.options = VIS_OPTIONS
    nodes, edges, _heading, _height, _width, options = net.get_network_data()
    return {
        "nodes": nodes,
        "edges": edges,
        "options": json.loads(options),
        "edgeRelations": edge_rels,
        "entities": {
            e.id: {"name": e.name, "type": e.type, "aliases": e.aliases, "degree": deg[e.id],
                   "mentions": e.mentions, "articles": len(e.articles), "relations": rel_ids[e.id]}
            for e in entities
        },
        "relations": {
            edge_id(r): {
                "type": r.type, "source": r.source, "target": r.target,
                "confidence": r.confidence,
                "evidence": [
                    {"sentence": ev.sentence, "article": ev.article,
                     "title": (titles.get(ev.article) or {}).get("title") or ev.article,
                     "date": ev.date or (titles.get(ev.article) or {}).get("date")}
                    for ev in r.evidence
                ],
            }
            for r in relations
        },
    }


def _label(name: str, aliases: list[str]) -> str:
    """The canvas label: the name, plus its first Chinese alias when the name has none."""
    label = _shorten(name)
    if not _CJK.search(name):
        cjk = next((a for a in aliases if _CJK.search(a)), None)
        if cjk:
            label += "\n" + _shorten(cjk)
    return label


def _shorten(text: str) -> str:
    return text if len(text) <= LABEL_MAX else text[: LABEL_MAX - 1] + "…"


def _legend_html(graph: Graph) -> str:
    """The legend, which is also the type filter: one checkbox per node type."""
    counts = {t: 0 for t in ENTITY_TYPES}
    for e in graph.entities:
        counts[e.type] += 1
    rows = []
    for t in ENTITY_TYPES:
        colour, shape, zh = NODE_STYLE[t]
        t_, zh_ = html.escape(t), html.escape(zh)
        rows.append(
            f'<label class="kg-type"><input type="checkbox" checked data-type="{t_}">'
            f'<span class="kg-swatch kg-{shape}" style="background:{colour}"></span>'
            f'{t_} {zh_} <span class="kg-count">{counts[t]}</span></label>'
        )
    return "\n".join(rows)


def _script_json(obj) -> str:
    """JSON safe to put inside <script>: no `<`, `>` or `&` that could end or alter it."""
    text = json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    # These characters only occur inside JSON strings, where \\uXXXX means the same.
    for ch in "<>&\u2028\u2029":
        text = text.replace(ch, f"\\u{ord(ch):04x}")
    return text


def _csp_hash(script: str) -> str:
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


@functools.lru_cache(maxsize=None)
def _asset(name: str) -> str:
    return resources.files("kg").joinpath("viz_assets", name).read_text(encoding="utf-8")


@functools.lru_cache(maxsize=1)
def _vis_assets() -> tuple[str, str]:
    """vis-network's JS and CSS as shipped inside pyvis (no CDN, no download)."""
    lib = resources.files("pyvis").joinpath(VIS_DIR)
    js = lib.joinpath("vis-network.min.js").read_text(encoding="utf-8")
    css = lib.joinpath("vis-network.css").read_text(encoding="utf-8")
    return js, css

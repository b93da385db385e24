"""Screenshot kg's HTML network view in headless Chromium (for docs/screenshot.png).

    python docs/make_screenshot.py out/graph.json docs/screenshot.png [--select NAME]

Needs /usr/bin/chromium, fonts-noto-cjk (so Chinese is drawn) and the `playwright`
package (the .[test] extra). The page is loaded with every non-file request aborted.
By default the most connected node is selected, so the side panel shows evidence.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from kg import graph as graph_mod
from kg.viz import write_html

CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-quic", "--no-first-run", "--disable-component-update", "--disable-sync"]


def screenshot(graph_json: Path, png: Path, select: str | None = None,
               width: int = 1200, height: int = 800) -> None:
    from playwright.sync_api import sync_playwright

    graph = graph_mod.load(graph_json)
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as pw:
        html = Path(tmp) / "graph.html"
        write_html(graph, html)
        browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": width, "height": height})
            page.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:") else r.abort())
            page.goto(html.as_uri())
            # polled from here: wait_for_function would eval(), which the page's CSP refuses
            deadline = time.monotonic() + 60
            while not page.evaluate("() => Boolean(window.kg && window.kg.stabilized)"):
                if time.monotonic() > deadline:
                    raise TimeoutError("the network view did not finish its layout")
                page.wait_for_timeout(50)
            if select is None:
                deg = graph_mod.degrees(graph)
                select = max(graph.entities, key=lambda e: (deg[e.id], e.name)).name if graph.entities else ""
            if select:
                page.fill("#kg-search", select)
                page.click("#kg-search-form button")
                page.evaluate("kg.network.fit({maxZoomLevel: 1.3, animation: false})")  # whole graph, panel filled
            page.wait_for_timeout(300)
            png.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(png))
        finally:
            browser.close()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("graph_json", type=Path, help="a graph.json, or a build directory")
    ap.add_argument("png", type=Path, help="where to write the screenshot")
    ap.add_argument("--select", help="name or alias of the node whose evidence the panel shows")
    ap.add_argument("--width", type=int, default=1200)
    ap.add_argument("--height", type=int, default=800)
    args = ap.parse_args(argv)
    screenshot(args.graph_json, args.png, args.select, args.width, args.height)
    print(f"wrote {args.png}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

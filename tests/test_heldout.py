"""Extraction quality on articles the rules were not written from.

tests/data/heldout/ holds eight articles written in the style of the seeds (new names,
traditional and variant script, English-heavy transcripts) with a gold annotation made
by the same guidelines. Their score estimates how kg does on unseen news.
"""
from __future__ import annotations

from pathlib import Path

from kg import evaluate, graph
from kg.pipeline import extract_graph

HELDOUT = Path(__file__).parent / "data" / "heldout"


def test_heldout_articles_reach_the_unseen_targets():
    g = extract_graph([HELDOUT]).graph
    result = evaluate.score(graph.to_json(g), evaluate.load_gold(HELDOUT / "gold.json"))
    assert result["entities"]["ALL"]["f1"] >= 0.85, evaluate.format_report(result)
    assert result["relations"]["ALL"]["f1"] >= 0.75, evaluate.format_report(result)

"""Extraction quality on articles written apart from the rules.

tests/data/heldout*/ hold articles written in the style of the seeds (new names,
traditional and variant script, English-heavy transcripts) and annotated by the same
guidelines by people who did not see the extractor: eight in heldout, five each in
heldout_b and heldout_c.
"""
from __future__ import annotations

from pathlib import Path

from kg import evaluate, graph
from kg.pipeline import extract_graph

import pytest

ROOT = Path(__file__).resolve().parents[1]


SETS = ["heldout", "heldout_b", "heldout_c"]


@pytest.mark.parametrize("folder", [ROOT / "tests" / "data" / name for name in SETS], ids=SETS)
def test_unseen_articles_reach_the_targets(folder):
    g = extract_graph([folder]).graph
    result = evaluate.score(graph.to_json(g), evaluate.load_gold(folder / "gold.json"))
    assert result["entities"]["ALL"]["f1"] >= 0.85, evaluate.format_report(result)
    assert result["relations"]["ALL"]["f1"] >= 0.75, evaluate.format_report(result)

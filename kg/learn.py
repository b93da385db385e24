"""`kg train`: fit the learned relation reader (extract/learned.py) on annotated folders.

Each folder holds articles and a gold.json in the scorer's format. Every pair of mentions
the relation rules see in a sentence is an example: positive when the gold has that
relation with its evidence in this sentence, negative when the gold has no such relation,
and left out when the gold has it only as optional or states it in another sentence.
"""
from __future__ import annotations

import random
from collections import Counter, defaultdict
from pathlib import Path

from . import gazetteer as gazetteer_mod
from .errors import InputError
from .evaluate import load_gold, norm
from .extract import extract
from .extract.learned import RelationModel, pairs, sigmoid
from .ingest import read_articles
from .normalize import fold


def examples(folder: Path, gazetteer) -> list[tuple[list[str], int]]:
    gold = load_gold(folder / "gold.json")
    name_of = {norm(form): e["name"] for e in gold["entities"] for form in [e["name"], *e.get("aliases", [])]}
    stated = defaultdict(list)  # (type, head, tail) -> [(optional, folded evidence)]
    for r in gold["relations"]:
        stated[(r["type"], r["head"], r["tail"])].append((bool(r.get("optional")), fold(r.get("evidence", ""))))
    out = []

    def observe(sent, template, slots, _found):
        text = fold(sent.text)
        for kind, i, j, feats in pairs(template, len(slots)):
            head, tail = name_of.get(norm(slots[i].text)), name_of.get(norm(slots[j].text))
            said = stated.get((kind, head, tail)) if head and tail else None
            if not said:
                out.append((feats, 0))
            elif any(not optional and ev and (ev[:15] in text or text[:15] in ev) for optional, ev in said):
                out.append((feats, 1))

    extract(read_articles([folder]).articles, gazetteer, observe=observe)
    return out


def train(folders, gazetteer_files=(), *, epochs: int = 6, rate: float = 0.1, l2: float = 3e-3, min_count: int = 3,
          threshold: float = 0.8, runs: int = 5) -> RelationModel:
    """Logistic regression by stochastic gradient descent, averaged over `runs` passes through
    the data in fixed, different orders: one order alone moves the untouched sets' scores by
    about as much as the model adds. Features seen in fewer than min_count examples are
    dropped: one sentence's wording is no rule."""
    gaz = gazetteer_mod.load(list(gazetteer_files))
    data = []
    for folder in sorted(map(Path, folders), key=lambda f: f.name):  # any order gives the same model
        if not (folder / "gold.json").is_file():
            raise InputError(f"{folder} has no gold.json")
        data.extend(examples(folder, gaz))
    if not any(y for _, y in data):
        raise InputError("the gold names no relation found in these articles; nothing to learn from")
    seen = Counter(f for feats, _ in data for f in set(feats))
    data = [([f for f in feats if seen[f] >= min_count], y) for feats, y in data]
    average: dict[str, float] = defaultdict(float)
    for run in range(runs):
        weights: dict[str, float] = defaultdict(float)
        rng = random.Random(run)
        for _ in range(epochs):
            rng.shuffle(data)
            for feats, y in data:
                g = sigmoid(sum(weights[f] for f in feats)) - y
                for f in feats:
                    weights[f] -= rate * (g + l2 * weights[f])
        for f, w in weights.items():
            average[f] += w / runs
    kept = {f: round(w, 4) for f, w in average.items() if abs(w) >= 0.01}  # the rest change no decision
    return RelationModel(kept, threshold, sorted(Path(f).name for f in folders))

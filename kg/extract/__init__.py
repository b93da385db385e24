"""Extraction: articles -> typed mentions and relation candidates.

`extract(articles, gazetteer)` reads the corpus twice: once to discover names (so that a
name introduced in one article is found in all), once to find every mention and the
relations between them. See mentions.py and relations.py for the rules.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from ..gazetteer import Gazetteer
from ..normalize import fold
from ..types import Article, Mention, RelationCandidate
from . import mentions as _mentions
from .learned import RelationModel
from .lexicon import Lexicon
from .products import model_variants
from .relations import extract_relations


@dataclass
class Extraction:
    mentions: list[Mention] = field(default_factory=list)
    relations: list[RelationCandidate] = field(default_factory=list)
    lexicon: Lexicon = field(default_factory=Lexicon)


def extract(articles: list[Article], gazetteer: Gazetteer, model: RelationModel | None = None,
            observe: Callable | None = None) -> Extraction:
    """model: a learned relation reader to run beside the rules; observe: called with every
    sentence the relation rules read (training uses it)."""
    lex = Lexicon.from_gazetteer(gazetteer)
    folded = {a.id: fold(a.text) for a in articles}
    for a in articles:
        _mentions.discover(a, folded[a.id], lex)
    _mentions.finalize(lex)
    model_variants(list(folded.values()), lex)  # versions of a model named in another article
    pattern = lex.pattern()
    out = Extraction(lexicon=lex)
    for a in articles:
        ms = _mentions.find_mentions(a, folded[a.id], lex, pattern)
        out.mentions.extend(ms)
        out.relations.extend(extract_relations(a, ms, folded[a.id], model, observe))
    return out

"""Plain data handed from one pipeline stage to the next.

ingest -> Article (with Sentences) -> extract -> Mention, RelationCandidate
-> resolve -> Entity, Relation -> graph -> Graph (and graph.json).
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Sentence:
    """A sentence of an article; start/end are offsets into Article.text."""

    index: int
    start: int
    end: int
    text: str


@dataclass
class Article:
    id: str  # content hash, stable across runs and paths
    path: str
    title: str
    date: str | None  # ISO yyyy-mm-dd where the text carries one
    text: str  # the article as read (NFC), offsets refer to it
    sentences: list[Sentence] = field(default_factory=list)


@dataclass(frozen=True)
class Mention:
    """One surface form of a typed entity found in an article."""

    article: str
    sentence: int
    start: int
    end: int
    text: str
    type: str
    rule: str  # what found it: "gazetteer:<name>", "pattern:<name>", ...
    canonical: str | None = None  # gazetteer canonical name, when known
    alias_of: str | None = None  # surface form this one was learnt to stand for


@dataclass(frozen=True)
class Evidence:
    article: str
    sentence: str
    start: int  # offsets of the sentence in the article
    end: int
    rule: str
    extractor: str
    date: str | None = None

    def to_json(self) -> dict:
        return {
            "article": self.article,
            "sentence": self.sentence,
            "start": self.start,
            "end": self.end,
            "rule": self.rule,
            "extractor": self.extractor,
            "date": self.date,
        }


@dataclass(frozen=True)
class RelationCandidate:
    """A relation between two mentions, before resolution maps them to entities."""

    type: str
    head: Mention
    tail: Mention
    evidence: Evidence
    confidence: float


@dataclass
class Entity:
    id: str  # "<type>:<folded canonical name>", stable across runs
    type: str
    name: str
    aliases: list[str] = field(default_factory=list)
    articles: list[str] = field(default_factory=list)
    mentions: int = 0


@dataclass
class Relation:
    type: str
    source: str  # entity ids
    target: str
    evidence: list[Evidence] = field(default_factory=list)
    confidence: float = 0.0

    @property
    def articles(self) -> list[str]:
        return sorted({e.article for e in self.evidence})


@dataclass
class Graph:
    entities: list[Entity]
    relations: list[Relation]
    articles: list[dict]  # {"id", "path", "title", "date", "entities": [entity ids]}
    meta: dict = field(default_factory=dict)

"""The graph's schema: the only place labels and relationship types come from.

Stores and statement builders interpolate labels and types into Cypher only after
checking them against these tuples, so no text from an article ever becomes a label.
"""
from __future__ import annotations

ENTITY_TYPES: tuple[str, ...] = ("Person", "Company", "Cluster", "Model")
ARTICLE = "Article"
NODE_LABELS: tuple[str, ...] = (*ENTITY_TYPES, ARTICLE)

# relationship type -> allowed (head label, tail label) pairs
RELATION_ENDPOINTS: dict[str, tuple[tuple[str, str], ...]] = {
    "RECRUITED_FROM": (("Person", "Company"),),
    "LEADS": (("Person", "Company"),),
    "FOUNDED": (("Person", "Company"),),
    "WORKS_AT": (("Person", "Company"),),
    "BUILDS": (("Company", "Cluster"), ("Company", "Model")),
}
RELATION_TYPES: tuple[str, ...] = tuple(RELATION_ENDPOINTS)
MENTIONS = "MENTIONS"  # Article -> entity, written by the stores, not the extractor
REL_TYPES: tuple[str, ...] = (*RELATION_TYPES, MENTIONS)


def check_label(label: str) -> str:
    if label not in NODE_LABELS:
        raise ValueError(f"unknown node label {label!r}")
    return label


def check_rel_type(rel_type: str) -> str:
    if rel_type not in REL_TYPES:
        raise ValueError(f"unknown relationship type {rel_type!r}")
    return rel_type


def allows(rel_type: str, head_type: str, tail_type: str) -> bool:
    return (head_type, tail_type) in RELATION_ENDPOINTS.get(rel_type, ())

"""Resolution: one entity per real-world thing, with every surface form as an alias.

Surface forms are joined when a rule says they name the same thing: a gazetteer entry,
a name and its English form in brackets, an acronym and its long form, an organisation
unit and its translation. Folding (traditional -> simplified, variants, width, case,
separators) makes 馬克·扎克伯格 and 马克·扎克伯格 one form to begin with. Nothing is
joined by similarity alone: wrongly merging two people is worse than a missed merge.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from .extract import Extraction
from .normalize import fold, key
from .schema import allows
from .types import Entity, Evidence, Relation


@dataclass
class Resolution:
    entities: list[Entity]
    relations: list[Relation]
    entity_of: dict[str, str]  # lexicon key -> entity id
    merges: list[dict] = field(default_factory=list)
    rejected: list[dict] = field(default_factory=list)
    refused_merges: list[dict] = field(default_factory=list)


class _UnionFind:
    def __init__(self):
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _pick_name(lex, keys: set[str], counts: Counter) -> str:
    for k in sorted(keys):
        if k in lex.canonical:
            return lex.canonical[k]
    forms = [lex.forms[k] for k in keys if k in lex.forms]
    latin = [f for f in forms if f.isascii()]
    if latin:
        return sorted(latin, key=lambda f: (-len(f.split()), -counts[key(f)], f))[0]
    return sorted(forms, key=lambda f: (-counts[key(f)], -len(f), f))[0]


def resolve(ex: Extraction) -> Resolution:
    lex = ex.lexicon
    uf = _UnionFind()
    listed: dict[str, str] = {}  # group root -> the gazetteer entry in it
    refused, joined = [], []
    for a, b, rule in lex.links:
        ra, rb = uf.find(a), uf.find(b)
        if ra == rb:
            continue
        la, lb = listed.get(ra) or lex.canonical.get(ra), listed.get(rb) or lex.canonical.get(rb)
        if la and lb and la != lb:
            # two entries of the list are two things, whatever a bracket in one article says
            refused.append({"forms": [lex.forms.get(a, a), lex.forms.get(b, b)], "rule": rule,
                            "why": f"would merge two gazetteer entries: {la} and {lb}"})
            continue
        uf.union(a, b)
        listed[uf.find(a)] = la or lb
        joined.append((a, rule))
    rules_of: dict[str, set[str]] = defaultdict(set)  # group root -> rules that joined it
    for a, rule in joined:
        rules_of[uf.find(a)].add(rule)
    mentioned = Counter(m.alias_of for m in ex.mentions)
    groups: dict[str, set[str]] = defaultdict(set)
    for k in mentioned:
        groups[uf.find(k)].add(k)
    linked: dict[str, set[str]] = defaultdict(set)  # every key of a group, mentioned or not
    for k in list(uf.parent):
        linked[uf.find(k)].add(k)

    entities: dict[str, Entity] = {}
    entity_of: dict[str, str] = {}
    merges = []
    for root, keys in sorted(groups.items()):
        votes: Counter = Counter()
        members = linked[root] | keys
        for k in members:
            votes.update(lex.votes.get(k, {}))
        etype = sorted(votes.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        name = _pick_name(lex, members & set(lex.forms) or keys, mentioned)
        eid = f"{etype.lower()}:{key(name)}"
        ent = entities.get(eid)
        if ent is None:
            ent = entities[eid] = Entity(id=eid, type=etype, name=name)
        for k in keys:
            entity_of[k] = eid
        if len(keys) > 1:
            merges.append({
                "entity": eid, "forms": sorted(lex.forms.get(k, k) for k in keys),
                "rules": sorted(rules_of[root]),
            })

    aliases: dict[str, set[str]] = defaultdict(set)
    articles: dict[str, set[str]] = defaultdict(set)
    for m in ex.mentions:
        eid = entity_of[m.alias_of]
        aliases[eid].update({m.text.strip(), fold(m.text).strip()})
        articles[eid].add(m.article)
        entities[eid].mentions += 1
    for eid, ent in entities.items():
        ent.aliases = sorted(a for a in aliases[eid] if a and a != ent.name)
        ent.articles = sorted(articles[eid])

    relations: dict[tuple, Relation] = {}
    rejected = []
    for cand in ex.relations:
        src, dst = entity_of[cand.head.alias_of], entity_of[cand.tail.alias_of]
        st, dt = entities[src].type, entities[dst].type
        if src == dst:
            continue
        if not allows(cand.type, st, dt):
            rejected.append({"relation": cand.type, "head": entities[src].name, "tail": entities[dst].name,
                             "why": f"{cand.type} does not join {st} to {dt}", "rule": cand.evidence.rule,
                             "article": cand.evidence.article, "sentence": cand.evidence.sentence})
            continue
        rel = relations.setdefault((cand.type, src, dst), Relation(cand.type, src, dst))
        if all((e.article, e.start, e.rule) != (cand.evidence.article, cand.evidence.start, cand.evidence.rule) for e in rel.evidence):
            rel.evidence.append(cand.evidence)
        rel.confidence = max(rel.confidence, cand.confidence)

    _inherit_family(entities, relations)
    by_canonical = {key(m.canonical): entity_of[m.alias_of] for m in ex.mentions if m.canonical}
    _units_have_parents(linked, {**by_canonical, **entity_of}, relations)
    for rel in relations.values():
        rel.evidence.sort(key=lambda e: (e.article, e.start, e.rule))
        # independent evidence raises confidence
        rel.confidence = min(0.99, rel.confidence + 0.05 * (len({e.article for e in rel.evidence}) - 1))
    ents = sorted(entities.values(), key=lambda e: e.id)
    rels = sorted(relations.values(), key=lambda r: (r.type, r.source, r.target))
    return Resolution(ents, rels, entity_of, merges, rejected, refused)


def _units_have_parents(linked, entity_of, relations) -> None:
    """Someone who came from a company's unit came from the company: 从阿里巴巴通义实验室挖走
    the person also leaves 阿里巴巴. Only for a parent the corpus itself names."""
    parents: dict[str, set[str]] = defaultdict(set)
    divisions = set()
    for root, keys in linked.items():
        unit_eid = next((entity_of[k] for k in sorted(keys) if k in entity_of), None)
        for k in keys:
            if k.startswith(("unit:", "division:")) and unit_eid is not None:
                parent = entity_of.get(k.split(":")[1])
                if parent is not None and parent != unit_eid:
                    parents[unit_eid].add(parent)
                    if k.startswith("division:"):
                        divisions.add(unit_eid)
    # a unit the text gives two parents (Sea's and Grab's AI lab, merged) names neither for sure
    parent_of = {unit: next(iter(ps)) for unit, ps in parents.items() if len(ps) == 1}
    for rel in [r for r in relations.values() if r.type == "RECRUITED_FROM" and r.target in parent_of]:
        k = ("RECRUITED_FROM", rel.source, parent_of[rel.target])
        if rel.target in divisions:
            # 前广达云端事业处副总 left 广达: a move is told by the company, not its division
            del relations[("RECRUITED_FROM", rel.source, rel.target)]
        if k in relations:
            continue
        new = relations[k] = Relation("RECRUITED_FROM", rel.source, parent_of[rel.target], confidence=rel.confidence - 0.1)
        new.evidence.extend(Evidence(ev.article, ev.sentence, ev.start, ev.end, "recruited:parent-of-unit",
                                     ev.extractor, ev.date) for ev in rel.evidence)


def _inherit_family(entities, relations) -> None:
    """A company that builds a model family builds its members: Llama 4 -> Llama 4 Scout.

    The evidence is the sentence that says the company builds the family, with a rule
    name that says the member was inferred from it.
    """
    models = [e for e in entities.values() if e.type == "Model"]
    builds = [r for r in list(relations.values()) if r.type == "BUILDS"]
    builders = defaultdict(set)
    for rel in builds:
        builders[rel.target].add(rel.source)
    for rel in builds:
        family = entities[rel.target]
        fam = family.name.lower()
        for model in models:
            name = model.name.lower()
            if model.id == family.id or not name.startswith(fam) or len(name) == len(fam):
                continue
            if not (name[len(fam)] in " -" or name[len(fam)].isdigit()):
                continue
            k = ("BUILDS", rel.source, model.id)
            if k in relations or builders[model.id] - {rel.source}:
                continue  # a member the text says another company built (Cosmos and GR00T N1, both NVIDIA's)
            ev = rel.evidence[0]
            new = Relation("BUILDS", rel.source, model.id, confidence=0.7)
            new.evidence.append(Evidence(ev.article, ev.sentence, ev.start, ev.end,
                                         f"builds:family-member-of:{family.name}", ev.extractor, ev.date))
            relations[k] = new

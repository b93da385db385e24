"""`kg eval`: score a built graph against a gold annotation, as ../shared/eval/score.py does.

The matching follows the reference scorer exactly (a test checks both agree on the
seeds): every predicted node maps to at most one gold entity through its name or
aliases; a gold entity claimed twice makes the second node a false hit; relations
count once per corpus; optional gold entities and relations are neither rewarded nor
penalised.
"""
from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

from .errors import InputError
from .normalize import key as _key
from .schema import ENTITY_TYPES

SCORED_RELATIONS = ("RECRUITED_FROM", "LEADS", "BUILDS")


def norm(text: str) -> str:
    return _key(str(text))


def load_gold(path) -> dict:
    p = Path(path)
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
        entities, relations = data["entities"], data["relations"]
    except FileNotFoundError as exc:
        raise InputError(f"gold file {p} does not exist") from exc
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise InputError(f"gold file {p} is not a gold annotation ({exc})") from exc
    names = {e["name"] for e in entities}
    for r in relations:
        for end in ("head", "tail"):
            if r[end] not in names:
                raise InputError(f"gold file {p}: relation names unknown entity {r[end]!r}")
    return data


def score(graph: dict, gold: dict) -> dict:
    nodes = {str(n["id"]): {"type": n["type"], "name": n["name"], "aliases": n.get("aliases") or []}
             for n in graph["nodes"]}
    edges = [(e["type"].upper(), str(e["source"]), str(e["target"])) for e in graph["edges"]]
    entities = gold["entities"]
    by_name = {e["name"]: i for i, e in enumerate(entities)}
    index: dict[str, set[int]] = defaultdict(set)
    for i, ent in enumerate(entities):
        for form in [ent["name"], *ent.get("aliases", [])]:
            if norm(form):
                index[norm(form)].add(i)
    gold_rel = {(r["type"], by_name[r["head"]], by_name[r["tail"]]): bool(r.get("optional"))
                for r in gold["relations"]}

    mapping = {}
    for nid, node in nodes.items():
        cands = set()
        for form in [node["name"], *node["aliases"]]:
            cands |= index.get(norm(form), set())
        if not cands:
            continue
        same = [c for c in cands if entities[c]["type"] == node["type"]]
        named = [c for c in (same or cands) if norm(entities[c]["name"]) == norm(node["name"])
                 or norm(node["name"]) in {norm(a) for a in entities[c].get("aliases", [])}]
        mapping[nid] = sorted(named or same or cands)[0]

    ent = {t: {"tp": 0, "fp": 0, "fn": 0} for t in ENTITY_TYPES}
    errors = {"entity_fp": [], "entity_fn": [], "relation_fp": [], "relation_fn": []}
    claimed = set()
    for nid, node in sorted(nodes.items()):
        if node["type"] not in ENTITY_TYPES:
            continue
        g = mapping.get(nid)
        if g is not None and entities[g].get("optional"):
            continue
        if g is not None and entities[g]["type"] == node["type"] and g not in claimed:
            claimed.add(g)
            ent[node["type"]]["tp"] += 1
        else:
            ent[node["type"]]["fp"] += 1
            why = "duplicate" if g in claimed else ("wrong type" if g is not None else "not in gold")
            errors["entity_fp"].append(f"{node['type']}:{node['name']} ({why})")
    for i, e in enumerate(entities):
        if not e.get("optional") and e["type"] in ENTITY_TYPES and i not in claimed:
            ent[e["type"]]["fn"] += 1
            errors["entity_fn"].append(f"{e['type']}:{e['name']}")

    rel = {t: {"tp": 0, "fp": 0, "fn": 0} for t in SCORED_RELATIONS}
    matched, seen = set(), set()
    for t, s, d in edges:
        if t not in SCORED_RELATIONS:
            continue
        k = (t, mapping.get(s), mapping.get(d))
        if k in gold_rel:
            if not gold_rel[k] and k not in matched:
                matched.add(k)
                rel[t]["tp"] += 1
            continue
        label = (t, nodes.get(s, {}).get("name", s), nodes.get(d, {}).get("name", d))
        if label in seen:
            continue
        seen.add(label)
        rel[t]["fp"] += 1
        errors["relation_fp"].append(f"{label[1]} -{t}-> {label[2]}")
    for k, opt in gold_rel.items():
        if not opt and k not in matched and k[0] in SCORED_RELATIONS:
            rel[k[0]]["fn"] += 1
            errors["relation_fn"].append(f"{entities[k[1]]['name']} -{k[0]}-> {entities[k[2]]['name']}")
    return {"entities": _table(ent), "relations": _table(rel), "errors": errors}


def _prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _table(stats: dict) -> dict:
    rows, total = {}, {"tp": 0, "fp": 0, "fn": 0}
    for name, s in stats.items():
        rows[name] = dict(s, **dict(zip(("precision", "recall", "f1"), _prf(s["tp"], s["fp"], s["fn"]))))
        for k in total:
            total[k] += s[k]
    rows["ALL"] = dict(total, **dict(zip(("precision", "recall", "f1"), _prf(total["tp"], total["fp"], total["fn"]))))
    return rows


def run(gold_path, paths, gazetteer_files=(), graph_file=None, relation_model=None) -> dict:
    from . import graph as graph_mod
    from .pipeline import extract_graph

    gold = load_gold(gold_path)
    if graph_file:
        g = graph_mod.load(graph_file)
    else:
        g = extract_graph(paths, gazetteer_files, relation_model=relation_model).graph
    return score(graph_mod.to_json(g), gold)


def format_report(result: dict, errors: bool = True) -> str:
    lines = []
    for part in ("entities", "relations"):
        lines.append(f"{part}:")
        for name, row in result[part].items():
            lines.append(f"  {name:15s} P={row['precision']:.3f} R={row['recall']:.3f} F1={row['f1']:.3f}"
                         f"  (tp={row['tp']} fp={row['fp']} fn={row['fn']})")
    if errors:
        titles = {"entity_fn": "missed entities", "entity_fp": "false entities",
                  "relation_fn": "missed relations", "relation_fp": "false relations"}
        for kind in ("entity_fn", "entity_fp", "relation_fn", "relation_fp"):
            items = result["errors"][kind]
            lines.append(f"{titles[kind]} ({len(items)}):")
            lines.extend(f"  {item}" for item in items)
    e, r = result["entities"]["ALL"]["f1"], result["relations"]["ALL"]["f1"]
    lines.append(f"relation_f1={r:.3f} entity_f1={e:.3f}")
    return "\n".join(lines)

"""The gazetteer: known entities and their aliases, in the gold file's entity format.

    {"entities": [{"type": "Company", "name": "Meta", "aliases": ["Meta公司"]}, ...]}

kg ships one (kg/data/gazetteer.json, widely known AI-industry names only); a user's file
given with --gazetteer extends it, and an entry of the same type and name replaces the
shipped one. `"reject": true` in a user entry removes a name from the shipped list.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from .errors import InputError
from .normalize import key
from .schema import ENTITY_TYPES


@dataclass(frozen=True)
class GazetteerEntry:
    type: str
    name: str
    aliases: tuple[str, ...] = ()

    @property
    def forms(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass
class Gazetteer:
    entries: list[GazetteerEntry] = field(default_factory=list)

    def by_key(self) -> dict[str, GazetteerEntry]:
        """Folded surface form -> entry; the first entry wins a form two entries share."""
        index: dict[str, GazetteerEntry] = {}
        for entry in self.entries:
            for form in entry.forms:
                index.setdefault(key(form), entry)
        return index


def _parse(data: object, source: str) -> list[tuple[GazetteerEntry, bool]]:
    if not isinstance(data, dict) or not isinstance(data.get("entities"), list):
        raise InputError(f"{source}: a gazetteer is a JSON object with an \"entities\" list")
    out = []
    for i, raw in enumerate(data["entities"]):
        where = f"{source}: entities[{i}]"
        if not isinstance(raw, dict):
            raise InputError(f"{where} is not an object")
        etype, name = raw.get("type"), raw.get("name")
        if etype not in ENTITY_TYPES:
            raise InputError(f"{where}: type must be one of {', '.join(ENTITY_TYPES)}, not {etype!r}")
        if not isinstance(name, str) or not name.strip():
            raise InputError(f"{where}: name must be a non-empty string")
        aliases = raw.get("aliases") or []
        if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
            raise InputError(f"{where}: aliases must be a list of non-empty strings")
        entry = GazetteerEntry(etype, name.strip(), tuple(a.strip() for a in aliases))
        out.append((entry, bool(raw.get("reject"))))
    return out


def _read(path: Path) -> object:
    try:
        return json.loads(path.read_text(encoding="utf-8-sig"))
    except FileNotFoundError as exc:
        raise InputError(f"gazetteer {path} does not exist") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read gazetteer {path}: {exc}") from exc
    except json.JSONDecodeError as exc:
        raise InputError(f"gazetteer {path} is not valid JSON: line {exc.lineno} column {exc.colno}: {exc.msg}") from exc


def load(extra: list[str | Path] | None = None, *, builtin: bool = True) -> Gazetteer:
    entries: dict[tuple[str, str], GazetteerEntry] = {}
    if builtin:
        text = resources.files("kg").joinpath("data/gazetteer.json").read_text(encoding="utf-8")
        for entry, _ in _parse(json.loads(text), "built-in gazetteer"):
            entries[(entry.type, key(entry.name))] = entry
    for path in extra or []:
        for entry, reject in _parse(_read(Path(path)), str(path)):
            k = (entry.type, key(entry.name))
            if reject:
                entries.pop(k, None)
            else:
                entries[k] = entry
    return Gazetteer(list(entries.values()))

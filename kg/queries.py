"""Canned queries: the files in cypher/, loaded by name, checked, run on a store.

A query file is Neo4j 5 Cypher that pastes as-is into Neo4j Browser. It opens with a
comment header, and may close with block comments holding other dialects' variants:

    // name: recruited_from
    // description: People recruited from a company ...
    // param company: the company they left (example: OpenAI)
    // param limit: how many to list (default: 10)
    MATCH ...                       <- the Neo4j query
    /* variant: ladybug
    MATCH ...                       <- what the embedded store runs instead
    */

A parameter with a default is optional; the others are required. A file without a
header (`kg query my.cypher`) takes every `$name` it uses as a required parameter.
Stores say which variant they run through a `dialect` attribute ("ladybug", "neo4j").
"""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from .errors import QueryError

_PACKAGE = Path(__file__).resolve().parent
# cypher/ at the top of a checkout (editable installs); a built wheel installs it as kg/cypher
QUERY_DIR = next((d for d in (_PACKAGE.parent / "cypher", _PACKAGE / "cypher") if d.is_dir()), _PACKAGE / "cypher")
DEFAULT_DIALECT = "neo4j"

_VARIANT = re.compile(r"/\*\s*variant:\s*(\w+)[^\n]*\n(.*?)\*/", re.S)
_HEADER = re.compile(r"//\s*(name|description|param\s+(\w+))\s*:\s*(.*)")
_HINT = re.compile(r"\((example|default):\s*(.*)\)\s*$")
_PARAM_USE = re.compile(r"\$(\w+)")
_COMMENT = re.compile(r"//[^\n]*|/\*.*?\*/", re.S)


@dataclass(frozen=True)
class Param:
    name: str
    description: str = ""
    example: str | None = None
    default: str | int | None = None

    @property
    def required(self) -> bool:
        return self.default is None


@dataclass
class Query:
    name: str
    description: str
    path: Path
    params: list[Param] = field(default_factory=list)
    variants: dict[str, str] = field(default_factory=dict)  # dialect -> cypher

    def cypher(self, dialect: str = DEFAULT_DIALECT) -> str:
        """The text for a dialect: its variant if the file has one, else the Neo4j query."""
        return self.variants.get(dialect) or self.variants[DEFAULT_DIALECT]


def parse(text: str, path: Path) -> Query:
    """Read a query file's header, Neo4j text and variants."""
    variants = {m.group(1): m.group(2).strip() for m in _VARIANT.finditer(text)}
    variants[DEFAULT_DIALECT] = _VARIANT.sub("", text).strip()
    name, description, params = path.stem, "", {}
    for line in text.splitlines():
        line = line.strip()
        if not line.startswith("//"):
            break  # the header is the leading run of // lines
        m = _HEADER.fullmatch(line)
        if not m:
            continue
        key, pname, value = m.group(1), m.group(2), m.group(3).strip()
        if key == "name":
            name = value
        elif key == "description":
            description = value
        else:
            hint = _HINT.search(value)
            example = default = None
            if hint:
                value = value[:hint.start()].strip()
                raw = hint.group(2).strip()
                if hint.group(1) == "example":
                    example = raw
                else:
                    default = int(raw) if re.fullmatch(r"-?\d+", raw) else raw
            params[pname] = Param(pname, value, example, default)
    # Parameters a query uses without declaring them are required, with no hint.
    for text_ in variants.values():
        for used in _PARAM_USE.findall(_COMMENT.sub("", text_)):
            params.setdefault(used, Param(used))
    return Query(name=name, description=description, path=path,
                 params=list(params.values()), variants=variants)


def list_queries(directory: Path = QUERY_DIR) -> list[Query]:
    return [read(p) for p in sorted(Path(directory).glob("*.cypher"))]


def read(path: str | Path) -> Query:
    p = Path(path)
    try:
        return parse(p.read_text(encoding="utf-8"), p)
    except (OSError, UnicodeDecodeError) as exc:
        raise QueryError(f"cannot read query file {p}: {getattr(exc, 'strerror', None) or exc}") from exc


def load(name_or_path: str, directory: Path = QUERY_DIR) -> Query:
    """A canned query by name, or any .cypher file by path."""
    candidate = Path(name_or_path)
    if name_or_path.endswith(".cypher") or candidate.is_file():
        if not candidate.is_file():
            raise QueryError(f"no query file at {candidate}")
        return read(candidate)
    path = Path(directory) / f"{name_or_path}.cypher"
    if not re.fullmatch(r"\w+", name_or_path) or not path.is_file():
        names = ", ".join(q.name for q in list_queries(directory)) or "none"
        raise QueryError(f"unknown query {name_or_path!r}: the canned queries are {names} "
                         f"(`kg query --list` describes them)")
    return read(path)


def parse_params(pairs: list[str] | tuple[str, ...]) -> dict[str, str]:
    """`["company=OpenAI", ...]` -> {"company": "OpenAI"}; the value may contain '='."""
    out = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise QueryError(f"--param {pair!r} is not KEY=VALUE (example: --param company=OpenAI)")
        out[key.strip()] = value
    return out


def bind(query: Query, given: dict) -> dict:
    """Check the given parameters against the query's and fill in defaults."""
    known = {p.name: p for p in query.params}
    for key in given:
        if key not in known:
            takes = ", ".join(known) or "no parameters"
            raise QueryError(f"query {query.name} has no parameter {key!r} (it takes: {takes})")
    bound = {}
    for p in query.params:
        if p.name in given:
            value = given[p.name]
            if isinstance(p.default, int) and not isinstance(value, int):
                try:
                    value = int(str(value).strip())
                except ValueError:
                    raise QueryError(f"parameter {p.name} of query {query.name} must be a whole "
                                     f"number, not {value!r}") from None
            bound[p.name] = value
        elif p.required:
            example = p.example or "..."
            raise QueryError(f"query {query.name} needs parameter {p.name!r}"
                             f"{': ' + p.description if p.description else ''} "
                             f"(example: --param {p.name}={example})")
        else:
            bound[p.name] = p.default
    return bound


def run(query: Query, store, params: dict | None = None) -> tuple[list[str], list[list]]:
    """Bind the parameters and run the store's dialect of the query on an open store."""
    dialect = getattr(store, "dialect", DEFAULT_DIALECT)
    return store.run(query.cypher(dialect), bind(query, params or {}))


# --- a readable table ----------------------------------------------------------------

def cell_text(value) -> str:
    """A value as one line of plain text: lists joined by ' | ', no control characters."""
    if value is None:
        text = ""
    elif isinstance(value, list):
        text = " | ".join(cell_text(v) for v in value)
    elif isinstance(value, dict):
        text = json.dumps(value, ensure_ascii=False, default=str)
    elif isinstance(value, float):
        text = f"{value:g}"
    else:
        text = str(value)
    # A newline or an escape sequence from an article must not break the layout.
    return "".join(" " if unicodedata.category(ch) == "Cc" else ch for ch in text)


def width(text: str) -> int:
    """Terminal columns: East Asian wide and fullwidth characters take two, combining marks none."""
    total = 0
    for ch in text:
        if unicodedata.combining(ch):
            continue
        total += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return total


def clip(text: str, limit: int) -> str:
    if width(text) <= limit:
        return text
    out, used = [], 0
    for ch in text:
        w = width(ch)
        if used + w > limit - 1:
            break
        out.append(ch)
        used += w
    return "".join(out) + "…"


def pad(text: str, size: int) -> str:
    return text + " " * (size - width(text))


def format_table(columns: list[str], rows: list[list], max_cell: int = 60) -> str:
    """Columns aligned by display width, a rule under the header, long cells clipped."""
    cells = [[clip(cell_text(v), max_cell) for v in row] for row in rows]
    heads = [clip(cell_text(c), max_cell) for c in columns]
    sizes = [max([width(h)] + [width(r[i]) for r in cells]) for i, h in enumerate(heads)]
    lines = ["  ".join(pad(h, s) for h, s in zip(heads, sizes)).rstrip(),
             "  ".join("-" * s for s in sizes)]
    lines += ["  ".join(pad(c, s) for c, s in zip(row, sizes)).rstrip() for row in cells]
    return "\n".join(lines)


def format_list(queries: list[Query]) -> str:
    """`kg query --list`: each name and description, then its parameters."""
    lines = []
    size = max((len(q.name) for q in queries), default=0)
    for q in queries:
        lines.append(f"{q.name.ljust(size)}  {q.description}")
        for p in q.params:
            hint = f" (example: {p.example})" if p.example else (
                f" (default: {p.default})" if p.default is not None else "")
            lines.append(f"{'':{size}}    --param {p.name}=...  {p.description}{hint}")
    return "\n".join(lines)

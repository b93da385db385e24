"""The lexicon: every surface form known to name an entity, and which forms are one.

It starts from the gazetteer and grows while articles are read (a name followed by
its English form in brackets, an unknown name with a cue word). Forms learnt in one
article hold for the whole corpus, except short forms (弗里德曼 after 纳特·弗里德曼,
Scout after Llama 4 Scout), which hold only in the article that introduced them.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from ..gazetteer import Gazetteer
from ..normalize import fold, key

# How much a rule's type vote weighs when one form gets several types.
STRENGTH = {"gazetteer": 100, "pair": 5, "pattern": 3, "cue": 2, "shape": 2}


@dataclass
class Lexicon:
    forms: dict[str, str] = field(default_factory=dict)  # key -> a folded surface form
    votes: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    rules: dict[str, str] = field(default_factory=dict)  # key -> rule that first found it
    canonical: dict[str, str] = field(default_factory=dict)  # key -> gazetteer name
    links: list[tuple[str, str, str]] = field(default_factory=list)  # (key, key, rule)
    scoped: dict[str, dict[str, str]] = field(default_factory=lambda: defaultdict(dict))  # article -> short key -> full key
    rejected: list[dict] = field(default_factory=list)
    acronyms: dict[str, str] = field(default_factory=dict)  # key -> all-caps word awaiting a long form
    unit_names: dict[str, str] = field(default_factory=dict)  # organisation unit key -> its descriptor

    @classmethod
    def from_gazetteer(cls, gaz: Gazetteer) -> "Lexicon":
        lex = cls()
        for entry in gaz.entries:
            root = key(entry.name)
            for form in entry.forms:
                k = key(form)
                if not k:
                    continue
                lex.add(form, entry.type, f"gazetteer:{entry.name}")
                lex.canonical.setdefault(k, entry.name)
                if k != root:
                    lex.link(root, k, f"gazetteer:{entry.name}")
        return lex

    def add(self, form: str, etype: str, rule: str) -> str:
        k = key(form)
        if not k:
            return k
        self.forms.setdefault(k, fold(form.strip()))  # the gazetteer may spell it in traditional script
        self.rules.setdefault(k, rule)
        self.votes[k][etype] += STRENGTH.get(rule.split(":", 1)[0], 1)
        return k

    def link(self, a: str, b: str, rule: str) -> None:
        if a and b and a != b:
            self.links.append((a, b, rule))

    def linked(self, k: str) -> set[str]:
        """The keys a rule linked to k directly."""
        return {b for a, b, _ in self.links if a == k} | {a for a, b, _ in self.links if b == k}

    def type_of(self, k: str) -> str | None:
        votes = self.votes.get(k)
        if not votes:
            return None
        return sorted(votes.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]

    def tail_of_type(self, run: str, *types: str) -> str | None:
        """The longest end of run (two characters or more) already read as one of types: …执行长早濑直人 -> 早濑直人."""
        return next((run[i:] for i in range(len(run) - 1) if self.type_of(key(run[i:])) in types), None)

    def reject(self, article: str, text: str, why: str) -> None:
        self.rejected.append({"article": article, "text": text, "why": why})

    def pattern(self) -> re.Pattern:
        """One regex matching every global form, longest first, on folded text."""
        parts = []
        for k, form in sorted(self.forms.items(), key=lambda kv: (-len(kv[1]), kv[1])):
            parts.append(form_regex(form))
        return re.compile("|".join(parts)) if parts else re.compile(r"(?!x)x")


_SEP_CLASS = "[·・•‧.\\-_ ]?"


def form_regex(form: str) -> str:
    """A regex for a surface form: separators optional, spaces flexible, Latin edges bounded."""
    out = []
    for i, ch in enumerate(form):
        if i and ch.isalnum() and form[i - 1].isalnum() and ch.isascii() != form[i - 1].isascii():
            out.append("\\s?")  # 混元T1 is also written 混元 T1, Meta超级智能实验室 Meta 超级智能实验室
        if ch in "·・•‧":
            out.append("[·・•‧]?")
        elif ch.isspace():
            out.append("(?:\\s*|-)")  # Hunyuan T1, Hunyuan-T1
        elif ch == "-":
            out.append("[\\- ]?")
        elif ch.isascii() and ch.isalpha() and (len(form) > 3 and not form.isupper()):
            out.append(f"[{ch.lower()}{ch.upper()}]")
        else:
            out.append(re.escape(ch))
    body = "".join(out)
    if form[:1].isascii() and form[:1].isalnum():
        body = "(?<![A-Za-z0-9])" + body
    if form[-1:].isascii() and form[-1:].isalnum():
        body = body + "(?![A-Za-z0-9])"
    return f"(?:{body})"

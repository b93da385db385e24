"""Relation rules: regular expressions over a sentence in which every mention is a slot.

A sentence such as "Meta CEO 马克·扎克伯格接受采访" is rewritten as "{C0} CEO {P1}接受采访"
(C Company, P Person, K Cluster, M Model; the number is the mention's index), and
he/she (他/她) become a slot of the person they refer to. The rules below then read
the Chinese (and English) ways of saying who leads, who joined from where, and who
builds what. A clause with no person of its own takes the sentence's or the
paragraph's last person as its subject (…,并担任 GitHub 首席执行官).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .. import EXTRACTOR_VERSION
from ..types import Article, Evidence, Mention, RelationCandidate
from . import cues

LETTER = {"Person": "P", "Company": "C", "Cluster": "K", "Model": "M"}


def _alt(words) -> str:
    return "|".join(re.escape(w).replace("\\ ", "\\s*") for w in sorted(set(words), key=len, reverse=True))


HEAD = rf"(?:联合)?(?:{_alt(t for t in cues.HEAD_TITLES if t not in ('总裁',))}|(?<!副)总裁)"
JOIN = rf"(?:将|也将|也|已|已经|正式|宣布|即将|随后|后来|刚刚|近日)?\s*(?:{_alt(cues.JOIN_VERBS)})"
POACH = _alt(cues.POACH_VERBS)
BUILD = _alt(cues.BUILD_VERBS)
LEADV = _alt(cues.LEAD_VERBS)
FOUND = _alt(cues.FOUND_VERBS)
COPULA = r"(?:是|为|系|作为|担任|出任|现任|任|成为|升任|曾任|曾担任|曾是|也是|目前是|现在是|此前是|同时是|同时担任|兼任)"
GAP = r"[^{}。！？]"  # text with no mention in it
TIGHT = r"[^{}。！？，,；;]"  # the same, within one clause
PRE_HEAD = rf"(?:(?:联合)?创始人\s*(?:兼|和|、|及)\s*|{TIGHT}{{0,3}}?)"  # 联合创始人兼 CEO
ANY = r"(?:[^。！？{}]|\{[MK]\d+\})"  # text that may hold models and clusters
P, C, MK = r"\{P(\d+)\}", r"\{C(\d+)\}", r"\{[MK](\d+)\}"

RULES_LEADS = [
    ("leads:company-title-person", re.compile(rf"{C}\s*(?:的)?\s*{PRE_HEAD}{HEAD}(?:\s*(?:兼|、|和|及|/)\s*{TIGHT}{{0,8}}?)?\s*{TIGHT}{{0,2}}?{P}")),
    ("leads:person-is-title", re.compile(rf"{P}\s*[,，]?\s*{COPULA}\s*{GAP}{{0,10}}?{C}\s*(?:的)?\s*{PRE_HEAD}{HEAD}")),
    ("leads:person-verb-company", re.compile(rf"{P}\s*{GAP}{{0,10}}?(?:{LEADV})\s*(?:了|着)?\s*{C}")),
    ("leads:english-title-of", re.compile(rf"{P}\s*,\s*(?:the\s+)?(?:CEO|chief executive|head|chief scientist|co-founder and CEO)\s+(?:of|at)\s+{C}", re.I)),
]
# the same, with the subject taken from the context
RULES_LEADS_CARRIED = [
    ("leads:carried-is-title", re.compile(rf"^\s*(?:并|且|同时|还|也|目前|现|现在|此前|曾)?\s*{COPULA}\s*{GAP}{{0,10}}?{C}\s*(?:的)?\s*{PRE_HEAD}{HEAD}")),
    ("leads:carried-verb-company", re.compile(rf"^{GAP}{{0,12}}?(?:{LEADV})\s*(?:了|着)?\s*{C}")),
]

RULES_FROM = [
    ("recruited:from-company-person", re.compile(rf"来自\s*{C}\s*(?:的)?\s*{GAP}{{0,10}}?{P}")),
    ("recruited:person-from-company", re.compile(rf"{P}\s*{GAP}{{0,6}}?来自\s*{C}")),
    ("recruited:former-company-person-joins", re.compile(rf"(?:前|原)\s*{C}\s*{GAP}{{0,10}}?{P}{ANY}{{0,20}}?{JOIN}")),
    ("recruited:once-at-company-person-joins", re.compile(rf"曾(?:经)?\s*(?:在|于|参与|任职于|就职于|效力于|供职于|担任|是)?\s*{C}{ANY}{{0,30}}?的\s*{GAP}{{0,10}}?{P}\s*{GAP}{{0,6}}?{JOIN}")),
    ("recruited:person-from-company-joins", re.compile(rf"{P}\s*{GAP}{{0,8}}?(?:从|自)\s*{C}\s*{GAP}{{0,12}}?(?:{JOIN}|跳槽|离职|出走)")),
    ("recruited:person-left-company-joins", re.compile(rf"{P}\s*{GAP}{{0,8}}?(?:离开|离职|辞去|告别|出走)\s*(?:了)?\s*{C}{ANY}{{0,30}}?{JOIN}")),
    ("recruited:company-poached-from", re.compile(rf"{C}\s*{GAP}{{0,8}}?从\s*{C}\s*{GAP}{{0,6}}?(?:{POACH})\s*(?:了|走)?\s*{GAP}{{0,10}}?{P}")),
    ("recruited:poached-company-person", re.compile(rf"(?:{POACH})\s*(?:了|走)?\s*{GAP}{{0,4}}?{C}\s*(?:的)?\s*{GAP}{{0,10}}?{P}")),
    ("recruited:english-joins-from", re.compile(rf"{P}\s*{GAP}{{0,20}}?\bjoin(?:s|ed)?\s+{C}\s+from\s+{C}", re.I)),
]

RULES_WORKS = [
    ("works:person-joins-company", re.compile(rf"{P}\s*{GAP}{{0,12}}?{JOIN}\s*(?:了)?\s*{C}")),
    ("works:company-staff-person", re.compile(rf"{C}\s*(?:的)?\s*(?:研究员|工程师|科学家|研究科学家|记者|员工|成员|副总裁|高管|主管|总监)\s*{GAP}{{0,2}}?{P}")),
    ("works:person-at-company", re.compile(rf"{P}\s*{GAP}{{0,4}}?(?:在|于)\s*{C}\s*(?:工作|任职|就职)")),
]
RULES_WORKS_CARRIED = [
    ("works:carried-joins-company", re.compile(rf"^{GAP}{{0,8}}?{JOIN}\s*(?:了)?\s*{C}")),
]

RULES_FOUNDED = [
    ("founded:person-founded-company", re.compile(rf"{P}\s*{GAP}{{0,12}}?(?:{FOUND})\s*(?:了)?\s*{GAP}{{0,10}}?{C}")),
    ("founded:company-founder-person", re.compile(rf"{C}\s*(?:的)?\s*(?:联合)?创始人\s*(?:兼\s*{TIGHT}{{0,8}}?)?{P}")),
    ("founded:person-is-founder", re.compile(rf"{P}\s*{COPULA}\s*{GAP}{{0,10}}?{C}\s*(?:的)?\s*(?:联合)?创始人")),
]
RULES_FOUNDED_CARRIED = [
    ("founded:carried-founded-company", re.compile(rf"^{GAP}{{0,12}}?(?:{FOUND})\s*(?:了)?\s*{GAP}{{0,10}}?{C}")),
]

RULES_BUILDS = [
    ("builds:company-of-model", re.compile(rf"{C}\s*(?:的|旗下的|旗下|自家的|家的)\s*{MK}")),
    ("builds:company-model-adjacent", re.compile(rf"{C} ?{MK}")),
    ("builds:model-is-by-company", re.compile(rf"{MK}\s*(?:系列)?\s*(?:模型)?\s*(?:是|为|由)\s*{C}\s*(?:所|公司)?\s*(?:{BUILD})")),
    ("builds:by-company-model", re.compile(rf"由\s*{C}\s*(?:{BUILD})\s*的\s*{GAP}{{0,10}}?{MK}")),
]
BUILD_VERB = re.compile(rf"{C}(?:[^{{}}。！？；;]|\{{[MKP]\d+\}}){{0,25}}?(?:{BUILD})")
SLOT = re.compile(r"\{([PCKM])(\d+)\}")
PRONOUN = re.compile(r"(?<![其])[他她](?![们們])")
CLAUSE_END = re.compile(r"[，,；;。！？：:(（]")

CONFIDENCE = {"leads": 0.85, "recruited": 0.8, "works": 0.7, "founded": 0.8, "builds": 0.85}


@dataclass
class _Sent:
    template: str
    slots: list[Mention]


def _template(article: Article, folded: str, sent, mentions: list[Mention], last_person: Mention | None) -> _Sent:
    """The sentence with mentions (and he/she) replaced by typed slots."""
    out, slots, pos = [], [], sent.start
    spans = [(m.start, m.end, m) for m in mentions]
    # pronouns refer to the last person named before them
    for pm in PRONOUN.finditer(folded, sent.start, sent.end):
        if not any(s <= pm.start() < e for s, e, _ in spans):
            spans.append((pm.start(), pm.end(), None))
    spans.sort(key=lambda x: x[0])
    current_person = last_person
    previous = None
    for s, e, m in spans:
        if s < pos:
            continue
        if m is not None and previous is not None and m.type == previous.type \
                and folded[previous.end:s].strip() in ("(", "（"):
            close = re.compile(r"[^)）]{0,30}[)）]").match(folded, e)
            pos = close.end() if close else e  # 赵晟佳(Shengjia Zhao): one name, one slot
            continue
        previous = m
        out.append(folded[pos:s])
        if m is None:
            if current_person is None:
                out.append(folded[s:e])
            else:
                out.append("{P%d}" % len(slots))
                slots.append(current_person)
        else:
            out.append("{%s%d}" % (LETTER[m.type], len(slots)))
            slots.append(m)
            if m.type == "Person":
                current_person = m
        pos = e
    out.append(folded[pos:sent.end])
    return _Sent("".join(out), slots)


def extract_relations(article: Article, mentions: list[Mention], folded: str) -> list[RelationCandidate]:
    by_sentence: dict[int, list[Mention]] = {}
    for m in mentions:
        by_sentence.setdefault(m.sentence, []).append(m)
    found: list[RelationCandidate] = []
    last_person: Mention | None = None
    last_company: Mention | None = None
    recruited: dict[str, list[Mention]] = {}  # person key -> companies they came from
    colleagues: list[tuple[Mention, Mention, object]] = []
    joined: set[str] = set()
    past_roles: list[tuple[Mention, Mention, object]] = []

    def add(kind: str, rule: str, head: Mention, tail: Mention, sent) -> None:
        if head is None or tail is None or head.alias_of == tail.alias_of:
            return
        ev = Evidence(article=article.id, sentence=sent.text, start=sent.start, end=sent.end,
                      rule=rule, extractor=EXTRACTOR_VERSION, date=article.date)
        found.append(RelationCandidate(kind, head, tail, ev, CONFIDENCE[rule.split(":")[0]]))
        if kind == "RECRUITED_FROM":
            recruited.setdefault(head.alias_of, []).append(tail)
        if kind == "WORKS_AT" and "join" in rule:
            joined.add(head.alias_of)

    for sent in article.sentences:
        ms = sorted(by_sentence.get(sent.index, []), key=lambda m: m.start)
        # a text with no break between sentences keeps the paragraph's topic only
        if "\n" in article.text[max(0, sent.start - 2):sent.start]:
            last_person = last_person if _same_paragraph(article, sent, last_person) else None
        st = _template(article, folded, sent, ms, last_person)
        t, slots = st.template, st.slots
        if ms or slots:
            def run(rules, kind, head_group=None, swap=False):
                for rule, rx in rules:
                    for m in rx.finditer(t):
                        ids = [int(g) for g in m.groups() if g is not None]
                        head, tail = slots[ids[0]], slots[ids[-1]]
                        if swap:
                            head, tail = tail, head
                        if head_group == "person-first" and head.type != "Person":
                            head, tail = tail, head
                        yield rule, head, tail, m
            for rule, a, b, _ in run(RULES_LEADS, "LEADS", "person-first"):
                add("LEADS", rule, a, b, sent)
            for rule, a, b, _ in run(RULES_FOUNDED, "FOUNDED", "person-first"):
                add("FOUNDED", rule, a, b, sent)
            for rule, a, b, _ in run(RULES_WORKS, "WORKS_AT", "person-first"):
                add("WORKS_AT", rule, a, b, sent)
            for rule, rx in RULES_FROM:
                for m in rx.finditer(t):
                    ids = [int(g) for g in m.groups() if g is not None]
                    people = [slots[i] for i in ids if slots[i].type == "Person"]
                    companies = [slots[i] for i in ids if slots[i].type == "Company"]
                    if not people or not companies:
                        continue
                    source = companies[1] if rule == "recruited:company-poached-from" else companies[0]
                    if rule == "recruited:english-joins-from":
                        source = companies[-1]
                    add("RECRUITED_FROM", rule, people[0], source, sent)
            for rule, a, b, _ in run(RULES_BUILDS, "BUILDS", swap=False):
                head, tail = (a, b) if a.type == "Company" else (b, a)
                add("BUILDS", rule, head, tail, sent)
            _builds_by_verb(t, slots, sent, add)
            _possessive_qi(t, slots, sent, add, last_company)
            # clauses without a person of their own
            subject = last_person
            for clause_start, clause in _clauses(t):
                own = SLOT.search(clause)
                if own and own.group(1) == "P" and own.start() < 3:
                    subject = slots[int(own.group(2))]
                    continue
                people_before = [slots[int(x.group(2))] for x in SLOT.finditer(t[:clause_start]) if x.group(1) == "P"]
                carried = people_before[-1] if people_before else subject
                if carried is None:
                    continue
                for rules, kind in ((RULES_LEADS_CARRIED, "LEADS"), (RULES_WORKS_CARRIED, "WORKS_AT"),
                                    (RULES_FOUNDED_CARRIED, "FOUNDED")):
                    for rule, rx in rules:
                        for m in rx.finditer(clause):
                            add(kind, rule, carried, slots[int(m.group(1))], sent)
            # 他的同事 X 也将加入 ...: X came from where the colleague came from
            for m in re.finditer(rf"{P}\s*的\s*(?:前)?同事\s*{P}\s*{GAP}{{0,6}}?{JOIN}", t):
                colleagues.append((slots[int(m.group(1))], slots[int(m.group(2))], sent))
            # 在此之前 / 此前 ...: the roles that follow were held before the current job
            marker = re.search(_alt(cues.PAST_MARKERS), t)
            if marker:
                after = t[marker.end():]
                people = [slots[int(x.group(2))] for x in SLOT.finditer(after) if x.group(1) == "P"]
                person = people[0] if people and re.match(r"\s*[,，]?\s*\{P", after) else None
                person = person or (people[0] if people else last_person)
                for x in SLOT.finditer(after):
                    if x.group(1) == "C" and person is not None:
                        past_roles.append((person, slots[int(x.group(2))], sent))
        for m in ms:
            if m.type == "Person":
                last_person = m
            elif m.type == "Company":
                last_company = m
        persons_in = [s for s in slots if s.type == "Person"]
        if persons_in:
            last_person = persons_in[-1]

    for person, company, sent in past_roles:
        if person.alias_of in joined and not recruited.get(person.alias_of):
            add("RECRUITED_FROM", "recruited:role-before-joining", person, company, sent)
    for first, colleague, sent in colleagues:
        for company in recruited.get(first.alias_of, []):
            add("RECRUITED_FROM", "recruited:colleague-of", colleague, company, sent)
    return found


def _same_paragraph(article: Article, sent, person: Mention | None) -> bool:
    if person is None:
        return False
    between = article.text[person.end:sent.start]
    return "\n\n" not in between and between.count("\n") <= 1


def _clauses(t: str):
    start = 0
    for m in CLAUSE_END.finditer(t):
        yield start, t[start:m.start()]
        start = m.end()
    yield start, t[start:]


def _builds_by_verb(t: str, slots, sent, add) -> None:
    """{C} ... 推出/建设 ... {M}、{M}和{K}: every model and cluster after the verb, to the clause end."""
    for m in BUILD_VERB.finditer(t):
        company = slots[int(m.group(1))]
        rest = t[m.end():]
        end = re.search(r"[，,；;。！？]|\{C\d+\}", rest)
        for x in SLOT.finditer(rest[: end.start() if end else len(rest)]):
            if x.group(1) in "MK":
                add("BUILDS", "builds:company-verb-model", company, slots[int(x.group(2))], sent)


def _possessive_qi(t: str, slots, sent, add, last_company) -> None:
    """其 Llama 系列模型: 其 is the company the sentence (or the one before) is about."""
    for m in re.finditer(rf"其\s*{MK}", t):
        before = [slots[int(x.group(2))] for x in SLOT.finditer(t[:m.start()]) if x.group(1) == "C"]
        company = before[0] if before else last_company
        if company is not None:
            add("BUILDS", "builds:its-model", company, slots[int(m.group(1))], sent)

"""Finding mentions: rules that discover names no list knows, then matching every known form.

Pass 1, `discover(article, folded, lexicon)`, reads an article for new names with the rules
of people.py, brackets.py, organisations.py and products.py; `finalize(lexicon)` then joins
what needs the whole corpus (acronyms, suffix variants, translated units).
Pass 2, `find_mentions(article, folded, lexicon, pattern)`, matches every known form in
the article (longest first) plus the article's own short forms (弗里德曼 after 纳特·弗里德曼,
Scout after Llama 4 Scout, 深衡 after 深衡智能) unless two full names of the article share them.
"""
from __future__ import annotations

import re

from ..normalize import key
from ..types import Article, Mention
from . import cues
from .brackets import brackets, cjk_abbreviations, declared_short_names, latin_cjk_pairs
from .lexicon import Lexicon, form_regex
from .organisations import (cjk_company_names, english_units, legal_names, media_names, model_owners, model_teams, named_units,
                            org_before_title, org_units, regional_offices,
                            standalone_labs, suffix_variants)
from .people import dot_names, japanese_names, latin_names, listed_names, native_names, tagged_names
from .products import (campuses, clusters, cjk_versioned_models, company_versions, cue_named_models, decimal_versions,
                       facilities, listed_kinds, models, named, named_after_model_word, native_clusters, numbered_clusters,
                       shaped_models, versioned_chinese_models)
from .text import DOTS, dictionary_word, initials, place_name


def discover(article: Article, folded: str, lex: Lexicon) -> None:
    dot_names(article, folded, lex)
    org_units(article, folded, lex)
    japanese_names(article, folded, lex)  # names read before the brackets, which pair them with their romanisation
    native_names(article, folded, lex)
    listed_names(article, folded, lex)
    regional_offices(article, folded, lex)
    brackets(article, folded, lex)
    tagged_names(article, folded, lex)
    named_after_model_word(article, folded, lex)
    cue_named_models(article, folded, lex)
    models(article, folded, lex)
    shaped_models(article, folded, lex)
    named(article, folded, lex)
    clusters(article, folded, lex)
    listed_kinds(article, folded, lex)
    versioned_chinese_models(article, folded, lex)
    company_versions(article, folded, lex)
    decimal_versions(article, folded, lex)
    standalone_labs(article, folded, lex)
    latin_names(article, folded, lex)
    org_units(article, folded, lex)
    latin_cjk_pairs(article, folded, lex)
    cjk_abbreviations(article, folded, lex)
    media_names(article, folded, lex)
    cjk_company_names(article, folded, lex)
    legal_names(article, folded, lex)
    org_before_title(article, folded, lex)
    cjk_versioned_models(article, folded, lex)
    native_clusters(article, folded, lex)
    numbered_clusters(article, folded, lex)
    campuses(article, folded, lex)
    facilities(article, folded, lex)  # after the companies, which may own a centre (数码港人工智能超算中心)
    model_owners(article, folded, lex)
    model_teams(article, folded, lex)
    named_units(article, folded, lex)
    declared_short_names(article, folded, lex)


def finalize(lex: Lexicon) -> None:
    """Corpus-wide rules that need every article read: acronyms and organisation units."""
    companies = [(k, f) for k, f in lex.forms.items() if lex.type_of(k) == "Company" and len(f.split()) > 1]
    typed = {k: f for k, f in lex.forms.items() if lex.type_of(k) == "Company" and f.isupper() and 2 <= len(f) <= 6}
    for ak, acronym in {**lex.acronyms, **typed}.items():
        if ak in lex.forms and ak not in typed:
            continue
        # only exact initials here: a looser spelling is trusted only right beside its
        # long form, in brackets (brackets.spelt_by), not across a corpus (MSRA is not Mistral AI)
        longs = [k for k, f in companies if initials(f.split()) == acronym
                 or "".join(w[0] for w in f.split()).upper() == acronym]
        if len(longs) == 1:
            lex.add(acronym, "Company", "pair:acronym")
            lex.link(longs[0], ak, "pair:acronym")
    suffix_variants(lex)
    english_units(lex)
    for unit, desc in lex.unit_names.items():
        if lex.type_of(key(desc)) == "Company":  # Seed, met as a name after 字节跳动Seed团队
            lex.link(unit, key(desc), "pattern:unit-named")


HONORIFIC = re.compile(r"([\u4e00-\u9fff]{1,2}?)(老师|总|董|教授|社长|老板|博士|院士|先生|女士)$")
# what a unit's name can start with that names nothing by itself: 模型实验室, 算力中心
PLAIN_STEMS = ("模型", "大模型", "算力", "数据", "研究", "人工智能", "基础", "应用", "计算", "具身", "多模态", "机器人", "智驾",
               "自动驾驶", "视觉", "语音", "感知", "推理", "训练")  # 具身 of 衡舟具身实验室: what it studies


def find_mentions(article: Article, folded: str, lex: Lexicon, pattern: re.Pattern) -> list[Mention]:
    found: list[tuple[int, int, str]] = []  # start, end, lexicon key
    for m in pattern.finditer(folded):
        found.append((m.start(), m.end(), key(m.group(0))))
    # the article's own short forms (弗里德曼 after 纳特·弗里德曼), only where no longer
    # mention covers them, and only when a single full name of the article gives them
    full_keys = {k for _, _, k in found}
    givers: dict[str, set[str]] = {}
    for short, full in lex.scoped.get(article.id, {}).items():
        # a full name the text never spells out (Midjourney 发布 V7) still owns its short form
        if (full in full_keys or lex.rules.get(full) == "shape:company-version") and short not in lex.forms:
            givers.setdefault(short, set()).add(full)
    for k in full_keys:
        if lex.type_of(k) != "Person":
            continue
        form = lex.forms[k]
        parts = re.split(f"[{DOTS}]", form)
        if len(parts) < 2 and form.isascii() and len(form.split()) >= 2:
            parts = form.split()  # Ilya Sutskever -> Ilya, Sutskever
            parts = [p for p in (parts[0], parts[-1]) if len(p) >= 3 and p[0].isupper()]
        if len(parts) >= 2:
            for part in (parts[0], parts[-1]):
                if len(part) >= 2 and key(part) not in lex.forms:
                    givers.setdefault(key(part), set()).add(k)
    for k in full_keys:
        form = lex.forms[k]
        words = form.split()
        if lex.type_of(k) in ("Cluster", "Model") and form.isascii() and len(words) >= 2 \
                and words[0][:1].isupper() and not any(ch.isdigit() for ch in words[0]):
            # Rainier after Project Rainier, Sonnet 4.5 after Claude Sonnet 4.5
            rest = " ".join(words[1:])
            if len(rest) >= 4 and (lex.type_of(k) == "Cluster" or any(ch.isdigit() for ch in rest)):
                givers.setdefault(key(rest), set()).add(k)
        if lex.type_of(k) == "Company" and form.endswith(("智能", "科技", "智算", "算力", "研究院", "实验室", "数科", "集团", "量化", "汽车", "智驾", "液冷")) and len(form) >= 4:
            stem = form[:-3] if form.endswith(("研究院", "实验室")) else form[:-2]
            if not place_name(stem) and stem not in PLAIN_STEMS \
                    and not (form.endswith("汽车") and dictionary_word(stem)):  # 台湾 in 台湾智算 is the island; 通用 in 通用汽车 a word
                givers.setdefault(key(stem), set()).add(k)  # 深衡 after 深衡智能, 智源 after 智源研究院
        if lex.type_of(k) == "Company" and form.isascii() and len(words) == 2 \
                and words[1] in ("Research", "Labs", "Lab", "AI", "Inc", "Inc.", "Technologies", "Robotics",
                                 "Computing", "Systems", "Intelligence", "Dynamics") \
                and len(words[0]) >= 4 and words[0] not in cues.LATIN_STOPWORDS:
            givers.setdefault(key(words[0]), set()).add(k)  # Parallax after Parallax Research
        unit = re.fullmatch(r"(.+?)\s*([A-Z][A-Za-z]{2,})", form) if lex.type_of(k) == "Company" else None
        if unit and lex.type_of(key(unit.group(1))) == "Company" and key(unit.group(2)) not in lex.forms \
                and unit.group(2) not in cues.COMPANY_SUFFIX_WORDS and unit.group(2) not in cues.LATIN_STOPWORDS:
            givers.setdefault(key(unit.group(2)), set()).add(k)  # Seed after 字节跳动Seed
    short_forms = {short: next(iter(fulls)) for short, fulls in givers.items() if len(fulls) == 1}
    occupied = [False] * len(folded)
    for s, e, _ in found:
        for i in range(s, e):
            occupied[i] = True
    for short, full in short_forms.items():
        for m in re.finditer(form_regex(short), folded, re.IGNORECASE if short.isascii() else 0):
            if any(occupied[m.start():m.end()]):
                continue
            if not short.isascii() and (dictionary_word(folded[max(0, m.start() - 1):m.start() + 1])
                                        or dictionary_word(folded[m.end() - 1:m.end() + 1])):
                continue  # 齐科 of 齐科·科尔特 inside 对齐科学: a word runs across the name's edge
            found.append((m.start(), m.end(), full))
    # 庞老师, 梁总, 林董: a surname and a form of address stand for the one person of the
    # article with that surname, and 植麟 for its one 杨植麟; with two or none, they stay as they are
    people = [k for k in full_keys if lex.type_of(k) == "Person" and not HONORIFIC.match(lex.forms[k])
              and re.fullmatch(r"[\u4e00-\u9fff]{2,4}", lex.forms[k])]
    for i, (s, e, k) in enumerate(found):
        form = lex.forms.get(k, "")
        addressed = HONORIFIC.match(form) if lex.type_of(k) == "Person" else None
        if addressed:
            named = [p for p in people if lex.forms[p].startswith(addressed.group(1)) and len(lex.forms[p]) > len(addressed.group(1))]
        elif lex.type_of(k) == "Person" and re.fullmatch(r"[\u4e00-\u9fff]{2}", form):
            named = [p for p in people if len(lex.forms[p]) == 3 and lex.forms[p].endswith(form)]  # 植麟 for 杨植麟
        else:
            continue
        if len(named) == 1:
            found[i] = (s, e, named[0])
    mentions = []
    for s, e, k in sorted(found):
        etype = lex.type_of(k)
        if etype is None:
            continue
        sent = next((x.index for x in article.sentences if x.start <= s < x.end), -1)
        mentions.append(Mention(
            article=article.id, sentence=sent, start=s, end=e, text=article.text[s:e], type=etype,
            rule=lex.rules.get(k, "short-form"), canonical=lex.canonical.get(k), alias_of=k,
        ))
    return mentions

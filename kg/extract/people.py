"""People: transliterated names joined by a dot (纳特·弗里德曼), native names after a title
(创始人林嘉禾) or found by the LAC tagger, and English names typed by cue words
(研究员Jason Wei, 创业公司 Safe Superintelligence, Perplexity的CEO) or an organisation suffix."""
from __future__ import annotations

import re

from ..normalize import is_cjk, key
from ..types import Article
from . import cues
from .lexicon import Lexicon
from .names import DOT_NAME, clean_dot_name, looks_like_personal_name, native_name_tail
from .text import (AFTER_NAME_CHARS, CJK, DOTS, NAME_BREAK_CHARS, NAME_TOKEN, VERSION_TOKEN, bracket_gloss,
                   dictionary_word, latin_candidates, latin_type, near, word_across)


def dot_names(article: Article, folded: str, lex: Lexicon) -> None:
    for m in DOT_NAME.finditer(folded):
        span = clean_dot_name(folded, m)
        if span is None:
            lex.reject(article.id, m.group(0), "dotted words that do not read as a transliterated name")
            continue
        start, end = span
        lex.add(folded[start:end], "Person", "pattern:dotted-name")


NATIVE_TITLES = ("研究员", "工程师", "科学家", "CEO", "创始人", "负责人", "首席执行官", "总裁", "董事长",
                 "教授", "记者", "同事", "副总裁", "主管", "总监", "合伙人", "掌门人", "技术官", "院长",
                 "执行长", "技术长", "创办人", "之一", "作者", "高管", "成员", "社长", "所长", "中心长", "部长",
                 "主任", "行政总裁", "架构师", "首席营运官", "首席研究官", "董事", "CTO", "COO", "CFO", "CPO",
                 "首席技术官", "首席运营官", "首席财务官", "首席产品官")


def native_names(article: Article, folded: str, lex: Lexicon) -> None:
    """A native Chinese name right after a title word: 创始人林嘉禾宣布, 研究员赵晟佳表示."""
    for m in re.finditer("|".join(NATIVE_TITLES), folded):
        p = m.end()
        while p < len(folded) and folded[p] == " ":
            p += 1
        if p >= len(folded) or folded[p] not in cues.SURNAMES:
            continue
        for n in (3, 2):
            cand = folded[p:p + n]
            if n == 3 and cand[2:] in ("曾", "也", "已", "将", "还", "就", "都", "又", "正", "仍", "即", "便", "则",
                                       "称", "说", "表", "指", "透", "认", "宣", "强", "坦", "直"):
                continue  # 霍乔曾是…: 曾 begins what follows the name
            follows = folded[p + n:p + n + 1]
            if len(cand) == n and all(is_cjk(c) for c in cand) and (
                    follows in AFTER_NAME_CHARS or not follows or folded[p + n:].startswith(cues.NAME_END_WORDS)):
                if cand[1] in "本该这那其我你他她" and cand[0] in "向对在和与于":
                    break  # 工程师向本刊表示: a preposition, not a surname
                if not any(c in NAME_BREAK_CHARS for c in cand[1:]) and not dictionary_word(cand) \
                        and lex.type_of(key(cand)) in (None, "Person"):
                    lex.add(cand, "Person", "cue:native-name-after-title")
                break


JAPANESE_NAME = re.compile(rf"({'|'.join(sorted(cues.JAPANESE_SURNAMES, key=len, reverse=True))})([{CJK}]{{1,3}})")


def japanese_names(article: Article, folded: str, lex: Lexicon) -> None:
    """A Japanese name in kanji after a title or before its romanisation: 社长田中邦裕表示,
    早濑直人(Naoto Hayase). A family name from the list, then the shortest given name that
    ends where a name can end."""
    for m in JAPANESE_NAME.finditer(folded):
        after_title = folded[max(0, m.start() - 12):m.start()].rstrip().endswith(NATIVE_TITLES)
        for n in (1, 2, 3):
            end = m.start(2) + n
            if end > m.end():
                break
            follows = folded[end:end + 12]
            romanised = re.match(r"\s*[(（]\s*[A-Z][a-z]+ [A-Z][a-z]+\s*[)）]", follows)
            ends = follows[:1] in AFTER_NAME_CHARS or follows[:1] in "则就都还又正仍即" \
                or follows.startswith(cues.NAME_END_WORDS + ("原本", "原来"))
            if (romanised or after_title and ends) and lex.type_of(key(folded[m.start():end])) in (None, "Person"):
                lex.add(folded[m.start():end], "Person", "cue:japanese-name")
            if romanised or ends:
                break  # 岛田明表示: the shortest name that ends well, not 岛田明表示


LIST_ITEM_NAME = re.compile(rf"^[ \t]*[·•・.\-*][ \t]*([{CJK}·]{{2,12}})", re.M)


def listed_names(article: Article, folded: str, lex: Lexicon) -> None:
    """The person who opens a line of a list of moves: · 罗文岚：Anthropic → xAI, · 小林健太:…"""
    for m in LIST_ITEM_NAME.finditer(folded):
        name = m.group(1)
        if MOVE_HEADLINE.match(folded, m.end()) and lex.type_of(key(name)) in (None, "Person") \
                and (native_name_tail(name) == name or DOT_NAME.fullmatch(name) or name[:2] in cues.JAPANESE_SURNAMES):
            lex.add(name, "Person", "cue:move-line")


COMPANY_KINDS = ("运营商", "服务商", "开发商", "供应商", "厂商", "公司", "企业", "新创", "初创", "集团", "机构")


def tagged_names(article: Article, folded: str, lex: Lexicon) -> None:
    """Native names the LAC tagger finds (only with the `lac` extra installed)."""
    from . import tagger

    if not tagger.available():
        return
    # 马克 in 马克·扎克伯格 is half a transliterated name, however native it looks
    halves = {key(part) for form in lex.forms.values() if any(d in form for d in DOTS)
              for part in re.split(f"[{DOTS}]", form)}
    people, employers = [], set()
    for s in article.sentences:
        for start, end in tagger.person_names(folded[s.start:s.end]):
            name = folded[s.start + start:s.start + end]
            if word_across(folded, s.start + start) or name[:1] == "于" and folded[s.start + start - 1:s.start + start] == "之":
                continue  # 转任鸿海, 出任可灵, 之于文心: LAC's name starts inside a word
            titled_next = re.match(r"\s*(?:[A-Z]{2,4}\b|首席|总)", folded[s.start + end:s.start + end + 4])
            if len(name) >= 3 and word_across(folded, s.start + end) or len(name) == 3 and (
                    name[1] == "总" or name[2] == "是" or name[2] == "任" and titled_next):
                name = name[:-1]  # 贺临亲自, 雷总会, 邓可是, 付筱任 CTO, 伊藤錬功不可没: the next word's first character
            if re.search(r"[\d万千百十几两多数]\s*$", folded[max(0, s.start + start - 3):s.start + start]) and name[0] in "张名位台块个":
                continue  # 1万张昇腾加速卡: a count, not 张昇腾
            if folded[max(0, s.start + start - 4):s.start + start].endswith(COMPANY_KINDS) \
                    or re.match(r"\s*(?:CEO|执行长|首席执行官|董事长|总裁|(?:联合|共同)?(?:创始人|创办人)|位于|旗下|自建|汽车|科技|智能|集团|资本|智驾|机器人)",
                                folded[s.start + end:s.start + end + 6]):
                continue  # 算力运营商华算云, 华算云 CEO 马骁, 兰西姆共同创办人, 凌岳汽车: a company, however like a name it reads
            if folded[s.start + start - 1:s.start + start] in ("在", "前", "原", "于") and EMPLOYER_AFTER.match(folded, s.start + end) \
                    and not dictionary_word(folded[s.start + start - 2:s.start + start]):  # not 目前顾言川担任
                employers.add(name)  # 在米哈游(miHoYo)担任, 前米哈游高层: where people work, wherever else it stands
                continue
            if not any(key(name) in half for half in halves) and not dictionary_word(name) \
                    and not name.endswith(("班", "系", "组", "派", "队", "部", "媒")):  # 姚班 is a class, 韩媒 the Korean press
                people.append(name)
    for name in employers:
        if lex.type_of(key(name)) in (None, "Company") and not dictionary_word(name):
            lex.add(name, "Company", "cue:employer")
    for name in people:
        if name not in employers and lex.type_of(key(name)) in (None, "Person"):
            lex.add(name, "Person", "tagger:lac-person")


EMPLOYER_AFTER = re.compile(r"\s*(?:[(（][A-Za-z][^)）]{0,30}[)）])?\s*(?:担任|任职|工作|供职|高层|高管|的?(?:员工|工程师|研究员))")
MOVE_HEADLINE = re.compile(rf"\s*(?:[(（][^)）\n]{{1,30}}[)）])?\s*[:：][^\n]{{1,60}}?{cues.ARROWS}")


# 资料中心营运副总裁的 Jon Marsh: a post, then 的, then the name
TITLED_BEFORE = re.compile(rf"(?:{'|'.join(sorted(cues.PERSON_TITLES, key=len, reverse=True))})\s*的\s*$")


# 由 Ahmad Al-Dahle 负责的 GenAI: what a person does for a unit
HEADS_AFTER = re.compile(r"\s*(?:亲自|共同|联合)?\s*(?:负责|领导|牵头|带队|执掌|掌舵|出任|担任|主持)")


def latin_names(article: Article, folded: str, lex: Lexicon) -> None:
    for start, end, name in latin_candidates(folded):
        name = name.rstrip(".'-")
        count = re.search(r" \d+$", name)
        if count and re.match(r"\s*(?:月|年|日|号|位|名|人|万|亿|岁)", folded[start + len(name):]):
            name = name[:count.start()]  # Andrew Tulloch 10 月被挖走: a date after the name
        end = start + len(name)
        if not name or lex.type_of(key(name)) or name in cues.LATIN_STOPWORDS:
            continue
        if bracket_gloss(folded, start, end):
            continue  # a gloss of the Chinese before it, handled with the brackets
        tokens = name.split()
        if any(VERSION_TOKEN.match(t) for t in tokens):
            continue  # a model or a product with a number
        if name.lower().startswith("the ") and len(tokens) >= 2:
            if folded[max(0, start - 1):start] in ("《",) or near(folded, start, end, cues.COMPANY_CUES_AFTER + ("的", "专访", "访谈", "节目"), before=0, after=4):
                lex.add(name, "Company", "cue:media-name")
            continue
        if tokens[0] in cues.LATIN_STOPWORDS:
            continue
        if near(folded, start, end, cues.CLUSTER_CUES, before=0, after=6):
            continue  # Fairwater AI资料中心: a cluster, read by the cluster rule
        ctype = latin_type(name, folded, start, end, article, lex)
        person_shape = 2 <= len(tokens) <= 4 and all(NAME_TOKEN.match(t) for t in tokens) and tokens[-1] not in cues.COMPANY_SUFFIX_WORDS
        person_cue = near(folded, start, end, cues.PERSON_CUES_BEFORE, before=8, after=0) or near(
            folded, start, end, cues.PERSON_CUES_AFTER, before=0, after=6) or TITLED_BEFORE.search(folded, max(0, start - 12), start) \
            or (re.search(r"由\s*$", folded[max(0, start - 3):start]) and HEADS_AFTER.match(folded, end))
        left = folded[max(0, start - 40):start]
        coordinated = re.search(r"([A-Za-z][A-Za-z \-]+?|[\u4e00-\u9fff·]{2,10})\s*(?:和|与|、|及|and)\s*$", left)
        if person_shape and coordinated and lex.type_of(key(coordinated.group(1).strip())) == "Person":
            person_cue = True  # a name listed with a known person is a person
        if person_shape and MOVE_HEADLINE.match(folded, end) and re.search(r"(?:^|\n)\s*(?:\d+[.、]\s*|[-•·]\s*)?$", folded[:start]):
            person_cue = True  # a list item's headline: "7. Lucien Marchetti:Vantor Labs → Helix"
        if person_shape and looks_like_personal_name(tokens):
            ctype = None  # Mark Gurman报道: the name outweighs the cue
            person_cue = True
        if person_shape and person_cue and ctype is None:
            lex.add(name, "Person", "cue:person-name")
            lex.scoped[article.id][key(tokens[-1])] = key(name)
        elif ctype == "Company":
            lex.add(name, "Company", "cue:company-name")
        elif ctype == "Model" and not person_cue:
            lex.add(name, "Model", "cue:model-family")
        elif person_shape and ctype is None and _listed_before_person(folded, end, lex):
            lex.add(name, "Person", "cue:person-name")  # Torsten Reil 和 Gundbert Scherf: listed with a person
            lex.scoped[article.id][key(tokens[-1])] = key(name)
        elif person_shape:
            lex.reject(article.id, name, "English name with no cue to its type")
        elif len(tokens) == 1 and name.isupper() and 2 <= len(name) <= 6:
            lex.acronyms.setdefault(key(name), name)  # typed later if a long form explains it
        elif len(tokens) == 1 and (name[0].isupper()):
            lex.reject(article.id, name, "unknown word with no cue to its type")


LISTED_NEXT = re.compile(rf"\s*(?:和|与|、|及|and)\s*([A-Z][a-z]+(?:[ \-][A-Z][a-z]+){{1,2}}|[{CJK}]{{1,6}}[{DOTS}][{CJK}{DOTS}]{{1,10}})")


def _listed_before_person(folded: str, end: int, lex: Lexicon) -> bool:
    """A Latin name followed by 和/与/、 and a name the text has typed a person's, or that a cue will type."""
    right = LISTED_NEXT.match(folded, end, end + 40)
    if not right:
        return False
    after = folded[right.end():right.end() + 8].lstrip()
    return lex.type_of(key(right.group(1))) == "Person" or after.startswith(cues.PERSON_CUES_AFTER + ("共同", "联合", "两人", "二人"))

"""A name and its other form in brackets: 许珀里翁(Hyperion), 庞若鸣(Ruoming Pang),
Zhifeng Chen(陈智峰), Meta Superintelligence Labs(MSL). The two forms become one entity,
typed by the shape of the name and the cue words around it."""
from __future__ import annotations

import re

from ..normalize import has_cjk, key
from ..types import Article
from . import cues
from .lexicon import Lexicon
from .names import DOT_NAME, PINYIN, clean_dot_name, looks_like_personal_name, native_name_tail, romanised_tail
from .text import (CJK, CJK_COMPANY_ENDINGS, INSTITUTE_ENDINGS, LATIN_RUN, NAME_TOKEN, cjk_before, cluster_context,
                   dictionary_word, common_word, initials, is_proper, known_tail, last_word, latin_type, name_like, near,
                   org_tail, translit_suffix)


# words that stand beside a bracketed English name without being its Chinese form
PLAIN_WORDS = ("实验室", "研究院", "研究所", "公司", "团队", "部门", "中心", "集团", "机构", "平台", "云端", "事业部", "新创", "初创",
               "基础设施", "资料中心", "数据中心", "事业群", "超算中心", "智算中心", "计算中心", "云端基础设施", "云服务",
               "人工智能", "通用人工智能", "生成式人工智能", "超级智能", "具身智能", "大语言模型", "语言模型", "大模型", "图形处理器",
               "机器学习", "深度学习", "强化学习", "自动驾驶", "智能体", "吉瓦", "兆瓦", "千瓦")  # 东南亚人工智能(AI)数据中心: a term and its acronym
BRACKET = re.compile(r"[(（]\s*([A-Za-z][A-Za-z0-9 .&'+\-]*?)\s*(?:[,，;；、:：]\s*([^)）]{0,30}?)\s*)?[)）]")


def brackets(article: Article, folded: str, lex: Lexicon) -> None:
    for m in BRACKET.finditer(folded):
        latin = m.group(1).strip()
        if not latin or not is_proper(latin):
            continue
        opening = m.start()
        while opening > 0 and folded[opening - 1] in " 」”』\"":
            opening -= 1  # 「北辰」(Polaris)
        versioned = VERSIONED_CJK.search(folded, max(0, opening - 12), opening)
        i, run = cjk_before(folded, opening)
        if run.endswith(INSTITUTE_ENDINGS) and (inner := AI_IN_NAME.search(folded, max(0, i - 12), i)):
            i, run = inner.start(), folded[inner.start():opening]  # 英国 AI 安全研究所: AI inside a Chinese name
        if versioned and re.search(r"\d", latin):
            # 可灵2.1(Kling 2.1), 衡-1(Heng-1): a versioned name and its English form
            etype = lex.type_of(key(latin)) or lex.type_of(key(versioned.group(0))) or "Model"
            rule = "pair:bracketed-english"
            lex.link(lex.add(versioned.group(0), etype, rule), lex.add(latin, etype, rule), rule)
        elif run:
            cjk_latin_pair(article, folded, lex, i, opening, run, latin, m)
        elif (mixed := MIXED_NAME.search(folded, max(0, opening - 14), opening)) and latin.endswith(" " + mixed.group(2)) \
                and len(latin.split()) >= 2 and lex.type_of(key(latin)) in (None, "Company"):
            # 萨迪姆AI(Sadeem AI): a Chinese name with the English word its English form ends with
            native = org_tail(mixed.group(1), lex)
            if dictionary_word(native) or common_word(native):
                continue  # “主权AI”(Sovereign AI): a term, not a name
            name = native + mixed.group(2)
            rule = "pair:bracketed-english"
            lex.link(lex.add(name, "Company", rule), lex.add(latin, "Company", rule), rule)
        else:
            latin_acronym_pair(article, folded, lex, m, latin)
        acronym = m.group(2) or ""
        if re.fullmatch(r"[A-Z][A-Z0-9&]{1,6}", acronym) and (etype := lex.type_of(key(latin))) in ("Company", "Cluster") \
                and spelt_by(acronym, latin.replace("-", " ").split()):
            lex.link(key(latin), lex.add(acronym, etype, "pair:acronym"), "pair:acronym")  # (SoftBank Group,SBG)


def other_english_name(run: str, latin: str, lex: Lexicon) -> bool:
    """The organisation ending run already has an English name that shares no word with latin."""
    for n in range(min(len(run), 12), 1, -1):
        k = key(run[-n:])
        if lex.type_of(k) not in (None, "Person"):
            english = [lex.forms[x] for x in lex.linked(k) if x in lex.forms and not has_cjk(lex.forms[x])]
            words = set(latin.lower().split())
            return bool(english) and not any(words & set(e.lower().split()) for e in english)
    return False


FOUNDED_BEFORE = re.compile(r"(?:创办|创立|创建|合办|创设)了?$")
KIND_BEFORE = re.compile(r"(?:创业公司|初创公司|新创公司|初创企业|科技公司|独角兽)$")
MIXED_NAME = re.compile(rf"([{CJK}]{{2,8}})\s?(AI|Labs?|Research|Robotics|Cloud|Tech)\s*$")
AI_IN_NAME = re.compile(rf"[{CJK}]{{2,8}}\s?AI\s?$")


VERSIONED_CJK = re.compile(rf"(?<![{CJK}])[{CJK}]{{1,4}}[-\s]?\d+(?:\.\d+)*$|(?<=[的“「])[{CJK}]{{1,4}}[-\s]?\d+(?:\.\d+)*$")


# Meta 在自建普罗米修斯(Prometheus)与亥伯龙(Hyperion)的同时: what is built is a site
SITE_BUILT = re.compile(r"(?:自建|兴建|新建|扩建|建成)[^，,。；;！？]{0,24}$")


def cjk_latin_pair(article, folded, lex, i, j, run, latin, m) -> None:
    dotted = DOT_NAME.fullmatch(run) or DOT_NAME.search(run)
    known_type = lex.type_of(key(latin))
    if known_type not in (None, "Person") and known_tail(run, latin, lex):
        return  # 彼得·班农曾任苹果(Apple): the bracket glosses 苹果, a name already paired with it
    if known_type is None and other_english_name(run, latin, lex):
        return  # 北辰算力(Cassiopée) after 北辰算力(Septentrion Compute): its cluster, not a second name
    span = None
    if dotted and dotted.end() == len(run):
        tokens = latin.split()
        romanised = 2 <= len(tokens) <= 3 and all(NAME_TOKEN.match(t) for t in tokens)
        span = clean_dot_name(run, dotted, bracketed=romanised)  # offsets relative to run
        if span is None:
            return
    # 马丁·霍尔斯特德在伦敦创立海晏对齐(Halcyon Alignment): the bracket glosses what ends the run
    if span and (span[1] == len(run) or known_type == "Person"):
        cjk = run[span[0]:span[1]]
        etype = known_type or "Person"
    else:
        translit = translit_suffix(run, minimum=2)
        native = native_name_tail(run)
        tokens = latin.split()
        name_shaped = len(tokens) <= 3 and all(NAME_TOKEN.match(t) for t in tokens)
        # 孙培(Pei Sun) reads as a Chinese name in pinyin, 李妍秀(Lee Yeon-soo) as a Korean one
        chinese_reading = native and (looks_like_personal_name(tokens) or set(tokens) & cues.PINYIN_SURNAMES) \
            and not set(tokens) & cues.KOREAN_SURNAMES_ROMANISED
        if known_type:
            etype = known_type
            cjk = known_tail(run, latin, lex) or (
                org_tail(run, lex) if etype == "Company" else translit if len(translit) >= 2 else last_word(run))
            if lex.type_of(key(cjk)) not in (None, etype):
                return  # 北辰算力(Cassiopée): a company and its cluster, not one name in two scripts
        elif tokens[0] not in cues.LATIN_STOPWORDS and (
                run.endswith(CJK_COMPANY_ENDINGS) or (tokens[-1] in cues.COMPANY_SUFFIX_WORDS and len(tokens) > 1)):
            cjk, etype = org_tail(run, lex), "Company"  # 曜石算力(Obsidian Compute)
        elif (founded := org_tail(run, lex)) and (FOUNDED_BEFORE.search(run[:-len(founded)]) or KIND_BEFORE.search(run[:-len(founded)])) \
                and founded[0] not in "人者合":
            # 创立海晏对齐(Halcyon Alignment): what is founded is a company; 创业公司无界方程(Boundless Equation): one said to be
            cjk, etype = founded, "Company"
        elif 2 <= len(tokens) <= 3 and name_shaped and (person := lex.tail_of_type(run, "Person")):
            cjk, etype = person, "Person"  # 早濑直人(Naoto Hayase): a name read before, and its romanisation
        elif name_shaped and not chinese_reading and (kanji := romanised_tail(run, tokens)):
            cjk, etype = kanji, "Person"  # 佐伯翔太(Shota Saeki), 文艺琳(Moon Ye-rin)
        elif chinese_reading and name_shaped and 2 <= len(tokens) <= 3 and all(PINYIN.match(t.lower()) for t in tokens):
            cjk, etype = native, "Person"  # 孟涛(Meng Tao), though a data centre is named beside him
        elif native and 2 <= len(tokens) <= 3 and name_shaped and (tokens[0] in cues.GIVEN_NAMES or len(tokens) == len(native) == 3
                                                                  and all(len(t) <= 5 for t in tokens)):
            cjk, etype = native, "Person"  # 梁浩然(Ryan Leung), 杨肃宏(Yeoh Seok Hong), though a data centre is named beside him
        elif re.match(r"\s*(?:工作|任职|供职|就职|待了|待过|担任)", folded[m.end():m.end() + 4]) and (worked := org_tail(run, lex)) \
                and re.search(r"(?:在|于)\s*$", run[:-len(worked)]):
            cjk, etype = worked, "Company"  # 曾在新意网(SUNeVision)工作十二年: an employer, though a data centre is named beside it
        elif cluster_context(folded, article, i, m.end()) or SITE_BUILT.search(folded[max(0, i - 24):j]):
            cjk, etype = translit or last_word(run), "Cluster"
        elif near(folded, j, m.end(), cues.MODEL_CUES[:3], before=0, after=4):
            cjk, etype = translit or last_word(run), "Model"
        elif native and 2 <= len(tokens) <= 3 and name_shaped and (
                looks_like_personal_name(tokens) or all(PINYIN.match(t.lower()) for t in tokens)):
            cjk, etype = native, "Person"  # 庞若鸣(Ruoming Pang)
        elif translit and len(translit) >= 2 and name_shaped and tokens[-1] not in cues.COMPANY_SUFFIX_WORDS \
                and (len(tokens) > 1 or tokens[0] in cues.GIVEN_NAMES
                     or near(folded, j - len(translit), m.end(), cues.PERSON_CUES_BEFORE, before=8, after=0)
                     or near(folded, j - len(translit), m.end(), cues.PERSON_CUES_AFTER, before=0, after=6)):
            cjk, etype = translit, "Person"  # 达里奥(Dario); a lone word needs a given name or a cue
        else:
            t = latin_type(latin, folded, m.start(), m.end(), article, lex)
            cjk = org_tail(run, lex) if t == "Company" else last_word(run)
            if t is None or not cjk:
                lex.reject(article.id, f"{run}({latin})", "bracketed gloss, not a name")
                return
            etype = t
    if not cjk or len(cjk) < 2 or (len(cjk) <= 2 and dictionary_word(cjk)) \
            or (etype != "Person" and (common_word(cjk) or cjk in PLAIN_WORDS)):
        return  # 中心, 算力, 实验室: a plain word left of the bracket, not the name
    rule = "pair:bracketed-english"
    a = lex.add(cjk, etype, rule)
    b = lex.add(latin, etype, rule)
    lex.link(a, b, rule)


CJK_IN_BRACKETS = re.compile(rf"[(（]\s*([{CJK}·・]{{2,12}})\s*[)）]")


def latin_cjk_pairs(article: Article, folded: str, lex: Lexicon) -> None:
    """An English name followed by its Chinese form in brackets: Zhifeng Chen(陈智峰)."""
    for m in CJK_IN_BRACKETS.finditer(folded):
        before = folded[max(0, m.start() - 60):m.start()].rstrip()
        names = LATIN_RUN.findall(before)
        if not names or not before.endswith(names[-1]):
            continue
        latin = names[-1].strip()
        k = key(latin)
        etype = lex.type_of(k)
        cjk = m.group(1)
        if etype is None:
            continue
        if etype == "Person" and not (DOT_NAME.fullmatch(cjk) or native_name_tail(cjk) == cjk or
                                      translit_suffix(cjk) == cjk):
            continue
        if etype != "Person" and (common_word(cjk) or not name_like(cjk) or cjk.endswith(cues.PERSON_TITLES + cues.HEAD_TITLES)):
            lex.reject(article.id, f"{latin}({cjk})", "bracketed remark, not a Chinese name")
            continue  # 离开 xAI(去向未公布): a remark, not xAI's Chinese name
        lex.link(k, lex.add(cjk, etype, "pair:bracketed-chinese"), "pair:bracketed-chinese")


ORG_ENDINGS = ("中心", "研究院", "研究所", "实验室", "委员会", "协会", "学院", "大学", "公司", "集团", "基金会", "银行")
CJK_BEFORE_BRACKET = re.compile(rf"([{CJK}]{{4,20}})[(（]\s*([{CJK}]{{2,6}})\s*[)）]")


def cjk_abbreviations(article: Article, folded: str, lex: Lexicon) -> None:
    """A Chinese organisation name with its abbreviation in brackets, the abbreviation's
    characters taken from the name in order: 国家高速网路与计算中心(国网中心), 中央研究院(中研院)."""
    for m in CJK_BEFORE_BRACKET.finditer(folded):
        run, short = m.group(1), m.group(2)
        if not run.endswith(ORG_ENDINGS) or short[-1] != run[-1]:
            continue
        starts = [i for i, ch in enumerate(run) if ch == short[0] and len(run) - i >= len(short) + 2
                  and _subsequence(short, run[i:])]
        if not starts:
            continue
        name = run[starts[-1]:]
        etype = "Cluster" if name.endswith(("超算中心", "数据中心", "智算中心", "算力中心")) else "Company"
        if lex.type_of(key(name)) not in (None, etype) or lex.type_of(key(short)) not in (None, etype):
            continue
        lex.link(lex.add(name, etype, "pair:bracketed-abbreviation"), lex.add(short, etype, "pair:bracketed-abbreviation"),
                 "pair:bracketed-abbreviation")


DECLARED_SHORT = re.compile(rf"[(（]\s*(?:以下简称|以下称|下称|简称|下同)\s*[“「\"]?([{CJK}A-Za-z0-9]{{2,12}})[”」\"]?\s*[)）]")


def declared_short_names(article: Article, folded: str, lex: Lexicon) -> None:
    """A short name the article declares: 厦门鹭江算力科技有限公司(下称鹭江算力)."""
    for m in DECLARED_SHORT.finditer(folded):
        before = folded[max(0, m.start() - 30):m.start()].rstrip()
        long = next((before[i:] for i in range(len(before) - 1) if lex.type_of(key(before[i:])) is not None), None)
        short = m.group(1)
        if long is None or lex.type_of(key(long)) == "Person" or lex.type_of(key(short)) not in (None, lex.type_of(key(long))):
            continue
        lex.link(key(long), lex.add(short, lex.type_of(key(long)), "pair:declared-short-name"), "pair:declared-short-name")


def spelt_by(acronym: str, words: list[str]) -> bool:
    """Every word gives the acronym its first letter, and may give more, in order:
    Safe SuperIntelligence -> SSI, Google DeepMind -> GDM."""
    letters = acronym.lower()
    words = [w.lower() for w in words]

    def fits(li: int, wi: int) -> bool:
        if wi == len(words):
            return li == len(letters)
        if li >= len(letters) or words[wi][0] != letters[li]:
            return False
        inner = words[wi][1:]
        # this word may also give the next k letters, taken in order from its inside
        for k in range(0, len(letters) - li):
            if k and not _subsequence(letters[li + 1:li + 1 + k], inner):
                break
            if fits(li + 1 + k, wi + 1):
                return True
        return False

    return fits(0, 0)


def _subsequence(needle: str, hay: str) -> bool:
    it = iter(hay)
    return all(ch in it for ch in needle)


def latin_acronym_pair(article, folded, lex, m, acronym) -> None:
    if not (acronym.isupper() and 2 <= len(acronym) <= 6):
        return
    before = folded[max(0, m.start() - 80):m.start()].rstrip()
    run = LATIN_RUN.findall(before)
    if not run or not before.endswith(run[-1]):
        return
    words = run[-1].split()
    for n in range(len(words), 0, -1):
        cand = words[-n:]
        if initials(cand) == acronym or "".join(w[0] for w in cand).upper() == acronym \
                or (len(cand) >= 2 and spelt_by(acronym, cand)):
            name = " ".join(cand)
            etype = latin_type(name, folded, m.start() - len(name), m.start(), article, lex) or "Company"
            rule = "pair:acronym"
            a = lex.add(name, etype, rule)
            b = lex.add(acronym, etype, rule)
            lex.link(a, b, rule)
            return

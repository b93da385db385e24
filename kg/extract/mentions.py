"""Finding mentions: rules that discover names no list knows, then matching every known form.

Pass 1, `discover(article, folded, lexicon)`, reads an article for new names:
  * transliterated names joined by a middle dot (纳特·弗里德曼) -> Person
  * a name followed by its English form in brackets (许珀里翁(Hyperion)), typed by the
    shape of the name and the cue words around it; the two forms become one entity
  * an English name followed by its acronym in brackets (Meta Superintelligence Labs(MSL))
  * English names typed by a cue word before or after them (研究员Jason Wei,
    创业公司 Safe Superintelligence, Perplexity的CEO) or by an organisation suffix (Scale AI)
  * model names by their shape (family + version + variant: Llama 4 Scout, GPT-4o, o3)
  * cluster names before 集群 / 数据中心 (Titan集群)
  * organisation units: a company + descriptor + 实验室/团队/部门 (Meta超级智能实验室)
Pass 2, `find_mentions(article, folded, lexicon)`, matches every known form in the
article (longest first) plus the article's own short forms.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..normalize import fold, is_cjk, key
from ..types import Article, Mention
from . import cues
from .lexicon import Lexicon, form_regex

CJK = "\u4e00-\u9fff\u3400-\u4dbf"
DOTS = "·・•‧"
DOT_NAME = re.compile(rf"[{CJK}]+(?:[{DOTS}][{CJK}]+)+")
BRACKET = re.compile(r"[(（]\s*([A-Za-z][A-Za-z0-9 .&'+\-]*?)\s*(?:[,，;；、:：][^)）]{0,30})?[)）]")
LATIN_RUN = re.compile(r"(?<![A-Za-z0-9.])[A-Za-z][A-Za-z0-9.&'+\-]*(?:[ \u00a0]+[A-Za-z0-9][A-Za-z0-9.&'+\-]*)*")
NAME_TOKEN = re.compile(r"^(?:[A-Z][a-z]+(?:[A-Z][a-z]+)?|[A-Z][a-z]*-[A-Z][a-z]+|[A-Z]'[A-Z][a-z]+|Mc[A-Z][a-z]+)$")
VERSION_TOKEN = re.compile(r"^(?:v?\d+(?:\.\d+)*[a-zA-Z]?|[A-Z]\d+[A-Za-z]?|\d+[BbMmKk]|A\d+B)$")
O_SERIES = re.compile(r"(?<![A-Za-z0-9])o[1-9](?:-(?:mini|pro|preview|high|low))?(?![A-Za-z0-9])")
FUNCTION_CHARS = set("的了在和与及或是为被把对从向于由将也就都而并且但其这那该此个位名家")
NAME_BREAK_CHARS = set("的了在和与及或是为被把对从向于由将也就都而并且但其这那该此")  # never inside a native name
AFTER_NAME_CHARS = set("则也已将在于是的和与说称表宣透指认曾此随近今去正目还又就都被把从向对等、，,。；;：:(（的")


def _translit_suffix(run: str, minimum: int = 1) -> str:
    """The longest tail of run made of transliteration characters."""
    i = len(run)
    while i > 0 and run[i - 1] in cues.TRANSLIT:
        i -= 1
    tail = run[i:]
    return tail if len(tail) >= minimum else ""


def _strip_punct(text: str) -> str:
    return text.rstrip(" :：\"“”「」『』*")


def _translit_prefix(run: str) -> str:
    i = 0
    while i < len(run) and run[i] in cues.TRANSLIT:
        i += 1
    return run[:i]


def _near(text: str, start: int, end: int, words, before: int = 8, after: int = 8) -> bool:
    left = text[max(0, start - before):start]
    right = text[end:end + after]
    return any(_strip_punct(left).endswith(w) for w in words) or any(right.lstrip().startswith(w) for w in words)


def _sentence_span(article: Article, pos: int) -> tuple[int, int]:
    for s in article.sentences:
        if s.start <= pos < s.end:
            return s.start, s.end
    return max(0, pos - 60), pos + 60


def _cluster_context(folded: str, article: Article, start: int, end: int) -> bool:
    s0, s1 = _sentence_span(article, start)
    window = folded[max(s0, start - 30):min(s1, end + 40)]
    return any(c in window for c in cues.CLUSTER_CUES)


# ---------------------------------------------------------------- pass 1: discovery

def discover(article: Article, folded: str, lex: Lexicon) -> None:
    _dot_names(article, folded, lex)
    _org_units(article, folded, lex)
    _brackets(article, folded, lex)
    _native_names(article, folded, lex)
    _tagged_names(article, folded, lex)
    _models(article, folded, lex)
    _named_after_model_word(article, folded, lex)
    _named(article, folded, lex)
    _clusters(article, folded, lex)
    _latin_names(article, folded, lex)
    _org_units(article, folded, lex)
    _latin_cjk_pairs(article, folded, lex)
    _media_names(article, folded, lex)
    _org_before_title(article, folded, lex)


MEDIA = re.compile(rf"([{CJK}]{{2,8}})(杂志|周刊|日报|晚报|时报|邮报|新闻网|通讯社)")
REPORTED_BY = re.compile(rf"(?:据\s*《?([{CJK}A-Za-z0-9]{{2,8}}?)》?\s*(?:报道|报导|消息|援引|披露|了解|获悉|统计)"
                         rf"|告诉\s*《?([{CJK}A-Za-z0-9]{{2,12}}?)》?\s*[,，:：]"
                         rf"|(?:接受|向)\s*《?([{CJK}A-Za-z0-9]{{2,8}}?)》?\s*(?:采访|专访|透露))")
NOT_MEDIA = ("文件", "资料", "报告", "数据", "消息", "传闻", "财报", "公告", "调查", "研究", "统计", "知情人士", "消息人士", "外媒", "媒体", "记者", "相关人士", "内部人士", "我们", "他们", "官方", "公司",
             "报道", "一位", "多位", "多家", "有关", "业内", "分析师", "市场", "数据", "了解", "介绍", "采访", "这家", "该")
CJK_ORG_AFTER_CUE = re.compile(rf"(?:初创公司|创业公司|初创企业|独角兽|投资机构|风投机构|AI公司|人工智能公司|芯片公司|科技公司)\s*([{CJK}]{{2,6}}?)(?=的|，|,|。|宣布|表示|正在|于|已|将|也|在|近日|日前|刚刚|完成|获得|发布|推出)")
CJK_ORG_SUFFIX = re.compile(rf"([{CJK}]{{2,6}}(?:科技|智算|集团|半导体|研究院))(?=的|，|,|。|宣布|表示|正在|于|已|将|也|在|和|与|、|发布|推出|创始人|CEO|联合创始人|首席)")
ORG_CUE_PREFIXES = ("初创公司", "创业公司", "初创企业", "投资机构", "科技公司", "公司", "企业", "机构", "据")
GENERIC_ORG_WORDS = ("人工智能", "通用人工智能", "超级智能", "个人超级智能", "生成式人工智能", "具身智能",
                     "这家", "该", "一家", "某", "其", "新的", "大型", "科技", "智能", "前沿")


TIME_WORDS = ("近日", "日前", "今天", "今日", "昨天", "昨日", "目前", "此前", "如今", "同时", "其中", "另外", "此外",
              "而", "但", "据悉", "今年", "去年")
CJK_ORG_BEFORE_TITLE = re.compile(
    rf"([{CJK}]{{2,8}}?)(?:的)?(?:联合创始人|联合创办人|创始人|创办人|首席执行官|执行长|行政总裁|CEO|董事长|总裁)"
    rf"(?:(?:兼|暨|及|和)[^\s，,。]{{0,6}}?)?\s*(?=[{CJK}]{{1,4}}[·・]|[A-Z][a-z]|[{''.join(sorted(cues.SURNAMES))}])")
GENERIC_ORG_HEADS = ("公司", "集团", "团队", "项目", "部门", "实验室", "机构", "企业", "平台", "品牌", "母公司", "子公司")


def _org_before_title(article: Article, folded: str, lex: Lexicon) -> None:
    """A Chinese company name before a head title and a person: 曜石算力执行长林宛蓁."""
    for m in CJK_ORG_BEFORE_TITLE.finditer(folded):
        name = m.group(1)
        for w in TIME_WORDS:
            if name.startswith(w):
                name = name[len(w):]
        name = _trim_leading_words(name)
        if not 2 <= len(name) <= 6 or name.endswith(GENERIC_ORG_HEADS) or name[:1] in "该这那其某各另本":
            continue
        if any(w in name for w in ("创始", "创办", "联合", "兼", "副", "首席", "董事", "总裁", "执行", "研究", "负责", "行政")):
            continue  # the regex stopped inside a title (创始人兼CEO), not after a name
        if any(ch in NAME_BREAK_CHARS for ch in name) or lex.type_of(key(name)) not in (None, "Company"):
            continue
        if any(lex.type_of(key(name[i:j])) in ("Person", "Model")
               for i in range(len(name)) for j in range(i + 2, len(name) + 1)):
            continue
        lex.add(name, "Company", "cue:company-before-title")


def _media_names(article: Article, folded: str, lex: Lexicon) -> None:
    """Chinese media and company names read from cue words around them.

    连线杂志 (name + 杂志), 据彭博社报道 (据 + name + 报道), 初创公司启明智算的 (cue + name),
    星河科技宣布 (a name ending in 科技 / 智能 / 资本 before a verb).
    """
    for m in MEDIA.finditer(folded):
        name = _trim_leading_words(m.group(1))
        if 2 <= len(name) <= 6 and not any(ch in FUNCTION_CHARS for ch in name[-1:]):
            lex.add(name + m.group(2), "Company", "cue:media-name")
    for m in REPORTED_BY.finditer(folded):
        name = next(g for g in m.groups() if g)
        if any(w in name for w in NOT_MEDIA) or any(ch in NAME_BREAK_CHARS for ch in name):
            continue
        if lex.type_of(key(name)) in (None, "Company"):
            lex.add(name, "Company", "cue:media-name")
    for rx, rule in ((CJK_ORG_AFTER_CUE, "cue:company-name"), (CJK_ORG_SUFFIX, "cue:company-suffix")):
        for m in rx.finditer(folded):
            name = m.group(1)
            for cue in ORG_CUE_PREFIXES:
                if name.startswith(cue):
                    name = name[len(cue):]
            name = _trim_leading_words(name)
            if rule == "cue:company-suffix":
                suffix = next(x for x in ("科技", "智算", "集团", "半导体", "研究院") if name.endswith(x))
                name = _last_word(name[:-len(suffix)]) + suffix  # 如今担任启明智算 -> 启明智算
            if name[:1] in "自正已将在于被把对向从让使以为":
                continue  # 创业公司自建…: a verb, not a name
            if rule == "cue:company-suffix" and len(name) < 4:
                continue  # the suffix alone (科技) or one character before it
            if len(name) < 2 or any(name.startswith(g) or name == g for g in GENERIC_ORG_WORDS):
                continue
            if any(ch in FUNCTION_CHARS for ch in name):
                continue
            if lex.type_of(key(name)) in (None, "Company"):
                lex.add(name, "Company", rule)


def finalize(lex: Lexicon) -> None:
    """Corpus-wide rules that need every article read: acronyms and organisation units."""
    companies = [(k, f) for k, f in lex.forms.items() if lex.type_of(k) == "Company" and len(f.split()) > 1]
    typed = {k: f for k, f in lex.forms.items() if lex.type_of(k) == "Company" and f.isupper() and 2 <= len(f) <= 6}
    for ak, acronym in {**lex.acronyms, **typed}.items():
        if ak in lex.forms and ak not in typed:
            continue
        longs = [k for k, f in companies if _initials(f.split()) == acronym or "".join(w[0] for w in f.split()).upper() == acronym]
        if len(longs) == 1:
            lex.add(acronym, "Company", "pair:acronym")
            lex.link(longs[0], ak, "pair:acronym")
    _suffix_variants(lex)
    _english_units(lex)
    for unit, desc in lex.unit_names.items():
        if lex.type_of(key(desc)) == "Company":  # Seed, met as a name after 字节跳动Seed团队
            lex.link(unit, key(desc), "pattern:unit-named")


def _suffix_variants(lex: Lexicon) -> None:
    """Inflection and Inflection AI are one company when only the long form is a known name.

    Two known names (Microsoft, Microsoft AI) stay two: the list says they differ.
    """
    for k, form in list(lex.forms.items()):
        words = form.split()
        if len(words) < 2 or words[-1] not in ("AI", "Inc", "Inc.", "Corp", "Corp.", "Technologies") \
                or lex.type_of(k) != "Company":
            continue
        stem = key(" ".join(words[:-1]))
        if lex.type_of(stem) != "Company":
            continue
        if lex.rules.get(stem, "").startswith("gazetteer") and lex.rules.get(k, "").startswith("gazetteer"):
            continue
        lex.link(k, stem, "pattern:company-suffix-variant")


def _english_units(lex: Lexicon) -> None:
    """Meta Superintelligence Labs names the same unit as Meta超级智能实验室."""
    for k, form in list(lex.forms.items()):
        words = form.split()
        if len(words) < 3 or lex.type_of(k) != "Company":
            continue
        full = " ".join(words[1:]).lower()
        if full in cues.DESCRIPTOR_GLOSSARY:
            desc = full  # Apple Foundation Models
        elif words[-1] in ("Lab", "Labs", "Team"):
            desc = " ".join(words[1:-1]).lower()
        else:
            continue
        if key(words[0]) not in lex.forms:
            continue
        unit = f"unit:{_parent_key(lex, key(words[0]))}:{cues.DESCRIPTOR_GLOSSARY.get(desc, desc)}"
        lex.link(unit, k, "pattern:org-unit-translation")
        if desc != full:  # Superintelligence Labs, without its parent, names it too
            short = " ".join(words[1:])
            lex.add(short, "Company", "pattern:org-unit")
            lex.link(unit, key(short), "pattern:org-unit")


def _clean_dot_name(folded: str, m: re.Match) -> tuple[int, int] | None:
    parts = re.split(f"([{DOTS}])", m.group(0))
    first, last = parts[0], parts[-1]
    for suffix in cues.NAME_STOP_SUFFIXES:
        if last.endswith(suffix) or suffix in last[:6]:
            return None
    first_t = _translit_suffix(first)
    if first_t[:1] in FUNCTION_CHARS:
        first_t = first_t[1:]
    last_t = _translit_prefix(last)
    rest = last[len(last_t):]
    if rest and rest[0] not in FUNCTION_CHARS and (len(rest) == 1 or rest[1] in FUNCTION_CHARS):
        last_t += rest[0]  # a name character outside the table: 勒坤是 -> 勒坤
    if not first_t or not last_t or len(first_t) + len(last_t) < 3:
        return None
    start = m.start() + len(first) - len(first_t)
    end = m.end() - len(last) + len(last_t)
    return start, end


def _dot_names(article: Article, folded: str, lex: Lexicon) -> None:
    for m in DOT_NAME.finditer(folded):
        span = _clean_dot_name(folded, m)
        if span is None:
            lex.reject(article.id, m.group(0), "dotted words that do not read as a transliterated name")
            continue
        start, end = span
        name = folded[start:end]
        if _cluster_context(folded, article, start, end) and False:
            continue
        lex.add(name, "Person", "pattern:dotted-name")


def _cjk_before(folded: str, pos: int) -> tuple[int, str]:
    """The CJK name-like run ending at pos (dotted names included)."""
    i = pos
    while i > 0 and (is_cjk(folded[i - 1]) or folded[i - 1] in DOTS):
        i -= 1
    return i, folded[i:pos]


def _trim_leading_words(run: str) -> str:
    """Drop leading function words (据, 和, 在...) from a CJK run, using jieba's segmentation."""
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)  # its start-up chatter is not the user's business
    words = jieba.lcut(run, HMM=False)
    while words and (len(words[0]) == 1 and words[0] in FUNCTION_CHARS or words[0] in ("据", "包括", "以及", "比如", "例如", "其中")):
        words.pop(0)
    return "".join(words)


CJK_COMPANY_ENDINGS = ("科技", "智能", "智算", "算力", "资本", "集团", "公司", "半导体", "研究院", "实验室", "基金")


def _native_name_tail(run: str) -> str:
    """A native Chinese name ending run: surname + one or two characters (…负责人庞若鸣)."""
    for compound in cues.COMPOUND_SURNAMES:
        for n in (4, 3):
            if len(run) >= n and run[-n:].startswith(compound):
                return run[-n:]
    for n in (3, 2):
        if len(run) >= n and run[-n] in cues.SURNAMES and not any(c in NAME_BREAK_CHARS for c in run[-n + 1:]):
            return run[-n:]
    return ""


def _known_tail(run: str, latin: str, lex: Lexicon) -> str:
    """The end of run that is already a known form of the same entity (…名为巨像 -> 巨像)."""
    target = key(latin)
    linked = {b for a, b, _ in lex.links if a == target} | {a for a, b, _ in lex.links if b == target}
    for k in range(min(len(run), 12), 1, -1):
        if key(run[-k:]) in linked or key(run[-k:]) == target:
            return run[-k:]
    return ""


def _org_tail(run: str, lex: Lexicon) -> str:
    """The organisation name ending run: a known form if one ends it (原微软亚洲研究院 -> 微软亚洲研究院)."""
    for n in range(len(run) - 1, 1, -1):
        if lex.type_of(key(run[-n:])) == "Company":
            return run[-n:]
    for cue in ("公司", "企业", "机构", "厂商", "开发商", "独角兽"):
        if cue in run[:-2]:
            run = run.rsplit(cue, 1)[1]  # 新创公司曜石算力 -> 曜石算力
    run = _trim_leading_words(run)
    return run if len(run) <= 8 else _last_word(run)


def _last_word(run: str) -> str:
    """The name-like end of a CJK run: after the last naming word (名为), else its last words."""
    for w in cues.NAMING_WORDS:
        if w in run:
            run = run.rsplit(w, 1)[1]
    run = _trim_leading_words(run)
    if len(run) <= 4:
        return run
    import jieba

    words = jieba.lcut(run, HMM=False)
    tail = words[-1]
    if len(tail) < 2 and len(words) > 1:
        tail = words[-2] + tail
    return tail


def _is_proper(latin: str) -> bool:
    tokens = latin.split()
    return bool(tokens) and all(t[:1].isupper() or t[:1].isdigit() for t in tokens)


def _latin_type(name: str, folded: str, start: int, end: int, article: Article, lex: Lexicon) -> str | None:
    known = lex.type_of(key(name))
    if known:
        return known
    tokens = name.split()
    if tokens[0] in cues.LATIN_STOPWORDS:
        return None  # Personal Super Intelligence: a phrase, not a name
    if tokens[-1] in cues.COMPANY_SUFFIX_WORDS and len(tokens) > 1:
        return "Company"
    if _near(folded, start, end, cues.COMPANY_CUES_BEFORE, before=10, after=0) or _near(
        folded, start, end, cues.COMPANY_CUES_AFTER, before=0, after=8
    ):
        return "Company"
    return None


NATIVE_TITLES = ("研究员", "工程师", "科学家", "CEO", "创始人", "负责人", "首席执行官", "总裁", "董事长",
                 "教授", "记者", "同事", "副总裁", "主管", "总监", "合伙人", "掌门人", "技术官", "院长",
                 "执行长", "技术长", "创办人", "之一", "作者", "高管", "成员")


def _native_names(article: Article, folded: str, lex: Lexicon) -> None:
    """A native Chinese name right after a title word: 创始人林嘉禾宣布, 研究员赵晟佳表示."""
    for m in re.finditer("|".join(NATIVE_TITLES), folded):
        p = m.end()
        while p < len(folded) and folded[p] == " ":
            p += 1
        if p >= len(folded) or folded[p] not in cues.SURNAMES:
            continue
        for n in (3, 2):
            cand = folded[p:p + n]
            follows = folded[p + n:p + n + 1]
            if len(cand) == n and all(is_cjk(c) for c in cand) and (
                    follows in AFTER_NAME_CHARS or not follows or folded[p + n:].startswith(cues.NAME_END_WORDS)):
                if not any(c in NAME_BREAK_CHARS for c in cand[1:]) and not _dictionary_word(cand) \
                        and lex.type_of(key(cand)) in (None, "Person"):
                    lex.add(cand, "Person", "cue:native-name-after-title")
                break


def _dictionary_word(text: str) -> bool:
    """A word jieba's dictionary knows well (丛集, 常规) is not a person's name."""
    import jieba

    return (jieba.dt.FREQ.get(text) or 0) >= 10


def _tagged_names(article: Article, folded: str, lex: Lexicon) -> None:
    """Native names the LAC tagger finds (only with the `lac` extra installed)."""
    from . import tagger

    if not tagger.available():
        return
    # 马克 in 马克·扎克伯格 is half a transliterated name, however native it looks
    halves = {key(part) for form in lex.forms.values() if any(d in form for d in DOTS)
              for part in re.split(f"[{DOTS}]", form)}
    for s in article.sentences:
        for start, end in tagger.person_names(folded[s.start:s.end]):
            name = folded[s.start + start:s.start + end]
            if key(name) not in halves and not _dictionary_word(name) and lex.type_of(key(name)) in (None, "Person"):
                lex.add(name, "Person", "tagger:lac-person")


def _brackets(article: Article, folded: str, lex: Lexicon) -> None:
    for m in BRACKET.finditer(folded):
        latin = m.group(1).strip()
        if not latin or not _is_proper(latin):
            continue
        opening = m.start()
        while opening > 0 and folded[opening - 1] in " 」”』\"":
            opening -= 1  # 「北辰」(Polaris)
        i, run = _cjk_before(folded, opening)
        if run:
            _cjk_latin_pair(article, folded, lex, i, opening, run, latin, m)
        else:
            _latin_acronym_pair(article, folded, lex, m, latin)


def _cjk_latin_pair(article, folded, lex, i, j, run, latin, m) -> None:
    dotted = DOT_NAME.fullmatch(run) or DOT_NAME.search(run)
    latin_type = lex.type_of(key(latin))
    if dotted and dotted.end() == len(run):
        span = _clean_dot_name(run, dotted)  # offsets relative to run
        if span is None:
            return
        cjk = run[span[0]:span[1]]
        etype = latin_type or "Person"
    else:
        translit = _translit_suffix(run, minimum=2)
        native = _native_name_tail(run)
        tokens = latin.split()
        name_shaped = len(tokens) <= 3 and all(NAME_TOKEN.match(t) for t in tokens)
        if latin_type:
            cjk = _known_tail(run, latin, lex) or (translit if len(translit) >= 2 else _last_word(run))
            etype = latin_type
        elif tokens[0] not in cues.LATIN_STOPWORDS and (
                run.endswith(CJK_COMPANY_ENDINGS) or (tokens[-1] in cues.COMPANY_SUFFIX_WORDS and len(tokens) > 1)):
            cjk, etype = _org_tail(run, lex), "Company"  # 曜石算力(Obsidian Compute)
        elif _cluster_context(folded, article, i, m.end()):
            cjk, etype = translit or _last_word(run), "Cluster"
        elif _near(folded, j, m.end(), cues.MODEL_CUES[:3], before=0, after=4):
            cjk, etype = translit or _last_word(run), "Model"
        elif native and 2 <= len(tokens) <= 3 and name_shaped and (
                _looks_like_personal_name(tokens) or all(PINYIN.match(t.lower()) for t in tokens)):
            cjk, etype = native, "Person"  # 庞若鸣(Ruoming Pang)
        elif translit and len(translit) >= 2 and name_shaped and tokens[-1] not in cues.COMPANY_SUFFIX_WORDS:
            cjk, etype = translit, "Person"  # 达里奥(Dario)
        else:
            t = _latin_type(latin, folded, m.start(), m.end(), article, lex)
            cjk = _org_tail(run, lex) if t == "Company" else _last_word(run)
            if t is None or not cjk:
                lex.reject(article.id, f"{run}({latin})", "bracketed gloss, not a name")
                return
            etype = t
    if not cjk or len(cjk) < 2:
        return
    rule = "pair:bracketed-english"
    a = lex.add(cjk, etype, rule)
    b = lex.add(latin, etype, rule)
    lex.link(a, b, rule)


def _initials(words: list[str]) -> str:
    """Initials of a name; an all-caps word gives all its letters (Facebook AI Research -> FAIR)."""
    return "".join(w if w.isupper() and w.isalpha() else w[0] for w in words if w[:1].isalpha()).upper()


CJK_IN_BRACKETS = re.compile(rf"[(（]\s*([{CJK}·・]{{2,12}})\s*[)）]")


def _latin_cjk_pairs(article: Article, folded: str, lex: Lexicon) -> None:
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
        if etype == "Person" and not (DOT_NAME.fullmatch(cjk) or _native_name_tail(cjk) == cjk or
                                      _translit_suffix(cjk) == cjk):
            continue
        lex.link(k, lex.add(cjk, etype, "pair:bracketed-chinese"), "pair:bracketed-chinese")


def _latin_acronym_pair(article, folded, lex, m, acronym) -> None:
    if not (acronym.isupper() and 2 <= len(acronym) <= 6):
        return
    before = folded[max(0, m.start() - 80):m.start()].rstrip()
    run = LATIN_RUN.findall(before)
    if not run or not before.endswith(run[-1]):
        return
    words = run[-1].split()
    for n in range(len(words), 0, -1):
        cand = words[-n:]
        if _initials(cand) == acronym or "".join(w[0] for w in cand).upper() == acronym:
            name = " ".join(cand)
            etype = _latin_type(name, folded, m.start() - len(name), m.start(), article, lex) or "Company"
            rule = "pair:acronym"
            a = lex.add(name, etype, rule)
            b = lex.add(acronym, etype, rule)
            lex.link(a, b, rule)
            return


def _model_families(lex: Lexicon) -> set[str]:
    fams = {"o"}
    for k, form in lex.forms.items():
        if lex.type_of(k) == "Model":
            first = re.split(r"[\s\-]", form)[0]
            if first and first.isascii():
                fams.add(first.lower())
    return fams


MODEL_HEAD = re.compile(r"(?<![A-Za-z0-9])([A-Z][A-Za-z]*|GPT|o)")


COUNT_UNITS = set("月年日号天周亿万千百个位名家倍款种项层块张台")


def _model_span(folded: str, start: int, families: set[str], lex_types: dict) -> tuple[int, bool, str] | None:
    """End of a model (or versioned cluster) name starting at start: (end, has_version, type).

    A name is a family word followed by version tokens (4, 2.5, 4o, R1, v1.5), variant
    words (Pro, mini, Thinking) and, once a version is seen, capitalised words
    (Llama 4 Scout); hyphens join the parts (Seed-Thinking-v1.5, MAI-Voice-1).
    """
    m = re.compile(r"[A-Za-z][A-Za-z]*").match(folded, start)
    fam = m.group(0)
    known = fam.lower() in families
    if fam in cues.NOT_MODEL_FAMILIES or (len(fam) == 1 and fam != "o"):
        return None
    etype = "Model"
    known_type = lex_types.get(key(fam))
    if known_type == "Cluster":
        etype = "Cluster"  # Colossus 2
    elif known_type not in (None, "Model"):
        # a company's name: DeepSeek-R1 is a model, NVIDIA H100 is hardware
        if folded[m.end():m.end() + 1] != "-":
            return None
    pos = m.end()
    has_version = False
    tokens = 0
    last_good = pos
    while tokens <= 5:
        t = re.compile(r"([\- ]?)([A-Za-z0-9][A-Za-z0-9.]*)").match(folded, pos)
        if not t:
            break
        sep, tok = t.group(1), t.group(2).rstrip(".")
        if tok.isdigit() and folded[t.end():t.end() + 1] in COUNT_UNITS:
            break  # Mistral 5月发布: a month, not a version
        if tokens == 0 and not sep and re.fullmatch(r"\d+(?:\.\d+)*[a-z]?", tok):
            has_version = True  # Qwen3, GPT4
        elif VERSION_TOKEN.match(tok) and (sep or tokens == 0):
            has_version = True
        elif sep and tok.lower() in cues.MODEL_VARIANT_WORDS and (has_version or known or sep == "-"):
            pass
        elif sep == "-" and (tok[:1].isupper() or tok.lower() in cues.MODEL_VARIANT_WORDS) and tok not in cues.COMPANY_SUFFIX_WORDS:
            pass  # Doubao-Seed-1.6, MAI-Voice-1
        elif sep == " " and has_version and NAME_TOKEN.match(tok) and tok not in cues.LATIN_STOPWORDS \
                and tok not in cues.COMPANY_SUFFIX_WORDS:
            pass  # Llama 4 Scout
        elif sep == " " and not has_version and tokens < 2 and NAME_TOKEN.match(tok) \
                and re.match(r" (?:v?\d+(?:\.\d+)*[a-z]?)(?![\w月年日])", folded[t.end():t.end() + 8]):
            pass  # Mistral Medium 3, Claude Opus 4: a variant word before the version
        else:
            break
        pos = t.start() + len(sep) + len(tok)
        tokens += 1
        if has_version or tok.lower() in cues.MODEL_VARIANT_WORDS:
            last_good = pos
    if not has_version and not known:
        return None
    return (last_good if has_version else pos), has_version, etype


def _models(article: Article, folded: str, lex: Lexicon) -> None:
    families = _model_families(lex)
    lex_types = {k: lex.type_of(k) for k in lex.forms}
    for s in article.sentences:
        sent = folded[s.start:s.end]
        model_cue = any(c in sent for c in cues.MODEL_CUES)
        covered = s.start  # a head inside a name already read (Thinking in Seed-Thinking-v1.5) is not one
        for m in MODEL_HEAD.finditer(folded, s.start, s.end):
            if m.start() < covered or folded[m.start() - 1:m.start()] == "-":
                continue
            if m.group(0) == "o":
                om = O_SERIES.match(folded, m.start())
                if om:
                    lex.add(om.group(0), "Model", "shape:o-series")
                continue
            got = _model_span(folded, m.start(), families, lex_types)
            if not got:
                continue
            end, has_version, etype = got
            covered = end
            if folded[end:end + 2] in ("..", "…") or folded[end:end + 1] == "…":
                lex.reject(article.id, folded[m.start():end + 4], "model name cut off by an ellipsis")
                continue
            name = folded[m.start():end].strip()
            fam = re.match(r"[A-Za-z]+", name).group(0).lower()
            if fam not in families and etype == "Model" and not (has_version and model_cue) \
                    and lex_types.get(key(fam)) != "Company":
                continue
            if name == m.group(0) and fam not in families:
                continue
            if lex.type_of(key(name)) not in (None, etype):
                continue
            if not has_version and name.lower() == fam:
                continue  # a bare family name is only known from the gazetteer
            lex.add(name, etype, "shape:model-name")
            if etype == "Model":
                families.add(fam)
            last = name.split()[-1]
            if len(name.split()) >= 3 and NAME_TOKEN.match(last) and last.lower() not in cues.MODEL_VARIANT_WORDS:
                lex.scoped[article.id][key(last)] = key(name)  # Scout after Llama 4 Scout


AFTER_MODEL_WORD = re.compile(r"(?:模型|大模型|推理模型|语言模型|多模态模型|开源模型|视频模型|编程模型)\s*([A-Z][A-Za-z0-9.\-]{2,}(?: [A-Z0-9][A-Za-z0-9.\-]*)?)")


def _named_after_model_word(article: Article, folded: str, lex: Lexicon) -> None:
    for m in AFTER_MODEL_WORD.finditer(folded):
        name = m.group(1).rstrip(".-")
        if name in cues.LATIN_STOPWORDS or name.isupper() or lex.type_of(key(name)) not in (None, "Model"):
            continue
        lex.add(name, "Model", "cue:model-word")


NAMED = re.compile(rf"(?:(?:名为|名叫|代号|叫做|称为|命名为)\s*[“「\"]?|[“「\"])"
                   rf"([A-Za-z{CJK}][A-Za-z0-9{CJK}.\-]{{0,15}}(?: [A-Z0-9][A-Za-z0-9.\-]*)?)[”」\"]?"
                   rf"\s*(?:[(（]\s*([A-Za-z][A-Za-z0-9 .\-]*)\s*[)）])?")


def _named(article: Article, folded: str, lex: Lexicon) -> None:
    """A name given in quotes or after 名为/代号, typed by the word that follows it:
    名为Eos的内部AI超级电脑, “昆仑-X”(Kunlun-X)智算集群, 大模型“衡-1”."""
    for m in NAMED.finditer(folded):
        name, latin = m.group(1), m.group(2)
        if not name or name in cues.LATIN_STOPWORDS or len(name) > 10 \
                or any(ch in NAME_BREAK_CHARS or ch in "比更很最" for ch in name):
            continue  # a quoted clause, not a name
        after = folded[m.end():m.end() + 14]
        clause_after = re.split(r"[，,。；;！？]", after)[0]
        before = folded[max(0, m.start() - 8):m.start()]
        if any(c in clause_after for c in cues.CLUSTER_CUES):
            etype = "Cluster"
        elif any(before.endswith(w) for w in ("模型", "大模型", "语言模型", "推理模型")) or clause_after.lstrip("的").startswith(("模型", "大模型", "系列模型")):
            etype = "Model"
        else:
            continue
        if not (re.search(r"\d|[A-Z]", name) or _translit_suffix(name) == name or latin):
            continue  # a quoted phrase, not a name: “泰坦”级
        for form in filter(None, (name, latin)):
            if lex.type_of(key(form)) not in (None, etype):
                break
        else:
            a = lex.add(name, etype, "cue:named")
            if latin:
                lex.link(a, lex.add(latin, etype, "cue:named"), "pair:bracketed-english")


CLUSTER_NAME = re.compile(rf"([A-Z][A-Za-z]+|[{CJK}]{{2,6}})(?:\s+AI)?\s*(?=集群|丛集|资料中心|超级电脑|超算|超级计算机|超级集群|数据中心|算力中心|智算中心|\s(?:cluster|supercomputer))")


def _clusters(article: Article, folded: str, lex: Lexicon) -> None:
    for m in CLUSTER_NAME.finditer(folded):
        name = m.group(1)
        if name.isascii():
            if name in cues.LATIN_STOPWORDS or name.isupper():
                continue
        else:
            name = _translit_suffix(name, minimum=2)
            if not name or len(name) < 2 or any(c in "万千百亿卡" for c in name):
                continue  # 万卡集群 counts cards, it names nothing
        if lex.type_of(key(name)) not in (None, "Cluster"):
            continue
        lex.add(name, "Cluster", "cue:cluster-word")


def _latin_candidates(folded: str):
    """Latin names in the text, split at title words (CEO) and lowercase words."""
    for m in LATIN_RUN.finditer(folded):
        tokens = [(t.start(), t.group(0)) for t in re.finditer(r"\S+", m.group(0))]
        chunk: list[tuple[int, str]] = []
        for off, tok in tokens + [(len(m.group(0)), "")]:
            stop = (not tok or tok in cues.TITLE_WORDS_LATIN or not (tok[0].isupper() or tok[0].isdigit()))
            if stop:
                if chunk:
                    s = m.start() + chunk[0][0]
                    e = m.start() + chunk[-1][0] + len(chunk[-1][1])
                    yield s, e, folded[s:e]
                chunk = []
            else:
                chunk.append((off, tok))


def _bracket_gloss(folded: str, start: int, end: int) -> bool:
    """A Latin name that opens a bracket right after Chinese text glosses that text."""
    left = folded[max(0, start - 3):start].rstrip()
    right = folded[end:end + 3].lstrip()
    return left.endswith(("(", "（")) and right[:1] in (")", "）", ",", "，", ":", "：")


PINYIN = re.compile(r"^(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|uan|ian|iao|uai|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|o|e|i|u|v))+$")


def _looks_like_personal_name(tokens: list[str]) -> bool:
    """A common given name first (Ethan Cole), or a pinyin name (Zhifeng Chen, Chen Zhifeng)."""
    if len(tokens) < 2:
        return False
    if tokens[0] in cues.GIVEN_NAMES:
        return True
    if len(tokens) == 2:
        a, b = tokens
        for given, family in ((a, b), (b, a)):
            if family in cues.PINYIN_SURNAMES and PINYIN.match(given.lower()) and given not in cues.PINYIN_SURNAMES:
                return True
    return False


def _latin_names(article: Article, folded: str, lex: Lexicon) -> None:
    for start, end, name in _latin_candidates(folded):
        name = name.rstrip(".'-")
        end = start + len(name)
        if not name or lex.type_of(key(name)) or name in cues.LATIN_STOPWORDS:
            continue
        if _bracket_gloss(folded, start, end):
            continue  # a gloss of the Chinese before it, handled with the brackets
        tokens = name.split()
        if any(VERSION_TOKEN.match(t) for t in tokens):
            continue  # a model or a product with a number
        if name.lower().startswith("the ") and len(tokens) >= 2:
            if folded[max(0, start - 1):start] in ("《",) or _near(folded, start, end, cues.COMPANY_CUES_AFTER + ("的", "专访", "访谈", "节目"), before=0, after=4):
                lex.add(name, "Company", "cue:media-name")
            continue
        if tokens[0] in cues.LATIN_STOPWORDS:
            continue
        if _near(folded, start, end, cues.CLUSTER_CUES, before=0, after=6):
            continue  # Fairwater AI资料中心: a cluster, read by the cluster rule
        ctype = _latin_type(name, folded, start, end, article, lex)
        person_shape = 2 <= len(tokens) <= 4 and all(NAME_TOKEN.match(t) for t in tokens) and tokens[-1] not in cues.COMPANY_SUFFIX_WORDS
        person_cue = _near(folded, start, end, cues.PERSON_CUES_BEFORE, before=8, after=0) or _near(
            folded, start, end, cues.PERSON_CUES_AFTER, before=0, after=6)
        left = folded[max(0, start - 40):start]
        coordinated = re.search(r"([A-Za-z][A-Za-z \-]+?|[\u4e00-\u9fff·]{2,10})\s*(?:和|与|、|及|and)\s*$", left)
        if person_shape and coordinated and lex.type_of(key(coordinated.group(1).strip())) == "Person":
            person_cue = True  # a name listed with a known person is a person
        if person_shape and _looks_like_personal_name(tokens):
            ctype = None  # Mark Gurman报道: the name outweighs the cue
            person_cue = True
        if person_shape and person_cue and ctype is None:
            lex.add(name, "Person", "cue:person-name")
            lex.scoped[article.id][key(tokens[-1])] = key(name)
        elif ctype == "Company":
            lex.add(name, "Company", "cue:company-name")
        elif person_shape:
            lex.reject(article.id, name, "English name with no cue to its type")
        elif len(tokens) == 1 and name.isupper() and 2 <= len(name) <= 6:
            lex.acronyms.setdefault(key(name), name)  # typed later if a long form explains it
        elif len(tokens) == 1 and (name[0].isupper()):
            lex.reject(article.id, name, "unknown word with no cue to its type")


ORG_UNIT = re.compile(rf"([{CJK}A-Za-z ]{{0,10}}?)\s*(研究团队|实验室|团队|部门|研究院|事业部)")


def _org_units(article: Article, folded: str, lex: Lexicon) -> None:
    """Company + descriptor + unit word: Meta超级智能实验室 / FAIR研究团队 / MSL团队."""
    companies = _company_pattern(tuple(sorted(k for k in lex.forms if lex.type_of(k) == "Company")), lex)
    if companies is None:
        return
    for m in companies.finditer(folded):
        rest = folded[m.end():m.end() + 16]
        u = re.match(rf"\s*([{CJK}A-Za-z]{{0,8}}?)\s*(研究团队|实验室|团队|部门|研究院|事业部|(?<=[a-z ])Labs?\b)", rest)
        if not u:
            continue
        desc = u.group(1).strip()
        parent = _parent_key(lex, key(m.group(0)))
        if "的" in desc:
            desc = desc.rsplit("的", 1)[1]
            if not desc:
                continue  # Inflection的团队: the company itself, already a mention
        surface = folded[m.start():m.end() + u.end()].strip()
        named = key(lex.canonical.get(key(m.group(0)), m.group(0)) + desc)
        if desc and lex.type_of(named) == "Company":  # 微软AI部门 is Microsoft AI
            lex.link(named, lex.add(surface, "Company", "pattern:org-unit"), "pattern:unit-named")
            continue
        if any(ch.isupper() for ch in desc) and desc.isascii() and desc.isupper():
            continue  # MSL AIGC实验室: an acronym, not a descriptor
        dkey = cues.DESCRIPTOR_GLOSSARY.get(desc.lower(), desc.lower())
        if dkey in cues.GENERIC_DESCRIPTORS or lex.type_of(key(desc)) not in (None, "Company"):
            continue
        surface = folded[m.start():m.end() + u.end()].strip()
        if desc and lex.type_of(key(desc)) == "Company":
            # 字节跳动Seed团队 is Seed, a name of its own
            lex.link(key(desc), lex.add(surface, "Company", "pattern:org-unit"), "pattern:unit-named")
            continue
        if dkey in cues.SELF_DESCRIPTORS:
            lex.add(surface, "Company", "pattern:org-unit")
            lex.link(parent, key(surface), "pattern:unit-of-itself")
            continue
        unit = f"unit:{parent}:{dkey}"
        k = lex.add(surface, "Company", "pattern:org-unit")
        lex.link(unit, k, "pattern:org-unit")
        lex.unit_names.setdefault(unit, desc)
        short = desc + u.group(2)
        if len(short) >= 4:
            ks = lex.add(short, "Company", "pattern:org-unit")
            lex.link(unit, ks, "pattern:org-unit")


def _parent_key(lex: Lexicon, k: str) -> str:
    """The key a parent company is known by, whichever of its forms was written (苹果 / Apple)."""
    return key(lex.canonical[k]) if k in lex.canonical else k


def _company_pattern(keys: tuple[str, ...], lex: Lexicon):
    forms = sorted({lex.forms[k] for k in keys}, key=len, reverse=True)
    return re.compile("|".join(form_regex(f) for f in forms)) if forms else None


# ---------------------------------------------------------------- pass 2: matching

def find_mentions(article: Article, folded: str, lex: Lexicon, pattern: re.Pattern) -> list[Mention]:
    found: list[tuple[int, int, str]] = []  # start, end, lexicon key
    for m in pattern.finditer(folded):
        found.append((m.start(), m.end(), key(m.group(0))))
    # the article's own short forms (弗里德曼 after 纳特·弗里德曼), only where no longer
    # mention covers them, and only when a single full name of the article gives them
    full_keys = {k for _, _, k in found}
    givers: dict[str, set[str]] = {}
    for short, full in lex.scoped.get(article.id, {}).items():
        if full in full_keys and short not in lex.forms:
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
        if lex.type_of(k) == "Company" and form.endswith(("智能", "科技", "智算", "算力")) and len(form) >= 4:
            givers.setdefault(key(form[:-2]), set()).add(k)  # 深衡 after 深衡智能
    short_forms = {short: next(iter(fulls)) for short, fulls in givers.items() if len(fulls) == 1}
    occupied = [False] * len(folded)
    for s, e, _ in found:
        for i in range(s, e):
            occupied[i] = True
    for short, full in short_forms.items():
        for m in re.finditer(form_regex(short), folded):
            if not any(occupied[m.start():m.end()]):
                found.append((m.start(), m.end(), full))
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

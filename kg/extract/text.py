"""Text helpers the mention rules share: character classes, context windows, name boundaries."""
from __future__ import annotations

import re
from functools import lru_cache

from ..normalize import is_cjk, key
from ..types import Article
from . import cues
from .lexicon import Lexicon, form_regex


CJK = "\u4e00-\u9fff\u3400-\u4dbf"


DOTS = "·・•‧"


LATIN_RUN = re.compile(r"(?<![A-Za-z0-9.À-ÿ])[A-Za-zÀ-ÖØ-öø-ÿ][A-Za-z0-9.&'+\-À-ÖØ-öø-ÿ]*(?:[ \u00a0]+[A-Za-z0-9À-ÖØ-öø-ÿ][A-Za-z0-9.&'+\-À-ÖØ-öø-ÿ]*)*")


NAME_TOKEN = re.compile(r"^(?:[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:[A-Z][a-zß-öø-ÿ]+)?|[A-Z][a-z]*-[A-Z][a-z]+|[A-Z][a-z]+-[a-z]+|[A-Z]'[A-Z][a-z]+|Mc[A-Z][a-z]+)$")


VERSION_TOKEN = re.compile(r"^(?:v?\d+(?:\.\d+)*[a-zA-Z]?|[A-Z]\d+(?:\.\d+)*[A-Za-z]?|\d+[BbMmKk]|A\d+B|\d+x\d+[Bb])$")


FUNCTION_CHARS = set("的了在和与及或是为被把对从向于由将也就都而并且但其这那该此个位名家")


NAME_BREAK_CHARS = set("的了在和与及或是为被把对从向于由将也就都而并且但其这那该此")  # never inside a native name


AFTER_NAME_CHARS = set("则也已将在于是的和与说称表宣透指认曾此随近今去正目还又就都被把从向对等仍兼、，,。；;：:(（的")


def translit_suffix(run: str, minimum: int = 1, edge: bool = False) -> str:
    """The longest tail of run made of transliteration characters.

    One character outside the table is let in between two that are in it (阿拉文德), as
    transliterations use a few more characters than the table lists; with edge, also as
    the last character, when run ends where the name does (德文 before ·凯斯勒).
    """
    i = len(run)
    while i > 0:
        if run[i - 1] in cues.TRANSLIT:
            i -= 1
        elif i >= 2 and (i < len(run) or edge) and run[i - 2] in cues.TRANSLIT and run[i - 1] not in FUNCTION_CHARS \
                and run[i - 1] not in AFTER_NAME_CHARS:
            i -= 1
        else:
            break
    tail = run[i:]
    return tail if len(tail) >= minimum else ""


def strip_punct(text: str) -> str:
    return text.rstrip(" :：\"“”「」『』*")


def translit_prefix(run: str) -> str:
    """The longest head of run made of transliteration characters, one outside the table let
    in between two inside it (奥孔克沃), unless it is a word that follows names (扎克伯格说道)."""
    i = 0
    while i < len(run):
        if run[i] in cues.TRANSLIT:
            i += 1
        elif 0 < i < len(run) - 1 and run[i + 1] in cues.TRANSLIT and run[i] not in AFTER_NAME_CHARS \
                and run[i] not in FUNCTION_CHARS:
            i += 1
        else:
            break
    return run[:i]


def near(text: str, start: int, end: int, words, before: int = 8, after: int = 8) -> bool:
    left = text[max(0, start - before):start]
    right = text[end:end + after]
    return any(strip_punct(left).endswith(w) for w in words) or any(right.lstrip().startswith(w) for w in words)


def sentence_span(article: Article, pos: int) -> tuple[int, int]:
    for s in article.sentences:
        if s.start <= pos < s.end:
            return s.start, s.end
    return max(0, pos - 60), pos + 60


def cluster_context(folded: str, article: Article, start: int, end: int) -> bool:
    s0, s1 = sentence_span(article, start)
    window = folded[max(s0, start - 30):min(s1, end + 40)]
    return any(c in window for c in cues.CLUSTER_CUES)


def cjk_before(folded: str, pos: int) -> tuple[int, str]:
    """The CJK name-like run ending at pos (dotted names included)."""
    i = pos
    while i > 0 and (is_cjk(folded[i - 1]) or folded[i - 1] in DOTS
                     or folded[i - 1] == "-" and i > 1 and is_cjk(folded[i - 2]) and i < pos and is_cjk(folded[i])):
        i -= 1  # 诺亚·本-大卫: a hyphen between two characters is inside the name
    return i, folded[i:pos]


def segment(run: str) -> list[str]:
    """jieba's dictionary words of run, without guessing at unknown ones."""
    return _jieba().lcut(run, HMM=False)


def word_at(text: str, index: int, before: int = 3, after: int = 4) -> tuple[int, int]:
    """The span of the word (or lone character) that holds text[index], as jieba cuts the
    window of text around it."""
    i = max(0, index - before)
    for w in segment(text[i:index + after]):
        if i + len(w) > index:
            return i, i + len(w)
        i += len(w)
    return index, index + 1


def word_across(text: str, pos: int) -> bool:
    """Whether a dictionary word runs across pos: 转任|鸿海, 贺临|亲自, 伊藤錬|功不可没."""
    start, end = word_at(text, pos)
    return start < pos and end - start >= 2


def trim_leading_words(run: str) -> str:
    """Drop leading function words (据, 和, 在...) from a CJK run, using jieba's segmentation."""
    words = segment(run)
    while words and (len(words[0]) == 1 and words[0] in FUNCTION_CHARS or words[0] in ("据", "根据", "依据", "按照", "包括", "以及", "比如", "例如", "其中")):
        words.pop(0)
    return "".join(words)


INSTITUTE_ENDINGS = ("研究院", "研究所", "实验室", "研究中心", "研发中心")
CJK_COMPANY_ENDINGS = ("科技", "智能", "智算", "算力", "资本", "集团", "公司", "半导体", "研究院", "研究所", "研究中心", "研发中心", "实验室", "基金",
                       "电信", "电讯", "国际", "银行", "游戏", "影业")


def known_tail(run: str, latin: str, lex: Lexicon) -> str:
    """The end of run that is already a known form of the same entity (…名为巨像 -> 巨像)."""
    target = key(latin)
    linked = lex.linked(target)
    for k in range(min(len(run), 12), 1, -1):
        if key(run[-k:]) in linked or key(run[-k:]) == target:
            return run[-k:]
    return ""


def org_tail(run: str, lex: Lexicon) -> str:
    """The organisation name ending run: a known form if one ends it (原微软亚洲研究院 -> 微软亚洲研究院)."""
    for n in range(len(run) - 1, 1, -1):
        if lex.type_of(key(run[-n:])) == "Company":
            return run[-n:]
    for cue in ("公司", "企业", "机构", "厂商", "开发商", "独角兽", "初创", "新创", "厂", "智库"):
        if cue in run[:-2]:
            run = run.rsplit(cue, 1)[1]  # 新创公司曜石算力 -> 曜石算力
    run = re.split("[由的在被把从向将与和及是为它他她了]|加入|加盟|转投|跳槽到|跳槽至|离开|创办|创立|创建|成立|注册|执掌|掌舵|出任|担任", run)[-1] or run  # 它由云岫科技, 随后创办栖枝智能
    run = trim_leading_words(run)
    if len(run) <= 8 or (len(run) <= 14 and run.endswith(INSTITUTE_ENDINGS)):
        return run  # 上海科学智能研究院, 香港生成式人工智能研发中心: an institute's name runs long
    ending = next((e for e in CJK_COMPANY_ENDINGS if run.endswith(e)), "")
    if ending:  # 去年底离职后创立织码科技 -> 织码科技
        return last_word(run[:-len(ending)]) + ending
    return last_word(run)


def last_word(run: str) -> str:
    """The name-like end of a CJK run: after the last naming word (名为), else its last words."""
    for w in cues.NAMING_WORDS:
        if w in run:
            run = run.rsplit(w, 1)[1]
    run = trim_leading_words(run)
    if len(run) <= 4:
        return run
    words = segment(run)
    tail = words[-1]
    if len(tail) < 2 and len(words) > 1:
        tail = words[-2] + tail
    return tail


def is_proper(latin: str) -> bool:
    tokens = latin.split()
    return bool(tokens) and all(t[:1].isupper() or t[:1].isdigit() for t in tokens)


def latin_type(name: str, folded: str, start: int, end: int, article: Article, lex: Lexicon) -> str | None:
    known = lex.type_of(key(name))
    if known:
        return known
    tokens = name.split()
    if tokens[0] in cues.LATIN_STOPWORDS and not (tokens[0] == "AI" and len(tokens) > 2):
        return None  # Personal Super Intelligence: a phrase, not a name; AI Security Institute is one
    if tokens[-1] in cues.COMPANY_SUFFIX_WORDS and len(tokens) > 1:
        # Gemini Robotics: a model of a known family, though its last word ends company names
        return "Model" if lex.type_of(key(tokens[0])) == "Model" else "Company"
    if near(folded, start, end, cues.COMPANY_CUES_BEFORE, before=10, after=0) or near(
        folded, start, end, cues.COMPANY_CUES_AFTER, before=0, after=8
    ):
        return "Company"
    if re.match(r"\s*(?:的)?\s*(?:前|原)\s*(?:[^，,。\s]{0,6}?)(?:副总裁|总裁|CEO|CTO|负责人|研究员|工程师|科学家|高管|总监)", folded[end:end + 14]):
        return "Company"  # Stripe前工程副总裁: someone's former employer
    if re.search(r"(?:前|原|曾任|曾担任)\s*$", folded[max(0, start - 4):start]) and not (name.isupper() and len(name) <= 4) \
            and lex.type_of(key(tokens[0])) is None and re.match(
            r"\s*(?:的)?\s*[^，,。；;\s]{0,8}?\s*(?:副总裁|总裁|CEO|CTO|COO|CFO|负责人|研究员|工程师|科学家|高管|总监|主管|员工)", folded[end:end + 16]):
        return "Company"  # 前 GitHub CTO, 前 Spotify 数据平台负责人: the post held there
    if IS_A_COMPANY.match(folded, end) or FOUNDED_BY_AFTER.match(folded, end):
        return "Company"
    in_place = re.search(r"(?:在|位于|于)\s*$", folded[max(0, start - 3):start])  # 在 Memphis 扩建: a place
    if (ACTS_LIKE_COMPANY_AFTER.match(folded, end) and not in_place) or ACTS_LIKE_COMPANY_AROUND.match(
            folded[max(0, start - 6):start] + "|" + folded[end:end + 14]):
        return "Company"
    return None


# Quillon 由杰森·沃德和卡尔·韦伯于 2023 年联合创立: what someone founded
FOUNDED_BY_AFTER = re.compile(r"\s*(?:是)?由[^。，,；;]{2,30}?(?:联合|共同)?(?:创立|创办|创建)")
# Parallax Drive 是一家美国的驾驶仿真创业公司
IS_A_COMPANY = re.compile(r"\s*(?:则|也)?\s*是一家[^。，,；;]{0,24}?(?:公司|服务商|初创|新创|企业|运营商|厂商|实验室)")
# what a company does in a sentence: Runway今年推出了…, 从Runway离职, 从Pika招入了…
ACTS_LIKE_COMPANY_AFTER = re.compile(
    r"\s*(?:也|还|则|已|已经|正式|今年|去年|近日|日前|刚刚|将|于|本周|上周|今天|昨天)?\s*"
    r"(?:\d{1,2}月(?:份)?(?:\d{1,2}日)?)?\s*(?:发布|推出|发表|开源|上线|训练|收购|宣布推出|再扩|扩建|加码|融资|再融|"
    r"完成|获得|估值|注资|领投|参投|跟投|投资了|挖走|挖角|的\s*(?:research|head|chief|CEO|CTO|co-founder|founder))")
# not 表示/宣布 above: people say things too
ACTS_LIKE_COMPANY_AROUND = re.compile(
    r".*(?:(?:从|自|离开|加盟|加入|转投|跳槽至|跳槽到)\s*\|\s*(?:离职|跳槽|出走|挖|招|后|的|，|,|。|转投|加盟|加入|回归|$)"
    r"|被\s*\|\s*(?:挖走|挖角|招入|收购|聘请)|(?:执掌|掌舵|领导|创办|创立)的\s*\|"
    r"|在\s*\|\s*(?:[^|，,。]{0,10}?(?:总部|办公室|分部|研究院|团队))?(?:做|工作|任职|负责|担任|待了)"
    r"|由\s*\|\s*(?:牵头|主导|(?:负责|自行|独立|自己)?\s*(?:承建|建造|建设|兴建|运营|营运|打造|开发|研发|训练))"  # 由Eviden承建, 由 Unbabel 牵头
    r"|由\s*[^|，,。]{0,6}?(?:社区|公司|团队|机构|组织|创业公司)\s*\|\s*(?:负责)?\s*(?:开发|研发|训练|打造|构建)"  # 由开源社区 SpeakLeash 开发
    r"|(?:与|和)\s*\|\s*(?:联合|共同|合作)\s*(?:开发|研发|发布|推出|训练|打造)"
    r"|.*\|\s*(?:运营|营运|承建)(?![商方])(?!\S{0,2}(?:模型|系统|平台)))", re.S)  # …下属的 IDRIS 运营; a paragraph may open just before


def dictionary_word(text: str) -> bool:
    """A word jieba's dictionary knows well as something other than a name (丛集, 常规)."""
    jieba = _jieba()
    if (jieba.dt.FREQ.get(text) or 0) < 10:
        return False
    import jieba.posseg

    return not (jieba.posseg.dt.word_tag_tab.get(text) or "").startswith("nr")


def place_name(text: str, minimum: int = 1000) -> bool:
    """A well-known place: a frequent word jieba tags as one (台湾, 北京; not 港湾, a harbour).
    With minimum=0, any word jieba tags as a place (苍梧)."""
    jieba = _jieba()
    if (jieba.dt.FREQ.get(text) or 0) < max(minimum, 1):
        return False
    import jieba.posseg

    return (jieba.posseg.dt.word_tag_tab.get(text) or "").startswith("ns")


@lru_cache(maxsize=1)
def _jieba():
    """jieba, quiet and with its dictionary loaded (it loads lazily, and an unloaded one knows no word)."""
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)  # its start-up chatter is not the user's business
    jieba.initialize()
    return jieba


def initials(words: list[str]) -> str:
    """Initials of a name; an all-caps word gives all its letters (Facebook AI Research -> FAIR)."""
    return "".join(w if w.isupper() and w.isalpha() else w[0] for w in words if w[:1].isalpha()).upper()


def latin_candidates(folded: str):
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


def bracket_gloss(folded: str, start: int, end: int) -> bool:
    """A Latin name that opens a bracket right after Chinese text glosses that text."""
    left = folded[max(0, start - 3):start].rstrip()
    right = folded[end:end + 3].lstrip()
    return left.endswith(("(", "（")) and right[:1] in (")", "）", ",", "，", ":", "：")


def parent_key(lex: Lexicon, k: str) -> str:
    """The key a parent company is known by, whichever of its forms was written (苹果 / Apple)."""
    return key(lex.canonical[k]) if k in lex.canonical else k


def forms_pattern(lex: Lexicon, etype: str):
    """One regex for every known form of a type, longest first; rebuilt only when the forms change."""
    return _forms_pattern(tuple(sorted({f for k, f in lex.forms.items() if lex.type_of(k) == etype})))


@lru_cache(maxsize=8)
def _forms_pattern(forms: tuple[str, ...]):
    ordered = sorted(forms, key=len, reverse=True)
    return re.compile("|".join(form_regex(f) for f in ordered)) if ordered else None


GENERIC_NOUNS = {
    "早期", "架构", "计划", "后者", "前者", "技术", "产品", "模型", "团队", "公司", "平台", "版本", "系列", "方案",
    "项目", "系统", "框架", "算法", "业务", "研究", "最新", "全新", "首款", "新款", "开源", "国产", "国内", "海外",
    "自家", "自研", "官方", "同类", "其他", "多家", "多个", "共同", "两位", "行业", "市场", "用户", "客户", "媒体",
    "全球", "大规模", "前沿", "新兴", "领先", "头部", "人工", "英文", "中文", "数据",
}


def common_word(text: str) -> bool:
    """Not a name: a generic noun, or a word jieba tags as time, adverb, verb, pronoun, number..."""
    if text in GENERIC_NOUNS or any(text.endswith(g) or text.startswith(g) for g in ("共同", "两位", "几位", "我们", "他们")):
        return True
    jieba = _jieba()
    if not jieba.dt.FREQ.get(text):
        return False
    import jieba.posseg

    tag = jieba.posseg.dt.word_tag_tab.get(text) or ""
    return tag[:1] in ("t", "d", "v", "r", "m", "q", "p", "c", "u", "f")


NUMERAL_CHARS = set("一二三四五六七八九十百千万亿两几零半数多第年月日号天周时")  # and 7月开源: a date


def drop_leading_verbs(run: str, keep: int = 2) -> str:
    """The run without the verbs and particles it starts with: 包下陇智 -> 陇智."""
    import jieba.posseg

    _jieba()
    for p in jieba.posseg.dt.cut(run, HMM=False):
        if p.flag[:1] not in "vfpduc" or len(run) - len(p.word) < keep:
            break
        run = run[len(p.word):]
    return run


def has_function_word(run: str) -> bool:
    """Whether jieba tags any word of run a verb, adverb, particle, preposition or conjunction (带着, 则有, 智驾)."""
    import jieba.posseg

    _jieba()
    return any(p.flag[:1] in "vdupc" for p in jieba.posseg.dt.cut(run, HMM=False))


def name_like(text: str, loose: bool = False) -> bool:
    """Words that can make up a name: no verb, adjective, numeral, adverb or pronoun among them
    (上海人工智能 is; 大多数主流 and 从头开始建立一个新 are not). Loose lets single characters
    through, as names are made of them (深境 in 深境智驾)."""
    import jieba.posseg

    _jieba()
    not_in_names = {"v", "vd", "vg", "a", "ad", "ag", "m", "mq", "d", "dg", "r", "rr", "rz", "q", "p", "c",
                    "u", "uj", "ul", "uz", "uv", "ud", "ug", "f", "s"}  # vn (影业) and an (智能) may name things
    return not any(p.flag in not_in_names and not (p.flag == "m" and len(p.word) == 1 and p.word not in NUMERAL_CHARS)
                   and not (loose and len(p.word) == 1)
                   for p in jieba.posseg.dt.cut(text, HMM=False))  # 元 in 元枢智能 is no numeral

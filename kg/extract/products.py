"""Models and clusters: model names by their shape (Llama 4 Scout, GPT-4o, o3, Qwen3-235B),
names given after 模型 / 名为 or in quotes, and cluster names before 集群 / 数据中心."""
from __future__ import annotations

import re
from collections import Counter

from ..normalize import key
from ..types import Article
from . import cues
from .lexicon import Lexicon
from .text import (CJK, FUNCTION_CHARS, NAME_BREAK_CHARS, NAME_TOKEN, VERSION_TOKEN, cjk_before, common_word,
                   dictionary_word, drop_leading_verbs, forms_pattern, has_function_word, last_word, name_like, near,
                   place_name, sentence_span, translit_suffix, word_across)


O_SERIES = re.compile(r"(?<![A-Za-z0-9])o[1-9](?:-(?:mini|pro|preview|high|low))?(?![A-Za-z0-9])")


def model_families(lex: Lexicon) -> set[str]:
    fams = {"o"}
    for k, form in lex.forms.items():
        if lex.type_of(k) == "Model":
            first = re.split(r"[\s\-]", form)[0]
            if first and first.isascii():
                fams.add(first.lower())
    return fams


MODEL_HEAD = re.compile(r"(?<![A-Za-z0-9])([A-Z][A-Za-z]*|GPT|o|[a-z]{3,}(?=-[a-z0-9]))")


COUNT_UNITS = set("月年日号天周亿万千百个位名家倍款种项层块张台")
DOCUMENT_WORDS = {"Technical", "Report", "Release", "Notes", "Paper", "Card", "Blog", "Whitepaper", "Documentation"}


def model_span(folded: str, start: int, families: set[str], lex_types: dict) -> tuple[int, bool, str] | None:
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
        t = re.compile(r"([\- ]?|\.(?=\d))([A-Za-z0-9][A-Za-z0-9.]*)").match(folded, pos)
        if not t:
            break
        sep, tok = t.group(1), t.group(2).rstrip(".")
        if tok.isdigit() and folded[t.end():t.end() + 2].lstrip()[:1] in COUNT_UNITS or re.fullmatch(r"(?:19|20)\d\d", tok):
            break  # Mistral 5月发布, WWDC 2025: a month or a year, not a version
        if tokens == 0 and not sep and re.fullmatch(r"\d+(?:\.\d+)*[a-z]?", tok):
            has_version = True  # Qwen3, GPT4
        elif VERSION_TOKEN.match(tok) and (sep or tokens == 0):
            has_version = True
        elif sep and re.fullmatch(r"[a-z]\d+(?:\.\d+)+", tok):
            has_version = True  # Kimi k1.5
        elif sep == "-" and tok.isalpha() and tok.islower() and len(tok) <= 5 and re.match(r"-\d", folded[t.end():t.end() + 2]):
            pass  # gpt-oss-120b
        elif sep and tok.lower() in cues.MODEL_VARIANT_WORDS and (has_version or known or sep == "-"):
            pass
        elif sep == "-" and (tok[:1].isupper() or tok.lower() in cues.MODEL_VARIANT_WORDS) and tok not in cues.COMPANY_SUFFIX_WORDS:
            known = known or tok.lower() in families  # Doubao-Seed-1.6, MAI-Voice-1; CKIP-Llama is known
        elif sep == " " and etype == "Cluster" and tokens == 0 and known and NAME_TOKEN.match(tok) \
                and tok not in cues.LATIN_STOPWORDS and tok not in cues.COMPANY_SUFFIX_WORDS:
            has_version = True  # Stargate Abilene, Fairwater Atlanta: a site of a known cluster
        elif sep == " " and has_version and NAME_TOKEN.match(tok) and tok not in cues.LATIN_STOPWORDS \
                and tok not in cues.COMPANY_SUFFIX_WORDS and tok not in DOCUMENT_WORDS:
            pass  # Llama 4 Scout, not Prism-1 Technical Report
        elif sep == " " and not has_version and tokens < 3 and (NAME_TOKEN.match(tok) and tok not in cues.LATIN_STOPWORDS
                                                                  or tok in ("LLM", "VLM", "LM")) \
                and re.match(r"(?: [A-Z][A-Za-z]+)? (?:v?\d+(?:\.\d+)*[a-z]?)(?![\w月年日])", folded[t.end():t.end() + 16]):
            pass  # Mistral Medium 3, Claude Opus 4, Grok Code Fast 1: variant words before the version
        else:
            break
        pos = t.start() + len(sep) + len(tok)
        tokens += 1
        if has_version or tok.lower() in cues.MODEL_VARIANT_WORDS:
            last_good = pos
    if not has_version and not known:
        return None
    return (last_good if has_version else pos), has_version, etype


GREEK_MODEL = re.compile(r"(?<![\w*])([πα-ω]\*?\d+(?:\.\d+)*(?:-[A-Z][A-Za-z]*)?)(?![\w.])")  # π0, π0.5, π0-FAST, π*0.6


CHIP_WORDS = "芯片|晶片|加速器|加速卡|处理器|显卡|训练卡|推理卡"


def is_chip(folded: str, name: str) -> bool:
    """The article calls the name a chip somewhere: 芯片MN-Core 2, MN-Core芯片."""
    n = re.escape(name)
    return re.search(rf"(?:{CHIP_WORDS})\s*{n}(?![A-Za-z0-9.\-])|(?<![A-Za-z0-9.\-]){n}\s*(?:系列)?(?:{CHIP_WORDS})"
                     rf"|(?<![A-Za-z0-9.\-]){n}\s*(?:[、和与及][^，,。；;]{{1,20}}?)?等\s*(?:多款|几款|两款|数款|系列)?\s*[^，,。；;]{{0,6}}?(?:{CHIP_WORDS}|GPU)",
                     folded) is not None


def models(article: Article, folded: str, lex: Lexicon) -> None:
    for m in GREEK_MODEL.finditer(folded):
        if lex.type_of(key(m.group(1))) in (None, "Model"):
            lex.add(m.group(1), "Model", "shape:greek-model")
    families = model_families(lex)
    lex_types = {k: lex.type_of(k) for k in lex.forms}
    chips: dict[str, bool] = {}  # name -> the article calls it a chip; one scan of the article per name
    for s in article.sentences:
        covered = s.start  # a head inside a name already read (Thinking in Seed-Thinking-v1.5) is not one
        for m in MODEL_HEAD.finditer(folded, s.start, s.end):
            if m.start() < covered or folded[m.start() - 1:m.start()] == "-":
                continue
            if m.group(0) == "o":
                om = O_SERIES.match(folded, m.start())
                if om:
                    lex.add(om.group(0), "Model", "shape:o-series")
                continue
            if m.group(0)[0].islower() and m.group(0) not in families:
                continue  # a lower-case head only for a family already known (gpt-5-mini)
            got = model_span(folded, m.start(), families, lex_types)
            if not got:
                continue
            end, has_version, etype = got
            covered = end
            if folded[end:end + 2] in ("..", "…") or folded[end:end + 1] == "…":
                lex.reject(article.id, folded[m.start():end + 4], "model name cut off by an ellipsis")
                continue
            name = folded[m.start():end].strip()
            fam = re.match(r"[A-Za-z]+", name).group(0).lower()
            if fam not in families and not has_version and lex_types.get(key(fam)) != "Company":
                continue
            if name == m.group(0) and fam not in families or name.split()[0] in cues.LATIN_STOPWORDS:
                continue  # Apache 2.0 协议: a licence
            if lex.type_of(key(name)) not in (None, etype):
                continue
            if etype == "Model":
                if name not in chips:
                    chips[name] = is_chip(folded, name)
                if chips[name]:
                    continue  # 第二代芯片MN-Core 2, 自研MN-Core芯片: a chip, not a model
            if not has_version and name.lower() == fam:
                continue  # a bare family name is only known from the gazetteer
            if etype == "Model" and (near(folded, m.start(), end, cues.CLUSTER_CUES, before=0, after=8)
                                     or near(folded, m.start(), end, cues.CLUSTER_CUES, before=6, after=0)):
                etype = "Cluster"  # Condor Galaxy 3超级计算机: a versioned cluster
            prefix = _native_prefix(folded, m.start(), name, families, lex) if etype == "Model" and has_version else ""
            if prefix:  # 玉衡VLA 1.0, 天衡E2E 2.5: a Chinese family name written onto the English
                lex.add(prefix + name, etype, "shape:model-name")
                continue
            lex.add(name, etype, "shape:model-name")
            if etype == "Model":
                families.add(fam)
            last = name.split()[-1]
            if len(name.split()) >= 3 and NAME_TOKEN.match(last) and last.lower() not in cues.MODEL_VARIANT_WORDS:
                lex.scoped[article.id][key(last)] = key(name)  # Scout after Llama 4 Scout


def _native_prefix(folded: str, start: int, name: str, families: set[str], lex: Lexicon) -> str:
    """The Chinese name glued to the front of an acronym model name: 玉衡 in 玉衡VLA 1.0, 天衡 in
    天衡E2E 2.5. Two characters that make no common word (not 推出, 大模型 or 盘古), before an acronym
    that is no known family (not GPT-4o)."""
    head = name.split()[0].split("-")[0]
    if not re.fullmatch(r"[A-Z][A-Z0-9]{1,4}", head) or head.lower() in families:
        return ""
    run = cjk_before(folded, start)[1][-4:]
    prefix = run[-2:]  # two characters that begin a word of their own: 的|天衡, 模型|玉衡
    if len(prefix) != 2 or word_across(run, len(run) - 2) or dictionary_word(prefix) \
            or any(ch in FUNCTION_CHARS for ch in prefix) or has_function_word(prefix) \
            or lex.type_of(key(prefix)) not in (None, "Model"):
        return ""
    return prefix


AFTER_MODEL_WORD = re.compile(r"(?:模型|大模型|推理模型|语言模型|多模态模型|开源模型|视频模型|编程模型)\s*"
                              r"([A-Zπα-ω][A-Za-z0-9.\-]{1,}(?: [A-Z0-9][A-Za-z0-9.\-]*)?"
                              r"|[a-z][a-z0-9]+(?:[.\-][a-z0-9]+)+(?![A-Za-z0-9])"  # 自研大模型dots.llm1, 开源模型gpt-oss-120b
                              rf"|[{CJK}]{{2,6}}\s?[A-Z]?\d+(?:\.\d+)*(?:\s(?:Pro|Max|Mini|Lite|Turbo|Plus|Flash|Ultra))?(?![\d.{CJK}%])(?!\s[{CJK}])"  # …推理模型讯飞星火X1, 玉衡 3 Mini
                              r")|[Mm]odels?\s+([A-Z][A-Za-z]*\d[A-Za-z0-9.\-]*)")  # video model Ray2


def named_after_model_word(article: Article, folded: str, lex: Lexicon) -> None:
    for m in AFTER_MODEL_WORD.finditer(folded):
        name = (m.group(1) or m.group(2)).rstrip(".-")
        if not name.isascii() and (dictionary_word(re.sub(r"[A-Z]?\d.*$", "", name)) or any(ch in "的是在为和与就" for ch in name)):
            continue  # 模型总参数3550亿: a quantity, not a name
        if name in cues.LATIN_STOPWORDS or (name.isupper() and len(name) < 4) or lex.type_of(key(name)) not in (None, "Model"):
            continue
        lex.add(name, "Model", "cue:model-word")
    for m in RELEASED_WITH_ENGLISH.finditer(folded):
        name, latin = m.group(1), m.group(2)
        if not dictionary_word(name) and {lex.type_of(key(name)), lex.type_of(key(latin))} <= {None, "Model"}:
            lex.link(lex.add(name, "Model", "cue:released-name"), lex.add(latin, "Model", "cue:released-name"),
                     "pair:bracketed-english")
    for m in RELEASED_VARIANTS.finditer(folded):  # 推出了 Sonar Pro 和 Sonar Reasoning Pro
        for name in filter(None, m.groups()):
            if name.split()[0] not in cues.LATIN_STOPWORDS and lex.type_of(key(name)) is None:
                lex.add(name, "Model", "cue:released-name")
    for m in RELEASED.finditer(folded):
        for x in RELEASED_ITEM.finditer(m.group(0)):
            name = x.group(1)
            if CAMEL.fullmatch(name) and name not in cues.LATIN_STOPWORDS and lex.type_of(key(name)) is None:
                lex.add(name, "Model", "cue:released-name")


# what a company releases under one word of mixed case (发表了 GraphCast, 推出的 RoseTTAFold和RFdiffusion,
# MatterGen 模型): a model; a company's own name does not follow its release verb
CAMEL = re.compile(r"[A-Z](?=[A-Za-z]*[a-z])(?=[a-z]*[A-Z])[A-Za-z]{3,}")
_RELEASE = r"(?:发布|推出|开源(?!的)|发表)(?:了)?"  # 开源的 M describes M, it releases nothing
RELEASED = re.compile(rf"{_RELEASE}(?:[^，,。；;！？\s]{{0,6}}的)?\s*[A-Za-z][A-Za-z0-9\-.]*(?:\s*(?:和|与|、)\s*[A-Za-z][A-Za-z0-9\-.]*)*(?![A-Za-z0-9])"
                      r"|[A-Z][A-Za-z]{3,}(?=\s*(?:系列)?\s*(?:模型|大模型|基础模型|语言模型)(?!\s*(?:团队|部|组|实验室)))")
# 发布了伏羲(FuXi), 天气预报大模型风乌(FengWu): a model named in Chinese with its English name after it
RELEASED_WITH_ENGLISH = re.compile(rf"(?:{_RELEASE}(?:[^，,。；;！？\s]{{0,12}}?(?:模型|大模型))?|模型|大模型)"
                                   rf"\s*([{CJK}]{{2,4}})\s*[(（]\s*([A-Z][A-Za-z0-9\-]+(?: [A-Z0-9][A-Za-z0-9\-]*)?)\s*[)）]")
_VARIANT = r"(?:[A-Z][A-Za-z]+ ){1,2}(?:Pro|Max|Mini|Ultra|Flash|Turbo|Lite|Plus|Nano)(?![A-Za-z0-9])"
RELEASED_VARIANTS = re.compile(rf"(?:{_RELEASE}|上线(?:了)?)[^，,。；;！？\s]{{0,6}}?\s*({_VARIANT})(?:\s*(?:和|与|、|以及)\s*({_VARIANT}))?")
RELEASED_ITEM = re.compile(r"([A-Za-z][A-Za-z0-9\-.]*)(?![A-Za-z0-9\-.])")


NAMED = re.compile(rf"(?:(?:名为|名叫|代号(?:为|是)?|叫做|叫作|称为|命名为)\s*[“「\"]?|[“「\"])"
                   rf"([A-Za-z][A-Za-z0-9.\-]{{0,15}}(?: [A-Z0-9][A-Za-z0-9.\-]*)?|[{CJK}][A-Za-z0-9{CJK}.\-]{{0,15}}(?: [A-Z0-9][A-Za-z0-9.\-]*)?)[”」\"]?"
                   rf"\s*(?:[(（]\s*([A-Za-z][A-Za-z0-9 .\-]*)\s*[)）])?")


CLUSTER_THEN_NAMED = re.compile(rf"(?:{'|'.join(cues.CLUSTER_CUES)})\s*[，,]\s*(?:对外)?$")  # …的集群,名为 Tidewater


def named(article: Article, folded: str, lex: Lexicon) -> None:
    """A name given in quotes or after 名为/代号, typed by the word that follows it:
    名为Eos的内部AI超级电脑, “昆仑-X”(Kunlun-X)智算集群, 大模型“衡-1”, 名叫 Sud Calcul 的公司."""
    for m in NAMED.finditer(folded):
        name, latin = m.group(1), m.group(2)
        if not name or name in cues.LATIN_STOPWORDS or len(name) > (24 if name.isascii() else 10) or name[-1] in "式型级化性类卡" \
                or any(ch in NAME_BREAK_CHARS or ch in "比更很最" for ch in name):
            continue  # a quoted clause, not a name
        after = folded[m.end():m.end() + 20]
        clause_after = re.split(r"[，。；;！？!?\n]|,(?!\d)", after)[0]  # not 4,096
        before = folded[max(0, m.start() - 8):m.start()]
        if re.match(r"(?:名为|名叫|叫做|叫作)", m.group(0)) and re.match(
                r"\s*的\s*[^\s的“「]{0,8}?(?:公司|企业|初创|新创|实验室|研究院|机构)(?!\s*(?:集群|数据中心|园区))", clause_after):
            etype = "Company"  # 一家名叫 Sud Calcul 的本土公司, though it builds a campus
        elif any(c in clause_after for c in cues.CLUSTER_CUES + ("园区",)) or (
                m.group(0)[:1] in "“「\"" and any(before.endswith(c) for c in cues.CLUSTER_CUES)) or (
                re.match(r"(?:名为|称为|命名为)", m.group(0)) and CLUSTER_THEN_NAMED.search(before)):
            # 运营着一个约 8000 张 H100 的集群,名为 Tidewater
            etype = "Cluster"  # “天穹”集群 / 集群“天穹”
        elif any(before.endswith(w) for w in ("模型", "大模型", "语言模型", "推理模型")) or clause_after.lstrip("的").startswith(("模型", "大模型", "系列模型")) \
                or re.match(r"\s*的\s*(?!编程|计算|商业|盈利|经营|运营)[^\s的“「]{0,8}?(?:模型|大模型)(?!\s*(?:团队|部|组|实验室|中心))", clause_after):
            etype = "Model"  # 名为 MindSim 的生成式世界模型
        else:
            continue
        # “天穹” or 名为“萤火一号”: the whole quotation, not its first part (“潮汐·黔南集群”)
        quoted = bool(re.search(r"[“「\"]", m.group(0)[:5])) and m.group(0).rstrip()[-1:] in "”」\""
        if quoted and etype == "Cluster" and (name[:1] in "自不没未无" or common_word(name)):
            continue  # a word in quotes: 最早「自建」大型资料中心的, 但“不排除”在二期部署集群
        if not (re.search(r"\d|[A-Z]", name) or translit_suffix(name) == name or latin
                or (quoted and etype == "Cluster" and (2 <= len(name) <= 4 or re.search(r"[一二三四五六七八九十]号$", name)))):
            continue  # a quoted phrase, not a name: “泰坦”级
        for form in filter(None, (name, latin)):
            if lex.type_of(key(form)) not in (None, etype):
                break
        else:
            a = lex.add(name, etype, "cue:named")
            if latin:
                lex.link(a, lex.add(latin, etype, "cue:named"), "pair:bracketed-english")


CLUSTER_NAME = re.compile(rf"([A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?|[{CJK}]{{2,6}})(?:\s+AI)?\s*(?=集群|丛集|资料中心|超级电脑|超算|超级计算机|超级集群|数据中心|算力中心|智算中心|\s(?:cluster|supercomputer))"
                          rf"|([A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?)\s*(?=园区)"  # Lighthouse园区: a campus with a Latin name
                          rf"|(?:园区|集群|数据中心)\s+([A-Z][A-Za-z]+ [A-Z][A-Za-z]+)(?![A-Za-z])"  # 第一座园区 Cedar Creek
                          # a supercomputer centre's 新系统 Hunter / 下一代系统 Blue Lion
                          rf"|(?:新|后继|下一代|新一代|旗舰|超算)\s*系统\s*([A-Z][A-Za-z]+(?:[ \-][A-Z][A-Za-z]+)?)(?![A-Za-z0-9])"
                          # D1 资料中心, TKO-AI1 数据中心: a site's code, letters and a number
                          rf"|(?<![A-Za-z0-9\-])([A-Z](?=[A-Z0-9\-]*\d)[A-Z0-9]*(?:-[A-Z0-9]+)*)\s*(?=数据中心|资料中心|园区)")


CHIP_CODE = re.compile(r"[A-Z]{1,3}\d{2,4}[A-Z]?|NVL\d+")  # H100, MI300X, GB200, NVL72


def clusters(article: Article, folded: str, lex: Lexicon) -> None:
    for m in CLUSTER_NAME.finditer(folded):
        name = m.group(1) or m.group(2) or m.group(3) or m.group(4) or m.group(5)
        if m.group(5):
            if CHIP_CODE.fullmatch(name):
                continue  # H100 数据中心: the chips in it
        elif name.isascii():
            if any(w in cues.LATIN_STOPWORDS or w in cues.COMPANY_SUFFIX_WORDS for w in name.split()) or name.isupper():
                continue
            if any(w in cues.CHIP_NAMES or CHIP_CODE.fullmatch(w) for w in name.split()):
                continue  # Blackwell集群, H100集群: the chips it is made of, not its name
        else:
            if any(place_name(name[i:]) for i in range(len(name) - 1)):
                continue  # 宣布贵安数据中心: a place, read by the facility rule
            name = translit_suffix(name, minimum=2)
            if not name or len(name) < 2 or any(c in "万千百亿卡到会从在把被让谁不未" for c in name) or name[0] in "主最":
                continue  # 万卡集群 counts cards, it names nothing
        if lex.type_of(key(name)) not in (None, "Cluster"):
            continue
        lex.add(name, "Cluster", "cue:cluster-word")


_LISTED = rf"([A-Z][A-Za-z0-9\-]+(?: [A-Z0-9][A-Za-z0-9\-]*)?|[{CJK}]{{2,4}})"
# Prometheus和Hyperion两个吉瓦级集群, Scout、Maverick 两款模型: every name a counted kind word sums up
LISTED_THEN_KIND = re.compile(rf"(?:^|(?<=[的了建在是，,、：:\s“「]))\s*{_LISTED}((?:\s*(?:和|与|、|及|以及)\s*{_LISTED})+)\s*(?:这|等)?\s*"
                              rf"[两二三四五六七八九十几]\s*(?:个|座|台|款|大|套)\s*[^，,。；;{{}}]{{0,8}}?"
                              rf"(集群|丛集|数据中心|资料中心|超算|超级计算机|超级电脑|智算中心|园区|模型|大模型)(?!公司|团队|实验室)")


def listed_kinds(article: Article, folded: str, lex: Lexicon) -> None:
    for m in LISTED_THEN_KIND.finditer(folded):
        etype = "Model" if m.group(m.lastindex).endswith("模型") else "Cluster"
        names = [m.group(1)] + [x.group(1) for x in re.finditer(_LISTED, m.group(2))]
        if any(lex.type_of(key(n)) not in (None, etype) for n in names):
            continue  # 谷歌和Meta两大公司…: a list of something else
        if any(not n.isascii() and lex.type_of(key(n)) is None and translit_suffix(n) != n for n in names) \
                or any(n in cues.LATIN_STOPWORDS or n.isupper() for n in names):
            continue  # 北京和上海两座数据中心: places; a Chinese name is known or transliterated (普罗米修斯)
        for n in names:
            lex.add(n, etype, "cue:listed-kind")


FACILITY = re.compile(rf"([{CJK}]{{2,10}}?)((?:\s?AI\s?)?(?:智算中心|超算中心|算力中心|数据中心|资料中心|超级运算中心))")
# 由C建设的苍梧智算中心, 位于安徽芜湖的瀚海智算中心: a word that names a site where the text places or builds it
SITED = re.compile(r"(?:(?:建设|兴建|自建|建成|打造|运营|营运|建置|改造)的|位于[^，,。；;{}]{1,14}的)\s*[「“\"『]?$")
GENERIC_FACILITY = ("国家", "人工智能", "新一代", "大型", "超大型", "自建", "自己", "自行", "自家", "这座", "该", "多个", "首个", "全国",
                    "城市", "区域", "一", "整座", "两", "几")
SITE_VERBS = cues.BUILD_VERBS + ("负责", "建", "规划", "选址", "管理")  # 在微软印尼负责数据中心选址: what someone did there


def facilities(article: Article, folded: str, lex: Lexicon) -> None:
    """A compute centre named by its place: 张北智算中心, 阿里云张北智算中心 (the same one)."""
    for m in FACILITY.finditer(folded):
        run = m.group(1).split("的")[-1]  # 中国移动建成的哈尔滨智算中心: the place after 的
        # the company whose name ends closest before the place: 他曾参与[阿里云]乌兰察布智算中心
        owner, place = "", last_word(run)
        for end in range(len(run) - 2, 1, -1):
            start = next((i for i in range(end - 1) if lex.type_of(key(run[i:end])) == "Company"), None)
            if start is not None:
                owner, place = run[start:end], last_word(run[end:]) if len(run) - end > 2 else run[end:]
                break  # 华为云宣布贵安数据中心: the place is 贵安
        sited = SITED.search(folded, max(0, m.start(2) - len(place) - 18), m.start(2) - len(place))
        if m.group(2).endswith(("数据中心", "资料中心")) and not owner and not sited:
            continue  # a data centre is a name only with its owner's, or when someone built it
        if owner and place in ("", "人工智能", "AI") and len(owner) >= 2:
            lex.add(owner + place + m.group(2), "Cluster", "cue:facility")  # 数码港人工智能超算中心
            continue
        place = drop_leading_verbs(place)  # 负责扶摇智算中心 -> 扶摇智算中心
        if not 2 <= len(place) <= 4 or place.startswith(GENERIC_FACILITY) or "卡" in place or place.endswith(SITE_VERBS):
            continue
        if (dictionary_word(place) and not sited or any(ch in NAME_BREAK_CHARS for ch in place)) and not place_name(place, minimum=0):
            continue  # 呼和浩特 is a place, though 和 breaks names
        name = place + m.group(2)
        a = lex.add(name, "Cluster", "cue:facility")
        if owner:
            lex.link(a, lex.add(owner + name, "Cluster", "cue:facility"), "cue:facility")


CAMPUS = re.compile(rf"([{CJK}·]{{2,12}}?)(?:([-–—])([{CJK}]{{2,6}}))?\s*(?:AI\s*)?园区")
# a park named for what it holds (科学园区, 物流园区) or for its size or order (吉瓦级园区, 首座园区)
NOT_A_SITE = ("科学", "科技", "软体", "软件", "物流", "工业", "产业", "创业", "办公", "算力", "智算", "超算", "计算", "数据", "资料")
SITE_CONTEXT = re.compile(r"集群|超算|算力|智算|数据中心|GPU|加速卡|芯片|吉瓦|兆瓦|\d\s*[MG]W|建设|兴建|建成|投产|运营|营运|部署|上线|训练|租户|[一二首]期")


def campuses(article: Article, folded: str, lex: Lexicon) -> None:
    """A compute campus named by its place or its code name: 阿比林园区, 星际之门阿比林园区
    (a site of a known programme), 天璇园区, 雾岛 AI 园区."""
    for m in CAMPUS.finditer(folded):
        s0, s1 = sentence_span(article, m.start())
        if not SITE_CONTEXT.search(folded[s0:s1]):
            continue  # 西溪园区附近一栋楼: a company's offices, not a compute site
        run = m.group(1)
        owner = next((run[:i] for i in range(len(run) - 2, 1, -1) if lex.type_of(key(run[:i])) in ("Company", "Cluster")), "")
        stem = run[len(owner):] if owner else (translit_suffix(run, minimum=3) or last_word(run))
        k = len(run) - len(stem)
        if not owner and k >= 2 and run[k - 2] in "州省市县" and run[k - 1] not in NAME_BREAK_CHARS:
            stem = run[k - 1:]  # 得州柴尔德里斯: 柴 is not in the transliteration table, but a place starts after 州
        stem = drop_leading_verbs(stem)
        if m.group(2):  # 阿联酋-美国AI园区: named for both partners
            stem = stem + m.group(2) + m.group(3)
            run = run + m.group(2) + m.group(3)
        letters = len(stem) - (1 if m.group(2) else 0)
        if not 2 <= letters <= (10 if m.group(2) else 5) or stem.endswith(NOT_A_SITE) \
                or any(c in "级座个新首大型第跨单整各多这那该其每些块自" for c in stem) \
                or any(ch in NAME_BREAK_CHARS for ch in stem) or common_word(stem) \
                or dictionary_word(stem) and not place_name(stem, minimum=0):
            continue
        name = folded[m.start(1) + len(run) - len(stem):m.end()]
        if lex.type_of(key(name)) not in (None, "Cluster"):
            continue
        a = lex.add(name, "Cluster", "cue:campus")
        if lex.type_of(key(stem)) == "Cluster":  # 红水 and 红水园区 are one site
            lex.link(key(stem), a, "cue:campus")
        if owner:
            lex.link(a, lex.add(owner + name, "Cluster", "cue:campus"), "cue:campus")


CJK_VERSIONED = re.compile(rf"([{CJK}]{{2,8}})-((?:[A-Z]{{0,2}}\d+(?:\.\d+)*[A-Za-z]?|[A-Z]\d*|[A-Z][A-Za-z]{{1,4}}-\d+[A-Za-z]?))(?![\w.])"
                           rf"((?:[\s\-](?:Pro|Max|Mini|Lite|Vision|Coder|Turbo|Plus|Flash|Ultra|Instruct|Chat|Air|Nano|VL))*)")
EDITION_WORDS = "前代|前一代|上一代|下一代|新一代|初代|轻量版|升级版|旗舰|最新"
RELEASED_BEFORE = re.compile(r"(?:发布|推出|开源|上线|训练|模型|版)(?:了)?$")
NATIVE_CLUSTER = re.compile(rf"(?:^|(?<=[的其，,、。“「\s]))([{CJK}]{{2,3}})(?:智算|算力|超算|AI|GPU)?(?:集群|丛集)")


def cjk_versioned_models(article: Article, folded: str, lex: Lexicon) -> None:
    """A Chinese name, a hyphen and a version: 岫语-3 Mini, 玄枢-R1 (a company's name with a
    version is its model), 補天-2 Vision."""
    for m in CJK_VERSIONED.finditer(folded):
        run = m.group(1)
        stem = lex.tail_of_type(run, "Company", "Model")
        stem = stem or drop_leading_verbs(re.sub(rf"^(?:{EDITION_WORDS})", "", last_word(run)))  # 前代青岚-2.5, 强调石虎-34B
        # 发布烛照-2: a plain word is a model's name when it is released or called a model
        if len(stem) < 2 or dictionary_word(stem) and lex.type_of(key(stem)) is None \
                and not RELEASED_BEFORE.search(run[:-len(stem)]):
            continue
        name = f"{stem}-{m.group(2)}{m.group(3)}"
        if lex.type_of(key(name)) in (None, "Model"):
            lex.add(name, "Model", "shape:chinese-model-version")


NUMBER = r"(?:[一二三四五六七八九十]号|\s?\d{1,2}\s?号(?![\d楼院线]))"
NUMBERED = re.compile(rf"(?<![{CJK}])([{CJK}]{{2,4}})({NUMBER})(?![{CJK}]*(?:卫星|火箭|飞船|探测器|机组|线))"
                      rf"|(?<=[的了是与和、“「])([{CJK}]{{2,4}})({NUMBER})")
COMPUTE_WORDS = ("集群", "超算", "算力", "智算", "机房", "GPU", "加速卡", "数据中心", "超级电脑", "超级计算机", "万卡", "千卡",
                 "万张", "千张", "A100", "H100", "H800", "H200", "B200", "GB200", "昇腾", "升腾")


def numbered_clusters(article: Article, folded: str, lex: Lexicon) -> None:
    """A numbered machine in a sentence about compute: 龙潭一号由峰岳数据兴建, 联合建成了飞星一号."""
    for sent in article.sentences:
        text = folded[sent.start:sent.end]
        if not any(w in text for w in COMPUTE_WORDS):
            continue
        for m in NUMBERED.finditer(text):
            stem, number = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
            stem = drop_leading_verbs(stem)  # 包下陇智一号 -> 陇智一号
            if stem[0] in "第这那每某其该一此本" or any(ch in NAME_BREAK_CHARS for ch in stem) \
                    or lex.type_of(key(stem + number)) not in (None, "Cluster"):
                continue
            lex.add(stem + number, "Cluster", "cue:numbered-cluster")


def native_clusters(article: Article, folded: str, lex: Lexicon) -> None:
    """A short native name before 集群: 其位于乌兰察布的灵枢智算集群, 联合打造的精卫集群."""
    for m in NATIVE_CLUSTER.finditer(folded):
        name = m.group(1)
        if dictionary_word(name) or name[:1] in "自新在现整各多首同单" or any(c in "万千百亿卡大小该这那个座台" for c in name) or name.endswith(("算力", "超算", "智算", "计算")) \
                or any(ch in NAME_BREAK_CHARS for ch in name) or lex.type_of(key(name)) not in (None, "Cluster"):
            continue
        lex.add(name, "Cluster", "cue:cluster-word")
        lex.link(key(name), lex.add(folded[m.start(1):m.end()], "Cluster", "cue:cluster-word"), "cue:cluster-word")


def versioned_chinese_models(article: Article, folded: str, lex: Lexicon) -> None:
    """A Chinese model family with a version: 文心大模型4.5, 文心X1, 混元T1, 豆包1.5 Pro."""
    families = sorted({f for k, f in lex.forms.items() if lex.type_of(k) in ("Model", "Cluster") and not f.isascii()},
                      key=len, reverse=True)
    if not families:
        return
    rx = re.compile(rf"({'|'.join(re.escape(f) for f in families)})(大模型|模型)?\s*[-]?\s*"
                    rf"((?:[A-Z]\d+(?:\.\d+)*[A-Z]?|\d+(?:\.\d+)*|(?:II|III|IV|VI{{1,3}})(?![A-Za-z])|[一二三四五六七八九十]号)(?:\s?(?:Pro|Max|Turbo|Lite|Plus|Mini|Ultra|Flash))?"
                    rf"|(?<=\s)(?:Pro|Max|Turbo|Ultra)(?![A-Za-z]))"  # 盘古 Ultra
                    rf"(?![\d.%])(?![{CJK}]*[年月日号倍个])")
    for m in rx.finditer(folded):
        rule = "shape:chinese-model-version"
        etype = lex.type_of(key(m.group(1)))  # 鹏城云脑II: a cluster's version is a cluster
        if m.group(2):  # 文心大模型4.5 and 文心4.5 name one model
            lex.link(lex.add(m.group(0), etype, rule), lex.add(m.group(1) + m.group(3), etype, rule), rule)
        else:
            lex.add(m.group(0), etype, rule)


SPACED_VERSION = re.compile(r" ([Vv]\d+(?:\.\d+)*)(?![\w.])")  # Suno v4.5
BARE_VERSION = re.compile(r"\s*(?:正式|今天|近日|已)?\s*(?:发布|推出|上线|开源)(?:了)?\s*([Vv]\d+(?:\.\d+)*)(?![\w.])")


def company_versions(article: Article, folded: str, lex: Lexicon) -> None:
    """A company that releases a bare version names its model: Midjourney 发布 V7 -> Midjourney V7."""
    for k, form in list(lex.forms.items()):
        if lex.type_of(k) != "Company" or not form.isascii() or form not in folded:
            continue
        for m in re.finditer(re.escape(form), folded):
            v = BARE_VERSION.match(folded, m.end()) or SPACED_VERSION.match(folded, m.end())
            if v:
                lex.add(f"{form} {v.group(1)}", "Model", "shape:company-version")
                lex.scoped[article.id][key(v.group(1))] = key(f"{form} {v.group(1)}")


# 跃影 2.0, 清商 3.0: a Chinese name with a decimal version, though no list names the family
CJK_DECIMAL = re.compile(rf"([{CJK}]{{2,12}})\s?(\d+\.\d+)(\s?(?:Pro|Max|Turbo|Lite|Plus|Mini|Ultra|Flash))?(?![\d.%])"
                         rf"(?!\s?(?:[{CJK}]{{0,2}}(?:年|月|日|倍|亿|万|个|点|分|秒|小时|公里|美元|元|寸|英寸|吉瓦|兆瓦)|[A-Za-z%]))")


def decimal_versions(article: Article, folded: str, lex: Lexicon) -> None:
    """A name is a model family when the article gives it two versions, or releases or calls it a model."""
    found = []
    for m in CJK_DECIMAL.finditer(folded):
        stem = drop_leading_verbs(last_word(m.group(1)))
        if not 2 <= len(stem) <= 4 or not name_like(stem, loose=True) or dictionary_word(stem) or common_word(stem) \
                or any(ch in NAME_BREAK_CHARS for ch in stem) or lex.type_of(key(stem)) not in (None, "Model"):
            continue  # 工业 4.0, 提升 1.5
        start = m.end(1) - len(stem)
        said = RELEASED_BEFORE.search(folded[max(0, start - 6):start].rstrip()) or folded[m.end():m.end() + 3].lstrip().startswith(("模型", "大模型"))
        found.append((stem, m.group(2), folded[start:m.end()], bool(said)))
    versions = Counter(stem for stem, _ in {(s, v) for s, v, _, _ in found})
    for stem, _, name, said in found:
        if (said or versions[stem] >= 2) and lex.type_of(key(name)) is None:
            lex.add(name, "Model", "shape:chinese-decimal-version")


CJK_MODEL_FAMILY = re.compile(rf"([{CJK}]{{2,6}})大模型\s*(\d+(?:\.\d+)*)(?![\d.%{CJK}])")
# a name before 模型 in a possessive (其自研的 Sonar 模型), where it can only be the model's
BEFORE_MODEL_WORD = re.compile(r"(?:的|其)\s*([A-Z][A-Za-z0-9.\-]{2,}(?: [A-Z0-9][A-Za-z0-9.\-]*)?)\s*(?:系列)?(?:大)?模型"
                               r"(?!\s*(?:实验室|团队|部|组|研究|公司|业务|厂商))")  # 新成立的 Perplexity 模型实验室: a lab


# a name said to be a model: Lura——一个面向水下声学信号的大声学模型, Voxtral 是 Mistral 的第一个开源语音理解模型
MODEL_APPOSITIVE = re.compile(r"(?:^|(?<=[，,。；;：:、的了是和与及(（“「\n]))\s*([A-Z][A-Za-z0-9.\-]{2,}(?: [A-Z0-9][A-Za-z0-9.\-]*)?)\s*(?:——|—|是)\s*"
                              r"[^，,。；;！？]{0,16}?(?:一个|一款|一种|第一个|首个|首款|最新的|新一代)[^，,。；;！？]{0,20}?模型[”」]?"
                              r"(?!的|公司|团队|实验室|部门|厂商|业务|研究)")


def cue_named_models(article: Article, folded: str, lex: Lexicon) -> None:
    """Models named by the word 模型 around them: 盘古大模型5.5, 其自研的 Sonar 模型."""
    for m in CJK_MODEL_FAMILY.finditer(folded):
        family = re.sub(r"^(?:发布|推出|开源|上线|训练|研发|打造|升级)(?:了)?", "", last_word(m.group(1)))  # 华为此前发布的盘古 -> 盘古
        if len(family) >= 2 and not dictionary_word(family) and lex.type_of(key(family)) is None:
            lex.add(f"{family}大模型{m.group(2)}", "Model", "cue:model-word")
    for m in (*BEFORE_MODEL_WORD.finditer(folded), *MODEL_APPOSITIVE.finditer(folded)):
        name = m.group(1)
        if name in cues.LATIN_STOPWORDS or name.split()[0] in cues.LATIN_STOPWORDS or (name.isupper() and len(name) < 4):
            continue
        if any(lex.type_of(key(" ".join(name.split()[i:]))) for i in range(1, len(name.split()))):
            continue  # Meridian Atlas 2 after Atlas 2: a maker's name before a known one
        if lex.type_of(key(name)) in (None, "Model"):
            lex.add(name, "Model", "cue:model-word")


# names built like models: MindVLA, DriveVLM, Atlas-WM, XNet, PhoGPT, Parallax-Sim 3
MODEL_SHAPED = re.compile(r"(?<![A-Za-z0-9\-])([A-Z][A-Za-z]*(?:VLA|VLM|LLM|GPT|Net|Sim|WM)|[A-Z][A-Za-z0-9]*-(?:VLA|VLM|WM|LLM|GPT|Sim))"
                          r"((?:-[A-Za-z0-9.]+)*(?: \d+(?:\.\d+)*)?)(?![A-Za-z0-9\-])")


def shaped_models(article: Article, folded: str, lex: Lexicon) -> None:
    for m in MODEL_SHAPED.finditer(folded):
        name = m.group(0)
        if m.group(1).startswith("Open") or lex.type_of(key(name)) not in (None, "Model") \
                or lex.type_of(key(m.group(1))) not in (None, "Model"):
            continue  # OpenEuroLLM is a project; ChatGPT, known, keeps its type
        lex.add(name, "Model", "shape:model-suffix")


VARIANT_TAIL = re.compile(r"((?:\.\d+)*)((?:[\-\s](?:Flash|Lite|Turbo|Coder|Pro|Max|Mini|Plus|Ultra|Preview|Instruct|Chat|Air|Nano|VL"
                          r"|Vision|Thinking|Reasoner|Omni|Base|Exp|Fast|Zero|Code|Audio|Voice))*)(?![A-Za-z0-9.])")
CJK_MODEL_VERSION = re.compile(rf"^([{CJK}·]{{2,8}})([\-\s]?)([A-Z]?)(\d+(?:\.\d+)*)$")


# what can follow a known model's name and make a version or variant of it: Mistral Medium 3
# -> Mistral Medium 3.1, Nano Banana -> Nano Banana Pro, HyperCLOVA X -> HyperCLOVA X THINK, 混元 -> 混元 T1
KNOWN_VARIANT_TAIL = re.compile(
    r"(?:\.\d+(?![\d.])|(?:[ \-](?:Pro|Max|Mini|Lite|Turbo|Flash|Plus|Ultra|Nano|Air|Preview|Instruct|Chat|Vision|Thinking|Think"
    r"|Reasoning|Reasoner|Omni|Base|Exp|Fast|Coder|Audio|Voice|VL|Heavy|(?!API|GPU|CPU|TPU|NPU|SDK|APP|AGI)[A-Z]{4,}"
    r"|[A-Z]?\d+(?:\.\d+)?(?![BMK\d])[a-z]?)(?![A-Za-z0-9]))+)(?![A-Za-z0-9.\-])(?!\s*[年月日号次个位倍亿万%])")


def known_model_variants(texts: list[str], lex: Lexicon) -> None:
    """A known model's name with a version or variant after it is a model of its own."""
    rx = forms_pattern(lex, "Model")
    if rx is None:
        return
    for folded in texts:
        for m in rx.finditer(folded):
            if len(m.group(0)) < 2 or folded[m.start() - 1:m.start()] in (".", "-"):
                continue  # the tail of a longer name (Seed-Thinking)
            tail = KNOWN_VARIANT_TAIL.match(folded, m.end())
            if tail and tail.end() > m.end():
                name = folded[m.start():tail.end()]
                if lex.type_of(key(name)) is None:
                    lex.add(name, "Model", "shape:model-variant")


def model_variants(texts: list[str], lex: Lexicon) -> None:
    """Versions and variants of a Chinese-named model met anywhere in the corpus: after 曜石-4,
    曜石-4-Flash and 曜石-3.5-Turbo; after 澜湾 M2, 澜湾 M2.5 and 澜湾 M3."""
    known_model_variants(texts, lex)
    families = {m.group(1, 2, 3) for k, form in lex.forms.items()
                if (m := CJK_MODEL_VERSION.match(form)) and lex.type_of(k) == "Model"}
    for stem, sep, letter in families:
        rx = re.compile(rf"{re.escape(stem)}{re.escape(sep)}{letter}\d+(?:\.\d+)*")
        for folded in texts:
            for v in rx.finditer(folded):
                tail = VARIANT_TAIL.match(folded, v.end())
                if not tail or folded[v.end():v.end() + 1] in "年月日号倍个亿万%":
                    continue
                name = folded[v.start():tail.end()]
                if lex.type_of(key(name)) is None:  # a version or variant not met yet
                    lex.add(name, "Model", "shape:model-variant")

"""The shapes of personal names: dotted transliterations, native Chinese names, English and pinyin names."""
from __future__ import annotations

import re

from . import cues
from .text import CJK, DOTS, FUNCTION_CHARS, NAME_BREAK_CHARS, translit_prefix, translit_suffix, word_at


CJK_CHAR = re.compile(f"[{CJK}]")
TITLES_BEFORE_NAMES = cues.PERSON_TITLES + ("诗人", "作家", "演员", "歌手", "导演", "记者", "主持人", "学者")
DOT_NAME = re.compile(rf"[{CJK}]+(?:-[{CJK}]+)?(?:[{DOTS}](?:(?![和与及])[{CJK}])+)+(?:-[{CJK}]+)?")  # 马克-安德烈·加尼翁, 诺亚·本-大卫; A·B和C·D are two


TITLE_OR_FUNCTION = re.compile(rf"{'|'.join(TITLES_BEFORE_NAMES)}|[{''.join(sorted(FUNCTION_CHARS))}]")

# a last character of a transliteration that, with the next one, makes a word of its own
NOT_NAME_ENDS = {"因": "家病故为此而个", "当": "时年初选地", "在": "此那这", "曾": "经", "将": "会要", "于": "是", "也": "是",
                 "加": "入盟", "代": "理表"}
VERB_CHARS = set("聊说称讲谈问答笑想看做去来到走当曾已又便正刚均皆亦仍还则站坐自")  # 梅塔聊, 埃塞尔曾是: the verb or adverb after a name is not its last character


def clean_dot_name(folded: str, m: re.Match, bracketed: bool = False) -> tuple[int, int] | None:
    """The span of a dotted name inside m; with bracketed, its romanisation follows in
    brackets, so the name runs to the bracket (丹尼尔·惠特克(Daniel Whitaker))."""
    parts = re.split(f"([{DOTS}])", m.group(0))
    first, last = parts[0], parts[-1]
    double = re.match(rf"[{CJK}]+-(?=[{CJK}])", last)
    if double and len(double.group(0)) <= 4:
        last = last[double.end():]  # 诺亚·本-大卫: the name runs on after the hyphen
    for suffix in cues.NAME_STOP_SUFFIXES:
        if (last.endswith(suffix) and len(last) - len(suffix) <= 5) or suffix in last[:6]:
            return None  # 卡内基·梅隆大学; not 哈尔沃森此前是挪威国家电力公司, a name and what follows
    first_t = translit_suffix(first, edge=True)
    if bracketed and not first_t:
        # 合伙人大卫·哈(David Ha): the name starts after a title, or where the run does
        head = TITLE_OR_FUNCTION.split(first)[-1]
        first_t = head if 1 <= len(head) <= 4 else ""
    if first_t[:1] in FUNCTION_CHARS:
        first_t = first_t[1:]
    lead = first[:len(first) - len(first_t)]
    if first_t and lead and lead[-1] not in FUNCTION_CHARS and CJK_CHAR.match(lead[-1]) \
            and (len(lead) == 1 or not CJK_CHAR.match(lead[-2]) or lead[:-1].endswith(TITLES_BEFORE_NAMES)):
        first_t = lead[-1] + first_t  # 诗人狄兰·托马斯: a first character outside the table
    before = first[:len(first) - len(first_t)]
    for n in range(1, len(first_t)):
        if (before + first_t[:n]).endswith(TITLES_BEFORE_NAMES):
            first_t = first_t[n:]  # 产品经理凯特·吴: 理 ends the title, not begins the name
            break
    first_t = _after_word_into(before, first_t)
    last_t = translit_prefix(last)
    nxt = last[len(last_t):][:1]
    run = last_t + nxt
    word = next((k for k in range(1, len(last_t)) if k + 1 < len(run) and run[k + 1] in NOT_NAME_ENDS.get(run[k], "")), None)
    if word:
        last_t = last_t[:word]  # 卡尔德隆因家庭原因, 贝格伦当时, 桑德伯格代理CEO, 哈利姆加盟巴淡: the word after the name
    if bracketed and len(last) <= 4 and not any(c in FUNCTION_CHARS for c in last):
        last_t = last
    rest = last[len(last_t):]
    if rest and rest[0] not in FUNCTION_CHARS and rest[0] not in VERB_CHARS and (len(rest) == 1 or rest[1] in FUNCTION_CHARS) \
            and not (rest[1:2] and rest[1:2] in NOT_NAME_ENDS.get(rest[0], "")):
        last_t += rest[0]  # a name character outside the table: 勒坤是 -> 勒坤
    if not first_t or not last_t or len(first_t) + len(last_t) < 3:
        return None
    start = m.start() + len(first) - len(first_t)
    end = m.end() - len(last) + len(last_t)
    return start, end


def _after_word_into(before: str, first: str) -> str:
    """first without the word that runs into it from before: 主席乌尔苏拉, 先驱爱丽丝, 加盟埃隆
    (a dictionary word, not one made of transliteration characters alone, as 马克 is)."""
    text = before[-6:] + first
    edge = len(text) - len(first)
    start, end = word_at(text, edge, before=6, after=len(first))
    cut = end - edge
    if end - start >= 2 and cut <= len(first) - 2 and not all(c in cues.TRANSLIT for c in text[start:end]):
        return first[cut:]
    return first


def native_name_tail(run: str) -> str:
    """A native Chinese name ending run: surname + one or two characters (…负责人庞若鸣)."""
    for compound in cues.COMPOUND_SURNAMES:
        for n in (4, 3):
            if len(run) >= n and run[-n:].startswith(compound):
                return run[-n:]
    for n in (3, 2):
        if len(run) >= n and run[-n] in cues.SURNAMES and not any(c in NAME_BREAK_CHARS for c in run[-n + 1:]):
            return run[-n:]
    return ""


PINYIN = re.compile(r"^(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|uan|ian|iao|uai|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|o|e|i|u|v))+$")


def looks_like_personal_name(tokens: list[str]) -> bool:
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


# a reading that romanises Japanese: Shota Saeki, Hiroyuki Otobe, Tsubasa Nakajo
ROMAJI = re.compile(r"(?:(?:ky|gy|sh|ch|ts|ny|hy|by|py|my|ry|[kgsztdnhbpmyrwfj])?[aiueo]+|n(?![aiueoy]))+", re.IGNORECASE)
ROMANISED_BREAKS = set("的了是在为被把对从向于将就都而并且但这那该此")  # 桐生大和, 真锅由纪: 和 and 由 name people too
PRODUCT_WORDS = {"mini", "pro", "max", "next", "plus", "lite", "neo", "nano", "one", "prime", "sora", "gemini", "data", "cloud"}
ROLE_ENDS = ("员", "长", "师", "者", "家", "人", "官", "生", "授", "士", "理", "监", "管")


def romanised_tail(run: str, tokens: list[str]) -> str:
    """The Japanese or Korean name in kanji or hanja that ends run, read by the length its
    romanisation in brackets gives: 佐伯翔太(Shota Saeki), 文艺琳(Moon Ye-rin), 南宫焕(Namgung Hwan)."""
    if len(tokens) != 2 or not all(t[:1].isupper() for t in tokens) or any(t.lower() in PRODUCT_WORDS for t in tokens):
        return ""
    korean = [t for t in tokens if t in cues.KOREAN_SURNAMES_ROMANISED]
    if korean:
        family = korean[0]
        given = tokens[1] if family == tokens[0] else tokens[0]
        syllables = len(re.findall(r"[aeiouwy]+", given.lower()))  # Cheol 1, Ji-won and Jiwon 2
        lengths = ((2 if family in cues.KOREAN_DOUBLE_SURNAMES else 1) + syllables,)
    elif all(ROMAJI.fullmatch(t) for t in tokens):
        lengths = (4, 3, 5)
    else:
        return ""
    for n in lengths:
        cand, before = run[-n:], run[:-n]
        if len(cand) < n or any(c in ROMANISED_BREAKS for c in cand) or cand[0] in FUNCTION_CHARS:
            continue
        if not before or before[-1] in FUNCTION_CHARS or before.endswith(TITLES_BEFORE_NAMES + ROLE_ENDS):
            return cand
    return ""

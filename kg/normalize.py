"""Text folding for matching: one simplified, half-width view of a text.

`fold(text)` returns a string of the same length as `text`, so that an offset found in
the folded view is an offset in the original: each character is NFKC-folded (full-width
to half-width), converted from traditional to simplified (OpenCC), mapped from a
variant form to its standard one (紥 -> 扎, 騐 -> 验), and a Latin letter loses its accent
(Héloïse -> Heloise, Jülich -> Julich, Łukasz -> Lukasz), so that every pattern written for
A-Z reads European names too. A character whose folding would change the length is left
as it is.

`key(text)` is the comparison key of a name: the folded text lower-cased, without
spaces and the separators ·・•.-_ (the same folding as ../shared/eval/score.py).
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache

# Variant (异体) characters OpenCC leaves alone but Chinese web text uses, mostly from
# converters that pick rare forms. Standard form on the right.
VARIANTS = str.maketrans({
    "紥": "扎", "紮": "扎", "尅": "克", "騐": "验", "驗": "验", "衹": "只", "祇": "只",
    "廻": "回", "迴": "回", "儅": "当", "縂": "总", "總": "总", "搆": "构", "竝": "并",
    "蓡": "参", "眡": "视", "郃": "合", "躰": "体", "琯": "管", "処": "处", "傚": "效",
    "襍": "杂", "雜": "杂", "曡": "叠", "疊": "叠", "椝": "规", "槼": "规", "毉": "医",
    "麪": "面", "曏": "向", "滙": "汇", "匯": "汇", "衞": "卫", "衛": "卫", "爲": "为",
    "着": "着", "裏": "里", "裡": "里", "綫": "线", "線": "线", "峯": "峰", "羣": "群",
    "夥": "伙", "鷄": "鸡", "慼": "戚", "啓": "启", "户": "户", "戶": "户", "僞": "伪",
    "鍼": "针", "綉": "绣", "籤": "签", "牀": "床", "昇": "升", "畫": "画", "敎": "教",
    "姪": "侄", "週": "周", "託": "托", "衆": "众", "眾": "众", "嘆": "叹", "歎": "叹",
    "脩": "修", "纔": "才", "菴": "庵", "鉅": "巨", "幑": "徽", "閒": "闲", "麽": "么",
    "麼": "么", "嗎": "吗", "祕": "秘", "砲": "炮", "溼": "湿", "汙": "污", "粧": "妆",
})


def _unaccented(ch: str) -> str:
    base = unicodedata.normalize("NFD", ch)[0]
    return base if base.isascii() and base.isalpha() else ch


ACCENTS = str.maketrans({chr(c): plain for c in range(0xC0, 0x250) if (plain := _unaccented(chr(c))) != chr(c)}
                        | dict(zip("łŁøØđĐıß", "lLoOdDis")))
STANDARD = VARIANTS | ACCENTS

SEPARATORS = set(" \t\r\n\u3000·・•‧.-_\u202f\u00a0")


@lru_cache(maxsize=1)
def _t2s():
    import opencc

    return opencc.OpenCC("t2s").convert


def _nfkc_char(ch: str) -> str:
    folded = unicodedata.normalize("NFKC", ch)
    return folded if len(folded) == 1 else ch


def fold(text: str) -> str:
    """Same-length simplified, half-width, variant-free view of text (case kept)."""
    nfkc = "".join(_nfkc_char(ch) for ch in text)
    simplified = _t2s()(nfkc)
    if len(simplified) != len(nfkc):  # a phrase conversion changed length: go char by char
        convert = _t2s()
        simplified = "".join(c if len(c := convert(ch)) == 1 else ch for ch in nfkc)
    return simplified.translate(STANDARD)


@lru_cache(maxsize=65536)
def key(text: str) -> str:
    """Comparison key of a name: folded, lower-cased, without spaces and separators."""
    folded = fold(unicodedata.normalize("NFKC", text)).lower()
    return "".join(ch for ch in folded if ch not in SEPARATORS)


def is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" or "\uf900" <= ch <= "\ufaff"


def has_cjk(text: str) -> bool:
    return any(is_cjk(ch) for ch in text)

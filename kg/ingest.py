"""Ingest: files and folders of news articles -> Articles split into Sentences.

    read_articles(paths) -> IngestResult(articles, warnings)
    split_sentences(text) -> [Sentence]
    find_date(text) -> "yyyy-mm-dd" | None

A file that cannot be used (binary, empty, unreadable, missing, an encoding we cannot
tell) costs one warning naming it; the others are still read. Only when nothing at all
could be read is an InputError raised.

Article.text is the decoded text with newlines unified and NFC applied, nothing more:
every later offset indexes into it, so length-changing folds (NFKC, traditional ->
simplified) belong to later stages, done on copies.
"""
from __future__ import annotations

import codecs
import contextlib
import datetime as _dt
import functools
import hashlib
import os
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from .errors import InputError
from .types import Article, Sentence

__all__ = ["IngestResult", "find_date", "read_articles", "split_sentences"]

TEXT_SUFFIXES = {".txt", ".md"}
HTML_SUFFIXES = {".html", ".htm"}
MAX_TITLE = 120
MAX_SENTENCE = 400


@dataclass
class IngestResult:
    """What read_articles found: the articles, and why any file was left out."""

    articles: list[Article] = field(default_factory=list)  # sorted by path
    warnings: list[str] = field(default_factory=list)  # one line each, naming the file


class _Skip(Exception):
    """A file that cannot be used; the message is the reason shown in the warning."""


# --- reading ------------------------------------------------------------------------


def read_articles(paths: Iterable[str | Path]) -> IngestResult:
    """Read every article under `paths` (files, or folders searched recursively).

    Raises InputError only when no article at all could be read; every file skipped
    on the way is one line in IngestResult.warnings.
    """
    if isinstance(paths, (str, Path)):  # one path, not its characters
        paths = [paths]
    paths = [Path(p) for p in paths]
    warnings: list[str] = []
    files = _collect(paths, warnings)

    articles: list[Article] = []
    seen: dict[str, str] = {}  # article id -> path of the first file with that text
    for path, name in sorted(files.items(), key=lambda item: item[1]):
        try:
            article = _read_one(path, name)
        except _Skip as exc:
            warnings.append(f"{name}: skipped, {exc}")
            continue
        if article.id in seen:
            warnings.append(f"{name}: skipped, same text as {seen[article.id]}")
            continue
        seen[article.id] = name
        articles.append(article)

    if not articles:
        where = ", ".join(p.as_posix() for p in paths) or "no paths given"
        detail = f" ({len(warnings)} skipped; first: {warnings[0]})" if warnings else ""
        raise InputError(f"no article could be read from {where}{detail}")
    return IngestResult(articles, warnings)


def _collect(paths: list[Path], warnings: list[str]) -> dict[Path, str]:
    """Map each file to read (resolved, so one file given twice is read once) to its
    display path: as given, joined with its place inside a given folder."""
    files: dict[Path, str] = {}

    def add(path: Path) -> None:
        files.setdefault(path.resolve(), path.as_posix())

    for given in paths:
        if given.is_dir():
            found, errors = 0, len(warnings)
            # onerror: a folder we may not list is reported, the walk goes on.
            for root, dirs, names in os.walk(
                given, onerror=lambda e: warnings.append(f"{e.filename}: skipped, {_reason(e)}")
            ):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for n in sorted(names):
                    suffix = Path(n).suffix.lower()
                    if n.startswith(".") or suffix not in TEXT_SUFFIXES | HTML_SUFFIXES:
                        continue
                    add(Path(root) / n)
                    found += 1
            if not found and len(warnings) == errors:
                warnings.append(f"{given.as_posix()}: no .txt, .md or .html files in this folder")
        elif given.exists():
            add(given)  # an explicit file is read whatever its extension
        else:
            warnings.append(f"{given.as_posix()}: skipped, no such file or folder")
    return files


def _reason(exc: OSError) -> str:
    if isinstance(exc, PermissionError):
        return "permission denied"
    return (exc.strerror or type(exc).__name__).lower()


def _read_one(path: Path, name: str) -> Article:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise _Skip(_reason(exc)) from exc
    if not data.strip():
        raise _Skip("empty file")

    is_html = path.suffix.lower() in HTML_SUFFIXES
    text = _decode(data, _declared_charset(data) if is_html else None)
    # Unify newlines as text-mode reading would; CRLF copies then share one id.
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    title = ""
    if is_html:
        title, text = _html_to_text(text)
    text = unicodedata.normalize("NFC", text)
    if not text.strip():
        raise _Skip("no text in it" if is_html else "empty file")

    title = unicodedata.normalize("NFC", title) or _first_line(text)
    if len(title) > MAX_TITLE:
        title = title[: MAX_TITLE - 1].rstrip() + "…"
    return Article(
        id=hashlib.sha256(text.encode("utf-8")).hexdigest()[:16],
        path=name,
        title=title,
        date=find_date(text),
        text=text,
        sentences=split_sentences(text),
    )


_MARKERS = re.compile(r"^\s*(?:[>#]+\s+)*")


def _first_line(text: str) -> str:
    for line in text.split("\n"):
        # Markdown heading/quote markers ("> ### ") are layout, not part of the title.
        line = _MARKERS.sub("", line).strip()
        if line:
            return line
    return ""


# --- encodings ----------------------------------------------------------------------

_BOMS = [  # UTF-32 first: its LE BOM starts with UTF-16's.
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]
# gb18030 is a superset of GB2312 and GBK; cp950 of Big5 (it adds 碁銹裏墻恒粧嫺, €).
_SUPERSET = {"gb2312": "gb18030", "gbk": "gb18030", "big5": "cp950"}
_GUESSES = ("gb18030", "cp950")  # in order of preference when equally plausible


def _decode(data: bytes, declared: str | None = None) -> str:
    """BOM, then strict UTF-8, then a declared charset, then the most plausible of
    GB18030 and Big5 (both decode much of each other's bytes without error)."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError as exc:
                raise _Skip(f"not valid {codec.upper()} despite its byte-order mark") from exc
    if b"\x00" in data:
        raise _Skip("binary file (NUL bytes)")
    try:
        utf8 = data.decode("utf-8")
    except UnicodeDecodeError:
        utf8 = None
    if utf8 is not None and not _utf8_by_chance(utf8):
        return _reject_binary(utf8)
    if declared:
        try:
            return _reject_binary(data.decode(declared))
        except (UnicodeDecodeError, LookupError):
            pass  # a wrong declaration is common; fall back to guessing
    candidates = []
    for codec in _GUESSES:
        try:
            candidates.append(data.decode(codec))
        except UnicodeDecodeError:
            pass
    if utf8 is not None:
        candidates.append(utf8)
    if not candidates:
        raise _Skip("not text in a known encoding (UTF-8, UTF-16, GB18030, Big5)")
    best = max(candidates, key=lambda text: _plausibility(text)[0])  # first on ties
    share, count = _plausibility(best)
    if share < 0.5 and count >= 10:  # e.g. Shift-JIS or EUC-KR: mostly rare hanzi
        raise _Skip("not text in a known encoding (UTF-8, UTF-16, GB18030, Big5)")
    return _reject_binary(best)


def _utf8_by_chance(text: str) -> bool:
    """Short GBK or Big5 text can be valid UTF-8 ("同时" is CD AC CA B1, "ͬʱ"). Chinese
    in UTF-8 takes 3 bytes a character, so text whose only non-ASCII characters are
    2-byte ones, mostly outside Latin (IPA, Greek, Hebrew...), is worth a second guess."""
    wide = [ch for ch in text if ch >= "\x80"]
    if not wide or max(wide) >= "\u0800":
        return False
    return 2 * sum(ch >= "\u0250" for ch in wide) > len(wide)


def _reject_binary(text: str) -> str:
    controls = sum(1 for ch in text if ch < " " and ch not in "\t\n\r\f\v")
    if controls > max(2, len(text) // 100):
        raise _Skip("binary file (control characters)")
    return text


_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?([A-Za-z0-9_-]+)""", re.I)


def _declared_charset(data: bytes) -> str | None:
    m = _META_CHARSET.search(data[:4096])
    if not m:
        return None
    try:
        name = codecs.lookup(m.group(1).decode("ascii")).name
    except LookupError:
        return None
    return _SUPERSET.get(name, name)


@functools.cache
def _common_chars() -> tuple[frozenset[str], frozenset[str]]:
    """(simplified, traditional): the ~3,755 commonest simplified hanzi (GB2312 level 1)
    and the ~5,400 commonest traditional ones (Big5 level 1), each with CJK punctuation.
    Text decoded with the wrong codec is a mix of both, rare hanzi, kana and symbols."""
    punctuation = set("，。、；：？！“”‘’（）《》【】—…·「」『』〈〉　￥")
    punctuation.update(chr(c) for c in range(0xFF01, 0xFF5F))  # full-width ASCII forms
    simplified, traditional = set(punctuation), set(punctuation)
    for lead in range(0xB0, 0xD8):
        for trail in range(0xA1, 0xFF):
            with contextlib.suppress(UnicodeDecodeError):
                simplified.add(bytes([lead, trail]).decode("gb2312"))
    for lead in range(0xA4, 0xC7):
        for trail in [*range(0x40, 0x7F), *range(0xA1, 0xFF)]:
            if (lead, trail) <= (0xC6, 0x7E):
                with contextlib.suppress(UnicodeDecodeError):
                    traditional.add(bytes([lead, trail]).decode("cp950"))
    return frozenset(simplified), frozenset(traditional)


def _is_neutral(ch: str) -> bool:
    """ASCII, Latin-1 (NBSP, ·) and general punctuation (•, U+202F) say nothing either
    way: GB18030 encodes them too, and wrong decodings rarely produce them."""
    return ch < "\u0100" or "\u2000" <= ch <= "\u206f"


def _plausibility(text: str) -> tuple[float, int]:
    """(share, count): the larger share of the telling characters that are common
    simplified, or common traditional, hanzi and punctuation; and how many there were.
    Correct text is mostly one or the other; a wrong codec mixes them with rare ones."""
    simplified, traditional = _common_chars()
    telling = [ch for ch in text if not _is_neutral(ch)]
    if not telling:
        return 1.0, 0
    share = max(sum(ch in simplified for ch in telling), sum(ch in traditional for ch in telling))
    return share / len(telling), len(telling)


# --- HTML ---------------------------------------------------------------------------

_BLOCK = {
    "address", "article", "aside", "blockquote", "br", "caption", "dd", "div", "dl", "dt",
    "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
    "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "td", "th", "tr", "ul",
}
_DROP = {"script", "style", "noscript", "template"}


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)  # entities arrive unescaped
        self.parts: list[str] = []
        self.title: list[str] = []
        self.dropping = 0  # depth inside script/style/noscript/template
        self.in_head = False
        self.in_title = False

    def handle_starttag(self, tag, attrs):
        if tag == "title":
            self.in_title = True
        elif tag in _DROP:
            self.dropping += 1
        elif tag == "head":
            self.in_head = True
        elif tag == "body":
            self.in_head = False  # </head> is optional
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_startendtag(self, tag, attrs):
        if tag in _BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag == "title":
            self.in_title = False
        elif tag in _DROP:
            self.dropping = max(0, self.dropping - 1)
        elif tag == "head":
            self.in_head = False
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if self.in_title:
            self.title.append(data)
        elif not self.dropping and not self.in_head:
            self.parts.append(data)


_SPACES = re.compile(r"[^\S\n]+")


def _html_to_text(markup: str) -> tuple[str, str]:
    """(title, text): the text starts with the title line, as a plain-text article would."""
    parser = _TextExtractor()
    parser.feed(markup)
    parser.close()
    title = _SPACES.sub(" ", " ".join(parser.title)).strip()
    # Whitespace in markup is layout: collapse it, keep one blank line between blocks.
    lines = [_SPACES.sub(" ", line).strip() for line in "".join(parser.parts).split("\n")]
    body = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    return title, (f"{title}\n\n{body}".strip() if title else body)


# --- dates --------------------------------------------------------------------------

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DATE = re.compile(
    rf"""(?<!\d)(?:
        (?P<y1>(?:19|20)\d\d)(?P<sep>[-/.])(?P<m1>\d{{1,2}})(?P=sep)(?P<d1>\d{{1,2}})(?!\d|\.\d)
      | (?P<y2>(?:19|20)\d\d)\s*年\s*(?P<m2>\d{{1,2}})\s*月\s*(?P<d2>\d{{1,2}})\s*[日号]
      | (?<![a-z])(?P<mn3>{_MONTH})\s+(?P<d3>\d{{1,2}})(?:st|nd|rd|th)?,?\s+
        (?P<y3>(?:19|20)\d\d)(?!\d)
      | (?P<d4>\d{{1,2}})\s+(?P<mn4>{_MONTH})\s+(?P<y4>(?:19|20)\d\d)(?!\d)
    )""",
    re.I | re.X,
)


def find_date(text: str) -> str | None:
    """The first valid date in `text` as yyyy-mm-dd: 2025-07-17, 2025/7/17, 2025.7.17,
    2025年7月17日, July 23, 2025, Jul 23 2025, 23 July 2025. Impossible dates
    (2025-02-30) are passed over."""
    # NFKC here only: full-width digits and slashes (２０２５／７／１７) become ASCII.
    for m in _DATE.finditer(unicodedata.normalize("NFKC", text)):
        if m["y1"] or m["y2"]:
            y, mo, d = (m["y1"], m["m1"], m["d1"]) if m["y1"] else (m["y2"], m["m2"], m["d2"])
        elif m["y3"]:
            y, mo, d = m["y3"], _MONTHS[_month_key(m["mn3"])], m["d3"]
        else:
            y, mo, d = m["y4"], _MONTHS[_month_key(m["mn4"])], m["d4"]
        try:
            return _dt.date(int(y), int(mo), int(d)).isoformat()
        except ValueError:
            continue
    return None


def _month_key(name: str) -> str:
    name = name.lower().rstrip(".")
    return name if name == "sept" else name[:3]


# --- sentences ----------------------------------------------------------------------

_CLOSE = "[" + re.escape("”’」』）》】〉)]\"'") + "]"  # closing quotes and brackets
# Where a sentence may end; possessive quantifiers (3.11) stop "a!?b" splitting inside.
_END = re.compile(
    rf"""
      [!?;]*+[。！？；][。！？；!?;]*+{_CLOSE}*+               # a CJK terminator
    | [!?;]++{_CLOSE}*+(?![A-Za-z0-9_/=&%#])                  # ASCII, not inside a URL
    | \.++{_CLOSE}*+(?=\s|\Z)                                 # a dot before whitespace
    | \n
    """,
    re.X,
)
_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "no", "vs", "etc", "inc", "ltd",
    "co", "corp", "dept", "est", "fig", "vol", "approx", "e.g", "i.e", "a.m", "p.m",
    *(m for m in _MONTHS if m != "may"),  # "in May." ends a sentence
}


def _is_abbreviation(text: str, start: int, dot: int) -> bool:
    """True when the dot at `dot` ends "U.S.", "Mr.", "J." or, right at the start of
    the sentence begun at `start`, a list number "1."."""
    i = dot
    while i > start and text[i - 1].isascii() and (text[i - 1].isalnum() or text[i - 1] == "."):
        i -= 1
    word = text[i:dot]
    if re.fullmatch(r"(?:[A-Za-z]\.)*[A-Za-z]", word) or word.lower() in _ABBREVIATIONS:
        return True
    return word.isdigit() and len(word) <= 2 and not text[start:i].strip()


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of `text` with offsets into it (text[s.start:s.end] == s.text)."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _END.finditer(text):
        single_dot = m.group()[0] == "." and m.group()[1:2] != "."
        if single_dot and _is_abbreviation(text, start, m.start()):
            continue
        _add_span(text, spans, start, m.end())
        start = m.end()
    _add_span(text, spans, start, len(text))

    sentences: list[Sentence] = []
    for a, b in spans:
        for s, e in _split_long(text, a, b):
            s, e = _strip(text, s, e)
            if s < e:
                sentences.append(Sentence(len(sentences), s, e, text[s:e]))
    return sentences


def _add_span(text: str, spans: list[tuple[int, int]], a: int, b: int) -> None:
    """Append the stripped span, gluing a scrap without letters ("..." after "。", a
    footnote "2" after "”") to the sentence before it on the same line."""
    a, b = _strip(text, a, b)
    if a == b:
        return
    if spans and b - a <= 3 and not any(ch.isalpha() for ch in text[a:b]):
        prev_a, prev_b = spans[-1]
        if "\n" not in text[prev_b:a]:
            spans[-1] = (prev_a, b)
            return
    spans.append((a, b))


def _strip(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def _split_long(text: str, a: int, b: int) -> Iterable[tuple[int, int]]:
    """Cut a span longer than MAX_SENTENCE after the last comma within the limit (else
    the last space, else at the limit), keeping every piece readable on its own."""
    while b - a > MAX_SENTENCE:
        limit = a + MAX_SENTENCE
        cut = 0
        for i in range(limit - 1, a + MAX_SENTENCE // 8, -1):
            ch = text[i]
            # "1,000" is a number, not a clause.
            in_number = text[i - 1].isdigit() and text[i + 1 : i + 2].isdigit()
            if ch == "，" or (ch == "," and not in_number):
                cut = i + 1
                break
        if not cut:
            space = text.rfind(" ", a + MAX_SENTENCE // 8, limit)
            cut = space + 1 if space >= 0 else limit
        yield a, cut
        a = cut
    yield a, b

"""kg.ingest on real files in tmp_path: formats, encodings, bad files, dates, sentences."""
from __future__ import annotations

import hashlib
import os
import time
import unicodedata
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.ingest import find_date, read_articles, split_sentences

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

# Simplified and traditional characters, Chinese and ASCII punctuation, English.
MIXED = "Meta 招募顶尖研究员。馬克·祖克柏宣布成立超級智能實驗室！\nOpenAI 的 Jason Wei 将加入。\n"
# Big5 has no simplified characters nor U+00B7, so its sample is traditional only.
TRADITIONAL = "Meta 招募頂尖研究員。馬克祖克柏宣布成立超級智能實驗室！\nOpenAI 的 Jason Wei 將加入。\n"


def write(path: Path, content: str | bytes, encoding: str = "utf-8") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content if isinstance(content, bytes) else content.encode(encoding))
    return path


def only(result):
    assert len(result.articles) == 1, result
    return result.articles[0]


# --- formats ------------------------------------------------------------------------


def test_folder_reads_txt_md_html_recursively_and_skips_the_rest(tmp_path):
    write(tmp_path / "a.txt", "標題甲\n正文。")
    write(tmp_path / "sub" / "b.md", "# 标题乙\n\n正文。")
    write(tmp_path / "sub" / "c.HTML", "<title>标题丙</title><p>正文。</p>")
    write(tmp_path / "sub" / "d.htm", "<title>标题丁</title><p>正文。</p>")
    write(tmp_path / "notes.csv", "a,b\n1,2\n")
    write(tmp_path / ".hidden.txt", "隐藏")
    write(tmp_path / ".git" / "e.txt", "隐藏")

    result = read_articles([tmp_path])

    names = [Path(a.path).relative_to(tmp_path).as_posix() for a in result.articles]
    assert names == ["a.txt", "sub/b.md", "sub/c.HTML", "sub/d.htm"]
    assert [a.title for a in result.articles] == ["標題甲", "标题乙", "标题丙", "标题丁"]
    assert result.warnings == []


def test_path_is_kept_as_given(tmp_path, monkeypatch):
    write(tmp_path / "news" / "x" / "a.txt", "正文。")
    monkeypatch.chdir(tmp_path)
    assert only(read_articles(["news"])).path == "news/x/a.txt"
    assert only(read_articles("news/x/a.txt")).path == "news/x/a.txt"  # one path, not its letters


def test_explicit_file_with_other_extension_is_read_as_text(tmp_path):
    path = write(tmp_path / "article.data", "一篇文章。")
    assert only(read_articles([path])).text == "一篇文章。"


def test_the_same_file_given_twice_is_read_once(tmp_path):
    path = write(tmp_path / "a.txt", "一篇文章。")
    result = read_articles([tmp_path, path])
    assert len(result.articles) == 1 and result.warnings == []


def test_markdown_markers_are_left_out_of_the_title_only(tmp_path):
    article = only(read_articles([write(tmp_path / "a.md", "\n> ### 摘要\n正文。")]))
    assert article.title == "摘要"
    assert article.text == "\n> ### 摘要\n正文。"  # the text itself is left as it was


def test_long_first_line_title_is_shortened(tmp_path):
    article = only(read_articles([write(tmp_path / "a.txt", "长" * 300 + "\n正文。")]))
    assert len(article.title) <= 120 and article.title.endswith("…")


# --- encodings ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "encoding, text",
    [
        ("utf-8", MIXED),
        ("utf-8-sig", MIXED),  # BOM
        ("utf-16", MIXED),  # Python writes a BOM with "utf-16"
        ("gbk", MIXED.replace("·", "")),
        ("gb18030", MIXED),
        ("big5", TRADITIONAL),
        ("cp950", TRADITIONAL + "碁銹裏墻恒粧嫺"),  # Microsoft's Big5 additions
    ],
)
def test_encodings_are_detected(tmp_path, encoding, text):
    path = write(tmp_path / "a.txt", text, encoding)
    article = only(read_articles([path]))
    assert article.text == text
    assert "\ufeff" not in article.text


def test_utf16_big_endian_with_bom(tmp_path):
    path = write(tmp_path / "a.txt", b"\xfe\xff" + MIXED.encode("utf-16-be"))
    assert only(read_articles([path])).text == MIXED


def test_short_gbk_that_is_also_valid_utf8_is_read_as_gbk(tmp_path):
    # "同时" in GBK is CD AC CA B1, which is also valid UTF-8 for "ͬʱ".
    path = write(tmp_path / "a.txt", "同时", "gbk")
    assert only(read_articles([path])).text == "同时"


def test_html_declared_charset_is_honoured(tmp_path):
    html = (
        '<html><head><meta charset="gb2312"><title>超级智能</title></head>'
        "<body><p>扎克伯格。</p></body></html>"
    )
    article = only(read_articles([write(tmp_path / "a.html", html, "gb18030")]))
    assert article.title == "超级智能"
    assert article.text == "超级智能\n\n扎克伯格。"


def test_same_article_in_two_encodings_is_one_article(tmp_path):
    write(tmp_path / "a.txt", MIXED, "utf-8")
    write(tmp_path / "b.txt", MIXED, "gb18030")
    write(tmp_path / "c.txt", MIXED.replace("\n", "\r\n"), "utf-16")
    result = read_articles([tmp_path])
    assert [Path(a.path).name for a in result.articles] == ["a.txt"]
    assert len(result.warnings) == 2
    for warning, name in zip(result.warnings, ["b.txt", "c.txt"]):
        assert name in warning and "a.txt" in warning and "same text" in warning


def test_text_is_nfc_and_the_id_hashes_it(tmp_path):
    decomposed = unicodedata.normalize("NFD", "Café 与 Meta。")
    article = only(read_articles([write(tmp_path / "a.txt", decomposed)]))
    assert article.text == "Café 与 Meta。" == unicodedata.normalize("NFC", article.text)
    assert article.id == hashlib.sha256(article.text.encode()).hexdigest()[:16]


def test_full_width_forms_are_not_folded(tmp_path):
    # NFKC would change ＡＩ and offsets with it; later stages fold on copies.
    article = only(read_articles([write(tmp_path / "a.txt", "ＡＩ公司。")]))
    assert article.text == "ＡＩ公司。"


# --- files that cannot be used ------------------------------------------------------


def test_bad_files_each_cost_one_warning_naming_them(tmp_path):
    good = write(tmp_path / "good.txt", MIXED)
    binary = write(tmp_path / "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    empty = write(tmp_path / "empty.txt", b"")
    blank = write(tmp_path / "blank.md", " \n\t\n\u3000\n")
    garbage = write(tmp_path / "garbage.txt", bytes([0x80, 0xFF, 0x41, 0xFE]) * 8)
    missing = tmp_path / "missing.txt"

    result = read_articles([tmp_path, missing])

    assert [a.path for a in result.articles] == [good.as_posix()]
    assert len(result.warnings) == 5
    expected = {
        binary: "binary", empty: "empty", blank: "empty", garbage: "encoding", missing: "no such",
    }
    for path, reason in expected.items():
        [line] = [w for w in result.warnings if w.startswith(path.as_posix() + ":")]
        assert reason in line and "\n" not in line


def test_unreadable_file_is_a_warning(tmp_path):
    write(tmp_path / "good.txt", MIXED)
    locked = write(tmp_path / "locked.txt", "秘密。")
    locked.chmod(0)
    try:
        if os.access(locked, os.R_OK):
            pytest.skip("running as a user whom chmod does not stop (root)")
        result = read_articles([tmp_path])
    finally:
        locked.chmod(0o644)
    assert [Path(a.path).name for a in result.articles] == ["good.txt"]
    assert result.warnings == [f"{locked.as_posix()}: skipped, permission denied"]


def test_nothing_readable_is_an_input_error(tmp_path):
    write(tmp_path / "empty.txt", "")
    message = r"no article could be read from .*empty\.txt: skipped, empty file"
    with pytest.raises(InputError, match=message):
        read_articles([tmp_path])
    with pytest.raises(InputError, match="no such file"):
        read_articles([tmp_path / "nowhere"])
    with pytest.raises(InputError, match="no paths given"):
        read_articles([])


def test_folder_without_articles_is_a_warning(tmp_path):
    write(tmp_path / "good.txt", MIXED)
    write(tmp_path / "other" / "data.csv", "a,b")
    result = read_articles([tmp_path / "good.txt", tmp_path / "other"])
    assert len(result.articles) == 1
    other = (tmp_path / "other").as_posix()
    assert result.warnings == [f"{other}: no .txt, .md or .html files in this folder"]


# --- HTML ---------------------------------------------------------------------------

HTML = """<!DOCTYPE html>
<html><head>
  <meta name="description" content="不该出现">
  <title> Meta 挖角 &amp; 超级智能 </title>
  <style>body { color: red }</style>
  <script>var leak = "脚本内容。";</script>
</head>
<body>
  <noscript>请启用 JavaScript</noscript>
  <h1>Meta   挖角</h1>
  <div>2025年7月17日</div>
  <p>扎克伯格&nbsp;说：&ldquo;我们要最多的 GPU。&rdquo;<br>第二行。</p>
  <ul><li>第一条</li><li>第二条</li></ul>
  <script type="module">console.log("也是脚本");</script>
</body></html>
"""


def test_html_text_title_and_dropped_markup(tmp_path):
    article = only(read_articles([write(tmp_path / "page.html", HTML)]))
    assert article.title == "Meta 挖角 & 超级智能"
    assert article.date == "2025-07-17"
    for gone in ("脚本", "color", "不该出现", "JavaScript", "<", "&"):
        assert gone not in article.text.replace(article.title, "")
    lines = [line for line in article.text.split("\n") if line]  # blank lines between blocks
    assert lines[0] == "Meta 挖角 & 超级智能"
    assert "Meta 挖角" in lines  # whitespace collapsed
    assert "扎克伯格 说：“我们要最多的 GPU。”" in lines  # entities unescaped, &nbsp; collapsed
    assert lines[-3:] == ["第二行。", "第一条", "第二条"]  # <br>, <li> break lines
    assert [s.text for s in article.sentences][-4:] == lines[-4:]


def test_html_without_title_uses_first_line(tmp_path):
    article = only(read_articles([write(tmp_path / "a.htm", "<body><p>第一段</p><p>第二段</p></body>")]))
    assert article.title == "第一段"
    assert article.text == "第一段\n\n第二段"


def test_html_with_no_text_is_a_warning(tmp_path):
    write(tmp_path / "good.txt", MIXED)
    write(tmp_path / "empty.html", "<html><head><script>x()</script></head><body></body></html>")
    result = read_articles([tmp_path])
    assert len(result.articles) == 1
    assert result.warnings == [f"{(tmp_path / 'empty.html').as_posix()}: skipped, no text in it"]


# --- dates --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, date",
    [
        ("2025-07-17 07:13:09", "2025-07-17"),
        ("发布于 2025/7/7", "2025-07-07"),
        ("2025.10.20 发布", "2025-10-20"),
        ("Meta 于 2025年7月17日 宣布", "2025-07-17"),
        ("于 2025 年 4 月 5 日推出", "2025-04-05"),
        ("２０２５年７月１７日", "2025-07-17"),  # full-width digits
        ("July 23, 2025 · 1 min", "2025-07-23"),
        ("Jul 23, 2025", "2025-07-23"),
        ("Sept. 3, 2024", "2024-09-03"),
        ("on 23 July 2025", "2025-07-23"),
        ("2025-02-30 then 2025-03-01", "2025-03-01"),  # impossible dates are passed over
        ("2025-13-01", None),
        ("2025年7月", None),  # no day
        ("2025-07/17", None),  # mixed separators
        ("版本 12025-07-17", None),
        ("version 2025.1.1.4", None),
        ("May 2025 and 2025", None),
        ("no date here", None),
    ],
)
def test_find_date(text, date):
    assert find_date(text) == date


def test_first_date_in_text_order_wins(tmp_path):
    text = "标题\nJuly 23, 2025 · fisherdaddy\n于 2025 年 4 月 5 日推出"
    assert only(read_articles([write(tmp_path / "a.txt", text)])).date == "2025-07-23"


# --- sentences ----------------------------------------------------------------------


def texts(text):
    return [s.text for s in split_sentences(text)]


def check_offsets(text, sentences):
    assert [s.index for s in sentences] == list(range(len(sentences)))
    last_end = 0
    for s in sentences:
        assert text[s.start : s.end] == s.text
        assert s.text and s.text == s.text.strip()
        assert not text[last_end : s.start].strip()  # only whitespace is left out
        assert len(s.text) <= 400
        last_end = s.end
    assert not text[last_end:].strip()


def test_chinese_and_ascii_terminators():
    assert texts("他来了。她走了！为什么？因为;所以；好!真的?是") == [
        "他来了。", "她走了！", "为什么？", "因为;", "所以；", "好!", "真的?", "是",
    ]


def test_newlines_split_and_blank_lines_make_no_sentence():
    assert texts("标题\n\n\n  • 第一条\n• 第二条  \n") == ["标题", "• 第一条", "• 第二条"]


def test_closing_quotes_and_brackets_stay_with_their_sentence():
    assert texts("他说：“我们要最多的 GPU。”随后离开。（这很重要！）「好。」『是？』") == [
        "他说：“我们要最多的 GPU。”", "随后离开。", "（这很重要！）", "「好。」", "『是？』",
    ]
    assert texts('He said "yes." Then left.') == ['He said "yes."', "Then left."]


def test_ascii_dot_only_before_whitespace_and_not_in_abbreviations():
    text = "Llama 2.5 is out. The U.S. market grew. Mr. Wang joined OpenAI Inc. in May. Next."
    assert texts(text) == [
        "Llama 2.5 is out.",
        "The U.S. market grew.",
        "Mr. Wang joined OpenAI Inc. in May.",
        "Next.",
    ]
    assert texts("版本3.5发布.随后") == ["版本3.5发布.随后"]
    assert texts("毫不含糊。 1. 人才争夺战 面对外界。 2. 算力军备") == [
        "毫不含糊。", "1. 人才争夺战 面对外界。", "2. 算力军备",  # list numbers open a sentence
    ]
    assert texts("In 2025. Then 10. Done") == ["In 2025.", "Then 10.", "Done"]


def test_urls_are_not_split():
    assert texts("见 https://example.com/a?b=1;c=2 的报道。") == ["见 https://example.com/a?b=1;c=2 的报道。"]


def test_scraps_join_the_sentence_before():
    assert texts("经验。...\n“最多的 GPU。”2\n下一段") == ["经验。...", "“最多的 GPU。”2", "下一段"]


def test_long_sentences_split_at_commas_near_the_limit():
    clause = "扎克伯格宣布了新的超级智能实验室计划"  # 18 characters
    text = "，".join([clause] * 60) + "。"
    sentences = split_sentences(text)
    check_offsets(text, sentences)
    assert len(sentences) > 2
    for s in sentences[:-1]:
        assert s.text.endswith("，") and len(s.text) > 300


def test_long_sentence_without_commas_is_still_cut():
    text = "a" * 1000
    sentences = split_sentences(text)
    check_offsets(text, sentences)
    assert [len(s.text) for s in sentences] == [400, 400, 200]


def test_numbers_with_thousands_commas_are_not_cut():
    text = "x" * 390 + " 1,000,000 美元" + "，更多" * 10
    assert all("1,000,000" in s.text or "1," not in s.text for s in split_sentences(text))


def test_no_sentences_in_empty_text():
    assert split_sentences("") == [] and split_sentences(" \n\u3000 ") == []


@pytest.mark.skipif(not SEEDS.is_dir(), reason="seeds folder missing")
def test_seed_articles():
    started = time.perf_counter()
    result = read_articles([SEEDS])
    elapsed = time.perf_counter() - started

    assert elapsed < 1.0
    assert len(result.articles) == 5 and result.warnings == []
    assert [a.path for a in result.articles] == sorted(a.path for a in result.articles)
    for article in result.articles:
        check_offsets(article.text, article.sentences)
        assert len(article.sentences) > 10
        assert article.text == unicodedata.normalize("NFC", article.text)
    dates = {Path(a.path).name[:3]: a.date for a in result.articles}
    assert dates == {
        "000": "2025-07-23", "001": None, "002": None, "003": "2025-07-17", "004": "2025-10-20",
    }
    assert result.articles[2].title == "Meta的AI豪赌:算力、人才与“个人超级智能”的未来图景"


@pytest.mark.skipif(not SEEDS.is_dir(), reason="seeds folder missing")
def test_ids_are_stable_across_runs_and_paths(tmp_path):
    first = read_articles([SEEDS])
    copies = tmp_path / "copies"
    copies.mkdir()
    for article in first.articles:
        (copies / ("copy-" + Path(article.path).name)).write_bytes(Path(article.path).read_bytes())
    again = read_articles([copies])
    assert [a.id for a in again.articles] == [a.id for a in first.articles]
    assert [a.sentences for a in again.articles] == [a.sentences for a in first.articles]
    assert len({a.id for a in first.articles}) == 5

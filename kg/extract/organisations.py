"""Organisations: units of a company (Meta超级智能实验室, FAIR研究团队), media
(连线杂志, 据彭博社报道), Chinese company names read from cue words (初创公司启明智算,
曜石算力执行长…), and the corpus-wide joins of acronyms, suffix variants and translations."""
from __future__ import annotations

import re

from ..normalize import key
from ..types import Article
from . import cues
from .lexicon import Lexicon
from .text import (CJK, FUNCTION_CHARS, GENERIC_NOUNS, NAME_BREAK_CHARS, common_word, dictionary_word, forms_pattern,
                   drop_leading_verbs, last_word, name_like, parent_key, place_name, trim_leading_words)


MEDIA = re.compile(rf"([{CJK}]{{2,8}})(杂志|周刊|日报|晚报|时报|邮报|新闻网|通讯社)")


REPORTED_BY = re.compile(rf"(?:据\s*《?([{CJK}A-Za-z0-9]{{2,12}}?)》?\s*(?:不完全|初步|简短)?(?:报道|报导|消息|援引|披露|了解|获悉|统计)"
                         rf"|据\s*《?((?:The\s+)?[A-Z][A-Za-z0-9&.']*(?:\s+[A-Z][A-Za-z0-9&.']*){{0,3}})》?\s*(?:[,，]|报道|报导|消息)"
                         rf"|(?:播客|节目|媒体|杂志|网站|公众号)\s*《?((?:The\s+)?[A-Z][A-Za-z0-9&.']*(?:\s+[A-Z][A-Za-z0-9&.']*){{0,3}})》?"
                         rf"|告诉\s*《?([{CJK}A-Za-z0-9]{{2,12}}?)》?\s*[,，:：]"
                         rf"|(?:接受|向|对)\s*《?([{CJK}A-Za-z0-9]{{2,8}}?)》?\s*(?:采访|专访|透露|表示)"
                         rf"|(?:^|[。！？\n])\s*《?([{CJK}A-Za-z0-9]{{2,8}}?)》?\s*(?:独家)?获悉"
                         rf"|由\s*([{CJK}A-Za-z0-9]{{2,8}}?)\s*(?:营运|运营|管理)的)")


# 晚点LatePost / 晚点 LatePost: a Chinese and an English name written together
GLUED_NAMES = re.compile(rf"([{CJK}]{{2,4}})\s?([A-Z][A-Za-z]+)")


NOT_MEDIA = ("文件", "资料", "报告", "数据", "消息", "传闻", "财报", "公告", "调查", "研究", "统计", "知情人士", "消息人士", "外媒", "媒体", "记者", "相关人士", "内部人士", "我们", "他们", "官方", "公司",
             "报道", "一位", "多位", "多家", "有关", "业内", "分析师", "市场", "数据", "了解", "介绍", "采访", "这家", "该",
             "本刊", "本报", "本台", "本站", "笔者", "公开", "访问", "刊物", "内部", "韩媒", "日媒", "美媒", "港媒", "台媒", "英媒", "法媒",
             "德媒", "印媒", "陆媒", "官媒", "党媒")


# a Chinese name someone joined: 跳槽至阶跃星辰, 加盟栖木智能
CJK_ORG_JOINED = re.compile(rf"(?:跳槽至|跳槽到|加盟|加入|转投|回归|(?:创办|创立|创建)(?:了|(?![人者的初])))\s*([{CJK}]{{2,6}}?)(?=[，,。；;、(（]|的|担任|出任|任|负责|$)")
# an investor: 由联想创投领投, 英伟达旗下X参投
CJK_ORG_INVESTOR = re.compile(rf"(?:由|获)\s*([{CJK}]{{2,8}}?)\s*(?:领投|参投|跟投)")
# a Chinese name that builds or runs something: 由中国移动建设运营
CJK_ORG_BY = re.compile(rf"由\s*([{CJK}]{{2,6}}?)\s*(?:(?:与|和|及)\s*([{CJK}]{{2,6}}?)\s*(?:共同|联合|合作)?)?\s*(?:负责|主导|牵头|投资)?\s*(?:建设|运营|打造|营运|开发|训练|研发|兴建|建置|自建|承建)(?![官长商方])")
CJK_ORG_AFTER_CUE = re.compile(rf"(?:子公司|母公司|新公司(?!的)|初创公司|创业公司|初创企业|独角兽|投资机构|风投机构|国企(?!业)|央企(?!业)|开发商|云厂商|AI\s*公司|人工智能公司|芯片公司|科技公司|模型公司)\s*([{CJK}]{{2,6}}?)(?=的|，|,|。|、|[(（]|与|和|由|共同|联合|负责|宣布|表示|正在|于|已|将|也|在|近日|日前|刚刚|完成|获得|发布|推出)"
                               # 一家叫衔烛实验室的模型公司: a company named before what it is
                               rf"|(?:叫|名为|名叫|叫做)\s*([{CJK}]{{2,8}}?)的\s*[{CJK}]{{0,4}}(?:公司|实验室|初创|新创|创业公司|企业)")


# endings that make a Chinese name a company's, as CJK_ORG_SUFFIX and CJK_ORG_ACTING read them
COMPANY_SUFFIXES = ("科技", "智算", "集团", "半导体", "研究院", "算力", "智能", "电脑", "电子", "通信", "资本", "创投", "软件",
                    "智驾", "液冷", "汽车", "机器人", "云")
CJK_ORG_SUFFIX = re.compile(rf"([{CJK}]{{2,6}}(?:科技|智算|集团|半导体|研究院|电脑|电子))(?=的|，|,|。|宣布|表示|正在|于|已|将|也|在|和|与|、|发布|推出|创始人|CEO|联合创始人|首席|行政总裁|执行长|总裁|董事长|注资|融资|估值|获得|完成|供应|提供|负责|打造|建设|运营|营运|合作|目前|如今|今年|去年|近日|日前|旗下|自研|$)"
                            rf"|(?<=前|原)([{CJK}]{{2,4}}(?:科技|集团|半导体|电脑|电子|通信|资本|软件))")
# a name ending like a company (算力, 智能) that acts like one: 澜舟算力宣布…, 深衡智能创始人…
CJK_ORG_ACTING = re.compile(rf"([{CJK}]{{2,6}}(?:算力|智能|智算|科技|资本|创投|云))(?=宣布|推出|发布|正在|完成|获得|表示|透露|创始人|联合创始人|CEO|首席|今年|去年|自行|近日|日前|目前|如今|旗下|自研|于\d"
                            rf"|创始合伙人|管理合伙人|合伙人|成立于|运营的|营运的|[，,]?\s*由(?=[^。；;]{{0,30}}?(?:创办|创立|创建))|的\s*(?:CEO|创始人|联合创始人))")
# 算域云是一家 2024 年成立的智算服务商: a name said to be a company
CJK_ORG_IS_A = re.compile(rf"(?:^|(?<=[，,。；;：:\n]))([{CJK}]{{2,6}}?)(?=是一家[^。，,]{{0,24}}?(?:公司|服务商|初创|新创|创业公司|企业|运营商|厂商|基金|实验室|研究院))")


CJK_LEAD_VERBS = tuple(v for v in cues.LEAD_VERBS if not v.isascii())  # 领导澜岸研究院: the verb, then the name
ORG_CUE_PREFIXES = ("初创公司", "创业公司", "初创企业", "投资机构", "科技公司", "公司", "企业", "机构", "据", "旗下", "其",
                    "成立", "创办", "创立", "创建", "组建") + CJK_LEAD_VERBS


GENERIC_ORG_WORDS = ("人工智能", "通用人工智能", "超级智能", "个人超级智能", "生成式人工智能", "具身智能",
                     "这家", "该", "一家", "某", "其", "新的", "大型", "科技", "智能", "前沿")


TIME_WORDS = ("近日", "日前", "今天", "今日", "昨天", "昨日", "目前", "此前", "如今", "同时", "其中", "另外", "此外",
              "而", "但", "据悉", "今年", "去年")


CJK_ORG_BEFORE_TITLE = re.compile(
    rf"([{CJK}]{{2,8}}?)(?:的)?\s*(?:(?:co-)?[Ff]ounder\s*(?:&|and)\s*)?"
    rf"(?:副(?=董事长|总裁))?(?:(?:联合|共同)?(?:创始人|创办人)|首席执行官|执行长|行政总裁|CEO|董事长|总裁|总经理|技术长|首席技术官|CTO"
    rf"|首席科学家|首席AI科学家|创始合伙人|管理合伙人|董事经理)"
    rf"(?:(?:兼|暨|及|和|、)[^\s，,。]{{0,6}}?)?\s*(?=[{CJK}]{{1,4}}[·・]|[A-Z][a-z]|[{''.join(sorted(cues.SURNAMES))}])")


FUNCTIONS = ("技术", "产品", "研发", "业务", "工程", "销售", "市场", "财务", "战略", "运营")
GENERIC_ORG_HEADS = ("公司", "集团", "团队", "项目", "部门", "实验室", "机构", "企业", "平台", "品牌", "母公司", "子公司")


def org_before_title(article: Article, folded: str, lex: Lexicon) -> None:
    """A Chinese company name before a head title and a person: 曜石算力执行长林宛蓁."""
    for m in CJK_ORG_BEFORE_TITLE.finditer(folded):
        name = trim_leading_words(_strip_prefixes(m.group(1), TIME_WORDS + ("原", "前"))).rstrip("前原")  # 英特尔前执行长
        if name[:1] in "前原" and len(name) >= 3:
            name = name[1:]  # 以及前谷歌CEO: the connective went first
        for scope in ("全球", "集团", "中国区", "亚太区"):  # 英伟达全球副总裁: the company, and how far the post reaches
            if name.endswith(scope) and lex.type_of(key(name[:-len(scope)])) == "Company":
                name = name[:-len(scope)]
        if name.endswith(FUNCTIONS):  # 小红书技术副总裁, 应用业务CEO: a company's function, or a function alone
            if lex.type_of(key(name[:-2])) == "Company":
                name = name[:-2]
            elif dictionary_word(name[:-2]) or common_word(name[:-2]):
                continue
        if not 2 <= len(name) <= 6 or name.endswith(GENERIC_ORG_HEADS) or name[:1] in "该这那其某各另本" or name[-1] in "着了过地得部处组科区":
            continue
        if any(w in name for w in ("创始", "创办", "联合", "共同", "兼", "副", "首席", "董事", "总裁", "执行", "研究", "负责", "行政",
                                   "联席", "代理", "临时", "署理", "轮值", "首任", "新任", "现任", "前任", "常务")):
            continue  # the regex stopped inside a title (创始人兼CEO), not after a name
        if dictionary_word(name) or name.startswith(("招来", "请来", "挖来", "聘请", "迎来", "找来")):
            continue  # 云端执行长, 招来新CEO
        if any(ch in NAME_BREAK_CHARS for ch in name) or lex.type_of(key(name)) not in (None, "Company"):
            continue
        if any(lex.type_of(key(name[i:j])) in ("Person", "Model")
               for i in range(len(name)) for j in range(i + 2, len(name) + 1)) or common_word(name):
            continue
        if name.endswith(cues.CLUSTER_CUES) or re.search("担任|出任|接任|升任", name):
            continue  # 挖来资料中心建设副总裁, 长年担任执行长的: a kind of place, a verb
        lex.add(name, "Company", "cue:company-before-title")


def _strip_prefixes(name: str, prefixes) -> str:
    for w in prefixes:
        if name.startswith(w):
            name = name[len(w):]
    return name


def media_names(article: Article, folded: str, lex: Lexicon) -> None:
    """Media named by how news cites them: 连线杂志, 据彭博社报道, 36氪获悉, 对晚点表示."""
    for m in MEDIA.finditer(folded):
        name = trim_leading_words(m.group(1))
        if 2 <= len(name) <= 6 and not any(ch in FUNCTION_CHARS for ch in name[-1:]):
            lex.add(name + m.group(2), "Company", "cue:media-name")
    for m in REPORTED_BY.finditer(folded):
        name = next(g for g in m.groups() if g)
        if any(w in name for w in NOT_MEDIA) or any(ch in NAME_BREAK_CHARS for ch in name) or name.endswith("时"):
            continue  # 把决定告诉导师时: a clause, not an outlet
        if name in cues.LATIN_STOPWORDS:
            continue
        if lex.type_of(key(name)) in (None, "Company"):
            k = lex.add(name, "Company", "cue:media-name")
            glued = GLUED_NAMES.fullmatch(name)
            if glued:  # 晚点LatePost: the Chinese and the English name, written together
                for part in glued.groups():
                    if lex.type_of(key(part)) in (None, "Company"):
                        lex.link(k, lex.add(part, "Company", "cue:media-name"), "cue:media-name")


PLACE_STEMS = ("硅谷", "矽谷", "湾区", "海外", "本土", "国内", "全球", "中国", "美国", "欧洲")
GENERIC_STEMS = ("算力", "智算", "数智", "产业", "投资", "数字", "信息", "控股", "发展", "数据", "网络", "技术", "人工智能", "智能", "科技", "国际", "实业")
LEGAL_NAME = re.compile(rf"([{CJK}]{{2,16}}?(?:股份)?有限(?:责任)?公司)")
LEGAL_NAME_BREAK = re.compile(r".*(?:[的由与和及是在为被把将从向对]|成立|创办|创立|设立|出任|担任|兼任|现任|转任|加入|国企|国资|企业|旗下|子公司|母公司|平台|运营方|投资方)")


def _after_break(run: str) -> str:
    """run after its last word that cannot be part of a name: 芜湖市属国企皖江算力 -> 皖江算力."""
    brk = LEGAL_NAME_BREAK.match(run)
    return run[brk.end() if brk else 0:]


def legal_names(article: Article, folded: str, lex: Lexicon) -> None:
    """A registered company name: 宁波甬江算力科技有限公司 (a place and all)."""
    for m in LEGAL_NAME.finditer(folded):
        name = _after_break(m.group(1)[:-4]) + m.group(1)[-4:]
        if len(name) >= 6 and lex.type_of(key(name)) in (None, "Company"):
            lex.add(name, "Company", "cue:legal-name")


def cjk_company_names(article: Article, folded: str, lex: Lexicon) -> None:
    """Chinese company names read from the words around them: 初创公司启明智算的 (a cue before),
    星河科技宣布 (an ending and a verb), 跳槽至阶跃星辰 (joined), 由中国移动建设 (builds)."""
    for rx, rule in ((CJK_ORG_AFTER_CUE, "cue:company-name"), (CJK_ORG_IS_A, "cue:company-name"), (CJK_ORG_SUFFIX, "cue:company-suffix"),
                     (CJK_ORG_ACTING, "cue:company-suffix"), (CJK_ORG_JOINED, "cue:company-joined"),
                     (CJK_ORG_BY, "cue:company-builds"), (CJK_ORG_INVESTOR, "cue:company-builds")):
        for m, found in ((m, g) for m in rx.finditer(folded) for g in m.groups() if g):  # 由A与B共同兴建: both
            name = trim_leading_words(_strip_prefixes(found, ORG_CUE_PREFIXES))
            name = re.split(r"创办|创立|成立|创建|加入|加盟|担任|兼任|出任|现任|转任", name)[-1]  # 在深圳创办墨原科技 -> 墨原科技
            name = re.sub(r"(?:今年|去年|本月|上月|近日|日前|目前|此前|刚刚|旗下|内部|时|出资|牵头|主导|共同|联合|全资)$", "", name)  # 初创公司青岚智能今年发布, 转投字节跳动旗下的
            if name[:1] in "前原" and (len(name) >= 5 or lex.type_of(key(name[1:]))):
                name = name[1:]  # 前红杉资本: someone's former employer
            if rule == "cue:company-suffix":
                suffix = next(x for x in COMPANY_SUFFIXES if name.endswith(x))
                stem = last_word(name[:-len(suffix)])
                if stem in GENERIC_STEMS:  # 陇东数智产业投资集团: the whole run, not 产业集团
                    end = m.end(m.lastindex)
                    stem = _after_break(re.search(rf"[{CJK}]{{1,16}}$", folded[max(0, end - 16):end]).group(0)[:-len(suffix)])
                name = drop_leading_verbs(stem) + suffix  # 如今担任启明智算, 来自生数科技 -> 启明智算, 生数科技
                if stem in PLACE_STEMS:
                    continue  # 矽谷创投: the venture capital of a place, not a name
            if name[:1] in "自正已将在于被把对向从让使以为租" or common_word(name):
                continue  # 创业公司自建…, 这家初创公司计划…: a verb or a plain word, not a name
            if rule == "cue:company-suffix" and len(name) < (3 if name.endswith("云") and not dictionary_word(name) else 4):
                continue  # the suffix alone (科技) or one character before it; 皖芯云 is a name, 私有云 is not
            if len(name) < 2 or any(name.startswith(g) or name == g for g in GENERIC_ORG_WORDS):
                continue
            if any(ch in FUNCTION_CHARS for ch in name):
                continue
            if rule != "cue:company-suffix" and not name_like(name) and not (m.group(0).startswith(("叫", "名"))) \
                    and not (len(name) >= 4 and _suffixed_name(name)):
                continue  # 初创公司同样活跃: not a name
            if name.endswith("公司") or name[:2] in GENERIC_NOUNS or rule == "cue:company-name" and dictionary_word(name):
                continue  # 模型公司和芯片公司, 模型公司对国产芯片, 创业公司创始人
            if rule in ("cue:company-joined", "cue:company-builds") and (
                    not (name_like(name) or rule == "cue:company-joined" and name.endswith(COMPANY_SUFFIXES) and len(name) >= 4)
                    or dictionary_word(name) or any(lex.type_of(key(name[i:j])) == "Person"
                                               for i in range(len(name)) for j in range(i + 2, len(name) + 1))):
                continue  # 加盟后…, 加入苏莱曼麾下…: not a company's name
            # 极夜智能创始人: with a title after it, a name made of a plain word is still a company's
            titled = rx is CJK_ORG_ACTING and re.match(r"创始人|联合创始人|CEO|首席", folded[m.end():m.end() + 5])
            if rule == "cue:company-suffix" and (common_word(name[:-2]) and not titled
                                                 or name.startswith(("超级", "大型", "新型", "国产"))):
                continue  # 新兴科技, 全球科技, 大规模智算
            if any(name.endswith(g) and place_name(name[:-len(g)]) for g in GENERIC_ORG_HEADS):
                continue  # 由台湾公司营运: any company of a place
            if lex.type_of(key(name)) in (None, "Company"):
                lex.add(name, "Company", rule)


def _suffixed_name(name: str) -> bool:
    """深境智驾, 极风液冷: a name before a company's ending, however the ending reads."""
    suffix = next((x for x in COMPANY_SUFFIXES if name.endswith(x)), None)
    stem = name[:-len(suffix)] if suffix else ""
    return len(stem) >= 2 and name_like(stem, loose=True) and not dictionary_word(stem)


def company_inside(text: str, lex: Lexicon) -> bool:
    return any(lex.type_of(key(text[i:j])) == "Company"
               for i in range(len(text)) for j in range(i + 2, len(text) + 1))


def suffix_variants(lex: Lexicon) -> None:
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
        native, stem_native = _native_forms(lex, k), _native_forms(lex, stem)
        if native and stem_native and not native & stem_native:
            continue  # Viettel(越南军队电信集团) and Viettel AI(人工智能中心): each has its own Chinese name
        lex.link(k, stem, "pattern:company-suffix-variant")
    for k, form in list(lex.forms.items()):  # Vireo and Vireo Research, neither of them a known name
        words = form.split()
        if len(words) == 2 and words[1] in ("Research", "Labs", "Lab", "Robotics", "Computing", "Systems") \
                and lex.type_of(k) == "Company" and lex.type_of(key(words[0])) == "Company" \
                and not lex.rules.get(k, "").startswith("gazetteer") \
                and not lex.rules.get(key(words[0]), "").startswith("gazetteer"):
            lex.link(k, key(words[0]), "pattern:company-suffix-variant")
    for k, form in list(lex.forms.items()):  # 澜舟 is 澜舟算力, once both are known
        if lex.type_of(k) == "Company" and not form.isascii():
            longer = [key(form + e) for e in ("算力", "智能", "科技", "智算", "数科", "集团")
                      if lex.type_of(key(form + e)) == "Company"]
            if len(longer) == 1:  # 云岫 beside both 云岫科技 and 云岫算力 names neither for sure
                lex.link(k, longer[0], "pattern:company-suffix-variant")
    for k, form in list(lex.forms.items()):  # 晚点 is 晚点LatePost, once both are known as names
        glued = GLUED_NAMES.fullmatch(form)
        latin = key(glued.group(2)) if glued else ""
        if glued and lex.type_of(k) == "Company" and lex.type_of(key(glued.group(1))) == "Company" \
                and not lex.rules.get(key(glued.group(1)), "").startswith("gazetteer") \
                and (lex.type_of(latin) is None or lex.canonical.get(k) == glued.group(2)):  # not 信实 Jio, Reliance's Jio
            lex.link(k, key(glued.group(1)), "pattern:company-suffix-variant")
    for k, form in list(lex.forms.items()):  # Seed团队 is Seed's own team: one organisation
        if lex.type_of(k) == "Company" and form.endswith("团队"):
            stem = key(form[:-2].strip())
            if stem and stem != k and lex.type_of(stem) == "Company":
                lex.link(k, stem, "pattern:unit-of-itself")
    for k, form in list(lex.forms.items()):  # 北京镜界智能 is 镜界智能: a company named with its city
        if lex.type_of(k) != "Company" or form.isascii() or lex.rules.get(k, "").startswith("gazetteer") \
                or form.endswith(("研究院", "研究所", "实验室", "中心", "大学", "学院")):
            continue  # an institute's name often starts with its place: 上海科学智能研究院
        place = next((n for n in (2, 3) if len(form) - n >= 3 and place_name(form[:n]) and lex.type_of(key(form[n:])) == "Company"), 0)
        if place:
            lex.link(k, key(form[place:]), "pattern:company-place-prefix")
    for k, form in list(lex.forms.items()):  # 小米集团 is 小米
        if lex.type_of(k) == "Company" and form.endswith(("集团", "公司", "控股", "有限公司")):
            stem = key(re.sub(r"(集团|有限公司|公司|控股)$", "", form))
            if stem != k and lex.type_of(stem) == "Company":
                lex.link(k, stem, "pattern:company-suffix-variant")


def _native_forms(lex: Lexicon, k: str) -> set[str]:
    return {x for x in lex.linked(k) if not x.isascii()}


def english_units(lex: Lexicon) -> None:
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
        unit = f"unit:{parent_key(lex, key(words[0]))}:{cues.DESCRIPTOR_GLOSSARY.get(desc, desc)}"
        lex.link(unit, k, "pattern:org-unit-translation")
        if desc != full:  # Superintelligence Labs, without its parent, names it too
            short = " ".join(words[1:])
            lex.add(short, "Company", "pattern:org-unit")
            lex.link(unit, key(short), "pattern:org-unit")


REGIONS = {"日本": "Japan", "韩国": "Korea", "中国": "China", "印度": "India", "台湾": "Taiwan", "欧洲": "Europe",
           "英国": "UK", "德国": "Germany", "法国": "France", "新加坡": "Singapore", "香港": "Hong Kong"}
# 亚马逊云科技日本法人(AWS Japan), OpenAI 日本(OpenAI Japan): a company's office in a country is a unit of its own
REGIONAL = re.compile(rf"({'|'.join(REGIONS)})(法人|分公司|子公司|公司|办公室|分部)?\s*[(（]\s*([A-Za-z][A-Za-z0-9 .&\-]*?)\s+"
                      rf"({'|'.join(REGIONS.values())})\s*[)）]")


def regional_offices(article: Article, folded: str, lex: Lexicon) -> None:
    for m in REGIONAL.finditer(folded):
        if REGIONS[m.group(1)] != m.group(4) or lex.type_of(key(m.group(3))) != "Company":
            continue
        before = folded[max(0, m.start() - 12):m.start()].rstrip()
        parent = lex.tail_of_type(before, "Company")
        if parent is None:
            continue
        rule = "pattern:regional-office"
        cjk = lex.add(parent + m.group(1) + (m.group(2) or ""), "Company", rule)
        lex.link(cjk, lex.add(f"{m.group(3)} {m.group(4)}", "Company", rule), rule)


DIVISIONS = ("事业群", "事业处", "研发中心", "研究中心", "研究所")
DIVISION_WORDS = "|".join(DIVISIONS)


def org_units(article: Article, folded: str, lex: Lexicon) -> None:
    """Company + descriptor + unit word: Meta超级智能实验室 / FAIR研究团队 / MSL团队."""
    companies = forms_pattern(lex, "Company")
    if companies is None:
        return
    for m in companies.finditer(folded):
        rest = folded[m.end():m.end() + 16]
        u = re.match(rf"[ \t]*([{CJK}A-Za-z]{{0,8}}?)[ \t]*(研究团队|实验室|团队|部门|研究院|事业部|{DIVISION_WORDS}|(?<= )Labs?\b|(?<=[ \t{CJK}])B[UG]\b)", rest)
        if not u:
            continue
        desc = u.group(1).strip()
        surface = folded[m.start():m.end() + u.end()].strip()
        if u.group(2) in ("BU", "BG"):
            if len(desc) <= 4 and not any(ch in NAME_BREAK_CHARS for ch in desc):
                lex.add(surface, "Company", "pattern:org-unit")  # 华为车 BU: a business run on its own
            continue
        if u.group(2) in DIVISIONS and desc:
            # 英业达AI研发中心, 纬创AI服务器事业群: a division with a life of its own, never the company itself
            if not any(ch in NAME_BREAK_CHARS for ch in desc) and not company_inside(desc, lex):
                unit = f"division:{parent_key(lex, key(m.group(0)))}:{key(desc + u.group(2))}"
                lex.link(unit, lex.add(surface, "Company", "pattern:org-unit"), "pattern:org-unit")
                if len(desc) >= 2 and not desc.isascii() and not place_name(desc):  # 上海研发中心: whose?
                    lex.link(unit, lex.add(desc + u.group(2), "Company", "pattern:org-unit"), "pattern:org-unit")
            continue
        if any(ch in NAME_BREAK_CHARS - {"的"} for ch in desc) or company_inside(desc, lex) \
                or (desc and not desc.isascii() and not name_like(desc.rsplit("的", 1)[-1]) and lex.type_of(key(desc)) != "Model"):
            continue  # 字节跳动已从阿里巴巴通义实验室, 苹果执掌基础模型团队: not this company's unit
        parent = parent_key(lex, key(m.group(0)))
        if "的" in desc:
            desc = desc.rsplit("的", 1)[1]
            if not desc:
                continue  # Inflection的团队: the company itself, already a mention
        named = key(lex.canonical.get(key(m.group(0)), m.group(0)) + desc)
        if desc and lex.type_of(named) == "Company":  # 微软AI部门 is Microsoft AI
            lex.link(named, lex.add(surface, "Company", "pattern:org-unit"), "pattern:unit-named")
            continue
        if any(ch.isupper() for ch in desc) and desc.isascii() and desc.isupper():
            continue  # MSL AIGC实验室: an acronym, not a descriptor
        dkey = cues.DESCRIPTOR_GLOSSARY.get(desc.lower(), desc.lower())
        if dkey in cues.GENERIC_DESCRIPTORS or lex.type_of(key(desc)) not in (None, "Company", "Model"):
            continue  # a team named after its model (阿里通义千问团队) is a unit of its own
        if desc and lex.type_of(key(desc)) == "Company":
            # 字节跳动Seed团队 is Seed, a name of its own
            lex.link(key(desc), lex.add(surface, "Company", "pattern:org-unit"), "pattern:unit-named")
            continue
        if dkey in cues.SELF_DESCRIPTORS:
            lex.add(surface, "Company", "pattern:org-unit")
            lex.link(parent, key(surface), "pattern:unit-of-itself")
            continue
        unit = f"unit:{parent}:{dkey}"
        _add_unit(lex, unit, surface, desc + u.group(2), "pattern:org-unit")
        lex.unit_names.setdefault(unit, desc)


def _add_unit(lex: Lexicon, unit: str, surface: str, short: str, rule: str) -> None:
    """A unit's name with its company and without (腾讯大语言模型部, 大语言模型部), both
    linked to the unit; a short form under four characters names nothing alone."""
    lex.link(unit, lex.add(surface, "Company", rule), rule)
    if len(short) >= 4:
        lex.link(unit, lex.add(short, "Company", rule), rule)


# what a unit of an AI company is named for: 大语言模型部, 多模态理解组, 前沿推理团队, 数据与评测团队
UNIT_TOPICS = tuple(sorted((
               "大语言模型", "语言模型", "大模型", "基础模型", "基座模型", "世界模型", "模型", "多模态", "理解", "生成",
               "数据计算", "数据平台", "数据", "计算", "算力", "智算", "基础设施", "平台", "基础", "基座", "推理", "预训练",
               "后训练", "训练", "评测", "评估", "安全", "对齐", "超级对齐", "视觉", "语音", "搜索", "智能体", "前沿", "交互",
               "机器学习", "深度学习", "强化学习", "具身", "机器人", "自动驾驶", "感知", "规划", "芯片", "系统", "架构", "智能云",
               "智能", "研究", "战略", "动作", "视频", "图像", "代码", "编程", "应用", "产品", "工程", "技术", "研发", "业务",
               "创新", "人工智能", "计算业务"), key=len, reverse=True))  # the longest word first
# named by these alone, a unit is any company's: 研发部, 产品团队, 技术部
UNIT_GENERIC = {"数据", "计算", "平台", "基础", "智能", "研究", "战略", "应用", "产品", "工程", "技术", "研发", "业务", "创新",
                "系统", "安全", "人工智能", "模型", "大模型", "基础设施"}
UNIT_WORD = re.compile(r"(事业部|部门|小组|团队|组|部)(?!长|署|分|件|落|位|委|队|织|成|建|合|员|门)")
_UNIT_TAIL = re.compile(rf"(?:(?<=[{CJK}\s])|^)与$")  # not 和: 大语言模型部和多模态模型部 are two


def named_units(article: Article, folded: str, lex: Lexicon) -> None:
    """Units named for what they do, with or without their company: 新成立的AI Infra部,
    大语言模型部, Seed 数据与评测团队, 可灵 3D 与动作生成组."""
    for u in UNIT_WORD.finditer(folded):
        start, words = u.start(), []
        while True:  # read the name backwards, one topic word, Latin word or known name at a time
            before = folded[max(0, start - 12):start]
            space = len(before) - len(before.rstrip(" "))
            before = before.rstrip(" ")
            latin = re.search(r"(?<![A-Za-z0-9\-])[A-Za-z0-9][A-Za-z0-9\-]*$", before)
            topic = next((t for t in UNIT_TOPICS if before.endswith(t)), None)
            known = next((before[i:] for i in range(max(0, len(before) - 8), len(before) - 1)
                          if lex.type_of(key(before[i:])) in ("Company", "Model")), None)
            joiner = _UNIT_TAIL.search(before)
            if known and (not topic or len(known) > len(topic)) and not (words and words[-1][0] == "joiner"):
                words.append(("known", known)); start -= space + len(known)
                break  # a company or model opens the name
            if latin and not (latin.group(0)[0].islower() and not words):
                words.append(("latin", latin.group(0))); start -= space + len(latin.group(0))
            elif topic:
                words.append(("topic", topic)); start -= space + len(topic)
            elif joiner and words and words[-1][0] != "joiner":
                words.append(("joiner", joiner.group(0))); start -= space + len(joiner.group(0))
            else:
                break
        while words and words[-1][0] == "joiner":
            start += len(words.pop()[1])
        if not words:
            continue
        kinds = [w[0] for w in words]
        surface = folded[start:u.end()].strip()
        cjk_topics = "".join(w for k, w in words if k == "topic")
        latin_words = [w for k, w in words if k == "latin"]
        opener = words[-1] if words[-1][0] == "known" else None
        if opener and lex.type_of(key(opener[1])) == "Model" and opener[1].isascii() and u.group(1) == "团队":
            continue  # Gemini 后训练团队: annotators split on a Latin model's team
        if lex.type_of(key(surface)) is not None or (opener and len(words) == 1):
            continue  # read already, or a company's own team (Seed团队)
        if u.group(1) == "团队" and not (opener and "joiner" in kinds):
            continue  # 基础设施团队, OpenAI 推理团队: a description; Seed 数据与评测团队 a name
        if u.group(1) in ("组", "小组") and not (opener or latin_words):
            continue  # 后训练组: which company's?
        content = [w for k, w in words if k == "topic" and w not in UNIT_GENERIC] + \
                  [w for w in latin_words if w not in cues.LATIN_STOPWORDS and not w.isdigit()]
        if not content and not (("joiner" in kinds or u.group(1) == "事业部" and not opener) and len(cjk_topics) >= 4):
            continue  # 研发部, AI 团队: any company has one
        if not opener and not latin_words and len(cjk_topics) < 3:
            continue
        if opener and lex.type_of(key(opener[1])) == "Company":  # 腾讯大语言模型部 is 大语言模型部 of 腾讯
            desc = surface[len(opener[1]):-len(u.group(1))].strip()
            _add_unit(lex, f"unit:{parent_key(lex, key(opener[1]))}:{desc.lower()}", surface, desc + u.group(1),
                      "pattern:named-unit")
        else:
            lex.add(surface, "Company", "pattern:named-unit")


MODEL_UNIT = re.compile(rf"[ \t]?((?:大模型)?|[{CJK}A-Za-z0-9][{CJK}A-Za-z0-9 ]{{0,7}}?)[ \t]?(团队|事业部|组|部)(?![署分件门长员署落])")


def model_teams(article: Article, folded: str, lex: Lexicon) -> None:
    """A team named after its model is an organisation: 混元团队, 千问团队, 文心基础模型部,
    LongCat 预训练组. A Latin model name's 团队 (Gemini 后训练团队) is left out: annotators split on it."""
    models = forms_pattern(lex, "Model")
    if models is None:
        return
    for m in models.finditer(folded):
        team = MODEL_UNIT.match(folded, m.end())
        if not team or m.group(0).endswith("模型") or re.search(rf"[{CJK}A-Za-z]$", folded[max(0, m.start() - 1):m.start()]):
            continue
        desc = team.group(1).strip()
        latin = m.group(0).isascii()
        if latin and (team.group(2) == "团队" or re.search(r"\d", m.group(0))) \
                or (latin or team.group(2) != "团队") and not desc or desc in cues.GENERIC_DESCRIPTORS \
                or any(ch in NAME_BREAK_CHARS for ch in desc) or re.search(r"相关|内|全|部分|系列|新", desc):
            continue
        surface = folded[m.start():team.end()]
        if lex.type_of(key(surface)) in (None, "Company"):
            lex.add(surface, "Company", "pattern:model-team")


def model_owners(article: Article, folded: str, lex: Lexicon) -> None:
    """A Chinese name owning a known model is its maker: 快手的可灵2.1, 生数科技的Vidu Q1."""
    models = forms_pattern(lex, "Model")
    if models is None:
        return
    for m in models.finditer(folded):
        before = re.search(rf"(?:^|[，,。；;：:、\s和与及)）])([{CJK}]{{2,6}})的\s*$", folded[max(0, m.start() - 10):m.start()])
        if not before:
            continue
        name = trim_leading_words(before.group(1))
        name = _strip_prefixes(name, TIME_WORDS)
        if len(name) < 2 or name.endswith(GENERIC_ORG_HEADS) or name[:1] in "该这那其某各另本我你他她它不没未无非"\
                or any(v in name for v in ("使用", "采用", "基于", "用于", "调用", "接入")) or name.endswith(NOT_OWNERS) \
                or place_name(name) or name.endswith(cues.BUILD_VERBS) \
                or any(g in name for g in GENERIC_ORG_WORDS) or any(ch in NAME_BREAK_CHARS for ch in name):
            continue
        if lex.type_of(key(name)) in (None, "Company") and not common_word(name) and name_like(name):
            lex.add(name, "Company", "cue:owner-of-model")


# what a model can be "of" without being made by it: 混合架构的混元 TurboS
NOT_OWNERS = ("架构", "技术", "能力", "方案", "版本", "系列", "模式", "框架", "平台", "产品", "芯片", "算法", "数据", "模型", "时代",
              "基础", "核心", "底座", "基座", "主力", "代表", "旗舰", "开源", "闭源", "最新", "同类", "国产", "自研", "国内", "海外",
              "国外", "全球", "业界", "行业", "对手", "编程", "推理", "训练", "部署", "生成", "对话", "搜索", "写作", "语音",
              "视觉", "图像", "视频", "多模态", "智能体", "级")  # 企业级的Solar Pro: a grade
LAB_LEADING = CJK_LEAD_VERBS + ("现任", "出任", "担任", "兼任", "转任", "加入", "加盟", "投奔", "离开")
STANDALONE_LAB = re.compile(rf"(?:^|(?<=[，,。；;、：:\s由在与和据前原从]))([{CJK}]{{2,8}}?(?:实验室|研究院))(?![{CJK}]*(?:团队|部门))")


# what kind of lab it is, not its name: 非营利实验室 Kyutai, 国家实验室
LAB_KINDS = {"非营利", "国家", "国立", "联合", "重点", "开源", "独立", "前沿", "内部", "顶级", "科学", "企业", "高校", "大学",
             "顶尖", "头部", "一流", "知名", "主流", "大型", "领先"}


def standalone_labs(article: Article, folded: str, lex: Lexicon) -> None:
    """Labs and institutes named on their own: 鹏城实验室, 上海人工智能实验室, 智源研究院."""
    for m in STANDALONE_LAB.finditer(folded):
        stem = _strip_prefixes(m.group(1)[:-3], LAB_LEADING)  # 领导澜岸研究院, 现任鹏影研究院 -> 澜岸研究院, 鹏影研究院
        name = stem + m.group(1)[-3:]
        if len(stem) < 2 or len(stem) > 6 or common_word(stem) or stem[:1] in "该这那其某各另本我你他她它" \
                or (rest := _strip_prefixes(stem, PLACE_STEMS)) in LAB_KINDS or not rest \
                or any(ch in NAME_BREAK_CHARS for ch in stem) or company_inside(name, lex) or not name_like(stem):
            continue
        if lex.type_of(key(name)) in (None, "Company"):
            lex.add(name, "Company", "cue:lab-name")

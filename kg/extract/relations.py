"""Relation rules: regular expressions over a sentence in which every mention is a slot.

A sentence such as "Meta CEO 马克·扎克伯格接受采访" is rewritten as "{C0} CEO {P1}接受采访"
(C Company, P Person, K Cluster, M Model; the number is the mention's index). 他/她 become
a slot of the last person named, 该公司/这家公司 a slot of the last company, and a name
followed by its English form in brackets is one slot. The rules then read the Chinese
(and English) ways of saying who leads, who joined from where, and who builds what.
A clause with no person of its own takes the sentence's or the paragraph's last person
as its subject (…,并担任 GitHub 首席执行官).
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict, deque
from dataclasses import dataclass, field
from typing import Callable

from .. import EXTRACTOR_VERSION
from ..normalize import fold
from ..types import Article, Evidence, Mention, RelationCandidate
from . import cues
from .learned import SLOT, RelationModel
from .tables import FOUNDER_POST, RUNNING_POST, table_facts

LETTER = {"Person": "P", "Company": "C", "Cluster": "K", "Model": "M"}


def _alt(words) -> str:
    return "|".join(re.escape(w).replace("\\ ", "\\s*") for w in sorted(set(words), key=len, reverse=True))


HEAD = rf"(?<!副)(?:联合|联席|共同|co-|Co-)?(?:{_alt(t for t in cues.HEAD_TITLES if t not in ('总裁',))}|(?<!副)总裁)"
JOIN = rf"(?:将|也将|也|已|已经|正式|宣布|即将|随后|后来|刚刚|近日|一同|一起|先后|相继|都已|均已|都|均)?\s*(?:{_alt(cues.JOIN_VERBS)})"
TAKES_UP = rf"(?:{JOIN}|(?:将|已|正式)?\s*(?:出任|担任|被任命为|成为|为\s*(?:新任|首任|新一任|\{{C\d+\}}))|被\s*\{{C\d+\}}\s*(?:{_alt(cues.POACH_VERBS)}))"
POACH = _alt(cues.POACH_VERBS)
BUILD = rf"(?:{_alt(cues.BUILD_VERBS)})(?![者商方官长员])"  # 开发者, 运营商: people and firms, not verbs
LEADV = _alt(cues.LEAD_VERBS)
FOUND = rf"(?<!新)(?:{_alt(cues.FOUND_VERBS)})(?!的)"  # 新成立的部门 was founded by nobody named
WHEN = r"(?:则|当时|此前|之前|曾经|目前|现在|如今|至今|也|还|同时|一直|后来|随后|之后|仍|仍然|继续|则仍|亲自|正式)?"
COPULA = rf"{WHEN}\s*(?:正式)?\s*(?:是|为|系|作为|担任|出任|现任|任|成为|升任|曾任|曾担任|曾是|兼任|接任|接掌|被任命为|获任|调任|转任)"
GAP = r"[^{}。！？]"  # text with no mention in it
TIGHT = r"[^{}。！？，,；;、|｜]"  # the same, within one clause
# NVIDIA台湾总经理, 英伟达中国区总经理: the head of an office, not of the company
REGION = "(?:中国|大中华|亚太|东南亚|东盟|北美|欧洲|台湾|香港|日本|韩国|新加坡|印度|英国|德国|法国|美国)"
# what may stand between a company and its head's title: 联合创始人兼 CEO; a short modifier
# before a chief title (首席 AI 科学家); but not before 负责人: Apple的AI负责人 heads AI, not Apple
PRE_HEAD = (rf"(?:(?:联合)?(?:创始人|创办人)\s*(?:兼|暨|和|、|及)\s*|{TIGHT}{{1,6}}?\s*(?:兼|暨)\s*|(?:co-)?founder\s*(?:&|and|兼)\s*"
            rf"|(?!{REGION}区?)(?:(?![把将被并和与及让请由从向对])[^{{}}。！？，,；;、]){{0,3}}?(?=(?:前|原|首任|新任|现任)?(?:首席|CEO|执行长|行政总裁|总裁|董事长|总经理|掌门|主席|主任|院长|所长|Chief))|)"
            rf"(?:(?:前|原|首任|新任|现任|联席|代理|临时|署理)\s*)?")
ANY = r"(?:[^。！？{}]|\{[MK]\d+\})"  # text that may hold models and clusters
# 带领该公司新设立的“AI for Science”小组, 领导特斯拉 Autopilot 团队: a group of the company, not the company
NOT_ITS_UNIT = (r"(?!\s*(?:(?:新设立|新成立|新组建|内部)?的\s*[^{}。！？，,；;、]{0,16}?|[^{}。！？，,；;、的]{0,12}?)"
                r"(?:团队|小组|部门|项目组|实验室|事业部|研发部|研究部)(?![^{}。！？，,；;、]*\{C))")
P, C, MK = r"\{P(\d+)\}", r"\{C(\d+)\}", r"\{[MK](\d+)\}"
STAFF = r"研究员|研究科学家|工程师|科学家|高管|员工|成员|专家|副总裁|VP|主管|总监|负责人|经理|架构师|researcher|engineer|scientist"
FORMER_POST = rf"(?:(?:前|原)\s*\{{C\d+\}}\s*{TIGHT}{{0,8}}?)?"  # 由前xAI集群负责人P: the post before the name
PLIST = rf"{P}(?:\s*(?:、|和|与|及|以及)\s*{TIGHT}{{0,8}}?{P})*"  # 毕树超、感知负责人余家辉和翟晓华
# where someone was before: 原字节跳动大模型团队 Seed 的预训练研究员周启航 / OpenAI 前研究员赵晟佳
FORMER_AT = re.compile(rf"(?<![目之此提以日年月当向往眼空面跟事先从])(?:前|原)\s*{C}((?:[^{{}}。！？，,；;]|\{{[CM]\d+\}}){{0,16}}?){PLIST}"
                       rf"|{P}\s*{GAP}{{0,12}}?向\s*{C}\s*(?:递交|提交|提出)(?:了)?\s*辞呈"
                       rf"|{P}\s*(?:原是|原为|原本是|原本在|此前是|之前是|曾任|曾担任|曾是|(?:此前|之前|先前|曾经)(?:担任|任))\s*{TIGHT}{{0,12}}?{C}"
                       rf"|(?:曾任|曾担任|曾经担任|原任)\s*{C}\s*(?:的)?\s*{TIGHT}{{0,8}}?的\s*{PLIST}"
                       rf"|(?:离开|离职|辞去|告别|出走|退出)(?:了)?\s*{C}\s*(?:后|之后|以后)\s*[，,]?\s*{P}"
                       rf"|{P}\s*{GAP}{{0,8}}?(?:离开|辞去|告别|出走|退出)(?:了)?\s*{C}(?!\s*的\s*{TIGHT}{{0,6}}?\{{P)"
                       rf"|{C}\s*(?:的)?\s*(?:前|原)\s*(?:{STAFF}|{HEAD})\s*{P}"
                       rf"|{C}\s*(?:的)?\s*(?:老将|老兵|元老|旧部|前员工)\s*{P}"
                       rf"|(?:曾(?:经)?|此前|之前|先前|早年)\s*(?:在|于|任职于|就职于|效力于)\s*{C}{ANY}{{0,20}}?的\s*{TIGHT}{{0,6}}?{PLIST}"
                       rf"|{P}\s*{GAP}{{0,20}}?曾(?:经)?\s*在\s*{C}\s*{TIGHT}{{0,8}}?(?:工作|任职|担任|负责|做|待|从事|供职|效力|实习)"
                       rf"|{P}\s*{GAP}{{0,20}}?(?:此前|之前|先前|早年|原本|原来)\s*(?:曾)?\s*(?:在|于|任职于|就职于|效力于)\s*(?:(?!接受|采访){TIGHT}){{0,6}}?{C}"
                       rf"|(?:原本|此前|之前|曾经?)\s*(?:领导|负责|执掌|掌管)\s*{C}\s*的\s*{TIGHT}{{0,6}}?{PLIST}"
                       rf"|在\s*{C}(?:[^。！？{{}}，,]|\{{[CMK]\d+\}}){{0,20}}?(?:工作|任职|待|效力|供职|负责|做)(?:了)?[^。！？{{}}，,]{{0,12}}?\s*(?:将近|长达|超过|近|约)?\s*[\d一二三四五六七八九十两多几]+\s*年\s*的\s*{TIGHT}{{0,10}}?{PLIST}"
                       rf"|(?:从|自)\s*(?:{TIGHT}{{0,4}}?)?{C}\s*(?:离职|离开|出走)\s*的\s*{TIGHT}{{0,8}}?{PLIST}"
                       rf"|(?:离开|离职)(?:了)?\s*{C}\s*(?:后)?的\s*[，,]?\s*(?:还有|包括|有)?\s*{TIGHT}{{0,8}}?{PLIST}"
                       rf"|{P}\s*{GAP}{{0,4}}?在\s*{C}\s*(?:工作|任职|待|效力|供职|干|做)了?\s*(?:长达|超过|近|约)?\s*[\d一二三四五六七八九十两多几]+\s*年")
UNNAMED_NEW_COMPANY = re.compile(r"(?:注册|成立|创办|创立|组建)(?:了)?\s*(?:一家|一间|新)?\s*(?:新)?(?:公司|创业公司)")
FORMER_CARRIED = re.compile(rf"^{GAP}{{0,10}}?(?:在|于)\s*{C}\s*{TIGHT}{{0,16}}?(?:后|之后)\s*(?:离职|离开|出走|辞职)"
                            rf"|^{GAP}{{0,8}}?(?:离开|离职|辞去|告别|出走|退出)(?:了)?\s*{C}")
# 凯瑟琳·奥布莱恩(Katherine O'Brien),原微软数据中心高级总监,2025年10月加入Crusoe: the name, then the former post
FORMER_AFTER_NAME = re.compile(rf"{P}\s*(?:[(（][^()（）]{{0,40}}[)）])?\s*[，,]\s*(?:曾是|曾任|系)?\s*(?:前|原)\s*{TIGHT}{{0,6}}?{C}\s*(?:的)?\s*"
                               rf"({TIGHT}{{0,12}}?(?:{HEAD}|{STAFF}|创始人|创办人|成员|员工))\s*(?=[，,；;。]|$)")
LEFT_DESCRIBED = re.compile(rf"{P}\s*{GAP}{{0,8}}?(?:离开|辞去|告别|出走|退出)(?:了)?\s*(?:[^。！？{{}}]|\{{[PCMK]\d+\}}){{1,24}}?的\s*{C}")
POACHED_LIST = re.compile(rf"(?:{POACH}|招募|延揽)\s*(?:了)?\s*{TIGHT}{{0,16}}?[:：]")
POACHED_ITEM = re.compile(rf"(?:^|[:：、，,]|以及|和|及)\s*{C}\s*(?:的)?\s*{TIGHT}{{0,14}}?{P}")
# someone taking up a post, with or without the place named: 他已于6月底入职 / 延揽…陈冠霖出任
JOINS_SOMEWHERE = re.compile(rf"{P}\s*{GAP}{{0,12}}?(?:{JOIN}|(?<!曾)出任|(?:共同|一起|离职|回国|回港)创业)|(?:{POACH}|迎来)\s*(?:了)?\s*{ANY}{{0,24}}?{P}"
                             rf"|{P}{ANY}{{0,30}}?被\s*\{{[CP]\d+\}}\s*(?:{POACH})")
JOINS_COMPANY = re.compile(rf"(?:{JOIN})\s*(?:了)?\s*{C}")
# the person named after these is the one replaced, not the one taking the post
REPLACED = re.compile(r"接替|取代|接任")
# a move that is denied or only rumoured is not a fact: 雲擎則予以否認
NOWHERE_YET = re.compile(r"去向|下一站|尚未|暂未|没有公开|未公开|未披露|没有披露|待定|未定")
DENIAL = re.compile(r"否认|否認|并未|并没有|没有加入|未加入|不会加入|辟谣|传闻|盛传|传言|据传|有消息称|有报道称|流传|网传|被传")
EDITION = r"(?:初代|新一代|下一代|第[一二三四五六七八九十\d]+代|最新的?|全新的?|新款|首款|首个|旗舰)"
KIND = r"大模型|模型|超级电脑|超级计算机|超算|集群|丛集|数据中心|智算中心|主力系统|系统"
# 由 Oracle 负责建设和运营, after the sentence named what: the one cluster or model before it
BUILT_BY_LATER = re.compile(rf"(?:由|交给|交由)\s*(?:[^{{}}，,。；;]{{0,10}}?\{{C\d+\}}\s*(?:旗下的?|的|子公司)\s*)?{TIGHT}{{0,12}}?{C}\s*(?:负责|主导|牵头|自行|独家|共同|得标|承建|承包)?\s*(?:拥有并|投资并|拥有和|投资)?\s*(?:{BUILD}|施工)(?![官长商方])(?![^，,。；;]*\{{[MK]\d+\}})")
SHARED_TITLE = re.compile(rf"(?:与|和)\s*{TIGHT}{{0,8}}?{P}\s*(?:共同|一起|一同)\s*(?:担任|出任)\s*(?:联合|联席)?\s*{HEAD}")
TITLE_AFTER_FOUNDING = re.compile(rf"\{{C\d+\}}\s*(?:[，,]\s*(?:并|且|同时)?|并|且)\s*(?:亲自|自己)?\s*(?:自任|担任|出任|兼任)\s*(?:其|公司)?\s*{PRE_HEAD}{HEAD}")
# MGX…,董事长同样是塔农,CEO则是P / 这家公司本身则换上了新 CEO P: the heads of the sentence's company
TITLE_IS_PERSON = re.compile(rf"(?:[，,;；:：]\s*(?:{TIGHT}{{0,6}}?的)?|换上了?\s*(?:新任?|新一任)?|包括\s*(?:现任|时任)?)\s*{PRE_HEAD}{HEAD}\s*(?:(?:则|同样|也|仍|目前)?\s*(?:是|为)\s*{TIGHT}{{0,12}}?)?{P}")
LIST_PERSON = re.compile(r"^\s*(?:[·•・\-]|\d+[.、])?\s*\{P(\d+)\}\s*[:：]\s*")
# the posts of the person the text is about, with no name before them: 原 Apple 基础模型团队研究员
APPOSITION = re.compile(rf"^\s*(?:\d+[.、]\s*)?(?:曾是|曾任|系)?\s*(前|原)?\s*{TIGHT}{{0,10}}?{C}\s*(?:的)?\s*"
                        rf"({TIGHT}{{0,12}}?(?:{HEAD}|{STAFF}|创始人|创办人|成员|员工))\s*(?:之一)?\s*$")
# a list item's people, a gloss in brackets allowed: "· 大卫·哈(hardmaru):"
HEADLINE = r"^\s*(?:\d+[.、]\s*|[-•·・.*]\s*)?((?:\{P\d+\}|[、,，和与及\s]|[(（][^(){}（）\n]{1,30}[)）])+?)\s*[:：]\s*"
ARROW = rf"\s*{cues.ARROWS}\s*"
HEADLINE_MOVES = re.compile(rf"{HEADLINE}([^\n]*?{ARROW}[^\n]*)")
HEADLINE_TOP_POST = re.compile(rf"\s*[(（]?\s*(?:{FOUNDER_POST}|{RUNNING_POST})")
# a post the line doubts or does not know (传加盟OpenAI,本人否认 / 去向未公开), or a promotion (代理总经理 → 总经理)
DOUBTED = re.compile(r"传|否认|未证实|未经证实|去向|未公开|未披露|不详|未知|待定|^[\s—\-–/]*$")
PROMOTED = re.compile(r"(?:经理|长|官|裁|CEO|CTO|负责人|总监|主任|主管)$")
HEADLINE_BUILDS = re.compile(rf"^\s*(?:\d+[.、]\s*|[-•·・]\s*){C}\s*[:：]\s*((?:\{{[MK]\d+\}}[^{{}}，,。；;:：]{{0,12}}?)+)")
HEADLINE_POST = re.compile(rf"{HEADLINE}{C}\s*(?:的)?\s*{PRE_HEAD}{HEAD}\s*$")
# …,同一个月里,文心 4.5 Turbo 和深度思考模型文心 X1 Turbo 先后发布
RELEASED = re.compile(r"\{M\d+\}(?:\s*(?:、|和|与|及|以及)\s*[^{}。！？，,；;、]{0,8}?\{M\d+\})*\s*(?:也|已|先后|相继|陆续|正式|随后|同时)?\s*"
                      r"(?:发布|推出|开源|亮相|面世|问世)(?:了)?\s*(?=[，,。；;！？]|$)")
VENUE, VENUE_AFTER = re.compile(r"(?<![就正])在\s*$"), re.compile(rf"\s*{TIGHT}{{0,12}}?(?:大会|会上|峰会|发布会|活动|平台)")
BUILT_BY_ALSO = re.compile(rf"[^{{}}，,。；;]{{0,6}}?[、，,]\s*(?:并|再)?\s*(?:由|交给|交由)?\s*{C}\s*(?:负责)?\s*(?:日常)?\s*(?:{BUILD}|施工)")
# 这座园区由开发商C负责开发建设 / 它由C投资兴建: the cluster or model named just before is built by C
BUILT_BY_BACK = re.compile(rf"(?:这座|这个|这处|这台|这款|该|此|它|^\s*\{{[MK](?P<named>\d+)\}})\s*{TIGHT}{{0,16}}?(?:由|交由)\s*(?P<builders>(?:\{{C\d+\}}|{TIGHT}){{0,24}}?)(?:{BUILD}|施工)(?![官长商方])")
# 位于剑桥的黎明(Dawn)超级电脑,由戴尔与英特尔合作建造: the name, a comma, then who built it
BUILT_BY_AFTER_NAME = re.compile(rf"\{{K(\d+)\}}(?:\s*[(（]\s*\{{K\d+\}}\s*[)）])?\s*{TIGHT}{{0,8}}?[，,]\s*(?:则|最初|最早|主要)?\s*"
                                 rf"(?:由|交由)\s*((?:\{{C\d+\}}|{TIGHT}){{0,24}}?)(?:{BUILD}|施工)(?![官长商方])")
FACILITY_WORD = re.compile(r"集群|丛集|园区|中心|超算|计算机|电脑|设施|基地|平台|机房")
SITE_VERB = re.compile(r"建|营运|运营|施工")  # what is done to a site, not to a model
ARROW_LIST = re.compile(rf"{C}\s*[(（]([^()（）]*?→[^()（）]*?)[)）]")
# 三人离开 OpenAI,创立了 C / 两人又从C回归D: the people a number word stands for, when they move
GROUP = re.compile(rf"(?:^|(?<=[，,；;：:]))\s*(?:{TIGHT}{{0,10}}?[，,]\s*)?(?:这|那)?([两二三四五])(?:人|位|名)"
                   rf"(?=\s*(?:{TIGHT}|\{{C\d+\}}){{0,30}}?(?:离开|离职|出走|辞职|从|{FOUND}|{JOIN}))")
GROUP_SIZE = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5}
# Kyutai 的 CEO P 此前是 Valeo 的科学总监 / P是北溟最早的员工之一,此前在通义实验室工作: where they were before now
BEFORE = rf"[,，]?\s*(?:则|也)?\s*(?:此前|之前|早前|先前|原本)\s*(?:曾经?)?\s*(?:是|在|于|担任|任职于|就职于|供职于|效力于)\s*(?:(?!接受|采访){TIGHT}){{0,8}}?{C}"
NOW_THEN = re.compile(rf"{C}\s*(?:的)?\s*{TIGHT}{{0,12}}?(?:{HEAD}|创始人|创办人|合伙人|{STAFF}|成员|员工)\s*[,，]?\s*{P}\s*{BEFORE}"
                      rf"|{P}\s*(?:是|为|现任|现为|现在是)\s*{C}\s*{TIGHT}{{0,16}}?{BEFORE}")
OPENS_WITH_TIME = re.compile(rf"(?:[\d\s,，年月日底初中]|今年|去年|前年|此后|随后|后来|同年|次年|当时|最终|不过|而)*(?:{_alt(cues.PERSON_TITLES)})?")
# P…,与前GitHub CEO Q 共同领导新成立的 MSL: the one who shares it leads it too
CO_LEAD = re.compile(rf"与\s*(?:(?:前|原)\s*\{{C\d+\}}\s*)?{TIGHT}{{0,8}}?\{{P\d+\}}\s*(?:一起|共同|联合|一同)\s*(?:执掌|领导|掌舵|带领|牵头|管理|负责)\s*"
                     rf"(?:新成立的|新组建的|新设立的)?\s*{TIGHT}{{0,6}}?{C}")
# 智谱 CEO 张鹏和首席科学家唐杰: the second title is the same company's
TITLE_LIST = re.compile(rf"{C}\s*(?:的)?\s*{PRE_HEAD}{HEAD}\s*\{{P\d+\}}\s*(?:和|与|及|、|以及)\s*{PRE_HEAD}{HEAD}\s*{P}")
RENTED = re.compile(r"租自|租用|租来|租下|借用|来自")  # 训练用的卡租自阿里云的张北智算中心: used, not built
COMPARE = re.compile(r"能与|可与|能和|可以和|跟|对抗|击败|超越|超过|媲美|对标|相比|比肩|抗衡|接近|逼近|追平|against|vs")

# Scale AI 的创始人兼 CEO Alexandr Wang / MiniMax 的另一位联合创始人P: founded it, and runs it
FOUNDER_OF = rf"{C}\s*[，,]?\s*(?:的)?\s*(?:另一位|另一名|另外一位|一位|两位|三位)?\s*(?:联合)?(?:创始人|创办人)\s*(?:(?:兼|、|暨)\s*{TIGHT}{{0,8}}?)?{P}"

RULES_LEADS = [
    # 带领 Halcyon Labs 的,是共同创办人暨研究主管 P
    ("leads:who-leads-it-is", re.compile(rf"(?:{LEADV}|负责|执掌)\s*{C}\s*的\s*[，,]?\s*(?:是|为|正是|便是|则是)\s*(?:{TIGHT}|\{{C\d+\}}){{0,16}}?{P}")),
    ("leads:former-title-of-person", re.compile(rf"(?:曾任|曾担任|曾经担任)\s*{C}\s*(?:的)?\s*{PRE_HEAD}{HEAD}\s*的\s*{P}")),
    # 执掌甲骨文十余年的P, 负责 FAIR 巴黎实验室的研究总监P
    ("leads:verb-company-person", re.compile(rf"(?:{LEADV}|掌舵)\s*{C}\s*(?:[\d一二三四五六七八九十两多余近年个月]{{1,6}})?的\s*{TIGHT}{{0,6}}?{P}")),
    ("leads:verb-company-person", re.compile(rf"(?<!不)负责(?!人)\s*[^{{}}。！？，,；;、的与和同跟对向来在从—\-]{{0,10}}?{C}\s*的\s*{TIGHT}{{0,6}}?{P}")),
    ("leads:company-title-person", re.compile(rf"{C}\s*(?:的)?\s*(?:目前|现在|现任|最初|首任|当时|如今|新任|第一任|最早|早期)?\s*(?:的)?\s*{PRE_HEAD}{HEAD}(?:\s*(?:兼|暨|和|及|/)\s*{TIGHT}{{0,8}}?)?[\s:：]{{0,2}}(?:(?:则|也|仍)?是\s*(?:{TIGHT}{{0,12}}?(?:的|教授|院士|博士|研究员|科学家|工程师)|曾(?:{TIGHT}|\{{C\d+\}}){{0,20}}?的)?\s*)?{P}")),
    ("leads:person-is-title", re.compile(rf"{P}\s*(?:[(（][^(){{}}（）]{{1,24}}[)）])?\s*(?:本人|本身|自己)?\s*[,，]?\s*{COPULA}\s*{GAP}{{0,16}}?{C}\s*(?:的)?\s*(?:团队|部门|实验室|事业部|业务)?\s*{PRE_HEAD}{HEAD}")),
    # not 主导了C语音大模型M的研发, which leads the model's work
    ("leads:person-verb-company", re.compile(rf"{P}\s*(?:在\s*\{{C\d+\}}\s*)?{GAP}{{0,10}}?(?:{LEADV})\s*(?:了|着)?\s*(?:新成立的|新组建的)?\s*{C}{NOT_ITS_UNIT}(?!\s*背后)(?!{TIGHT}{{0,8}}?[「“]?\{{M\d+\}})")),
    # P这次从视觉产品部门调任 Siri 团队负责人: moved over to head it
    ("leads:transferred-to-head", re.compile(rf"{P}\s*{GAP}{{0,12}}?从\s*(?:{TIGHT}|\{{C\d+\}}){{0,12}}?调任\s*{C}\s*(?:的)?\s*{PRE_HEAD}{HEAD}")),
    ("leads:person-as-title-verb-company", re.compile(rf"{P}\s*以\s*{TIGHT}{{0,20}}?身份\s*(?:{LEADV}|掌舵)\s*{C}")),
    ("leads:person-at-company-as-head", re.compile(rf"{P}\s*{GAP}{{0,8}}?在\s*{TIGHT}{{0,8}}?{C}\s*(?:担任|出任|任)\s*{PRE_HEAD}{HEAD}")),
    ("leads:joins-company-as-head", re.compile(rf"{P}\s*{GAP}{{0,10}}?{JOIN}\s*{C}\s*(?:后|之后)?\s*[,，]?\s*(?:并|将|正式)?\s*(?:出任|担任)\s*(?:其|公司)?\s*{PRE_HEAD}{HEAD}")),
    ("leads:company-led-by-person", re.compile(rf"{C}\s*{TIGHT}{{0,6}}?由\s*{P}\s*(?:{LEADV}|负责|掌舵)")),
    # 加入了米拉·穆拉蒂(Mira Murati)担任 CEO 的 Thinking Machines Lab
    ("leads:person-title-of-company", re.compile(rf"{P}\s*(?:担任|出任)\s*{PRE_HEAD}{HEAD}\s*的\s*(?:新创|初创|创业)?(?:公司)?\s*{C}")),
    ("leads:led-by-person-company", re.compile(rf"由\s*{P}\s*{TIGHT}{{0,10}}?(?:{LEADV}|掌舵|负责|牵头|(?:担任|出任)\s*{HEAD})\s*的\s*{C}")),
    ("leads:holds-title-person", re.compile(rf"(?:担任|出任|现任|升任|接任|被任命为|获任)\s*{C}\s*(?:的)?\s*{PRE_HEAD}{HEAD}\s*{TIGHT}{{0,6}}?的\s*{P}")),
    ("leads:company-founder-title", re.compile(FOUNDER_OF)),
    ("leads:partners-run-company", re.compile(rf"{P}\s*{GAP}{{0,6}}?与\s*{P}\s*(?:合伙|共同|联合|一起)\s*(?:运营|执掌|领导|管理|经营|掌管)\s*{TIGHT}{{0,8}}?{C}")),
    ("leads:person-led-company", re.compile(rf"(?<!由)(?<!被){P}\s*(?:一手|亲自|所)?\s*(?:{LEADV}|掌舵|执掌)\s*的\s*(?:新成立的|新组建的)?\s*{C}")),
    ("leads:put-in-charge", re.compile(rf"(?:让|由|请|任命)\s*{P}\s*(?:来)?\s*(?:负责|执掌|领导|掌管|牵头|带领)\s*(?:新成立的|新组建的|新设立的)?\s*{C}")),
    ("leads:person-owns-company", re.compile(rf"{P}\s*旗下(?:的)?\s*{TIGHT}{{0,8}}?{C}")),
    ("leads:as-title-person", re.compile(rf"作为\s*{C}\s*(?:的)?\s*{PRE_HEAD}{HEAD}\s*[,，]\s*{P}")),
    # 梁文锋(DeepSeek 创始人兼 CEO)
    ("leads:person-title-in-brackets", re.compile(rf"{P}\s*[(（]\s*{C}\s*(?:的)?\s*{PRE_HEAD}{HEAD}\s*[)）]")),
    # 智谱首席科学家、清华大学教授唐杰
    ("leads:company-title-other-title-person", re.compile(rf"{C}\s*(?:的)?\s*{PRE_HEAD}{HEAD}\s*、\s*{TIGHT}{{1,12}}?{P}")),
    # 创办了行止智能,自任CEO
    ("leads:founded-and-runs", re.compile(rf"{P}\s*{GAP}{{0,12}}?(?:{FOUND})\s*并\s*(?:亲自)?\s*(?:{LEADV}|掌舵|执掌)\s*{TIGHT}{{0,20}}?{C}")),
    ("leads:founded-and-heads", re.compile(rf"{P}\s*{GAP}{{0,12}}?(?:{FOUND})\s*(?:了)?\s*{TIGHT}{{0,20}}?{C}\s*[，,]?\s*(?:并|且|同时)?\s*(?:自任|担任|出任|任)\s*(?:其|公司)?\s*{PRE_HEAD}{HEAD}")),
    ("leads:appointed-person-as-head", re.compile(rf"任命\s*{P}{ANY}{{0,30}}?(?:担任|出任|为)\s*{C}\s*(?:的)?\s*{PRE_HEAD}{HEAD}")),
    # 黄嘉颖将与该公司创始人兼首席执行官韩东共同担任联合首席执行官
    ("leads:shares-title-with", re.compile(rf"{P}\s*{GAP}{{0,4}}?与\s*{C}\s*{TIGHT}{{0,12}}?\{{P\d+\}}\s*(?:共同|一起|一同)\s*(?:担任|出任)\s*(?:联合)?\s*{HEAD}")),
    ("leads:company-appoints-person", re.compile(rf"{C}\s*{GAP}{{0,12}}?任命\s*(?:[^。！？{{}}]|\{{C\d+\}}){{0,12}}?{P}\s*为\s*(?:新任|首任|新一任)?\s*{HEAD}")),
    # 在CEO柳英相的主导下,SK电讯开源了…
    ("leads:under-whose-lead", re.compile(rf"在\s*{PRE_HEAD}{HEAD}\s*{P}\s*(?:的)?\s*(?:主导|领导|带领|掌舵|推动)下\s*[，,]?\s*{C}")),
    ("leads:english-title-of", re.compile(rf"{P}\s*,\s*(?:the\s+)?(?:CEO|chief executive|head|chief scientist|co-founder and CEO)\s+(?:of|at)\s+{C}", re.I)),
]
# the same, with the subject taken from the context
# 由前GitHub技术长Jason Warner与Eiso Kant共同执掌的Poolside: every person before the verb
LED_BY_PEOPLE_BEFORE = re.compile(rf"由((?:[^。！？；;，,]){{0,60}}?)(?:共同|联合)?\s*(?:{LEADV}|掌舵|(?:创立|创办)?并?(?:担任|出任)\s*{HEAD})\s*的\s*{TIGHT}{{0,6}}?[“「]?{C}")
# MSL由A与前GitHub CEO B联合负责; 微软研究院,则依然由 Peter Lee 执掌 (adverbs after the comma keep the company the subject)
LED_BY_PEOPLE = re.compile(rf"{C}\s*(?:{TIGHT}|被\s*\{{C\d+\}}){{0,40}}?[，,]?\s*(?:(?:仍|仍然|依然|依旧|则|改|转而)\s*){{0,2}}由((?:[^。！？；;]){{0,80}}?)(?:联合|共同)?(?:{LEADV}|负责|掌舵|牵头|带队|挂帅|接掌|接管|(?:创立|创办|创建)并(?:担任|出任)\s*(?:其)?\s*{HEAD}|(?:亲自)?(?:出任|担任)\s*(?:联合|联席)?\s*{HEAD})")
RULES_LEADS_CARRIED = [
    ("leads:carried-founded-and-heads", re.compile(rf"^{GAP}{{0,8}}?(?:{FOUND})\s*(?:了)?\s*{C}\s*[，,]?\s*(?:并|且|同时)?\s*(?:担任|出任)\s*(?:其|公司)?\s*{PRE_HEAD}{HEAD}")),
    ("leads:carried-is-title", re.compile(rf"^\s*(?:\d{{2,4}}\s*年\s*)?(?:\d{{1,2}}\s*月(?:初|底|中旬|下旬|上旬)?\s*)?(?:\d{{1,2}}\s*日\s*)?(?:并|且|同时|还|也|目前|现|现在|此前|曾|如今|后来|随后|其后|之后|随即|旋即|继而)?\s*(?!作为){COPULA}\s*{GAP}{{0,10}}?{C}\s*(?:的)?\s*(?:团队|部门|实验室|事业部|业务)?\s*{PRE_HEAD}{HEAD}")),
    ("leads:carried-joins-as-head", re.compile(rf"^{GAP}{{0,8}}?{JOIN}\s*{C}\s*(?:后|之后)?\s*[,，]?\s*(?:并|将|正式)?\s*(?:出任|担任)\s*(?:其|公司)?\s*{PRE_HEAD}{HEAD}")),
    ("leads:carried-founded-and-runs", re.compile(rf"^{GAP}{{0,12}}?(?:{FOUND})\s*并\s*(?:亲自)?\s*(?:{LEADV}|掌舵|执掌)\s*{TIGHT}{{0,20}}?{C}")),
    ("leads:carried-verb-company", re.compile(rf"^{GAP}{{0,12}}?(?:{LEADV})\s*(?:了|着)?\s*{TIGHT}{{0,6}}?{C}{NOT_ITS_UNIT}")),
]

RULES_FROM = [
    ("recruited:company-staff-poached", re.compile(rf"{C}\s*{ANY}{{0,14}}?的?\s*{TIGHT}{{0,8}}?{PLIST}\s*{GAP}{{0,6}}?(?:双双|一同|一起|都|均)?\s*被\s*\{{C\d+\}}\s*{GAP}{{0,24}}?(?:{POACH})")),
    ("recruited:company-person-left", re.compile(rf"{C}\s*(?:的|旗下)?\s*(?:{TIGHT}|\{{M\d+\}}){{0,16}}?{PLIST}\s*{GAP}{{0,10}}?(?:双双|一同|一起|先后|相继)?\s*(?:离职|出走|离开)[，,]?\s*{GAP}{{0,6}}?(?:被\s*\{{C\d+\}}\s*(?:{POACH})|{JOIN}|现身|回到)")),
    # P从腾讯到阿里、Q从字节到百度: a move written as from one company to the next
    ("recruited:from-company-to-company", re.compile(rf"{P}\s*(?:在\s*[\d\s年月初底中]{{1,12}})?\s*从\s*{C}\s*(?:到|跳到|去到)\s*\{{C\d+\}}")),
    ("recruited:took-person-from-company", re.compile(rf"(?:把|将)\s*{PLIST}\s*(?:从|自)\s*{C}\s*{TIGHT}{{0,4}}?(?:{POACH})")),
    ("recruited:took-its-staff", re.compile(rf"{C}{ANY}{{0,30}}?(?:把|将)\s*其\s*{TIGHT}{{0,10}}?{PLIST}\s*{TIGHT}{{0,12}}?(?:{POACH})")),
    ("recruited:took-staff-of-company", re.compile(rf"(?:把|将)\s*{C}\s*(?:的)?\s*{TIGHT}{{0,10}}?{PLIST}\s*{TIGHT}{{0,12}}?(?:{POACH})")),
    ("recruited:from-company-person", re.compile(rf"来自(?!于)\s*{TIGHT}{{0,8}}?{C}\s*(?:的)?\s*{TIGHT}{{0,4}}?(?:{_alt(cues.PERSON_TITLES)})?\s*{PLIST}")),
    ("recruited:person-from-company", re.compile(rf"{PLIST}\s*{GAP}{{0,8}}?(?:来自|出自|出身于|出身自|出身)\s*(?:{TIGHT}{{0,8}}?(?:巨头|公司|企业|厂商|初创|独角兽|实验室|集团|大厂)\s*)?{C}(?!\s*内部)(?:\s*(?:旗下的?|的)\s*{TIGHT}{{0,8}}?\s*\{{C\d+\}})?")),
    ("recruited:from-company-also", re.compile(rf"来自\s*{C}\s*的\s*[，,]?\s*(?:还有|包括|有)\s*{TIGHT}{{0,10}}?{PLIST}")),
    ("recruited:company-bred-person", re.compile(rf"{C}\s*出身的\s*{TIGHT}{{0,6}}?{PLIST}")),
    ("recruited:person-former-in-brackets-joins", re.compile(rf"{P}\s*[(（]\s*(?:前|原)\s*{C}[^)）{{}}]{{0,12}}[)）]{ANY}{{0,20}}?{TAKES_UP}")),
    ("recruited:company-former-head-joins", re.compile(rf"{C}\s*(?:的)?\s*(?:前|原)\s*(?:{TIGHT}{{0,12}}?(?:{STAFF})|{HEAD})\s*(?:[、，,]\s*{ANY}{{0,16}}?)?{P}{ANY}{{0,16}}?{TAKES_UP}")),
    ("recruited:former-company-person-joins", re.compile(rf"(?:前|原)\s*{C}\s*(?:{TIGHT}|\{{[CM]\d+\}}){{0,10}}?{PLIST}{ANY}{{0,20}}?{TAKES_UP}")),
    ("recruited:once-at-company-person-joins", re.compile(rf"曾(?:经)?\s*(?:在|于|参与|任职于|就职于|效力于|供职于|担任|任|是)?\s*{C}{ANY}{{0,30}}?的\s*{GAP}{{0,10}}?{PLIST}\s*{GAP}{{0,6}}?{TAKES_UP}")),
    ("recruited:person-from-company-joins", re.compile(rf"{PLIST}(?!\s*(?:、|[，,]?\s*(?:以及|及|和)))\s*[^{{}}。！？()（）]{{0,16}}?(?:从|自|由)\s*{TIGHT}{{0,8}}?{C}\s*{GAP}{{0,12}}?(?:{JOIN}|跳槽|离职|出走|调任|调来|转来|回到|重返|被挖)")),
    ("recruited:from-company-came-person", re.compile(rf"(?:从|自)\s*{C}\s*{TIGHT}{{0,6}}?(?:跳槽|加盟|加入|转投|转会|挖|转|回到|重返)(?:过来|而来|来|(?:至|到)?\s*\{{C\d+\}}(?:\s*\{{[CM]\d+\}})?)?\s*(?:[、，,](?:[^。！？{{}}]|\{{[MK]\d+\}}){{0,30}}?)?的\s*(?:还有|包括|有)?\s*{TIGHT}{{0,8}}?{P}")),
    ("recruited:brought-in-from-company", re.compile(rf"(?:找来|请来|挖来|招来|拉来|延揽|招募|聘请)\s*(?:了)?\s*(?:在|于|来自)\s*{C}{ANY}{{0,20}}?的\s*{TIGHT}{{0,8}}?{PLIST}")),
    ("recruited:person-poached-by-from", re.compile(rf"{PLIST}\s*{GAP}{{0,12}}?被\s*\{{C\d+\}}\s*(?:从|自)\s*{C}\s*(?:{POACH})")),
    ("recruited:person-left-company-joins", re.compile(rf"{P}\s*{GAP}{{0,16}}?(?:离开|离职|辞去|告别|出走)\s*(?:了)?\s*{C}(?:[^。！？{{}}]|\{{[PMK]\d+\}}){{0,30}}?{JOIN}")),
    ("recruited:poached-from-company-including", re.compile(rf"(?:从|自)\s*{C}\s*(?:{POACH})\s*(?:了|走)?{ANY}{{0,16}}?[，,]\s*(?:其中)?(?:包括|就有|有){ANY}{{0,20}}?{PLIST}")),
    # 从AMD挖来了曾参与MI300X封装设计的工程师P: a long description, within the clause
    ("recruited:poached-from-company", re.compile(rf"(?:从|自)\s*{C}\s*(?:{POACH})\s*(?:了|走)?\s*(?:{ANY}{{0,10}}?|(?:{TIGHT}|\{{[MK]\d+\}}){{11,28}}?){PLIST}")),
    ("recruited:company-poached-from", re.compile(rf"{C}\s*{GAP}{{0,8}}?从\s*{C}\s*{GAP}{{0,6}}?(?:{POACH})\s*(?:了|走)?\s*(?:[^。！？{{}}]|\{{[MKC]\d+\}}){{0,16}}?{P}")),
    ("recruited:poached-company-person", re.compile(rf"(?:{POACH})\s*(?:了|走)?\s*{TIGHT}{{0,10}}?{C}\s*(?:的)?\s*{GAP}{{0,10}}?{PLIST}")),
    ("recruited:company-staff-join", re.compile(rf"{C}\s*(?:的)?{TIGHT}{{0,30}}?(?:{STAFF}|{HEAD}|社长|部长|员工|成员|专家|lead|director)\s*{PLIST}\s*{GAP}{{0,10}}?(?<!的){JOIN}", re.I)),
    ("recruited:english-former-company-person", re.compile(rf"(?:former|ex-|前)\s*{C}(?:\s*{C})?\s*(?:researcher|engineer|scientist|executive|VP|employee|研究员|工程师)?\s*{P}{ANY}{{0,20}}?{TAKES_UP}", re.I)),
    ("recruited:english-joins-from", re.compile(rf"{P}\s*{GAP}{{0,20}}?\bjoin(?:s|ed)?\s+{C}\s+from\s+{C}", re.I)),
    # P此前在英伟达的 Cosmos 团队工作,今年 4 月被衡舟挖来: where they were, then the move
    ("recruited:was-at-then-moved", re.compile(rf"{P}\s*(?:此前|之前|曾经?|早年|原本|原先)\s*(?:在|于|任职于|就职于|供职于)\s*{C}(?:\s*(?:的|旗下的?)?\s*\{{C\d+\}})?"
                                               rf"{GAP}{{0,16}}?[，,]\s*{GAP}{{0,12}}?(?:被\s*\{{C\d+\}}\s*(?:{POACH})|{JOIN}|跳槽|转投)")),
    # P在特斯拉待了四年,2024 年离开后直接加入了零界线
    ("recruited:stayed-then-left-joins", re.compile(rf"{P}\s*{GAP}{{0,6}}?在\s*{C}\s*(?:待了|工作了|做了|干了|效力了|任职了?)\s*{TIGHT}{{0,8}}?[，,]\s*{GAP}{{0,12}}?"
                                                   rf"(?:离开|离职)(?:后|之后|以后)?\s*[，,]?\s*{GAP}{{0,6}}?(?:{JOIN})")),
    # P在加入Humain之前担任阿美数位的执行长 / P在加盟前是谷歌云香港区技术总监: the post right before
    ("recruited:post-before-joining", re.compile(rf"{P}\s*{GAP}{{0,6}}?(?:在|于)?\s*(?:{JOIN})\s*(?:\{{C\d+\}})?\s*(?:之前|以前|前)\s*[，,]?\s*"
                                                 rf"(?:曾经?|则|先|一直)?\s*(?:担任|出任|任职于|就职于|供职于|效力于|在|于|是|任)\s*{TIGHT}{{0,4}}?{C}")),
]

RULES_FROM_CARRIED = [
    ("recruited:carried-from-company-joins", re.compile(rf"^{GAP}{{0,12}}?(?:(?:从|自)\s*{C}\s*{GAP}{{0,8}}?(?:{JOIN}|跳槽|转投)|由\s*{C}\s*(?:转投|跳槽|跳到|转会|加盟|加入))")),
    ("recruited:carried-left-company-joins", re.compile(rf"^{GAP}{{0,8}}?(?:离开|离职|辞去|告别|出走)\s*(?:了)?\s*{C}{ANY}{{0,20}}?(?:{JOIN}|回到|重返|(?<!曾)出任|(?<!曾)担任)")),
]

RULES_WORKS = [
    ("works:person-joins-company", re.compile(rf"(?<!追随)(?<!跟随)(?<!跟着){P}\s*{GAP}{{0,20}}?(?:{JOIN}|回到|重返)\s*(?:了)?\s*{C}")),
    ("works:person-poached-by-company", re.compile(rf"{P}\s*{GAP}{{0,14}}?被\s*{C}\s*{GAP}{{0,24}}?(?:{POACH})")),
    ("works:company-staff-person", re.compile(rf"{C}\s*(?:的)?\s*(?:研究员|工程师|科学家|研究科学家|记者|员工|成员|副总裁|高管|主管|总监|CTO|COO|CFO|CPO|首席技术官|首席运营官|技术负责人)\s*[\s:：]{{0,2}}{P}")),
    ("works:person-served-at-company", re.compile(rf"{P}\s*{GAP}{{0,6}}?(?:任职于|就职于|供职于|效力于|服务于)\s*{C}")),
    ("works:person-at-company", re.compile(rf"{P}\s*{GAP}{{0,4}}?(?:在|于)\s*{C}\s*{TIGHT}{{0,4}}?(?:工作|任职|就职|担任|任)")),
    ("works:person-is-staff", re.compile(rf"{P}\s*[,，]?\s*{COPULA}\s*{C}\s*(?:的)?\s*{TIGHT}{{0,4}}?(?:研究员|工程师|科学家|研究科学家|员工|成员|高管|副总裁|总监)")),
]
RULES_WORKS_CARRIED = [
    ("works:carried-served-at", re.compile(rf"^{GAP}{{0,6}}?(?:任职于|就职于|供职于|效力于)\s*{TIGHT}{{0,8}}?{C}")),
    ("works:carried-once-at-company", re.compile(rf"^{GAP}{{0,6}}?(?:曾任|曾担任|曾是|曾在|曾于|曾就职于|曾任职于)\s*{C}(?!\s*的{TIGHT}{{0,8}}?(?:集群|数据中心|平台|服务器|云上|芯片))")),
    ("works:carried-joins-company", re.compile(rf"^{GAP}{{0,8}}?{JOIN}\s*(?:了)?\s*{C}")),
    ("works:carried-at-company", re.compile(rf"^{GAP}{{0,10}}?(?:在|于)\s*{C}\s*{TIGHT}{{0,4}}?(?:工作|任职|就职|担任|任)")),
]

RULES_FOUNDED = [
    ("founded:person-founded-company", re.compile(rf"{P}\s*{GAP}{{0,12}}?(?:{FOUND})\s*(?:了)?\s*{TIGHT}{{0,20}}?{C}")),
    # 前MiniMax总监P,今年与前腾讯研究员P共同创办了C: both found it
    ("founded:company-founder-person", re.compile(FOUNDER_OF)),
    ("founded:person-is-founder", re.compile(rf"{P}\s*{COPULA}\s*{GAP}{{0,10}}?{C}\s*(?:的)?\s*(?:联合)?(?:创始人|创办人)")),
    ("founded:company-is-founded-by", re.compile(rf"{C}\s*(?:是|为|系)\s*(?:由)?\s*(?:[^。！？{{}}]|\{{C\d+\}}){{0,16}}?{P}{ANY}{{0,20}}?(?:{FOUND})(?:的|之)")),
    ("founded:company-founded-by", re.compile(rf"{C}\s*{TIGHT}{{0,4}}?由\s*{FORMER_POST}{GAP}{{0,12}}?{P}\s*(?:联合|共同)?\s*(?:创立|创办|创建)")),
]
RULES_FOUNDED_CARRIED = [
    ("founded:carried-founded-company", re.compile(rf"^{GAP}{{0,12}}?(?:{FOUND})\s*(?:了)?\s*{TIGHT}{{0,20}}?{C}")),
]

RULES_BUILDS = [
    ("builds:company-of-model", re.compile(rf"{C}\s*(?:(?:在|位于){TIGHT}{{1,10}}?)?(?:的|旗下的|旗下|自家的|家的)\s*"
                                          rf"(?:{TIGHT}{{0,6}}?(?:模型|大模型|系列|集群|丛集|数据中心|超算|超级电脑|超级计算机|园区)\s*(?:叫做|叫|名为|代号为|代号是)?\s*[「“\"『]?\s*|{EDITION}\s*)?{MK}")),
    # 国网中心新一代AI超级电脑「晶创26」: a kind word, no 的
    ("builds:company-kind-name", re.compile(rf"{C}\s*{EDITION}?\s*(?:AI|人工智能|[^{{}}。！？，,；;、的]{{1,6}}?)?\s*(?:{KIND})\s*[「“\"《]?\s*{MK}")),
    ("builds:model-is-company-s", re.compile(rf"{MK}\s*(?:是|为)\s*{C}\s*(?:的|旗下的|推出的|发布的|{TIGHT}{{0,16}}?(?:{KIND}))")),
    ("builds:english-company-s-model", re.compile(rf"{C}'s\s+(?:new\s+|latest\s+|flagship\s+)?(?:model\s+)?{MK}")),
    ("builds:english-model-by-company", re.compile(rf"{MK}\s*[,，]?\s*(?:by|from)\s+{C}")),
    # 腾讯混元 as a maker and its model, unless the pair names an organisation: 来自腾讯混元, …、阿里通义千问等机构
    ("builds:company-model-adjacent", re.compile(rf"(?<!来自)(?<!加入)(?<!离开){C} ?{MK}(?![^。！？；;]*?等[^。！？；;，,]{{0,6}}?(?:机构|公司|团队|实验室))"
                                               rf"(?!\s*(?:团队|实验室|部门|负责人))")),
    ("builds:company-own-model", re.compile(rf"{C}\s*{TIGHT}{{0,24}}?(?:自研|自家|自主研发|自行研发|自己|自建|自行建设|自行打造)的?\s*{TIGHT}{{0,12}}?{MK}")),
    # 在C工作了四年,参与了从M到N的多代模型研发: what someone worked on there, the company built
    ("builds:worked-on-at-company", re.compile(rf"(?:在\s*{C}\s*(?:{TIGHT}{{0,4}}?|{TIGHT}{{0,8}}?(?:工作|待|干|做)了[^{{}}。！？；;]{{0,12}}?[，,]\s*(?:(?:主要|期间)[^{{}}。！？；;，,]{{0,24}}?[，,]\s*)?(?:期间)?\s*)"
                                              rf"|在\s*{C}\s*{TIGHT}{{0,12}}?(?:工作|任职)(?:过)?的\s*{TIGHT}{{0,6}}?\{{P\d+\}}\s*(?:[(（][^()（）{{}}]{{1,40}}[)）])?\s*[，,]\s*"
                                              rf"|是\s*{C}\s*(?:[(（][^()（）{{}}]{{1,40}}[)）])?\s*(?:{TIGHT}|\{{M\d+\}}){{0,10}}?的\s*(?:核心)?(?:成员|研究员|工程师|骨干)\s*[，,]\s*"
                                              rf"|(?:加入|加盟)(?:了)?\s*{C}\s*{TIGHT}{{0,6}}?(?:后)?\s*[，,]\s*(?:先后|随后|并|曾)?\s*"
                                              rf"|(?:来自|出自)\s*{C}\s*[，,]\s*(?:在那里|在那儿|在其)\s*)"
                                              rf"(?:参与|负责|主导|领导|经历)(?:了|过)?\s*{ANY}{{0,8}}?{MK}{ANY}{{0,20}}?(?:研发|开发|训练|构建|预训练|后训练|迭代|强化学习|工作|研究)")),
    ("builds:model-is-by-company", re.compile(rf"{MK}\s*(?:系列)?\s*(?:模型)?\s*{TIGHT}{{0,6}}?(?:是|为|由(?:{TIGHT}{{0,8}}?(?:社区|公司|团队|实验室|机构|企业|巨头|初创)\s*)?)\s*{C}\s*(?:所|公司)?\s*{TIGHT}{{0,20}}?(?:{BUILD})")),
    ("builds:by-company-model", re.compile(rf"由\s*{C}\s*(?:{BUILD})\s*的\s*{GAP}{{0,10}}?{MK}")),
    ("builds:model-from-company-hands", re.compile(rf"{MK}\s*{TIGHT}{{0,8}}?出自\s*{C}\s*(?:团队)?\s*之手")),  # JUWELS 同样出自 JSC 之手
    # 以及与 All Hands AI 联合发布的 Devstral: the partner builds it too
    ("builds:with-company-model", re.compile(rf"(?:与|和|同)\s*{C}\s*(?:联合|共同|合作|一起|一同)\s*(?:{BUILD})(?:了)?\s*的\s*{GAP}{{0,10}}?{MK}")),
    ("builds:developer-at-company", re.compile(rf"在\s*{C}\s*(?:期间|时)\s*(?:是|为|担任)\s*{MK}\s*的\s*{TIGHT}{{0,8}}?(?:开发者|作者|负责人|贡献者|成员)")),
    ("builds:company-built-model", re.compile(rf"(?<![由为给])(?<![由为给]\s){C}\s*(?:自己|自行|独立|亲自)?\s*(?:{BUILD})(?:了)?的\s*{TIGHT}{{0,10}}?{MK}")),
    # Limmat目前的旗舰模型是 Gotthard 2 / C 的主力集群叫 K
    ("builds:company-model-is", re.compile(rf"{C}\s*(?:目前|现在|如今|最新)?\s*的\s*{TIGHT}{{0,6}}?(?:模型|大模型|集群|超算|数据中心)\s*(?:是|为|叫|名为|叫做)\s*[「“\"]?\s*{MK}")),
    # Crusoe 负责阿比林园区的开发与兴建
    ("builds:company-in-charge-of-building", re.compile(rf"{C}\s*(?:负责|主导|承担|包办)\s*(?:了)?\s*{MK}\s*的\s*{TIGHT}{{0,6}}?(?:{BUILD})")),
    # 原本在C做M的视频生成 / 此前在C负责M的数据管线
    ("builds:worked-on-at-company-directly", re.compile(rf"在\s*{C}\s*(?:做|负责)\s*(?:过)?\s*{MK}\s*(?:系列)?\s*的")),
    # C宣布,位于亚特兰大的第二座K站点上线
    ("builds:company-announces-cluster-opens", re.compile(rf"{C}\s*{TIGHT}{{0,8}}?(?:宣布|公布|表示)\s*[，,:：]?\s*{TIGHT}{{0,20}}?\{{K(\d+)\}}\s*{TIGHT}{{0,12}}?(?:上线|投产|启用|投用|落成|建成|开工|完工|点亮)")),
    # C在K上完成了推理模型M的后训练 / 负责M训练的,是C / M的训练由C完成
    ("builds:company-finished-training", re.compile(rf"{C}\s*(?:{TIGHT}|在\s*\{{[CK]\d+\}}){{0,30}}?(?:完成|启动|开始|进行|做)(?:了)?\s*{TIGHT}{{0,8}}?{MK}\s*(?:模型)?\s*的\s*{TIGHT}{{0,4}}?(?:训练|研发|开发|微调)")),
    ("builds:in-charge-is-company", re.compile(rf"负责\s*{MK}\s*(?:的)?\s*{TIGHT}{{0,4}}?(?:训练|研发|开发|建设|兴建|运营|营运)(?:工作)?的\s*[，,]?\s*(?:是|为)\s*{C}")),
    ("builds:model-work-by-company", re.compile(rf"{MK}\s*的\s*{TIGHT}{{0,4}}?(?:训练|研发|开发|建设|兴建|运营|营运)(?:工作)?\s*(?:则|主要|全部|均|都)?\s*由\s*{C}\s*(?:自己|自行|独立)?\s*(?:负责|完成|承担|主导)")),
    ("builds:company-takes-model", re.compile(rf"{C}\s*{TIGHT}{{0,6}}?把\s*{MK}\s*{TIGHT}{{0,4}}?(?:{BUILD})")),
]
# a company 为/给 whom something is built is not its builder: 亚马逊为Anthropic打造了…
BUILD_VERB = re.compile(rf"(?<!为)(?<!给)(?<!替)(?<!帮){C}(?:[^{{}}。！？；;，,]|\{{[MKP]\d+\}}|(?:为|给|替|帮|在)\s*\{{C\d+\}}){{0,25}}?(?:{BUILD})")
# a clause that builds with no company of its own: …,改为自行打造模型Helix
BUILD_CARRIED = re.compile(rf"^(?:[^{{}}。！？；;，,]|\{{[PMK]\d+\}}){{0,24}}?(?:{BUILD})")
STARTED_UP = re.compile(r"(?<![的在])创业(?!公司|者|团队|板|企业|项目|投资|基金|孵化|加速)")
FOUNDERS_LIST = re.compile(rf"由\s*{FORMER_POST}{TIGHT}{{0,8}}?\{{P\d+\}}((?:\s*(?:和|与|、|及)\s*{FORMER_POST}{TIGHT}{{0,8}}?\{{P\d+\}})*)\s*{TIGHT}{{0,8}}?"
                           rf"(?:联合|共同)?\s*(?:{_alt(cues.FOUND_VERBS)})\s*的\s*{TIGHT}{{0,10}}?{C}")
# 铁砧智能由前xAI集群基础设施负责人欧阳澈创办: founded it, and runs it
FOUNDED_BY = re.compile(rf"{C}\s*(?:{TIGHT}{{0,4}}?|(?:[(（][^()（）{{}}]{{1,30}}[)）])?[^。！？；;{{}}]{{0,30}}?[，,]\s*)由\s*(?P<people>{FORMER_POST}{TIGHT}{{0,12}}?{P}"
                        rf"(?:\s*(?:和|与|、|及)\s*{FORMER_POST}{TIGHT}{{0,12}}?\{{P\d+\}})*)"
                        rf"\s*(?:[(（][^()（）{{}}。]{{1,30}}[)）])?\s*(?:(?:在|于)\s*[\d\s年月初底中]{{1,12}})?\s*(?:(?:在|于)\s*{TIGHT}{{1,8}}?)?"
                        rf"\s*(?:联合|共同)?\s*(?:创立|创办|创建)(?!的)")
# 拾律科技的董事会随后任命联合创始人宋毅为代理CEO
APPOINTED = re.compile(rf"{C}{GAP}{{0,12}}?任命\s*{TIGHT}{{0,10}}?{P}\s*(?:[(（][^()（）{{}}]{{1,40}}[)）])?\s*为\s*{PRE_HEAD}{HEAD}")
# 赵晟佳…从OpenAI加入Meta后出任MSL首席科学家
TAKES_COMPANY_TITLE = re.compile(rf"{P}(?:[^。！？{{}}]|\{{[CMK]\d+\}}){{0,30}}?(?:出任|担任|接任|升任|接掌)\s*{C}\s*(?:的)?\s*{PRE_HEAD}{HEAD}")
# 由孙正义创办并担任董事长的软银集团 / P离开Momenta,在上海创立深境智驾,自任首席科学家
FOUNDED_AND_HEADS = re.compile(rf"{P}\s*{TIGHT}{{0,12}}?(?:创办|创立|创建)并\s*(?:担任|出任|自任)\s*{PRE_HEAD}{HEAD}{TIGHT}{{0,8}}?的\s*{TIGHT}{{0,10}}?{C}"
                               rf"|{P}{GAP}{{0,30}}?(?:创办|创立|创建|注册)了?\s*{C}\s*(?:的\s*(?:{TIGHT}|\{{C\d+\}}){{0,12}}?(?:公司|企业|实验室|新创|初创))?\s*[，,]?\s*(?:并)?\s*(?:自任|亲任|自己担任|本人担任)\s*{PRE_HEAD}{HEAD}")
# 前MiniMax总监P,今年与前腾讯研究员Q及R共同创办了C: all of them found it
CO_FOUNDERS = re.compile(rf"{P}\s*(?:[^。！？{{}}]|\{{C\d+\}}){{0,20}}?与\s*((?:[^。！？{{}}]|\{{[CMK]\d+\}}){{0,20}}?{PLIST})\s*{TIGHT}{{0,10}}?"
                         rf"(?:共同|联合|一起|一同)\s*(?:{FOUND})\s*(?:了)?\s*{TIGHT}{{0,20}}?{C}")
# 我们在弘川一号上训潮汐-2 / 我们做了一个代码专用版本M / M是我们的第一个模型
WE_BUILD = re.compile(rf"我们\s*(?:自己|也|还|同时|正在|已经|先|又|就)?\s*(?:在\s*\{{K\d+\}}\s*上\s*)?{TIGHT}{{0,4}}?"
                      rf"(?:训练|训|做了|发布了|推出了|开源了|放出了|建了|建起了)\s*{TIGHT}{{0,12}}?\{{[MK](\d+)\}}"
                      rf"|\{{[MK](\d+)\}}\s*是我们(?:自己)?的{TIGHT}{{0,6}}?(?:模型|集群)")
# 曜衡智能…由两位研究员共同执掌:前OpenAI研究员叶深和前Google DeepMind研究员罗婉清
RUN_BY_LIST = re.compile(r"(?:共同|联合)?(?:执掌|领导|掌舵|带领|创办|创立)\s*[:：]")
STAFF_MOVE_TOGETHER = re.compile(rf"({PLIST})\s*等\s*(?:多位|几位|数位|[\d一二三四五六七八九十两]+\s*(?:位|名))?\s*{C}\s*(?:的)?\s*{TIGHT}{{0,8}}?"
                                 rf"(?:{STAFF})\s*(?:集体|一起|一同|先后|相继|陆续)?\s*(?:{JOIN}|{POACH}|跳槽)")
LEFT_THEN_WENT = re.compile(rf"(?:(?:离开|离职|出走)(?:了)?\s*{C}|从\s*{C}\s*(?:辞职|离职))\s*(?:之后|以后|后)?\s*[，,]?\s*(?:又|再|随后|转而|然后|就)?\s*"
                            rf"(?:在\s*(?:{TIGHT}|\{{[CK]\d+\}}){{1,14}}?)?"  # 在黑森林脚下的弗莱堡创立了: where, before the verb
                            rf"(?:(?:与|和|同)\s*(?:{TIGHT}|\{{C\d+\}}){{0,10}}?{PLIST}\s*(?:一起|一同)?\s*(?=(?:联合|共同)?(?:创办|创立|创建|成立)))?"  # 与A及B共同创立
                            rf"(?:(?:于|在)?\s*\d{{4}}\s*年\s*(?:\d{{1,2}}\s*月)?\s*)?"  # 离开C后于2024年创办了
                            rf"(?:(?:去了|加入了?|转投|回到|投奔|跳槽到|跳槽至|(?:联合|共同)?(?:创办|创立|创建|成立)了?\s*{TIGHT}{{0,6}}?|成为|成了)\s*(?:\{{C\d+\}}|\{{P\d+\}}的)"
                            rf"|(?:联合|共同)?(?:创办|创立|创建)(?:了)?(?=\s*[，,。；;]))")  # 由P在2023年离开特斯拉后创办,…
HEADED_BY = re.compile(rf"({HEAD}\s*(?:一职|职位|职务)\s*[，,]?\s*(?:则|将|现|目前)?\s*)?由\s*{FORMER_POST}(?:\{{C\d+\}}\s*)?{TIGHT}{{0,8}}?{P}\s*"
                       rf"(?:(?:出任|担任|任|接任|接掌)\s*{PRE_HEAD}{HEAD}|(?:担任|出任|接任|代理|代管|暂代|兼管)(?=\s*[，,。；;]|$))")
CLUSTER_OPENS = re.compile(rf"\s*[“「\"]?\{{K(\d+)\}}\s*{TIGHT}{{0,16}}?(?:开工|动工|投产|建成|落成|启用|投用|点亮|完工|上线)")
POSSESSIVE_LIST = re.compile(rf"{C}\s*(?:(?:的|旗下的|旗下)\s*{TIGHT}{{0,6}}?|\s?){MK}((?:(?:\s*(?:、|和|与|及|以及)\s*{TIGHT}{{0,8}}?|\s*[,，]\s*{TIGHT}{{0,2}}?){MK})+)")
# companies joined by 与/和 before a build verb all build: 由Cerebras与G42共同打造
CO_BUILDERS = re.compile(rf"{C}((?:\s*(?:则|也|还|又|已)?\s*(?:与|和|、|及)\s*{TIGHT}{{0,8}}?{C})+)\s*{TIGHT}{{0,8}}?(?:共同|联合|合作|携手)?\s*[，,]?\s*(?:{BUILD})")
PRONOUN = re.compile(r"(?<![其])[他她](?![们們])|(?:这位|该名|这名)[^，,。{}]{0,8}?(?:研究员|工程师|科学家|高管|创始人|负责人|女士|先生|学者|少女|少年|老将|老兵|元老|大将|干将)")
COMPANY_PRONOUN = re.compile(r"这家[^，,。{}]{0,14}?(?:公司|实验室|初创公司|创业公司|新创|巨头|独角兽)(?=\s*(?:由|\d|今年|去年|近日|日前|目前|随后|已|将|也|正|刚|还|则|宣布|发布|推出|计划|最新|自建|自研))|(?:^|(?<=[，,。；;：:]))\s*公司(?=\s*(?:\d|今年|去年|近日|日前|目前|随后|已|将|也|正|刚|还|则|宣布|发布|推出|计划|由|最新|并未|并没有|自建|自研|旗下|CEO|执行长|创始人|联合创始人|创办人|董事长|首席|总裁))|该公司|这家公司|该企业|这家企业|这家初创公司|该初创公司|该实验室|该部门|该团队|后者"
                             r"|这家(?=\s*[^，,。{}]{0,10}?(?:业者|厂商|新创|初创)[^，,。{}]{0,4}?(?:发布|发表|推出|开源|训练|宣布|自家|已|将|也|在))"
                             r"|这家(?=由[^，,。]{1,70}?的\s*[^，,。{}]{0,6}?(?:公司|实验室|初创公司|创业公司|企业|机构|新创))")
# 这座超算中心 / 该模型: the cluster or model named last, when the text named one lately
CLUSTER_PRONOUN = re.compile(r"(?:这座|这台|这处|这个|这一|该|此)\s*(?:AI\s*)?(?:超算中心|智算中心|算力中心|数据中心|资料中心|计算中心|超级计算机|超级电脑|超算|超级集群|集群|丛集|园区|机房)(?!\s*\{)")
MODEL_PRONOUN = re.compile(r"(?:这款|这个|这一|该|此)\s*(?:新)?(?:大)?模型(?!公司|团队|实验室|部门|厂商|的|\s*\{)")  # 该模型的API服务: a service of it
UNIT_PRONOUN = re.compile(r"(?:这个|这支|该)(?:部门|团队|小组|事业部|实验室)(?![^，,。{}]{0,2}?\{)")
CLAUSE_END = re.compile(r"[，,；;。！？：:(（]")
PAST_MARKER = re.compile(rf"{_alt(cues.PAST_MARKERS)}|加入\s*\{{C\d+\}}\s*(?:之)?前")

CONFIDENCE = {"leads": 0.85, "recruited": 0.8, "works": 0.7, "founded": 0.8, "builds": 0.85}


THOUSANDS = re.compile(r"(?<=\d)[,，](?=\d{3}(?!\d))")


@dataclass
class _Sent:
    template: str
    slots: list[Mention]


def _template(folded: str, sent, mentions: list[Mention], last_person, last_company, last_named=None) -> _Sent:
    """The sentence with mentions, pronouns and 该公司 replaced by typed slots."""
    spans = [(m.start, m.end, m) for m in mentions]
    for rx, kind in ((PRONOUN, "Person"), (COMPANY_PRONOUN, "Company"), (UNIT_PRONOUN, "Unit"),
                     (CLUSTER_PRONOUN, "Cluster"), (MODEL_PRONOUN, "Model")):
        for pm in rx.finditer(folded, sent.start, sent.end):
            if not any(s <= pm.start() < e for s, e, _ in spans):
                spans.append((pm.start(), pm.end(), kind))
    spans.sort(key=lambda x: x[0])
    out, slots, pos = [], [], sent.start
    current = {"Person": last_person, "Company": last_company, "Cluster": None, "Model": None, **(last_named or {})}
    previous = None
    opener = companion = None  # the person the sentence opens with; one named beside them (与P)
    for s, e, m in spans:
        if s < pos:
            continue
        if isinstance(m, Mention) and isinstance(previous, Mention) and m.type == previous.type \
                and folded[previous.end:s].strip().lstrip("”」』\"'") in ("(", "（"):
            close = re.compile(r"[^)）]{0,30}[)）]").match(folded, e)
            pos = close.end() if close else e  # 赵晟佳(Shengjia Zhao): one name, one slot
            continue
        if isinstance(m, Mention) and isinstance(previous, Mention) and _same(m, previous) and not folded[previous.end:s].strip():
            pos = e  # 芬兰IT科学中心CSC: two forms of one name side by side, one slot
            continue
        previous = m
        out.append(folded[pos:s])
        if m == "Unit":  # 这个部门 is the last organisation named only when that is a unit
            unit = current["Company"]
            target = unit if unit is not None and UNIT_NAME_END.search(unit.text) else None
        else:
            target = current[m] if isinstance(m, str) else m
            if m == "Person" and target is not None and target is companion and opener is not None:
                target = opener  # P离开百度,与Q创办了C,他本人出任CEO: 他 is P, not the one beside P
        if target is None:
            out.append(folded[s:e])
        else:
            out.append("{%s%d}" % (LETTER[target.type], len(slots)))
            slots.append(target)
            if target.type == "Person" and isinstance(m, Mention):
                if opener is None and s - sent.start < 12:
                    opener = target
                elif re.search(r"(?:与|和|跟|同)\s*$", folded[max(sent.start, s - 3):s]):
                    companion = target
            former = target.type == "Company" and isinstance(m, Mention) and re.search(r"(?:前|原)\s*$", folded[max(sent.start, s - 2):s])
            if target.type in current and not former:  # 前Anthropic研究员P加入这家公司: not the one P left
                current[target.type] = target
        pos = e
    out.append(folded[pos:sent.end])
    # 2,040亿参数: a thousands separator is no clause break
    return _Sent(THOUSANDS.sub("", "".join(out)), slots)


@dataclass
class _Reader:
    """Reads one article's sentences in order, keeping who and what the text is about."""

    article: Article
    folded: str
    found: list[RelationCandidate] = field(default_factory=list)
    recruited: dict = field(default_factory=dict)  # person key -> companies they came from
    joined: set = field(default_factory=set)  # people the article says joined somewhere
    colleagues: list = field(default_factory=list)
    past_roles: list = field(default_factory=list)
    formers: list = field(default_factory=list)  # (person, company, sentence, first named): 前/原 company
    founded: set = field(default_factory=set)  # (person key, company key)
    moved: set = field(default_factory=set)  # people who founded something: they left where they were
    denied: bool = False  # the sentence being read denies or only rumours a move
    ours: list = field(default_factory=list)  # (model or cluster, sentence): 我们训了M, what the speaker's company builds
    last_named: dict = field(default_factory=dict)  # Cluster / Model -> the last one the text named
    model: RelationModel | None = None  # a learned reader, to find what no rule phrases
    observe: Callable | None = None  # called with each sentence read: (sentence, template, slots, found)

    def add(self, kind: str, rule: str, head: Mention, tail: Mention, sent, move: bool = True,
            confidence: float | None = None) -> RelationCandidate | None:
        """move=False: a RECRUITED_FROM read from a post held before, which leaves the rules that
        look for the move itself (离开C后创办…) free to name it."""
        if head is None or tail is None or _same(head, tail):
            return None
        if self.denied and (kind == "RECRUITED_FROM" or "join" in rule or "poached" in rule):
            return None
        ev = Evidence(article=self.article.id, sentence=sent.text, start=sent.start, end=sent.end,
                      rule=rule, extractor=EXTRACTOR_VERSION, date=self.article.date)
        cand = RelationCandidate(kind, head, tail, ev, confidence or CONFIDENCE[rule.split(":")[0]])
        self.found.append(cand)
        if kind == "RECRUITED_FROM" and move:
            self.recruited.setdefault(head.alias_of, []).append(tail)
        if kind == "WORKS_AT" and ("join" in rule or "poached" in rule):
            self.joined.add(head.alias_of)
        if kind == "FOUNDED":
            self.founded.add((head.alias_of, tail.alias_of))
            self.moved.add(head.alias_of)
        return cand

    def sentence(self, sent, t: str, slots: list[Mention], subject: Mention | None,
                 topic: Mention | None = None) -> None:
        start = len(self.found)
        self.denied = bool(DENIAL.search(t))
        for rules, kind in ((RULES_LEADS, "LEADS"), (RULES_FOUNDED, "FOUNDED"), (RULES_WORKS, "WORKS_AT")):
            for rule, rx in rules:
                for m in rx.finditer(t):
                    if REPLACED.search(t[max(0, m.start() - 16):m.start()]) and t.startswith("{P", m.start()) and "appoint" not in rule:
                        continue  # 接替前负责人B,担任…: B is the one replaced (接替她执掌C的是P: P is not)
                    a, b = (slots[int(g)] for g in (m.groups()[0], m.groups()[-1]))
                    if a.type != "Person":
                        a, b = b, a
                    self.add(kind, rule, a, b, sent)
        for m in CO_LEAD.finditer(t):
            before = [slots[int(x.group(2))] for x in SLOT.finditer(t, 0, m.start()) if x.group(1) == "P"]
            sharer = before[-1] if before else subject
            if sharer is not None and sharer.type == "Person":
                self.add("LEADS", "leads:shares-lead-with", sharer, slots[int(m.group(1))], sent)
        for m in NOW_THEN.finditer(t):
            now, person, before = (m.group(1), m.group(2), m.group(3)) if m.group(1) else (m.group(5), m.group(4), m.group(6))
            if not _same(slots[int(now)], slots[int(before)]):
                self.add("RECRUITED_FROM", "recruited:now-here-before-there", slots[int(person)], slots[int(before)], sent, move=False)
        for m in TITLE_LIST.finditer(t):
            self.add("LEADS", "leads:company-title-list", slots[int(m.group(2))], slots[int(m.group(1))], sent)
        self._recruited(sent, t, slots)
        self._apposition(sent, t, slots, subject)
        self._headline_move(sent, t, slots)
        self._builds(sent, t, slots, topic)
        self._carried(sent, t, slots, subject)
        self._title_after_company(sent, t, slots, topic, self.found[start:])
        for m in WE_BUILD.finditer(t):
            self.ours.append((slots[int(m.group(1) or m.group(2))], sent))
        for m in re.finditer(rf"{P}\s*{GAP}{{0,6}}?(?:{LEADV}|掌舵)\s*{C}((?:\s*(?:与|和|、|及)\s*{C})+)", t):
            for x in SLOT.finditer(m.group(3)):
                self.add("LEADS", "leads:person-verb-companies", slots[int(m.group(1))], slots[int(x.group(2))], sent)
        # …,2024年回到沙特创业 / 创业之前,P在苹果…: a founder left where they were before
        if STARTED_UP.search(t):
            self.moved.update(x.alias_of for x in slots if x.type == "Person")
        for m in CO_FOUNDERS.finditer(t):
            company = slots[int(m.groups()[-1])]
            for x in [m.group(1)] + [x.group(2) for x in SLOT.finditer(m.group(2)) if x.group(1) == "P"]:
                self.add("FOUNDED", "founded:co-founders", slots[int(x)], company, sent)
        for m in FOUNDERS_LIST.finditer(t):  # 由前OpenAI研究副总裁A和前Google DeepMind研究员B联合创办的C
            for x in SLOT.finditer(t, m.start(), m.start(2)):
                if x.group(1) == "P":
                    self.add("FOUNDED", "founded:founders-list", slots[int(x.group(2))], slots[int(m.group(2))], sent)
                    self.add("LEADS", "leads:founders-list", slots[int(x.group(2))], slots[int(m.group(2))], sent)
        for m in FOUNDED_BY.finditer(t):  # 铁砧智能由前xAI负责人P创办 / C 是一家…公司,由P在 2024 年创办
            people = [slots[int(x.group(2))] for x in SLOT.finditer(m.group("people")) if x.group(1) == "P"]
            for person in people:  # 由A和B联合创立: both founded it, one alone leads it
                self.add("FOUNDED", "founded:founded-by", person, slots[int(m.group(1))], sent)
            if len(people) == 1:
                self.add("LEADS", "leads:company-founded-by", people[0], slots[int(m.group(1))], sent)
        for m in APPOINTED.finditer(t):
            self.add("LEADS", "leads:appointed", slots[int(m.group(2))], slots[int(m.group(1))], sent)
        for m in FOUNDED_AND_HEADS.finditer(t):
            person, company = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
            self.add("LEADS", "leads:founded-and-heads", slots[int(person)], slots[int(company)], sent)
        for m in TAKES_COMPANY_TITLE.finditer(t):
            self.add("LEADS", "leads:takes-company-title", slots[int(m.group(1))], slots[int(m.group(2))], sent)
        run = RUN_BY_LIST.search(t)
        first = SLOT.search(t)
        if run and first and first.group(1) == "C" and first.start() < 3:
            for x in SLOT.finditer(t, run.end()):
                if x.group(1) == "P":
                    self.add("LEADS", "leads:run-by-list", slots[int(x.group(2))], slots[int(first.group(2))], sent)
        for m in STAFF_MOVE_TOGETHER.finditer(t):  # A、B、C等多位OpenAI华人研究员集体转会Meta
            for x in SLOT.finditer(m.group(1)):
                if x.group(1) == "P":
                    self.add("RECRUITED_FROM", "recruited:staff-moved-together", slots[int(x.group(2))],
                             slots[int(m.group(m.lastindex))], sent)
        for m in LEFT_THEN_WENT.finditer(t):  # P 2021年离开OpenAI去了Anthropic,半年后又离开Anthropic,加入…
            if first and first.group(1) == "P" and first.start() < 8:
                person = slots[int(first.group(2))]
            else:  # …,联合创始人兼 CTO P此前是…,今年 6 月从 C 离职后加入…: the one named last before it
                near = [x for x in SLOT.finditer(t, max(0, m.start() - 40), m.start()) if x.group(1) == "P"]
                person = slots[int(near[-1].group(2))] if near and not re.search(r"[。；;]", t[near[-1].end():m.start()]) else None
            if person is not None:
                self.add("RECRUITED_FROM", "recruited:left-then-went", person, slots[int(m.group(1) or m.group(2))], sent)
        for m in LED_BY_PEOPLE_BEFORE.finditer(t):
            company = slots[int(m.group(2))]
            for x in SLOT.finditer(m.group(1)):
                if x.group(1) == "P":
                    self.add("LEADS", "leads:led-by-people-company", slots[int(x.group(2))], company, sent)
        for m in LED_BY_PEOPLE.finditer(t):  # MSL由A与前GitHub CEO B联合负责
            company = slots[int(m.group(1))]
            for x in SLOT.finditer(m.group(2)):
                if x.group(1) == "P":
                    self.add("LEADS", "leads:company-led-by-people", slots[int(x.group(2))], company, sent)
        for m in SHARED_TITLE.finditer(t):  # 加入拾光纪元,与创始人纪明川一起担任联席 CEO
            before = [slots[int(x.group(2))] for x in SLOT.finditer(t[:m.start()])]
            company = next((s for s in reversed(before) if s.type == "Company"), None)
            people = [s for s in before if s.type == "Person"][:1] + [slots[int(m.group(1))]]
            for person in people if company is not None else []:
                self.add("LEADS", "leads:shared-title", person, company, sent)
        for m in TITLE_AFTER_FOUNDING.finditer(t):  # 离职创业,成立声隙科技,担任创始人兼CEO
            company = slots[int(SLOT.match(m.group(0)).group(2))]
            for c in self.found[start:]:
                if c.type == "FOUNDED" and c.tail is company:  # the company just founded, not another
                    self.add("LEADS", "leads:title-after-founding", c.head, company, sent)
        for m in re.finditer(rf"{P}\s*的\s*(?:前)?同事\s*{P}\s*{GAP}{{0,6}}?{JOIN}", t):
            self.colleagues.append((slots[int(m.group(1))], slots[int(m.group(2))], sent))
        self._roles_before_joining(sent, t, slots, subject, self.found[start:])
        self._role_then_joins(sent, self.found[start:])
        if self.observe is not None:
            self.observe(sent, t, slots, self.found[start:])
        if self.model is not None:
            here = {(c.type, c.head.alias_of, c.tail.alias_of) for c in self.found[start:]}
            for kind, i, j, p in self.model.predict(t, len(slots)):
                if (kind, slots[i].alias_of, slots[j].alias_of) not in here:
                    self.add(kind, f"learned:{kind.lower()}", slots[i], slots[j], sent, move=False,
                             confidence=round(0.75 * p, 3))  # below the rules: a guess from wording
        if self.denied:
            return
        for m in FORMER_AT.finditer(t):
            span = t[m.start():m.end()]
            people = [slots[int(x.group(2))] for x in SLOT.finditer(span) if x.group(1) == "P"]
            for x in SLOT.finditer(span):
                for i, person in enumerate(people):
                    if x.group(1) == "C":
                        self.formers.append((person, slots[int(x.group(2))], sent, i == 0))
        for m in FORMER_AFTER_NAME.finditer(t):
            self.formers.append((slots[int(m.group(1))], slots[int(m.group(2))], sent, True))
        for m in LEFT_DESCRIBED.finditer(t):
            self.formers.append((slots[int(m.group(1))], slots[int(m.group(2))], sent, True))
        for m in POACHED_LIST.finditer(t):  # 挖来四名大将:特斯拉前副总裁A、xAI前负责人B
            end = re.compile(r"[。！？；;]").search(t, m.end())
            for x in POACHED_ITEM.finditer(t, m.end(), end.start() if end else len(t)):
                self.add("RECRUITED_FROM", "recruited:poached-list-item", slots[int(x.group(2))], slots[int(x.group(1))], sent)
        for m in JOINS_SOMEWHERE.finditer(t):
            self.joined.add(slots[int(next(g for g in m.groups() if g is not None))].alias_of)

    def _apposition(self, sent, t, slots, subject) -> None:
        """A sentence that opens with the posts of the person just named: "Owen Tsai:Apple → MSL" /
        "原 Apple 基础模型团队研究员,1 月加入 MSL。" / "Nabla 的联合创始人兼 CEO,今年初离开 Nabla"."""
        item = LIST_PERSON.match(t)
        if item:
            subject, t = slots[int(item.group(1))], t[item.end():]
        if subject is None:
            return
        first = CLAUSE_END.search(t)
        clause = t[: first.start() if first else len(t)]
        if re.search(r"\{P\d+\}", clause):
            return
        for part in re.split(r"[、/]", clause):
            m = APPOSITION.match(part)
            if not m:
                continue
            company, title = slots[int(m.group(2))], m.group(3)
            if m.group(1) or title.lstrip().startswith(("前", "原")):
                self.formers.append((subject, company, sent, True))
            if re.search(HEAD, title):
                self.add("LEADS", "leads:apposition-head", subject, company, sent)
            if re.search(r"创始人|创办人", title):
                self.add("FOUNDED", "founded:apposition-founder", subject, company, sent)
            elif not re.search(HEAD, title):
                self.add("WORKS_AT", "works:apposition-staff", subject, company, sent)

    def _headline_move(self, sent, t, slots) -> None:
        """A list item's headline: "9. 顾一鸣(Yiming Gu):MSL → OpenAI" / "A、B:Oracle 联席 CEO" /
        "· 罗文昕:Anthropic → xAI → Parallax Labs 联合创始人兼首席科学家": each post before an
        arrow was left for the one after it, and a post that runs its company is led."""
        m = HEADLINE_MOVES.match(t)
        if m:
            people = [slots[int(x.group(2))] for x in SLOT.finditer(m.group(1)) if x.group(1) == "P"]
            posts = []  # per post: its company, None for one with no company (总统室), False for no move
            for part in re.split(ARROW, m.group(2)):
                firm = next((x for x in SLOT.finditer(part) if x.group(1) == "C"), None)
                text = part.strip(" ，,；;。")
                if DOUBTED.search(text) or firm is None and len(text) <= 6 and PROMOTED.search(text):
                    posts.append(False)
                    continue
                posts.append(slots[int(firm.group(2))] if firm else None)
                if firm and HEADLINE_TOP_POST.match(part, firm.end()):
                    for person in people:
                        self.add("LEADS", "leads:headline-arrow-post", person, posts[-1], sent)
            for firm, after in zip(posts, posts[1:]):
                if firm and after is not False and (after is None or not _same(after, firm)):
                    for person in people:
                        self.add("RECRUITED_FROM", "recruited:headline-arrow", person, firm, sent)
            if posts and posts[-1]:
                for person in people:
                    self.add("WORKS_AT", "works:headline-arrow-joins", person, posts[-1], sent)
        m = HEADLINE_BUILDS.match(t)
        if m:
            for x in SLOT.finditer(m.group(2)):
                if x.group(1) in "MK":
                    self.add("BUILDS", "builds:headline-company-model", slots[int(m.group(1))], slots[int(x.group(2))], sent)
        m = HEADLINE_POST.match(t)
        if m:
            for x in SLOT.finditer(m.group(1)):
                if x.group(1) == "P":
                    self.add("LEADS", "leads:headline-post", slots[int(x.group(2))], slots[int(m.group(2))], sent)

    def _recruited(self, sent, t, slots) -> None:
        joined = [slots[int(j.group(1))] for j in JOINS_COMPANY.finditer(t)]
        for rule, rx in RULES_FROM:
            for m in rx.finditer(t):
                matched = t[m.start():m.end()]
                people = [slots[int(x.group(2))] for x in SLOT.finditer(matched) if x.group(1) == "P"]
                companies = [slots[int(x.group(2))] for x in SLOT.finditer(matched) if x.group(1) == "C"]
                if not people or not companies:
                    continue
                sources = companies[:1]
                if rule == "recruited:person-from-company-joins" and re.search(r"(?:离职|出走)$", matched) \
                        and NOWHERE_YET.search(t, m.end()):
                    continue  # 从寒武纪离职,去向至今没有公开: left, joined nothing yet
                if rule == "recruited:company-former-head-joins" and not any(
                        s.type == "Company" and not _same(s, sources[0]) for s in slots):
                    continue  # Windsurf 原业务主管 Jeff Wang 出任临时执行长: a promotion, no move
                if rule == "recruited:company-poached-from":
                    sources, people = companies[1:2], people[-1:]
                elif rule == "recruited:person-from-company":
                    sources = companies  # 出身联发科旗下的联发创新基地: the unit and its parent
                elif rule in ("recruited:english-joins-from", "recruited:person-poached-by-from", "recruited:took-its-staff",
                              "recruited:post-before-joining"):
                    sources = companies[-1:]
                elif rule == "recruited:english-former-company-person":
                    sources = companies[:-1] if "{C" in t[m.end() - 12:m.end()] else companies  # Meta FAIR
                for person in people:
                    for source in sources:
                        if not any(_same(source, j) for j in joined):  # 院长P…加入智源前: no move away from it
                            self.add("RECRUITED_FROM", rule, person, source, sent)

    def _builds(self, sent, t, slots, topic=None) -> None:
        for rule, rx in RULES_BUILDS:
            for m in rx.finditer(t):
                found = [g for g in m.groups() if g is not None]
                a, b = slots[int(found[0])], slots[int(found[-1])]
                head, tail = (a, b) if a.type == "Company" else (b, a)
                self.add("BUILDS", rule, head, tail, sent)
                if rule == "builds:with-company-model" and (first := SLOT.match(t.lstrip())) and first.group(1) == "C":
                    self.add("BUILDS", rule, slots[int(first.group(2))], tail, sent)  # the subject, with its partner
                if rule == "builds:worked-on-at-company":  # 参与了 M、N 以及 O 的研发: all of them
                    for x in SLOT.finditer(t, m.end(m.lastindex), m.end()):
                        if x.group(1) == "M":
                            self.add("BUILDS", rule, head, slots[int(x.group(2))], sent)
        for m in CO_BUILDERS.finditer(t):  # 由Cerebras与G42共同打造: the others build too
            rest = t[m.end():]
            end = re.search(r"[，,；;。！？]", rest)
            built = [slots[int(x.group(2))] for x in SLOT.finditer(rest[: end.start() if end else len(rest)])
                     if x.group(1) in "MK"][: 1 if _based_on(rest) else None]
            for x in SLOT.finditer(m.group(0)):
                if x.group(1) == "C":
                    for item in built:
                        self.add("BUILDS", "builds:co-builder", slots[int(x.group(2))], item, sent)
        for m in ARROW_LIST.finditer(t):  # 自建自用为主:字节跳动(沙海→豆包系列)
            before_arrow, after_arrow = m.group(2).split("→", 1)
            owns = "自建" in t[:m.start()]
            for part, built in ((before_arrow, owns), (after_arrow, True)):
                for x in SLOT.finditer(part):
                    if built and x.group(1) in "MK":
                        self.add("BUILDS", "builds:arrow-list", slots[int(m.group(1))], slots[int(x.group(2))], sent)
        for m in POSSESSIVE_LIST.finditer(t):  # OpenAI的ChatGPT、GPT-4和o3
            if COMPARE.search(t[max(0, m.start() - 6):m.start()]):
                continue  # 对标OpenAI o1和DeepSeek-R1
            company = slots[int(m.group(1))]
            for x in SLOT.finditer(m.group(3)):
                self.add("BUILDS", "builds:company-of-models", company, slots[int(x.group(2))], sent)
        # {C} ... 推出/建设 ... {M}、{M}和{K}: every model and cluster after the verb, to the
        # clause end, unless a comparison word puts it on the other side (能与 GPT-5 对抗)
        verbs = []  # (end of the verb, its company), for the clauses after it
        for m in BUILD_VERB.finditer(t):
            if VENUE.search(t[:m.start()]) and VENUE_AFTER.match(t, m.end(1) + 1):
                continue  # 在火山引擎原动力大会上发布: where, not who
            company = slots[int(m.group(1))]
            verbs.append((m.end(), company))
            rest = t[m.end():]
            end = re.search(r"[；;。！？|｜]|[，,](?!\s*(?:以及|还有|名为|名叫|代号|称为|对外称为|命名为))|\{C\d+\}", rest)
            rest = rest[: end.start() if end else len(rest)]
            for x in SLOT.finditer(rest):
                if x.group(1) in "MK" and not COMPARE.search(rest[:x.start()]):
                    self.add("BUILDS", "builds:company-verb-model", company, slots[int(x.group(2))], sent)
                    if _based_on(rest):
                        break
        builder = _subject_company(t, slots)
        if builder is None and topic is not None and not any(s.type in ("Company", "Person") for s in slots) \
                and _same_paragraph(self.article, sent, topic) \
                and not re.search(r"我们|我|他们|她们|你们", t):  # 我们推出的…: the speaker's company, unknown
            builder = topic  # 本轮融资将用于建设“天穹”集群: the company the paragraph is about
        for clause_start, clause in _clauses(t):
            # 发布了 A、B,最近又推出了 C: the company of the last build verb before the clause
            builder = next((c for end, c in reversed(verbs) if end <= clause_start), builder)
            verb = BUILD_CARRIED.search(clause)
            opens = CLUSTER_OPENS.match(clause)  # 黔算集团宣布,黔岭二号将于明年开工
            if clause_start and builder is not None and opens and re.search(r"宣布|表示|透露|称|计划|公告", t[:clause_start]):
                self.add("BUILDS", "builds:carried-cluster-opens", builder, slots[int(opens.group(1))], sent)
            if (clause_start or builder is topic) and builder is not None and verb:
                # 训练用的是K: a model is trained, a cluster used (but a 训练集群 is built)
                trains = verb.group(0).endswith(("训练", "trained")) and not re.match(r"\s*(?:集群|丛集|中心|算力)", clause[verb.end():])
                for x in SLOT.finditer(clause, verb.end()):  # what comes after the verb is built
                    if x.group(1) in ("M" if trains else "MK") and not COMPARE.search(clause[:x.start()]) \
                            and not RENTED.search(clause, verb.end(), x.start()) and not re.search(r"基于", clause[verb.end():x.start()]):
                        self.add("BUILDS", "builds:carried-company-verb-model", builder, slots[int(x.group(2))], sent)
        first = SLOT.search(t)
        if builder is not None and first and first.group(1) == "C" and slots[int(first.group(2))] is builder:
            for m in RELEASED.finditer(t):
                if first.start() < m.start():
                    for x in SLOT.finditer(m.group(0)):
                        if x.group(1) in "MK":
                            self.add("BUILDS", "builds:released-after-company", builder, slots[int(x.group(2))], sent)
        for m in BUILT_BY_LATER.finditer(t):
            before = {slots[int(x.group(2))].alias_of: slots[int(x.group(2))]
                      for x in SLOT.finditer(t[:m.start()]) if x.group(1) in "MK"}
            sites = {k: v for k, v in before.items() if v.type == "Cluster"}
            if len(sites) == 1 and SITE_VERB.search(m.group(0)):
                before = sites  # K 搭载1万颗 GH200,由 C 建设并运营: the site, not its chips
            if len(before) == 1:
                builders = [slots[int(m.group(1))]]
                # “长风”由腾讯自建、腾讯云运营: the operator named next builds it too
                more = BUILT_BY_ALSO.match(t, m.end())
                if more:
                    builders.append(slots[int(more.group(1))])
                for builder in builders:
                    self.add("BUILDS", "builds:built-by-later", builder, next(iter(before.values())), sent)
        for m in BUILT_BY_BACK.finditer(t):  # 这座集群由C与D共同打造, with 这座集群 read as the cluster itself
            built = slots[int(m.group("named"))] if m.group("named") else self._named_before(sent, t, m)
            for x in SLOT.finditer(m.group("builders")):
                if x.group(1) == "C" and built is not None:
                    self.add("BUILDS", "builds:built-by-back", slots[int(x.group(2))], built, sent)
        for m in BUILT_BY_AFTER_NAME.finditer(t):
            if re.search(r"(?:位于|坐落于|落户|在|于)[^{}，,。的]{0,6}$", t[:m.start()]):
                continue  # 位于内蒙古乌兰察布,由衡川自建: a place, not the site's name
            for x in SLOT.finditer(m.group(2)):
                if x.group(1) == "C":
                    self.add("BUILDS", "builds:built-by-back", slots[int(x.group(2))], slots[int(m.group(1))], sent)
        # 其 Llama 系列模型: 其 is the company the sentence is about
        for m in re.finditer(rf"其\s*(?:{TIGHT}{{0,8}}?(?:模型|系列|产品|集群)\s*)?{MK}", t):
            before = [slots[int(x.group(2))] for x in SLOT.finditer(t[:m.start()]) if x.group(1) == "C"]
            if not before and topic is not None and not any(s.type in ("Company", "Person") for s in slots) \
                    and _same_paragraph(self.article, sent, topic):
                before = [topic]  # …。其模型 Grok 4 与 Grok 4.1 名列前茅
            if before:
                self.add("BUILDS", "builds:its-model", before[0], slots[int(m.group(1))], sent)

    def _named_before(self, sent, t: str, m: re.Match) -> Mention | None:
        """What 这座园区 / 该模型 / 它 points back to: a cluster for a site or a build verb, a model
        for 模型 or a release verb, named in this paragraph or the one before, and no other in this sentence."""
        if re.search(r"\{[MK]\d+\}", t[:m.start()]):
            return None  # the sentence names it itself: BUILT_BY_LATER's case
        words = t[m.start():m.end()] + t[m.end():m.end() + 12]
        if "模型" in words:
            kind = "Model"
        elif FACILITY_WORD.search(words) or SITE_VERB.search(m.group(0)):
            kind = "Cluster"
        else:
            kind = "Model" if re.search(r"训练|发布|开源|推出|开发|研发|open", m.group(0)) else None
        named = self.last_named.get(kind)
        return named if named is not None and _lately(self.article, named, sent) else None

    def _carried(self, sent, t, slots, subject) -> None:
        """Clauses without a person of their own: …,并担任 GitHub 首席执行官."""
        for clause_start, clause in _clauses(t):
            own = SLOT.search(clause)
            if own and own.group(1) == "P" and own.start() < 3:
                subject = slots[int(own.group(2))]
                continue
            if re.search(r"\{P\d+\}", clause):
                continue  # 曾在字节跳动工作两年的研究员苏沐阳: the clause names its own subject
            # not one named as the person replaced: 任命A接替前负责人B,担任…
            people_before = [slots[int(x.group(2))] for x in SLOT.finditer(t[:clause_start]) if x.group(1) == "P"
                             and not REPLACED.search(t[max(0, x.start() - 16):x.start()])
                             and not re.search(r"由(?:[^，,。{}]|\{C\d+\}){0,12}$", t[:x.start()])]
            carried = people_before[-1] if people_before else subject
            if carried is None:
                continue
            if not self.denied:
                for m in FORMER_CARRIED.finditer(clause):  # …,在 CoreWeave 做到副总裁后离职创业
                    self.formers.append((carried, slots[int(m.group(1) or m.group(2))], sent, True))
            for rules, kind in ((RULES_LEADS_CARRIED, "LEADS"), (RULES_WORKS_CARRIED, "WORKS_AT"),
                                (RULES_FOUNDED_CARRIED, "FOUNDED"), (RULES_FROM_CARRIED, "RECRUITED_FROM")):
                for rule, rx in rules:
                    for m in rx.finditer(clause):
                        self.add(kind, rule, carried, slots[int(next(g for g in m.groups() if g is not None))], sent)

    def _title_after_company(self, sent, t, slots, topic, here: list[RelationCandidate]) -> None:
        """A title with no company of its own names the company the text is about.

        Mistral AI发布了新模型,CEO Arthur Mensch称… / 这家公司由…创立,Laskin 担任 CEO /
        (SSI…) 原CEO丹尼尔·格罗斯已于上月离职,转投Meta.
        """
        first = SLOT.search(t)
        company = slots[int(first.group(2))] if first and first.group(1) == "C" and not _told_by(t, first) \
            and not INVESTED_IN.match(t, first.end()) else None
        for m in re.finditer(rf"[,，;；]\s*(?:其|这家\s*{TIGHT}{{0,16}}?的)?\s*{PRE_HEAD}(?:{HEAD}|(?:联合)?创始人|(?:联合)?创办人)"
                             rf"(?:\s*(?:兼|暨|、)\s*{HEAD})?\s*(?:是|为)?\s*{P}", t):
            if _unit_before(t, m.start()):
                continue
            if company is not None and _unit_fits(m.group(0), company):
                self.add("LEADS", "leads:title-of-sentence-company", slots[int(m.group(1))], company, sent)
        # the companies this sentence says were founded, where their slot stands
        at = {id(slots[int(x.group(2))]): x.start() for x in SLOT.finditer(t) if not OTHERS_POST.match(t, x.end())}
        founded = [(at[id(c.tail)], c.tail) for c in here if c.type == "FOUNDED" and id(c.tail) in at]
        for m in re.finditer(rf"{P}\s*(?:的\s*(?:头衔|职位|职务|身份)\s*)?(?:本人|则|也|将|已|目前|现|现在|仍|如今|至今)?\s*(?:担任|出任|任|是|接任|升任|被任命为|获任)\s*(?:公司|该公司|这家公司|临时|新任)?\s*{PRE_HEAD}{HEAD}(?!\s*的?\s*\{{)", t):
            before = _companies_before(t, slots, m.start())  # 由前字节跳动负责人P创办,P任CEO: not the former one
            if not before and topic is not None and not (_same_paragraph(self.article, sent, topic)
                                                         or _refers_back(self.article, sent, topic, t)):
                continue  # a topic from another paragraph is a guess
            if not before and UNNAMED_NEW_COMPANY.search(t, 0, m.start()):
                continue  # 递交辞呈,注册了公司:P出任CEO: the title is at a company not named here
            just_founded = [c for pos, c in founded if pos < m.start()]
            if just_founded:  # 离开百度,创办了 Genspark,P本人出任 CEO: the company just founded
                before = just_founded[-1:]
            institutes = [c for c in before if re.search(r"(?:研究院|研究所|实验室|中心|Institute|Lab)$", c.text)]
            if institutes and re.search(r"(?:院长|所长|主任)$", m.group(0)):
                before = institutes[-1:]  # 设立小鹏欧洲AI研究院,由P出任院长: the head of the institute just named
            if before or topic is not None:
                self.add("LEADS", "leads:person-takes-title", slots[int(m.group(1))], (before or [topic])[0], sent)
        # 这家巴黎公司…:CEO P: a sentence that opens on a company it does not name goes on with the last one
        about_topic = topic is not None and (_same_paragraph(self.article, sent, topic)
                                             or re.match(rf"(?:这家|该)\s*{TIGHT}{{0,12}}?(?:公司|实验室|企业|机构)", t)
                                             or _refers_back(self.article, sent, topic, t))
        if company is not None and first.start() < 3:
            for m in TITLE_IS_PERSON.finditer(t):
                if _unit_fits(m.group(0), company) and not _unit_before(t, m.start()):
                    self.add("LEADS", "leads:title-is-person", slots[int(m.group(1))], company, sent)
        # MSL是…后成立的单位,由前Scale AI执行长P出任首席AI官 / 首席科学家一职,则由前Anthropic研究员P担任
        for m in HEADED_BY.finditer(t):
            title_first = m.group(1) is not None
            if title_first and re.search(r"[部组处系所室]\s*$", t[:m.start()]):
                continue  # AI计算部总经理一职由P接任: the head of a unit the text does not name
            subject = company is not None and first.start() < 3 and not re.match(r"(?:前|原)", t[first.start() - 1:first.start()])
            named = title_first and re.search(r"\{C(\d+)\}\s*(?:的)?\s*$", t[:m.start()])  # …后,澄川实验室主任一职由P代理
            led = slots[int(named.group(1))] if named else company if subject else topic if about_topic and title_first else None
            self.add("LEADS", "leads:headed-by", slots[int(m.group(2))], led, sent)
        # 甲骨文宣布高层交棒:长年担任执行长的P转任…: the title of the company the sentence names
        for m in re.finditer(rf"(?:担任|出任)\s*(?:了)?\s*{PRE_HEAD}{HEAD}\s*{TIGHT}{{0,6}}?的\s*{P}", t):
            before = _companies_before(t, slots, m.start())
            led = before[-1] if before else (topic if about_topic else None)
            self.add("LEADS", "leads:held-title-person", slots[int(m.group(1))], led, sent)
        # 由 Clay Magouyrk 与 Mike Sicilia 两人共同出任执行长
        for m in re.finditer(rf"由\s*{P}\s*(?:与|和|及|、)\s*{TIGHT}{{0,8}}?{P}\s*(?:两人|二人|兄弟|夫妇|两位)?\s*(?:共同|联合|一起|一同)\s*"
                             rf"(?:出任|担任|接任|接掌)\s*{PRE_HEAD}{HEAD}", t):
            before = _companies_before(t, slots, m.start())
            led = before[-1] if before else company or (topic if about_topic else None)
            for person in (m.group(1), m.group(2)):
                self.add("LEADS", "leads:pair-headed-by", slots[int(person)], led, sent)
        # 目前由财务长P代理执行长 / 实验室由副教授P署理主任: an acting head
        for m in re.finditer(rf"由\s*(?:\{{C\d+\}}\s*)?{TIGHT}{{0,10}}?{P}\s*(?:代理|暂代|署理|临时代理|代行)\s*(?:{TIGHT}{{0,4}}?{HEAD}|负责(?!人)|主持)", t):
            if re.search(r"(?:实验室|团队|部门|中心|研究院|研究所|事业部|事业群)\s*(?:目前|现在|现|则|暂)?\s*$", t[:m.start()]):
                continue  # 目前实验室由副教授P署理主任: the head of a unit the sentence does not name
            before = [slots[int(x.group(2))] for x in SLOT.finditer(t[:m.start()]) if x.group(1) == "C"]
            led = before[-1] if before else company or (topic if about_topic else None)
            self.add("LEADS", "leads:acting-head", slots[int(m.group(1))], led, sent)
        for m in re.finditer(rf"(?:两人|二人|三人|两位|三位)\s*(?:目前|现在|现|也|则|都|均)?\s*(?:同时)?\s*(?:分任|分别担任|分别出任|共同担任|担任|同为|均为|都是)\s*{PRE_HEAD}{HEAD}", t):
            heads = [slots[int(x.group(2))] for x in SLOT.finditer(t[:m.start()]) if x.group(1) == "P"]
            led = company or (topic if about_topic else None)
            for person in heads[-3:]:  # 公司由A和B联合创办,两人分任联合CEO
                self.add("LEADS", "leads:both-take-title", person, led, sent)
        if company is None and about_topic:
            # CEO P / 留下来的联合创始人兼CEO P / 董事长是阿联酋国家安全顾问P / 由共同创办人兼执行长P掌舵
            for m in re.finditer(rf"(?:^|[，,。；;]|由)\s*(?:\d+\.\s*|[-•]\s*)?(?:(?![他她我你它其此])[\u4e00-\u9fff]{{0,8}}?的\s*|(?:另一位|另一名|另外一位)\s*(?=(?:联合|联席)?\s*(?:CEO|首席执行官|执行长)|(?:联合)?创始人|创办人))?{PRE_HEAD}{HEAD}"
                                 rf"\s*(?:(?:则|也|仍)?\s*(?:是|为)\s*{TIGHT}{{0,12}}?)?{P}", t):
                if not _unit_fits(m.group(0), topic):
                    continue
                person = slots[int(m.group(1))]
                self.add("LEADS", "leads:title-then-person-of-topic", person, topic, sent)
                if re.search(r"(?:离职|辞职|出走|离开)[，,]?\s*(?:转投|加入|加盟)\s*\{C", t[m.end():]):
                    self.add("RECRUITED_FROM", "recruited:left-topic-company", person, topic, sent)

    def _roles_before_joining(self, sent, t, slots, subject, here: list[RelationCandidate]) -> None:
        """在此之前,他是 X 的联合创始人兼 CEO: roles held before the current job."""
        marker = PAST_MARKER.search(t)
        if not marker:
            return
        after = t[marker.end():]
        # the person whose past it is: named after the marker, or as the sentence's subject before it
        after_people = {slots[int(x.group(2))].alias_of for x in SLOT.finditer(t) if x.group(1) == "P"}
        after_companies = {id(slots[int(x.group(2))]) for x in SLOT.finditer(after) if x.group(1) == "C"}
        for cand in here:
            if id(cand.tail) not in after_companies:
                continue  # a role named before the marker is the current one
            if re.search(r"join|poached|acting|headed-by", cand.evidence.rule):
                continue  # the new job or the one held now, not a past one
            if cand.type in ("LEADS", "FOUNDED", "WORKS_AT") and cand.tail.type == "Company" \
                    and (cand.head.alias_of in after_people or cand.head is subject):
                self.past_roles.append((cand.head, cand.tail, sent))

    def _role_then_joins(self, sent, here: list[RelationCandidate]) -> None:
        """Windsurf 的 CEO Varun Mohan…最近就加入了 Google DeepMind: the post someone is named
        with, before the place they join, is where they came from."""
        for join in here:
            if join.type != "WORKS_AT" or not ("join" in join.evidence.rule or "poached" in join.evidence.rule):
                continue
            for role in here:
                if role.type in ("LEADS", "WORKS_AT") and role.head.alias_of == join.head.alias_of \
                        and not _same(role.tail, join.tail) and role.tail.start < join.tail.start \
                        and "join" not in role.evidence.rule and "poached" not in role.evidence.rule \
                        and not PAST_MARKER.search(self.folded, role.tail.end, join.tail.start):
                    # 它的创办人金成勋曾任教授,2017年加入Naver: the join is in the past, the post is now
                    self.add("RECRUITED_FROM", "recruited:role-then-joins", role.head, role.tail, sent)

    def finish(self, mentions: list[Mention]) -> list[RelationCandidate]:
        self.denied = False
        # past roles say where someone came from only when the text says it no other way:
        # they joined somewhere, or now lead a company they did not found
        explicit = {p for p, companies in self.recruited.items() if companies}
        past = {(p.alias_of, c.alias_of) for p, c, _ in self.past_roles}
        leads_now = {c.head.alias_of for c in self.found if c.type == "LEADS"
                     and (c.head.alias_of, c.tail.alias_of) not in past
                     and (c.head.alias_of, c.tail.alias_of) not in self.founded}
        for person, company, sent in self.past_roles:
            if (person.alias_of in self.joined or person.alias_of in leads_now) and person.alias_of not in explicit:
                self.add("RECRUITED_FROM", "recruited:role-before-joining", person, company, sent)
        founded_by = defaultdict(set)
        for p, c in self.founded:
            founded_by[p].add(c)
        for person, company, sent, titled in self.formers:
            moved = person.alias_of in self.moved and company.alias_of not in founded_by[person.alias_of]
            # 前GitHub技术长A与B共同执掌的Poolside: the title is A's alone
            heads_elsewhere = titled and any(c.type in ("LEADS", "WORKS_AT") and c.head.alias_of == person.alias_of
                                             and not _same(c.tail, company) and not re.search(r"former|once|served", c.evidence.rule)
                                             and c.evidence.start >= sent.start for c in self.found)
            if NOWHERE_YET.search(fold(sent.text)):
                continue  # 离开月之暗面,去向未知: what they joined, if anything, is not this move
            if (person.alias_of in self.joined or moved or heads_elsewhere) and person.alias_of not in explicit:
                self.add("RECRUITED_FROM", "recruited:former-staff-joined", person, company, sent)
        for first, colleague, sent in self.colleagues:
            for company in list(self.recruited.get(first.alias_of, [])):
                self.add("RECRUITED_FROM", "recruited:colleague-of", colleague, company, sent)
        self._founders_lead()
        self._our_builds(mentions)
        self._family_builds(mentions)
        return self.found

    def _founders_lead(self) -> None:
        """A founder leads what they founded (the guidelines count 创始人 as a head), unless the
        article says they left it."""
        pairs = {(c.type, c.head.alias_of, c.tail.alias_of) for c in self.found}
        left = {(p.alias_of, c.alias_of) for p, c, *_ in self.formers}  # 离开了启衡 / 前谷歌研究员
        by_start = {s.start: s for s in self.article.sentences}
        for c in [c for c in self.found if c.type == "FOUNDED"]:
            pair = (c.head.alias_of, c.tail.alias_of)
            if pair not in left and not {("LEADS", *pair), ("RECRUITED_FROM", *pair)} & pairs:
                self.add("LEADS", "leads:founder", c.head, c.tail, by_start[c.evidence.start], confidence=0.7)
                pairs.add(("LEADS", c.head.alias_of, c.tail.alias_of))

    def _our_builds(self, mentions: list[Mention]) -> None:
        """我们训了M in an interview: the company of the one who speaks (the person the article
        names most) that the article names most among those they lead."""
        if not self.ours:
            return
        people = Counter(m.alias_of for m in mentions if m.type == "Person")
        if not people:
            return
        speaker = people.most_common(1)[0][0]
        led = {c.tail.alias_of: c.tail for c in self.found
               if c.type in ("LEADS", "FOUNDED") and c.head.alias_of == speaker and c.tail.type == "Company"}
        named = Counter(m.alias_of for m in mentions if m.alias_of in led).most_common(2)
        if not named or len(named) == 2 and named[0][1] == named[1][1]:
            return  # two companies as often: whose "we" it is is a guess
        company = led[named[0][0]]
        for product, sent in self.ours:
            self.add("BUILDS", "builds:ours", company, product, sent)

    def _family_builds(self, mentions: list[Mention]) -> None:
        """A model no sentence gives a maker is made by the maker of its family (曜石-4 by 曜石智能,
        so 曜石-3.5 too) or by the company it is named after (星图-V by 星图)."""
        makers: dict[str, dict] = defaultdict(dict)
        has_maker = set()
        for c in self.found:
            if c.type == "BUILDS" and c.tail.type == "Model" and not re.search(r"carried|released|later|same-family", c.evidence.rule):
                makers[_family(c.tail.text)][c.head.alias_of] = c.head  # a guessed maker is not spread
                has_maker.add(c.tail.alias_of)
        companies = {fold(m.text).lower(): m for m in mentions if m.type == "Company"}
        for m in mentions:
            if m.type != "Model" or m.alias_of in has_maker:
                continue
            family = _family(m.text)
            named_after = companies.get(family.lower())
            builders = [named_after] if named_after else list(makers.get(family, {}).values())
            if len(family) < 2 or len(builders) != 1:  # two makers of one family: one of them is wrong
                continue
            has_maker.add(m.alias_of)
            for b in builders:
                self.add("BUILDS", "builds:same-family", b, m, self.article.sentences[m.sentence])


def extract_relations(article: Article, mentions: list[Mention], folded: str, model: RelationModel | None = None,
                      observe: Callable | None = None) -> list[RelationCandidate]:
    by_sentence: dict[int, list[Mention]] = {}
    for m in mentions:
        by_sentence.setdefault(m.sentence, []).append(m)
    reader = _Reader(article, folded, model=model, observe=observe)
    last_person = last_company = None
    # the person a run of paragraphs is about: named in the first of them, 他/她 in the rest
    # (转身的则是何以宁。\n\n她在…读完本科…马斯克…。\n\n今年2月,她离开xAI: 她 is 何以宁)
    topic_person, topic_open, carried_to, prev_end = None, True, -1, 0
    recent_people = deque(maxlen=3)  # the people of the last sentences that name two or more
    subject_person = None  # the person the sentence before opened with
    said_as = {}  # person -> 他 or 她, as a sentence opening with a pronoun called them
    for sent in article.sentences:
        ms = sorted(by_sentence.get(sent.index, []), key=lambda m: m.start)
        opening = article.text[sent.start:min((m.start for m in ms), default=sent.end)]
        if "\n\n" in article.text[prev_end:sent.start]:
            topic_open = not re.search(r"(?<![其])[他她](?![们們])", opening)
            if not topic_open and topic_person is not None:
                last_person = topic_person
                paragraph_end = article.text.find("\n\n", sent.start)
                carried_to = paragraph_end if paragraph_end >= 0 else len(article.text)
        prev_end = sent.end
        if last_person is not None and not _same_paragraph(article, sent, last_person) and sent.start > carried_to:
            last_person = None  # a new paragraph starts a new topic
        pronoun = re.match(r"\s*([他她])(?![们們])", opening)
        if subject_person is not None and last_person is not None and pronoun and _same_paragraph(article, sent, subject_person) \
                and said_as.get(subject_person.alias_of, pronoun.group(1)) == pronoun.group(1):
            last_person = subject_person  # P则跟随Q出走。他在加入…之前: 他 is the one the sentence before was about
        recent = {kind: m for kind, m in reader.last_named.items() if _lately(article, m, sent)}
        st = _template(folded, sent, ms, last_person, last_company, recent)
        if pronoun and st.template.lstrip().startswith("{P0}") and st.slots[0].type == "Person":
            said_as[st.slots[0].alias_of] = pronoun.group(1)  # 他 or 她: who the text calls so
        named = list({s.alias_of: s for s in st.slots if s.type == "Person"}.values())
        group = GROUP.search(st.template)
        members = _group(group, st, recent_people) if group else []
        for member in members:  # the sentence read once for each of them
            reader.sentence(sent, st.template[:group.start(1)] + "{P%d}" % len(st.slots) + st.template[group.end():],
                            st.slots + [member], last_person, last_company)
        if st.slots and not members:
            reader.sentence(sent, st.template, st.slots, last_person, last_company)
        if len(named) > 1:
            recent_people.append(named)
        for s in ms:
            if s.type in ("Cluster", "Model"):
                reader.last_named[s.type] = s
        first = SLOT.search(st.template)
        subject_person = st.slots[int(first.group(2))] if first and first.group(1) == "P" and OPENS_WITH_TIME.fullmatch(st.template[:first.start()]) \
            and not re.match(r"\s*[:：]", st.template[first.end():]) else None  # 韩叙:…: who speaks, not whom it is about
        for s in st.slots:
            if s.type == "Person":
                last_person = s
                if topic_open:
                    topic_person, topic_open = s, False
        # 该公司 refers to the company a sentence was about, not one someone left or worked for
        based = [b.span() for b in re.finditer(r"以[^。！？；;，,]{0,40}?为\s*(?:基础|基底|基座|底座|底模)", st.template)]
        for x in SLOT.finditer(st.template):
            if any(s <= x.start() < e for s, e in based):
                continue  # 以 Mistral AI 的 Mistral Small 为基底: what it was built on, not who built it
            if x.group(1) == "C" and not re.search(r"(?:从|自|离开|离职|离|为|给|与|和|对|向|被|在|由|据|加入|加盟|转投|挖|接近|超过|超越|媲美|对标|只有|不如|击败|比|曾是|曾任|原是|前)\s*$",
                                                    st.template[max(0, x.start() - 3):x.start()]) \
                    and not re.match(r"\s*(?:领投|参投|跟投|等机构|等投资)", st.template[x.end():]):
                last_company = st.slots[int(x.group(2))]
    for kind, rule, head, tail, sent in table_facts(article, mentions):
        reader.add(kind, rule, head, tail, sent)
    return reader.finish(mentions)


def _based_on(after_verb: str) -> bool:
    """以C与D合作开发的 M 为基础的 N: what was built is M alone; N is built on it by someone else."""
    return bool(re.match(r"\s*(?:了)?\s*的\s*\{[MK]\d+\}\s*(?:模型)?\s*(?:为|作为)\s*(?:基础|基座|底座|底模)", after_verb))


def _group(m: re.Match, st: _Sent, recent) -> list[Mention]:
    """Who 三人 is: the three people named earlier in the sentence, or else the people of the
    latest of the last sentences naming two or more that names exactly three."""
    size = GROUP_SIZE[m.group(1)]
    before = list({x.alias_of: x for x in (st.slots[int(x.group(2))] for x in SLOT.finditer(st.template, 0, m.start())
                                            if x.group(1) == "P")}.values())
    if before:
        return before if len(before) == size else []
    return next((people for people in reversed(recent) if len(people) == size), [])


def _subject_company(t: str, slots: list[Mention]) -> Mention | None:
    """The company a sentence is about: its first company, unless that one only says where
    someone works or worked (前輝達工程師林柏廷創辦的新創擎宇智能…)."""
    first = SLOT.search(t)
    led = re.match(rf"\s*{P}\s*(?:领导|执掌|掌舵|创办|创立)?的\s*{C}", t[first.start():]) if first else None
    if led:
        return slots[int(led.group(2))]  # 梁文锋领导的 DeepSeek …发布了 V3.2; 马斯克的xAI…建起了Colossus
    if first is None or first.group(1) != "C":
        return None
    companies = [x for x in SLOT.finditer(t) if x.group(1) == "C" and not _told_by(t, x)]
    if not companies:
        return None  # 据36氪了解 / 机器之心: who tells it, not who built it
    for x in companies:
        if not (re.search(r"(?:前|原)\s*$", t[:x.start()]) or re.match(rf"\s*(?:的)?\s*{TIGHT}{{0,8}}?(?:{STAFF}|{HEAD})", t[x.end():])):
            return slots[int(x.group(2))]
    return slots[int(first.group(2))]


SOURCE_AFTER = re.compile(r"\s*》?\s*(?:了解到|了解|获悉|报道|报导|援引|采访|专访|独家)")


def _told_by(t: str, x: re.Match) -> bool:
    """The company slot x is who tells the news: 据36氪了解, 告诉《晚点》, 机器之心: (an interviewer)."""
    return bool(SOURCE_AFTER.match(t, x.end()) or re.search(r"(?:告诉|据)\s*《\s*$|告诉\s*$", t[:x.start()])
                or (x.start() < 2 and re.match(r"\s*[:：]", t[x.end():])))


UNIT_WORDS = ("中心", "实验室", "研究院", "研究所", "事业部", "事业群", "部门", "团队", "基金", "学院")
UNIT_NAME_END = re.compile(rf"(?:{_alt(UNIT_WORDS)}|部|组|Lab|Team)$")


def _companies_before(t: str, slots: list[Mention], end: int) -> list[Mention]:
    """The companies the template names before end, leaving out someone's former one (前/原C)."""
    return [slots[int(x.group(2))] for x in SLOT.finditer(t, 0, end) if x.group(1) == "C"
            and not re.search(r"(?:前|原)\s*$", t[:x.start()]) and not OTHERS_POST.match(t, x.end())]


# 这家获得OpenAI投资的公司: the investor is not the company the sentence is about
INVESTED_IN = re.compile(r"\s*(?:的)?\s*(?:投资|注资|领投|参投|孵化|战略投资)")
# 它由百度创始人兼CEO李彦宏与刘维共同发起: a company named with someone else's post is theirs
OTHERS_POST = re.compile(rf"\s*(?:的)?\s*{PRE_HEAD}{HEAD}\s*\{{P\d+\}}\s*(?:与|和|及|、)")


def _unit_before(t: str, pos: int) -> bool:
    """Meta 有一个评测核心组,负责人是P: the clause before names a unit, whose head this is."""
    return bool(re.search(r"(?:有一个|有个|旗下|下设|下属|内部)[^,，。]*?(?:组|团队|部门|实验室|中心|事业部)[」”』\"]?\s*[,，]?\s*$", t[:pos]))


def _unit_fits(title: str, company: Mention) -> bool:
    """实验室主任 heads a lab, 研究所所长 an institute: a title naming a kind of unit fits only a company of that kind."""
    kinds = [w for w in UNIT_WORDS if w in title]
    return not kinds or any(w in fold(company.text) or w in company.alias_of for w in kinds)


def _family(name: str) -> str:
    """A model's family: its first word, before any version (曜石 of 曜石-4-Flash, Qwen of Qwen3)."""
    return re.match(r"[A-Za-z]+|[^\s\-\dA-Za-z]*", name).group(0)


def _same(a: Mention, b: Mention) -> bool:
    """Two mentions of one entity: one form, or two forms of one gazetteer entry (智源, 智源研究院)."""
    return a.alias_of == b.alias_of or (a.canonical is not None and a.canonical == b.canonical)


def _refers_back(article: Article, sent, topic: Mention, t: str) -> bool:
    """A paragraph about the company the last one named: 要知道,这家公司成立才 9 个月。创始人兼 CEO P…
    / 澄域的创始团队是…。\n\n联合创始人兼 CTO P来自 OpenAI."""
    para_start = article.text.rfind("\n\n", 0, sent.start)
    opening = fold(article.text[para_start + 2:sent.start]) if para_start >= 0 else ""
    if re.search(r"(?:这家|该)\s*[\u4e00-\u9fffA-Za-z0-9 ]{0,12}?(?:公司|实验室|企业|机构|新创|团队)", opening):
        return _lately(article, topic, sent)
    founder_first = re.match(r"\s*(?:另一位|另一名|另外一位)?\s*(?:联合)?(?:创始人|创办人)", t)
    return bool(founder_first) and not opening.strip() and article.text.count("\n\n", topic.end, sent.start) == 1


def _lately(article: Article, mention: Mention, sent) -> bool:
    """Named in the sentence's paragraph or the one before."""
    return article.text.count("\n\n", mention.end, sent.start) <= 1


def _same_paragraph(article: Article, sent, person: Mention) -> bool:
    between = article.text[person.end:sent.start]
    return "\n\n" not in between and between.count("\n") <= 1


def _clauses(t: str):
    start = 0
    for m in CLAUSE_END.finditer(t):
        yield start, t[start:m.start()]
        start = m.end()
    yield start, t[start:]

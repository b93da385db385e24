"""Facts read from the tables news puts in plain text, one row a line, cells split by "|":

    时间|姓名|原任职|新去向|新职务
    2026.01|沈砚舟|DeepSeek 后训练研究员|栖云智能|创始人兼CEO

    模型|发布方|发布时间|主要训练集群|集群归属
    Delta-2|衡川智能|3月|北冥一号|租用北冥算力

The header names what each column holds; a row then says who moved from where, who leads
what, who releases a model and who built the cluster it ran on.

Lists of moves, one person a line, each post before an arrow left for the one after it:

    · 尹恩惠：Anthropic → Upstage(首席科学家)
    ．蕭允嘉：緯穎技術長 → 鴻海雲端網路產品事業群副總經理
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from ..normalize import fold
from ..types import Article, Mention, Sentence

# column roles, by the words their header uses
COLUMNS = {
    "person": ("姓名", "人物", "人名"),
    "from": ("原任职", "原公司", "原东家", "原单位", "原职位", "原岗位", "原雇主", "来自"),
    "to": ("新去向", "去向", "新东家", "新公司", "新单位", "现任职", "加入"),
    "post": ("新职务", "新职位", "新岗位", "新角色", "职务", "职位"),
    "model": ("模型",),
    "maker": ("发布方", "厂商", "开发方", "开发者", "研发方", "公司", "机构"),
    "cluster": ("训练集群", "集群", "训练算力", "算力"),
    "owner": ("集群归属", "归属", "运营方", "建设方", "所有方"),
}
UNKNOWN = re.compile(r"^\s*(?:未公开|未披露|不详|未知|待定|[—\-–/]+)?\s*$")
# a post that runs the company, not a function in it (评测负责人, 技术副总裁)
TOP_POST = re.compile(r"\s*(?:联合|共同)?(?:创始人|创办人)(?:\s*(?:兼|暨)\s*\S{1,6})?\s*"
                      r"|\s*(?:代理|临时|联席)?\s*(?:CEO|首席执行官|执行长|总裁|董事长|首席科学家)\s*")


def _roles(header: list[str]) -> dict[str, int]:
    roles: dict[str, int] = {}
    for i, cell in enumerate(header):
        for role, words in COLUMNS.items():
            if role not in roles and any(w in cell for w in words):
                roles[role] = i
                break
    return roles


def _rows(article: Article) -> Iterator[tuple[dict[str, int], list[tuple[int, int]]]]:
    """(column roles, cell spans) for every row under a header that names its columns."""
    roles: dict[str, int] = {}
    width = 0
    pos = 0
    for line in article.text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        if line.count("|") < 2:
            roles, width = {}, 0
            continue
        spans, cell_start = [], start
        for cell in line.split("|"):
            spans.append((cell_start, cell_start + len(cell)))
            cell_start += len(cell) + 1
        cells = line.split("|")
        found = _roles(cells)
        if len(found) >= 2 and ("person" in found or "model" in found):
            roles, width = found, len(cells)  # a header
        elif roles and len(cells) == width:
            yield roles, spans


def table_facts(article: Article, mentions: list[Mention]) -> Iterator[tuple[str, str, Mention, Mention, Sentence]]:
    """(relation type, rule, head, tail, sentence) for every fact a table row states."""
    for roles, spans in _rows(article):
        row_start = spans[0][0]
        sent = next((s for s in article.sentences if s.start <= row_start < s.end), None)
        if sent is None:
            continue

        def cell(role: str, etype: str) -> list[Mention]:
            if role not in roles:
                return []
            a, b = spans[roles[role]]
            return [m for m in mentions if a <= m.start < b and m.type == etype]

        def text(role: str) -> str:
            return article.text[slice(*spans[roles[role]])] if role in roles else ""

        people = cell("person", "Person")
        if people:
            person = people[0]
            came_from, went_to = cell("from", "Company"), cell("to", "Company")
            moved = went_to or ("to" in roles and not UNKNOWN.match(text("to")))
            if came_from and moved and not any(c.alias_of == came_from[0].alias_of for c in went_to):
                yield "RECRUITED_FROM", "recruited:table-row", person, came_from[0], sent
            if came_from and TOP_POST.fullmatch(article.text[came_from[-1].end:spans[roles["from"]][1]]):
                yield "LEADS", "leads:table-row-former-post", person, came_from[-1], sent  # 澜序科技 创始人兼CEO
            if went_to and TOP_POST.fullmatch(text("post")):
                yield "LEADS", "leads:table-row-post", person, went_to[0], sent
        models = cell("model", "Model")
        if models:
            for maker in cell("maker", "Company")[:1]:
                yield "BUILDS", "builds:table-row", maker, models[0], sent
            if "自建" in text("owner") and "租" not in text("owner"):
                for owner in cell("owner", "Company")[:1]:
                    for cluster in cell("cluster", "Cluster"):
                        yield "BUILDS", "builds:table-row-owner", owner, cluster, sent


HEARSAY = re.compile(r"传|否认|未证实|未经证实|去向|未公开|未披露|不详|未知")
ARROW = re.compile(r"\s*(?:→|->|⟶|=>)\s*")
# the post a line gives someone at a company, right after its name: not a deputy's, not a unit's head
LINE_TOP_POST = re.compile(r"^\s*[(（]?\s*(?:(?:联合|共同)?(?:创始人|创办人)|(?:代理|临时|联席)?(?:CEO|首席执行官|执行长|总裁|董事长|首席科学家))")


def move_lines(article: Article, mentions: list[Mention]) -> Iterator[tuple[str, str, Mention, Mention, Sentence]]:
    """(relation type, rule, head, tail, sentence) for every line of a list of moves."""
    pos = 0
    for line in article.text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        colon = re.search(r"[：:]", line)
        if colon is None or not ARROW.search(line, colon.end()):
            continue
        named = [m for m in mentions if start <= m.start < start + colon.start()]
        if not named or named[0].type != "Person" or any(m.type != "Person" for m in named):
            continue
        person = named[0]
        sent = next((s for s in article.sentences if s.start <= start + colon.end() < s.end), None)
        cuts = [start + colon.end()] + [start + a.end() for a in ARROW.finditer(line, colon.end())] + [start + len(line)]
        posts = []
        for a, b in zip(cuts, cuts[1:]):
            firm = next((m for m in mentions if a <= m.start < b and m.type == "Company"), None)
            text = fold(article.text[a:b]).strip(" ，,；;。")
            if HEARSAY.search(text) or UNKNOWN.match(text) or (firm is None and len(text) <= 6 and re.search(r"(?:经理|长|官|裁|CEO|CTO|负责人|总监|主任|主管)$", text)):
                firm = False  # 传加盟OpenAI,本人否认 / 代理总经理 → 总经理: no move the line vouches for
            posts.append(firm)
            if firm and sent is not None and LINE_TOP_POST.match(fold(article.text[firm.end:b])):
                yield "LEADS", "leads:move-line-post", person, firm, sent
        if sent is None:
            continue
        for firm, after in zip(posts, posts[1:]):
            # a post with no company (总统室) is still a move; one the line doubts is not
            if firm and after is not False and (after is None or after.alias_of != firm.alias_of):
                yield "RECRUITED_FROM", "recruited:move-line", person, firm, sent

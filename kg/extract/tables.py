"""Facts read from the tables news puts in plain text, one row a line, cells split by "|":

    时间|姓名|原任职|新去向|新职务
    2026.01|沈砚舟|DeepSeek 后训练研究员|栖云智能|创始人兼CEO

    模型|发布方|发布时间|主要训练集群|集群归属
    Delta-2|衡川智能|3月|北冥一号|租用北冥算力

The header names what each column holds; a row then says who moved from where, who leads
what, who releases a model and who built the cluster it ran on.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

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
FOUNDER_POST = r"(?:联合|共同)?(?:创始人|创办人)"
RUNNING_POST = r"(?:代理|临时|联席)?\s*(?:CEO|首席执行官|执行长|总裁|董事长|首席科学家)"
TOP_POST = re.compile(rf"\s*{FOUNDER_POST}(?:\s*(?:兼|暨)\s*\S{{1,6}})?\s*|\s*{RUNNING_POST}\s*")


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

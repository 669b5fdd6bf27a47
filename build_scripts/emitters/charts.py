"""Static pictures (drawn by templates/_charts.md.j2): coordinates and labels decided here."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable

from ..knowledge import Knowledge
from ..localise import Localiser
from ..paths import PagePath
from ..registry import Entity


def coverage_chart(counts: dict[str, int], local: Localiser) -> dict | None:
    """Bars of articles per month between the first and the last dated article; `counts` by ISO month
    (2024-07), the labels in the site language."""
    if not counts:
        return None
    counts = Counter(counts)  # months without articles count 0
    first, last = min(counts), max(counts)
    months, year, month = [], int(first[:4]), int(first[5:7])
    while f"{year:04d}-{month:02d}" <= last:
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    width, height, top = 640, 160, max(counts.values())
    step = width / len(months)
    bars = []
    for i, m in enumerate(months):
        bar_height = round(counts[m] / top * (height - 30), 1)
        bars.append(
            {
                "x": round(i * step + step * 0.1, 1),
                "width": round(step * 0.8, 1),
                "height": bar_height,
                "label": local.short_month(m),
                "count": counts[m],
                "y": round(height - 20 - bar_height, 1),
            }
        )
    return {
        "width": width,
        "height": height,
        "bars": bars,
        "first": local.month(first),
        "last": local.month(last),
        "label_every": max(1, math.ceil(len(months) / 8)),
    }


def comention_graph(knowledge: Knowledge, name: Callable[[Entity], str], origin: PagePath) -> dict | None:
    """The most covered companies on a circle, lines between companies named in the same article."""
    companies = [f.entity for f in knowledge.of_kind("company")[:14]]
    if len(companies) < 2:
        return None
    size, radius = 520, 190
    position = {}
    nodes = []
    for i, entity in enumerate(companies):
        angle = 2 * math.pi * i / len(companies) - math.pi / 2
        x, y = round(size / 2 + radius * math.cos(angle), 1), round(size / 2 + radius * math.sin(angle), 1)
        position[entity.id] = (x, y)
        nodes.append(
            {
                "x": x,
                "y": y,
                "name": name(entity),
                "url": PagePath.of_entity(entity).url_from(origin),
                "anchor": "start" if x > size / 2 + 1 else "end" if x < size / 2 - 1 else "middle",
                "count": len(knowledge.facts[entity.id].articles),
            }
        )
    return {"size": size, "nodes": nodes, "edges": _edges(knowledge, companies, position)}


def _edges(knowledge: Knowledge, companies: list[Entity], position: dict[str, tuple[float, float]]) -> list[dict]:
    facts = knowledge.facts
    shared = [
        (min(a.id, b.id), max(a.id, b.id), facts[a.id].shared_articles(facts[b.id]))
        for i, a in enumerate(companies)
        for b in companies[i + 1 :]
    ]
    return [
        {
            "x1": position[a][0],
            "y1": position[a][1],
            "x2": position[b][0],
            "y2": position[b][1],
            "width": min(1 + n, 8),
            "count": n,
        }
        for a, b, n in sorted(shared)
        if n
    ]

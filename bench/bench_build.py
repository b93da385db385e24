"""How fast `kg build` reads, extracts and resolves: seconds per stage and characters per second.

usage: python bench/bench_build.py [--copies N]

The seed articles are copied N times (each copy made distinct by a numbered first line, so
none is dropped as a duplicate) into a temporary folder, then built in memory twice: with
the LAC tagger (when the `lac` extra is installed) and without it, side by side in one run.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from kg.extract import tagger
from kg.pipeline import extract_graph

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def make_corpus(copies: int, into: Path) -> int:
    chars = 0
    for i in range(copies):
        for f in sorted(SEEDS.glob("*.txt")):
            text = f"copy {i}\n" + f.read_text(encoding="utf-8")
            (into / f"{i:03d}_{f.name}").write_text(text, encoding="utf-8")
            chars += len(text)
    return chars


def run(folder: Path, chars: int, label: str) -> float:
    t0 = time.perf_counter()
    result = extract_graph([folder])
    total = time.perf_counter() - t0
    stages = "  ".join(f"{k} {v:.2f}s" for k, v in result.stage_seconds.items())
    print(f"{label:14s} {total:6.2f}s  {chars / total / 1000:7.1f}k chars/s  ({stages}; "
          f"{len(result.graph.entities)} nodes, {len(result.graph.relations)} edges)")
    return total


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--copies", type=int, default=10)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        chars = make_corpus(args.copies, folder)
        print(f"{args.copies * 5} articles, {chars:,} characters")
        with_lac = run(folder, chars, "with LAC") if tagger.available() else None
        tagger._lac.cache_clear()
        real = tagger._lac
        tagger._lac = lambda: None  # the same build without the tagger
        try:
            without = run(folder, chars, "rules only")
        finally:
            tagger._lac = real
        if with_lac:
            print(f"LAC costs {with_lac / without:.2f}x the time of the rules alone")
    return 0


if __name__ == "__main__":
    sys.exit(main())

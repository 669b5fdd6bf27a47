"""The `bench` command's arguments. Only the standard library here: the command line builds its parser on
every call, and the benchmark itself (cli.py) is imported only when `bench` runs."""

from __future__ import annotations

import argparse
from pathlib import Path


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--articles", type=int, required=True, help="number of synthetic articles")
    parser.add_argument(
        "--languages", help="comma-separated languages of the articles (default: the site's, from mkdocs.yml)"
    )
    parser.add_argument("--out", type=Path, help="also write the measurements as JSON to this file")
    parser.add_argument("--seed", type=int, default=1, help="seed of the corpus (default: 1)")
    parser.add_argument(
        "--workdir",
        type=Path,
        help="keep corpus, cache, docs and site in this folder (default: a temporary folder, removed)",
    )
    parser.add_argument("--no-site", action="store_true", help="measure the convert stages only")
    parser.add_argument("--no-strict", action="store_true", help="build the site without --strict")
    parser.add_argument(
        "--no-clean-build",
        action="store_true",
        help="skip the clean build of the final docs/ that the incremental site is compared with",
    )
    parser.add_argument(
        "--no-browser",
        action="store_true",
        help="estimate the first search query's bytes from the files instead of measuring them in chromium",
    )
    parser.add_argument(
        "--profile", type=Path, metavar="DIR", help="cProfile each convert step (in one process) into DIR"
    )

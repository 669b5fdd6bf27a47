"""`python -m build_scripts bench`: checks the arguments (arguments.py), runs the benchmark, prints the table,
and writes the JSON and the profiles' text when asked."""

from __future__ import annotations

import argparse
import io
import json
import pstats
import sys
from pathlib import Path

from ..site import site_languages
from .report import format_table
from .run import run_bench
from .vocabulary import CORPUS_LANGUAGES

EXIT_OK, EXIT_USAGE = 0, 2


def main(args: argparse.Namespace) -> int:
    if args.languages is None:
        languages = site_languages()[1]
    else:
        languages = [language.strip() for language in args.languages.split(",") if language.strip()]
    unknown = [language for language in languages if language not in CORPUS_LANGUAGES]
    if args.articles < 1 or not languages or unknown:
        print(
            f"error: --articles must be at least 1 and --languages a list of {', '.join(CORPUS_LANGUAGES)}",
            file=sys.stderr,
        )
        return EXIT_USAGE
    try:
        result = run_bench(
            args.articles,
            languages,
            seed=args.seed,
            workdir=args.workdir,
            site=not args.no_site,
            strict=not args.no_strict,
            browser=not args.no_browser,
            compare=not args.no_clean_build,
            profile_dir=args.profile,
            log=lambda message: print(message, file=sys.stderr),
        )
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(format_table(result))
    if args.profile:
        _write_profile_texts(args.profile)
    return EXIT_OK


def _write_profile_texts(profile_dir: Path) -> None:
    """Beside each cProfile file, its 30 most expensive calls by cumulative time as text."""
    for profile in sorted(profile_dir.glob("*.prof")):
        text = io.StringIO()
        pstats.Stats(str(profile), stream=text).sort_stats("cumulative").print_stats(30)
        profile.with_suffix(".txt").write_text(text.getvalue(), encoding="utf-8")

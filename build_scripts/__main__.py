"""Command line: python -m build_scripts {convert,build,check,serve} [--seeds DIR] [--docs DIR];
python -m build_scripts bench --articles N (build_scripts/bench/);
python -m build_scripts eval [--corpus DIR] (build_scripts/evaluate.py);
python -m build_scripts eval-stories --pairs FILE (build_scripts/story_eval.py).

Exit status: 0 when every source converted, 1 when any source failed (the others are still written) or a
file could not be written, 2 for usage errors and invalid data files.
"""

from __future__ import annotations

import argparse
import signal
import sqlite3
import sys
import time
from pathlib import Path

from .datafile import DataFileError
from .models import Report
from .pipeline import convert

EXIT_OK, EXIT_FAILED_SOURCES, EXIT_USAGE = 0, 1, 2
LISTED_WRITE_ERRORS = 20  # a full disk fails every file after it: the first ones say enough


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m build_scripts", description="AI Industry Atlas site generator")
    commands = parser.add_subparsers(dest="command", required=True)
    for name, help_text in (
        ("convert", "convert sources to Markdown pages and catalog.json"),
        ("build", "convert, then build the site with MkDocs (strict)"),
        ("check", "validate sources and data files; write nothing"),
        ("serve", "build, then preview the site; rebuild what changed when seeds/, data/ or docs/ change"),
    ):
        command = commands.add_parser(name, help=help_text)
        command.add_argument(
            "--seeds", type=Path, default=Path("seeds"), help="folder of source articles (default: seeds/)"
        )
        command.add_argument("--docs", type=Path, default=Path("docs"), help="output folder for pages (default: docs/)")
        command.add_argument(
            "--cache", type=Path, default=Path(".cache/articles"), help="per-article cache (default: .cache/articles)"
        )
        command.add_argument("--no-cache", action="store_true", help="reprocess every source")
        command.add_argument("--quiet", action="store_true", help="print errors only")
        if name == "build":
            command.add_argument(
                "--site", type=Path, default=Path("site"), help="output folder of the site (default: site/)"
            )
        if name == "serve":
            command.add_argument(
                "--dev-addr", default="127.0.0.1:8000", help="address to serve on (default: 127.0.0.1:8000)"
            )
            command.add_argument(
                "--site", type=Path, default=Path("site"), help="folder the preview builds the site in (default: site/)"
            )
    from .bench.arguments import add_arguments  # the standard library only: the benchmark is imported by `bench`

    add_arguments(
        commands.add_parser("bench", help="generate a synthetic corpus of N articles and measure every stage")
    )
    from .evaluate import add_arguments as add_eval_arguments

    add_eval_arguments(commands.add_parser("eval", help="score the cleaner and metadata on labelled real pages"))
    from .story_eval import add_arguments as add_story_arguments

    add_story_arguments(commands.add_parser("eval-stories", help="score story clusters on labelled pairs of articles"))
    return parser


def _progress():
    """A progress bar on a terminal; nothing when output goes to a file or CI log."""
    if not sys.stderr.isatty():
        return None, lambda: None
    from tqdm import tqdm

    bar = tqdm(total=0, unit="article", file=sys.stderr, leave=False)

    def update(done: int, total: int) -> None:
        bar.total = total
        bar.n = done
        bar.refresh()

    return update, bar.close


def _summary(report: Report, seconds: float, wrote: bool) -> str:
    errors = len(report.failures) + len(report.write_errors)
    lines = [
        f"{report.article_count} articles, {errors} errors, {len(report.warnings)} warnings "
        f"({report.converted} processed, {report.cached} unchanged from cache) in {seconds:.1f} s",
    ]
    if wrote:
        lines.append(f"{len(report.written)} files written, {len(report.removed)} stale pages removed")
    lines += [f"warning: {w}" for w in report.warnings]
    lines += [f"error: {f.source}: {f.error}" for f in report.failures]
    lines += [f"error: {error}" for error in report.write_errors[:LISTED_WRITE_ERRORS]]
    if len(report.write_errors) > LISTED_WRITE_ERRORS:
        lines.append(f"error: ... and {len(report.write_errors) - LISTED_WRITE_ERRORS} more files could not be written")
    return "\n".join(lines)


def _suggestions(report: Report) -> str:
    from .registry import load_registry
    from .suggest import unknown_names

    names = unknown_names([report.article(a) for a in report.articles], load_registry())
    if not names:
        return "\nregistry: valid; every frequent name in the articles is known"
    listed = ", ".join(f"{name} ({count})" for name, count in names)
    return f"\nregistry: valid; frequent names it does not know yet: {listed}"


def _exit_on_signal(signum, _frame) -> None:
    """SIGTERM, SIGHUP and Ctrl-C end the build through every `finally`, so temporary files and folders go
    and child processes are stopped, with the shell's status for a signal and no traceback (SIGKILL cannot
    be caught: the next build cleans up)."""
    raise SystemExit(128 + signum)


def _describe(exc: Exception) -> str:
    if isinstance(exc, OSError) and exc.filename:
        return f"{exc.filename}: {exc.strerror or exc}"
    return f"{type(exc).__name__}: {exc}"


def main(argv: list[str] | None = None) -> int:
    signals = (signal.SIGTERM, signal.SIGHUP, signal.SIGINT)
    previous = {signum: signal.signal(signum, _exit_on_signal) for signum in signals}
    try:
        return _run(argv)
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


def _run(argv: list[str] | None) -> int:
    try:
        args = _parser().parse_args(argv)
    except SystemExit as exc:
        return EXIT_USAGE if exc.code else EXIT_OK
    if args.command == "bench":
        from .bench.cli import main as bench

        return bench(args)
    if args.command == "eval":
        from .evaluate import main as evaluate

        return evaluate(args)
    if args.command == "eval-stories":
        from .story_eval import main as evaluate_stories

        return evaluate_stories(args)
    if not args.seeds.is_dir():
        print(f"error: seeds folder {args.seeds} does not exist", file=sys.stderr)
        return EXIT_USAGE
    if args.command == "serve":
        return _serve(args)
    return _convert_then(args)


def _convert_then(args) -> int:
    """convert, check and build: convert the seeds (check writes nothing), print the summary, then build the
    site."""
    write = args.command != "check"
    update, close = _progress() if not args.quiet else (None, lambda: None)
    started = time.perf_counter()
    try:
        report = convert(args.seeds, args.docs, None if args.no_cache else args.cache, write=write, progress=update)
    except DataFileError as exc:
        close()
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except (OSError, sqlite3.Error) as exc:  # e.g. a full disk under the article cache
        close()
        print(f"error: {_describe(exc)}; the build stopped there", file=sys.stderr)
        return EXIT_FAILED_SOURCES
    close()
    status = _print_summary(args, report, time.perf_counter() - started, write)
    if args.command == "build" and report.write_errors:
        print(f"error: site not built: {args.docs}/ is incomplete; {args.site}/ is unchanged", file=sys.stderr)
        return status
    if args.command == "build":
        return _build_site(args) or status
    return status


def _print_summary(args, report: Report, seconds: float, wrote: bool) -> int:
    """Prints what convert did (only the errors with --quiet; on stderr when anything failed); the exit status."""
    summary = _summary(report, seconds, wrote)
    if args.command == "check":
        summary += _suggestions(report)
    if args.quiet:
        summary = "\n".join(line for line in summary.splitlines() if line.startswith("error:"))
    failed = bool(report.failures or report.write_errors)
    if summary:
        print(summary, file=sys.stderr if failed else sys.stdout)
    return EXIT_FAILED_SOURCES if failed else EXIT_OK


def _build_site(args) -> int:
    from .site import SiteBuildError, build_site

    started = time.perf_counter()
    try:
        build_site(args.docs, args.site)
    except SiteBuildError as exc:
        print(f"error: site build failed: {exc}\n{args.site}/ is unchanged", file=sys.stderr)
        return EXIT_FAILED_SOURCES
    except OSError as exc:
        print(f"error: site build failed: {_describe(exc)}\n{args.site}/ is unchanged", file=sys.stderr)
        return EXIT_FAILED_SOURCES
    if not args.quiet:
        print(f"site built in {time.perf_counter() - started:.1f} s: {args.site}/")
    return EXIT_OK


def _serve(args) -> int:
    from .preview import serve
    from .settings import DATA_DIR

    serve(
        args.seeds,
        args.docs,
        None if args.no_cache else args.cache,
        args.site,
        args.dev_addr,
        watch=[DATA_DIR],
        log=lambda message: print(message, flush=True),
    )
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())

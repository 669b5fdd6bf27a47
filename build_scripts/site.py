"""The published site: runs the real MkDocs build (mkdocs.yml at the repository root) on a docs folder the
pipeline has written, and previews it locally.

The site layer itself is configuration (mkdocs.yml), templates (overrides/) and one MkDocs hook
(hooks/site.py); this module is what the command line calls. It also owns the one piece of site input that
comes from the data files: the jieba user dictionary that keeps the registry's Chinese entity names single
search terms. The hook writes it before every MkDocs build too, so a bare `mkdocs build` works as well.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from .registry import REGISTRY_DIR, load_registry
from .write import write_if_changed

REPO_ROOT = Path(__file__).resolve().parent.parent
MKDOCS_CONFIG = REPO_ROOT / "mkdocs.yml"
JIEBA_USERDICT = REPO_ROOT / ".cache" / "site" / "jieba_userdict.txt"  # git-ignored; named in mkdocs.yml

# Runs of Han characters: what Material's search hands to jieba (it segments \p{Script=Han}+ only).
_HAN_RUN = re.compile(r"[\u3005\u3007\u3021-\u3029\u3038-\u303b\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]{2,}")


class SiteBuildError(Exception):
    """MkDocs failed, or warned in strict mode. `output` holds everything MkDocs printed."""

    def __init__(self, message: str, output: str) -> None:
        super().__init__(f"{message}\n{output}".rstrip())
        self.output = output


def jieba_words(registry_dir: Path = REGISTRY_DIR) -> list[str]:
    """Chinese words for jieba's dictionary: the Han runs of the Chinese names and aliases of companies and
    people, and of the Chinese theme names (at least two characters; sorted, without duplicates)."""
    if not registry_dir.is_dir():
        return []
    registry = load_registry(registry_dir)
    terms: list[str] = []
    for entity in registry.entities:
        terms.append(entity.names["zh"])
        if entity.kind != "theme":
            terms += entity.aliases
    return sorted({run for term in terms for run in _HAN_RUN.findall(term)})


def write_jieba_userdict(path: Path = JIEBA_USERDICT, registry_dir: Path = REGISTRY_DIR) -> bool:
    """Writes the jieba user dictionary (one word a line; jieba picks each frequency so that the word is
    never split). Returns whether the file changed."""
    words = jieba_words(registry_dir)
    return write_if_changed(path, "".join(f"{word}\n" for word in words))


def _environment(docs_dir: Path | None, site_dir: Path | None, site_url: str | None) -> dict[str, str]:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", PYTHONUNBUFFERED="1")
    if docs_dir is not None:
        env["ATLAS_DOCS_DIR"] = str(Path(docs_dir).resolve())
    if site_dir is not None:
        env["ATLAS_SITE_DIR"] = str(Path(site_dir).resolve())
    if site_url:
        env["SITE_URL"] = site_url if site_url.endswith("/") else site_url + "/"
    return env


def build_site(
    docs_dir: Path,
    site_dir: Path,
    strict: bool = True,
    *,
    site_url: str | None = None,
    config_file: Path = MKDOCS_CONFIG,
) -> None:
    """Builds the whole site (every language) from `docs_dir` into `site_dir` with `mkdocs build`.

    Raises SiteBuildError with MkDocs' output when the build fails, and in strict mode also when MkDocs
    logged any warning. `site_url` is the address the site will be served from (canonical links, sitemap,
    hreflang, feeds); by default SITE_URL from the environment, else mkdocs.yml's local default.
    """
    write_jieba_userdict()
    command = [sys.executable, "-m", "mkdocs", "build", "--clean", "--config-file", str(config_file)]
    if strict:
        command.append("--strict")
    result = subprocess.run(
        command,
        cwd=Path(config_file).resolve().parent,
        env=_environment(docs_dir, site_dir, site_url),
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
    )
    output = (result.stdout + result.stderr).strip()
    if result.returncode != 0:
        raise SiteBuildError(f"mkdocs build failed (exit status {result.returncode})", output)
    warnings = [line for line in output.splitlines() if line.startswith(("WARNING", "ERROR"))]
    if strict and warnings:
        raise SiteBuildError(f"mkdocs build logged {len(warnings)} warnings", output)


# Set by serve(): called by hooks/site.py before each rebuild (once per rebuild, not once per language).
_regenerate: Callable[[], object] | None = None


def regenerate_docs() -> None:
    """Called by the MkDocs hook before a build: re-runs the generator when serve() was given one."""
    if _regenerate is not None:
        _regenerate()


def serve(
    docs_dir: Path = Path("docs"),
    *,
    dev_addr: str = "127.0.0.1:8000",
    watch: Sequence[Path] = (),
    regenerate: Callable[[], object] | None = None,
    config_file: Path = MKDOCS_CONFIG,
) -> None:
    """Previews the site with live reload (`mkdocs serve`, in this process) until interrupted.

    `watch` adds folders whose changes trigger a rebuild (e.g. seeds/ and data/registry/); `regenerate`, if
    given, runs before every rebuild, so the generator can update `docs_dir` first (it should only write
    files whose bytes changed, or every rebuild triggers another one).
    """
    global _regenerate
    from mkdocs.commands.serve import serve as mkdocs_serve

    os.environ.update(_environment(docs_dir, None, f"http://{dev_addr}/"))
    write_jieba_userdict()
    _regenerate = regenerate
    try:
        mkdocs_serve(
            config_file=str(config_file),
            livereload=True,
            watch=[str(path) for path in watch],
            dev_addr=dev_addr,
        )
    finally:
        _regenerate = None

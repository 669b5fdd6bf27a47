import json
import os
import shutil
import sys
import time

import pytest
from conftest import ROOT, SEEDS

from build_scripts.__main__ import main
from build_scripts.models import Report
from build_scripts.pipeline import BuildContext, convert, convert_with
from build_scripts.registry import load_registry

REQUIRED = [
    "id",
    "source",
    "sha256",
    "path",
    "title",
    "title_generated",
    "date",
    "language",
    "authors",
    "editors",
    "publisher",
    "word_count",
    "summary",
]
EXTRA = (
    "Neues Modell von Zhipu\n\n2024-11-02\n\n"
    + "Zhipu AI hat am Samstag ein neues Sprachmodell vorgestellt, das nach Angaben des Unternehmens in "
    "mehreren Tests mit den besten Modellen aus den USA mithalten kann und deutlich günstiger ist.\n"
)


@pytest.fixture
def seeds(tmp_path):
    target = tmp_path / "seeds"
    shutil.copytree(SEEDS, target)
    return target


def snapshot(folder):
    return {
        p.relative_to(folder).as_posix(): (p.read_bytes(), p.stat().st_mtime_ns)
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_catalog_lists_every_article_with_its_page(seeds, tmp_path):
    report = convert(seeds, tmp_path / "docs", tmp_path / "cache")
    catalog = json.loads((tmp_path / "docs" / "catalog.json").read_text(encoding="utf-8"))
    assert catalog["errors"] == []
    assert sorted(a["source"] for a in catalog["articles"]) == sorted(p.name for p in seeds.iterdir())
    for entry in catalog["articles"]:
        assert list(entry)[:4] == ["id", "source", "sha256", "path"]
        assert set(REQUIRED) <= set(entry)
        page = (tmp_path / "docs" / entry["path"]).read_text(encoding="utf-8")
        assert page.startswith("---\n") and f"sha256: {entry['sha256']}" in page
        assert entry["id"].isascii() and entry["path"] == f"articles/{entry['id']}.md"
    assert len({a["id"] for a in catalog["articles"]}) == 5
    assert report.converted == 5


def test_same_input_same_output_byte_for_byte(seeds, tmp_path):
    convert(seeds, tmp_path / "a", None)
    convert(seeds, tmp_path / "b", None)
    first = {k: v[0] for k, v in snapshot(tmp_path / "a").items()}
    second = {k: v[0] for k, v in snapshot(tmp_path / "b").items()}
    assert first == second and len(first) > 100


def test_second_run_reprocesses_and_rewrites_nothing(seeds, tmp_path):
    convert(seeds, tmp_path / "docs", tmp_path / "cache")
    before = snapshot(tmp_path / "docs")
    report = convert(seeds, tmp_path / "docs", tmp_path / "cache")
    assert (report.converted, report.cached, report.written) == (0, 5, [])
    assert snapshot(tmp_path / "docs") == before
    # no page is even rendered again: every page's key (a hash of what it shows) is unchanged
    assert len([p for p in before if p.startswith("articles/")]) == 15 and report.rendered == 0


def test_a_deleted_output_page_is_written_again(seeds, tmp_path):
    convert(seeds, tmp_path / "docs", tmp_path / "cache")
    page = next((tmp_path / "docs" / "articles").glob("*.de.md"))
    content = page.read_bytes()
    page.unlink()
    report = convert(seeds, tmp_path / "docs", tmp_path / "cache")
    assert page.read_bytes() == content and report.written == [page.relative_to(tmp_path / "docs").as_posix()]


def test_adding_a_source_changes_only_the_pages_it_touches(seeds, tmp_path):
    convert(seeds, tmp_path / "docs", tmp_path / "cache")
    before = snapshot(tmp_path / "docs")
    time.sleep(0.01)
    (seeds / "new.txt").write_text(EXTRA, encoding="utf-8")
    report = convert(seeds, tmp_path / "docs", tmp_path / "cache")
    assert report.converted == 1 and report.cached == 5
    after = snapshot(tmp_path / "docs")
    changed = {k for k in after if before.get(k) != after[k]}
    own = {f"articles/neues-modell-von-zhipu{s}.md" for s in ("", ".de", ".zh")}
    assert own | {"catalog.json", "companies/zhipu-ai.md", "index.md", "timeline.md"} <= changed
    # pages about what the new article does not mention keep their bytes and timestamps
    for untouched in (
        "companies/sensetime.md",
        "people/xu-bing.md",
        "people/liang-wenfeng.de.md",
        "companies/01-ai.zh.md",
    ):
        assert untouched in after and untouched not in changed


def test_removing_a_source_removes_its_pages(seeds, tmp_path):
    convert(seeds, tmp_path / "docs", tmp_path / "cache")
    (seeds / "000_5348def7514b1986.txt").unlink()
    report = convert(seeds, tmp_path / "docs", tmp_path / "cache")
    slug = "die-strategische-neuausrichtung-von-zero-one-wanwu-keine"
    assert {f"articles/{slug}{s}.md" for s in ("", ".de", ".zh")} <= set(report.removed)
    assert "companies/latepost.md" in report.removed  # only that article named LatePost
    assert len(list((tmp_path / "docs" / "articles").iterdir())) == 12


def test_bad_sources_are_reported_and_never_take_others_down(seeds, tmp_path):
    (seeds / "empty.txt").write_bytes(b"")
    (seeds / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00" + bytes(range(256)))
    (seeds / "notes.pdf").write_bytes(b"%PDF-1.4")
    (seeds / "new.txt").write_text(EXTRA, encoding="utf-8")
    (seeds / "new.meta.yml").write_text("titel: Tippfehler\n", encoding="utf-8")
    report = convert(seeds, tmp_path / "docs", tmp_path / "cache")
    errors = {f.source: f.error for f in report.failures}
    assert set(errors) == {"empty.txt", "image.txt", "notes.pdf", "new.txt"}
    assert "empty" in errors["empty.txt"] and "binary" in errors["image.txt"]
    assert "unsupported file type .pdf" in errors["notes.pdf"]
    assert "new.meta.yml" in errors["new.txt"] and "'titel'" in errors["new.txt"]
    assert len(report.articles) == 5
    catalog = json.loads((tmp_path / "docs" / "catalog.json").read_text(encoding="utf-8"))
    assert {e["source"] for e in catalog["errors"]} == set(errors)


def test_sidecar_corrects_metadata_and_pins_the_slug(seeds, tmp_path):
    (seeds / "003_a322e0aef2e90f38.meta.yml").write_text(
        "title: Interview mit Xu Bing\ndate: 2024-10-30\npublisher: SenseTime\nslug: xu-bing-interview\n",
        encoding="utf-8",
    )
    report = convert(seeds, tmp_path / "docs", tmp_path / "cache")
    entry = next(a for a in report.catalog["articles"] if a["source"] == "003_a322e0aef2e90f38.txt")
    assert (entry["title"], entry["title_generated"], entry["date"], entry["publisher"], entry["id"]) == (
        "Interview mit Xu Bing",
        False,
        "2024-10-30",
        "SenseTime",
        "xu-bing-interview",
    )


def test_slugs_do_not_change_when_an_unrelated_article_is_added(seeds, tmp_path):
    first = {a["source"]: a["id"] for a in convert(seeds, tmp_path / "a", None).catalog["articles"]}
    (seeds / "zzz.txt").write_text(EXTRA, encoding="utf-8")
    (seeds / "aaa.txt").write_text(EXTRA.replace("Zhipu", "MiniMax"), encoding="utf-8")
    second = {a["source"]: a["id"] for a in convert(seeds, tmp_path / "b", None).catalog["articles"]}
    assert all(second[source] == slug for source, slug in first.items())


def test_same_title_gets_distinct_slugs(seeds, tmp_path):
    (seeds / "a.txt").write_text(EXTRA, encoding="utf-8")
    (seeds / "b.txt").write_text(
        EXTRA + "\nNoch ein Absatz mit weiteren Details zum Modell und zu den Preisen.\n", encoding="utf-8"
    )
    ids = [a["id"] for a in convert(seeds, tmp_path / "docs", None).catalog["articles"]]
    assert len(set(ids)) == len(ids) == 7


def test_cli_exit_codes_and_check_writes_nothing(seeds, tmp_path, capsys):
    docs = tmp_path / "docs"
    assert main(["check", "--seeds", str(seeds), "--docs", str(docs)]) == 0
    assert not docs.exists()
    assert main(["convert", "--seeds", str(seeds), "--docs", str(docs), "--cache", str(tmp_path / "c")]) == 0
    out = capsys.readouterr().out
    assert "5 articles, 0 errors" in out
    (seeds / "broken.txt").write_bytes(b"")
    assert main(["convert", "--seeds", str(seeds), "--docs", str(docs), "--cache", str(tmp_path / "c")]) == 1
    assert "error: broken.txt: empty file" in capsys.readouterr().err
    assert (docs / "catalog.json").exists()
    assert main(["convert", "--seeds", str(tmp_path / "missing")]) == 2
    assert main(["convert", "--no-such-option"]) == 2
    assert main([]) == 2


def test_written_files_are_readable_by_others(seeds, tmp_path):
    convert(seeds, tmp_path / "docs", None)
    assert (tmp_path / "docs" / "catalog.json").stat().st_mode & 0o044 == 0o044


def test_catalog_file_is_the_catalog_as_json(seeds, tmp_path):
    """catalog.json is assembled from entries serialised once per article; it must read back as the catalog."""
    report = convert(seeds, tmp_path / "docs", tmp_path / "cache")
    text = (tmp_path / "docs" / "catalog.json").read_text(encoding="utf-8")
    assert text == json.dumps(report.catalog, ensure_ascii=False, indent=2) + "\n"
    (seeds / next(p.name for p in seeds.iterdir() if p.suffix == ".txt")).unlink()
    report = convert(seeds, tmp_path / "docs", tmp_path / "cache")
    assert len(report.catalog["articles"]) == 4
    assert (tmp_path / "docs" / "catalog.json").read_text(encoding="utf-8") == json.dumps(
        report.catalog, ensure_ascii=False, indent=2
    ) + "\n"


def test_nothing_changed_stops_early_but_still_reports_every_error(seeds, tmp_path):
    (seeds / "broken.txt").write_bytes(b"   \n")
    first = convert(seeds, tmp_path / "docs", tmp_path / "cache")
    again = convert(seeds, tmp_path / "docs", tmp_path / "cache")
    assert not first.unchanged and again.unchanged
    assert again.article_count == first.article_count == 5 and again.cached == 5 and again.converted == 0
    assert [(f.source, f.error) for f in again.failures] == [(f.source, f.error) for f in first.failures] != []
    # any input counts: a source, a data file the pages show, or a missing output file
    (seeds / "broken.txt").unlink()
    assert not convert(seeds, tmp_path / "docs", tmp_path / "cache").unchanged
    assert convert(seeds, tmp_path / "docs", tmp_path / "cache").unchanged
    (tmp_path / "docs" / "timeline.de.md").unlink()
    report = convert(seeds, tmp_path / "docs", tmp_path / "cache")
    assert not report.unchanged and report.written == ["timeline.de.md"]


def test_odd_entries_and_unreadable_sidecars_are_errors_naming_them(seeds, tmp_path, monkeypatch, capsys):
    from build_scripts import pipeline

    (seeds / "dangling.txt").symlink_to("nowhere.txt")
    os.mkfifo(seeds / "pipe.txt")
    source = sorted(seeds.glob("*.txt"))[0]
    sidecar = source.with_suffix(".meta.yml")
    sidecar.write_text("title: X\n", encoding="utf-8")
    read_limited = pipeline.read_limited

    def unreadable_sidecar(path, limit):
        if path == sidecar:
            raise PermissionError(13, "Permission denied", str(path))
        return read_limited(path, limit)

    monkeypatch.setattr(pipeline, "read_limited", unreadable_sidecar)
    assert main(["convert", "--seeds", str(seeds), "--docs", str(tmp_path / "docs"), "--no-cache"]) == 1
    err = capsys.readouterr().err
    assert "4 articles, 3 errors" in err
    assert "error: dangling.txt: dangling symbolic link" in err
    assert "error: pipe.txt: not a regular file (a FIFO)" in err
    assert (
        f"error: {sidecar.name}: sidecar cannot be read (Permission denied); {source.name} is not converted "
        "without its corrections"
    ) in err
    errors = json.loads((tmp_path / "docs" / "catalog.json").read_text(encoding="utf-8"))["errors"]
    assert sorted(e["source"] for e in errors) == sorted(["dangling.txt", sidecar.name, "pipe.txt"])


def test_a_full_disk_is_reported_per_file_and_repaired_by_the_next_run(seeds, tmp_path, monkeypatch, capsys):
    """OSError(ENOSPC) injected into every third file write: exit 1, each file named, no traceback, no
    temporary file left; the next run writes exactly what a build without the fault writes."""
    import errno
    from pathlib import Path

    docs, reference = tmp_path / "docs", tmp_path / "reference"
    convert(seeds, reference, None)
    write_bytes, calls = Path.write_bytes, []

    def disk_full(path, data):
        calls.append(path)
        if len(calls) % 3 == 0:
            write_bytes(path, data[: len(data) // 2])  # half the file made it to disk
            raise OSError(errno.ENOSPC, "No space left on device", str(path))
        return write_bytes(path, data)

    monkeypatch.setattr(Path, "write_bytes", disk_full)
    assert main(["convert", "--seeds", str(seeds), "--docs", str(docs), "--no-cache"]) == 1
    err = capsys.readouterr().err
    failed = len(calls) // 3
    assert f"{failed} errors" in err and "Traceback" not in err
    assert err.count("cannot be written (No space left on device)") == min(failed, 20)
    assert not [p for p in docs.rglob("*.tmp")]
    monkeypatch.undo()
    assert main(["convert", "--seeds", str(seeds), "--docs", str(docs), "--no-cache"]) == 0
    assert {p: b for p, (b, _t) in snapshot(docs).items()} == {p: b for p, (b, _t) in snapshot(reference).items()}


def test_temporary_files_of_a_killed_run_are_removed_by_the_next(seeds, tmp_path):
    docs = tmp_path / "docs"
    convert(seeds, docs, None)
    leftover = docs / "articles" / ".x.md.4242.tmp"
    leftover.write_bytes(b"half a page")
    convert(seeds, docs, None)
    assert not leftover.exists()


def test_the_context_says_from_how_many_sources_on_workers_convert_them_with_the_same_pages(seeds, tmp_path):
    in_process = BuildContext.load(seeds, tmp_path / "one", None, parallel_threshold=sys.maxsize)
    in_workers = BuildContext.load(seeds, tmp_path / "many", None, parallel_threshold=1)
    assert convert_with(in_process).converted == convert_with(in_workers).converted == 5
    assert snapshot_bytes(tmp_path / "one") == snapshot_bytes(tmp_path / "many")


def test_pages_rendered_by_worker_processes_and_their_report_are_those_of_one_process(seeds, tmp_path):
    serial = BuildContext.load(seeds, tmp_path / "one", None, parallel_pages=sys.maxsize)
    forked = BuildContext.load(seeds, tmp_path / "many", None, parallel_pages=1)
    one, many = convert_with(serial), convert_with(forked)
    assert snapshot_bytes(tmp_path / "one") == snapshot_bytes(tmp_path / "many")
    assert (many.written, many.rendered) == (one.written, one.rendered) and len(one.written) > 100
    manifest = ".atlas-generated.json"
    assert (tmp_path / "one" / manifest).read_bytes() == (tmp_path / "many" / manifest).read_bytes()
    (tmp_path / "seeds2").mkdir()
    for source in sorted(seeds.iterdir())[:4]:  # one article fewer: its pages go, the others stay unrendered
        (tmp_path / "seeds2" / source.name).write_bytes(source.read_bytes())
    again = convert_with(BuildContext.load(tmp_path / "seeds2", tmp_path / "many", None, parallel_pages=1))
    reference = convert_with(BuildContext.load(tmp_path / "seeds2", tmp_path / "one", None))
    assert (again.written, again.removed, again.rendered) == (reference.written, reference.removed, reference.rendered)
    assert snapshot_bytes(tmp_path / "one") == snapshot_bytes(tmp_path / "many")


def test_the_pages_name_the_entities_of_the_context_registry(seeds, tmp_path):
    fixture = ROOT / "tests" / "fixtures" / "registry"
    catalog = convert_with(BuildContext.load(seeds, tmp_path, None, registry_dir=fixture), write=False).catalog
    default = convert(seeds, tmp_path, None, write=False).catalog
    fixture_companies = [entity.id for entity in load_registry(fixture).of_kind("company")]
    assert [entry["id"] for entry in catalog["companies"]] == fixture_companies
    assert [entry["id"] for entry in default["companies"]] != fixture_companies


def snapshot_bytes(folder):
    return {path: content for path, (content, _) in snapshot(folder).items()}


def test_a_new_source_of_a_site_reconverts_exactly_the_articles_whose_template_it_changes(tmp_path):
    """Two stories of one site share a box's line; a third makes it the site's template (three stories), so
    the first two are converted again with it; a source of another site changes no template and nothing else."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    box = "Hier schreiben Leserinnen und Leser über ihre Stadt"  # a box between paragraphs, kept as a heading
    lead = "Die Stadt hat die Finanzierung für das Projekt {n} gesichert, teilte die Verwaltung am Montag mit. " * 3
    end = "Der Bau von Projekt {n} soll im Frühjahr beginnen und zwei Jahre dauern, sagte ein Sprecher der Stadt. " * 2

    def add(name: str, text: str) -> Report:
        (seeds / name).write_text(text, encoding="utf-8")
        return convert(seeds, tmp_path / "docs", tmp_path / "cache")

    add("a.txt", f"Projekt A gesichert\n{lead.format(n='A')}\n{box}\n{end.format(n='A')}\n")
    report = add("b.txt", f"Projekt B gesichert\n{lead.format(n='B')}\n{box}\n{end.format(n='B')}\n")
    assert (report.converted, report.cached) == (1, 1)
    page = tmp_path / "docs" / "articles" / "projekt-a-gesichert.md"
    assert box in page.read_text("utf-8")  # two stories: not yet a template
    report = add("c.txt", f"Projekt C gesichert\n{lead.format(n='C')}\n{box}\n{end.format(n='C')}\n")
    assert (report.converted, report.cached) == (3, 0)
    assert box not in page.read_text("utf-8")
    report = add("d.txt", f"Anderswo\nProjekt D gesichert\n{lead.format(n='D')}\n")
    assert (report.converted, report.cached) == (1, 3)

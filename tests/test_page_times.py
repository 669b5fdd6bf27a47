import json

from build_scripts.page_times import PAGE_TIMES, PageTimes


def test_both_spans_of_a_page_add_up_under_its_kind(tmp_path, monkeypatch):
    monkeypatch.setenv(PAGE_TIMES, str(tmp_path / "times"))
    times = PageTimes()
    for page in ("articles/a.md", "articles/b.md"):
        times.start(page)
        times.stop(page, "article")  # markdown to HTML
        times.start(page)
        times.stop(page, "article", "<p>ü</p>")  # the template: the page is done
    times.write("de")
    written = json.loads((tmp_path / "times.de.json").read_text(encoding="utf-8"))
    assert written["article"]["pages"] == 2
    assert written["article"]["bytes"] == 2 * len("<p>ü</p>".encode())
    assert written["article"]["cpu_seconds"] >= 0
    assert times.kinds == {}


def test_nothing_is_recorded_without_the_variable(tmp_path, monkeypatch):
    monkeypatch.delenv(PAGE_TIMES, raising=False)
    times = PageTimes()
    times.start("index.md")
    times.stop("index.md", "home", "<html></html>")
    times.write("en")
    assert times.kinds == {} and not list(tmp_path.iterdir())

"""build_scripts/site_template.py: the lines a site repeats around different stories."""

from build_scripts.site_template import source_lines, templates

MENU = ["Unsere Themen", "Region Rhein-Main", "Kultur & Freizeit"]


def story(number: int) -> str:
    paragraph = f"Die Stadt plant das Projekt Nummer {number} seit Jahren und hat nun die Finanzierung gesichert. " * 3
    return "\n".join([*MENU, f"Schlagzeile {number}", paragraph, "© Rhein-Main-Verlag"])


def lines_of(texts: dict[str, str]) -> dict:
    return {name: source_lines(name, text.encode(), 120) for name, text in texts.items()}


def test_short_lines_that_three_stories_repeat_are_the_template():
    found = templates(lines_of({f"{n}.txt": story(n) for n in range(3)}), 3)
    assert found["0.txt"] == frozenset([*MENU, "© Rhein-Main-Verlag"])
    assert templates(lines_of({f"{n}.txt": story(n) for n in range(2)}), 3)["0.txt"] == frozenset()


def test_copies_of_one_story_count_once():
    """A wire text in three outlets: its headline is no template, for the copies share a paragraph."""
    texts = {f"copy{n}.txt": story(7).replace("Unsere Themen", f"Outlet {n}") for n in range(3)}
    found = templates(lines_of(texts), 3)
    assert "Schlagzeile 7" not in found["copy0.txt"]
    assert found["copy0.txt"] == frozenset()


def test_saved_pages_have_no_template_lines_here():
    assert source_lines("a.html", b"<p>Unsere Themen</p>", 120) == (frozenset(), frozenset())
    assert source_lines("a.txt", b"\x00\x01", 120) == (frozenset(), frozenset())

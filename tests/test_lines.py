"""build_scripts/lines.py: line features, the tree ensemble as exported by tools/train_cleaner.py, and the
shipped model's judgement on lines no one labelled."""

import json

from build_scripts.lines import article_probabilities, feature_names, features, headline_scores
from build_scripts.settings import DATA_DIR


def test_the_shipped_model_reads_the_features_the_cues_give(settings):
    assert list(settings.line_model.feature_names) == feature_names(settings.cues)
    assert features(["a line"], settings.cues, {}).shape == (1, len(feature_names(settings.cues)))
    assert json.loads((DATA_DIR / "line_model.json").read_text())["title"]["trees"]


def test_prose_scores_above_menus_and_buttons(settings):
    prose = (
        "Der Chipkonzern hat am Dienstag angekündigt, seine Investitionen in Rechenzentren deutlich zu "
        "erhöhen, um die Nachfrage nach Rechenleistung für große Sprachmodelle zu bedienen."
    )
    lines = [
        "Startseite",
        "Politik",
        "Wirtschaft",
        "Digital",
        "Anmelden",
        prose,
        prose,
        prose,
        "Teilen",
        "Facebook",
        "Impressum",
        "Datenschutz",
    ]
    p = article_probabilities(features(lines, settings.cues, settings.line_model.lexicon), settings.line_model)
    assert min(p[5:8]) > 0.5 > max(p[:5] + p[8:])


def test_chrome_words_and_picture_credits(settings):
    assert settings.cues.chrome_share("Artikel merken") == 1.0
    assert settings.cues.chrome_share("Die Regierung will das Gesetz ändern") == 0.0
    assert settings.cues.credit.match("Foto: Florian Gaertner / photothek / IMAGO")
    assert settings.cues.credit.match("图片来源：视觉中国")
    assert not settings.cues.credit.match("Bildung ist der Schlüssel, sagte sie: mehr Geld für Schulen.")


def test_headline_scores_one_per_line(settings):
    lines = ["Menü", "Chip makers report record demand", "By Jane Doe", "Nvidia and AMD reported demand. " * 5]
    rows = features(lines, settings.cues, settings.line_model.lexicon)
    scores = headline_scores(lines, rows, settings.line_model, len(lines))
    assert len(scores) == 4 and scores[1] == max(scores)
    above_the_body = headline_scores(lines, rows, settings.line_model, 2)  # the trees walk the first two lines only
    assert above_the_body == scores[:2] + [0.0, 0.0]
    assert headline_scores(lines, rows, settings.line_model, 0) == [0.0] * 4


def test_a_related_label_may_name_the_site_or_topic(settings):
    cues = settings.cues
    assert cues.is_related_label("MORE FROM FORBES")
    assert cues.is_related_label("Mehr zum Thema Rechenzentren")
    assert cues.is_related_label("Related stories")
    assert cues.is_related_label("【更多新聞】") and cues.is_related_label("Das könnte dich auch interessieren:")
    assert not cues.is_related_label("More from the interview")  # a sub-heading
    assert not cues.is_related_label("Mehr zum Thema sagte er nichts.")
    assert cues.is_related_label("Mehr zum Thema KI in BW")  # short words inside the topic's name
    assert cues.is_related_label("Mehr zum Thema Dresden Wirtschaft:")  # a colon before its teasers
    assert cues.is_related_label("In Other News")
    assert cues.is_related_label("MORE NEWS") and cues.is_related_label("Next Story >>")
    assert not cues.is_related_label("Mehr zum Thema sagte er:")
    assert cues.is_related_label("Mehr Nachrichten aus Gelsenkirchen") and cues.is_related_label("Mehr aus Digital")
    assert not cues.is_related_label("Mehr zum Thema der Sitzung")  # the topic opens in lower case


def test_a_remembered_line_shape_keeps_each_texts_own_repeat_count(settings):
    """Line shapes are remembered across texts (a site's menus recur); how often a line repeats is the text's own."""
    menu = "Home | Tech | Business | Kontakt"
    prose = "Der Konzern hat am Montag angekündigt, im kommenden Jahr deutlich mehr Geld in Rechenzentren zu stecken."
    names = feature_names(settings.cues)
    repeats, length = names.index("repeats"), names.index("length")
    once = features([menu, prose], settings.cues, {})
    thrice = features([menu, prose, menu, prose, menu], settings.cues, {})
    assert once[0, repeats] == 1 and thrice[0, repeats] == 3 and thrice[1, repeats] == 2
    assert once[0, length] == thrice[0, length] == thrice[4, length]


def test_a_newsletter_pitch_names_the_newsletter_with_two_cue_phrases(settings):
    cues = settings.cues
    assert cues.is_newsletter_pitch("Want more tech stories? Sign up for Mashable's weekly Light Speed newsletter.")
    assert not cues.is_newsletter_pitch("The company sends its customers a newsletter every month.")


def test_a_view_count_in_any_spelling_names_the_reading_chrome(settings):
    cues = settings.cues
    reading = cues.kinds.index("reading")
    for line in ["View(s): 1,482", "Views: 1,482", "1,284 views"]:
        assert reading in cues.chrome_kinds(line), line
    assert reading not in cues.chrome_kinds("The review found problems")


def test_a_teaser_behind_a_related_label_and_a_guillemet(settings):
    assert settings.cues.is_teaser("延伸閱讀》食品業缺工嚴重，自動化還能怎麼做？")
    assert not settings.cues.is_teaser("延伸閱讀的文章很多")

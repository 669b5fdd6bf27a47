"""An e-mail around the article it carries: its header fields, its client and the forwarder's note are the mail's."""

from build_scripts.mail import without_mail_wrapper

FORWARD = [
    "Von Jens Overbeck <j.overbeck@praxis.de>",
    "Antworten",
    "Weiterleiten",
    "Moin zusammen,",
    "hier der Artikel aus der Zeitung von gestern, in dem wir vorkommen.",
    "Viele Grüße",
    "Jens",
    "-------- Weitergeleitete Nachricht --------",
    "Betreff: Artikel",
    "Datum: Sun, 16 May 2027 21:05:12 +0200",
    "Von: Jens Overbeck <jens.overbeck@posteo.de>",
    "An: j.overbeck@praxis.de",
    "Münstersche Zeitung",
    "Münsteraner Start-up bringt KI-Assistenz in Hausarztpraxen",
]


def test_the_copy_begins_below_the_last_block_of_header_fields(settings):
    lines, mail = without_mail_wrapper(FORWARD, settings.mail_field, settings.mail_sender)
    assert lines == FORWARD[12:]
    assert mail == FORWARD[:12]  # the client's buttons, the forwarder's note and both headers


def test_a_newsletters_header_in_chinese_and_english(settings):
    chinese = [
        "寄件者: 北美智權報 <enews@naipo.com>",
        "寄件日期: 2027年7月7日 上午 10:00",
        "收件者: lin@x.tw",
        "主旨: 第389期",
        "北美智權報",
    ]
    english = ["From: AgWeb <newsletter@agweb.com>", "Date: June 3, 2027 at 5:45 AM", "Subject: AgWeb Daily", "AgWeb"]
    assert without_mail_wrapper(chinese, settings.mail_field, settings.mail_sender)[0] == ["北美智權報"]
    assert without_mail_wrapper(english, settings.mail_field, settings.mail_sender)[0] == ["AgWeb"]


def test_fields_without_a_sender_or_too_few_or_far_down_are_no_mail(settings):
    no_sender = ["To: all staff", "Date: June 3", "Subject: Layoffs", "The memo went out on Monday."]
    two = ["From: the CEO", "Subject: Layoffs", "The memo went out on Monday."]
    late = ["A paragraph of the story."] * 60 + ["From: the CEO", "To: all staff", "Subject: Layoffs"]
    for lines in (no_sender, two, late):
        assert without_mail_wrapper(lines, settings.mail_field, settings.mail_sender) == (lines, [])

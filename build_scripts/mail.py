"""An e-mail around the article it carries (a newsletter's mail, a colleague's forward copied out of a mail client):
the mail's header fields ('Von: …', 'Subject: …', '发件人：…'), the client's buttons and the forwarder's note above
the last block of header fields are the mail's, never the article's: its date is the day it was sent, its subject
no headline. The fields' labels are data (data/cleaning.yml, mail_headers)."""

from __future__ import annotations

import re

MAIL_HEAD_LINES = 60  # the mail's last block of header fields stands among a copy's first lines
MAIL_FIELDS = 3  # fields in a row that make a mail's header: its sender's and two more of other kinds


def without_mail_wrapper(lines: list[str], field: re.Pattern, sender: re.Pattern) -> tuple[list[str], list[str]]:
    """The lines below the mail's last block of header fields, and the lines above them and the block's own (none
    when no block of MAIL_FIELDS fields of as many kinds, a sender's among them, stands among the first lines)."""
    present = [i for i, line in enumerate(lines) if line][:MAIL_HEAD_LINES]
    end, block = None, []
    for i in [*present, len(lines)]:  # (past the last line: a block closing the first lines counts too)
        match = field.fullmatch(lines[i]) if i < len(lines) else None
        if match:
            block.append((i, match["label"].casefold()))
            continue
        if _is_header(block, sender):
            end = block[-1][0]
        block = []
    if end is None:
        return lines, []
    return lines[end + 1 :], [line for line in lines[: end + 1] if line]


def _is_header(block: list[tuple[int, str]], sender: re.Pattern) -> bool:
    labels = {label for _, label in block}
    return len(labels) >= MAIL_FIELDS and any(sender.fullmatch(label) for label in labels)

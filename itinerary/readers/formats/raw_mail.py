"""Raw e-mail: a saved ``.eml``, an mbox of a list's messages, a newsgroup's articles one after
another, or Gmail's "Show original" page.

Transfer encodings (quoted-printable, base64), MIME parts and encoded headers are undone by the
standard library's parser; each message is then written out as a mail client shows it (From,
To, Date, Subject, the plain-text body, else the HTML body's paragraphs) and read by the
``email`` text reader, which reads a message's quoted reply chain as the earlier messages and
drops footers. What marks a raw
message (its transport headers, an mbox "From " line) is data/raw_mail.json.
"""

from __future__ import annotations

import json
import re
from email import message_from_string, policy
from email.message import EmailMessage
from functools import cache
from importlib import resources
from itertools import pairwise
from typing import Any

from itinerary.readers.html import fragment_text


@cache
def _table() -> dict[str, Any]:
    text = resources.files("itinerary.readers").joinpath("data/raw_mail.json").read_text("utf-8")
    table: dict[str, Any] = json.loads(text)
    table["header_re"] = re.compile(table["header"])
    table["mbox_re"] = re.compile(table["mbox_from"], re.MULTILINE)
    return table


def as_read(text: str) -> str | None:
    """The messages of a raw mail text as a client shows them, or None when ``text`` is not
    raw mail (a message copied from a client's window is read as it is)."""
    table = _table()
    lines = text.lstrip("\ufeff").replace("\r\n", "\n").split("\n")
    start = _raw_start(lines[: table["search_lines"]])
    if start is None:
        return None
    raw = lines[start:]
    if table["mbox_re"].match(raw[0]):
        parts = [p for p in table["mbox_re"].split("\n".join(raw)) if p.strip()]
    else:  # messages one after another, each under its own headers (a newsgroup's articles)
        starts = [n for n in range(len(raw)) if _opens_message(raw, n)] + [len(raw)]
        parts = ["\n".join(raw[a:b]) for a, b in pairwise(starts)]
    shown = [_shown(message_from_string(part.lstrip("\n"), policy=policy.default))
             for part in parts]
    messages = [m for m in shown if m]
    return "\n\n".join(messages) if messages else None


def _raw_start(lines: list[str]) -> int | None:
    """Where the first raw message starts: an mbox "From " line, or a header block holding a
    From: and enough transport headers no pasted conversation has."""
    table = _table()
    for number, line in enumerate(lines):
        if table["mbox_re"].match(line) and number + 1 < len(lines) and table[
                "header_re"].match(lines[number + 1]):
            return number
        if _opens_message(lines, number):
            return number
    return None


def _opens_message(lines: list[str], number: int) -> bool:
    """A header block starts at line ``number`` (not inside one) and holds a From: and enough
    transport headers (data: raw_mail.json) to be a message's own."""
    table = _table()
    if not table["header_re"].match(lines[number]) or (number and table["header_re"].match(
            lines[number - 1])):
        return False
    names = set()
    for inner in lines[number:]:
        if table["header_re"].match(inner):
            names.add(inner.split(":", 1)[0].lower())
        elif not inner[:1].isspace() or not inner.strip():  # folded lines continue a header
            break
    transport = len(names.intersection(table["transport_headers"]))
    return "from" in names and transport >= table["transport_needed"]


def _shown(message: Any) -> str:
    """One message as a client shows it: the kept headers over the body."""
    assert isinstance(message, EmailMessage)
    head = [f"{name.title()}: {message[name]}" for name in _table()["kept_headers"]
            if message[name] is not None]
    body = _body(message).strip()
    return "\n".join(head) + "\n\n" + body if body else ""


def _body(message: EmailMessage) -> str:
    part = message.get_body(preferencelist=("plain", "html"))
    if part is None:
        return ""
    encoding = str(part.get("content-transfer-encoding", "")).strip().lower()
    try:
        # The file is decoded already (its charset found by files.decode): a body not in base64
        # or quoted-printable is that text, whatever charset the part names or leaves out.
        content = part.get_payload() if encoding in ("", "7bit", "8bit", "binary") else (
            part.get_content())
    except (LookupError, ValueError):  # an unknown charset: the bytes as UTF-8
        payload = part.get_payload(decode=True)
        content = payload.decode("utf-8", "replace") if isinstance(payload, bytes) else ""
    if not isinstance(content, str):
        return ""
    if part.get_content_subtype() == "html":
        return fragment_text(content, _table()["quote_html"])
    return content

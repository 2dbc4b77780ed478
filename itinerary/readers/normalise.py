"""Text cleaned once, at the reader edge: nothing downstream (spaCy, the JSON report, a terminal)
meets a lone surrogate, a NUL or another control character."""

from __future__ import annotations

import dataclasses
import re

from itinerary.models import Section, Thread
from itinerary.readers.authors import bare_name

# C0 and C1 controls except tab and newline, DEL, and lone UTF-16 surrogates (from JSON "\ud800")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def normalise(text: str) -> str:
    """``text`` with lone surrogates as U+FFFD, CR line ends as LF and other controls dropped."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub("", _SURROGATE.sub("\ufffd", text))


def _opt(text: str | None) -> str | None:
    return None if text is None else normalise(text)


def normalise_thread(thread: Thread) -> Thread:
    """The thread with every text field normalised (a no-op copy for clean input), and each
    writer's name without the badges and markers a page writes around it, whatever the reader."""
    sections = tuple(
        dataclasses.replace(s, text=normalise(s.text), author=bare_name(_opt(s.author)),
                            title=_opt(s.title),
                            date=_opt(s.date), parent=_opt(s.parent))
        for s in thread.sections
    )
    return dataclasses.replace(thread, sections=sections, id=_opt(thread.id),
                               location=_opt(thread.location), source=normalise(thread.source),
                               warnings=tuple(normalise(w) for w in thread.warnings))


__all__ = ["Section", "normalise", "normalise_thread"]

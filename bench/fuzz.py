"""A long fuzzing run: generated inputs through readers, analysis and every exporter.

Each input is written to a file (its suffix picks or hints the reader), read with
``read_threads``, analysed, and exported as the JSON report, GeoJSON, GPX, Google Maps links, the
terminal report and the readers' text and Markdown. Every export must parse back with its own
format's parser (``json``, ``geojson``, ``gpxpy`` and an XML parser) and the terminal and text
outputs must hold no control character from the thread. An ``InputError`` is the documented
answer to bad input; anything else raised, an export that does not parse back, or an input over
the CPU-time ceiling is a defect, counted by signature (exception type and the innermost project
frame). Inputs come from hypothesis (generation only, no shrinking) in these families:

- random bytes under every suffix;
- Unicode text mixing letters with right-to-left marks and scripts, zero-width characters,
  combining marks, controls and terminal escapes;
- JSON threads whose strings carry lone surrogates (as ``\\ud800`` escapes) and hostile names;
- the shipped examples, mutated (bytes flipped, chunks dropped, duplicated or spliced in);
- deeply nested HTML and JSON, and huge lines.

    python bench/fuzz.py [--inputs 100000] [--seed 1] [--ceiling 10] [--model] [--out FILE]

``--model`` runs the statistical pipeline too (about ten times slower); the default is the
gazetteer-only pass (``--no-model``), which exercises the same readers, resolution, trips and
exporters. Progress and the final counts go to stdout; ``--out`` also writes them as JSON.
"""

from __future__ import annotations

import argparse
import io
import json
import signal
import tempfile
import time
import traceback
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType
from typing import Any
from xml.etree import ElementTree

ROOT = Path(__file__).resolve().parents[1]
SUFFIXES = (".txt", ".html", ".json", ".jsonl", ".md", ".xml", ".csv", "")
CONTROL = ("\x1b", "\x07", "\x9b", "\x90", "\x9d")


class TimeCeiling(Exception):
    """One input ran past the per-input ceiling."""


class ExportDoesNotParse(Exception):
    """An export that its own format's parser rejects, or text output holding a control code."""


def through_everything(data: bytes, suffix: str, analyzer: Any, workdir: Path) -> str:
    """Run one input end to end; "report" or "input_error", anything else raises."""
    from itinerary.errors import InputError
    from itinerary.readers import read_threads

    path = workdir / f"input{suffix}"
    path.write_bytes(data)
    try:
        threads = read_threads(path)
    except InputError:
        return "input_error"
    reports = list(analyzer.analyze_many(threads))
    check_exports(reports)
    return "report"


def check_exports(reports: list[Any]) -> None:
    """Every export of the reports parses back with its own format's parser."""
    import geojson
    import gpxpy
    from rich.console import Console

    from itinerary.export.geojson import feature_collection
    from itinerary.export.gpx import gpx_xml, to_gpx
    from itinerary.export.maps import day_trip_link, itinerary_links
    from itinerary.export.readers_text import readers_markdown, readers_text
    from itinerary.export.report_json import dumps, report_to_dict
    from itinerary.export.terminal import render_report

    for report in reports:
        data = report_to_dict(report)
        text = dumps(data)
        text.encode("utf-8")  # what writing the file does
        if json.loads(text) != json.loads(dumps(json.loads(text))):
            raise ExportDoesNotParse("JSON report does not round-trip")
        out = io.StringIO()
        Console(file=out, width=100, force_terminal=True, color_system=None).print(
            render_report(report))
        for name, rendered in (("terminal", out.getvalue()),
                               ("readers text", readers_text(report, titled=True)),
                               ("readers markdown", readers_markdown(report, titled=True))):
            rendered.encode("utf-8")
            if any(c in rendered for c in CONTROL):
                raise ExportDoesNotParse(f"{name} output holds a control character")
        for itinerary in report.itineraries:
            itinerary_links(itinerary, report)
        for trip in report.day_trips:
            day_trip_link(trip, report)
    collection = dumps(feature_collection(reports))
    collection.encode("utf-8")
    parsed = geojson.loads(collection)
    if not parsed.is_valid:
        raise ExportDoesNotParse(f"GeoJSON not valid: {parsed.errors()}")
    xml = gpx_xml(to_gpx(reports))
    ElementTree.fromstring(xml.encode("utf-8"))
    gpxpy.parse(xml)


def signature(error: BaseException) -> str:
    """Exception type and the innermost frame in the project's code (else the innermost)."""
    frames = traceback.extract_tb(error.__traceback__)
    ours = [f for f in frames if "/itinerary/" in f.filename or "/gazetteer/" in f.filename]
    chosen = ours or frames
    where = f"{Path(chosen[-1].filename).name}:{chosen[-1].name}" if chosen else "?"
    return f"{type(error).__name__} at {where}"


# --- inputs ---------------------------------------------------------------------------------

SPECIALS = (
    "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff",  # zero-width
    "\u202e", "\u202d", "\u2066", "\u2067", "\u2069", "\u200f", "\u200e",  # bidi controls
    "\u0301", "\u0308", "\u0327", "\u20dd", "\u0489",  # combining marks
    "\x00", "\x07", "\x0b", "\x0c", "\r", "\x1b", "\x7f", "\x85", "\x9b", "\u2028", "\u2029",
    "\x1b[2J", "\x1b]8;;https://x.example/\x1b\\", "\x1b]0;t\x07", "\x1bP1$r\x1b\\",
    "שלום", "مرحبا", "Ålesund", "Reykjavík", "Tromsø", "São Paulo", "Kraków", "東京", "🇳🇴",
    "[bold]", "[/]", "<script>", "</div>", "&amp;", "]]>", "{", "}", "[", "]", '"', "\\",
    "\n", "\n\n", "  ", "\t", "Posted by ", " says:", "Reply", "—", "→", "1.", "# ",
)
PLACE_WORDS = ("Bergen", "Oslo", "Røros", "Trondheim", "Paris", "Kyoto", "Skye", "Portland",
               "we drove", "then on to", "day trip to", "I live in", "next year", "visited")


def _examples() -> list[tuple[bytes, str]]:
    return [(p.read_bytes(), p.suffix) for p in sorted((ROOT / "examples").iterdir())
            if p.is_file() and p.suffix in (".txt", ".html", ".json", ".jsonl")]


def strategies() -> Any:
    """One hypothesis strategy drawing (bytes, suffix) from every family."""
    from hypothesis import strategies as st

    suffix = st.sampled_from(SUFFIXES)
    def pieces(*parts: Any, max_size: int) -> Any:
        return st.lists(st.one_of(*parts), max_size=max_size).map("".join)

    words = (st.sampled_from(SPECIALS), st.sampled_from(PLACE_WORDS))
    unicode_text = pieces(st.characters(), *words, max_size=300)
    lone = st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF, categories=["Cs"])
    json_string = pieces(st.characters(), lone, *words, max_size=80)
    comment = st.fixed_dictionaries({"author": st.one_of(st.none(), json_string),
                                     "text": json_string})
    thread = st.fixed_dictionaries(
        {"post": json_string},
        optional={"title": json_string, "id": json_string, "location": json_string,
                  "comments": st.lists(comment, max_size=6)},
    )
    json_threads = st.one_of(thread, st.lists(thread, max_size=3)).map(
        lambda value: json.dumps(value, ensure_ascii=True).encode())
    examples = _examples()

    @st.composite
    def mutated(draw: Any) -> tuple[bytes, str]:
        data, ext = draw(st.sampled_from(examples))
        buffer = bytearray(data)
        for _ in range(draw(st.integers(1, 8))):
            if not buffer:
                break
            at = draw(st.integers(0, len(buffer) - 1))
            op = draw(st.sampled_from(("flip", "drop", "dup", "splice", "truncate")))
            if op == "flip":
                buffer[at] = draw(st.integers(0, 255))
            elif op == "drop":
                del buffer[at : at + draw(st.integers(1, 200))]
            elif op == "dup":
                buffer[at:at] = buffer[at : at + draw(st.integers(1, 400))]
            elif op == "splice":
                buffer[at:at] = draw(st.sampled_from(SPECIALS)).encode("utf-8", "surrogatepass")
            else:
                del buffer[at:]
        return bytes(buffer), draw(st.sampled_from((ext, *SUFFIXES)))

    @st.composite
    def nested(draw: Any) -> tuple[bytes, str]:
        depth = draw(st.integers(10, 20_000))
        if draw(st.booleans()):
            tag = draw(st.sampled_from(("div", "li", "blockquote", "ol", "p", "span")))
            body = f"<{tag}>" * depth + "We drove from Oslo to Bergen." + f"</{tag}>" * depth
            return f"<html><body>{body}</body></html>".encode(), ".html"
        opener = draw(st.sampled_from(('[', '{"comments": [', '{"post": "Oslo", "x": [')))
        return (opener * depth).encode(), draw(st.sampled_from((".json", ".jsonl")))

    @st.composite
    def huge(draw: Any) -> tuple[bytes, str]:
        word = draw(st.sampled_from((*PLACE_WORDS, "x", "Bergen, ", "9")))
        size = draw(st.integers(10_000, 400_000))
        line = (word + " ") * (size // (len(word) + 1))
        if draw(st.booleans()):
            line = '{"post": "' + line + '", "n": ' + "9" * 5000 + "}"
        return line.encode(), draw(suffix)

    families = (  # (weight in 1,000 draws, strategy): big inputs are rare, they are slow
        (250, st.tuples(st.binary(max_size=2048), suffix)),
        (250, st.tuples(unicode_text.map(lambda t: t.encode("utf-8", "surrogatepass")), suffix)),
        (250, st.tuples(json_threads, st.sampled_from((".json", ".jsonl", "")))),
        (240, mutated()),
        (6, nested()),
        (4, huge()),
    )
    table = [strategy for weight, strategy in families for _ in range(weight)]
    return st.integers(0, len(table) - 1).flatmap(lambda i: table[i])


# --- the run --------------------------------------------------------------------------------


@dataclass
class Tally:
    inputs: int = 0
    outcomes: Counter[str] = field(default_factory=Counter)
    defects: Counter[str] = field(default_factory=Counter)
    examples: dict[str, str] = field(default_factory=dict)
    slowest: float = 0.0
    slowest_example: str = ""
    started: float = field(default_factory=time.monotonic)

    def as_dict(self) -> dict[str, Any]:
        return {"inputs": self.inputs, "outcomes": dict(self.outcomes),
                "defects": dict(self.defects.most_common()), "examples": self.examples,
                "slowest_cpu_seconds": round(self.slowest, 2),
                "slowest_example": self.slowest_example,
                "wall_seconds": round(time.monotonic() - self.started, 1)}


def _alarm(signum: int, frame: FrameType | None) -> None:
    raise TimeCeiling


def run(inputs: int, seed: int, ceiling: float, statistical: bool) -> Tally:
    """The counts of a run; a progress line on stdout every 1,000 inputs."""
    from hypothesis import HealthCheck, Phase, given, settings
    from hypothesis import seed as hypothesis_seed

    from itinerary.pipeline import Analyzer

    analyzer = Analyzer(statistical=statistical)
    tally = Tally()
    # The ceiling is CPU time (SIGPROF), so a loaded machine does not turn a fast input into a
    # defect; it fires when the interpreter next runs Python code.
    signal.signal(signal.SIGPROF, _alarm)

    with tempfile.TemporaryDirectory(prefix="itinerary-fuzz-") as tmp:
        workdir = Path(tmp)

        @hypothesis_seed(seed)
        @settings(max_examples=inputs, deadline=None, database=None, phases=[Phase.generate],
                  suppress_health_check=list(HealthCheck), derandomize=False)
        @given(strategies())
        def one(case: tuple[bytes, str]) -> None:
            data, suffix = case
            tally.inputs += 1
            start = time.process_time()
            signal.setitimer(signal.ITIMER_PROF, ceiling)
            try:
                tally.outcomes[through_everything(data, suffix, analyzer, workdir)] += 1
            except TimeCeiling:
                tally.outcomes["defect"] += 1
                tally.defects[f"over {ceiling:g} s CPU"] += 1
                tally.examples.setdefault(f"over {ceiling:g} s CPU", f"{suffix} {data[:300]!r}")
            except Exception as error:  # every other exception is a defect, by signature
                key = signature(error)
                tally.outcomes["defect"] += 1
                tally.defects[key] += 1
                tally.examples.setdefault(key, f"{suffix} {data[:300]!r}")
            finally:
                signal.setitimer(signal.ITIMER_PROF, 0)
            spent = time.process_time() - start
            if spent > tally.slowest:
                tally.slowest, tally.slowest_example = spent, f"{suffix} {data[:200]!r}"
            if tally.inputs % 1000 == 0:
                print(json.dumps({k: v for k, v in tally.as_dict().items() if k != "examples"}),
                      flush=True)

        one()
    return tally


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--inputs", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--ceiling", type=float, default=10.0, help="CPU seconds per input")
    parser.add_argument("--model", action="store_true", help="also run the statistical NER")
    parser.add_argument("--out", type=Path, help="write the final counts here as JSON")
    args = parser.parse_args()
    tally = run(args.inputs, args.seed, args.ceiling, args.model)
    summary = {**tally.as_dict(), "setting": "model" if args.model else "no-model",
               "seed": args.seed, "ceiling_seconds": args.ceiling}
    print(json.dumps(summary, indent=2, ensure_ascii=True))
    if args.out:
        args.out.write_text(json.dumps(summary, indent=2, ensure_ascii=True) + "\n")


if __name__ == "__main__":
    main()

"""Pages in shapes no reader names (tests/unseen_shapes/, labelled before the readers ran):
forum, review, Q&A, chat and mailing-list copies, saved HTML and app JSON exports. The measured
part is only scored, never tuned on; its floor guards the general path, not one page."""

from __future__ import annotations

from unseen_shapes_score import (
    added_in,
    labels,
    round3,
    round4,
    round5,
    round5_data,
    round7,
    round8,
    round9,
    score_page,
    score_part,
)


def test_the_measured_part_keeps_its_floor() -> None:
    # each later round has its own floor
    later = (round3() | round4() | round5() | round5_data() | round7() | round8() | round9()
             | added_in("_round10") | added_in("_round11"))
    score = score_part("measure", pages=set(labels()) - later)
    assert score.boundary_f1 >= 0.9
    assert score.author_accuracy >= 0.65
    assert score.leakage <= 0.25


def test_json_exports_with_key_names_of_their_own_split_into_their_writers() -> None:
    # "from_name"/"content", "reviewer.display"/"words", "byline"/"html_text", "handle"/"message"
    pages = ["tune/chat-export.json", "tune/review-app.json", "measure/comments-feed.jsonl"]
    for name in pages:
        score = score_page(name, labels()[name])
        assert (score.found, score.authors) == (score.labelled, score.labelled), name


def test_round_eight_copies_of_common_formats_keep_their_floor() -> None:
    """Variants of the most pasted formats (WordPress, Outlook, Blogger, new reddit, a Q&A
    board, a comment widget), written after the round's reader work and only measured."""
    score = score_part("measure", pages=round8())
    assert score.boundary_f1 >= 0.9
    assert score.author_accuracy >= 0.9


def test_round_nine_exports_and_message_streams_keep_their_floor() -> None:
    """App exports with the app's own events among the messages and streams of mail and news
    articles one after another, written after the round's reader work and only measured."""
    score = score_part("measure", pages=round9())
    assert score.boundary_f1 >= 0.9
    assert score.author_accuracy >= 0.9


def test_round_ten_copies_in_other_languages_and_review_cards_keep_their_floor() -> None:
    """Review pages dated by the stay, an imageboard thread, mail chains and chat exports from
    clients set to German or French and a Facebook group copied in Spanish, written after the
    round's reader work and only measured."""
    score = score_part("measure", pages=added_in("_round10"))
    assert score.boundary_f1 >= 0.9
    assert score.author_accuracy >= 0.9


def test_round_eleven_tables_feeds_boards_abroad_and_listings_keep_their_floor() -> None:
    """A chat history as CSV, a post's comments as TSV and as an RSS feed, boards in German and
    French, a listing's reviews with the business's answer, news comments and a trip journal,
    written after the round's reader work and only measured (0.926 / 0.667 when first scored)."""
    score = score_part("measure", pages=added_in("_round11"))
    assert score.boundary_f1 >= 0.9
    assert score.author_accuracy >= 0.6

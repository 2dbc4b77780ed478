"""Name keys: the variants travellers write must meet on one key, and only those."""

from __future__ import annotations

import pytest

from gazetteer.normalize import is_code, is_latin, normalize_name


@pytest.mark.parametrize(
    ("variants", "key"),
    [
        (["Ålesund", "Alesund", "ALESUND", " alesund "], "alesund"),
        (["Bodø", "Bodo", "BODØ"], "bodo"),
        (["Røros", "Roros", "RØROS"], "roros"),
        (["Zürich", "Zurich"], "zurich"),
        (["Tromsø", "Tromso"], "tromso"),
        (["Æbeltoft", "Aebeltoft"], "aebeltoft"),
        (["Straße", "Strasse"], "strasse"),
        (["Łódź", "Lodz"], "lodz"),
        (["Þingvellir", "Thingvellir"], "thingvellir"),
        (["Egilsstaðir", "Egilsstadir"], "egilsstadir"),
        (["St. Ives", "St Ives", "Saint Ives", "ST. IVES"], "saint ives"),
        (["Sankt Moritz", "St. Moritz"], "saint moritz"),
        (["Mt. Cook", "Mount Cook", "Mt Cook"], "mount cook"),
        (["Stratford-upon-Avon", "Stratford upon Avon", "Stratford \u2013 upon \u2013 Avon"],
         "stratford upon avon"),
        (["L'Aquila", "L\u2019Aquila", "LAquila"], "laquila"),
        (["The Hague", "the Hague", "Hague"], "hague"),
        (["New   York", "New\tYork", "new york"], "new york"),
        (["Trinidad & Tobago", "Trinidad and Tobago"], "trinidad and tobago"),
        (["Koh Lipe", "Ko Lipe", "KOH LIPE"], "ko lipe"),
        (["Koh Rong Samloem", "Ko Rong Samloem"], "ko rong samloem"),
        (["Kruger NP", "Kruger N.P.", "Kruger National Park"], "kruger national park"),
    ],
)
def test_variants_share_one_key(variants: list[str], key: str) -> None:
    assert {normalize_name(v) for v in variants} == {key}


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Bergen", "Bergen op Zoom"),
        ("Oslo", "Osl"),
        ("Paris", "Parys"),
        ("Sankt", "Sanct"),
        ("Koh", "Ko"),  # the island word alone is no name: only the first of two or more words
        ("Lipe Koh", "Lipe Ko"),
        ("NP", "National Park"),  # the park's head alone is no name either
    ],
)
def test_different_names_stay_apart(a: str, b: str) -> None:
    assert normalize_name(a) != normalize_name(b)


def test_the_alone_is_kept_and_punctuation_only_is_empty() -> None:
    assert normalize_name("The") == "the"
    assert normalize_name("!!! ...") == ""


def test_latin_script_detection() -> None:
    assert is_latin("Ålesund") and is_latin("Þingvellir") and is_latin("Kraków 2")
    assert not is_latin("Берген") and not is_latin("ベルゲン") and not is_latin("Bergen ברגן")


def test_codes_are_two_to_four_capitals() -> None:
    assert is_code("OSL") and is_code("NYC") and is_code("UK")
    assert not is_code("Osl") and not is_code("osl") and not is_code("O") and not is_code("NC500")
    assert not is_code("ØSL")

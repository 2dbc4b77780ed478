"""A country, its land neighbours and a place by id are kept once read: the resolver asks for
them again for every name of every thread. Kept answers must be the database's answers, in any
spelling of the code, and a second ask must not read the database again."""

from __future__ import annotations

from gazetteer import Gazetteer

CODES = ["pe", "PE", "KH", "kh", "AT", "IS", "ZZ"]  # Peru, Cambodia, Austria, Iceland, none
IDS = ["admin1:PE.04", "admin1:AT.07", "admin1:XX.99"]


def answers(opened: Gazetteer, *, backwards: bool = False) -> list[object]:
    """Every answer, in the order of CODES and IDS; asked the other way round if ``backwards``."""
    asks = [
        *((opened.country, code) for code in CODES),
        *((opened.neighbours, code) for code in CODES),
        *((opened.get, place_id) for place_id in IDS),
    ]
    order = range(len(asks) - 1, -1, -1) if backwards else range(len(asks))
    got: dict[int, object] = {i: asks[i][0](asks[i][1]) for i in order}
    return [got[i] for i in range(len(asks))]


def test_kept_answers_are_the_database_answers_and_are_not_read_again(
    gazetteer: Gazetteer,
) -> None:
    with Gazetteer(gazetteer.path) as fresh:
        first = answers(fresh)
        statements: list[str] = []
        fresh._con.set_trace_callback(statements.append)
        again = answers(fresh)
        fresh._con.set_trace_callback(None)
    with Gazetteer(gazetteer.path) as other:
        backwards = answers(other, backwards=True)
    assert again == first == backwards
    assert statements == []
    peru = first[0]
    assert peru is not None and peru.kind == "country" and peru.country_code == "PE"
    assert first[1] == peru and first[6] is None  # "pe" and "PE" alike; no country "ZZ"
    assert {"BO", "BR", "CL", "CO", "EC"} <= first[7]  # Peru's land neighbours
    assert first[13] == frozenset()

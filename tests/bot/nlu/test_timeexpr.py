"""Time references resolved against today = 2026-11-25 (see the rules in timeexpr.py)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.nlu.numbers import normalise_numbers
from bot.nlu.timeexpr import VAGUE_PAST, find_time_refs
from tests.bot.nlu.nlu_cases import TODAY


def first_day(text: str, age=None) -> date:
    refs = find_time_refs(normalise_numbers(text), TODAY, age)
    assert refs, f"no time reference found in {text!r}"
    return refs[0].day


@pytest.mark.parametrize("text, expected, slack_days", [
    ("3 years ago", date(2023, 11, 25), 1),
    ("three years ago", date(2023, 11, 25), 1),
    ("6 months ago", date(2026, 5, 26), 1),
    ("a year and a half ago", date(2025, 5, 26), 2),
    ("two weeks back", date(2026, 11, 11), 0),
    ("ten days ago", date(2026, 11, 15), 0),
    ("a couple of months ago", date(2026, 9, 25), 1),
    ("since 2019", date(2019, 7, 1), 0),
    ("in 2015", date(2015, 7, 1), 0),
    ("end of 2018", date(2018, 12, 31), 0),
    ("the end of 2018", date(2018, 12, 31), 0),
    ("late 2019", date(2019, 11, 15), 0),
    ("mid-2017", date(2017, 7, 1), 0),
    ("in March", date(2026, 3, 15), 0),
    ("last March", date(2026, 3, 15), 0),
    ("in December", date(2025, 12, 15), 0),
    ("january of last year", date(2025, 1, 15), 0),
    ("march 2020", date(2020, 3, 15), 0),
    ("early June", date(2026, 6, 5), 0),
    ("end of march", date(2026, 3, 28), 3),
    ("the 4th of july", date(2026, 7, 4), 0),
    # a day of the month alone: this month if passed, else last month
    ("stopped them on the 8th", date(2026, 11, 8), 0),
    ("last dose on the 28th", date(2026, 10, 28), 0),
    ("august 10th", date(2026, 8, 10), 0),
    ("on 3/15/2026", date(2026, 3, 15), 0),
    ("2026-03-15", date(2026, 3, 15), 0),
    ("10/2025", date(2025, 10, 15), 0),
    ("in the spring", date(2026, 4, 15), 0),
    ("last spring", date(2026, 4, 15), 0),
    ("this past summer", date(2026, 7, 15), 0),
    ("over the summer", date(2026, 7, 15), 0),
    ("in the fall of 2019", date(2019, 10, 15), 0),
    ("right after Christmas", date(2025, 12, 28), 1),
    ("last christmas", date(2025, 12, 25), 0),
    ("new years eve 2019", date(2019, 12, 31), 0),
    ("earlier this month", date(2026, 11, 13), 1),
    ("back in the 90s", date(1995, 7, 1), 0),
    ("around easter", date(2026, 4, 5), 0),
    ("2 or 3 years ago", date(2024, 5, 26), 2),
    ("around thanksgiving", date(2025, 11, 27), 0),
    ("yesterday", date(2026, 11, 24), 0),
    ("last week", date(2026, 11, 18), 0),
    # the previous calendar month or year, at its middle; "the last year" is the past 12 months
    ("last month", date(2026, 10, 15), 0),
    ("removed last year", date(2025, 7, 1), 0),
    ("in the last year", date(2025, 11, 25), 0),
    ("over the last month", date(2026, 10, 25), 1),
    ("two decades ago", date(2006, 11, 25), 1),
    # the year named first, then the month inside it (from dev21)
    ("quit last year in March", date(2025, 3, 15), 0),
    ("in 2019 around early June", date(2019, 6, 5), 0),
    ("last year in may", date(2025, 5, 15), 0),
    ("May", date(2026, 5, 15), 0),  # the month alone answering "when"
    ("may, I think", date(2026, 5, 15), 0),
])
def test_resolves_to_the_rule_date(text, expected, slack_days):
    assert abs((first_day(text) - expected).days) <= slack_days


def test_a_month_after_a_year_with_its_own_year_is_not_joined():
    refs = find_time_refs("in 2019 in march of 2020", TODAY)
    assert [ref.day for ref in refs] == [date(2019, 7, 1), date(2020, 3, 15)]
    # a comma lists months of another time: each month stays the latest such month
    refs = find_time_refs("two flares last year, in march and june", TODAY)
    assert [ref.day for ref in refs] == [date(2025, 7, 1), date(2026, 3, 15), date(2026, 6, 15)]


def test_when_i_turned_needs_the_known_age():
    assert abs((first_day("when I turned 60", age=66) - date(2020, 11, 25)).days) <= 2
    assert find_time_refs("when i turned 60", TODAY, None) == []


def test_month_is_never_in_the_future():
    for month in ("january", "june", "november", "december"):
        assert first_day(f"in {month}") <= TODAY


def test_months_before_uses_the_average_month():
    ref = find_time_refs("in march", TODAY)[0]
    assert ref.months_before(TODAY) == pytest.approx((TODAY - date(2026, 3, 15)).days / 30.4375, abs=0.01)


@pytest.mark.parametrize("text", ["i'm 65", "5'7\"", "a pack a day", "2000 mg", "180 cm", "may i ask", "it may be",
                                  "on the 3rd floor", "on the 2nd try"])
def test_no_time_where_there_is_none(text):
    assert find_time_refs(normalise_numbers(text), TODAY) == []


@pytest.mark.parametrize("text, vague", [
    ("a long time ago", True), ("ages back", True), ("so long ago", True), ("years and years ago", True),
    ("a good while back", True), ("decades ago", True),
    ("a couple of years ago", False), ("3 years back", False), ("a long time", False),  # a number, or no "ago"
])
def test_vague_past_has_no_number_to_date_it(text, vague):
    normalised = normalise_numbers(text)
    assert bool(VAGUE_PAST.search(normalised)) and not find_time_refs(normalised, TODAY) if vague \
        else not (VAGUE_PAST.search(normalised) and not find_time_refs(normalised, TODAY))

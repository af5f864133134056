"""Numbers written in words, fractions and ranges, as the extractors downstream need them."""

from __future__ import annotations

import pytest

from bot.nlu.numbers import collapse_ranges, normalise_numbers, numbers_in


@pytest.mark.parametrize("text, expected", [
    ("sixty-eight", "68"),
    ("Sixty Eight", "68"),
    ("I'm sixty-five", "i'm 65"),
    ("twenty five years", "25 years"),
    ("a pack and a half a day", "1.5 packs a day"),
    ("half a pack a day", "0.5 pack a day"),
    ("about a half pack", "about 0.5 pack"),
    ("1/2 a pack", "0.5 pack"),
    ("3 1/2 years", "3.5 years"),
    ("two and a half years", "2.5 years"),
    ("a year and a half ago", "1.5 years ago"),
    ("six months and a half", "6.5 months"),
    ("one hundred and ten pounds", "110 pounds"),
    ("a hundred and sixty pounds", "160 pounds"),
    ("a couple of years", "2 years"),
    ("a dozen a day", "12 a day"),
    ("nineteen fifty-eight", "1958"),
    ("born in nineteen sixty", "born in 1960"),
    ("two thousand and ten", "2010"),
    ("twenty twenty", "2020"),
    ("1,000", "1000"),
    ("thirty or forty years", "30 or 40 years"),
    ("no one knows", "no one knows"),
    ("three-quarters of a pack", "0.75 pack"),
    ("three quarters of a pack", "0.75 pack"),
    ("3/4 of a pack a day", "0.75 pack a day"),
    ("for three decades", "for 30 years"),
    ("a couple of decades ago", "20 years ago"),
    ("a decade", "10 years"),  # "one" as a pronoun stays... readable; digits only for numbers
])
def test_normalise_numbers(text, expected):
    assert normalise_numbers(text) == expected


@pytest.mark.parametrize("text, value, approximate", [
    ("40", 40.0, False),
    ("about 30", 30.0, True),
    ("30 or 40", 35.0, True),
    ("30-40", 35.0, True),
    ("2015 or 2016", 2015.0, False),
    ("between 30 and 40", 35.0, True),
    ("30 to 40", 35.0, True),
    ("maybe 25", 25.0, True),
    ("roughly 12.5", 12.5, True),
    ("40ish", 40.0, True),
    ("40 or so", 40.0, True),
])
def test_numbers_in_reads_ranges_and_hedges(text, value, approximate):
    found = numbers_in(text)
    assert found[0].value == pytest.approx(value)
    assert found[0].approximate is approximate


@pytest.mark.parametrize("text, expected", [
    ("30 or 40 years", "about 35 years"),
    ("about 30 or 40 years", "about 35 years"),
    ("1-2 packs a day", "about 1.5 packs a day"),
    ("between 30 and 40 percent", "about 35 percent"),
    ("2 or 3 years ago", "about 2.5 years ago"),
    ("from 18 to 60", "from 18 to 60"),
    ("quit in 2015 or 2016", "quit in 2015 or 2016"),
    ("5-9", "5-9"),
    ("12/30/1955", "12/30/1955"),
    ("2026-03-15", "2026-03-15"),
    ("5'6-5'7", "5'6-5'7"),
    ("20 or 3", "20 or 3"),
])
def test_collapse_ranges(text, expected):
    assert collapse_ranges(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("a pack a day", "1 pack a day"),
    ("in my late sixties", "in my late 60s"),
    ("half a block", "0.5 block"),
    ("the last one was in may", "the last one was in may"),
    ("a bad one in march", "a bad one in march"),
    ("one pack a day", "1 pack a day"),
])
def test_normalise_counts_and_pronouns(text, expected):
    assert normalise_numbers(text) == expected

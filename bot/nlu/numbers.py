"""Numbers written in words ("sixty-eight", "a pack and a half") turned into digits, and numbers read
with their hedges and ranges ("about 30", "30 or 40").

Extractors run on the normalised text, so every later pattern only has to match digits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
        "seventy": 70, "eighty": 80, "ninety": 90}
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
}
DECADES = {"twenties": "20s", "thirties": "30s", "forties": "40s", "fourties": "40s", "fifties": "50s",
           "sixties": "60s", "seventies": "70s", "eighties": "80s", "nineties": "90s"}
FRACTIONS = {"1/2": 0.5, "½": 0.5, "1/4": 0.25, "¼": 0.25, "3/4": 0.75, "¾": 0.75}

_TENS = "|".join(TENS)
_DIGIT_WORDS = "|".join(k for k, v in UNITS.items() if 0 < v < 10)
_TEENS = "|".join(k for k, v in UNITS.items() if v >= 10)
_ALL_UNITS = "|".join(sorted(UNITS, key=len, reverse=True))

# "nineteen fifty-eight", "twenty nineteen": a century word followed by a two-digit part.
_YEAR_WORDS = re.compile(
    rf"\b(?P<century>nineteen|twenty)[\s-]+(?:(?P<tens>{_TENS})(?:[\s-]+(?P<unit>{_DIGIT_WORDS}))?"
    rf"|(?P<teen>{_TEENS}))\b(?![\s-]+(?:years?|yrs?|months?|weeks?|days?|packs?|cig\w*|a day|per)\b)")
_COMPOUND = re.compile(
    rf"\b(?P<tens>{_TENS})(?:[\s-]+(?P<unit>{_DIGIT_WORDS}))?\b|\b(?P<single>{_ALL_UNITS})\b")
# "one" as a pronoun ("the last one", "no one", "a bad one") is not a number.
_PRONOUN_ONE = re.compile(
    r"\b(?:the|a|an|no|that|this|which|every|each|any|some|another|last|first|bad|big|worst|"
    r"latest|recent|only|little|new|old|other|right|wrong|same|good|mild|severe|serious|real|"
    r"nasty|major|minor)\s+one\b(?!\s+(?:and\s+a\s+half|packs?|cig\w*|years?|months?|weeks?|days?))")
_HUNDRED = re.compile(r"\b(?:a\s+|(\d+)\s+)hundred(?:\s+(?:and\s+)?(\d{1,2}))?\b")
_THOUSAND = re.compile(r"\b(\d+)\s+thousand(?:\s+(?:and\s+)?(\d{1,3}))?\b")
_HALF_UNIT = r"(?:years?|yrs?|months?|weeks?|days?|hours?|packs?|packets?|blocks?|miles?|stone)"

# Phrases with a fixed value; the order matters (longer phrases first).
_PHRASES = [
    (re.compile(r"\b(\d+)\s+(" + _HALF_UNIT + r")\s+and\s+a\s+half\b"),
     lambda m: f"{int(m.group(1)) + 0.5:g} {_plural(m.group(2))}"),
    (re.compile(r"\b(?:(?:a|an|1)\s+)?(" + _HALF_UNIT + r")\s+and\s+a\s+half\b"), lambda m: f"1.5 {_plural(m.group(1))}"),
    (re.compile(r"\b(\d+)\s*-?\s*and\s+a\s+half\b"), lambda m: f"{int(m.group(1)) + 0.5:g}"),
    (re.compile(r"\bhalf\s+a\s+dozen\b"), lambda m: "6"),
    (re.compile(r"\ba\s+dozen\b"), lambda m: "12"),
    (re.compile(r"\b(?:a\s+)?half\s+(?:an?\s+)?(?=[a-z])(?!the\b|of\b|my\b|an?\s+hour\b|hour\b)"), lambda m: "0.5 "),
    (re.compile(r"\ba\s+quarter\s+(?:of\s+)?(?:an?\s+)?"), lambda m: "0.25 "),
    (re.compile(r"(?<![\w.])quarter\s+(?:of\s+)?(?:an?\s+)?(?=packs?\b|pk\b)"), lambda m: "0.25 "),  # "quarter pack a day"
    # "three-quarters of a pack" (the number word is already a digit here)
    (re.compile(r"\b([1-3])[\s-]*quarters?\s+(?:of\s+)?(?:an?\s+)?(?=[a-z])"), lambda m: f"{int(m.group(1)) / 4:g} "),
    # "a third of normal", "two thirds of a pack" ("third" is already the ordinal "3th" here); not "a third time"
    (re.compile(r"\b(?:a|1)\s+3th\s+(?:of\s+)?(?:an?\s+)?(?=(?:normal|predicted|what|packs?)\b)"), lambda m: "0.33 "),
    (re.compile(r"\b2\s+3ths\s+(?:of\s+)?(?:an?\s+)?(?=(?:normal|predicted|what|packs?)\b)"), lambda m: "0.67 "),
    # "a few a day, maybe 5": the number that follows the vague count says how many
    (re.compile(r"\b(?:a\s+few|(?:a\s+)?couple(?:\s+of)?|several|some)\s+(?P<what>(?:cig\w*\s+|smokes\s+)?(?:(?:a|per|each)\s+day|daily))"
                r"\W+(?:maybe|about|around|probably|like|say|roughly|i'?d say|more like)\s+(?P<n>\d+(?:\.\d+)?)\b"
                r"(?!\.\d|\s*(?:years?|yrs?|months?|weeks?|days?|packs?|hours?))"), lambda m: f"about {m.group('n')} {m.group('what')}"),
    (re.compile(r"\b(?:a\s+)?couple\s+(?:of\s+)?(?=[a-z])"), lambda m: "2 "),
    (re.compile(r"\ba\s+few\s+(?=[a-z])"), lambda m: "3 "),
    (re.compile(r"\bseveral\s+(?=[a-z])"), lambda m: "3 "),
    # "a pack a day" -> "1 pack a day", so a correction ("a pack, sorry, 2 packs") has a number to replace
    (re.compile(r"\ban?\s+(?=(?:pack|packet|carton)s?\b)"), lambda m: "1 "),
    (re.compile(r"\b(%s)\b" % "|".join(DECADES)), lambda m: DECADES[m.group(1)]),
    # "three decades", "a couple of decades ago": years, which every time pattern reads
    (re.compile(r"\b(\d+(?:\.\d+)?|an?)\s+decades?\b"),
     lambda m: f"{(1 if m.group(1) in ('a', 'an') else float(m.group(1))) * 10:g} years"),
]


def _plural(unit: str) -> str:
    return unit if unit.endswith("s") or unit == "stone" else unit + "s"


def _year(match: re.Match) -> str:
    century = 1900 if match.group("century") == "nineteen" else 2000
    if match.group("teen"):
        return str(century + UNITS[match.group("teen")])
    return str(century + TENS[match.group("tens")] + UNITS.get(match.group("unit") or "", 0))


def _compound(match: re.Match) -> str:
    if match.group("single"):
        return str(UNITS[match.group("single")])
    return str(TENS[match.group("tens")] + UNITS.get(match.group("unit") or "", 0))


def _words_to_digits(text: str) -> str:
    # Hide pronoun "one"s behind a placeholder so the number pass leaves them alone.
    text = _PRONOUN_ONE.sub(lambda m: m.group(0)[:-3] + "\x00ne", text)
    text = _YEAR_WORDS.sub(_year, text)
    text = _COMPOUND.sub(_compound, text)
    text = text.replace("\x00ne", "one")
    return re.sub(r"\b(%s)\b" % "|".join(ORDINALS), lambda m: f"{ORDINALS[m.group(1)]}th", text)


def _fractions(text: str) -> str:
    """'3 1/2' -> '3.5', '1/2 a pack' -> '0.5 pack'; dates like 1/2/2020 are left alone."""
    def whole_and_part(match: re.Match) -> str:
        return f"{int(match.group(1) or 0) + FRACTIONS[match.group(2)]:g}"
    text = re.sub(r"(?<![\d/.])(?:(\d+)\s*-?\s*)?(1/2|1/4|3/4|½|¼|¾)(?![\d/])", whole_and_part, text)
    return re.sub(r"\b(0\.\d+)\s+(?:of\s+)?an?\s+(?=[a-z])", r"\1 ", text)


def normalise_numbers(text: str) -> str:
    """Lower-case the text and write every number in digits; keeps the text otherwise intact."""
    # no fact has more than 8 digits; long runs (pasted ids, key mashing) only slow the matching down
    result = re.sub(r"\d{9,}", " ", text.lower())
    for old, new in (("\u2019", "'"), ("\u2018", "'"), ("\u2032", "'"), ("\u201c", '"'),
                     ("\u201d", '"'), ("\u2033", '"'), ("\u2013", "-"), ("\u2014", " - ")):
        result = result.replace(old, new)
    result = _words_to_digits(result)
    # a hesitation inside one number: "sixty... six", "seventy uh two"
    result = re.sub(r"\b([2-9]0)(?:\s*(?:\.{2,}|\u2026)\s*|\s+(?:uh+|um+|er+|erm)[,.]*\s+)([1-9])\b(?!\d|\.\d)",
                    lambda m: str(int(m.group(1)) + int(m.group(2))), result)
    result = _fractions(result)
    result = re.sub(r"\ba buck (\d{1,2})\b", lambda m: str(100 + int(m.group(1))), result)  # "a buck fifty" = 150
    for pattern, replacement in _PHRASES:
        result = pattern.sub(replacement, result)
    # after the phrases, so "a couple hundred" is 200
    result = _HUNDRED.sub(lambda m: str(int(m.group(1) or 1) * 100 + int(m.group(2) or 0)), result)
    result = _THOUSAND.sub(lambda m: str(int(m.group(1)) * 1000 + int(m.group(2) or 0)), result)
    # "1,000" -> "1000" but keep "5,6" list commas that are not thousands.
    return re.sub(r"\b(\d{1,3}),(\d{3})\b", r"\1\2", result)


# ---------------------------------------------------------------- numbers with hedges and ranges

HEDGE_BEFORE = (r"about|around|roughly|approximately|approx\.?|maybe|perhaps|probably|nearly|almost|"
                r"close to|some|over|more than|less than|under|at least|at most|up to|give or take|"
                r"somewhere around|something like|like")
HEDGE_AFTER = r"ish\b|\s*\+|\s+or so\b|\s+give or take\b|\s+odd\b|\s+or more\b|\s+or less\b|\s*\?"
_NUMBER = r"\d+(?:\.\d+)?"
_RANGE = re.compile(
    rf"(?<![\d.\-/:'])(?:(?P<hedge>(?:{HEDGE_BEFORE})\s+)?(?:between\s+(?P<b1>{_NUMBER})\s+and\s+(?P<b2>{_NUMBER})"
    rf"|(?P<n1>{_NUMBER})(?:\s*(?P<sep>-|to|or)\s*(?P<n2>{_NUMBER}))?))(?P<after>{HEDGE_AFTER})?(?![\d.\-/:'\"])")
_SPAN_BEFORE = re.compile(r"\b(?:from|since|age|aged)\s+$")  # "from 18 to 60" is a span, not a range


@dataclass(frozen=True)
class Number:
    """A number as stated: a range is its middle, and ranges and hedges are approximate."""

    value: float
    start: int
    end: int
    approximate: bool
    is_range: bool = False


def _is_range(low: float, high: float) -> bool:
    """'30 or 40', '1-2' are ranges; '20 or 3', '18 to 60' (ages, a span) and years are separate numbers."""
    return low < high <= low * 2 and high < 1900


def numbers_in(text: str) -> list[Number]:
    """Every number in normalised text, with "30 or 40" read as 35 (approximate)."""
    found = []
    for match in _RANGE.finditer(text):
        hedged = bool(match.group("hedge") or match.group("after"))
        first, second = ("b1", "b2") if match.group("b1") else ("n1", "n2")
        low = float(match.group(first))
        high = float(match.group(second)) if match.group(second) else low
        if match.group(second) and not _is_range(low, high):
            found.append(Number(low, match.start(first), match.end(first), hedged))
            found.append(Number(high, match.start(second), match.end(second), hedged))
        else:
            found.append(Number((low + high) / 2, match.start(), match.end(), hedged or high != low,
                                is_range=high != low))
    return found


def collapse_ranges(text: str) -> str:
    """'30 or 40 years' -> 'about 35 years', so every extractor reads one value, flagged by 'about'.

    Spans ("from 18 to 60") and "5-9" on its own (a height in feet and inches) are left alone.
    """
    pieces, last = [], 0
    for number in numbers_in(text):
        if not number.is_range or _SPAN_BEFORE.search(text[max(0, number.start - 8):number.start]):
            continue
        stated = text[number.start:number.end]
        if re.fullmatch(r"\d-\d{1,2}", stated.strip()) and not re.match(r"\s*[a-z]", text[number.end:]):
            continue
        pieces += [text[last:number.start], f"about {number.value:g}"]
        last = number.end
    return "".join(pieces) + text[last:]

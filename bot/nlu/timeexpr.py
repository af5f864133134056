"""Time references in answers ("in March", "3 years ago", "since 2019", "end of 2018") as dates.

Runs on text normalised by `numbers.normalise_numbers`. Vague references resolve to the middle of
the period they name ("in 2015" = 1 July 2015, "in March" = 15 March, "early June" = 5 June,
"end of 2018" = 31 December 2018), and a month or holiday without a year is the most recent one
that is not in the future. A month is 30.4375 days (bot.dates.DAYS_PER_MONTH).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Callable, Optional

from bot.dates import DAYS_PER_MONTH

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
}
SEASONS = {"winter": (1, 15), "spring": (4, 15), "summer": (7, 15), "fall": (10, 15), "autumn": (10, 15)}
SEASON_MONTHS = {"winter": (12, 1, 2), "spring": (3, 4, 5), "summer": (6, 7, 8), "fall": (9, 10, 11),
                 "autumn": (9, 10, 11)}
PART_DAY = {"early": 5, "beginning": 5, "start": 5, "mid": 15, "middle": 15, "late": 25, "end": 28}
PART_YEAR = {"early": (2, 15), "beginning": (1, 15), "start": (1, 15), "mid": (7, 1),
             "middle": (7, 1), "late": (11, 15), "end": (12, 31)}
UNIT_DAYS = {"day": 1, "week": 7, "month": DAYS_PER_MONTH, "year": 365.25, "decade": 3652.5}
UNIT_ALIASES = {"yr": "year", "wk": "week", "mo": "month"}
HEDGES = r"about|around|roughly|almost|nearly|over|maybe|approximately|probably|more than|less than|under"


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The n-th given weekday of a month (n = -1 for the last one); Monday is 0."""
    days = [d for d in range(1, calendar.monthrange(year, month)[1] + 1)
            if date(year, month, d).weekday() == weekday]
    return date(year, month, days[n])


def _easter(year: int) -> date:
    """Western Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * m + 114, 31)
    return date(year, month, day + 1)


HOLIDAYS: dict[str, Callable[[int], date]] = {
    "christmas": lambda y: date(y, 12, 25), "xmas": lambda y: date(y, 12, 25),
    "christmas eve": lambda y: date(y, 12, 24), "new years eve": lambda y: date(y, 12, 31),
    "new year": lambda y: date(y, 1, 1), "halloween": lambda y: date(y, 10, 31),
    "4th of july": lambda y: date(y, 7, 4), "independence day": lambda y: date(y, 7, 4),
    "thanksgiving": lambda y: _nth_weekday(y, 11, 3, 3), "easter": _easter,
    "labor day": lambda y: _nth_weekday(y, 9, 0, 0), "valentines day": lambda y: date(y, 2, 14),
    "st patricks day": lambda y: date(y, 3, 17), "memorial day": lambda y: _nth_weekday(y, 5, 0, -1),
}

_MONTH = r"(?P<month>%s)\b\.?" % "|".join(sorted(MONTHS, key=len, reverse=True))
_UNIT = r"(?P<unit>day|week|month|year|yr|wk|mo|decade)s?\b"
_PART = r"(?:(?P<part>early|beginning|start|mid|middle|late|end)(?:\s+of\s+|-\s*|\s+)(?:the\s+)?)"
# "3", "2 or 3" (read as 2.5), "a"; a range is approximate
_COUNT = r"(?:(?P<num>\d+(?:\.\d+)?)(?:\s*(?:-|to|or)\s*(?P<num2>\d+(?:\.\d+)?))?|(?P<a>a|an|1))\s*(?:\+\s*)?"

# Applied in this order; a later pattern never takes text an earlier one has taken.
_PATTERNS: list[tuple[str, re.Pattern]] = [
    # "two Christmases ago": the most recent one, then back a year for each more
    ("holidays_ago", re.compile(r"\b(?P<num>\d+)\s+(?P<name>christmases|thanksgivings|easters|summers|winters|springs|falls|autumns)\s+ago\b")),
    # "the first week of this month", "the last week of October"
    ("week_of_month", re.compile(r"\b(?:the\s+)?(?P<nth>first|1th|second|2th|third|3th|last)\s+week\s+(?:of|in)\s+(?:(?P<which>this|last)\s+month|" + _MONTH + r")")),
    # "4/10" (month/day, as Americans write it) answering a "when" question
    ("month_day", re.compile(r"(?:^\W*|\b(?:on|since|from|until|till|was|in|ended|finished|stopped|done|started|began|begun)\s+)(?P<m>1[0-2]|0?[1-9])/(?P<d>3[01]|[12]\d|0?[1-9])(?![/\d])(?=\W*$|\s*[,.;]|\s+(?:and|but)\b)")),
    # "2 yrs this january": an anniversary, counted back from the coming such month
    ("anniversary", re.compile(r"\b(?P<approx>(?:" + HEDGES + r")\s+)?" + _COUNT + r"(?P<unit>year|yr)s?\s+(?:this|this coming|come|in)\s+"
                               + _MONTH)),
    # "2026-03-15", "3/15/2026", "30.12.1955", "10/2025"
    ("iso_date", re.compile(r"\b(?P<year>(?:19|20)\d{2})-(?P<month>\d{1,2})-(?P<day>\d{1,2})\b")),
    ("numeric_date", re.compile(r"(?<![\d/.])(?P<a>\d{1,2})[/.-](?P<b>\d{1,2})[/.-](?P<year>(?:19|20)\d{2}|\d{2})(?![\d/.])")),
    ("month_year", re.compile(r"(?<![\d/.])(?P<month>\d{1,2})/(?P<year>(?:19|20)\d{2})(?![\d/])")),
    # "the 4th of july this year", "4 july 2026"
    ("day_month", re.compile(r"\b(?:the\s+)?(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH
                             + r"(?:,?\s+(?P<year>(?:19|20)\d{2}))?(?P<this>\s+this\s+year)?")),
    # "last year in March", "in 2019 around June": the year named first, then the month inside it
    ("year_then_month", re.compile(r"\b(?:(?P<lastyear>last\s+year)|(?<=\bin )(?P<year>(?:19|20)\d{2}))\s+(?:in|around|about|during)\s+"
                                   + _PART + "?" + _MONTH + r"(?!\s+(?:of\s+)?(?:(?:19|20)\d{2}|this|last)\b)")),
    # "august 10th", "january 2020", "early june", "end of march 2019", "last march"
    ("month", re.compile(r"\b(?P<last>last\s+|this\s+past\s+|this\s+|past\s+)?" + _PART + "?" + _MONTH
                         + r"(?:\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\b)?"
                         + r"(?:,?\s+(?:of\s+)?(?P<year>(?:19|20)\d{2}|'\d{2}))?"
                         + r"(?P<this>\s+(?:of\s+)?this\s+year)?(?P<lastyear>\s+(?:of\s+)?last\s+year)?")),
    # "finished them on the 8th": a day of this month, or of last month if it is still ahead
    # "on the 3rd of this month", "the 20th of last month"
    ("day_of_month", re.compile(r"\b(?:on\s+the|(?P<the>the))\s+(?P<day>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b"
                                r"(?:\s+of\s+(?P<which>this|last)\s+month\b)?(?!\s+(?:time|day|week|floor|try|attempt|one))")),
    # "8 weeks ago this friday": counted back from the coming weekday
    ("ago_from_weekday", re.compile(rf"\b(?P<approx>(?:{HEDGES})\s+)?" + _COUNT + _UNIT
                                    + r"\s+(?:ago|back)\s+(?:this|on|next|come)\s+(?P<weekday>monday|tuesday|wednesday|thursday|"
                                    r"friday|saturday|sunday|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\b")),
    # "3 years ago", "about 6 weeks back", "a year ago"
    ("ago", re.compile(rf"\b(?P<approx>(?:{HEDGES})\s+)?" + _COUNT + _UNIT
                       + r"\s+(?:ago|back(?!\s+(?:in|on|at|around|when|during|before|after|then|home)\b)|before now|earlier)\b(?:\s+(?:today|this\s+(?:week|month))\b)?")),  # not "for 5 days back in july"; "4 years ago this month"
    # "my independence day" (the day someone quit) is not the 4th of July
    ("holiday", re.compile(r"\b(?P<rel>right\s+after|just\s+after|after|before|around|at|over)?\s*"
                           r"(?<!my )(?<!our )(?<!his )(?<!her )(?P<last>last\s+)?(?P<name>(?:christmas|new\s+years?(?:'s)?)\s+eve|christmas|xmas|"
                           r"new\s+years?(?:'s)?|thanksgiving|easter|"
                           r"halloween|4th\s+of\s+july|independence\s+day|labor\s+day|memorial\s+day|valentine'?s?(?:\s+day)?|"
                           r"st\.?\s+patrick'?s?(?:\s+day)?)\b"
                           # "Easter Sunday", "Thanksgiving Thursday": the weekday is the holiday's own
                           r"(?:\s+(?:day|sunday|monday|thursday|weekend))?(?:,?\s+(?:of\s+)?(?P<year>(?:19|20)\d{2})\b)?(?P<this>\s+this\s+year)?")),
    # "at the start of this month", "end of last month", "early last year"
    ("part_of_period", re.compile(r"\b" + _PART + r"(?P<which>this|last|the)\s+(?P<unit>month|year)\b")),
    # "last friday", "on monday", "this past tuesday": the most recent such day before today
    ("weekday", re.compile(r"\b(?:(?P<which>last|this\s+past|past|on|this)\s+|(?<!every )(?<!each )(?<!the )(?=(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b(?!s)))(?P<weekday>monday|tuesday|wednesday|thursday|"
                           r"friday|saturday|sunday|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\b")),
    # "back when covid started", "right before the pandemic": March 2020
    ("pandemic", re.compile(r"\b(?:(?:when|since|after|before|until|till)\s+(?:the\s+)?(?:covid(?:-19)?|pandemic|coronavirus|lockdowns?)\b"
                            r"(?:\s+(?:started|hit|began|came|first hit|kicked off|happened))?|"
                            r"(?:start|beginning)\s+of\s+(?:the\s+)?(?:covid(?:-19)?|pandemic|lockdowns?)\b|"
                            r"(?:covid(?:-19)?|the pandemic|lockdown)\s+(?:started|hit|began))")),
    # "a fortnight ago", "the other day", "the week before last"
    ("fixed_ago", re.compile(r"\b(?P<phrase>(?:a|one)\s+fortnight\s+(?:ago|back)|the\s+other\s+day|"
                             r"the\s+week\s+before\s+last|the\s+month\s+before\s+last|the\s+year\s+before\s+last)\b")),
    ("last_unit", re.compile(r"\b(?P<the>the\s+)?(?P<which>last|this|past)\s+(?P<unit>week|month|year)\b")),
    # "in the spring", "last summer", "the fall of 2019"
    ("season", re.compile(r"\b(?P<which>last|this|this\s+past|past|the|in|over|during)?\s*"
                          r"(?P<season>winter|spring|summer|fall|autumn)"
                          r"(?:\s+(?:of\s+)?(?P<year>(?:19|20)\d{2}))?\b")),
    # "back in the 90s", "the early 2000s": the middle of the (part of the) decade
    ("decade", re.compile(r"\bthe\s+(?:(?P<part>early|mid|late)[\s-]+)?(?P<century>19|20)?(?P<decade>\d)0'?s\b")),
    # "in 2015", "since 2019", "end of 2018", "early 2019"
    ("year", re.compile(r"\b" + _PART + r"?(?P<year>(?:19[2-9]\d|20[0-4]\d))\b")),
    ("relative_day", re.compile(r"\b(?P<word>yesterday|today|this\s+morning|tonight|last\s+night|this\s+week|"
                                r"right\s+now|currently|these\s+days|nowadays)\b")),
    # bare durations: "ten years", "for 3 months now" (a "when" only if the answer has nothing else)
    ("duration", re.compile(rf"\b(?P<approx>(?:{HEDGES})\s+)?" + _COUNT + _UNIT + r"(?!\s+old\b)")),  # not "71 years old"
]
# "a day" after a count or a noun is a rate ("a pack a day", "5 a day"), not a time.
_RATE_BEFORE = re.compile(r"(?:\d|\b(?:packs?|packets?|cig\w*|smokes|times|once|twice|puffs|pills?|"
                          r"tablets?|doses?|mg|cartons?|cans?|pouches|pieces?|sticks?))\s*$")
# a 4-digit number right before a unit is not a year ("2000 mg", "1955 steps")
_NOT_A_YEAR_AFTER = re.compile(r"\s*(mg|ml|cm|kg|lbs?\b|m\b|steps|yards|feet|meters|metres|calories)")


@dataclass(frozen=True)
class TimeRef:
    """A point in time the text refers to; `duration_days` when it came from "N units (ago)"."""

    day: date
    start: int
    end: int
    kind: str  # "date" | "ago" | "duration" | "now"
    approximate: bool = False
    duration_days: Optional[float] = None

    def months_before(self, today: date) -> float:
        return round((today - self.day).days / DAYS_PER_MONTH, 2)

    def weeks_before(self, today: date) -> float:
        return round((today - self.day).days / 7, 2)


# a time long past with no number to date it: "a long time ago", "ages ago", "years back", "way back"
VAGUE_PAST = re.compile(r"\b(?:(?:a\s+)?(?:long|good|great)\s+(?:time|while)\s+(?:ago|back)|(?:so\s+|very\s+|too\s+)?long\s+ago|"
                        r"ages\s+(?:ago|back)|(?:many\s+|several\s+|some\s+)?years\s+(?:and\s+years\s+)?(?:ago|back)|decades\s+(?:ago|back)|"
                        r"a\s+while\s+(?:ago|back)|some\s+time\s+(?:ago|back)|way\s+back|forever\s+ago|a\s+long\s+while)\b")


def find_time_refs(text: str, today: date, age: Optional[float] = None) -> list[TimeRef]:
    """Every time reference in `text` (already normalised), left to right, without overlaps.

    `age` (years) resolves "when I turned 60"; without it such phrases are not dates.
    """
    found: list[TimeRef] = []
    taken = bytearray(len(text) + 1)  # characters already part of a reference

    def add(ref: Optional[TimeRef]) -> None:
        if ref is not None and not any(taken[ref.start:ref.end]):
            found.append(ref)
            taken[ref.start:ref.end] = b"\x01" * (ref.end - ref.start)

    if age is not None:
        for ref in _age_refs(text, today, age):
            add(ref)
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(text):
            if not any(taken[match.start():match.end()]):
                add(_RESOLVERS[kind](match, today))
    return sorted(found, key=lambda ref: ref.start)


def _age_refs(text: str, today: date, age: float) -> list[TimeRef]:
    refs = []
    for match in re.finditer(r"\b(?:when|since|after)\s+(?:i|she|he|they)\s+(?:turned|was|hit)\s+(?P<n>\d{2})\b|"
                             # "quit smoking at 55" (with the age now), "when I retired at 65", "after I moved here at age 60"
                             r"\b(?:quit|stopped|gave up|packed it in)(?:\s+(?:smoking|cigarettes|it|them|the \w+))?\s+at\s+(?:age\s+)?(?P<q>\d{2})\b(?!\s*(?:%|a day))|"
                             r"\b(?:when|since|after)\s+(?:i|she|he|they)\s+\w+(?:\s+\w+){0,3}?\s+at\s+(?:age\s+)?(?P<at>\d{2})\b(?!\s*(?:%|a day|years|yrs))|"
                             r"\b(?:on|after|at|for|around)\s+(?:my|her|his|their)\s+(?P<nth>\d{2})(?:st|nd|rd|th)(?:\s+birthday)?\b",
                             text):
        n = match.group("n") or match.group("nth") or match.group("at") or match.group("q")
        years_back = age - int(n)
        if 0 <= years_back < 90:
            refs.append(TimeRef(today - timedelta(days=round(years_back * 365.25)), match.start(),
                                match.end(), "date", approximate=True))
    return refs


# ---------------------------------------------------------------- resolvers, one per pattern kind

def safe_date(year: int, month: int, day: int) -> Optional[date]:
    """The date, with a day past the month's end moved to its last day ("February 30" -> the 28th or 29th)."""
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return date(year, month, min(day, calendar.monthrange(year, month)[1]))


def _latest_not_future(month: int, day: int, today: date, skip_current_month: bool = False) -> date:
    """This year's date if it has passed (and is not in the current month when skipped), else last year's."""
    this_year = safe_date(today.year, month, day)
    if this_year > today or (skip_current_month and month == today.month):
        return safe_date(today.year - 1, month, day)
    return this_year


def _two_digit_year(raw: str, today: date) -> int:
    value = int(raw)
    if len(raw) == 4:
        return value
    return 2000 + value if 2000 + value <= today.year else 1900 + value


def _ref(match: re.Match, day: Optional[date], kind: str = "date", approximate: bool = False,
         duration_days: Optional[float] = None) -> Optional[TimeRef]:
    if day is None:
        return None
    return TimeRef(day, match.start(), match.end(), kind, approximate, duration_days)


def _iso_date(match: re.Match, today: date) -> Optional[TimeRef]:
    return _ref(match, safe_date(int(match["year"]), int(match["month"]), int(match["day"])))


def _numeric_date(match: re.Match, today: date) -> Optional[TimeRef]:
    first, second = int(match["a"]), int(match["b"])
    # month first (US), unless the first number cannot be a month ("30/12/1955")
    month, day = (second, first) if first > 12 else (first, second)
    return _ref(match, safe_date(_two_digit_year(match["year"], today), month, day))


def _month_year(match: re.Match, today: date) -> Optional[TimeRef]:
    return _ref(match, safe_date(int(match["year"]), int(match["month"]), 15), approximate=True)


def _day_month(match: re.Match, today: date) -> Optional[TimeRef]:
    month, day = MONTHS[match["month"]], int(match["day"])
    if match["year"] or match["this"]:
        year = int(match["year"]) if match["year"] else today.year
        return _ref(match, safe_date(year, month, day))
    if not 1 <= day <= 31:
        return None
    return _ref(match, _latest_not_future(month, day, today))


def _day_of_month(match: re.Match, today: date) -> Optional[TimeRef]:
    day = int(match["day"])
    if match["the"] and not match["which"]:
        return None  # "the 3rd" alone may be anything ("the 3rd time"); "on the 3rd" is a day
    if match["which"] == "this":
        return _ref(match, safe_date(today.year, today.month, day)) if day <= today.day else None
    if day <= today.day and match["which"] != "last":
        return _ref(match, safe_date(today.year, today.month, day))
    previous = today.replace(day=1) - timedelta(days=1)
    if day > calendar.monthrange(previous.year, previous.month)[1]:
        return None  # "on the 31st" in a month after a 30-day one: no such recent day
    return _ref(match, date(previous.year, previous.month, day))


def _may_is_a_verb(match: re.Match) -> bool:
    """'may' names the month only with a day, year or part, or after 'in', 'since', ..."""
    if match["part"] or match["year"] or match["last"] or match["day"] or match["this"]:
        return False
    if re.match(r"\W*$", match.string[:match.start()]) and re.match(r"\s*(?:[,.;!]|$)", match.string[match.end():]):
        return False  # "May." alone, or "may, I think", answering when
    before = match.string[max(0, match.start() - 8):match.start()]
    return not re.search(r"\b(in|since|of|until|till|from|early|late|last|by|before|after|around)\s+$", before)


def _month(match: re.Match, today: date) -> Optional[TimeRef]:
    if match["month"] == "may" and _may_is_a_verb(match):
        return None
    month = MONTHS[match["month"]]
    day = int(match["day"]) if match["day"] and 1 <= int(match["day"]) <= 31 else PART_DAY.get(match["part"] or "", 15)
    if match["year"]:
        when = safe_date(_two_digit_year(match["year"].lstrip("'"), today), month, day)
    elif match["this"]:
        when = safe_date(today.year, month, day)
    elif match["lastyear"]:
        when = safe_date(today.year - 1, month, day)
    else:
        # "last March" said in March means the March a year ago
        last = re.sub(r"\s+", " ", (match["last"] or "").strip())
        when = _latest_not_future(month, day, today, skip_current_month=last in ("last", "past", "this past"))
    return _ref(match, when, approximate=not match["day"])


def _year_then_month(match: re.Match, today: date) -> Optional[TimeRef]:
    year = today.year - 1 if match["lastyear"] else int(match["year"])
    if year > today.year:
        return None
    when = safe_date(year, MONTHS[match["month"]], PART_DAY.get(match["part"] or "", 15))
    return _ref(match, min(when, today) if when else None, approximate=True)


def _count(match: re.Match) -> float:
    if not match["num"]:
        return 1.0
    low = float(match["num"])
    high = float(match["num2"]) if match["num2"] else low
    return (low + high) / 2 if low <= high else low


def _unit_days(match: re.Match) -> float:
    unit = UNIT_ALIASES.get(match["unit"], match["unit"])
    return UNIT_DAYS[unit]


def _ago(match: re.Match, today: date, kind: str = "ago") -> Optional[TimeRef]:
    days = _count(match) * _unit_days(match)
    if re.match(r"(?:over|more than)\s", match["approx"] or ""):
        days += 0.1 * _unit_days(match)  # "over a year ago" is past the year, not on it
    if days > 120 * 365:
        return None
    return _ref(match, today - timedelta(days=round(days)), kind,
                approximate=bool(match["approx"] or match["a"] or match["num2"]), duration_days=days)


def _anniversary(match: re.Match, today: date) -> Optional[TimeRef]:
    month = MONTHS[match["month"].lower().rstrip(".")]
    year = today.year if month >= today.month else today.year + 1
    years = _count(match)
    if years != int(years):
        return None
    return _ref(match, date(year - int(years), month, 15), "ago", approximate=True)


_SEASON_DAY = {"summers": (7, 15), "winters": (1, 15), "springs": (4, 15), "falls": (10, 15), "autumns": (10, 15)}


def _holidays_ago(match: re.Match, today: date) -> Optional[TimeRef]:
    """'two Christmases ago' is the Christmas before the most recent one."""
    count, name = int(match["num"]), match["name"]
    if not 1 <= count <= 50:
        return None
    if name in _SEASON_DAY:
        on = lambda year: date(year, *_SEASON_DAY[name])  # noqa: E731 - a season's middle day, like "last summer"
    else:
        on = HOLIDAYS[{"christmases": "christmas", "thanksgivings": "thanksgiving", "easters": "easter"}[name]]
    latest = today.year if on(today.year) <= today else today.year - 1
    return _ref(match, on(latest - (count - 1)), approximate=True)


def _week_of_month(match: re.Match, today: date) -> Optional[TimeRef]:
    day = {"first": 4, "1th": 4, "second": 11, "2th": 11, "third": 18, "3th": 18, "last": 25}[match["nth"]]
    if match["which"]:
        first = today.replace(day=1)
        if match["which"] == "last":
            first = (first - timedelta(days=1)).replace(day=1)
        when = safe_date(first.year, first.month, day)
    else:
        month = MONTHS[match["month"].lower().rstrip(".")]
        when = safe_date(today.year, month, day)
        if when and when > today:
            when = safe_date(today.year - 1, month, day)
    return _ref(match, min(when, today) if when else None, approximate=True)


def _month_day(match: re.Match, today: date) -> Optional[TimeRef]:
    when = safe_date(today.year, int(match["m"]), int(match["d"]))
    if when and when > today:
        when = safe_date(today.year - 1, int(match["m"]), int(match["d"]))
    return _ref(match, when)


def _ago_from_weekday(match: re.Match, today: date) -> Optional[TimeRef]:
    ahead = (WEEKDAYS[match["weekday"][:3]] - today.weekday()) % 7
    return _ago(match, today + timedelta(days=ahead))


def _duration(match: re.Match, today: date) -> Optional[TimeRef]:
    if match["a"] and _RATE_BEFORE.search(match.string[max(0, match.start() - 20):match.start()]):
        return None
    return _ago(match, today, kind="duration")


def _last_unit(match: re.Match, today: date) -> Optional[TimeRef]:
    if match["which"] == "this":
        # "earlier this month": the middle of the part of the period already lived
        start = {"week": today - timedelta(days=today.weekday()), "month": today.replace(day=1),
                 "year": today.replace(month=1, day=1)}[match["unit"]]
        return _ref(match, start + (today - start) / 2, "date", approximate=True)
    if match["which"] == "last" and not match["the"] and match["unit"] != "week":
        # the calendar period before this one, at its middle like every vague date:
        # "last month" = the 15th of the previous month, "last year" = 1 July of the previous year
        # ("in the last year" is the window of the past 12 months, below)
        if match["unit"] == "month":
            previous = today.replace(day=1) - timedelta(days=1)
            return _ref(match, previous.replace(day=15), "date", approximate=True)
        return _ref(match, date(today.year - 1, 7, 1), "date", approximate=True)
    days = UNIT_DAYS[match["unit"]]
    return _ref(match, today - timedelta(days=round(days)), "ago", approximate=True, duration_days=days)


WEEKDAYS = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
FIXED_AGO_DAYS = {"fortnight": 14, "other day": 3, "week before last": 14, "month before last": 61,
                  "year before last": 730}


def _part_of_period(match: re.Match, today: date) -> Optional[TimeRef]:
    which, part = match["which"], match["part"]
    if which == "the":
        return None  # "the end of the month" says nothing about which month
    if match["unit"] == "month":
        first = today.replace(day=1)
        if which == "last":
            first = (first - timedelta(days=1)).replace(day=1)
        when = safe_date(first.year, first.month, PART_DAY[part])
    else:
        month, day = PART_YEAR[part]
        when = date(today.year - (1 if which == "last" else 0), month, day)
    return _ref(match, min(when, today), approximate=True)


def _weekday(match: re.Match, today: date) -> Optional[TimeRef]:
    weekday = WEEKDAYS[match["weekday"][:3]]
    back = (today.weekday() - weekday) % 7 or 7  # strictly before today: "on monday" said on a Monday is a week ago
    return _ref(match, today - timedelta(days=back))


def _pandemic(match: re.Match, today: date) -> Optional[TimeRef]:
    return _ref(match, date(2020, 3, 15), approximate=True) if today > date(2020, 3, 15) else None


def _fixed_ago(match: re.Match, today: date) -> Optional[TimeRef]:
    phrase = re.sub(r"\s+", " ", match["phrase"])
    days = next(d for key, d in FIXED_AGO_DAYS.items() if key in phrase)
    return _ref(match, today - timedelta(days=days), "ago", approximate=True, duration_days=days)


def _holiday(match: re.Match, today: date) -> Optional[TimeRef]:
    name = re.sub(r"\s+", " ", match["name"]).replace("'s", "").replace("new year ", "new years ").replace("'", "").replace(".", "")
    if name.startswith("valentine"):
        name = "valentines day"
    elif name.startswith("st patrick"):
        name = "st patricks day"
    holiday = HOLIDAYS.get(name) or HOLIDAYS.get(name.rstrip("s"))
    if match["year"] or match["this"]:
        when = holiday(int(match["year"]) if match["year"] else today.year)
    else:
        when = holiday(today.year)
        if when > today:
            when = holiday(today.year - 1)
    relation = (match["rel"] or "").strip()
    if "after" in relation:
        when += timedelta(days=3)
    elif relation == "before":
        when -= timedelta(days=3)
    return _ref(match, min(when, today), approximate=True)


def _season(match: re.Match, today: date) -> Optional[TimeRef]:
    season, which = match["season"], (match["which"] or "").strip()
    if season == "fall" and not (which or match["year"]):
        return None  # "I had a fall" is not autumn
    month, day = SEASONS[season]
    if match["year"]:
        when = date(int(match["year"]), month, day)
    else:
        when = _latest_not_future(month, day, today)
        # "last spring" said in May: the spring a year ago, as the middle of this one is barely past
        # (late in a season, "last fall" is the one just ending: said on 25 November, 15 October)
        if which == "last" and season != "winter" and (today - when).days < 30:
            when = date(when.year - 1, month, day)
    return _ref(match, min(when, today), approximate=True)


def _year(match: re.Match, today: date) -> Optional[TimeRef]:
    year = int(match["year"])
    if not 1920 <= year <= today.year or _NOT_A_YEAR_AFTER.match(match.string, match.end()):
        return None
    month, day = PART_YEAR.get(match["part"] or "", (7, 1))
    when = date(year, month, day)
    if when > today:  # "in 2026" while in 2026: the middle of the part already lived
        when = date(year, 1, 1) + (today - date(year, 1, 1)) / 2
    return _ref(match, when, approximate=True)


def _decade(match: re.Match, today: date) -> Optional[TimeRef]:
    digit = int(match["decade"])
    century = int(match["century"]) * 100 if match["century"] else (2000 if digit <= (today.year % 100) // 10 else 1900)
    year = century + digit * 10 + {"early": 2, "mid": 5, "late": 8}.get(match["part"] or "", 5)
    return _ref(match, min(date(year, 7, 1), today), approximate=True)


def _relative_day(match: re.Match, today: date) -> Optional[TimeRef]:
    word = re.sub(r"\s+", " ", match["word"])
    offset = {"yesterday": 1, "last night": 1, "this week": 3}.get(word, 0)
    return _ref(match, today - timedelta(days=offset), "now")


_RESOLVERS: dict[str, Callable[[re.Match, date], Optional[TimeRef]]] = {
    "iso_date": _iso_date, "numeric_date": _numeric_date, "month_year": _month_year,
    "day_month": _day_month, "day_of_month": _day_of_month, "month": _month, "year_then_month": _year_then_month, "ago": _ago, "ago_from_weekday": _ago_from_weekday, "holidays_ago": _holidays_ago, "week_of_month": _week_of_month,
    "month_day": _month_day, "anniversary": _anniversary, "last_unit": _last_unit,
    "part_of_period": _part_of_period, "weekday": _weekday, "fixed_ago": _fixed_ago, "pandemic": _pandemic,
    "holiday": _holiday, "season": _season, "decade": _decade, "year": _year, "relative_day": _relative_day,
    "duration": _duration,
}

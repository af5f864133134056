"""Self-corrections inside one answer: the latest statement wins.

"I'm 64, no wait, 65" and "80 kg, sorry, 85" are rewritten to "I'm 65" and "85 kg" before any
extractor runs, so each extractor sees a single value. "quit in 2020, not 2021" drops the refused
alternative. Corrections that replace a phrase rather than a number ("in March, no actually it was
April") are left to `drop_corrected`, which removes the first of two matches split by a cue.
Runs on text normalised by `numbers.normalise_numbers`.
"""

from __future__ import annotations

import re
from typing import Sequence, TypeVar

CUE_WORDS = (r"(?:(?:no|oh),?\s+)?(?:wait|sorry|i\s+mean|i\s+meant|actually|correction|make\s+that|or\s+rather|hang\s+on|hold\s+on|(?:well,?\s+)?more\s+like|"
             r"scratch\s+that|let\s+me\s+correct\s+that|oops|typo|my\s+mistake|my\s+bad|i\s+mistyped|"
             r"i\s+misspoke|should\s+(?:have\s+|'ve\s+)?(?:said|read|been)|"
             # "65 in dog years lol. no seriously 61"
             r"(?<=no )seriously|(?<=no, )seriously|(?:all\s+)?(?:jokes?|kidding)\s+aside|just\s+kidding|"
             # "2 - no, be honest, it's 3"
             r"(?<=no )(?:be\s+|to\s+be\s+)?honest(?:ly)?|(?<=no, )(?:be\s+|to\s+be\s+)?honest(?:ly)?|"
             # "25... wait, that was the one before. latest was 23": an older result named, then the newest
             r"that(?:\s+was|\s+is|'s)\s+(?:the|my)\s+(?:(?:one|test|reading|result|number)\s+before|(?:old|older|previous|earlier)\s+(?:one|test|reading|result|number))"
             r"(?:[,.;\s]+(?:the\s+)?(?:latest|newest|most\s+recent)(?:\s+(?:one|test|reading|result))?\s+(?:was|is|'s|said))?)")
CUE = CUE_WORDS + "|no|nope|nah"  # a bare "no" corrects only when a number follows it
_CUES = rf"(?:(?:{CUE})[,.!:;\s-]*)+"
_NUMBER = r"\d+(?:\.\d+)?"
# "<number><a few unit words>, <cue>, <number><maybe its unit again>"
_RESTATED_NUMBER = re.compile(
    rf"(?<![\d.'])(?P<old>{_NUMBER})(?P<unit>(?:\s*[a-z%]+){{0,3}}?)\s*(?:,|\.+|-+|\s)\s*{_CUES}"
    rf"(?:(?:it\s+(?:was|is|'?s)|it'?s|i'?m|i\s+am|more\s+like|she'?s|he'?s|(?:i|she|he)\s+(?:weighed|weigh|weighs|was))\s+)?"
    rf"(?P<new>{_NUMBER})(?![\d'\"]|\.\d|\s*(?:ft|feet|foot|/))(?P<tail>(?:\s*[a-z]+){{0,2}})")
# "5 11, no sorry 5 10": a height in feet and inches said again whole (the inches alone are no number to restate)
_RESTATED_FEET = re.compile(rf"(?<![\d.])[4-7]\s+(?:1[01]|\d)\s*(?:,|\.+|-+|\s)\s*{_CUES}(?P<new>[4-7]\s+(?:1[01]|\d))(?![\d.])")
# "i put 58 earlier but it's 59": a number the speaker says they gave before, then the right one
_SAID_BEFORE = re.compile(
    rf"\b(?:i|we)\s+(?:put|said|wrote|typed|entered|gave|told you)\s+(?:down\s+)?(?P<old>{_NUMBER})(?P<unit>(?:\s*[a-z%]+){{0,2}}?)\s+"
    r"(?:earlier|before|at first|first|by mistake|wrong(?:ly)?|above)\W+(?:but\s+|and\s+)?(?:it'?s|its|it\s+is|it\s+should\s+be|"
    r"(?:i'?m|i\s+am|she'?s|he'?s)(?:\s+really|\s+actually)?|the\s+right\s+\w+\s+is|really)\s+(?:actually\s+|really\s+)?"
    rf"(?P<new>{_NUMBER})(?![\d'\"]|\.\d|\s*(?:ft|feet|foot|/))(?P<tail>(?:\s*[a-z]+){{0,2}})")
# "i said 3 but i meant 2", "I put 60 but meant 61": the number said, then the one meant
_MEANT = re.compile(rf"\b(?:i|we)\s+(?:put|said|wrote|typed|entered|gave)\s+(?:down\s+)?(?P<old>{_NUMBER})(?P<unit>(?:\s*[a-z%]+){{0,2}}?)\s*,?\s*"
                    rf"(?:but\s+)?(?:i\s+|we\s+)?meant\s+(?P<new>{_NUMBER})(?![\d'\"]|\.\d)(?P<tail>(?:\s*[a-z]+){{0,2}})")
# a number, then another someone else gives, and the speaker agrees: "40% but my wife says it was 44. she's right"
_OTHER_SAYS = re.compile(rf"(?<![\d.'])(?P<old>{_NUMBER})(?P<unit>\s*%?)\s*,?\s*(?:but|and)\s+(?:my|her|his|the)\s+\w+\s+(?:says?|said|thinks?)\s+"
                         rf"(?:it\s+(?:was|is|'s)\s+|it'?s\s+)?(?P<new>{_NUMBER})(?=\s*%?\W+(?:and\s+)?(?:she'?s|he'?s|they'?re|she\s+is|he\s+is)\s+(?:probably\s+)?right\b)")
# "72? 73. yes 73": a number asked back, then a close one said plainly
_ASKED_BACK = re.compile(rf"(?<![\d.'])(?P<old>\d{{2,3}})\?+\s+(?P<new>\d{{2,3}})(?!\d|\.\d|\?)")
# "pushing 80. 79 actually": a close number restated with the cue after it; the first is dropped
_CUE_AFTER = re.compile(rf"(?<![\d.'])(?P<old>{_NUMBER})(?!'?s\b)(?P<unit>(?:\s*[a-z%]+){{0,2}}?)\s*(?:,|\.+|-+)\s*"
                        rf"(?P<new>{_NUMBER})(?P<tail>(?:\s*[a-z]+){{0,2}}?)\s*,?\s+(?:actually|i mean|really)\b")


def _cue_after(match: re.Match) -> str:
    old, new = float(match.group("old")), float(match.group("new"))
    if not old or not 0.8 <= new / old <= 1.25:
        return match.group(0)  # "5 ft 10. 180 actually": another measure, not a correction
    return match.group("new") + match.group("unit") + match.group("tail") + match.group(0)[match.end("tail") - match.start():]


# "2020, not 2021" / "65, not 64": the refused value after "not"
_REFUSED = re.compile(rf"(?<=[\d%'\"])\s*,?\s*(?:and\s+|but\s+)?not\s+(?:in\s+|on\s+)?{_NUMBER}\b"
                      rf"(?!\s*(?:years?|months?|weeks?|days?)\s+ago)")
# "48, no wait, that's my weight in kilos": the number taken back is kept as the measure it was
_RELABELLED = re.compile(
    rf"(?<![\d.'])(?<!lost )(?<!gained )(?<!dropped )(?P<n>{_NUMBER})\s*(?:,|\.+|-+|\s)\s*(?:{_CUES})?"
    r"(?:that'?s|that\s+is|that\s+was|it'?s|it\s+is|it\s+was)\s+my\s+(?P<measure>weight|height|age)\b(?!\s+(?:when|at|back|before|then)\b)"
    r"(?:\s+in\s+(?P<unit>kilos?|kgs?|pounds|lbs?|cm|centimet(?:er|re)s|inches))?")
_RELABELLED_AS = {"weight": "i weigh {n}{unit}", "height": "i'm {n}{unit} tall", "age": "i'm {n} years old"}
_CUE_ONLY = re.compile(rf"(?:^|[,.;!\s])(?:{CUE_WORDS})\b")

T = TypeVar("T")
_UNITS = {"year", "yr", "pack", "cigarette", "cig", "month", "week", "day", "kg", "lb", "pound", "stone", "cm", "inche", "foot", "feet"}


def _same_unit(tail: str, unit: str) -> bool:
    """'2 packs' restating '1 pack a day': the tail repeats the unit, so it is dropped."""
    tail_words, unit_words = tail.split(), unit.split()
    return bool(tail_words and unit_words and tail_words[0].rstrip("s") == unit_words[0].rstrip("s"))


def apply_corrections(text: str) -> str:
    def restate(match: re.Match) -> str:
        tail = match.group("tail")
        old_unit, new_unit = match.group("unit").split(), tail.split()
        if old_unit and new_unit and old_unit[0].rstrip("s") in _UNITS and new_unit[0].rstrip("s") in _UNITS \
                and old_unit[0].rstrip("s") != new_unit[0].rstrip("s"):
            return match.group(0)  # "20 years, no sorry it was 2 packs a day" corrects another number
        if old_unit and new_unit and old_unit[0].rstrip("s") not in _UNITS and new_unit[0].rstrip("s") in {"pack", "cigarette", "cig"} \
                and re.fullmatch(r"\s*(?:a|per)\s+(?:day|week)|\s*daily", match.group("unit")):
            # "10 a day, no, more like a pack": the new count brings its unit, the rate stays
            return " ".join([match.group("new"), new_unit[0]]) + match.group("unit") + "".join(f" {w}" for w in new_unit[1:])
        if _same_unit(tail, match.group("unit")):
            tail = ""
        return match.group("new") + match.group("unit") + tail

    text = _RELABELLED.sub(lambda match: _RELABELLED_AS[match.group("measure")].format(
        n=match.group("n"), unit=f" {match.group('unit')}" if match.group("unit") else ""), text)
    text = _RESTATED_FEET.sub(r"\g<new>", text)
    text = _CUE_AFTER.sub(_cue_after, text)
    text = _SAID_BEFORE.sub(restate, text)
    text = _MEANT.sub(restate, text)
    text = _OTHER_SAYS.sub(lambda m: m.group("new") + m.group("unit") + " " + m.group(0)[m.end("new") - m.start():], text)
    text = _ASKED_BACK.sub(lambda m: m.group("new") if 0.8 <= int(m.group("new")) / max(1, int(m.group("old"))) <= 1.25 else m.group(0), text)
    for _ in range(3):  # "64, no 65, sorry 66" needs a second pass; more is never needed
        corrected = _RESTATED_NUMBER.sub(restate, text)
        if corrected == text:
            break
        text = corrected
    return _REFUSED.sub("", text)


def last_correction_end(text: str) -> int | None:
    """Where the text after the last correction cue begins, if there is a cue."""
    cues = list(_CUE_ONLY.finditer(text))
    return cues[-1].end() if cues else None


def has_correction_cue(text: str) -> bool:
    """'... no wait it was ...': the stretch holds a correction cue."""
    return bool(_CUE_ONLY.search(text))


def drop_corrected(items: Sequence[T], text: str, start=lambda item: item.start,
                   end=lambda item: item.end) -> list[T]:
    """Of two items with a correction cue between them ("march, no actually april"), keep the later."""
    kept: list[T] = []
    for item in items:
        if kept and _CUE_ONLY.search(text[end(kept[-1]):start(item)]) and start(item) - end(kept[-1]) <= 40:
            kept.pop()
        kept.append(item)
    return kept

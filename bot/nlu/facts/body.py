"""Height, weight and BMI, in any of the units people use."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from bot.nlu.answer import Answer, Extraction, HEDGED, short_clause
from bot.nlu.facts.people import RELATIVE

LB_TO_KG = 0.45359237
INCH_TO_CM = 2.54
HEIGHT_RANGE_CM = (100, 250)
WEIGHT_RANGE_KG = (25, 350)

_FT_IN = re.compile(
    r"(?<![\d.])(?P<ft>\d{1,2})\s*(?:'|ft\.?|feet|foot|fo0t)\s*,?\s*(?:and\s+)?"
    r"(?:(?P<inch>(?:1[01]|0?\d)(?:\.\d+)?)(?!\d|\.\d)(?!\s*(?:st\b|stone|kg|kilo|lb|pound|#))\s*(?:\"|''|in\b\.?|inch(?:es)?)?)?")
_DECIMAL_FEET = re.compile(r"(?<![\d.])(?P<n>[4-7]\.\d{1,2})\s*(?:feet|foot|ft)\b")
_PAST_HEIGHT_BEFORE = re.compile(r"\b(?:used to be|was|were|once|back then|in my prime|at my tallest|before)\s+(?:about\s+|around\s+)?$")
_CM = re.compile(r"(?<![\d.])(?P<n>\d{2,3}(?:[.,]\d+)?)\s*(?:cm|cms|centimet(?:er|re)s?)\b")
_METRES = re.compile(r"(?<![\d.])(?P<n>[12](?:[.,]\d{1,2}))\s*(?:m|mt|mtr|meters?|metres?|(?=tall\b|high\b))\b"
                     r"|(?<![\d.])(?P<m>[12])\s*(?:m|metres?|meters?)\s*(?P<cm>\d{2})\b")
_KG = re.compile(r"(?<![\d.])(?P<n>\d{2,4}(?:[.,]\d+)?)\s*(?:kg|kgs|kilos?|kilograms?|kilogrammes?)\b")
_LB = re.compile(r"(?<![\d.'])(?P<n>\d{2,4}(?:\.\d+)?)\s*(?:lb|lbs|pounds?|#)(?!\w)")
_STONE = re.compile(r"(?<![\d.])(?P<st>\d{1,2}(?:\.\d+)?)\s*(?:st|stone)\b\.?\s*(?:(?P<lb>\d{1,2})\s*(?:lb|lbs|pounds?)?\b)?")
# "five seven" (5 7) or "5-9" answering the height question
# (also after a remark on the unit: "not sure in cm, but 5 7 ish")
_HEIGHT_WORDS = re.compile(r"(?:^\W*|(?:,|(?<![\d.])[.!?])\s*(?:but\s+)?|\bbut\s+)(?:i'?m|she'?s|he'?s|about|around)?\s*(?P<ft>[4-7])(?:\s+|\s*-\s*)(?P<inch>\d{1,2})\b"
                           r"(?!\s*(?:kg|lb|cm|\d|years|yrs|packs?|cig))")
_LABELLED_WEIGHT = re.compile(r"\b(?:weight|weigh|weighs|weighing)\b\W{0,3}(?:is\s+|about\s+|around\s+|roughly\s+)*"
                              r"(?P<n>\d{2,3}(?:\.\d+)?)\b(?!\s*(?:kg|kilo|lb|pound|st\b|stone|%))")
_HEIGHT_CONTEXT = re.compile(r"\b(tall|height|i'?m|she'?s|he'?s|i am|stand)\b")
# "65 inches tall": a height in inches alone, 4 to 7 feet
_INCHES = re.compile(r"(?<![\d.'])(?P<n>[4-8]\d(?:\.\d)?)\s*(?:inches|inch|ins?\b)\.?(?P<tall>\s+(?:tall|high))?")
# "I'm 1.78": metres without the unit, after a word that makes it a height
_BARE_METRES = re.compile(r"\b(?:i'?m|i am|she'?s|he'?s|she is|he is|height(?: is)?|tall)\s+(?:about\s+|around\s+)?"
                          r"(?P<n>[12][.,]\d{1,2})\b(?!\s*(?:kg|kilo|lb|pound|st\b|stone|cm|%|m\b|met))")
# "I was 95 kg, ..., I'm 88 now": a weight from the past, then the current one without its unit
_PAST_WEIGHT_BEFORE = re.compile(r"\b(?:was|were|used to be|used to weigh)\s+(?:about\s+|around\s+)?$")
_CURRENT_WEIGHT = re.compile(r"\b(?:i'?m|i am|she'?s|he'?s|she is|he is|now|currently|down to|up to)\s+"
                             r"(?:about\s+|around\s+)?(?:now\s+)?(?P<n>\d{2,3}(?:\.\d+)?)\b"
                             r"(?!\s*(?:kg|kilo|lb|pound|st\b|stone|%|years|yrs|y/?o|cm|'|\"|ft|feet|inch))")
# "walking at my own pace, and I'm 5'5": a height said of the person, not a distance walked
_IDENTITY_BEFORE = re.compile(r"\b(?:i'?m|i am|she'?s|he'?s|she is|he is)\s+(?:about\s+|around\s+)?$")
_WALKING = re.compile(r"\b(walk\w*|stop\w*|rest\w*|steps|go|get|make it|manage)\b")


@dataclass
class _Measure:
    value: Optional[float] = None
    imperial: bool = False
    guessed_unit: bool = False
    spans: list[tuple[int, int]] = field(default_factory=list)

    def take(self, value: float, guessed_unit: bool = False, *, span: tuple[int, int], imperial: bool = False) -> None:
        """Later statements win ("5'6, no, 5'7")."""
        self.value, self.imperial, self.guessed_unit = value, imperial, guessed_unit
        self.spans.append(span)


def extract_height_weight(answer: Answer, result: Extraction) -> None:
    height = _height(answer)
    weight = _weight(answer, height)
    if answer.asked != "weight_kg" and weight.spans and "age" in result.facts:
        said = answer.text[slice(*weight.spans[-1])].strip()
        if re.fullmatch(r"\d{2,3}", said) and float(said) == result.facts["age"]:
            weight.value = None  # "I'm 71 and 5 foot 6" asked the height: the bare number is the age found, not a weight
    hedged = bool(HEDGED.search(answer.text) or re.search(r"\d\s+ish\b", answer.text))  # "5 7 ish"
    _keep_in_range(result, "height_cm", height.value, HEIGHT_RANGE_CM, approximate=hedged)
    if "height_cm" in result.facts and height.imperial:
        result.set("height_imperial", True)
    _keep_in_range(result, "weight_kg", weight.value, WEIGHT_RANGE_KG, approximate=weight.guessed_unit or hedged)
    reported = re.search(r"\bbmi\b[^\d]{0,20}(\d{2}(?:\.\d)?)", answer.text)
    if reported and 10 <= float(reported.group(1)) <= 80:
        result.set("bmi_reported", float(reported.group(1)))


def _keep_in_range(result: Extraction, slot: str, value: Optional[float], bounds: tuple[float, float],
                   approximate: bool = False) -> None:
    if value is None:
        return
    if bounds[0] <= value <= bounds[1]:
        result.set(slot, round(value, 1), approximate=approximate)
    else:
        result.invalid[slot] = "out_of_range"


def _height(answer: Answer) -> _Measure:
    text = answer.text
    asked = answer.asked in ("height_cm", "bmi")
    height = _Measure()
    decimal_feet = _DECIMAL_FEET.search(text)
    if decimal_feet:  # "5.5 feet" (also "five and a half feet"): feet with a fraction, not 5 ft 5 in
        height.take(float(decimal_feet.group("n")) * 12 * INCH_TO_CM, span=decimal_feet.span(), imperial=True)
        return height
    others = len(_FT_IN.findall(text)) + len(_CM.findall(text)) + len(_METRES.findall(text))
    for match in _FT_IN.finditer(text):
        if others > 1 and _PAST_HEIGHT_BEFORE.search(text[max(0, match.start() - 25):match.start()]):
            continue  # "5ft 2, used to be 5'4 before I shrunk": the height they had
        if others > 1 and RELATIVE.search(text, short_clause(text, match.start())[0], match.start()):
            continue  # "5'10, my son is 6'3": the son's height
        inches = float(match.group("inch") or 0)
        low, high = answer.sentence_of(match.start())
        before = text[max(low, match.start() - 40):match.start()]
        if inches >= 12 or (not asked and _WALKING.search(before) and not _IDENTITY_BEFORE.search(before)):
            continue  # "I can walk 50 feet" is a distance
        feet = int(match.group("ft"))
        if 3 <= feet <= 8 or asked or _HEIGHT_CONTEXT.search(before):
            height.take((feet * 12 + inches) * INCH_TO_CM, span=match.span(), imperial=True)
    for match in _CM.finditer(text):
        height.take(float(match.group("n").replace(",", ".")), span=match.span())
    for match in _METRES.finditer(text):
        metres = float(match.group("n").replace(",", ".")) if match.group("n") else int(match.group("m")) + int(match.group("cm")) / 100
        height.take(metres * 100, span=match.span())
    if height.value is None:
        _height_without_feet(answer, height, asked)
    if height.value is None and asked:
        _bare_height(answer, height)
    return height


def _height_without_feet(answer: Answer, height: _Measure, asked: bool) -> None:
    """'65 inches tall', "I'm 1.78" (metres)."""
    inches = _INCHES.search(answer.text)
    if inches and (inches.group("tall") or asked or _HEIGHT_CONTEXT.search(answer.text[:inches.start()])):
        height.take(float(inches.group("n")) * INCH_TO_CM, span=inches.span(), imperial=True)
        return
    metres = _BARE_METRES.search(answer.text)
    if metres and 1.2 <= float(metres.group("n").replace(",", ".")) <= 2.3:
        height.take(float(metres.group("n").replace(",", ".")) * 100, span=metres.span())


def _bare_height(answer: Answer, height: _Measure) -> None:
    """'five seven' (5 7), '172', '1.72' answering the height question."""
    words = _HEIGHT_WORDS.search(answer.text)
    if words and int(words.group("inch")) < 12:
        height.take((int(words.group("ft")) * 12 + int(words.group("inch"))) * INCH_TO_CM, span=words.span(), imperial=True)
        return
    dotted = re.fullmatch(r"\W*(?:about\s+|around\s+)?(?P<ft>[4-7])\.(?P<inch>1[01]|[0-9])\W*", answer.text)
    if dotted:  # "5.10" typed for 5'10"
        height.take((int(dotted.group("ft")) * 12 + int(dotted.group("inch"))) * INCH_TO_CM, span=dotted.span(), imperial=True)
        return
    bare = re.fullmatch(r"\W*(?:about\s+|around\s+)?(?P<n>\d{1,3}(?:\.\d+)?)\W*", answer.text) or re.search(
        # "I measured 160 at the doctor's last week"
        r"\b(?:measured|measure|measures|stand|height (?:is|was))\s+(?:me\s+|her\s+|him\s+)?(?:about\s+|around\s+|at\s+)?(?P<n>1[4-9]\d|20\d)\b(?!\s*(?:lb|pound|kg|st\b))",
        answer.text)
    if bare:
        number = float(bare.group("n"))
        # 1.2-2.3 is metres; anything else is taken as centimetres (and range-checked)
        height.take(number * 100 if 1.2 <= number <= 2.3 else number, span=bare.span())


def _weight(answer: Answer, height: _Measure) -> _Measure:
    text = answer.text
    weight = _Measure()
    for match in _KG.finditer(text):
        if not _weight_change(text, match):
            weight.take(float(match.group("n").replace(",", ".")), span=match.span())
    for match in _LB.finditer(text):
        if not _weight_change(text, match):
            weight.take(float(match.group("n")) * LB_TO_KG, span=match.span(), imperial=True)
    for match in _STONE.finditer(text):
        if not _weight_change(text, match):
            weight.take((float(match.group("st")) * 14 + int(match.group("lb") or 0)) * LB_TO_KG, span=match.span(),
                        imperial=True)
    lost = _PAST_THEN_LOST.search(text)
    if lost and not _CURRENT_WEIGHT.search(text, lost.end()):  # "I was 220 but I've lost 40 lbs since": the weight now
        unit = LB_TO_KG if re.match(r"l|p", lost.group("unit")) else 1.0
        sign = -1 if re.match(r"lost|dropped|down", lost.group("change")) else 1
        weight.take((float(lost.group("was")) + sign * float(lost.group("by"))) * unit, span=lost.span(),
                    imperial=unit != 1.0)
        return weight
    if weight.value is not None:
        _weight_now(answer, weight)
    if weight.value is None:
        labelled = _LABELLED_WEIGHT.search(text)
        if labelled:
            weight.take(*_unitless_weight(answer, float(labelled.group("n")), height), span=labelled.span())
        elif answer.asked in ("weight_kg", "bmi", "height_cm"):
            _bare_weight(answer, height, weight)
        elif height.value is not None and height.imperial and height.spans:
            # volunteered "6'2\", 240": a number right after a height in feet is the weight in pounds
            after = _WEIGHT_AFTER_HEIGHT.match(text, height.spans[-1][1])
            if after and 100 <= float(after.group("n")) <= 450:  # under 100 may be an age
                weight.take(float(after.group("n")) * LB_TO_KG, span=after.span("n"), imperial=True)
    return weight


def _weight_now(answer: Answer, weight: _Measure) -> None:
    """'I was 95 kg, but I've lost weight, I'm 88 now': the later number, in the unit of the earlier one."""
    start, end = weight.spans[-1]
    if not _PAST_WEIGHT_BEFORE.search(answer.text[max(0, start - 20):start]):
        return
    now = _CURRENT_WEIGHT.search(answer.text, end)
    if now is None:
        return
    stated = float(re.match(r"\d+(?:[.,]\d+)?", answer.text[start:end]).group(0).replace(",", "."))
    factor = weight.value / stated if stated else 1.0  # kg per unit of the earlier weight
    weight.take(float(now.group("n")) * factor, span=now.span(), imperial=weight.imperial)


_WEIGHT_AFTER_HEIGHT = re.compile(r"\W{0,3}\s*(?:,|and|&)?\s*(?P<n>\d{2,3})(?![\d%]|\.\d|\s*(?:-\s*)?(?:years?|yrs?|y/?o|yo\b|ft|feet|foot|in\b|"
                                  r"inches|cm|ppd|packs?|cig\w*|a day|per|mg|ml|%|percent|kg|kilos?))")
_PAST_THEN_LOST = re.compile(r"\b(?:was|used to be|used to weigh)\s+(?:about\s+|around\s+)?(?P<was>\d{2,3})\b[^.;]{0,30}?"
                             r"\b(?P<change>lost|dropped|gained|put on)\s+(?:about\s+|around\s+)?(?P<by>\d{1,3})\s*"
                             r"(?P<unit>lbs?|pounds?|kg|kilos?)\b")
_CHANGE_BEFORE = re.compile(r"\b(lost|gained|lose|gain|put on|dropped|down|up)\s+(?:about\s+|around\s+)?$")
_CHANGE_AFTER = re.compile(r"\s*(overweight|underweight|heavier|lighter|too (?:much|heavy)|more|less|over|under)\b")


def _weight_change(text: str, match: re.Match) -> bool:
    """'lost 20 pounds', '80 pounds overweight': a change, not the weight."""
    return bool(_CHANGE_AFTER.match(text, match.end())
                or _CHANGE_BEFORE.search(text[max(0, match.start() - 16):match.start()]))


def _unitless_weight(answer: Answer, number: float, height: _Measure) -> tuple[float, bool]:
    """(kg, approximate) for a weight without a unit, read in the unit of the height.

    Without a height unit to go by, 160 and up can only be pounds and under 90 only kilograms
    (90 lb is 41 kg); in between the site's local unit, pounds, is assumed and flagged approximate.
    """
    if number >= 160:
        return number * LB_TO_KG, False  # 160 kg and up is rare; 160 lb and up is common
    if height.value is not None or answer.known.get("height_cm") is not None:
        pounds = height.imperial if height.value is not None else bool(answer.known.get("height_imperial"))
        metres = (height.value if height.value is not None else float(answer.known["height_cm"])) / 100
        if not pounds and number >= 90 and number / metres ** 2 > 45 and number * LB_TO_KG / metres ** 2 >= 16:
            return number * LB_TO_KG, True  # "155" at 165 cm: a BMI of 57 in kg, 26 in pounds, the site's unit
        return (number * LB_TO_KG if pounds else number), False
    if number >= 160:
        return number * LB_TO_KG, False
    if number < 90:
        return number, False
    return number * LB_TO_KG, True


def _bare_weight(answer: Answer, height: _Measure, weight: _Measure) -> None:
    """'5 foot 9 and 155', or '82' answering the weight question after a height in metres."""
    rest = answer.text
    for start, end in sorted(height.spans, reverse=True):
        rest = rest[:start] + " " * (end - start) + rest[end:]
    numbers = list(re.finditer(r"(?<![\d.])(\d{2,3}(?:\.\d+)?)(?![\d%]|\.\d)", rest))  # "5'7 and 215." ends a sentence
    # "I'm 165, lost 20 lbs since the diagnosis": the pounds lost are not the weight
    numbers = [n for n in numbers if not _weight_change(rest, n)]
    # "5 ft 4 in, and she's 58 yrs old": an age is not the weight
    numbers = [n for n in numbers if not re.match(r"\s*(?:-\s*)?(?:years?|yrs?|y/?o)\b", rest[n.end():])]
    spoken = re.fullmatch(r"\W*(?:about\s+|around\s+)?(?P<h>[12])[\s-]+(?P<rest>[1-9]\d|0[1-9])\W*(?:lbs?|pounds?)?\W*", rest.strip())
    if spoken and answer.asked == "weight_kg":  # "one ninety", "two ten": pounds said the way people say them
        pounds = int(spoken.group("h")) * 100 + int(spoken.group("rest"))
        weight.take(pounds * LB_TO_KG, span=spoken.span(), imperial=True)
        return
    if not numbers or (answer.asked != "weight_kg" and height.value is None):
        return
    # "down to 130 from 160", "130, used to be 160": the later number is the weight they had
    now = [n for n in numbers if not re.search(r"\b(?:from|was|were|used to be|used to weigh)\s+(?:about\s+|around\s+)?$",
                                                rest[max(0, n.start() - 16):n.start()])]
    chosen = (now or numbers)[-1]
    weight.take(*_unitless_weight(answer, float(chosen.group(1)), height), span=chosen.span())


def extract_bmi(answer: Answer, result: Extraction) -> None:
    height = result.facts.get("height_cm", answer.known.get("height_cm"))
    weight = result.facts.get("weight_kg", answer.known.get("weight_kg"))
    if ("height_cm" in result.facts or "weight_kg" in result.facts) and height and weight:
        result.set("bmi", round(float(weight) / (float(height) / 100) ** 2, 1))

"""Age: stated, from a birth date or year, or a bare number when age was asked; whose age it is."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import Optional

from bot.nlu.answer import Answer, Extraction, PERSON, short_clause
from bot.nlu.corrections import last_correction_end
from bot.nlu.timeexpr import MONTHS, safe_date

_NOT_AGE_AFTER = (r"(?!\s*(?:'|-?\s*something\b|\"|ft\b|feet|foot|cm|kg|kilo|lb|lbs|pound|stone|st\b|%|percent|m\b|met|inch|in\b(?!\s+[a-z])|"
                  r"pack|cig|years? ago|yrs? ago|minutes|min\b|yards|block|steps|times|x\b|days|weeks|months|"
                  r"-year|year-|hours|a day|per day|of predicted|puffs|mg|years? (?:back|since|now))|\.\d)")
# "my husband bob is 77": the relative's first name between the word and "is", not a measure named there
_FIRST_NAME = (r"(?:\s+(?!(?:is|who|also|still|now|just|only|weight|height|fev1|bmi|age|ratio|number|score|grade|level)\b)"
               r"[a-z]{2,12}(?=\s+is\b))?")
# "I'm 68" is an age, except as the answer to a question about a body measure ("I'm about 130 now");
# one digit is too few for this loose form ("I'm 1 of 3 kids")
LOOSE_AGE = re.compile(
    r"(?<!from )(?<!at )(?<!since )(?<!until )(?<!till )(?<!the )\b(?:i'?m|i am|im|she'?s|she is|he'?s|he is|"
    r"they'?re|(?:(?:my|our|her|his)\s+(?:\w+\s+)?)?" + PERSON + _FIRST_NAME + r"(?:\s+is|'s|\s+who\s+is|\s+who'?s))"
    r"\s+(?:about\s+|almost\s+|nearly\s+|now\s+|only\s+|over\s+|around\s+|roughly\s+)?(?P<n>\d{2,3}(?:\.\d+)?)(?:ish)?\b" + _NOT_AGE_AFTER)
_AGE_NOT_KNOWN = re.compile(r"\b(?:have to|need to|got to|gotta|would have to|'d have to)\s+(?:ask|check|look|do the math|work it out|figure it out)|not sure|"
                            r"don'?t know|no idea|no clue|not a clue|can'?t remember|not certain|unsure")
# "over 70 for sure": only a bound on the age, not the age
_AGE_BOUND_BEFORE = re.compile(r"\b(?:over|more than|at least|older than|past|north of|above)\s+$")
_AT_AGE_NOW = re.compile(r"\b(?:here i am|i'?m (?:now|still)|now i'?m)\s+at\s+(?P<n>\d{2,3})\b" + _NOT_AGE_AFTER)
# the speaker described, then the age: "I'm the old man of the house at 66", "I'm still going strong at 80"
_DESCRIBED_AT_AGE = re.compile(r"\b(?:i'?m|i am|im)\s+(?:the|a|an|still)\s+(?:[a-z'-]+\s+){1,6}?at\s+(?:age\s+)?(?P<n>\d{2,3})\b"
                               r"(?=\s*(?:$|[,.;!)]|now\b|years\b|yrs\b|and\b|but\b))" + _NOT_AGE_AFTER)
# the age said in passing as a remark: "Pregnant? At 74? No.", "not bad at 80!", "couldn't be at 58 anyway"
_REMARKED_AT_AGE = re.compile(r"(?<![\w'])at\s+(?:age\s+)?(?P<n>[4-9]\d|1[01]\d)\b(?=\s*(?:\?|!|anyway\b|(?:now|these days)\s*[?!]))")
# ... unless the age is when something happened: "I quit at 55!"
_EVENT_BEFORE_AGE = re.compile(r"\b(?:quit\w*|stop\w*|start\w*|began|begun|gave up|retir\w*|diagnos\w*|since|when|until|till|"
                               r"married|died|passed|lost|had|got|found|smok\w*|was|were)\b")
# a height or weight with its unit
_BODY_MEASURE = r"\d{2,3}(?:\.\d+)?\s*(?:cm|kgs?|kilos?|lbs?|pounds)\b|[4-7]\s*(?:'|ft\b|feet\b|foot\b)|1\.\d{1,2}\s*m\b"
# a profile in shorthand, the age as a list item beside the diagnosis: "63, emphysema, ...", "COPD, 71, quit in 2010"
# also after a sentence ("Wondering if he qualifies. 67, emphysema"), beside the sex ("58, male", "70M, COPD"),
# and with "yrs" only when it opens the answer ("74 yrs, copd"): mid-answer "40 yrs, copd" is years smoked
_LISTED_AGE = re.compile(r"(?:^|[:;,]\s*|[.!?]\s+)(?P<n>[4-9]\d|1[01]\d)[mf]?\s*,\s*(?:copd|emphysema|chronic bronchitis|(?:fe)?male|[mf])\b|"
                         # "Hi. 65M. COPD.": age and sex run together, as their own sentence
                         r"(?:^|[:;,]\s*|[.!?]\s+)(?P<s>[4-9]\d|1[01]\d)\s?[mf]\s*(?=[.;!]\s|[.;!]?$)|"
                         r"^\W*(?P<y>[4-9]\d|1[01]\d)\s*(?:yrs?|years)\s*,\s*(?:copd|emphysema|chronic bronchitis|(?:fe)?male)\b|"
                         r"\b(?:copd|emphysema|chronic bronchitis)\s*,\s*(?P<m>[4-9]\d|1[01]\d)\s*(?=[,;]|\.(?!\d)|$)|"
                         # beside the height and weight with their units: "74, 180cm, 90kg", "5'9, 170 lbs, 68"
                         r"(?:^|[:;,]\s*|[.!?]\s+)(?P<b>[4-9]\d|1[01]\d)\s*,\s*(?=" + _BODY_MEASURE + r")|"
                         r"\d\s*(?:cm|kgs?|kilos?|lbs?|pounds)\s*,\s*(?P<a>[4-9]\d|1[01]\d)\s*(?=[;!]|\.(?!\d)|$)")
# an age at some event, then the age now: "diagnosed at 61, now 70", "smoking since 17, now 60"
_NOW_AFTER_EVENT_AGE = re.compile(r"\b(?:at|since|from)\s+(?:age\s+)?\d{1,2}\b[^.;!?]{0,60}?[,;]\s*(?:and\s+|but\s+)?(?:i'?m\s+|she'?s\s+|he'?s\s+)?"
                                  r"now\s+(?:i'?m\s+|she'?s\s+|he'?s\s+)?(?P<n>[2-9]\d|1[01]\d)\b(?=\s*(?:$|[,.;!]|and\b|years|yrs))" + _NOT_AGE_AFTER)
# the sex said in a sentence of its own, then the age alone: "no. I'm a guy. 64."
_AGE_AFTER_SEX = re.compile(r"\b(?:i'?m|i am|she'?s|he'?s)\s+(?:a\s+)?(?:guy|man|male|woman|lady|female|fella|bloke|gal)\b[^.;!?]{0,20}[.;!]\s+"
                            r"(?P<n>[2-9]\d|1[01]\d)\s*(?:years old|yrs old|yo)?\W*$")
# "Wife here. Bob is 74, had a heart attack": a first name (capitalised as typed), then the age, opening a sentence
_NAMED_AGE = re.compile(r"(?:^|[.!?;]\s+)\W*(?P<name>[a-z]{3,12})\s+(?:is|'s)\s+(?:now\s+)?(?P<n>[3-9]\d|1[01]\d)\b"
                        r"(?=\s*(?:,|\.|;|$|and\b|years old|yrs old|now\b))" + _NOT_AGE_AFTER)
_NOT_NAMES = {"fev", "fev1", "copd", "bmi", "weight", "height", "age", "mine", "that", "this", "it", "she", "he", "which", "what",
              "score", "grade", "number", "result", "reading", "ratio", "level", "mmrc", "dlco", "fvc", "oxygen", "sat", "sats", "pulse",
              "there", "here", "who", "one", "mom", "mum", "dad", "wife", "husband"}
_MEASURE_SLOTS = {"height_cm", "weight_kg", "bmi", "fev1_percent"}
# (pattern, years to add): "I'll be 70 next month" and "turning 70" mean 69 now
_AGE_PATTERNS = [
    (re.compile(r"(?<!from )(?<!at )(?<!since )(?<!until )(?<!till )(?<!til )(?<!to )(?<!of )\b(?:age(?:d)?(?:\s+is)?|turned|just turned|age:)"
                r"\s+(?:about\s+|almost\s+|nearly\s+|now\s+|only\s+|over\s+)?"
                r"(?P<n>\d{1,3}(?:\.\d+)?)\b" + _NOT_AGE_AFTER), 0),
    (re.compile(r"\b(?P<n>\d{1,3})\s*(?:-\s*)?(?:years?|yrs?|yr)(?:\s*-\s*|\s+)(?:old|young)\b"), 0),
    (re.compile(r"\b(?P<n>\d{1,3})\s*(?:y/?o|yo)\b"), 0),
    # a profile in shorthand: "115 lbs female 74", "male, 68", "68 male"
    (re.compile(r"\b(?:female|male)\s*[,:/]?\s*(?P<n>[2-9]\d)\b(?!\s*(?:%|kg|lb|cm|in|ft|years? ago|yrs? ago|min|mile|yards?|feet|pack|cig))"), 0),
    (re.compile(r"(?<![\d.])(?P<n>[2-9]\d)\s*(?:female|male)\b(?!\s*(?:\d|to\b))"), 0),
    # "my dad (81) has copd", "my mom (she's the patient, around 82) has ...": the age closing a remark in brackets
    (re.compile(r"\b" + PERSON + r"\s*\((?:[^()]{0,40}?[,;:]\s*)?(?:(?:about|around|roughly|approx\.?|almost|nearly|age|aged)\s+|~\s*)*"
                r"(?P<n>\d{2,3})(?:ish)?\s*(?:yo|y/o|yrs? old|years? old)?\s*\)"), 0),
    # "she had her 80th birthday", "Mum had her 70th in October"
    (re.compile(r"\b(?:had|celebrated)\s+(?:my|her|his|their)\s+(?P<n>\d{2,3})(?:st|nd|rd|th)(?:\s+birthday\b|"
                r"(?=\s*(?:$|[,.;!]|(?:in|on|last|this|back|just|yesterday|recently)\b)))"), 0),
    (re.compile(r"(?:'ll be|\bwill be|\bturning)\s+(?P<n>\d{1,3})\b" + _NOT_AGE_AFTER), -1),
    (re.compile(r"\b(?P<n>\d{2,3}(?:\.\d+)?)\s+to be (?:exact|precise)\b"), 0),
    # an introduction: "Hi! I'm Linda, 72, had COPD for ten years"
    (re.compile(r"\b(?:(?:i'?m|i am|my name is|my name'?s|this is)\s+(?!not\b|sorry\b|ok\b|okay\b|fine\b)|"
                r"(?:for|is|my)\s+(?:my\s+)?" + PERSON + r"\s+)[a-z]+(?:\s+[a-z]\.?)?,\s*"
                r"(?P<n>[2-9]\d|1[01]\d)\b(?=\s*(?:,|\.|;|$|and\b|years|yrs))" + _NOT_AGE_AFTER), 0),
    # the sex, then the age: "fyi I'm a woman, 59, quit 2 years ago", "he's a retired man, 70"
    (re.compile(r"\b(?:i'?m|i am|im|she'?s|she is|he'?s|he is)\s+(?:an?\s+)?(?:[a-z]+\s+)?(?:guy|man|male|woman|lady|female|fella|bloke|gal)\s*,\s*"
                r"(?P<n>[2-9]\d|1[01]\d)\b(?=\s*(?:,|\.|;|$|and\b|years|yrs))" + _NOT_AGE_AFTER), 0),
    # the relative, then the age: "filling this out for my dad, 81, emphysema"
    (re.compile(r"\b(?:my|our)\s+" + PERSON + r",\s*(?P<n>[2-9]\d|1[01]\d)\b(?=\s*(?:,|\.|;|$|and\b|years old|yrs old))"
                + _NOT_AGE_AFTER), 0),
    # "she turns 65 next month", "turn 70 in march": the birthday is still to come
    (re.compile(r"\b(?:turns?|will turn|gonna turn|going to turn)\s+(?P<n>\d{1,3})\s+(?:next|in|this coming|come|on)\b"), -1),
    (re.compile(r"^\W*(?:(?:i'?m|im|i am|she'?s|he'?s|she is|he is)\s+)?(?P<n>\d{1,3})\s+(?:next|in|come|coming)\s+"
                r"(?:week|month|year|birthday|" + "|".join(MONTHS) + r")\b"), -1),
]
# "in my late 60s", "she's in her 70s", and as a bare answer "mid 70s"
_AGE_DECADE = re.compile(r"\b(?:i'?m|i am|im|she'?s|she is|he'?s|he is|is|are)\s+(?:now\s+)?in\s+(?:my|her|his|their)\s+"
                         r"(?P<part>early|mid|late)?[\s-]*(?P<decade>[2-9]0)'?s\b")
_BARE_DECADE = re.compile(r"^\W*(?:about\s+|around\s+)?(?:in\s+(?:my|her|his|their)\s+)?(?P<part>early|mid|late)?[\s-]*"
                          r"(?P<decade>[2-9]0)'?s\W*$")
# "70 something", "seventy-something": only the decade is given
_DECADE_SOMETHING = re.compile(r"(?<![\d.])(?P<part>)(?P<decade>[2-9]0)[\s-]*something\b")
DECADE_PART = {"": 5, "early": 2, "mid": 5, "late": 8, None: 5}
_BIRTH_CUE = re.compile(r"\b(?:born|dob|d\.o\.b\.?|date of birth|birthday is|birth date|birthdate|b\.)(?:\b|(?<=\.))[:\s]*(?:in\s+|on\s+)?")
_BARE_BIRTH_YEAR = re.compile(r"^\W*(?P<year>19[0-9]{2}|20[0-2][0-9])\W*$")
# a number after these is not the current age: "since I was 16", "5 foot 6"
_PAST_AGE_BEFORE = re.compile(r"(?:\b(?:since|from|when|at|until|till|was|were|started|quit|stopped|age of)\s+(?:i\s+was\s+|age\s+)?"
                              r"|\b(?:foot|feet|ft)\s*|['\"]\s*)$")


# "until I turned 60", "when she was 40": an age at some past moment, not now
_PAST_MOMENT = re.compile(r"\b(?:until|till|til|when|since|after|before|by the time|once|the (?:day|week|month|year))\s+(?:i|she|he|they)\s+(?:just\s+)?$")
# the speaker answers for someone else: "I'm his daughter", "helping him with this"
CAREGIVER = re.compile(
    r"\b(?:i'?m|i am)\s+(?:his|her|their)\s+\w+|\bhelping\s+(?:him|her|them|my)\b|\bon (?:his|her|their) behalf\b|"
    # "I'm the caregiver ... my husband is the patient"
    r"\b(?:i'?m|i am)\s+(?:the|a|an|his|her|their)\s+(?:main\s+)?(?:care-?giver|carer|caretaker)\b|\b" + PERSON + r"\s+is the patient\b|"
    r"\bfor (?:my|our) " + PERSON + r"\b|\b(?:he|she)'?s the (?:one|patient)\b(?!\s+who\s+(?:smoked|smokes|drinks|snores))(?!\s+(?:who'?s\s+|that'?s\s+)?(?:helping (?:me|us)\s+(?:to\s+)?(?:type|write|text|fill|with (?:the )?(?:typing|phone|computer|form))|doing the typing|typing|writing|texting|on the (?:keyboard|phone|computer)))|"
    r"\b(?:filling|fill|doing|answering)\s+(?:this|it|these)?\s*(?:in|out)?\s*for\s+(?:him|her|them)\b|"
    # "I'm 76 but this is for him", "I'm asking for him"
    r"\b(?:this is|it'?s|that'?s|i'?m asking|asking|i'?m here|i'?m writing|writing|typing)\s+(?:all\s+)?for\s+(?:him|her|them)\b|"
    r"\b(?:can|could|would|is|will) (?:she|he) (?:join|qualify|be eligible|eligible|take part|participate|be able)\b")
_SELF_WORDS = re.compile(r"\b(?:i|i'?m|im|my|me)\b")
_OTHER_WORDS = re.compile(r"\b(?:he|she|they|he'?s|she'?s|they'?re|his|her|their|" + PERSON + r")\b")


def extract_age(answer: Answer, result: Extraction) -> None:
    """The age stated, worked out from a birth date or year, or (when asked) the bare number given."""
    found = _stated_ages(answer.text) + _ages_from_birth(answer)
    found += [(m.start("n"), float(m.group("n")), False) for m in _AT_AGE_NOW.finditer(answer.text)]  # "here I am at 79"
    found += [(m.start("n"), float(m.group("n")), False) for m in _DESCRIBED_AT_AGE.finditer(answer.text)
              if 18 <= float(m.group("n")) <= 110]
    found += [(m.start("n"), float(m.group("n")), False) for m in _REMARKED_AT_AGE.finditer(answer.text)
              if not _EVENT_BEFORE_AGE.search(answer.text, short_clause(answer.text, m.start())[0], m.start())]
    found += [(m.start("n"), float(m.group("n")), False) for pattern in (_NOW_AFTER_EVENT_AGE, _AGE_AFTER_SEX)
              for m in pattern.finditer(answer.text)
              # not "was 95 kg at 50, now 88", a weight then and now
              if not re.search(r"\b(?:kg|kilos?|lbs?|pounds?|stone|weigh\w*)\b", answer.text[slice(*answer.sentence_of(m.start()))])]
    if answer.asked not in _MEASURE_SLOTS | {"pack_years", "mmrc_grade"}:
        found += [(m.start(m.lastgroup), float(m.group(m.lastgroup)), False) for m in _LISTED_AGE.finditer(answer.text)]
    if answer.asked not in _MEASURE_SLOTS:
        found += [(m.start("n"), float(m.group("n")), False) for m in LOOSE_AGE.finditer(answer.text)]
    elif re.search(r"\d\s*(?:kg|kgs|kilos?|lbs?|pounds?|cm|stone|st\b|ft|feet|foot|'|\")", answer.text) or (
            answer.asked == "fev1_percent" and re.search(r"\d\s*(?:%|percent|per cent)", answer.text)):
        # the measure came with its unit, so "and I'm 74 if that matters" (or "26%. I'm 70") is the age;
        # for the FEV1 not "was 50%, now I'm 42", a newer value
        found += [(m.start("n"), float(m.group("n")), False) for m in LOOSE_AGE.finditer(answer.text)
                  if re.match(r"\s*(?:if\b|now\b|years|yrs|btw|by the way|$|[,.;!]|and\s+(?:i|i'?ve|i'?m|my)\b(?!\s*\d)|"
                              # "I'm 71 and 5 foot 6": the age, then the measure asked with its unit
                              r"and\s+(?:i'?m\s+|i am\s+|about\s+)?\d{1,3}(?:\.\d+)?\s*(?:'|ft\b|feet|foot|cm|kgs?\b|kilos?|lbs?\b|pounds?|stone|st\b))",
                              answer.text[m.end("n"):])
                  and 18 <= float(m.group("n")) <= 110
                  and not (answer.asked == "fev1_percent" and re.search(r"\b(?:now|but|then|down to|up to|since)\W*$",
                                                                         answer.text[max(0, m.start() - 15):m.start()]))]
    found += [(m.start("n"), float(m.group("n")), False) for m in _NAMED_AGE.finditer(answer.text)
              if m.group("name") not in _NOT_NAMES and re.search(r"\b" + m.group("name").capitalize() + r"\b", answer.raw)]
    if answer.asked == "age" and not found:
        found = _bare_age(answer)
    elif answer.asked == "age":
        # also "me? 55. my wife is 57": the speaker named, then the number
        # and "68 and my wife is 66": the speaker's number, then another person's
        lead = re.match(r"^\W*(?:(?:me|myself|as for me)\s*[?:,—–-]+\s*)?(\d{2,3})\b(?=\s*(?:[,;:!—–-]|\.(?!\d)|$)|"
                        r"\s+(?:and|but)\s+(?:my|our|his|her|she'?s|he'?s|she|he|they)\b)", answer.text)
        if lead and 18 <= float(lead.group(1)) <= 110 and all(p != lead.start(1) for p, _, _ in found):
            found.append((lead.start(1), float(lead.group(1)), False))  # "68 — my grandson is typing, he's 15"
    trailing = re.search(r"\b(?:i'?m|i am) the (?:one|patient)\b[^.;]*,\s*(\d{2,3})\W*$", answer.text)
    if trailing and 18 <= float(trailing.group(1)) <= 110:
        found = [(trailing.start(1), float(trailing.group(1)), False)]  # "My wife is 62, I'm the one with COPD, 67"
    corrected_from = last_correction_end(answer.text) if answer.asked == "age" else None
    restated = re.search(r"(?<![\d.])(\d{2,3})\b" + _NOT_AGE_AFTER, answer.text[corrected_from:]) if corrected_from else None
    if restated and 18 <= float(restated.group(1)) <= 110:
        # "she's 78 or 79, hang on... her driver's license says 79": the number after the cue
        found = [(corrected_from + restated.start(1), float(restated.group(1)), False)]
    found = _ages_of_the_person_screened(answer, found)
    if not found:
        return
    position, value, approximate = max(found, key=lambda item: item[0])  # corrections come last
    hedged = re.search(r"(?:\b(?:about|around|almost|nearly|roughly|approx\.?)\s+|~\s*)$", answer.text[max(0, position - 12):position])
    bound = _AGE_BOUND_BEFORE.search(answer.text[max(0, position - 12):position])
    if (approximate or hedged or bound) and answer.asked == "age" and _AGE_NOT_KNOWN.search(answer.text):
        result.unsure.add("age")  # "either 84 or 85, I'd have to ask my sister": the study team will check
        return
    if not (approximate or hedged):
        value = float(int(value))  # ages are whole years: "69 and a half" is 69 (a range keeps its middle)
    if not 1 <= value <= 120:
        result.invalid["age"] = "out_of_range"
        return
    # "80ish", "75 or so": a hedge after the number marks the age as an estimate (and doubts nothing)
    hedged_after = re.match(r"\d+(?:\.\d+)?(?:ish\b|\s+or so\b|\s+give or take\b|\s*\+)", answer.text[position:])
    result.set("age", value, approximate=approximate or bool(hedged) or bool(hedged_after))


def _ages_of_the_person_screened(answer: Answer,
                                 found: list[tuple[int, float, bool]]) -> list[tuple[int, float, bool]]:
    """With the speaker's own age and another person's in one answer ("He's 77. I'm his daughter,
    I'm 49"), the screening is about the other person when the speaker says they are helping them;
    otherwise the speaker's own age is the answer ("my son is 45, I'm 72, and my wife is 70")."""
    found = _ages_of_the_named_person(answer, found)
    own = [item for item in found if _whose_age(answer, item[0]) == "self"]
    other = [item for item in found if _whose_age(answer, item[0]) == "other"]
    unowned = [item for item in found if _whose_age(answer, item[0]) is None]
    if unowned and other and not own and not CAREGIVER.search(answer.text):
        return unowned  # "turning 70 next month. My wife is 65": the age said without an owner is the speaker's
    if not (own and other) or len({v for _, v, _ in own + other}) == 1:
        return found
    if CAREGIVER.search(answer.text):
        return [item for item in found if item not in own]
    # without a word that the screening is for someone else, "I'm 62, my husband's 67" answers for the speaker
    return [item for item in found if item not in other]


_SCREENED_PERSON = re.compile(r"\bfor (?:my|our) (?P<who>" + PERSON + r")\b")
PERSON_WORD = re.compile(r"\b" + PERSON + r"\b")


def _ages_of_the_named_person(answer: Answer,
                              found: list[tuple[int, float, bool]]) -> list[tuple[int, float, bool]]:
    """'filling this in for my mom, she is 73. Dad is 75': the age of another relative named by
    name ("Dad is 75") is not the age of the person the answer is for."""
    screened = _SCREENED_PERSON.search(answer.text)
    if screened is None or len({value for _, value, _ in found}) < 2:
        return found
    kept = []
    for item in found:
        low, _ = answer.sentence_of(item[0])
        named = [m.group(0) for m in PERSON_WORD.finditer(answer.text, max(low, item[0] - 30), item[0])]
        if not named or named[-1] == screened.group("who") or item[0] < screened.end():
            kept.append(item)
    return kept or found


def _whose_age(answer: Answer, position: int) -> Optional[str]:
    """'self' or 'other' by the last person word before the number in its clause ("my dad is 74")."""
    low, _ = short_clause(answer.text, position)
    before = answer.text[max(low, position - 40):position]
    words = [(m.start(), "self") for m in _SELF_WORDS.finditer(before)] + \
            [(m.start(), "other") for m in _OTHER_WORDS.finditer(before)]
    return max(words)[1] if words else None


def _stated_ages(text: str) -> list[tuple[int, float, bool]]:
    found = []
    for pattern, offset in _AGE_PATTERNS:
        for match in pattern.finditer(text):
            if _PAST_MOMENT.search(text[max(0, match.start() - 25):match.start()]):
                continue  # "smoked until I turned 60"
            if re.search(r"\b(?:of|like)\s+an?\s*$", text[max(0, match.start() - 10):match.start()]):
                continue  # "the lungs of an 80 yr old"
            found.append((match.start("n"), float(match.group("n")) + offset, False))
    for match in _AGE_DECADE.finditer(text):
        found.append((match.start(), _decade_age(match), True))
    for match in _DECADE_SOMETHING.finditer(text):
        if re.search(r"\b(?:i'?m|im|i am|she'?s|he'?s|she is|he is|aged?)\s+(?:now\s+)?$", text[max(0, match.start() - 12):match.start()]):
            found.append((match.start(), _decade_age(match), True))  # "she's 80 something" (not "my FEV1 is 30 something")
    return found


def _decade_age(match: re.Match) -> float:
    return float(int(match.group("decade")) + DECADE_PART[match.group("part")])


_SOMEONE_YOUNGER_BORN = re.compile(r"\b(?:grand\w*|son|daughter|baby|kids?|child|children|niece|nephew|twins|"
                                   r"first|1st|great[- ]?\w+)\s+(?:\w+\s+)?(?:was|were|got|being|is)?\s*$|\bwhen\s+(?:\w+\s+){1,3}(?:was|were)\s+$")


def _ages_from_birth(answer: Answer) -> list[tuple[int, float, bool]]:
    """'born March 3rd 1960', 'DOB 12/30/1955', 'born in 1958': the age on `today`."""
    found = []
    for ref in answer.times:  # the date first: "November 30 1951 is my birthday"
        if ref.kind == "date" and 1900 <= ref.day.year < answer.today.year - 10 and re.match(
                r"\W*(?:is|was)\s+(?:my|her|his)\s+(?:birthday|birth ?date|dob)\b", answer.text[ref.end:]):
            found.append((ref.start, float(_years_between(ref.day, answer.today)), False))
    for cue in _BIRTH_CUE.finditer(answer.text):
        low, _ = short_clause(answer.text, cue.start())
        if _SOMEONE_YOUNGER_BORN.search(answer.text[max(low, cue.start() - 40):cue.start()]):
            continue  # "I quit when my granddaughter was born in 2017": a date, not the person's birth
        ref = next((t for t in answer.times if cue.end() - 2 <= t.start <= cue.end() + 4 and t.kind == "date"), None)
        if ref is not None and 1900 <= ref.day.year < answer.today.year - 5:
            if ref.day.month == 7 and ref.day.day == 1 and _birthday_later(answer, ref.day.year):
                ref = replace(ref, day=_birthday_later(answer, ref.day.year))
            # a birth year alone resolves to 1 July, like every vague date: right on average
            found.append((ref.start, float(_years_between(ref.day, answer.today)), ref.approximate))
    if not found:
        # "born in 64", "born '58": a two-digit year of birth is last century's
        year_first = re.search(r"\b(?P<year>19\d{2})\s*(?:-\s*)?(?:born|baby)\b", answer.text)
        if year_first:
            found.append((year_first.start("year"), float(answer.today.year - int(year_first.group("year"))), False))
        short = re.search(r"\bborn\s+(?:in\s+)?'?(?P<yy>[2-9]\d)\b(?!\s*(?:years|yrs|kg|lb))", answer.text)
        if short:
            found.append((short.start("yy"), float(answer.today.year - 1900 - int(short.group("yy"))), False))
    return found


def _birthday_later(answer: Answer, ref_year: int) -> Optional[date]:
    """'born 1960, birthday's in december': the month makes the year exact."""
    # also "my birthday is dec 20"
    month = re.search(r"\bbirthday(?:'s| is)?\s+(?:is\s+)?(?:in\s+|on\s+)?(?:the\s+)?(?P<m>" + "|".join(MONTHS) + r")\b\.?"
                      r"(?:\s*(?P<d>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\b)?", answer.text)
    if not month:
        return None
    return safe_date(ref_year, MONTHS[month.group("m")], int(month.group("d") or 15))


def _years_between(born: date, today: date) -> int:
    years = today.year - born.year
    if (today.month, today.day) < (born.month, born.day):
        years -= 1  # the birthday has not come yet this year
    return years


_DATE_WORDS = set(MONTHS) | {"in", "of", "on", "the", "st", "nd", "rd", "th"}


def _bare_age(answer: Answer) -> list[tuple[int, float, bool]]:
    """An answer to "how old are you?": a birth year, "mid 70s", or the first plain number."""
    text = answer.text
    birth_year = _BARE_BIRTH_YEAR.match(text)
    if birth_year:
        return [(birth_year.start("year"), float(answer.today.year - int(birth_year.group("year"))), False)]
    # "Dec 1953", "1957 in august", "3/14/1949": a date of birth without the word "born"
    dates = [t for t in answer.times if t.kind == "date" and 1900 <= t.day.year <= answer.today.year - 15]
    if len(dates) == 1 and set(re.findall(r"[a-z]+", text)) <= _DATE_WORDS:
        born = dates[0].day
        if re.search(r"\b(?:" + "|".join(MONTHS) + r")\b", text) and born.day == 15 and born.month != 7:
            born = born.replace(day=1)  # a month of birth alone: counted from the month's start
        return [(dates[0].start, float(_years_between(born, answer.today)), False)]
    decade = _BARE_DECADE.match(text) or _DECADE_SOMETHING.search(text)
    if decade:
        return [(decade.start("decade"), _decade_age(decade), True)]
    for match in re.finditer(r"(?<![\d.'])(\d{1,3}(?:\.\d+)?)(?:ish)?\b" + _NOT_AGE_AFTER, text):
        if not _PAST_AGE_BEFORE.search(text[max(0, match.start() - 20):match.start()]):
            return [(match.start(), float(match.group(1)), False)]
    return []

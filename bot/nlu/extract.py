"""Screening facts from one free-text answer.

`extract_facts(text, today, requested_slot, known)` returns every fact the answer states, named by
the screening contract's slots. Without `requested_slot` it keeps to facts that are clear in any
context (the Rasa component uses it that way); with it, short answers ("yes", "67", "April") are
read as answers to that question. `known` holds facts already collected, which some answers need
("nothing since I quit", a bare weight after a height in feet).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any, Mapping, Optional

from bot.nlu.answer import Answer, CANCER_SITES, DEFERRED, Extraction, NO, UNSURE, YES, answer_polarity, split_clauses
from bot.nlu.corrections import apply_corrections, drop_corrected
from bot.nlu.facts.age import extract_age
from bot.nlu.facts.body import extract_bmi, extract_height_weight
from bot.nlu.facts.breathing import extract_fev1, extract_mmrc
from bot.nlu.facts.conditions import extract_autoimmune, extract_cancer, extract_heart
from bot.nlu.facts.copd import extract_copd
from bot.nlu.facts.flares import extract_exacerbation
from bot.nlu.facts.medicines import extract_medicines
from bot.nlu.facts.pregnancy import extract_pregnancy
from bot.nlu.facts.site_visits import extract_site_visits
from bot.nlu.facts.smoking import extract_nicotine, extract_smoking
from bot.nlu.lexicon import term_matcher
from bot.nlu.numbers import collapse_ranges, normalise_numbers
from bot.nlu.spelling import correct_spelling
from bot.nlu.timeexpr import VAGUE_PAST, find_time_refs

__all__ = ["Extraction", "MAX_TEXT", "NO", "UNSURE", "YES", "analyse", "extract_facts"]

MAX_TEXT = 4000  # longer answers are cut: no screening answer needs more, and matching stays fast


_SMOKING_PHASES = re.compile(r"\b(?:packs?|ppd|cig\w*|smok\w*)\b[^;]*\b(?:another|first|1th|the (?:last|next|final|other|first|1th))\s+\d")  # "first" is "1th" here
_ANOTHER_COUNT = re.compile(r"\b(?:(?<=another )|(?<=the last )|(?<=the next )|(?<=the final )|(?<=the other )|(?<=1th ))\d+(?:\.\d+)?\b(?!\s*(?:years?|yrs?|months?|weeks?|days?|packs?|cig\w*|a day|per|"
                            r"or so|kg|lb|minutes?|times?|\w+ (?:a|per) day))")
# "When was the last course?" asks the same thing as the 12-week question, answered with a time
_ASKED_AS = {"antibiotics_weeks_ago": "antibiotics_last_12_weeks", "steroids_weeks_ago": "steroids_last_12_weeks",
             "cancer_years_ago": "cancer_history"}


_CLARIFYING_QUESTION = re.compile(
    r"(?:^|(?<=[.!?;]\s))\W*(?:(?:so|sorry|um+|uh+|wait|ok(?:ay)?|hmm+)\W+)*"
    r"(?!what(?:'s|\s+is|\s+does)\s+(?:that|it|this)\s+(?:got\s+to\s+do|have\s+to\s+do|matter))"  # a challenge: why_ask answers it
    r"(?:what(?:'s|\s+is|\s+are|\s+does|\s+do\s+you\s+mean|\s+counts|\s+qualifies|\s+exactly\s+is|\s+kind\s+of\s+\w+\s+(?:is|are|counts?))\b"
    r"|how\s+do\s+(?:i|you)\s+(?:work\s+out|figure(?:\s+out)?|calculate|count|measure)\b|define\b|meaning\s+of\b)"
    # a question holding a number is a hedged value ("what is it, 30 years?"), not one about the words; a "1"
    # standing for "a" ("what's 1 pack year?") is no number
    r"(?:[^.?!\d]|(?<=\s)1(?=\s+[a-z]))*\?+")


def _same_year(text: str) -> str:
    """'diagnosed 2016. Quit smoking that same year': the year said before."""
    def year_before(match: re.Match) -> str:
        years = re.findall(r"\b(?:19|20)\d{2}\b", text[:match.start()])
        return f"in {years[-1]}" if years else match.group(0)
    return re.sub(r"\b(?:in\s+)?(?:that|the) same year\b", year_before, text)


def analyse(text: str, today: date, requested_slot: Optional[str] = None,
            known: Optional[Mapping[str, Any]] = None) -> Answer:
    """Normalise the answer once for every extractor: numbers in digits, typos fixed, self-corrections
    applied ("64, no wait, 65" -> "65") and ranges read as their middle ("30 or 40" -> "about 35");
    then the lexicon terms, time references, clauses and overall yes/no of the answer."""
    normalised = collapse_ranges(apply_corrections(correct_spelling(normalise_numbers((text or "")[:MAX_TEXT]))))
    # "40 odd years", "30ish years" are about 40 and 30 years; "every other day" is every 2 days
    normalised = re.sub(r"\b(\d+)(?:\s+odd|ish)\s+(years?|yrs?)\b", r"about \1 \2", normalised)
    normalised = re.sub(r"\bevery other day\b", "every 2 days", normalised)
    normalised = _same_year(normalised)
    # "Lupus? No.", "Smoke? Not since 1990": the topic said back as a question is not part of the answer
    # ("Me? No" stays: it sets the speaker apart from someone just named; "maybe 40? not sure" is a
    # hedged value, not a topic, so a question holding a number stays too)
    # (also with a sound or "honestly" before the answer: "Dad? honestly no idea")
    normalised = re.sub(r"(?:^|(?<=[.!;]\s))\W*(?!(?:me|her|him|us|mine|myself|them)\?)[a-z](?:(?!\s\d)[\w' -]){0,25}\?\s+"
                        r"(?=(?:(?:honestly|truthfully|frankly|well|um+|uh+|hmm+|oh|ah|gosh|geez|lol|ha)\W+)?(?:no|nope|nah|not|never|none)\b)",
                        "", normalised)
    # "rang in 2026 in the ER", "rang in the new year in hospital": New Year's Day (of that year)
    normalised = re.sub(r"\brang\s+in\s+(?:the\s+new\s+year|new\s+years?)?\s*((?:19|20)\d{2})?\b",
                        lambda m: f"new years day {m.group(1) or ''}".rstrip() + " ", normalised)
    # "what's a pack year?", "what do you mean by a flare?": asking what the question means answers nothing;
    # a sentence after it may ("what counts as a flare? I had a Z-pak in March")
    normalised = _CLARIFYING_QUESTION.sub("", normalised)
    # "I quit when my granddaughter was born, she's 5 now": as many years ago as the child is old
    normalised = re.sub(r"\b(?:when|the day|the year|after)\s+(?:my|our)\s+(?:\w+\s+)?(?:grand\w+|son|daughter|baby|child|kid)\s+was\s+born\W+"
                        r"(?:and\s+)?(?:she|he|they)(?:'s|\s+is|'re|\s+are)\s+(?:now\s+)?(\d{1,2})(?:\s+(?:years old|now))*\b",
                        r"\1 years ago", normalised)
    # "the summer we moved down here, which was 2021": the season of that year
    normalised = re.sub(r"\b(summer|spring|fall|autumn|winter)\b([^.,;]{0,40}?),?\s+(?:which|that)\s+was\s+(?:in\s+)?((?:19|20)\d{2})\b",
                        r"\1 of \3\2", normalised)
    # "years and years ago, maybe 15", "over a year ago, around 18 months": the number that follows says how long
    normalised = re.sub(r"\b(?:years and years|ages|a long time|many years)\s+ago\W+(?:maybe|about|around|probably|like)\s+"
                        r"(\d+)(?:\s+(?:years|yrs))?\b(?!\s+(?:months|weeks))\W*", r"about \1 years ago ", normalised)
    normalised = re.sub(r"\b(?:over|more than|about|around|almost)?\s*(?:a|1|\d+)\s+years?\s+ago\W+(?:maybe|about|around|probably|"
                        r"like|closer to|more like)\s+(\d+)\s+months\b(?!\s+ago)", r"about \1 months ago", normalised)
    # "back in '88": a two-digit year after a time word
    normalised = re.sub(r"\b(in|since|from|of|til|till|until)\s+'(\d{2})\b",
                        lambda m: f"{m.group(1)} {19 if int(m.group(2)) > today.year % 100 else 20}{m.group(2)}", normalised)
    normalised = re.sub(r"\b(" + CANCER_SITES + r")\s+ca\b", r"\1 cancer", normalised)  # "thyroid ca 20 yrs ago"
    # "hundred and forty five pounds": a hundred said without "a" or "one"
    normalised = re.sub(r"(?<![\w.])(?:a\s+|one\s+)?hundred\s+(?:and\s+)?(\d{1,2})\b", lambda m: str(100 + int(m.group(1))), normalised)
    if requested_slot == "cancer_history":  # "prostate. had surgery for it in 2012": the organ names the cancer
        normalised = re.sub(r"^(\W*(?:yes\W+|yeah\W+)?)(" + CANCER_SITES + r")\b(?!\s+(?:cancer|ca)\b)", r"\1\2 cancer", normalised)
    # "one eighty five pounds", "two ten lbs": a weight said the way people say it (numbers.py has written "1 85")
    normalised = re.sub(r"(?<![\d.])(?<![\d.]\s)(?<!ft\s)(?<!feet\s)(?<!foot\s)\b([12])\s+([1-9]\d)\s*(?=(?:pounds?|lbs?)\b)", r"\1\2 ", normalised)
    normalised = re.sub(r"(?<![\w.])half\s+(?=packs?\b|pk\b)", "0.5 ", normalised)
    normalised = re.sub(r"\b(?:a|one)\s+(?:full|whole)\s+(?=packs?\b)", "1 ", normalised)  # "went up to a full pack"
    # homophones typed for numbers: "too packs a day", "quit for years ago"
    normalised = re.sub(r"\btoo\s+(?=packs?\b)", "2 ", normalised)
    normalised = re.sub(r"\bfor\s+(?=(?:years|months|weeks)\s+ago\b)", "4 ", normalised)
    # "I smoke a pack a day and have done for 45 years", "... and has for 50 years": the verb left out is the smoking just said
    normalised = re.sub(r"\b(smok(?:e|es|ed|ing)\b(?:[^.;?!]|\.(?=\d)){0,60}?\b(?:have|'ve|has|had)\s+)(?:done(?:\s+(?:so|it|that))?\s+"
                        r"(?=for\s+(?:about\s+|around\s+)?\d)|(?=for\s+(?:about\s+|around\s+|over\s+)?\d+\s*(?:years|yrs)\b))",
                        r"\1smoked ", normalised)
    # "a pack a day, 45 years now": how long the smoking has gone on, said after it
    normalised = re.sub(r"\b((?:smok\w*|packs?|cig\w*)\b[^.;?!]{0,40}?),\s*(?:about\s+|around\s+)?(\d{1,2})\s+(years|yrs)\s+now\b", r"\1 for \2 \3", normalised)
    if _SMOKING_PHASES.search(normalised):
        # "a pack a day for 20 years then half a pack for another 10": the second phase's unit is years
        normalised = _ANOTHER_COUNT.sub(r"\g<0> years", normalised)
    age = (known or {}).get("age")
    if age is None:  # "quit on my 60th birthday, I'm 68 now": the age in the answer dates the birthday
        stated = re.search(r"\b(?:i'?m|i am|she'?s|he'?s|she is|he is)\s+(?:now\s+)?(\d{2})\b(?=\s*(?:now|years|yrs|$|[,.;!]))", normalised)
        age = float(stated.group(1)) if stated else None
    times = drop_corrected(find_time_refs(normalised, today, age), normalised)
    return Answer(
        raw=text or "", text=normalised, today=today, asked=_ASKED_AS.get(requested_slot, requested_slot), known=known or {},
        terms=term_matcher().find(normalised), times=times,
        clauses=split_clauses(normalised), polarity=answer_polarity(normalised))


def extract_facts(text: str, today: date, requested_slot: Optional[str] = None,
                  known: Optional[Mapping[str, Any]] = None) -> Extraction:
    answer = analyse(text, today, requested_slot, known)
    result = Extraction(polarity=answer.polarity)
    if not answer.text.strip():
        return result
    for extractor in _EXTRACTORS:
        extractor(answer, result)
    extract_bmi(answer, result)
    if answer.asked and answer.asked not in result.facts and (
            answer.polarity == UNSURE or (answer.polarity is None and DEFERRED.search(answer.text))):
        result.unsure.add(answer.asked)  # "not sure", or no answer but "my wife would know", "waiting on results"
    if answer.asked in _ASKED_WHEN and answer.asked not in result.facts and VAGUE_PAST.search(answer.text) \
            and not answer.point_times():
        result.unsure.add(answer.asked)  # "a long time ago", "years back": when, without a number to date it
    return result


_ASKED_WHEN = {"months_since_nicotine", "exacerbation_months_ago"}


_EXTRACTORS = (extract_age, extract_copd, extract_smoking, extract_nicotine, extract_mmrc, extract_exacerbation, extract_medicines, extract_height_weight,
               extract_fev1, extract_pregnancy, extract_cancer, extract_autoimmune, extract_heart, extract_site_visits)

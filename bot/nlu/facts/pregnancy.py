"""Pregnancy and breastfeeding."""

from __future__ import annotations

import re

from bot.nlu.answer import Answer, Extraction, NO, UNSURE, YES, short_clause
from bot.nlu.facts.age import PERSON_WORD
from bot.nlu.facts.people import RELATIVE, someone_elses

_MALE = re.compile(r"\b(i'?m a (?:man|male|guy|gentleman|bloke|dude)|i am a (?:man|male|guy)|i'?m male|"
                   r"i'?m an old man|he'?s a man|male|man|guy|he|him|husband|father|dad|grandfather|"
                   r"grandpa|son|brother)\b")
_PAST_CHILDBEARING = re.compile(r"\b(long gone|stopped (?:breast-?feeding|nursing)|weaned|(?:those|them) days are (?:over|gone|behind (?:me|her))|not applicable|n/a|"
                                r"haven'?t (?:breast-?fed|nursed|been pregnant)|(?:mom|mum|mother|wife|grandma|she)(?:'s| is) [5-9]\d|"
                                r"menopause|post[- ]?menopausal|too old|grandmother|grandma|[5-9]\d\s*!|the change|"
                                r"at my age|at her age|not a chance|no chance|hysterectomy|ship (?:has )?sailed|"
                                r"(?:she'?s|i'?m) (?:[5-9]\d|1\d\d)\b(?!\s*(?:weeks?|months?))|"
                                # "why would you ask a 70 year old that", "I am a 61 yr old woman"
                                r"\ban?\s+(?:[5-9]\d|1\d\d)[\s-]*(?:years?|yrs?|yr|y/o|yo)\b(?:[\s-]*old)?)")
_BABY = r"(?:baby|newborn|infant|son|daughter|little one|twins|\d+\s+(?:weeks?|months?)\s+old)"
_PREGNANT = re.compile(r"\b(?:(?:i'?m|i am|she'?s|she is|currently|we'?re|am)\s+(?:\w+\s+)?"
                       r"|\d+(?:\.\d+)?\s*(?:weeks?|months?)\s+)"  # "20 weeks pregnant", "16 weeks along"
                       r"(?P<state>pregnant|breast-?feeding|nursing|expecting|along|gone)\b"
                       # "nursing my baby", "still breastfeeding my little one"
                       r"|\b(?P<feeding>(?:nursing|breast-?feeding|breast feeding))\s+(?:my|her|the|our|a)\s+(?:\w+\s+)?"
                       + _BABY + r"\b")
_PREGNANCY_DOUBT = re.compile(r"\b(?:period|cycle)\s+(?:is|was|'?s)\s+late\b|\blate period\b|\bmissed (?:my|a|her) period\b|"
                              r"\b(?:might|may|could) be (?:pregnant|expecting)\b|\bwaiting (?:on|for) (?:a|the) (?:pregnancy )?test\b")
_STILL_FEEDING = re.compile(r"\bstill\s+(?:nursing|breast-?feeding)\b(?!\s+home)|\b(?:pumping|expressing)\b(?:\s+(?:breast\s+)?milk)?"
                            r"(?=[^.]{0,30}\b(?:" + _BABY + r"|her|him)\b)")
_PREGNANCY_WORD = re.compile(r"\b(?:pregnant|breast-?feeding|nursing(?! home)|"
                             r"expecting(?!\s+(?:to|that|it|much|anything|any|results?|news|a call|the|an?\s+(?:call|answer|letter|reply))\b))\b")


# the state named, then answered: "breastfeeding, yes", "pregnant? yes"
_WORD_THEN_YES = re.compile(r"\b(?P<w>pregnant|breast-?feeding|breast feeding|nursing(?! home))\s*(?:[,:?-]\s*|\s)(?:yes|yeah|yep|yup|i am|true)\b")


def extract_pregnancy(answer: Answer, result: Extraction) -> None:
    # each state said on its own: "not pregnant but I am nursing my baby" states the second
    words = list(_PREGNANCY_WORD.finditer(answer.text))
    denied = any(answer.negated(w.start(), w.end()) for w in words)
    stated = next((m for m in _PREGNANT.finditer(answer.text) if not answer.negated(m.start(_state(m)), m.end(_state(m)))
                   # (not a relative's, beside the speaker's own denial: "not pregnant but my daughter is nursing")
                   # (the relative before the state: "nursing my son" is the speaker's own)
                   and not (denied and RELATIVE.search(answer.text, short_clause(answer.text, m.start())[0], m.start(_state(m))))), None)
    asked = answer.asked == "pregnant_or_breastfeeding"
    confirmed = _WORD_THEN_YES.search(answer.text)
    if stated:
        result.set("pregnant_or_breastfeeding", True)
    elif confirmed and not answer.negated(confirmed.start(), confirmed.end("w")) and not someone_elses(answer, confirmed.start()) \
            and not PERSON_WORD.search(answer.text, short_clause(answer.text, confirmed.start())[0], confirmed.start()):
        result.set("pregnant_or_breastfeeding", True)  # "not pregnant. breastfeeding, yes": each part answered in turn
    elif asked and (_PREGNANCY_DOUBT.search(answer.text) or re.search(r"\bbut\b[^.;]{0,12}\b(?:not sure|unsure|don'?t know)\b", answer.text)):
        result.unsure.add("pregnant_or_breastfeeding")  # "not breastfeeding but... not sure, my period is late"
    elif asked and words and all(answer.negated(w.start(), w.end()) for w in words):
        result.set("pregnant_or_breastfeeding", False)  # "not pregnant, not breastfeeding"
    elif answer.asked != "pregnant_or_breastfeeding":
        # "a 62-year-old woman, not pregnant, ..." answering another question
        if words and all(answer.denied(w.start(), w.end()) for w in words):
            result.set("pregnant_or_breastfeeding", False)
        return
    elif _STILL_FEEDING.search(answer.text):
        result.set("pregnant_or_breastfeeding", True)  # "had a baby 2 months ago, still nursing her"
    elif _PAST_CHILDBEARING.search(answer.text) or re.search(
            r"\bbut\s+(?:i'?m|i am|she'?s|she is)\s+not\b(?!\s+(?:sure|certain))|,?\s*not me\b", answer.text) \
            or (words and all(someone_elses(answer, w.start()) for w in words)):
        result.set("pregnant_or_breastfeeding", False)  # "I had a hysterectomy", "my daughter is pregnant but I'm not"
    elif answer.polarity == YES:
        result.set("pregnant_or_breastfeeding", True)
    elif answer.polarity == NO or _MALE.search(answer.text):
        result.set("pregnant_or_breastfeeding", False)
    elif answer.polarity == UNSURE:
        result.unsure.add("pregnant_or_breastfeeding")


def _state(match: re.Match) -> str:
    return "state" if match.group("state") else "feeding"

"""Flare-ups: whether one needed treatment in the past year, and when the last one was."""

from __future__ import annotations

import re
from typing import Optional

from bot.nlu.answer import Answer, Extraction, NO, PERSON, UNSURE, YES, is_inside, not_negated, relatives_sentences, short_clause
from bot.nlu.facts.medicines import DOUBTS_IT_COUNTS, FLARE, NOTHING_SINCE, flare_asked, negated_beyond_the_answer_word, systemic_steroid_terms
from bot.nlu.facts.people import someone_elses, speaker_apart
from bot.nlu.facts.smoking import CIGARETTE_WORDS, OTHER_PRODUCT
from bot.nlu.lexicon import Term
from bot.nlu.timeexpr import TimeRef

_PREVENTED = re.compile(r"\b(prevent|avoid|stop|reduce|fewer|keep|ward off|less)\b[\w\s]*$")  # "to prevent flares"
# "UC" after "to", "at" or "the" is urgent care ("went to UC for my breathing"), not ulcerative colitis
_HOSPITAL = re.compile(r"\b(hospital\w*|admitted|admissions?|ambulance|bi-?pap|intubated|ventilator|emergency room|icu|the er|er visit|urgent care|"
                       r"(?<=to )uc|(?<=at )uc|(?<=the )uc)\b")
_LUNG_CONTEXT = re.compile(r"\b(copd|breath\w*|lungs?|flare|exacerbation|pneumonia|chest|oxygen|emphysema)\b")
_NO_TREATMENT = re.compile(
    r"\bsent (?:me|her|him) home with (?:nothing|no \w+)\b|"
    r"\bnever (?:been |got )?treated\b|"
    r"\b(no|without|didn'?t (?:need|get|take|give (?:me|her|him))|did not (?:need|get|take|give (?:me|her|him))|never (?:got|needed|took))\s+(?:[\w'-]+\s+){0,3}?"
    r"(antibiotics?|steroids?|prednisone|treatment|medicine|medications?|meds|pills?|tablets?|anything|any of (?:that|those|it))\b")
_USUAL_MEDICINE = r"(?:inhal\w*|nebuli[sz]\w*|puffer|rescue|oxygen|breathing treatments?)"
_ONLY_USUAL_MEDICINE = re.compile(r"\b(?:just|only)\b[^.;]{0,30}\b(inhal\w*|nebuli[sz]\w*|puffer|rescue|oxygen|rest|"
                                  r"breathing treatments?)"
                                  r"|\bnothing (?:major|serious|bad)\b|\b(?:just|only) a (?:cold|cough|bug|sniffle)"
                                  # "treated at home with my nebuliser only"
                                  r"|\b" + _USUAL_MEDICINE + r"\s+(?:only|alone)\b"
                                  r"|\b(?:treated|managed|handled|dealt with)\s+(?:it\s+)?at home\b"
                                  # "rode it out at home with my nebulizer", "toughed it out": no doctor, so no course or stay
                                  r"|\b(?:rode|ride|riding|waited|wait|waiting|sat|toughed|tough|sweated|weathered|powered)\s+"
                                  r"(?:it|them|that|this|the (?:flare|attack|episode|thing)|(?:it|them)\s+all)\s+out\b"
                                  r"|\b(?:rode|waited|sat|toughed|sweated)\s+out\s+(?:the|my|that|this)\b"
                                  r"|\b(?:didn'?t|did not|never) (?:turn|develop|go) into anything\b|\bnothing came of it\b"
                                  r"|\b(?:cleared|got better|went away) (?:up )?on (?:its|it'?s) own\b")
# an infection away from the lungs: its antibiotics say nothing about a flare
_OTHER_INFECTION = re.compile(r"\b(tooth|teeth|dental|dentist|uti|urinary|bladder|kidney|skin|cellulitis|ear|eye|"
                              r"toe|foot|leg|wound|cut|bite|sinus\w*|stomach|surgery)\b")
# the speaker says the lungs needed nothing: "nothing for my lungs", "none for the breathing"
_LUNGS_SPARED = re.compile(r"\b(?:nothing|none|not|never)\s+(?:\w+\s+){0,2}?(?:for|with)\s+(?:my|the|her|his)\s+"
                           r"(?:lungs?|breathing|chest|copd|emphysema)\b")
# infections are flares only with a hospital stay or when the flare question is asked
_INFECTION = re.compile(r"\b(?:bronchitis|pneumonia|chest infection|lung infection)\b")
# "for my flare": a flare the conversation already knows about, not new information
_DEFINITE_BEFORE = re.compile(r"\b(?:my|her|his|their|the|that|this)\s+(?:\w+\s+)?$")


def extract_exacerbation(answer: Answer, result: Extraction) -> None:
    asked = answer.asked in ("exacerbation_last_year", "exacerbation_months_ago")
    flare = next((m for m in FLARE.finditer(answer.text) if not _PREVENTED.search(answer.text[max(0, m.start() - 25):m.start()])
                  and not someone_elses(answer, m.start())), None)
    medicines = answer.terms_of("medicines", "antibiotic") + systemic_steroid_terms(answer)
    treated = [t for t in medicines if not negated_beyond_the_answer_word(answer, t)] if answer.asked and not asked \
        else not_negated(answer, medicines)
    treated = [t for t in treated if not someone_elses(answer, t.start)]
    hospital = _HOSPITAL.search(answer.text)
    if hospital and (answer.negated(hospital.start(), hospital.end()) or someone_elses(answer, hospital.start())):
        hospital = None  # "never needed the hospital or any of that"
    year_denied = _NO_FLARE_FOR_A_YEAR.search(answer.text)
    # a hospital stay dated more than a year back leaves the denial for the year standing
    # ("Two winters ago I was in the ICU, but nothing this past year")
    hospital_when = answer.time_near(hospital.start(), hospital.end(), kinds=("date", "ago")) if hospital else None
    old_stay = hospital_when is not None and (answer.today - hospital_when.day).days > 366 \
        and not (year_denied and hospital_when.start >= year_denied.start())
    year_denied = bool(year_denied and (not hospital or old_stay) and (asked or year_denied.group("flare")))
    if year_denied and not asked:
        result.set("exacerbation_last_year", False)  # volunteered: "No flare-ups in over a year."
        return
    if asked and not (flare or treated or hospital) and speaker_apart(answer) and any(
            someone_elses(answer, m.start()) for m in FLARE.finditer(answer.text)):
        result.set("exacerbation_last_year", False)  # "my wife had pneumonia last winter, but I've been okay"
        return
    if not asked and not _volunteered_flare(answer, flare, treated, hospital):
        when = _flare_time(answer, flare) if flare and not treated and _LAST_FLARE.search(answer.text) else None
        if when is not None and (answer.today - when.day).days > 366:
            result.set("exacerbation_last_year", False)  # volunteered: "last flare was over a year ago"
            result.set("exacerbation_months_ago", when.months_before(answer.today), approximate=when.approximate)
        return
    when = _flare_time(answer, flare)
    if when is not None and _WHOLE_YEAR.fullmatch(answer.text[when.start:when.end]):
        # "back in February ... that's the only one this year": the month says when, the year only confirms
        finer = [t for t in answer.point_times() if t.kind in ("date", "ago")
                 and not _WHOLE_YEAR.fullmatch(answer.text[t.start:t.end])]
        when = max(finer, key=lambda t: t.day) if finer else when
    if answer.asked != "exacerbation_months_ago":
        happened = False if year_denied else _flare_in_last_year(answer, flare, treated, hospital, when)
        if happened is None:
            if asked and treated and PURPOSE_DOUBTED.search(answer.text):
                result.unsure.add("exacerbation_last_year")
            return
        result.set("exacerbation_last_year", happened)
    if year_denied:
        result.set("exacerbation_last_year", False)  # "none in the past year, the last one was in 2024"
    elif (answer.asked == "exacerbation_months_ago" and when is not None and (answer.today - when.day).days <= 366
            and not _untreated(answer, treated, hospital)):
        # the form asks when only after a yes, and the question is about qualifying flare-ups, so a date
        # within the year restates that yes ("mid july. prednisone for 5 days", "about 4 months ago")
        result.set("exacerbation_last_year", True)
    if when is not None and _WHOLE_YEAR.fullmatch(answer.text[when.start:when.end]):
        # "two this year", "sometime in the past year": the year is known, the month is not
        if answer.asked == "exacerbation_months_ago":
            result.unsure.add("exacerbation_months_ago")
        return
    if when is None and result.facts.get("exacerbation_last_year") and _WHEN_FORGOTTEN.search(answer.text):
        result.unsure.add("exacerbation_months_ago")  # "a few, can't remember when the last one was"
    if when is not None and answer.asked == "exacerbation_months_ago" and _MEMORY_GONE.search(answer.text) \
            and answer.polarity == UNSURE:
        result.unsure.add("exacerbation_months_ago")  # "not sure... spring maybe? it's all a blur": a guess, not a date
        return
    if when is not None and (answer.asked == "exacerbation_months_ago" or result.facts.get("exacerbation_last_year")
                             or _older_qualifying_flare(answer, when, flare, treated, hospital)):
        result.set("exacerbation_months_ago", when.months_before(answer.today), approximate=when.approximate)
    elif answer.asked == "exacerbation_months_ago" and answer.polarity == UNSURE:
        result.unsure.add("exacerbation_months_ago")
# medicines taken for a reason the speaker does not know
_PURPOSE_UNKNOWN = re.compile(r"\b(?:not sure|unsure|don'?t know|do not know|no idea|can'?t remember|don'?t remember|forget)\s+"
                              r"(?:what|why)\s+(?:(?:they|it|that|those|these|she|he|i)\s+(?:were|was|got|had|took|needed)\b|"
                              r"(?:they|it|that|those|these|the \w+)\s+(?:were|was)\s+for\b)|\bno idea why\b")
# the reason for a medicine doubted: "not sure if it was for the copd or a sinus thing"
PURPOSE_DOUBTED = re.compile(r"\b(?:not sure|unsure|don'?t know|do not know|no idea|can'?t remember|don'?t remember)\s+(?:if|whether)\s+"
                             r"(?:it|that|they|those|this)\s+(?:was|were|is|are)\s+(?:for|because of)\b")
_WHOLE_YEAR = re.compile(r"this\s+y(?:ea)?r|the\s+(?:past|last)\s+y(?:ea)?r")  # not "last year" (the calendar year before)
_WHEN_FORGOTTEN = re.compile(r"\b(?:can'?t|cannot|don'?t|do not|not sure|no idea)\s+(?:\w+\s+){0,2}?(?:remember|recall|know|sure)?\s*"
                             r"(?:exactly\s+)?when\b")
# the speaker says the memory itself is gone, so a time said with it is a guess
_MEMORY_GONE = re.compile(r"\b(?:all\s+(?:a\s+)?(?:blur|haze|fog)|blur\w*\s+together|(?:memory|mind)\s+(?:is|'s)\s+(?:\w+\s+)?(?:shot|gone|fuzzy|foggy|hazy|terrible|bad)|"
                          r"(?:it'?s|its|it is|i'?m|all)\s+(?:\w+\s+)?(?:fuzzy|foggy|hazy))\b")
_LAST_FLARE = re.compile(r"\b(?:last|most recent|latest)\s+(?:\w+\s+)?(?:time|one|flare|exacerbation|episode|attack)\b"
                         r"|\bhad (?:1|one)\b|\b(?:the one before|the previous one|the one prior)\b")


def _older_qualifying_flare(answer: Answer, when: TimeRef, flare, treated: list[Term], hospital) -> bool:
    """'My last exacerbation that needed steroids was about 18 months ago': no flare this year, but
    the time of the most recent one is known (unless it was handled with the usual inhalers).
    The answer must say it was the last one ("last", "nothing since"), or, answering the flare
    question, describe one flare ("I had a bad one 20 months ago"); dating some flare in passing
    is not enough ("he stopped smoking after his first hospital stay in 2016")."""
    if (answer.today - when.day).days <= 366 or _untreated(answer, treated, hospital):
        return False
    about_nicotine = CIGARETTE_WORDS.search(answer.text) or OTHER_PRODUCT.search(answer.text)
    if _LAST_FLARE.search(answer.text) or (NOTHING_SINCE.search(answer.text) and not about_nicotine):
        return True
    # "no. had pneumonia in 2024 though": an infection beside a no, with no course or stay told, is not the flare asked about
    infection_beside_no = flare is not None and _INFECTION.fullmatch(flare.group(0)) and answer.polarity == NO and not hospital
    described = (flare is not None and not answer.negated(flare.start(), flare.end()) and not infection_beside_no) or treated \
        or (answer.polarity == YES and re.search(r"\bbut\s+(?:that|it)\s+was\b", answer.text))  # "yes, but that was in October of last year"
    return bool(flare_asked(answer) and described and not re.search(r"\bfirst\b", answer.text))


# no flare for the whole last year or longer: "no flare-ups in over a year", "none in the past 12 months"
_NO_FLARE_FOR_A_YEAR = re.compile(
    r"\b(?:no|none|zero|nothing|not(?=\s+(?:a single|one|1|any)\b)|(?:haven'?t|hasn'?t|have not|has not) had)\s+(?:a single\s+|any\s+|one\s+|1\s+|a\s+)?"
    r"(?P<flare>(?:(?:copd|bad|real|serious|major)\s+)?(?:flare[- ]?ups?|flares?|exacerbations?|attacks?)\s+)?"
    r"(?:(?:in|for|during|over)\s+(?:the\s+)?(?:(?:last|past)\s+(?:year|12 months)|(?:over|more than|well over)\s+(?:a|1)\s+year|"
    r"(?:a couple of|a few|several|\d+)\s+years)|(?:in\s+)?this\s+past\s+(?:year|12 months))\b")
_NOT_A_FLARE_STAY = re.compile(r"\b(?:hospital\w*|admitted|stay)\b[^.]{0,40}\b(?:for|was for)\s+(?:a|my|the)\s+"
                               r"(?:broken|fractured|hip|knee|fall|surgery|operation|heart|kidney|gall\w*|appendix|stroke)\b"
                               r"|\bnot (?:for )?(?:my )?(?:lungs?|breathing|copd)\b")
_FLARE_DENIED = re.compile(r"\bno\s+(?:copd\s+)?(?:flare[- ]?ups?|flares|exacerbations?)\b")
# a hospital stay, not a visit to the ER or urgent care that may send the person home with a nebuliser
_ADMITTED = re.compile(r"\b(hospitali[sz]ed|admitted|icu|bi-?pap|intubated|ventilator|(?:in|to) (?:the )?hospital|hospital stay|stayed)\b")


def _untreated(answer: Answer, treated: list[Term], hospital) -> bool:
    """Handled with the usual medicines: no antibiotics or steroids, no stay in hospital."""
    if treated or (hospital and _ADMITTED.search(answer.text)):
        return False
    return bool(_NO_TREATMENT.search(answer.text) or _ONLY_USUAL_MEDICINE.search(answer.text))


def _volunteered_flare(answer: Answer, flare, treated: list[Term], hospital) -> bool:
    """Unasked, a flare needs a flare word with a treatment or a hospital stay, or a hospital stay for the lungs.

    With a treatment only, the flare must be news: "a Z-pak for bronchitis" is an infection and
    "prednisone for my flare" refers to a flare the conversation already has."""
    if flare and hospital:
        return True
    if flare and answer.asked in ("steroids_last_12_weeks", "antibiotics_last_12_weeks") and answer.polarity == YES \
            and not answer.negated(flare.start(), flare.end()) and not (
                # "I had pneumonia around Labor Day and was on antibiotics for it": an infection, not said to be the COPD
                _INFECTION.fullmatch(flare.group(0)) and not re.search(r"\b(?:copd|flare\w*|exacerbation\w*|emphysema)\b", answer.text)):
        return True  # "yes, 6 weeks ago, for a COPD flare" to the steroid question: treated, so it counts
    if flare and treated and not _INFECTION.fullmatch(flare.group(0)) and (
            not _DEFINITE_BEFORE.search(answer.text[max(0, flare.start() - 20):flare.start()])
            # "my last antibiotics were for the flare up in march": dated, the flare is news
            or answer.time_near(flare.start(), flare.end(), kinds=("date", "ago"), sentence=False) is not None):
        return True
    if hospital and hospital.group(0) in ("urgent care", "uc") and not treated:
        return False  # "urgent care gave me something for my chest": a clinic visit, the treatment unknown
    if hospital and not flare and not treated and _DIAGNOSED_THERE.search(answer.text):
        return False  # "He was told he has COPD after his last hospital stay": the stay is when the diagnosis came
    return bool(hospital and _LUNG_CONTEXT.search(answer.text))


# a diagnosis dated by a hospital stay, said without a flare or a treatment
_DIAGNOSED_THERE = re.compile(r"\b(?:told|diagnosed|found out|said|confirmed)\b[^.;]{0,40}\b(?:copd|emphysema)\b[^.;]{0,15}\b(?:after|during|at|on|when)\b")


# "one in may and another in august": a second flare named with "another"
_SEVERAL_FLARES = re.compile(r"\b(?:flares|flare-?ups|exacerbations|episodes|attacks|twice|another|(?:2|3|4|two|three|four|both|a few|several)"
                             r"\s+(?:\w+\s+)?(?:times|of them|flare\w*|exacerbation\w*|episodes|attacks|infections|bouts))\b")


# "three of them this year", "2 times": answering the flare question with a count
_COUNTED_FLARES = re.compile(r"^\W*(?:(?:yes|yeah|yep)\W+)?(?:(?:i|he|she|they|we|(?:my\s+)?" + PERSON + r")(?:'ve|'s|\s+has|\s+have)?\s+had\s+)?(?:just\s+|only\s+)?(?:[1-9]|a few|several|a couple|once|twice|one time|just the one|just one|the one|one)\b(?!\s*(?:years?|months?|weeks?|days?)\b)|"
                             r"\b(?:[1-9]|one|two|three|four|a few|several|a couple)\s+(?:of them|times)\b")


def _other_infection_spans(answer: Answer) -> list[tuple[int, int]]:
    """Where an antibiotic is said to be for an infection away from the lungs: its own short clause,
    or its whole sentence when the sentence says nothing of the lungs. "3 months ago. I'm on
    antibiotics right now for a UTI" dates the UTI, not the flare."""
    spans = []
    for term in answer.terms_of("medicines", "antibiotic"):
        low, high = short_clause(answer.text, term.start)
        if not _OTHER_INFECTION.search(answer.text, low, high):
            low, high = answer.sentence_of(term.start)
            sentence = answer.text[low:high]
            if not _OTHER_INFECTION.search(sentence) or _LUNG_CONTEXT.search(sentence) or FLARE.search(sentence):
                continue
        spans.append((low, high))
    return spans


def _flare_time(answer: Answer, flare) -> Optional[TimeRef]:
    # "That was 5 months ago. My husband had his in October.": not the husband's
    others = relatives_sentences(answer)
    points = [t for t in answer.point_times() if not is_inside(t.start, others)] or answer.point_times()
    points = [t for t in points if not is_inside(t.start, _other_infection_spans(answer))]
    if answer.asked == "exacerbation_months_ago" and points:
        return max(points, key=lambda t: t.day)
    if (flare or flare_asked(answer)) and len(points) > 1 and _SEVERAL_FLARES.search(answer.text):
        return max(points, key=lambda t: t.day)  # "two flare ups, one last december and one in august": the latest
    if flare:
        flares = [m for m in FLARE.finditer(answer.text) if not answer.negated(m.start(), m.end())] or [flare]
        near = [answer.time_near(m.start(), m.end(), kinds=("date", "ago", "now"), sentence=False) for m in flares]
        near = [ref for ref in near if ref is not None]
        if near:  # "pneumonia in feb and then a flare in june": the latest
            return max(near, key=lambda t: t.day)
    return max(points, key=lambda t: t.day) if points else None


def _flare_in_last_year(answer: Answer, flare, treated: list[Term], hospital,
                        when: Optional[TimeRef]) -> Optional[bool]:
    """True/False for a qualifying flare in the last 12 months; None when the answer does not say."""
    if DOUBTS_IT_COUNTS.search(answer.text) and not (hospital and _ADMITTED.search(answer.text)):
        return None  # extract_facts records the asked slot as unsure
    if treated and not (flare or hospital) and _PURPOSE_UNKNOWN.search(answer.text):
        return None
    if treated and not flare and not (hospital and _ADMITTED.search(answer.text)) and PURPOSE_DOUBTED.search(answer.text):
        return None  # "an antibiotic at urgent care but not sure if it was for the copd or a sinus thing"  # "my mom had some steroids at some point, not sure what they were for": maybe not a flare
    if _NOT_A_FLARE_STAY.search(answer.text) or (_FLARE_DENIED.search(answer.text) and not hospital):
        return False  # "the hospital stay was for a broken hip", "no COPD flare-ups, but pneumonia in September"
    asked = flare_asked(answer)  # a yes or no to another question says nothing of flares
    if asked and answer.polarity == NO and not treated:
        return False
    if asked and answer.polarity == UNSURE and not (treated or hospital):
        return None  # extract_facts records the asked slot as unsure ("not sure if you'd call it a flare")
    if _untreated(answer, treated, hospital):
        return False  # handled at home with the usual inhalers: not a qualifying flare
    other_infection = _other_infection_spans(answer)
    if treated and not (flare or hospital) and _OTHER_INFECTION.search(answer.text) and (
            # "antibiotics for a UTI, and prednisone for my lungs in june": the prednisone was for the lungs
            not other_infection or all(is_inside(t.start, other_infection) for t in treated)):
        if asked and _LUNGS_SPARED.search(answer.text):
            return False  # "only antibiotics for a tooth infection, nothing for my lungs"
        return None  # "antibiotics for a tooth infection" says nothing about the lungs
    if when is None and _LAST_FLARE.search(answer.text) and re.search(
            r"\b(?:years|ages|decades|a long time|a good while|forever)\s+(?:ago|back)\b|\blong ago\b", answer.text):
        return False  # "my last real flare was years ago"
    counted = flare_asked(answer) and _COUNTED_FLARES.search(answer.text)
    if not (answer.polarity == YES or flare or treated or hospital or counted):
        if flare_asked(answer) and when is not None and (answer.today - when.day).days > 366:
            return False  # "only time was back in 2024"
        return None
    if when is not None and (answer.today - when.day).days > 366:
        return False
    return True

"""Medicines: systemic steroids and antibiotics in the 12-week windows, and immunosuppressants."""

from __future__ import annotations

import re
from datetime import date
from typing import Optional

from bot.nlu.answer import AFTER_NO, Answer, Extraction, HEDGED, NEGATION_CUES, NO, PERSON, UNSURE, WINDOW_DAYS, YES, not_negated, short_clause
from bot.nlu.corrections import has_correction_cue, last_correction_end
from bot.nlu.facts.people import RELATIVE, about_relative, in_doubt, in_embedded_question, in_question, someone_elses, taken_back_as_relatives
from bot.nlu.facts.smoking import is_start_time
from bot.nlu.lexicon import Term
from bot.nlu.timeexpr import TimeRef

# a generic "steroid" in the same sentence as an inhaler is an inhaled steroid
_INHALED_CONTEXT = re.compile(r"\b(inhal\w*|puffer|nebuli[sz]\w*|nasal|cream|ointment|symbicort|advair|breo|trelegy|"
                              r"pulmicort|flovent|qvar|asmanex|arnuity|dulera|wixela|breztri|budesonide|fluticasone|flonase|nasonex|nasacort|rhinocort)\b")
# forms that do not reach the whole body: "antibiotic eye drops", "steroid cream"
_TOPICAL = re.compile(r"\b(eye ?drops?|ear ?drops?|drops|creams?|ointments?|gels?|lotions?|topical|nasal|sprays?|"
                      r"inhal\w*|puffers?|nebuli[sz]\w*|mouthwash|rinse)\b")
_ONGOING = re.compile(r"\b(every (?:day|morning|night|week|other day)|daily|currently|right now|at the moment|still (?:on|taking|take)|"
                      r"(?:'ve|have|has)?\s*been on (?:it|them|this|that)\s+for|been on\b[^.;]{0,30}\bsince|"
                      r"i'?m on|i am on|she'?s on|he'?s on|is on|i take|she takes|he takes|each day)\b")
_ONLY_INHALED = re.compile(r"\b(?:only|just)\b[^.;]{0,20}\b(?:inhal\w*|puffers?|nebuli[sz]\w*|symbicort|advair|breo|trelegy|"
                           r"spiriva|flovent|pulmicort|albuterol)")
_NOT_SINCE = re.compile(r"\b(?:not|nothing|none|no\b[^.;]{0,30}?|(?:haven'?t|hasn'?t|have not|has not|had no)\b[^.;]{0,30}?)\s*since\b")
# "no antibiotics or pred for 2 years", "no steroids in over a year": none for a stretch of time
_NONE_FOR = re.compile(r"\b(?:for|in)\s+(?:(?:over|more than|about|around|at least|almost|nearly)\s+)?(?:the\s+(?:last|past)\s+)?$")
_STOPPED_MEDICINE = re.compile(r"\b(used to|stopped|quit|came off|come off|was on|were on|years ago|no longer|not anymore)\b")


def _is_topical(text: str, term: Term) -> bool:
    # within the term's sentence: "... Trelegy inhaler. No steroid pills" names no inhaled steroid
    low = max([0] + [m.end() for m in re.finditer(r"[.;!?](?!\d)", text[:term.start])])
    high = next((term.end + m.start() for m in re.finditer(r"[.;!?](?!\d)", text[term.end:])), len(text))
    return bool(_TOPICAL.search(text[max(low, term.start - 12):min(high, term.end + 14)]))


def systemic_steroid_terms(answer: Answer) -> list[Term]:
    terms = answer.terms_of("medicines", "systemic_steroid")
    for match in re.finditer(r"\b(steroids?)\b", answer.text):
        if any(t.start <= match.start() < t.end for t in terms):
            continue
        low, high = answer.sentence_of(match.start())
        if _INHALED_CONTEXT.search(answer.text[low:high]) and not answer.denied(match.start(), match.end()):
            continue  # "my Symbicort, which has a steroid in it" is an inhaled steroid; "Steroids no, just my Breo" is not
        asks = in_question(answer.text, match.start()) or "?" in answer.text[match.end():answer.sentence_of(match.start())[1]]
        if asks and _INHALED_CONTEXT.search(answer.text) or in_embedded_question(answer.text, match.start()):
            continue  # "I use Trelegy every day. That's a steroid, right?", "no idea what counts as a steroid"
        terms.append(Term("medicines", "systemic_steroid", match.group(1), match.start(), match.end()))
    return sorted(terms, key=lambda t: t.start)


# still taking it: today, whatever time the course started ("three weeks ago, and I'm still on the prednisone")
_STILL_ON = re.compile(r"\b(still (?:on|taking|take|finishing|tapering)|finishing (?:up|off)|currently (?:on|taking)|right now|at the moment|"
                       r"been on\b[^.;]{0,30}\bsince|been (?:on|taking) (?:it|them) for|"
                       # "on 10mg pred daily since 2020", "I'm on prednisone every day since my transplant"
                       r"(?:^\W*|\b(?:i'?m|i am|she'?s|he'?s|is|still)\s+)on\b[^.;]{0,30}\b(?:daily|every day|a day|since|"
                       # a standing prescription: "on azithromycin mon/wed/fri long term"
                       r"long[- ]term|(?:two|three|2|3) times a week|mon\w*\s*/\s*wed\w*))\b")
# the course not over yet: "I'm on the last few pills now", "still taking the last of them"
_ON_LAST_PILLS = re.compile(r"\b(?:i'?m|i am|she'?s|he'?s|she is|he is|still)\s+(?:still\s+)?(?:on|taking|finishing)\s+(?:the|my|her|his)\s+last\s+"
                            r"(?:few\s+|couple\s+(?:of\s+)?|2\s+|3\s+|two\s+|three\s+)?(?:pills|tablets|days?|doses?|of (?:them|it|the \w+))\b")
# the answer names the last course: "the last antibiotics were in June", "last time I took prednisone"
_LAST_COURSE_BEFORE = re.compile(r"\b(?:last|latest|most recent)\s+(?:(?:course|dose|round|burst|time|one)\s+(?:of\s+)?)?"
                                 r"(?:(?:i|she|he)\s+(?:took|had|needed|got|was on)\s+)?$")
# nothing after the course: "... in June and none since", "that was the last"
NOTHING_SINCE = re.compile(r"\b(?:none|nothing|not|no|haven'?t|hasn'?t|have not|has not)\s+(?:\w+\s+){0,3}?since\b|\bthat was the last\b")


def flare_asked(answer: Answer) -> bool:
    """Answering a flare question, medicines describe how the flare was treated, not the last course."""
    return answer.asked in ("exacerbation_last_year", "exacerbation_months_ago")


def _names_last_course(answer: Answer, term: Term) -> bool:
    low, _ = answer.clause_of(term.start)
    return bool(_LAST_COURSE_BEFORE.search(answer.text[max(low, term.start - 40):term.start]))


# a second medicine taken with the course just told of
_TAKEN_TOGETHER = re.compile(r"\W{0,3}(?:\w+\s+){0,2}?(?:with (?:it|them|that|those|the \w+)|at the same time|alongside|"
                             r"along with (?:it|them|that|the \w+)|together|too|as well)\b")
# "... that was the steroids": the medicine named as what the time just given was for
_THAT_WAS_THE = re.compile(r"\b(?:that|it|those|this)\s*(?:was|were|'s)\s+(?:for\s+)?(?:the|my|her|his)\s+$")


_SEVERAL_COURSES = re.compile(r"\b(?:two|2|three|3|four|4|several|a couple(?: of)?|a few)\s+(?:rounds|courses|bursts|packs|lots|times)\b"
                              r"|\btwice\b")


_ONLY_FILLER = re.compile(r"^\W*(?:(?:about|around|maybe|probably|roughly|like|oh|um+|uh+|hmm+|er+m?|it was|that was|was|"
                          r"i think|let me think|i guess|i believe|so|yes|yeah|finished|took it)\b\W*)*$")


def _without(text: str, low: int, high: int, cut_low: int, cut_high: int) -> str:
    """The sentence text[low:high] with the piece text[cut_low:cut_high] taken out."""
    return text[low:cut_low] + " " + text[cut_high:high]


def _last_dose(answer: Answer, positive: list[Term], mentioned: list[Term], asked: bool) -> Optional[date]:
    """When the last dose was: today if still taken, a time next to the medicine, "not since <time>",
    or today if taken regularly."""
    for term in positive:
        low, high = answer.clause_of(term.start)
        sentence_low, sentence_high = answer.sentence_of(term.start)
        still = [m for m in _STILL_ON.finditer(answer.text, low, high) if not _still_for_another(answer, term, m)]
        still_on_it = [m for m in re.finditer(r"\bstill (?:on|taking) (?:it|them|those|that)\b", answer.text[:sentence_high])
                       if m.start() >= sentence_low and not _still_for_another(answer, term, m)]
        if still or still_on_it:
            return answer.today  # also "Doxy for a skin thing, I'm still on it"
    if positive and _ON_LAST_PILLS.search(answer.text) and not (
            answer.terms_of("medicines", "antibiotic") and systemic_steroid_terms(answer)):
        return answer.today  # "prednisone every time... I'm on the last few pills now": one kind named, still taken
    dated = [answer.time_near(t.start, t.end, kinds=("date", "ago", "now")) for t in positive]
    dated = [ref.day for ref in dated if ref is not None]
    for finish in _COURSE_FINISHED.finditer(answer.text):  # "... 2 weeks ago, then pills, finished them yesterday"
        low, high = short_clause(answer.text, finish.start())
        ends = [t for t in answer.times if low <= t.start < high and t.kind in ("date", "ago", "now")]
        if ends and any(t.end <= finish.start() for t in positive):
            dated.append(max(t.day for t in ends))
    last_course = _LAST_ONE.search(answer.text) if positive else None
    if last_course is not None:  # "2 rounds this fall, the last one finished about 3 weeks ago"
        ref = answer.time_near(last_course.start(), last_course.end(), kinds=("date", "ago"))
        if ref is not None and ref.start > last_course.start():
            dated.append(ref.day)
    for again in _REPEATED_COURSE.finditer(answer.text):  # "prednisone 6 weeks back and then again 3 weeks back"
        ref = answer.time_near(again.start(), again.end(), kinds=("date", "ago", "now"))
        if ref is not None and ref.start >= again.end() and any(t.end <= again.start() for t in positive) \
                and not re.search(r"[.;!?]", answer.text[again.end():ref.start]):
            dated.append(ref.day)
    for term in positive:  # "two rounds of pred, one in August and one 4 weeks ago": each course has its date
        sentence_low, sentence_high = answer.sentence_of(term.start)
        if _SEVERAL_COURSES.search(answer.text, sentence_low, sentence_high):
            dated += [t.day for t in answer.times if sentence_low <= t.start < sentence_high and t.kind in ("date", "ago")]
    for term in positive:  # "prednisone 3 weeks ago. took levaquin with it too": dated by the course before it
        together = _TAKEN_TOGETHER.match(answer.text, term.end) or _THAT_WAS_THE.search(answer.text, max(0, term.start - 30), term.start)
        before = [t for t in answer.times if t.kind in ("date", "ago") and t.end <= term.start]
        if together and before and not answer.time_near(term.start, term.end, kinds=("date", "ago", "now")):
            dated.append(before[-1].day)
    if not dated and asked:
        # "Keflex for cellulitis. Finished it 6 weeks ago.": the next sentence dates the course
        dated = [t.day for t in answer.times if t.kind in ("date", "ago") and any(t.start > term.end for term in positive)
                 and _REFERS_BACK.search(answer.text[slice(*answer.sentence_of(t.start))])]
    if not dated and asked:
        # "Yes. Levaquin. Ten days ago.": a sentence that is only a time, after the medicine, dates it
        dated = [t.day for t in answer.times if t.kind in ("date", "ago") and any(t.start > term.end for term in positive)
                 and _ONLY_FILLER.match(_without(answer.text, *answer.sentence_of(t.start), t.start, t.end))]
    if not dated:
        # "prednisone in august... no wait it was september 10th": the corrected date stands in the next sentence
        dated = [t.day for term in positive for t in answer.times if t.kind in ("date", "ago")
                 and t.start > term.end and has_correction_cue(answer.text[term.end:t.start])]
    if dated:
        return max(dated)
    flare_day = _the_flare_day(answer) if positive else None
    if flare_day is not None:
        return flare_day
    not_since = _NOT_SINCE.search(answer.text)
    if not_since and (mentioned or asked):
        after = [t for t in answer.times if t.start >= not_since.end() - 6 and t.kind in ("date", "ago")]
        if after:
            return after[0].day
    for term in positive:
        low, high = answer.clause_of(term.start)
        if _ONGOING.search(answer.text[low:high]):
            return answer.today
    return None


def _still_for_another(answer: Answer, term: Term, still: re.Match) -> bool:
    """'a steroid shot and sent me home with antibiotics which I'm still taking': the "still taking" said
    after another kind of medicine belongs to that one (not "prednisone and doxy, still taking both")."""
    if still.start() < term.end or re.match(r"\s+(?:both|all|each)\b", answer.text[still.end():]):
        return False
    return any(t.group == "medicines" and t.category != term.category and term.end <= t.start and t.end <= still.start()
               for t in answer.terms)


def _dates_either_side_of_window(answer: Answer) -> bool:
    """Two dates offered as alternatives ("august or september"), one within the 12 weeks, one not."""
    points = [t for t in answer.times if t.kind in ("date", "ago")]
    for first, second in zip(points, points[1:]):
        if re.fullmatch(r"\W*(?:or|maybe|or maybe|or was it|or it might have been)\W*", answer.text[first.end:second.start]):
            ages = sorted((answer.today - t.day).days for t in (first, second))
            if ages[0] < WINDOW_DAYS <= ages[1]:
                return True
    return False


_REFERS_BACK = re.compile(r"\b(?:finished|stopped|took|had|done|ended|completed|started)\s+(?:it|them|that|those|one|1(?![\d.])|the (?:course|pills|last))\b"
                          # "IV antibiotics in the hospital; I was discharged 5 weeks ago": the stay dates the course
                          r"|\b(?:was|got|been)\s+(?:discharged|released|sent home|let out)\b|\bcame (?:back )?home\b"
                          r"|^\W*(?:it|that|they|those)\s+(?:was|were|ended|finished)\b")
# a course dated by its end: the last dose
_COURSE_FINISHED = re.compile(r"\b(?:finished|ended|completed|stopped|done with)\s+(?:it|them|those|that|the (?:course|pills|tablets|last))\b"
                              # "started Oct 30 and finished Nov 6": the course is dated by its end
                              r"|\b(?:finished|ended|completed|wrapped up)\b(?=\s+(?:on\s+|up\s+)?(?:the\s+)?(?:\d|jan|feb|mar|apr|may|jun|jul|aug|"
                              r"sep|oct|nov|dec|last\b|yesterday|this\b|about\b|around\b))")
_LAST_ONE = re.compile(r"\b(?:the\s+)?(?:last|latest|most recent)\s+(?:ones?|course|round|burst|dose|time)\b")
# a second course after the first: its time is the later dose
_REPEATED_COURSE = re.compile(r"\b(?:and\s+)?(?:then\s+)?(?:again|another (?:one|course|round|burst|dose)|once more|one more)\b")


def _the_flare_day(answer: Answer) -> Optional[date]:
    """Answering the flare question, the one date the answer gives is when the flare's medicines were
    taken: "yes, 3 weeks ago. they gave me prednisone and doxycycline". Two dates: no guess."""
    if not flare_asked(answer):
        return None
    days = {t.day for t in answer.times if t.kind in ("date", "ago") and not is_start_time(answer.text, t)}
    return days.pop() if len(days) == 1 else None


def _taken_back_for_inhaler(answer: Answer, term: Term) -> bool:
    """'I take prednisone... no wait, sorry it's the Advair inhaler': the pill named first is taken back."""
    after = answer.text[term.end:]
    cue = last_correction_end(after)
    return cue is not None and bool(_INHALED_CONTEXT.search(after[cue:]))


def _corrected_to_it(answer: Answer, term: Term) -> bool:
    """'3 weeks ago. no wait, that was the steroids': the "no" starts a correction that names this medicine."""
    low, _ = answer.clause_of(term.start)
    before = answer.text[max(0, low - 2):term.start]
    return bool(re.search(r"\bno\W+(?:wait|sorry|hold on|actually)\b", before)) and bool(_THAT_WAS_THE.search(before)) \
        and not re.search(r"\b(?:not|never|n't)\b", before)


def _relative_takes_it(answer: Answer, term: Term) -> bool:
    """'My husband's on prednisone, not me': someone else's medicine."""
    low, high = answer.sentence_of(term.start)
    if re.match(r"[^.;]{0,25}?\b(?:gave|give|for|prescribed)\s+(?:to\s+)?(?:my|the|our)\s+(?:dog|cat|pet|horse|puppy)\b", answer.text[term.end:]):
        return True  # "only the prednisone they gave my dog lol"
    if someone_elses(answer, term.start):
        return True  # "My wife takes prednisone for her RA. I don't take any."
    before = answer.text[max(low, term.start - 30):term.start]
    return bool(re.search(r"\b(?:my|her|his)\s+(?:\w+\s+)?" + PERSON + r"(?:'s|\s+is|\s+takes|\s+was|\s+has been|\s+had)\b", before)
                and re.search(r"\bnot me\b|\bi\s*(?:'m not|am not|wasn'?t|was not|didn'?t|did not|don'?t|do not|haven'?t|have not)\b",
                              answer.text[term.end:high]))


def _recent_medicine(answer: Answer, result: Extraction, slot: str, weeks_slot: str,
                     terms: list[Term]) -> None:
    """Antibiotics or systemic steroids in the last 12 weeks, with when the last dose was.

    The weeks since a course older than 12 weeks are kept when it is the last one: the answer to
    the question asked, or one the answer calls the last ("the last prednisone was in May",
    "... in June and none since"); an older course mentioned in passing gives nothing.
    """
    systemic = [t for t in terms if not _is_topical(answer.text, t) and not _relative_takes_it(answer, t)
                and not _taken_back_for_inhaler(answer, t)]
    doubted = [t for t in systemic if in_doubt(answer, t)]  # "can't remember whether they were steroids"
    systemic = [t for t in systemic if t not in doubted]
    asked = answer.asked == slot
    positive = [t for t in systemic if _names_last_course(answer, t) or _corrected_to_it(answer, t) or not (
        answer.negated(t.start, t.end) if asked else negated_beyond_the_answer_word(answer, t))]
    declined = [t for t in positive if _DECLINED.search(answer.text[slice(*answer.sentence_of(t.start))])]
    if declined:
        positive = [t for t in positive if t not in declined]
        if asked and not positive:
            result.set(slot, False)  # "the doctor wanted to give me prednisone but I said no"
            return
    last = _last_dose(answer, positive, systemic, asked)
    if asked and positive and _dates_either_side_of_window(answer):
        result.unsure.add(slot)  # "augmentin, was that august or september?": one inside 12 weeks, one outside
        return
    if last is not None:
        days = (answer.today - last).days
        the_last = asked or bool(NOTHING_SINCE.search(answer.text)) or any(_names_last_course(answer, t) for t in positive)
        if days < WINDOW_DAYS:
            result.set(slot, True)
            result.set(weeks_slot, round(max(days, 0) / 7, 2))
        elif the_last or not positive:  # unasked, only "no prednisone since the spring" rules it out
            result.set(slot, False)
            if (positive and the_last) or (not positive and _NOT_SINCE.search(answer.text)):
                result.set(weeks_slot, round(days / 7, 2))  # "no pred since 2024" also dates the last one
        return
    free_days, dates_it = _none_for_days(answer, systemic)
    if free_days is not None and free_days >= WINDOW_DAYS:
        result.set(slot, False)
        if dates_it:  # "no pred for 2 years" dates the last course; "none in the last year" only covers the window
            result.set(weeks_slot, round(free_days / 7, 2))
        return
    if not asked and answer.asked in _TWELVE_WEEK_SLOTS and positive and not _flare_in_sentence(answer, positive) \
            and not any(_STOPPED_MEDICINE.search(answer.text[slice(*answer.clause_of(t.start))])
                        or RELATIVE.search(answer.text, *short_clause(answer.text, t.start)) for t in positive):
        result.set(slot, True)  # "no antibiotics, just prednisone" answers the same 12 weeks
        return
    if not asked:
        # "..., no steroids" / "Steroids no" volunteered in another answer; "a flare in May but no
        # antibiotics" only says how that flare was treated
        if systemic and not doubted and (not _flare_in_sentence(answer, systemic) or _flare_inside_window(answer, systemic)) \
                and all(answer.denied(t.start, t.end) or _denied_for_the_window(answer, t) for t in systemic):
            result.set(slot, False)
        elif systemic and not doubted and all(_denied_since_then(answer, t) for t in systemic):
            result.set(slot, False)  # "Last flare was in January... no antibiotics or pred since then"
        return
    kind_unknown = not systemic and _KIND_UNKNOWN.search(answer.text) and (
        answer.polarity != NO or _TENTATIVE_NO.match(answer.text))
    if not systemic and _DECLINED.search(answer.text) and answer.polarity != YES:
        result.set(slot, False)  # "the doc wanted to give me some but I never picked them up"
    elif (doubted and not positive) or _KIND_OR_WHEN_UNKNOWN.search(answer.text) or kind_unknown:
        result.unsure.add(slot)  # "some kind of steroid in the ER, I don't know what kind or when"
    elif positive and answer.polarity != NO:
        result.set(slot, True)
    elif not positive and (_denied_stretch_days(answer) or WINDOW_DAYS) < WINDOW_DAYS - 7:
        result.unsure.add(slot)  # "not in the last 2 weeks" leaves weeks 3 to 12 unanswered
    elif answer.polarity == NO or systemic or terms or _ONLY_INHALED.search(answer.text) or _TOPICAL_ONLY.search(answer.text):
        result.set(slot, False)  # "no", "no antibiotics", or only antibiotic eye drops
        last_time = re.search(r"\blast (?:time|ones?|course|round|dose)\b", answer.text) or _OLDER_COURSE.search(answer.text)
        if last_time and RELATIVE.search(answer.text, *short_clause(answer.text, last_time.start())):
            last_time = None  # "no, my wife had some in april"
        when = answer.time_near(last_time.start(), last_time.end(), kinds=("date", "ago"), sentence=False) if last_time else None
        nothing_since = NOTHING_SINCE.search(answer.text)
        dated_since = nothing_since and any(0 <= t.start - nothing_since.end() <= 3 for t in answer.times)
        if when is None and nothing_since and not dated_since:
            # "no. had some back in the summer but nothing since": the course before "nothing since" was the last
            before = [t for t in answer.point_times() if t.kind in ("date", "ago") and t.end <= nothing_since.start()]
            when = max(before, key=lambda t: t.day) if before else None
        if when is not None and last_time.re is _OLDER_COURSE and _WINDOW_WORDS.fullmatch(answer.text[when.start:when.end]):
            when = None  # "had some in the last year": inside a stretch, not when
        if when is not None and (answer.today - when.day).days >= WINDOW_DAYS and not _only_a_bound(answer, when):
            result.set(weeks_slot, when.weeks_before(answer.today))  # "Nope, last time was in March"
    elif answer.polarity == YES and not systemic and _BUT_INHALED.search(answer.text):
        result.set(slot, False)  # "yes but it was the inhaler kind, Breo": a steroid, but not a systemic one
    elif answer.polarity == UNSURE:
        result.unsure.add(slot)
    elif answer.polarity == YES and (_STILL_ON.search(answer.text) or re.search(r"\bstill on (?:them|it|those)\b", answer.text)):
        result.set(slot, True)  # "yes, I'm still on them, day 4 of 7"
        result.set(weeks_slot, 0.0)
    elif answer.polarity == YES and _names_other_medicines(answer) and not re.match(r"^\W*(?:yes|yeah|yep|yup|y)\b", answer.text):
        result.set(slot, False)  # "I take budesonide nebs twice a day": a medicine, but not this kind
    elif answer.polarity == YES:
        _recent_by_time(answer, result, slot, weeks_slot, default=True)
    elif _names_other_medicines(answer):
        result.set(slot, False)  # "just my Symbicort" to the steroid question
    elif answer.point_times():
        _recent_by_time(answer, result, slot, weeks_slot, default=None)
    elif _ONGOING.search(answer.text) or re.search(r"\bstill on (?:them|it)\b", answer.text):
        result.set(slot, True)  # "I'm still on them, finishing on Friday"
        result.set(weeks_slot, 0.0)


_BUT_INHALED = re.compile(r"\bbut\b(?![^.;]{0,30}\b(?:not|n't|never|also|and)\b)[^.;]{0,30}\b(?:inhal\w*|puffers?|nebuli[sz]\w*|symbicort|advair|breo|"
                          r"trelegy|pulmicort|flovent|qvar|dulera|wixela|breztri|nasal spray|cream)\b")
# after a no, a course said with its time is the last one: "no. had some back in April for a UTI"
_OLDER_COURSE = re.compile(r"^(?:(?:no+|nope|nah|not)\b[^.;]*[.;,]\s*)(?:but\s+)?(?:i\s+|she\s+|he\s+)?(?:had|got|took|was on|did)\s+"
                           r"(?:some|a (?:course|round|burst|pack|few)|one|them|it)\b")
_WINDOW_WORDS = re.compile(r"(?:the\s+)?(?:last|past)\s+(?:\d+\s+|few\s+|couple\s+(?:of\s+)?)?(?:years?|months?|weeks?)|this\s+year")
_BOUND_BEFORE = re.compile(r"\b(?:over|more than|at least|longer than|upwards of|well over|way over|beyond)\s+(?:about\s+)?$")


def _only_a_bound(answer: Answer, when: TimeRef) -> bool:
    """'the last one was over a year ago': how long at least, not when."""
    text = answer.text[when.start:when.end]
    return bool(re.match(r"(?:over|more than|at least|longer than|well over|way over)\b", text)
                or _BOUND_BEFORE.search(answer.text[max(0, when.start - 15):when.start]))


# the two questions about the last 12 weeks: a medicine named answering the other one is from the same weeks
_TWELVE_WEEK_SLOTS = {"antibiotics_last_12_weeks", "steroids_last_12_weeks"}
# offered but not taken: "wanted to put me on prednisone but I said no thank you"
_DECLINED = re.compile(r"\b(?:wanted|tried|offered|suggested|wanted me|was going|were going|recommended|prescribed|called in)\b[^.;!?]{0,40}?"
                       r"\b(?:said no|refused|declined|didn'?t (?:take|want|fill|start)|did not (?:take|want|fill|start)|"
                       r"turned (?:it|them|that) down|never (?:took|filled|started|picked (?:it|them|those) up|got (?:it|them) filled)|"
                       r"didn'?t (?:pick|get) (?:it|them|those) (?:up|filled)|wouldn'?t take|chose not)\b")
_KIND_OR_WHEN_UNKNOWN = re.compile(r"\b(?:don'?t|do not|didn'?t|not sure|no idea|can'?t remember|cannot remember)\s+(?:know\s+|remember\s+)?"
                                   r"(?:what|which)\s+(?:kind|type|sort|one|it was|they were)\b[^.;]{0,15}\bor when\b")
# "I don't think so. not sure what the pills for my flare were": a medicine taken, of a kind not known
_KIND_UNKNOWN = re.compile(r"\b(?:not sure|don'?t know|do not know|no idea|can'?t remember|cannot remember|don'?t remember)\s+"
                           r"(?:what|which)\s+(?:kind|type|sort|they were|it was|(?:the|those|these)\s+(?:\w+\s+)?"
                           r"(?:pills?|tablets?|meds|medicines?|medications?|shots?|injections?|drugs?)\b[^.;!?]{0,30}?\b(?:were|was|are|is)\b)")
# a no the speaker is not sure of: "I don't think so", "not that I remember"
_TENTATIVE_NO = re.compile(r"^\W*(?:i\s+)?(?:don'?t|do not)\s+(?:think|believe)\s+so\b|^\W*not that i (?:know|remember|recall)\b")
_TOPICAL_ONLY = re.compile(r"^\W*(?:only\s+|just\s+)?(?:\w+\s+)?(?:eye|ear)\s?drops\b|"
                           r"^\W*(?:only\s+|just\s+)(?:some\s+|a\s+|an\s+)?(?:\w+\s+)?(?:cream|ointment|gel|lotion)\b|"
                           r"^\W*(?:only\s+|just\s+)?(?:some\s+)?(?:neosporin|bacitracin|polysporin|triple antibiotic)\b|"
                           r"\b(?:steroid|antibiotic|cortisone|hydrocortisone)s?\s+(?:creams?|ointments?|gels?|eye ?drops|ear ?drops|drops|nasal sprays?|sprays?|lotions?)\b")


def _flare_inside_window(answer: Answer, terms: list[Term]) -> bool:
    """'antibiotics 2 weeks ago for pneumonia, no steroids though': the episode the denial describes is
    itself inside the 12 weeks (every time told before the denial is), so the denial speaks for them."""
    if flare_asked(answer):
        return False
    before = [t for t in answer.times if t.kind in ("date", "ago") and t.end <= min(term.start for term in terms)]
    return bool(before) and all((answer.today - t.day).days < WINDOW_DAYS for t in before)


def _flare_in_sentence(answer: Answer, terms: list[Term]) -> bool:
    """'a flare in May but no antibiotics' tells how that flare was treated; 'No steroids. Last flare
    was over a year ago.' is a denial of its own."""
    if flare_asked(answer) and answer.polarity != NO:
        return True
    # a flare told before the denial (or in its sentence) is the flare the denial describes
    return any(not answer.negated(m.start(), m.end())
               for t in terms for m in FLARE.finditer(answer.text, 0, answer.sentence_of(t.start)[1]))


def negated_beyond_the_answer_word(answer: Answer, term: Term) -> bool:
    """Negated, not counting a leading "no" that answers another question ("no, the prednisone
    they gave me finished last month" to the immunosuppressant question)."""
    if not answer.negated(term.start, term.end):
        return False
    lead = re.match(r"^\W*(?:no|nope|nah)\b\W*", answer.text)
    if not (lead and answer.asked and lead.end() <= term.start):
        return True
    words = re.findall(r"[\w'-]+", answer.text[lead.end():term.start])[-6:]
    return bool(NEGATION_CUES.search(" ".join(words))) or bool(AFTER_NO.match(answer.text, term.end))


# a stretch that holds the last 12 weeks: "recently", "in the last few months", "this past year"
_WINDOW_STRETCH = re.compile(r"\W*(?:\w+\W+){0,4}?(?:recently|lately|of late|"
                             r"in (?:the )?(?:last|past) (?:few |several |couple (?:of )?|(?:[3-9]|1[0-2]|three|six|twelve) )?months|"
                             r"in (?:the )?(?:last|past) (?:1[2-9]|[2-9]\d) weeks|(?:in )?(?:the |this )?(?:last|past) year|this year)\b")


def _denied_for_the_window(answer: Answer, term: Term) -> bool:
    """'no steroids, no antibiotics recently' volunteered: denied for a stretch that holds the 12 weeks
    asked about (a denial only "since" a time, or for the last 2 weeks, says nothing of them)."""
    clause_start, clause_end = answer.clause_of(term.start)
    words = answer._words_before(clause_start, term.start)[-3:]
    return bool(NEGATION_CUES.search(" ".join(words))) and answer.negated(term.start, term.end) \
        and bool(_WINDOW_STRETCH.match(answer.text[term.end:clause_end]))


def _denied_since_then(answer: Answer, term: Term) -> bool:
    """'no antibiotics since then': denied since a time told before, itself outside the 12 weeks."""
    clause_start, clause_end = answer.clause_of(term.start)
    if not (answer.negated(term.start, term.end)
            and re.match(r"\W*(?:[\w']+\W+){0,3}?since (?:then|that|that time)\b", answer.text[term.end:clause_end])):
        return False
    before = [t for t in answer.times if t.kind in ("date", "ago") and t.end <= term.start]
    return bool(before) and (answer.today - max(before, key=lambda t: t.end).day).days >= WINDOW_DAYS


# "in the last year", "in the past 3 months": a window looked back over, which says nothing of when the last course was
_LOOKED_BACK_OVER = re.compile(r"\bin\s+(?:(?:over|more than|about|around|at least|almost|nearly|the|last|past)\s+)*$")


def _none_for_days(answer: Answer, denied: list[Term]) -> tuple[Optional[float], bool]:
    """Days without the medicine when a denial names a stretch: "no pred for 2 years" (730), and
    whether the stretch dates the last course (not "in the last year", a window looked back over)."""
    if not denied or not all(answer.negated(t.start, t.end) for t in denied):
        return None, False
    last = max(t.end for t in denied)
    for ref in answer.times:
        before = answer.text[max(0, ref.start - 30):ref.start]
        if ref.start >= last and ref.start - last <= 40 and ref.duration_days and _NONE_FOR.search(before):
            return ref.duration_days, not _LOOKED_BACK_OVER.search(before)
    return None, False


# "in the last 2 weeks", "for a month", "the past month"; not "last week", a point in time
_STRETCH_BEFORE = re.compile(r"\b(?:(?:the|this)\s+(?:last|past)|past|for(?:\s+the\s+(?:last|past))?)\s+$")


def _denied_stretch_days(answer: Answer) -> Optional[float]:
    """The stretch a no is said for, in days: "not in the last 2 weeks" (14), "not for a month" (30)."""
    if answer.polarity != NO:
        return None
    stretches = [ref.duration_days for ref in answer.times if ref.duration_days and ref.kind in ("duration", "ago")
                 and (_STRETCH_BEFORE.search(answer.text[max(0, ref.start - 16):ref.start])
                      or re.match(r"(?:(?:the|this)\s+(?:last|past)|past)\b", answer.text[ref.start:ref.end]))]
    return max(stretches) if stretches else None


def _recent_by_time(answer: Answer, result: Extraction, slot: str, weeks_slot: str,
                    default: Optional[bool]) -> None:
    """'yes, about 3 weeks ago' / 'back in May': inside the window or not by the time alone."""
    points = answer.point_times()
    if not points:
        if default is not None:
            result.set(slot, default)
        return
    days = (answer.today - max(points, key=lambda t: t.day).day).days
    hedged = bool(HEDGED.search(answer.text) or re.search(r"\b(?:possibly|perhaps)\b", answer.text))  # "I think so, maybe 2 months ago"
    result.set(slot, days < WINDOW_DAYS, approximate=hedged)
    if _EXACT_WHEN_FORGOTTEN.search(answer.text):
        result.unsure.add(weeks_slot)  # "can't remember exactly when. sometime this fall": the window, not the week
        return
    result.set(weeks_slot, round(max(days, 0) / 7, 2), approximate=hedged)  # the answer to the question: the last course


_EXACT_WHEN_FORGOTTEN = re.compile(r"\b(?:can'?t|cannot|don'?t|do not|not sure|no idea)\s+(?:\w+\s+){0,2}?(?:remember|recall|know|say)?\s*"
                                   r"(?:exactly|the exact (?:date|week|day)|precisely|just)\s+when\b")


def _names_other_medicines(answer: Answer) -> bool:
    return bool(answer.terms_of("medicines") or re.search(r"\b(inhalers?|puffers?|pills?|nebuli[sz]er)\b", answer.text))


def extract_medicines(answer: Answer, result: Extraction) -> None:
    _recent_medicine(answer, result, "antibiotics_last_12_weeks", "antibiotics_weeks_ago",
                     answer.terms_of("medicines", "antibiotic"))
    _recent_medicine(answer, result, "steroids_last_12_weeks", "steroids_weeks_ago",
                     systemic_steroid_terms(answer))
    _immunosuppressants(answer, result)


# "wants to start me on methotrexate next month, not on it yet"
_NOT_STARTED = re.compile(r"\b(?:wants?|going|plans?|planning|about|supposed)\s+to\s+(?:start|put|begin)\b|\bnot (?:on (?:it|them) |started )?yet\b|"
                          r"\bhaven'?t started\b|\bwill (?:start|be starting)\b")
_ASKS_MEANING = re.compile(r"\b(?:don'?t|do not) (?:know|understand) what (?:that|it|this|those) (?:means?|is|are)\b|\bwhat(?:'s| is| are) (?:that|those|an? \w+)\b")
_OFF_EVERYTHING = re.compile(r"\b(?:took|taken|came|come|got|went)\s+(?:me\s+|her\s+|him\s+)?off\s+(?:of\s+)?(?:everything|all\b|"
                             r"(?:the|my|her|his|those|these)\s+(?:meds|medications?|medicines?|drugs|pills))|\bnot on anything\b|"
                             # "I have MS but I'm not on any meds for it"
                             r"\b(?:not|never)\s+(?:been\s+)?(?:on|taking|take)\s+any\s+(?:meds|medications?|medicines?|drugs|treatment)\b")


def _stopped_later(answer: Answer, term: Term) -> bool:
    """'Humira... wait, no, I stopped the Humira in the spring': the same medicine said stopped later."""
    if re.search(r"\b(?:stopped|quit|came off|come off|gave up|no longer (?:on|take|taking))\s+(?:taking\s+|the\s+|my\s+)?"
                 + re.escape(term.text) + r"\b", answer.text[term.end:]):
        return True
    # "I did methotrexate for a while but stopped it last year": the medicine said stopped in its sentence
    _, sentence_end = answer.sentence_of(term.start)
    stopped = _STOPPED_IT.search(answer.text, term.end, sentence_end)
    return bool(stopped) and not answer.negated(stopped.start(), stopped.end())  # not "and I never stopped it"


_STOPPED_IT = re.compile(r"\b(?:stopped|quit|came off|come off|gave up)\s+(?:taking\s+)?(?:it|them|that|those)\b"
                         r"(?![^.;]*\b(?:back on|again|restarted|started (?:it |them )?again)\b)")
# "mentioned cyclosporine once, I'm not sure if I'm on it": whether it is taken is not known
_ON_IT_DOUBTED = re.compile(r"\b(?:not sure|unsure|don'?t know|do not know|no idea|can'?t remember)\s+(?:if|whether)\s+"
                            r"(?:i'?m|i am|i|she'?s|he'?s|she is|he is)\s+(?:still\s+)?(?:on|taking|take)\s+(?:it|them|that|those)\b")


# what a generic "biologic" is said to be for, when that is the airways or the skin
_FOR_AIRWAYS_OR_SKIN = re.compile(r"[^.;]{0,25}?\bfor\s+(?:(?:my|her|his|the|severe|bad|eosinophilic|allergic|atopic)\s+)*"
                                  r"(?:asthma|eczema|dermatitis|copd|emphysema|allergies|(?:nasal\s+)?polyps|hives|lungs?|breathing)\b")


def _current_immunosuppressants(answer: Answer, terms: list[Term]) -> list[Term]:
    """Taken now: not denied, stopped, or still to start."""
    return [t for t in not_negated(answer, terms)
            if not _STOPPED_MEDICINE.search(answer.text[slice(*answer.clause_of(t.start))])
            and not _NOT_STARTED.search(answer.text[slice(*answer.sentence_of(t.start))])
            and not _stopped_later(answer, t)]


def _immunosuppressants(answer: Answer, result: Extraction) -> None:
    # not the word in a question ("what is an immunosuppressant?") nor a relative's medicine
    terms = [t for t in answer.terms_of("medicines", "immunosuppressant", "type2_biologic")
             if not in_question(answer.text, t.start) and not about_relative(answer, t)
             and not taken_back_as_relatives(answer, t)]
    # biologics for asthma, COPD or eczema (Dupixent, Nucala, "a biologic for my asthma") calm the immune
    # system without being classic immunosuppressants: the study team reviews them, so they are never a no
    reviewed = [t for t in terms if t.category == "type2_biologic" or (
        t.text.lower().startswith("biologic") and _FOR_AIRWAYS_OR_SKIN.match(answer.text, t.end, answer.sentence_of(t.start)[1]))]
    terms = [t for t in terms if t not in reviewed]
    current = _current_immunosuppressants(answer, terms)
    current_reviewed = _current_immunosuppressants(answer, reviewed)
    if answer.asked == "immunosuppressants" and (not current and DOUBTS_IT_COUNTS.search(answer.text) or _ON_IT_DOUBTED.search(answer.text)):
        result.unsure.add("immunosuppressants")  # "Otezla for psoriasis. Not sure if that counts as one"
        return
    corrected_no = (answer.polarity == NO and re.search(r"\b(?:actually|sorry|i mean|no wait)\b", answer.text)) or \
        re.search(r"\b(?:wait|actually|sorry|i mean)\W+(?:no\W+)?(?:i|she|he)\s+(?:stopped|quit|came off)\s+(?:that|it|them)\b", answer.text) or \
        re.search(r"\b(?:wait|actually|sorry|i mean|oops)\W+(?:(?:i mean|no|sorry)\W+)?(?:i|she|he)\s+(?:used to|no longer|don'?t take|do not take|"
                  r"(?:was|were) on (?:it|that|them) (?:years|a while|a long time)|(?:stopped|quit|came off) (?:it|that|them|taking))\b", answer.text)
    if current and not corrected_no:  # not "yes methotrexate. oh actually I stopped that last year, so no"
        result.set("immunosuppressants", True)
    elif current_reviewed and not corrected_no:
        if answer.asked == "immunosuppressants":
            result.unsure.add("immunosuppressants")  # "Dupixent for my eczema", "no, just my Nucala shots"
    elif answer.asked != "immunosuppressants" and re.search(
            r"\b(?:don'?t|do not|never|doesn'?t|does not|not)\s+(?:take|taking|use|been on|on)\s+(?:any\s+)?(?:immune|immuno\w*)"
            r"|\bno\s+(?:immune|immuno\w*)\s*(?:-?suppress\w*\s+)?(?:drugs?|meds?|medicines?|medications?|pills?|suppressants?|stuff)\b", answer.text):
        result.set("immunosuppressants", False)  # "..., I don't take any immune meds and I've never had cancer"
    elif answer.asked == "immunosuppressants":
        other_medicines = [t for t in answer.terms_of("medicines") if t.category not in ("immunosuppressant", "type2_biologic")]
        if answer.polarity == UNSURE and _ASKS_MEANING.search(answer.text) and other_medicines:
            result.set("immunosuppressants", False)  # "I don't know what that means. I take metformin and lisinopril."
        elif answer.polarity == UNSURE:
            result.unsure.add("immunosuppressants")  # "I'm not sure, what's a biologic?"
        elif answer.polarity == NO or terms or reviewed or _OFF_EVERYTHING.search(answer.text):
            result.set("immunosuppressants", False)  # also "my rheumatologist took me off everything"
        elif (answer.terms_of("medicines") or _names_other_medicines(answer)) and not re.match(
                r"^\W*(?:yes|yeah|yep|yup|y)\b", answer.text):
            result.set("immunosuppressants", False)  # names only other medicines: "I take lisinopril and Trelegy"
        elif answer.polarity == YES:
            result.set("immunosuppressants", True)



FLARE = re.compile(
    r"\b(flare|flares|flare-?ups?|flared|exacerbation\w*|a?ecopd|(?<!heart )(?<!panic )attack|rough patch|bad spell|"
    r"bad patch|bad turn|chest infection|lung infection|bronchitis|pneumonia|episode|bad one|worsening|got worse|"
    r"copd got bad|breathing got bad)\b")


# "not sure if it counts, I got antibiotics for bronchitis": the person leaves the judgement to the team
DOUBTS_IT_COUNTS = re.compile(r"\b(?:not sure|don'?t know|unsure|no idea|wondering)\s+(?:if|whether)\s+(?:it|that|this|they|those)\s+"
                              r"(?:counts?|qualif\w+|would count|is one|are ones?|counts? as (?:one|a \w+))\b")

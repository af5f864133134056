"""Screening facts from one free-text answer.

`extract_facts(text, today, requested_slot, known)` returns every fact the answer states, named by
the screening contract's slots. Without `requested_slot` it keeps to facts that are clear in any
context (the Rasa component uses it that way); with it, short answers ("yes", "67", "April") are
read as answers to that question. `known` holds facts already collected, which some answers need
("nothing since I quit", a bare weight after a height in feet).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any, Iterable, Mapping, Optional

from bot.nlu.corrections import CUE_WORDS, apply_corrections, drop_corrected, has_correction_cue, last_correction_end
from bot.nlu.lexicon import Term, term_matcher
from bot.nlu.numbers import collapse_ranges, normalise_numbers
from bot.nlu.spelling import correct_spelling
from bot.nlu.timeexpr import MONTHS, TimeRef, find_time_refs, safe_date

MAX_TEXT = 4000  # longer answers are cut: no screening answer needs more, and matching stays fast
WINDOW_DAYS = 84  # the trial's 12-week windows for antibiotics and steroids

YES, NO, UNSURE = "yes", "no", "unsure"

_UNSURE = re.compile(
    r"\b(not sure|unsure|i'?m not certain|not certain|don'?t know|dont know|do not know|no idea|"
    r"not a clue|no clue|can'?t remember|cannot remember|don'?t remember|do not remember|"
    r"can'?t recall|don'?t recall|maybe|possibly|perhaps|hard to say|i forget|forgot|unknown|"
    r"haven'?t a clue|idk|dunno|not that sure|can'?t (?:even )?guess|hard to guess|no way (?:to|of) know\w*|"
    r"(?:i'?d|i would|i'?ll|we'?d) have to see|(?:have to|need to) (?:step on a scale|weigh myself|measure|do the math|work it out|figure it out)|"
    r"(?:don'?t|do not|doesn'?t|does not|never)\s+(?:really\s+|ever\s+)?weigh\s+(?:myself|herself|himself)|beats me|who knows|let me check|good question|"
    r"(?:ask|check with) (?:my|her|his|the) (?:doctor|gp|wife|husband|daughter|son|nurse|pulmonologist)|(?<!n't )(?<!not )(?<!you )(?:i'?d|i would|i'?ll|i will|i'?ve got to|i need to|i have to|need to|have to)\s+"
    r"(?:have to\s+)?(?:ask|check|look|think about it|find out|dig|talk (?:to|with|it over)|discuss)|i'?m not sure (?:if|whether)|"
    r"^\W*(?:i|she|he) might have\b|(?:it |that )?depends\b|depending on|not really sure|couldn'?t (?:really )?say|can'?t (?:really )?say|"
    r"couldn'?t (?:really )?tell you|can'?t (?:really )?tell you|(?:i'?d|i would) rather not (?:say|tell|answer|get into)|prefer not to (?:say|answer)|probably not|doubt it|not likely|unlikely|"
    # tentative: a test or a doctor has not settled it yet ("I might be, waiting on a test")
    r"might be|could be(?=\s*(?:[,.;!?]|$))|waiting (?:on|for) (?:a |the |my |some )?(?:\w+ )?(?:tests?|results?|scans?|biopsy)|"
    r"still (?:testing|checking|investigating)|not officially|not (?:been )?confirmed|unconfirmed|"
    r"(?:have|need) to check|(?:doing|running|ordered|waiting for) (?:more |some |the )?tests)\b")
_NO = re.compile(
    r"^\W*(no+|nope|nah|never|none|neither|nothing|not really|not at all|negative|n|not that i know of|"
    r"not that i'?m aware of|i don'?t think so|don'?t think so|i do not|i don'?t|i haven'?t|"
    r"i have not|i didn'?t|i did not|i'?m not|i am not|she (?:doesn'?t|hasn'?t|isn'?t|didn'?t)|"
    r"he (?:doesn'?t|hasn'?t|isn'?t|didn'?t)|(?:she|he)'?s not\b|(?:i|she|he|we) (?:can'?t|cannot|won'?t|will not|wouldn'?t)|"
    r"not since|not in|not for|not this (?:past )?(?:year|month|week|spring|summer|fall|autumn|winter)|not any ?more|no longer|no way|definitely not|not that i (?:can |could )?(?:recall|remember)|"
    r"not (?:as|so) far as i(?: know| can tell| remember| am aware|'m aware)|not to my knowledge|i don'?t believe so|"
    r"not that (?:i'?ve|ive|i have) (?:been told|heard|ever heard)|not that (?:anyone|anybody|they|the doctors?|my doctor) (?:has |have )?(?:ever )?told me|"
    r"absolutely not|certainly not|nil|zero|0(?![.,]\d)|not me|i wish|not possible|"
    r"(?:thankfully|luckily|fortunately|thank god|thank goodness|happily),?\s+(?:no|not|never|none)|"
    r"(?:hasn'?t|has not|haven'?t|have not) happened|(?:i|she|he|we) couldn'?t|"
    r"(?:haven'?t|hasn'?t|didn'?t|did not|have not) (?:had|needed|taken|got|need|have|take|get) any)\b")
_PERSON = (r"(?:pt|mom|mum|mother|dad|father|husband|hubby|wife|spouse|partner|brother|sister|grandma|grandpa|grandmother|"
           r"grandfather|aunt|uncle|son|daughter|patient|friend|father-in-law|mother-in-law|parent)")
_YES = re.compile(
    r"^\W*(yes+(?:sir+(?:ee)?|ma'?am)?|yeah|yep|yup|ya|yea|yah|y|correct|right|sure|definitely|absolutely|of course|"
    r"certainly|indeed|affirmative|ok|okay|i agree|agreed|that'?s right|true|i do|i have|i did|"
    r"i can|i am|i will|i would|she does|she has|she did|she can|she is|he does|he has|he did|"
    r"he can|he is|we can|it was|i had|she had|he had|i took|i take|i was|(?:i )?(?:think|believe|guess|suppose|reckon) so|"
    r"uh[- ]?huh|mhm+|for sure|you bet|(?:i|she|he|we) sure (?:did|do|does|can|have|has|am|is|will)|"
    r"that(?:'d| would) be a yes|(?:sadly|unfortunately|afraid|i'?m afraid),? (?:yes|so)|"
    r"(?:sadly|unfortunately),? (?:i|she|he) (?:have|has|did|do|does|was|is)|afraid so|most definitely|"
    r"that'?s correct|probably yes|can do|i'?d be able to|(?:i'?m|i am) sure (?:i|we|she|he) can|should be fine|"
    r"no problem(?: at all)?|not a problem|"
    # a caregiver answering for the person screened: "my husband does, yes" (not "my wife has, I don't")
    r"(?:my\s+)?" + _PERSON + r"\s+(?:does|has|did|is|had|can)(?=\W*(?:$|yes|yeah|yep|[,.;!]))(?![^.;!?]*\b(?:not me|i (?:don'?t|do not|haven'?t|have not|didn'?t|did not|am not)|i'?m not)\b))"
    r"\b(?!'t|\s+not\b)")  # not "I can't"
# "travel is impossible for me, so no": the yes or no closes the sentence
_CLOSING_NO = re.compile(r"\b(?:so|but|and),?\s+(?:no|nope|not really|probably not)\b(?!\s+(?:problem|worries|trouble|issue|biggie))(?:\W+[\w']+){0,3}\W*$"
                         r"|[,.;]\s*(?:so\s+)?(?:probably not|not really|sadly not|so no)\W*$")
_CLOSING_YES = re.compile(r"\b(?:so|but),?\s+(?:yes|yeah|yep)\b(?:\W+[\w']+){0,3}\W*$|,\s*(?:yes|yeah|yep|of course)\W*$|,\s*(?:sure|definitely|absolutely)[^\w?]*$|\b(?:lol|haha|ha),?\s+(?:yes|yeah|yep|yup)\W*$")
# words that make a number an estimate ("about 30"; numbers.collapse_ranges writes "30 or 40" as "about 35")
_HEDGED = re.compile(r"\b(about|around|roughly|maybe|approx\w*|give or take|or so|probably|something like|close to|\d+ish)\b")
_NEGATION_CUES = re.compile(
    r"\b(no|not|never|none|nothing|without|n't|denies|deny|neither|nor|haven'?t|hasn'?t|hadn'?t|"
    r"didn'?t|don'?t|doesn'?t|isn'?t|wasn'?t|free of|negative for|ruled out|no longer)\b|n't\b")
# a bare "no" after a term answers for it: "Steroids no, just my Breo" (but not "antibiotics, no steroids")
_AFTER_NO = re.compile(r"\s*[,:-]?\s*(?:no|nope|none|never)\b(?=\s*(?:[,.;!?]|$|-|just|only))")
# "no antibiotics, only the prednisone": a word after the cue that ends its reach
_NEGATION_BLOCKERS = {"since", "after", "before", "until", "till", "when", "because", "only", "just"}
# "no prednisone since June", "no cancer for 10 years": a time limit, not a plain denial
_DENIAL_LIMITED = re.compile(r"\W*(?:\w+\W+){0,3}?(?:since|until|till|for \d|in (?:the )?(?:last|past)|lately|recently|"
                             r"this (?:year|time)|that time|in (?:the|my|our) family)\b")
# a full stop ends a clause, a decimal point ("about 3.5 a day") does not
_CLAUSE_BREAK = re.compile(r"[;!?\n]|\.(?!\d)|:(?!\d)|,?\s\b(?:but|except|however|although|though|apart from|other than|besides)\b"
                           r"|,\s(?=(?:and\s)?(?:i|she|he|my|her|his)\b)"
                           # "no autoimmune diseases, had a heart attack": a new verb after the list starts a new clause
                           r"|,\s(?=(?:and\s)?(?:had|have|has|got)\s+(?:a|an|my|her|his|some|two|three|\d)\b)")
# a cue with its own target, then a comma: "I'm not pregnant obviously, type 1 diabetic" denies only the first
_CUE_WITH_OWN_TARGET = re.compile(r"\b(?:not|never|no)\s+(?:pregnant|breast-?feeding|nursing|a smoker|smoking|sure|married)\b"
                                  r"(?:\s+\w+){0,2}?\s*,(?:(?!\b(?:no|not|never|none|nothing|without)\b|n't)[^.;])*$")
# a list headed by its denial: "Things I don't have: cancer, heart disease"
_DENIED_LIST_HEAD = re.compile(r"\b(?:(?:don'?t|do not|doesn'?t|does not|never)\s+(?:have|had|got)|haven'?t (?:had|got)|"
                               r"hasn'?t (?:had|got)|no history of|none of (?:these|those|the following))\s*:\s*$")


@dataclass
class Extraction:
    """What one answer says: facts by slot name, plus which were hedged, unsure or impossible."""

    facts: dict[str, Any] = field(default_factory=dict)
    unsure: set[str] = field(default_factory=set)
    approximate: set[str] = field(default_factory=set)
    invalid: dict[str, str] = field(default_factory=dict)  # slot -> why the value was refused
    polarity: Optional[str] = None

    def set(self, slot: str, value: Any, approximate: bool = False) -> None:
        self.facts[slot] = value
        self.unsure.discard(slot)
        if approximate:
            self.approximate.add(slot)


@dataclass
class _Answer:
    """The normalised text and what was found in it, shared by the per-topic extractors."""

    raw: str
    text: str
    today: date
    asked: Optional[str]
    known: Mapping[str, Any]
    terms: list[Term]
    times: list[TimeRef]
    clauses: list[tuple[int, int]]
    polarity: Optional[str]
    sentences: list[tuple[int, int]] = field(init=False)

    def __post_init__(self) -> None:
        self.sentences = _sentences(self.text)
        self._sentence_starts = [start for start, _ in self.sentences]
        self._clause_starts = [start for start, _ in self.clauses]

    def clause_of(self, position: int) -> tuple[int, int]:
        index = bisect_right(self._clause_starts, position) - 1
        if index >= 0 and position < self.clauses[index][1]:
            return self.clauses[index]
        return 0, len(self.text)

    def sentence_of(self, position: int) -> tuple[int, int]:
        """The sentence around a position, its closing punctuation included."""
        return self.sentences[max(0, bisect_right(self._sentence_starts, position) - 1)]

    def negated(self, start: int, end: int) -> bool:
        """A negation cue earlier in the same clause, at most six words before the term, or a bare
        "no" right after it ("Steroids no, just my Breo").

        A time word between the cue and the term ends its reach: in "not since my heart attack" the
        "not" denies something else, and the heart attack happened.
        """
        if _AFTER_NO.match(self.text, end) or self.listed_as_denied(start):
            return True
        clause_start, _ = self.clause_of(start)
        taken_back = _TAKEN_BACK.match(self.text)
        if taken_back:  # "no - well, they took a basal cell off": the "no" was taken back
            clause_start = max(clause_start, taken_back.end())
        before = " ".join(re.findall(r"[\w'-]+", self.text[clause_start:start])[-6:])
        cues = list(_NEGATION_CUES.finditer(before))  # joined: "ruled out", "free of" are two words
        if cues and _CUE_WITH_OWN_TARGET.search(self.text, clause_start, start):
            return False  # "not pregnant, type 1 diabetic": the "not" had its own word
        return bool(cues) and not _NEGATION_BLOCKERS.intersection(before[cues[-1].end():].split())

    def denied(self, start: int, end: int) -> bool:
        """Plainly denied, close enough to be a fact of its own: "no heart trouble", "not pregnant",
        "never had cancer", "Steroids no". Stricter than `negated` (three words, no time after it),
        for terms the question did not ask about."""
        if _AFTER_NO.match(self.text, end) or self.listed_as_denied(start):
            return True
        clause_start, clause_end = self.clause_of(start)
        words = self._words_before(clause_start, start)[-3:]
        if not _NEGATION_CUES.search(" ".join(words)) or not self.negated(start, end):
            return False
        return not _DENIAL_LIMITED.match(self.text[end:clause_end])

    def listed_as_denied(self, position: int) -> bool:
        """In a list after a denying head and a colon: "Things I don't have: cancer, heart disease"."""
        clause_start, _ = self.clause_of(position)
        return clause_start > 0 and bool(_DENIED_LIST_HEAD.search(self.text, max(0, clause_start - 40), clause_start))

    def _words_before(self, low: int, position: int) -> list[str]:
        """Words before a position, with the other terms of a list left out ("no lupus or RA" -> "no")."""
        words = []
        for word in re.finditer(r"[\w'-]+", self.text[low:position]):
            at = low + word.start()
            if word.group(0) in ("or", "nor", "and") or any(t.start <= at < t.end for t in self.terms):
                continue
            words.append(word.group(0))
        return words

    def terms_of(self, group: str, *categories: str) -> list[Term]:
        return [t for t in self.terms if t.group == group and (not categories or t.category in categories)]

    def time_near(self, start: int, end: int, kinds: Iterable[str] = ("date", "ago", "now", "duration"),
                  sentence: bool = True) -> Optional[TimeRef]:
        """The time reference closest to a span, in its sentence (or the whole answer)."""
        low, high = self.sentence_of(start) if sentence else (0, len(self.text))
        candidates = [t for t in self.times if t.kind in kinds and low <= t.start < high
                      and not self.is_span_duration(t)]
        if not candidates:
            return None
        # a time in the span's own short clause first: "prednisone in May, antibiotics in July"
        clause_low, clause_high = _short_clause(self.text, start)
        own = [t for t in candidates if clause_low <= t.start < clause_high]
        return min(own or candidates, key=lambda t: min(abs(t.start - end), abs(start - t.end)))

    def is_span_duration(self, ref: TimeRef) -> bool:
        """'for 3 months', 'a week of prednisone': how long something lasted, not when."""
        if ref.kind != "duration":
            return False
        before = self.text[max(0, ref.start - 24):ref.start]
        after = self.text[ref.end:ref.end + 8]
        return bool(re.search(r"\b(for|of|about|around|lasted|took|taking|over|spent|stayed|within|another|more)\s*"
                              r"(?:the\s+(?:last|past|first|next|final|other)\s+)?(?:about\s+|around\s+)?$", before)
                    or re.match(r"\s*(of|course|long|supply|worth|burst|taper|after)\b", after))

    def point_times(self) -> list[TimeRef]:
        """References usable as 'when': dates, 'N ago', now; a bare duration only if nothing else."""
        points = [t for t in self.times if t.kind in ("date", "ago", "now")]
        if points:
            return points
        return [t for t in self.times if t.kind == "duration" and not self.is_span_duration(t)]


_SENTENCE_END = re.compile(r"[;!?\n]|\.(?!\d)")  # "1.70 m" is not two sentences
_SPACES = re.compile(r"\s*")


_SHORT_CLAUSE_STOP = re.compile(r"[,;!?]|\.(?!\d)| and | but ")  # not the point in "3.5"


def _short_clause(text: str, position: int) -> tuple[int, int]:
    """The stretch around a position between commas, stops, "and" or "but" ("stairs are hard but I'm OK")."""
    start, end = 0, len(text)
    for stop in _SHORT_CLAUSE_STOP.finditer(text):
        if stop.start() < position:
            start = stop.start() + 1
        else:
            end = stop.start()
            break
    return start, end


def _sentences(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for stop in _SENTENCE_END.finditer(text):
        spans.append((start, stop.end()))
        start = _SPACES.match(text, stop.end()).end()
    spans.append((start, len(text)))
    return spans


# "as I said before, yes": a reminder that the answer was already given opens the answer, it is not one
_REMINDER = re.compile(r"^\W*(?:(?:as|like)\s+i\s+(?:said|told you|mentioned|already said)|i\s+(?:already\s+)?(?:said|told you)|"
                       r"again)(?:\s+(?:before|already|earlier|previously))?\s*[,:-]\s*")


# "oh yes", "well, no", "hmm not sure": a sound before the answer
_INTERJECTION = re.compile(r"^\W*(?:(?:good|dear|oh|my|oh my|lord)\s+(?:lord|god|grief|heavens|goodness|gosh|me)|oh+|ugh+|urgh+|meh|hell|heck|well|god|lord|gosh|goodness|heavens|unfortunately|sadly|regrettably|honestly|truthfully|um+|uh+m*(?!\W*huh)|hmm+|ah+|(?:ha)+h?|lol|ok(?:ay)? so|so)\b[,.!]*\s+(?=\w)")
# "I think so?? not sure", "I think so but never got it in writing": a yes the speaker doubts
_DOUBTED_YES = re.compile(
    r"^\W*(?:i\s+)?(?:think|believe|guess|suppose)\s+so\b(?=.*(?:\?|\bbut\b[^.]*\b(?:never|not|no|nobody|no one|don'?t|didn'?t|wasn'?t|isn'?t)\b|"
    r"\bwhatever that means\b))", re.S)


# a first yes or no taken back at once: "no... actually", "yes, wait, no"
_TAKEN_BACK = re.compile(r"^\W*(?:no+|nope|nah|yes|yeah|yep)\W+(?:oh\W+)?(?:wait|actually|hang on|hold on|scratch that|well|"
                         r"on second thought|i mean|sorry)\b\W*(?=\w)")


# a hedge closing a number: "14 weeks ago maybe", "40 perhaps"
_TRAILING_HEDGE = re.compile(r"(?<=\d)((?:\s+[a-z]+){0,2}?)\s*,?\s*(?:maybe|perhaps|possibly)\W*$")


def _polarity(text: str) -> Optional[str]:
    text = _REMINDER.sub("", text.strip(), count=1)
    text = _TRAILING_HEDGE.sub(r"\1", text)  # "a round in August, 14 weeks ago maybe": an estimate, not a doubt
    text = _INTERJECTION.sub("", text, count=1)
    if _DOUBTED_YES.match(text):
        return UNSURE
    taken_back = _TAKEN_BACK.match(text)
    if taken_back:
        # "no. wait, yes, they kept me in hospital in april": the answer after the correction counts
        return _polarity(text[taken_back.end():])
    if re.search(r"\b(?:actually|no,? wait|oh,? wait|hang on|sorry|i mean|on second thought)\b", text):
        # "no... actually my son just said he'd drive me, so yes": the closing word is the answer
        if _CLOSING_YES.search(text):
            return YES
        if _CLOSING_NO.search(text):
            return NO
    head = _SENTENCE_END.split(text, maxsplit=1)[0]
    rest = text[len(head):]
    polarity = _head_polarity(head)
    if polarity is None and re.match(r"\?(?:[^.!?]{1,30}\?)?\W*(?:(?:ha|haha|lol|oh|well)\W+)?(?:yes|yeah|yep|yup|sure|no|nope|nah|not really)\b", rest):
        # "that's why I'm here, isn't it? yes": a question back, then a plain yes or no (not "Is there a
        # placebo group? I don't want a dummy infusion", a question about the study); also two short
        # questions back: "Pregnant? at 74? no"
        return _polarity(rest[1:])
    return polarity


def _head_polarity(head: str) -> Optional[str]:
    if _UNSURE.search(head) and not re.match(r"^\W*(yes|yeah|no)\b[^a-z]*\w", re.sub(r"\bno (?:idea|clue)\b", "", head)):
        return UNSURE
    if re.match(r"^\W*(not that i know of|not that i'?m aware of|i don'?t think so|don'?t think so)\b", head):
        return NO
    if _NO.search(head) or _CLOSING_NO.search(head):
        return NO
    if _YES.search(head) or _CLOSING_YES.search(head):
        return YES
    return None


def _clauses(text: str) -> list[tuple[int, int]]:
    """Spans between clause breaks; a break word ("but", "except") opens the next clause."""
    bounds, start = [], 0
    for match in _CLAUSE_BREAK.finditer(text):
        bounds.append((start, match.start()))
        start = match.start() + 1 if match.group(0).strip(",. ;!?\n") else match.end()
    bounds.append((start, len(text)))
    return [(s, e) for s, e in bounds if e > s]


_SMOKING_PHASES = re.compile(r"\b(?:packs?|ppd|cig\w*|smok\w*)\b[^;]*\b(?:another|first|1th|the (?:last|next|final|other|first|1th))\s+\d")  # "first" is "1th" here
_ANOTHER_COUNT = re.compile(r"\b(?:(?<=another )|(?<=the last )|(?<=the next )|(?<=the final )|(?<=the other )|(?<=1th ))\d+(?:\.\d+)?\b(?!\s*(?:years?|yrs?|months?|weeks?|days?|packs?|cig\w*|a day|per|"
                            r"or so|kg|lb|minutes?|times?|\w+ (?:a|per) day))")


_CANCER_SITES = (r"prostate|breast|colon|bowel|lung|bladder|kidney|throat|cervical|ovarian|uterine|thyroid|pancreatic|"
                 r"stomach|liver|testicular|rectal|esophageal|oesophageal|tongue")
# "When was the last course?" asks the same thing as the 12-week question, answered with a time
_ASKED_AS = {"antibiotics_weeks_ago": "antibiotics_last_12_weeks", "steroids_weeks_ago": "steroids_last_12_weeks",
             "cancer_years_ago": "cancer_history"}


def _same_year(text: str) -> str:
    """'diagnosed 2016. Quit smoking that same year': the year said before."""
    def year_before(match: re.Match) -> str:
        years = re.findall(r"\b(?:19|20)\d{2}\b", text[:match.start()])
        return f"in {years[-1]}" if years else match.group(0)
    return re.sub(r"\b(?:in\s+)?(?:that|the) same year\b", year_before, text)


def analyse(text: str, today: date, requested_slot: Optional[str] = None,
            known: Optional[Mapping[str, Any]] = None) -> _Answer:
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
    normalised = re.sub(r"(?:^|(?<=[.!;]\s))\W*(?!(?:me|her|him|us|mine|myself|them)\?)[a-z](?:(?!\s\d)[\w' -]){0,25}\?\s+(?=(?:no|nope|nah|not|never|none)\b)",
                        "", normalised)
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
    normalised = re.sub(r"\b(" + _CANCER_SITES + r")\s+ca\b", r"\1 cancer", normalised)  # "thyroid ca 20 yrs ago"
    # "hundred and forty five pounds": a hundred said without "a" or "one"
    normalised = re.sub(r"(?<![\w.])(?:a\s+|one\s+)?hundred\s+(?:and\s+)?(\d{1,2})\b", lambda m: str(100 + int(m.group(1))), normalised)
    if requested_slot == "cancer_history":  # "prostate. had surgery for it in 2012": the organ names the cancer
        normalised = re.sub(r"^(\W*(?:yes\W+|yeah\W+)?)(" + _CANCER_SITES + r")\b(?!\s+(?:cancer|ca)\b)", r"\1\2 cancer", normalised)
    normalised = re.sub(r"(?<![\w.])half\s+(?=packs?\b|pk\b)", "0.5 ", normalised)
    normalised = re.sub(r"\b(?:a|one)\s+(?:full|whole)\s+(?=packs?\b)", "1 ", normalised)  # "went up to a full pack"
    # homophones typed for numbers: "too packs a day", "quit for years ago"
    normalised = re.sub(r"\btoo\s+(?=packs?\b)", "2 ", normalised)
    normalised = re.sub(r"\bfor\s+(?=(?:years|months|weeks)\s+ago\b)", "4 ", normalised)
    # "I smoke a pack a day and have done for 45 years": "done" stands for the smoking just said
    normalised = re.sub(r"\b(smok(?:e|es|ed|ing)\b[^.;?!]{0,60}?\b(?:have|'ve|has|had)\s+)done(?:\s+(?:so|it|that))?(?=\s+for\s+(?:about\s+|around\s+)?\d)",
                        r"\1smoked", normalised)
    if _SMOKING_PHASES.search(normalised):
        # "a pack a day for 20 years then half a pack for another 10": the second phase's unit is years
        normalised = _ANOTHER_COUNT.sub(r"\g<0> years", normalised)
    age = (known or {}).get("age")
    if age is None:  # "quit on my 60th birthday, I'm 68 now": the age in the answer dates the birthday
        stated = re.search(r"\b(?:i'?m|i am|she'?s|he'?s|she is|he is)\s+(?:now\s+)?(\d{2})\b(?=\s*(?:now|years|yrs|$|[,.;!]))", normalised)
        age = float(stated.group(1)) if stated else None
    times = drop_corrected(find_time_refs(normalised, today, age), normalised)
    return _Answer(
        raw=text or "", text=normalised, today=today, asked=_ASKED_AS.get(requested_slot, requested_slot), known=known or {},
        terms=term_matcher().find(normalised), times=times,
        clauses=_clauses(normalised), polarity=_polarity(normalised))


def extract_facts(text: str, today: date, requested_slot: Optional[str] = None,
                  known: Optional[Mapping[str, Any]] = None) -> Extraction:
    answer = analyse(text, today, requested_slot, known)
    result = Extraction(polarity=answer.polarity)
    if not answer.text.strip():
        return result
    for extractor in _EXTRACTORS:
        extractor(answer, result)
    _bmi(answer, result)
    if answer.asked and answer.polarity == UNSURE and answer.asked not in result.facts:
        result.unsure.add(answer.asked)
    return result


# ---------------------------------------------------------------- age

_NOT_AGE_AFTER = (r"(?!\s*(?:'|\"|ft\b|feet|foot|cm|kg|kilo|lb|lbs|pound|stone|st\b|%|percent|m\b|met|inch|in\b(?!\s+[a-z])|"
                  r"pack|cig|years? ago|yrs? ago|minutes|min\b|yards|block|steps|times|x\b|days|weeks|months|"
                  r"-year|year-|hours|a day|per day|of predicted|puffs|mg|years? (?:back|since|now))|\.\d)")
# "my husband bob is 77": the relative's first name between the word and "is", not a measure named there
_FIRST_NAME = (r"(?:\s+(?!(?:is|who|also|still|now|just|only|weight|height|fev1|bmi|age|ratio|number|score|grade|level)\b)"
               r"[a-z]{2,12}(?=\s+is\b))?")
# "I'm 68" is an age, except as the answer to a question about a body measure ("I'm about 130 now");
# one digit is too few for this loose form ("I'm 1 of 3 kids")
_LOOSE_AGE = re.compile(
    r"(?<!from )(?<!at )(?<!since )(?<!until )(?<!till )(?<!the )\b(?:i'?m|i am|im|she'?s|she is|he'?s|he is|"
    r"they'?re|(?:(?:my|our|her|his)\s+(?:\w+\s+)?)?" + _PERSON + _FIRST_NAME + r"(?:\s+is|'s|\s+who\s+is|\s+who'?s))"
    r"\s+(?:about\s+|almost\s+|nearly\s+|now\s+|only\s+|over\s+)?(?P<n>\d{2,3}(?:\.\d+)?)\b" + _NOT_AGE_AFTER)
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
# a profile in shorthand, the age as a list item beside the diagnosis: "63, emphysema, ...", "COPD, 71, quit in 2010"
# also after a sentence ("Wondering if he qualifies. 67, emphysema"), beside the sex ("58, male", "70M, COPD"),
# and with "yrs" only when it opens the answer ("74 yrs, copd"): mid-answer "40 yrs, copd" is years smoked
_LISTED_AGE = re.compile(r"(?:^|[:;,]\s*|[.!?]\s+)(?P<n>[4-9]\d|1[01]\d)[mf]?\s*,\s*(?:copd|emphysema|chronic bronchitis|(?:fe)?male|[mf])\b|"
                         # "Hi. 65M. COPD.": age and sex run together, as their own sentence
                         r"(?:^|[:;,]\s*|[.!?]\s+)(?P<s>[4-9]\d|1[01]\d)\s?[mf]\s*(?=[.;!]\s|[.;!]?$)|"
                         r"^\W*(?P<y>[4-9]\d|1[01]\d)\s*(?:yrs?|years)\s*,\s*(?:copd|emphysema|chronic bronchitis|(?:fe)?male)\b|"
                         r"\b(?:copd|emphysema|chronic bronchitis)\s*,\s*(?P<m>[4-9]\d|1[01]\d)\s*(?=[,;]|\.(?!\d)|$)")
_MEASURE_SLOTS = {"height_cm", "weight_kg", "bmi", "fev1_percent"}
# (pattern, years to add): "I'll be 70 next month" and "turning 70" mean 69 now
_AGE_PATTERNS = [
    (re.compile(r"(?<!from )(?<!at )(?<!since )(?<!until )(?<!till )(?<!of )\b(?:age(?:d)?(?:\s+is)?|turned|just turned|age:)"
                r"\s+(?:about\s+|almost\s+|nearly\s+|now\s+|only\s+|over\s+)?"
                r"(?P<n>\d{1,3}(?:\.\d+)?)\b" + _NOT_AGE_AFTER), 0),
    (re.compile(r"\b(?P<n>\d{1,3})\s*(?:-\s*)?(?:years?|yrs?|yr)(?:\s*-\s*|\s+)(?:old|young)\b"), 0),
    (re.compile(r"\b(?P<n>\d{1,3})\s*(?:y/?o|yo)\b"), 0),
    # a profile in shorthand: "115 lbs female 74", "male, 68", "68 male"
    (re.compile(r"\b(?:female|male)\s*[,:/]?\s*(?P<n>[2-9]\d)\b(?!\s*(?:%|kg|lb|cm|in|ft|years? ago|yrs? ago|min|mile|yards?|feet|pack|cig))"), 0),
    (re.compile(r"(?<![\d.])(?P<n>[2-9]\d)\s*(?:female|male)\b(?!\s*(?:\d|to\b))"), 0),
    (re.compile(r"\b" + _PERSON + r"\s*\(\s*(?P<n>\d{2,3})\s*\)"), 0),  # "my dad (81) has copd"
    # "she had her 80th birthday", "Mum had her 70th in October"
    (re.compile(r"\b(?:had|celebrated)\s+(?:my|her|his|their)\s+(?P<n>\d{2,3})(?:st|nd|rd|th)(?:\s+birthday\b|"
                r"(?=\s*(?:$|[,.;!]|(?:in|on|last|this|back|just|yesterday|recently)\b)))"), 0),
    (re.compile(r"(?:'ll be|\bwill be|\bturning)\s+(?P<n>\d{1,3})\b" + _NOT_AGE_AFTER), -1),
    (re.compile(r"\b(?P<n>\d{2,3}(?:\.\d+)?)\s+to be (?:exact|precise)\b"), 0),
    # an introduction: "Hi! I'm Linda, 72, had COPD for ten years"
    (re.compile(r"\b(?:(?:i'?m|i am|my name is|my name'?s|this is)\s+(?!not\b|sorry\b|ok\b|okay\b|fine\b)|"
                r"(?:for|is|my)\s+(?:my\s+)?" + _PERSON + r"\s+)[a-z]+(?:\s+[a-z]\.?)?,\s*"
                r"(?P<n>[2-9]\d|1[01]\d)\b(?=\s*(?:,|\.|;|$|and\b|years|yrs))" + _NOT_AGE_AFTER), 0),
    # the relative, then the age: "filling this out for my dad, 81, emphysema"
    (re.compile(r"\b(?:my|our)\s+" + _PERSON + r",\s*(?P<n>[2-9]\d|1[01]\d)\b(?=\s*(?:,|\.|;|$|and\b|years old|yrs old))"
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
_DECADE_PART = {"early": 2, "mid": 5, "late": 8, None: 5}
_BIRTH_CUE = re.compile(r"\b(?:born|dob|d\.o\.b\.?|date of birth|birthday is|birth date|birthdate|b\.)(?:\b|(?<=\.))[:\s]*(?:in\s+|on\s+)?")
_BARE_BIRTH_YEAR = re.compile(r"^\W*(?P<year>19[0-9]{2}|20[0-2][0-9])\W*$")
# a number after these is not the current age: "since I was 16", "5 foot 6"
_PAST_AGE_BEFORE = re.compile(r"(?:\b(?:since|from|when|at|until|till|was|were|started|quit|stopped|age of)\s+(?:i\s+was\s+|age\s+)?"
                              r"|\b(?:foot|feet|ft)\s*|['\"]\s*)$")


# "until I turned 60", "when she was 40": an age at some past moment, not now
_PAST_MOMENT = re.compile(r"\b(?:until|till|til|when|since|after|before|by the time|once|the (?:day|week|month|year))\s+(?:i|she|he|they)\s+(?:just\s+)?$")
# the speaker answers for someone else: "I'm his daughter", "helping him with this"
_CAREGIVER = re.compile(
    r"\b(?:i'?m|i am)\s+(?:his|her|their)\s+\w+|\bhelping\s+(?:him|her|them|my)\b|\bon (?:his|her|their) behalf\b|"
    # "I'm the caregiver ... my husband is the patient"
    r"\b(?:i'?m|i am)\s+(?:the|a|an|his|her|their)\s+(?:main\s+)?(?:care-?giver|carer|caretaker)\b|\b" + _PERSON + r"\s+is the patient\b|"
    r"\bfor (?:my|our) " + _PERSON + r"\b|\b(?:he|she)'?s the (?:one|patient)\b(?!\s+who\s+(?:smoked|smokes|drinks|snores))(?!\s+(?:who'?s\s+|that'?s\s+)?(?:helping (?:me|us)\s+(?:to\s+)?(?:type|write|text|fill|with (?:the )?(?:typing|phone|computer|form))|doing the typing|typing|writing|texting|on the (?:keyboard|phone|computer)))|"
    r"\b(?:filling|fill|doing|answering)\s+(?:this|it|these)?\s*(?:in|out)?\s*for\s+(?:him|her|them)\b|"
    # "I'm 76 but this is for him", "I'm asking for him"
    r"\b(?:this is|it'?s|that'?s|i'?m asking|asking|i'?m here|i'?m writing|writing|typing)\s+(?:all\s+)?for\s+(?:him|her|them)\b|"
    r"\b(?:can|could|would|is|will) (?:she|he) (?:join|qualify|be eligible|eligible|take part|participate|be able)\b")
_SELF_WORDS = re.compile(r"\b(?:i|i'?m|im|my|me)\b")
_OTHER_WORDS = re.compile(r"\b(?:he|she|they|he'?s|she'?s|they'?re|his|her|their|" + _PERSON + r")\b")


def _age(answer: _Answer, result: Extraction) -> None:
    """The age stated, worked out from a birth date or year, or (when asked) the bare number given."""
    found = _stated_ages(answer.text) + _ages_from_birth(answer)
    found += [(m.start("n"), float(m.group("n")), False) for m in _AT_AGE_NOW.finditer(answer.text)]  # "here I am at 79"
    found += [(m.start("n"), float(m.group("n")), False) for m in _DESCRIBED_AT_AGE.finditer(answer.text)
              if 18 <= float(m.group("n")) <= 110]
    found += [(m.start("n"), float(m.group("n")), False) for m in _REMARKED_AT_AGE.finditer(answer.text)
              if not _EVENT_BEFORE_AGE.search(answer.text, _short_clause(answer.text, m.start())[0], m.start())]
    if answer.asked not in _MEASURE_SLOTS | {"pack_years", "mmrc_grade"}:
        found += [(m.start(m.lastgroup), float(m.group(m.lastgroup)), False) for m in _LISTED_AGE.finditer(answer.text)]
    if answer.asked not in _MEASURE_SLOTS:
        found += [(m.start("n"), float(m.group("n")), False) for m in _LOOSE_AGE.finditer(answer.text)]
    elif re.search(r"\d\s*(?:kg|kgs|kilos?|lbs?|pounds?|cm|stone|st\b|ft|feet|foot|'|\")", answer.text):
        # the measure came with its unit, so "and I'm 74 if that matters" is the age
        found += [(m.start("n"), float(m.group("n")), False) for m in _LOOSE_AGE.finditer(answer.text)
                  if re.match(r"\s*(?:if\b|now\b|years|yrs|btw|by the way|$|[,.;!])", answer.text[m.end("n"):])
                  and 18 <= float(m.group("n")) <= 110]
    if answer.asked == "age" and not found:
        found = _bare_age(answer)
    elif answer.asked == "age":
        lead = re.match(r"^\W*(\d{2,3})\b(?=\s*(?:[,;:!—–-]|\.(?!\d)|$))", answer.text)
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
    hedged = re.search(r"\b(?:about|around|almost|nearly|roughly)\s+$", answer.text[max(0, position - 12):position])
    bound = _AGE_BOUND_BEFORE.search(answer.text[max(0, position - 12):position])
    if (approximate or hedged or bound) and answer.asked == "age" and _AGE_NOT_KNOWN.search(answer.text):
        result.unsure.add("age")  # "either 84 or 85, I'd have to ask my sister": the study team will check
        return
    if not (approximate or hedged):
        value = float(int(value))  # ages are whole years: "69 and a half" is 69 (a range keeps its middle)
    if not 1 <= value <= 120:
        result.invalid["age"] = "out_of_range"
        return
    result.set("age", value, approximate=approximate or bool(hedged))


def _ages_of_the_person_screened(answer: _Answer,
                                 found: list[tuple[int, float, bool]]) -> list[tuple[int, float, bool]]:
    """With the speaker's own age and another person's in one answer ("He's 77. I'm his daughter,
    I'm 49"), the screening is about the other person when the speaker says they are helping them;
    otherwise the speaker's own age is the answer ("my son is 45, I'm 72, and my wife is 70")."""
    found = _ages_of_the_named_person(answer, found)
    own = [item for item in found if _whose_age(answer, item[0]) == "self"]
    other = [item for item in found if _whose_age(answer, item[0]) == "other"]
    unowned = [item for item in found if _whose_age(answer, item[0]) is None]
    if unowned and other and not own and not _CAREGIVER.search(answer.text):
        return unowned  # "turning 70 next month. My wife is 65": the age said without an owner is the speaker's
    if not (own and other) or len({v for _, v, _ in own + other}) == 1:
        return found
    if _CAREGIVER.search(answer.text):
        return [item for item in found if item not in own]
    # without a word that the screening is for someone else, "I'm 62, my husband's 67" answers for the speaker
    return [item for item in found if item not in other]


_SCREENED_PERSON = re.compile(r"\bfor (?:my|our) (?P<who>" + _PERSON + r")\b")
_PERSON_WORD = re.compile(r"\b" + _PERSON + r"\b")


def _ages_of_the_named_person(answer: _Answer,
                              found: list[tuple[int, float, bool]]) -> list[tuple[int, float, bool]]:
    """'filling this in for my mom, she is 73. Dad is 75': the age of another relative named by
    name ("Dad is 75") is not the age of the person the answer is for."""
    screened = _SCREENED_PERSON.search(answer.text)
    if screened is None or len({value for _, value, _ in found}) < 2:
        return found
    kept = []
    for item in found:
        low, _ = answer.sentence_of(item[0])
        named = [m.group(0) for m in _PERSON_WORD.finditer(answer.text, max(low, item[0] - 30), item[0])]
        if not named or named[-1] == screened.group("who") or item[0] < screened.end():
            kept.append(item)
    return kept or found


def _whose_age(answer: _Answer, position: int) -> Optional[str]:
    """'self' or 'other' by the last person word before the number in its clause ("my dad is 74")."""
    low, _ = _short_clause(answer.text, position)
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
    return found


def _decade_age(match: re.Match) -> float:
    return float(int(match.group("decade")) + _DECADE_PART[match.group("part")])


_SOMEONE_YOUNGER_BORN = re.compile(r"\b(?:grand\w*|son|daughter|baby|kids?|child|children|niece|nephew|twins|"
                                   r"first|1st|great[- ]?\w+)\s+(?:\w+\s+)?(?:was|were|got|being|is)?\s*$|\bwhen\s+(?:\w+\s+){1,3}(?:was|were)\s+$")


def _ages_from_birth(answer: _Answer) -> list[tuple[int, float, bool]]:
    """'born March 3rd 1960', 'DOB 12/30/1955', 'born in 1958': the age on `today`."""
    found = []
    for ref in answer.times:  # the date first: "November 30 1951 is my birthday"
        if ref.kind == "date" and 1900 <= ref.day.year < answer.today.year - 10 and re.match(
                r"\W*(?:is|was)\s+(?:my|her|his)\s+(?:birthday|birth ?date|dob)\b", answer.text[ref.end:]):
            found.append((ref.start, float(_years_between(ref.day, answer.today)), False))
    for cue in _BIRTH_CUE.finditer(answer.text):
        low, _ = _short_clause(answer.text, cue.start())
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


def _birthday_later(answer: _Answer, ref_year: int) -> Optional[date]:
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


def _bare_age(answer: _Answer) -> list[tuple[int, float, bool]]:
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
    decade = _BARE_DECADE.match(text)
    if decade:
        return [(decade.start("decade"), _decade_age(decade), True)]
    for match in re.finditer(r"(?<![\d.'])(\d{1,3}(?:\.\d+)?)(?:ish)?\b" + _NOT_AGE_AFTER, text):
        if not _PAST_AGE_BEFORE.search(text[max(0, match.start() - 20):match.start()]):
            return [(match.start(), float(match.group(1)), False)]
    return []


# ---------------------------------------------------------------- height and weight

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
_HEIGHT_WORDS = re.compile(r"^\W*(?:i'?m|she'?s|he'?s|about|around)?\s*(?P<ft>[4-7])(?:\s+|\s*-\s*)(?P<inch>\d{1,2})\b(?!\s*(?:kg|lb|cm))")
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


def _height_weight(answer: _Answer, result: Extraction) -> None:
    height = _height(answer)
    weight = _weight(answer, height)
    hedged = bool(_HEDGED.search(answer.text))
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


def _height(answer: _Answer) -> _Measure:
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
        if others > 1 and _RELATIVE.search(text, _short_clause(text, match.start())[0], match.start()):
            continue  # "5'10, my son is 6'3": the son's height
        inches = float(match.group("inch") or 0)
        low, high = answer.sentence_of(match.start())
        before = text[max(low, match.start() - 40):match.start()]
        if inches >= 12 or (not asked and _WALKING.search(before)):
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


def _height_without_feet(answer: _Answer, height: _Measure, asked: bool) -> None:
    """'65 inches tall', "I'm 1.78" (metres)."""
    inches = _INCHES.search(answer.text)
    if inches and (inches.group("tall") or asked or _HEIGHT_CONTEXT.search(answer.text[:inches.start()])):
        height.take(float(inches.group("n")) * INCH_TO_CM, span=inches.span(), imperial=True)
        return
    metres = _BARE_METRES.search(answer.text)
    if metres and 1.2 <= float(metres.group("n").replace(",", ".")) <= 2.3:
        height.take(float(metres.group("n").replace(",", ".")) * 100, span=metres.span())


def _bare_height(answer: _Answer, height: _Measure) -> None:
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


def _weight(answer: _Answer, height: _Measure) -> _Measure:
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
    return weight


def _weight_now(answer: _Answer, weight: _Measure) -> None:
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


_PAST_THEN_LOST = re.compile(r"\b(?:was|used to be|used to weigh)\s+(?:about\s+|around\s+)?(?P<was>\d{2,3})\b[^.;]{0,30}?"
                             r"\b(?P<change>lost|dropped|gained|put on)\s+(?:about\s+|around\s+)?(?P<by>\d{1,3})\s*"
                             r"(?P<unit>lbs?|pounds?|kg|kilos?)\b")
_CHANGE_BEFORE = re.compile(r"\b(lost|gained|lose|gain|put on|dropped|down|up)\s+(?:about\s+|around\s+)?$")
_CHANGE_AFTER = re.compile(r"\s*(overweight|underweight|heavier|lighter|too (?:much|heavy)|more|less|over|under)\b")


def _weight_change(text: str, match: re.Match) -> bool:
    """'lost 20 pounds', '80 pounds overweight': a change, not the weight."""
    return bool(_CHANGE_AFTER.match(text, match.end())
                or _CHANGE_BEFORE.search(text[max(0, match.start() - 16):match.start()]))


def _unitless_weight(answer: _Answer, number: float, height: _Measure) -> tuple[float, bool]:
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


def _bare_weight(answer: _Answer, height: _Measure, weight: _Measure) -> None:
    """'5 foot 9 and 155', or '82' answering the weight question after a height in metres."""
    rest = answer.text
    for start, end in sorted(height.spans, reverse=True):
        rest = rest[:start] + " " * (end - start) + rest[end:]
    numbers = list(re.finditer(r"(?<![\d.])(\d{2,3}(?:\.\d+)?)(?![\d%]|\.\d)", rest))  # "5'7 and 215." ends a sentence
    # "I'm 165, lost 20 lbs since the diagnosis": the pounds lost are not the weight
    numbers = [n for n in numbers if not _weight_change(rest, n)]
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


def _bmi(answer: _Answer, result: Extraction) -> None:
    height = result.facts.get("height_cm", answer.known.get("height_cm"))
    weight = result.facts.get("weight_kg", answer.known.get("weight_kg"))
    if ("height_cm" in result.facts or "weight_kg" in result.facts) and height and weight:
        result.set("bmi", round(float(weight) / (float(height) / 100) ** 2, 1))


_FRACTION_OF_NORMAL = re.compile(r"(?<![\d.])(?P<part>0\.\d{1,2}|\bhalf)\s+(?:of\s+)?(?:normal|predicted|what it should be|a normal|the normal)\b")
_OXYGEN_READING = re.compile(r"\b(?:oxygen|o2|sats?|saturation|spo2|pulse ox\w*|oximeter)\b")
_FEV1_NOT_AT_HAND = re.compile(r"\b(?:no number|off the top of my head|never (?:gave|given|told) (?:me )?(?:a|the|any) number|didn'?t (?:give|tell) (?:me )?(?:a|the|any) number|no (?:actual |exact )?(?:figure|value)|look it up|look that up|not offhand|off ?hand|don'?t have (?:it|that|the number)|"
                               r"never (?:been |got |was )?told|(?:no one|nobody|never)\s+(?:has\s+|ever\s+)*(?:gave|given)\s+(?:me\s+)?(?:a|the|any)\s+(?:number|figure|value|percent\w*)|(?:no one|nobody) (?:has )?(?:ever )?told|not that i know|wouldn'?t know|"
                               r"not the (?:actual |exact )?(?:number|value|percent\w*)|don'?t know the (?:actual |exact )?(?:number|value))\b")
_CERTAINTY_PERCENT = re.compile(r"(?<![\d.])\d{1,3}\s*(?:%|percent|per cent)\s+(?:sure|certain|positive|confident)\b")  # "not 100% sure"
# a stage or a ratio, not the percent: "GOLD 3", "stage 2", "my ratio was 0.52"
_STAGE_OR_RATIO = re.compile(r"\b(?:gold|stage|grade)\s*(?:[1-4]|i{1,3}|iv)\b|\bratio\b\W*(?:(?:is|was|of|about|around)\s+)*0?\.\d+")
# the FEV1 in litres, which the study cannot turn into a percent without the predicted value
_FEV1_LITRES = re.compile(r"\bfev ?1?\b[^\d]{0,25}\d?\.?\d+\s*(?:l|liters?|litres?)\b|^\W*(?:about\s+|around\s+)?\d?\.\d+\s*(?:l|liters?|litres?)\b")
# "haven't had a breathing test in years": no recent value to give
_NO_RECENT_TEST = re.compile(r"\b(?:never|haven'?t|hasn'?t|have not|has not|not)\s+(?:had|done|did|taken|been given)\s+(?:that|the|a|this|any)\s+"
                             r"(?:\w+\s+){0,2}?test(?:s|ing)?\b(?!\s+since\b)")


# the result is on paper somewhere but not to hand
_RESULT_MISPLACED = re.compile(r"\b(?:can'?t|cannot|couldn'?t|could not)\s+(?:\w+\s+)?(?:find|locate|lay (?:my|a) hands? on)\b|"
                               r"\b(?:lost|misplaced|mislaid|threw (?:out|away))\s+(?:the|my|her|his|that)\s+(?:\w+\s+)?(?:paper\w*|report|results?|sheet|printout|letter)\b|"
                               r"\b(?:it'?s|its|it is)\s+(?:around|in a drawer|somewhere)\b")


def _fev1(answer: _Answer, result: Extraction) -> None:
    # how sure someone is, not a measurement; blanked to the same length so time positions still hold
    text = _CERTAINTY_PERCENT.sub(lambda m: " " * len(m.group()), answer.text)
    text = _STAGE_OR_RATIO.sub(lambda m: " " * len(m.group()), text) if answer.asked == "fev1_percent" else text
    if answer.asked == "fev1_percent" and (_NO_RECENT_TEST.search(text) or _RESULT_MISPLACED.search(text)) \
            and not re.search(r"\d\s*(?:%|percent)", text):  # also "I have it somewhere but can't find it"
        result.unsure.add("fev1_percent")
        return
    percents = list(re.finditer(r"(?<![\d.])(\d{1,3}(?:\.\d+)?)\s*(?:%|percent|per cent)", text))
    if len(percents) > 1 and not re.search(r"\b(fvc|dlco|ratio|before|after|pre|post)\b", text) and re.search(
            r"\b(?:but|now|this (?:month|year|time)|latest|most recent|newest|recent)\b", text[percents[-2].end():percents[-1].start()]):
        text = text[percents[-2].end():]  # "51% in 2024 but the one this month was 38%": the latest value
    mine = re.search(r"\bmine\b[^\d]{0,25}(?=\d)", text)
    if mine and re.search(r"\b(?:my|her|his)\s+(?:\w+\s+)?" + _PERSON + r"'?s\b", text[:mine.start()]):
        text = text[mine.end():]  # "my wife's was 40, mine was lower, 33"
    values = list(re.finditer(r"(?<![\d.])(\d{1,3}(?:\.\d+)?)\s*(?:%|percent)", text))
    # each value with a time of its own, before the next value: "31% in August and 29% in October"
    dated = [(t, v) for i, v in enumerate(values) for t in answer.times if t.kind in ("date", "ago")
             and 0 <= t.start - v.end() <= 12 and (i + 1 == len(values) or t.start < values[i + 1].start())]
    if len(dated) >= 2 and not re.search(r"\b(?:fvc|dlco|ratio|pre|post)\b", text):
        latest = max(dated, key=lambda pair: pair[0].day)[1]  # "31% in August and 29% in October": the later
        text = text[latest.start():]
    after_inhaler = re.search(r"(?<![\d.])\d{1,3}\s*(?:%|percent)?\s+after\b(?!\s+(?:my|the|a)\s+(?:flare|surgery|hospital))", text)
    if after_inhaler and re.search(r"\bbefore\b", text[:after_inhaler.start()]):
        text = text[after_inhaler.start():]  # "26% before the inhaler and 29% after": the value after it
    post = re.search(r"\bpost(?:[- ]?(?:bronchodilator|bd|albuterol|neb\w*))?\s*[:=]?\s*(?=\d)", text)
    post_after = re.search(r"(?<![\d.])(\d{1,3})\s*%?\s*post\b", text)
    if post and re.search(r"\bpre\b", text):
        text = text[post.end():]  # "pre-bronchodilator 31, post 35": the study uses the value after the inhaler
    elif post_after and re.search(r"\bpre\b", text):
        text = text[post_after.start():]  # "32 pre, 36 post"
    moved = re.search(r"\bfrom\s+\d{1,3}(?:\.\d+)?\s*%?\s+(?:down\s+|up\s+)?to\s+(?=\d)", text)
    if moved:
        text = text[moved.end():]  # "went from 42% to 33% over 2 years": the latest value
    other_measure = re.search(r"\b(?:fvc|dlco|ratio)\b", text)
    values = list(re.finditer(r"(?<![\w.])\d{1,3}(?:\.\d+)?\s*(?:%|percent)?", text))  # not the 1 of "fev1"
    others_only = all(re.search(r"\b(?:fvc|dlco|ratio)\b[^\d]{0,20}$", text[max(0, v.start() - 25):v.start()]) for v in values)
    if answer.asked == "fev1_percent" and other_measure and others_only \
            and not re.search(r"\bfev ?1?\b(?!\s*/)", text.replace("fev1/fvc", "")):
        result.unsure.add("fev1_percent")  # "my FVC was 65%, not sure about the other one"
        return
    bound = re.search(r"\b(?:below|under|less than|lower than|above|over|more than)\s+\d{1,3}\b[^\d]{0,25}?(?=\b(?:maybe|about|around|probably|like)\s+\d)", text)
    if bound:
        text = text[bound.end():]  # "it's below 30, maybe 25 or 26": the estimate, not the bound
    cue = list(re.finditer(r"\b(?:no,? wait|oh,? wait|actually|sorry|i mean)\b", text))
    if cue and re.search(r"\d", text[cue[-1].end():]):
        text = text[cue[-1].end():]  # "fev1 was 42 percent, no wait that was my dlco, fev1 was 33"
    if re.search(r"\bfev ?1?\b\W{0,3}(?:i\s+)?(?:don'?t|do not) know\b|\b(?:(?:don'?t|do not) know|no idea|not sure|unsure)\s+"
                 r"(?:on\s+|about\s+|of\s+)?(?:my |the |her |his )?fev", text) \
            and (not re.search(r"\d\s*(?:%|percent)", text) or (other_measure and others_only)):
        result.unsure.add("fev1_percent")  # "Can do visits yes, my wife drives. FEV1 don't know"
        return
    if answer.asked == "fev1_percent" and re.search(r"\b(?:don'?t|do not) know (?:mine|my own)\b", text):
        result.unsure.add("fev1_percent")  # "my wife's FEV1 is 30% but I don't know mine"
        return
    part_decade = re.search(r"\b(?P<part>low|mid|middle|high|upper|lower)[\s-]*(?P<decade>[1-9]0)'?s\b", text)
    if answer.asked == "fev1_percent" and part_decade and not re.search(r"\d\s*(?:%|percent)", text):
        offset = {"low": 2, "lower": 2, "mid": 5, "middle": 5, "high": 8, "upper": 8}[part_decade.group("part")]
        result.set("fev1_percent", float(int(part_decade.group("decade")) + offset), approximate=True)  # "mid 40s"
        return
    if answer.asked == "fev1_percent" and re.search(r"\bin the (?:low |mid |high |upper |lower )?[1-9]0'?s\b", text) \
            and not re.search(r"\d\s*(?:%|percent)", text):
        result.unsure.add("fev1_percent")  # "I think it was in the 30s": a decade, not the value
        return
    match = re.search(r"\bfev ?1?\b[^\d]{0,40}?(\d{1,3}(?:\.\d+)?)\s*(?:%|percent|per cent)", text) or \
        re.search(r"\b(?:breathing|lung function|pulmonary function|spirometry|pft)\s+tests?\b(?![^\d]{0,40}\b(?:fvc|dlco|ratio)\b)"
                  r"[^\d]{0,40}?(\d{1,3}(?:\.\d+)?)\s*(?:%|percent|per cent)", text) or \
        re.search(r"\bfev ?1?\s*(?:%|percent)\s*(?:of\s+)?(?:pred\w*)?\s*[:=]?\s*(\d{1,3}(?:\.\d+)?)\b(?![.\d])", text) or \
        re.search(r"(\d{1,3}(?:\.\d+)?)\s*(?:%|percent|per cent)\s*(?:of\s+)?(?:predicted|pred)\b", text) or \
        re.search(r"\bfev ?1\s+(?:is|was|=|:)\s*(?:about\s+|around\s+)?(\d{1,3})\b(?![.\d]|\s*(?:l\b|liters?|litres?|ml\b))", text)
    if not match and answer.asked == "fev1_percent":
        fraction = _FRACTION_OF_NORMAL.search(text)
        if fraction:  # "about a quarter of normal" (numbers.py has written it "about 0.25 normal")
            part = 0.5 if fraction.group("part") == "half" else float(fraction.group("part"))
            result.set("fev1_percent", float(round(part * 100)), approximate=True)
            return
        match = re.search(r"(?<![\d.])(\d{1,3}(?:\.\d+)?)\s*(?:%|percent|per cent)", text)
    if not match and answer.asked == "fev1_percent":
        match = re.search(r"(?<![\w.])(\d{1,3}(?:\.\d+)?)\s*(?:%|percent|per cent)?(?!\.?\d)", text)  # "it's 19."
        # the unit right after the number ("1.2 l"), not a word cut short ("33 at the l(ast test)")
        if match and re.match(r"\W{0,3}(?:in\s+)?(?:liters?|litres?|l|ml)\b", text[match.end():]):
            match = None
    if match and not re.search(r"\bfev", text) and _OXYGEN_READING.search(text[max(0, match.start() - 40):match.start()]):
        match = None  # "my oxygen level is usually 91%": a saturation, not FEV1
    if not match:
        if _FEV1_LITRES.search(text) and (answer.asked == "fev1_percent" or not result.facts.get("fev1_percent")):
            result.unsure.add("fev1_percent")  # "FEV1 1.4L": the team works out the percent
        elif answer.asked == "fev1_percent" and (answer.polarity in (NO, UNSURE) or _FEV1_NOT_AT_HAND.search(text)):
            result.unsure.add("fev1_percent")  # "nope", "not offhand, I could look it up": the value is not known
        return
    value = float(match.group(1))
    if 5 <= value <= 150:
        result.set("fev1_percent", value, approximate=bool(_HEDGED.search(text)))
    else:
        result.invalid["fev1_percent"] = "out_of_range"


# ---------------------------------------------------------------- smoking status

_CIGARETTE_WORDS = re.compile(r"\b(smok\w*|cigarettes?|(?<!-)cigs?|fags?|tobacco|(?<!medrol )(?<!dose )(?<!dosepak )(?<!z )(?<!z-)(?<!steroid )packs?|roll(?:ing)? (?:my|his|her|their) own|roll-?ups?|rollies)\b")
_OTHER_PRODUCT = re.compile(
    r"\b(vap\w*|e-?cig\w*|juul\w*|cigars?|cigarillos?|pipes?|chew\w*|dips?\b|dipped|dipping|snuff|snus|patch\w*|"
    r"gum|lozenges?|pouches|zyn|nicorette|hookah|nicotine)\b")
_CURRENT_SMOKER = re.compile(
    r"\b(still smok\w*|currently smok\w*|(?:i|she|he|they)\s+(?:still\s+|only\s+|just\s+)?smokes?\b(?!\s*(?:d|-free|before\b|in the past\b))|"
    # "newports, been smoking them since I was a teenager"
    r"(?<!had )(?<!had )\bbeen smoking (?:them|those|these|it)\b|"
    # "been smoking since I was 15", unless it ended: "been smoking since 15 until my stroke"
    r"(?<!had )(?<!had )\bbeen smoking since\b(?![^.;]*\b(?:until|till|til)\b)|"
    r"i'?m a smoker|am a smoker|is a smoker|current smoker|(?<!former )(?<!ex )(?<!was a )(?<!were )(?:daily|everyday|every day|heavy|regular|chain) smoker\b(?!\s+(?:for|until|till|back|before|in the past))|cut(?:ting)? (?:way |right |a lot |it |them )?(?:back|down)|(?:'ve|have|has|'s) been smoking|"
    r"trying to (?:quit|stop)|want to (?:quit|stop)|"
    r"(?:haven'?t|hasn'?t|have not|not) (?:yet )?(?:managed|been able) to (?:quit|stop)|"
    r"can'?t (?:seem to )?(?:quit|stop)|started (?:again|back)|back to smoking|relapsed|"
    r"(?<!i smoked )(?<!she smoked )(?<!he smoked )(?:on and off|off and on)|(?<!was a )(?<!were )social smoker\b(?!\s+(?:back\s+)?(?:in|during|at|through)\s+(?:college|university|uni|high school|school|"
    r"the (?:army|navy|service|military|\d0'?s)|my (?:teens|twenties|youth|\d0'?s)))|"
    # "I'm down to a few a day": cut down, still smoking
    r"down to (?:about\s+|around\s+)?(?:\d+(?:\.\d+)?|a few|a couple|one|two|three|half a pack)\s+(?:cig\w*\s+|packs?\s+)?(?:a|per) day|"
    # a profile in shorthand: "62 y/o male, smoker", unless a quit follows
    r"(?:^|[,;:]\s*)(?:a\s+)?smoker\s*(?=[,;.]|$)(?![^.;]*\b(?:quit|stopped|gave up|former|until|till|ago)\b)|still going\b(?!\s+on\b)(?![^.]*\?)|"
    r"(?:i'?m|i am|she'?s|he'?s) smoking\b(?!\s*(?:for|since|free))|only smokes? (?:when|at|on|with|if)\b|(?:right now|currently) i'?m on\b|the (?:occasional|odd) (?:cigarette|cig|one|smoke)|\d+ a day now|"
    r"\bnow (?:it'?s|i'?m (?:at|up to|on)|up to)\s+(?:about\s+|around\s+)?\d+(?:\.\d+)?\s+(?:packs?\s+|cig\w*\s+)?(?:a|per) day|"
    r"still (?:do|does|at it)\b|(?:and|but) still going|"
    r"still (?:have|having|has|get|sneak)\s+(?:(?:about|around|maybe|like)\s+)?(?:a couple|a few|\d+(?:\.\d+)?|one|some|the odd one)\b(?!\s*(?:flare|infection|attack))|"
    # a quit that is not whole: "mostly quit", "I quit, well mostly"
    r"(?:have|take|sneak|grab|bum)\s+a\s+(?:puff|drag|smoke|cig)\s+(?:now and (?:then|again)|sometimes|occasionally|every (?:now|once)|when)|"
    r"(?:(?:had|smoked)\s+(?:a|one|my|\d)\s+(?:cig\w*|smoke|fag)|smoked\s+(?:one|1|a couple|2))\s+(?:this (?:morning|afternoon|evening)|today|tonight|yesterday|earlier today|an hour ago|just now)|"
    r"(?:mostly|almost|nearly|kind of|sort of|pretty much|partly|half)\s+(?:quit|stopped)\b|(?:quit|stopped)\W+(?:well\W+)?(?:mostly|almost|nearly)\b(?=\s*(?:[.,;!?)]|$|but\b))|"
    # "about a pack a day still."
    r"(?:packs?|cig\w*|smok\w*|a day)\s+(?:\w+\s+){0,3}?still\b(?=\s*(?:[.;!?,]|$))|to this day|(?<!days )(?<!weeks )(?<!months )(?<!years )(?<!free )and counting|sneaks?|puffing away|"
    # hand-rolled cigarettes, in the present tense: "roll my own, about 15 a day"
    r"(?<!used to )\brolls? (?:my|his|her|their) own|"
    r"can'?t (?:go|last|get through|do) [^.;]{0,25}?without (?:a |my |his |her )?(?:cig\w*|smoke))")
# "still" with a cigarette word a few words later: "she still has the odd cigarette"
_STILL_SMOKING = re.compile(r"\bstill\b(?:(?!\b(?:not|never|no)\b|n't)[^.;,]){0,25}?\b(?:cig\w*|smok\w*|fags?|tobacco|packs?)\b")
_NEVER_SMOKER = re.compile(
    r"\b(never smoked|never been a smoker|never a smoker|(?<!been a )non[- ]?smoker(?! for| since)|never touched (?:a )?cigarettes?|"
    r"never (?:did|have) smoke\w*|didn'?t ever smoke|have never smoked|has never smoked|"
    r"never (?:smoked |had |used |did |tried )?(?:any )?(?:cigarettes|cigs|tobacco)|never (?:a|one) (?:single )?cigarette|"
    # "my wife smoked like a chimney but I never did", "I do not smoke and never have"
    r"\bbut\s+(?:i|she|he)\s+never\s+(?:did|have|has)\b(?=\W*$)|\bnot a smoker\W+(?:and\s+)?never (?:was|been|have been)\b|\b(?:don'?t|do not|doesn'?t|does not)\s+smoke\s+and\s+never\s+(?:have|has|did)\b|"
    r"(?:was |been )?never (?:was |been )?(?:a|much of a) (?:cigarette|cig) (?:guy|man|person|smoker|woman|girl|lady|fan)|"
    # "only secondhand", "never used any nicotine at all"
    r"(?:only|just)\s+(?:ever\s+)?(?:breathed\s+)?(?:second|2nd|2th)[- ]?hand(?:\s+smoke)?|never (?:used|touched|tried) (?:any )?(?:nicotine|tobacco)|never (?:used|touched|tried) any of (?:that|it|them|those|the above)(?: stuff)?)\b")
# "never ... again", "never ... since/after": a quit, not a never-smoker
_NEVER_AGAIN = re.compile(r"[^.;!?,]{0,15}?\b(?:since|after|again|any ?more)\b")
# a period of life that is over: "in my 20s", "in college", "in the army"
_LIFE_PERIOD = (r"(?:(?:my|his|her|their)\s+(?:teens|twenties|thirties|\d0'?s)|college|university|uni|high school|"
                r"school|the army|the navy|the military|the service)\b")
_QUIT = re.compile(
    r"\b(quit|quitted|quitting|stopped|stoped|stop|gave up|given up|give up|packed (?:it |them )?in|kicked the habit|"
    r"ex[- ]?smoker|former smoker|never (?:\w+ )?again|never since|"
    # "day 40 without a cigarette" (a craving, "can't go a day without one", is caught as current first)
    r"without (?:a |any |one )?(?:single )?(?:cigarettes?|cigs?|smokes?|smoking)|used to smoke|don'?t smoke (?:any ?more|now)|no longer smoke|"
    r"haven'?t smoked|have not smoked|hasn'?t smoked|smoke[- ]?free|last cigarette|last (?:cig|fag|smoke)\b|"
    r"smoked (?:my|his|her|their) last|put (?:it|them) down|(?:the|my) last one (?:was|i had|i smoked)\b|"
    r"non[- ]?smoker (?:for|since)|"
    r"gave (?:them|em|'em|it|the \w+|cigarettes|smoking|cigs) up|(?:was|were) an? (?:heavy |light |social |occasional |casual )?smoker|"
    r"smoked\b(?:\s+\w+){0,12}?\s+(?:till|until|up to|to (?:the age of |age )?\d{2}\b(?! (?:a|per|each|every) ))|"
    # a period of life that is over: "i smoked a pack a day but only in my 20s", "only in college"
    r"smoked\b[^.;!?]{0,50}?\b(?:in|during|through|at) " + _LIFE_PERIOD + "|"
    r"(?:not|no longer) (?:\w+ )?an? (?:\w+ )?smoker (?:any ?more|now|these days|nowadays)|"
    r"(?:not|no) (?:a |one )?(?:single )?(?:cigarette|cig|smoke)s? since|"
    r"(?:haven'?t|hasn'?t|have not|has not) (?:had|touched) (?:one|1|a cig(?:arette)?s?\b|a smoke|any)|"
    r"(?:been|was|went|stayed) off (?:them|the cigs|cigarettes|cigs|smokes|the smokes|the fags|tobacco)\b|"
    r"^\W*off (?:the )?(?:cigs|cigarettes|smokes|fags)\b|(?:right now|now|currently) i'?m off\b)")
# "switched from cigarettes to a Juul", "swapped the cigarettes for a vape": a former smoker who uses nicotine now
_NICOTINE_INSTEAD = r"(?:a\s+|an\s+|the\s+)?(?:vap\w*|e-?cig\w*|juul\w*|patch\w*|nicotine|gum|lozenges?|pouches|zyn|snus|chew\w*)"
_SWITCHED = re.compile(
    r"\b(?:switched|moved|went|changed|swapped|gone)\s+(?:over\s+)?(?:from\s+(?:the\s+)?(?:cigarettes|cigs|smoking)\s+)?"
    r"to\s+" + _NICOTINE_INSTEAD +
    r"|\b(?:swapped|traded|replaced|exchanged)\s+(?:the\s+|my\s+)?(?:cigarettes|cigs|smokes|smoking)\s+(?:for|with)\s+"
    + _NICOTINE_INSTEAD +
    # an aid that did its job: "used lozenges to get off cigarettes" (not "I'm using the patch to quit", still trying)
    r"|\b(?:used|took|chewed|wore|was on|went on)\s+" + _NICOTINE_INSTEAD + r"\s+(?:\w+\s+)?to\s+(?:get off|quit|stop|kick|come off|give up)\s+"
    r"(?:the\s+|my\s+)?(?:cigarettes|cigs|smokes|smoking|tobacco)\b")
# "cigarettes in 2017, but I vaped until April": the cigarettes belong to a past year, another product came after
_CIGARETTES_THEN_OTHER = re.compile(r"\b(?:cigarettes|cigs|smoking|smoked)\s+(?:until|till|til|up to|through|in)\s+(?:about\s+|around\s+)?"
                                    r"(?:19|20)\d{2}\b[^.;]{0,15}?\b(?:but|then|after that|and)\s+(?:then\s+)?(?:i\s+|she\s+|he\s+)?"
                                    r"(?:still\s+|now\s+)?(?:vaped|vaping|vapes?|chewed|used (?:the |a |nicotine )?(?:vape|juul|patch\w*|gum|lozenges|pouches|snus))\b")
_PAST_SMOKING = re.compile(r"\b(?:i|she|he|they)\s+smoked\b|^\W*(?:i\s+)?used to\b|\b(?:not|don'?t) any ?more\b|\bno longer\b"
                           r"|^\W*(?:only|just)\s+(?:in|during|at|through)\s+" + _LIFE_PERIOD +
                           r"|^\W*(?:no,?\s+)?not (?:since|for (?:\d+|years|a long time|ages|decades))\b")
_ANSWER_FORMER = re.compile(r"^\W*(?:former|ex|previous|past)\b")
# "occasionally, like when I'm out with my brother": now and then is still smoking
_ANSWER_CURRENT = re.compile(r"^\W*(?!i do not\b|i do n'?t\b)(?:(?:a\s+)?smoker\W+(?=(?:about\s+|around\s+)?(?:\d|a\s+pack|half)\S*\s*(?:ppd|packs?|cig\w*|a day|per day))|currently|current|(?:a\s+)?smoker\W+(?:yes|yeah|yep|still)|(?:yes|yeah|yep)\W+(?:a\s+)?smoker|(?:a\s+)?smoker\W*$|yes,? (?:i )?still|yes i do|i do|yes\W+(?:every day|daily|i do)|"
                             r"(?:yes|yeah|yep)\W+(?:about\s+|around\s+)?(?:a|\d+(?:\.\d+)?|0\.5|half a)\s+(?:packs?|cig\w*|a day)|"
                             r"(?:yes\W+|only\s+|just\s+)?(?:occasionally|sometimes|socially|now and (?:then|again)|"
                             r"once in a while|every (?:now|once) (?:and|in) a while|on (?:the )?weekends?))\b")


# "I'm not sure if he's quit or not": whether the person still smokes is not known
_BARE_YES = re.compile(r"^\W*(?=\w)(?:(?:yes+|yeah|yep|yup|ya|yea|sure)\b\W*)?(?:i\s+(?:have|did)(?:\s+smoked)?)?\W*$")
_QUIT_DOUBTED = re.compile(r"\b(?:not sure|unsure|don'?t know|do not know|no idea|wondering)\s+(?:if|whether)\s+"
                           r"(?:(?:i|she|he|they)(?:'s|'ve|\s+has|\s+have|\s+ever)?\s+|(?:my|his|her)\s+\w+(?:\s+has)?\s+)?(?:ever\s+|really\s+)?"
                           r"(?:quit|stopped|gave up|given up)\b")


def _smoking(answer: _Answer, result: Extraction) -> None:
    status = _smoking_status(answer)
    if status:
        result.set("smoking_status", status)
    elif answer.asked == "smoking_status" and (_QUIT_DOUBTED.search(answer.text) or _BARE_YES.match(answer.text)):
        result.unsure.add("smoking_status")  # a bare "yes" to "ever smoked, and still or quit?" does not say which
    if status == "current":
        result.set("months_since_nicotine", 0.0)
    if status == "former":
        quit_months = _quit_months(answer, result)
        if quit_months is None:
            quit_months = _months_since_stop_age(answer, result)  # "smoked from age 18 to 52", 71 years old now
        if quit_months is not None:
            result.set("smoking_quit_months_ago", quit_months)
    _pack_years(answer, result, status or answer.known.get("smoking_status"))


def _smoking_status(answer: _Answer) -> Optional[str]:
    text = answer.text
    about_smoking = answer.asked in ("smoking_status", "pack_years") or bool(_CIGARETTE_WORDS.search(text))
    never = _NEVER_SMOKER.search(text)
    if never:
        # "never touched a cigarette after the heart attack" is a quit
        return "former" if _NEVER_AGAIN.match(text, never.end()) else "never"
    clauses = answer.clauses
    corrected_from = last_correction_end(text)
    if corrected_from is not None and any(_is_cigarette_quit(answer, m) for m in _QUIT.finditer(text, corrected_from)):
        # "yes i smoke. no wait, i quit in june": the answer restated after the cue stands
        clauses = [(low, high) for low, high in clauses if low >= corrected_from]
    if about_smoking and any(_clause_says_current(answer, low, high) for low, high in clauses):
        return "current"
    if any(_is_cigarette_quit(answer, match) for match in _QUIT.finditer(text)):
        return "former"
    if about_smoking and (_SWITCHED.search(text) or _CIGARETTES_THEN_OTHER.search(text) or _ended_smoking_span(answer) or _ended_at_age(answer)
                          or _THEN_NOTHING.search(text)
                          or _SMOKED_BEFORE_THAT.search(text) or _UNTIL_AGO.search(text)):
        return "former"
    if about_smoking and re.search(r"\bonly\b[^.]{0,40}\bwhen (?:i|she|he) was (?:\d{2}|young|younger|a teenager|a kid|in \w+)\b", text) \
            and not any(_clause_says_current(answer, low, high) for low, high in answer.clauses):
        return "former"  # "only for about 8 months when I was 20"
    if _QUIT_ALL_NICOTINE.search(text):
        return "former"  # "quit in 2001 and haven't had nicotine in any form since"
    if answer.asked != "smoking_status" or _QUIT_DOUBTED.search(text):
        return None  # _smoking records "smoked, but not sure if he's quit" as unsure
    # answers to "Have you ever smoked? Do you still smoke, or did you quit?"
    if _ANSWER_FORMER.match(text) or _PAST_SMOKING.search(text):
        return "former"
    if _ANSWER_CURRENT.match(text):
        return "current"
    if answer.polarity == NO:
        return "never"
    return None


# the smoking told, then its end: "3 packs a day for 10 years, then nothing", "in college, nothing since"
_THEN_NOTHING = re.compile(r"\b(?:smok\w*|packs?|cig\w*|ppd|a day)\b[^.;]{0,60}?(?:\b(?:then|and then)\s+(?:nothing|none|no more|never again)|"
                           r",\s*(?:and\s+)?nothing since)\b(?!\s+(?:but|except|until|till)\b)")


# the speaker's own stop; an answer that opens with the verb has the speaker as its subject ("quit in 2005")
_SELF_STOPPED = re.compile(r"\bi\s+(?:quit|stopped|gave up|never|don'?t|do not)\b|^\W*(?:quit|stopped|gave up)\b")


def _clause_says_current(answer: _Answer, low: int, high: int) -> bool:
    """A clause about smoking cigarettes now; "but I still vape" is about another product."""
    clause = answer.text[low:high]
    cues = list(_CURRENT_SMOKER.finditer(clause)) + list(_STILL_SMOKING.finditer(clause))
    if re.search(r"\b(?:currently off|off (?:them|it) now|(?:right now|now|currently) i'?m off|quit again|stopped again|now quit|quit for good)\b", answer.text):
        cues = [cue for cue in cues if not re.match(r"on and off|off and on|started|back|relapsed", cue.group(0))]
    # "then I cut back to half a pack ... before I finally quit", "been smoking since 15 but I quit": over
    cues = [cue for cue in cues if not (cue.group(0).startswith(("cut", "been smoking since"))
                                        and re.search(r"\b(?:quit|stopped|gave up|packed it in)\b", answer.text[low + cue.end():]))]
    # "then I cut back to half a pack for another 10 years": a phase with its own span, over
    cues = [cue for cue in cues if not (cue.group(0).startswith("cut") and re.match(
        r"(?:[^.;]|\.(?=\d)){0,40}?\bfor\s+another\s+\d+(?:\.\d+)?\s+(?:years?|yrs?)\b(?![^.;]*\b(?:now|still|so far|and counting)\b)",
        answer.text[low + cue.end():high]))]
    if not cues:
        return False
    if _RELATIVE.search(clause) and _SELF_STOPPED.search(answer.text):
        # "my wife still smokes, I quit 12 years ago": the wife's habit; but not "... so I started again"
        cues = [cue for cue in cues if _speaker_is_subject(clause, cue.start())]
        if not cues:
            return False
    cigarettes = list(re.finditer(r"\b(?:cigarettes?|cigs?)\b", answer.text))
    if cigarettes and all(answer.negated(m.start(), m.end()) for m in cigarettes) and _OTHER_PRODUCT.search(answer.text):
        return False  # "pipe only, no cigarettes, and I still have one after dinner": the pipe
    # "I smoke a pipe now, gave up cigarettes in 2000": the present tense is about the pipe; but
    # "trying to quit, got the patch on but still have a couple a day" is about cigarettes
    def about_other_product(cue: re.Match) -> bool:
        # "trying to quit, got the patch on": a quit aid after a comma is not what is being quit
        reach = 12 if re.match(r"trying|want|can'?t|haven'?t|have not|not", cue.group(0)) else 20
        if cue.group(0).startswith("down to"):
            reach = 0  # "down to a few a day, on the patch too": the count is cigarettes, the patch an aid
        if re.match(r"still (?:do|does)\b", cue.group(0)) and _OTHER_PRODUCT.search(clause, max(0, cue.start() - 40), cue.start()):
            return True  # "I've chewed nicotine gum ever since, still do"
        return bool(_OTHER_PRODUCT.search(clause, cue.start(), cue.end() + reach)
                    and not _CIGARETTES_IN.search(clause, cue.start(), cue.end() + reach))
    return any(not about_other_product(cue) for cue in cues)


def _speaker_is_subject(clause: str, position: int) -> bool:
    """The speaker is the subject in the stretch before a position ("..., so I started again"), not a relative."""
    low, _ = _short_clause(clause, position)
    relatives = [m.start() for m in _RELATIVE.finditer(clause, low, position)]
    speaker = [m.start() for m in re.finditer(r"\b(?:i|i'?m|i'?ve)\b", clause[low:position])]
    return bool(speaker) and (not relatives or max(speaker) > max(relatives))


# cigarettes named, or smoking with no other product as its object ("still smoke a cigar" is not cigarettes)
_CIGARETTES_IN = re.compile(r"\b(?:cigarettes?|cigs?)\b|\bsmok(?!eless)\w*\b(?!\s+(?:an?\s+|one\s+|\d+\s+|a few\s+|the\s+|my\s+|his\s+|her\s+)?"
                            r"(?:(?:odd|occasional)\s+)?(?:cigars?|cigarillos?|pipes?|hookah|weed|pot|marijuana|joints?)\b)")


def _is_cigarette_quit(answer: _Answer, match: re.Match) -> bool:
    """A quit cue about cigarettes (not vaping, not "I have to stop after a block").

    Answering the smoking or pack-years question, or next to a smoking rate, a bare "quit" is
    about cigarettes ("About a pack a day. I started at 17 and quit 10 years ago.")."""
    if _quit_refers_to_other_product(answer.text, match):
        return False
    if any(d.start() <= match.start() < d.end() for d in _QUIT_DOUBTED.finditer(answer.text)):
        return False  # "not sure if he's quit": no quit known
    if _in_smoking_break(answer.text, match.start()):
        return False  # "quit for five years in the middle": a break, not the end
    low, high = answer.sentence_of(match.start())
    # answering the nicotine question, "I quit 3 years ago" is about cigarettes unless another product came first
    nicotine_answer = answer.asked == "months_since_nicotine" and not _OTHER_PRODUCT.search(answer.text, low, match.start())
    return (answer.asked in ("smoking_status", "pack_years") or nicotine_answer
            or bool(_CIGARETTE_WORDS.search(answer.text[low:high]))
            or bool(_daily_packs(answer.text, bare_counts=False)))


def _quit_time(answer: _Answer, match: re.Match) -> Optional[TimeRef]:
    """The time of a quit: first one in its own short clause ("and I quit smoking in 2012"), else the
    nearest in the sentence that does not date something else ("had COPD since 2015")."""
    low, high = _short_clause(answer.text, match.start())
    own = [t for t in answer.times if low <= t.start < high and t.kind in ("date", "ago", "duration")
           and not answer.is_span_duration(t)]
    if own:
        return min(own, key=lambda t: (t.start < match.start(), abs(t.start - match.end())))
    ref = answer.time_near(match.start(), match.end(), kinds=("date", "ago", "duration"))
    return None if ref is None or _about_other_period(answer, ref) else ref


# "... for 30 years before that" after a quit date; "quit in 2001, no nicotine in any form since"
_SMOKED_BEFORE_THAT = re.compile(r"\b(?:for|about)\s+(?:about\s+)?\d+(?:\.\d+)?\s+(?:years|yrs)\s+before (?:that|then)\b|"
                                 r"\bbefore (?:that|then)\b[^.;]{0,40}\bfor\s+(?:about\s+)?\d+(?:\.\d+)?\s+(?:years|yrs)\b")
_UNTIL_AGO = re.compile(r"\b(?:until|till|til|up to)\s+(?:about\s+|around\s+)?\d+(?:\.\d+)?\s+(?:years?|months?|weeks?)\s+ago\b")
_QUIT_ALL_NICOTINE = re.compile(r"\b(?:quit|stopped|gave up)\b[^.;]{0,40}\b(?:no|haven'?t had|not had|hasn'?t had|without)\s+"
                                r"(?:any\s+)?nicotine\b")


def _months_since_stop_age(answer: _Answer, result: Extraction) -> Optional[float]:
    start = _START_AGE.search(answer.text)
    stop = _STOP_AGE.search(answer.text, start.end()) if start else None
    age = result.facts.get("age", answer.known.get("age"))
    if stop is None or age is None or float(age) < float(stop.group("n")):
        return None
    return round((float(age) - float(stop.group("n"))) * 12, 2)


def _ended_at_age(answer: _Answer) -> bool:
    """'a pack a day from 18 until I was 53', 'from 18 to 63, I'm 71 now': smoking that stopped at an age."""
    start = _START_AGE.search(answer.text)
    stop = _STOP_AGE.search(answer.text, start.end()) if start else None
    if stop is None:
        return False
    if re.search(r"\b(?:was|turned|hit|reached)\s+(?:age\s+)?(?:about\s+|around\s+)?\d", stop.group(0)):
        return True  # "until I was 53": in the past
    age = _LOOSE_AGE.search(answer.text)
    return bool(age and float(age.group("n")) > float(stop.group("n")))


def _ended_smoking_span(answer: _Answer) -> bool:
    """'a pack a day, 1975 to 2015': a smoking period with an end in the past."""
    if not (answer.asked in ("smoking_status", "pack_years") or _daily_packs(answer.text, bare_counts=False)):
        return False
    ends = [_span_years(match)[1] for match in _YEAR_SPAN.finditer(answer.text)]
    return any(end and end.isdigit() and int(end) < answer.today.year for end in ends)


def _quit_refers_to_other_product(text: str, match: re.Match) -> bool:
    if re.search(r"\b(?:trying|try|want|wants|wanting|going|plan\w*|hope|hoping|need|needs)\s+to\s+$", text[max(0, match.start() - 16):match.start()]):
        return True  # "trying to quit" has not quit yet (read as current elsewhere)
    following = text[match.end():match.end() + 25]
    preceding = text[max(0, match.start() - 25):match.start()]
    if re.match(r"\s*(?:the\s+|my\s+)?(?:cigarettes?|smoking|cigs?|tobacco)\b", following):
        return False
    return bool(re.match(r"\s*(?:the\s+|using\s+|my\s+|his\s+|her\s+)?"
                         r"(?:vap|patch|gum|e-?cig|juul|lozenge|chew|pipe|cigar|snus|dip|zyn|pouch|nicotine)", following)
                or re.search(r"(vap\w*|patch\w*|gum|lozenges?|pipe|cigars?)\W*$", preceding) and not _CIGARETTE_WORDS.search(preceding))


def _quit_months(answer: _Answer, result: Extraction) -> Optional[float]:
    """How long ago the person quit cigarettes ("quit in 2015", "stopped at 57" with a known age)."""
    text = answer.text
    age = result.facts.get("age", answer.known.get("age"))
    for match in _QUIT.finditer(text):
        if not _is_cigarette_quit(answer, match) or match.group(0).startswith("never"):
            continue  # "never again" dates nothing; a time nearby is how long they smoked
        at_age = re.match(r"\s*(?:smoking\s+|cigarettes\s+)?(?:at|when i was|at age|at the age of)\s+(\d{2})\b", text[match.end():])
        if at_age and age:
            return round((float(age) - int(at_age.group(1))) * 12, 2)
        ref = _quit_time(answer, match)
        if ref is not None and _in_smoking_break(text, ref.start):
            ref = None  # "to 50, but I quit for five years in the middle": the years off date nothing
        if ref is not None:
            return ref.months_before(answer.today)
        free_for = [t for t in _free_for(answer) if not _in_smoking_break(text, t.start)]  # "smoke-free for 2 years"
        if free_for:
            return free_for[0].months_before(answer.today)
    return None


# ---------------------------------------------------------------- pack-years

# "a pack a day", "1.5 packs daily", "a pack every 2 days", "a carton a week"
_PER = r"(?:(?:a|per|each|every|/|in a)\s*(?:(?P<every>\d+)\s+)?(?P<per>day|week|d)s?\b|(?P<daily>daily))"
_PACKS = re.compile(
    r"(?P<n>\d+(?:\.\d+)?)(?:\s*(?:packs?|packets?)?\s*(?:-|to|or)\s*(?P<n2>\d+(?:\.\d+)?))?\s*"
    r"(?P<unit>packs?|packets?|pks?|cartons?)\b(?:\s+of\s+cigarettes)?\s*" + _PER)
# "pack a day" with no number, opening the answer or a clause: one pack
_ONE_PACK = re.compile(r"(?:^|(?<=[,;:.]\s)|(?<=\band\s)|(?<=\bthen\s))\W*pack\s+" + _PER)
# "between 0.5 pack and 1 pack a day" is the range "0.5 pack to 1 pack a day"
_BETWEEN_RATES = re.compile(r"(\bbetween\s+\d+(?:\.\d+)?\s*(?:packs?\s+)?)and (?=\d)")
# "1 ppd": packs per day
_PPD = re.compile(r"(?P<n>\d+(?:\.\d+)?)(?:\s*(?:-|to|or)\s*(?P<n2>\d+(?:\.\d+)?))?\s*ppd\b")
# "one pack would last me two days", "a pack lasted her a week"
_PACK_LASTS = re.compile(
    r"(?P<n>\d+(?:\.\d+)?)\s*(?P<pack>packs?|packets?|cartons?)\s+(?:would\s+|will\s+|could\s+|used to\s+|usually\s+)?"
    r"last(?:s|ed)?\s+(?:me|her|him|them)?\s*(?:about\s+|around\s+)?(?P<count>\d+(?:\.\d+)?|an?)\s*(?P<unit>days?|weeks?)\b")
_CIGS = re.compile(
    r"(?P<n>\d+(?:\.\d+)?)(?:\s*(?:-|to|or)\s*(?P<n2>\d+(?:\.\d+)?))?\s*(?:(?P<noun>cigarettes?|cigs?|cigarets?|smokes|rollies|roll-?ups|fags)\s*)?" + _PER)
_YEARS = re.compile(
    r"(?P<n>\d+(?:\.\d+)?)(?:\s*(?:-|to|or)\s*(?P<n2>\d+(?:\.\d+)?))?\s*\+?\s*(?:more\s+)?(?:years|yrs|year|yr|y(?![/\w']))\b"
    r"(?!\s+(?:ago|back|old|now|since))"
    r"|\bfor\s+(?:another\s+)?(?P<more>\d+(?:\.\d+)?)(?:\s+more\b|(?=\s*(?:$|[,.;!]|and\b|then\b)))")
_YEAR_SPAN = re.compile(r"\b(?:from|between)\s+(?P<y1>(?:19|20)\d{2})\s+(?:to|until|till|and|-)\s+(?P<y2>(?:19|20)\d{2}|now|today)\b"
                        r"|\b(?P<y1b>(?:19|20)\d{2})\s*(?:-|to|until|till|through)\s*(?P<y2b>(?:19|20)\d{2}|now|today)\b"
                        r"|\bsince\s+(?P<since>(?:19|20)\d{2})\b")
_START_AGE = re.compile(r"\b(?:since|from)\s+(?:when\s+)?(?:i was|she was|he was|age|the age of|about|around)?\s*(?P<n>\d{1,2})\b"
                        r"(?!\s*(?:years|yrs|cig|pack|a day))|"
                        r"\bstarted\s+(?:smoking\s+)?(?:at|when (?:i|she|he) was|at age|at the age of|around|about)\s+"
                        r"(?:age\s+)?(?P<n2>\d{1,2})\b|"
                        # the age first: "i was 18 when i started"
                        r"\b(?:i|she|he) was\s+(?:about\s+|around\s+)?(?P<n3>\d{1,2})\s+when\s+(?:i|she|he)\s+"
                        r"(?:first\s+)?(?:started|began|took (?:it|them|smoking) up)\b|"
                        r"\b(?:as a|as an|from my|in my|since my|from her|from his)\s+(?P<teen>teen\w*)|"
                        # "from when I joined the navy at 18"
                        r"\b(?:from|since) when\b[^.;,]{0,30}?\bat\s+(?:age\s+)?(?P<n4>\d{2})\b(?!\s*(?:years|yrs|cig|pack|a day))|"
                        r"\b(?:from|in|since) (?:my|her|his) (?P<part>early|mid|late)?[\s-]*(?P<decade>[1-6]0)'?s\b")
_STOP_AGE = re.compile(r"\b(?:(?:until|till|til|to)\s+when|until|till|til|to|(?:quit|stopped|gave up)(?:\s+(?:last year|(?:\d+|a) years? ago|in \d{4}))?\s+at|"
                       r"quit when|stopped when)\s+"
                       r"(?:(?:i|she|he) (?:was|turned|hit|reached)\s+)?(?:age\s+)?(?:about\s+|around\s+)?(?P<n>\d{2})\b(?!\s*(?:years|yrs|cig|pack|%))")
_STOP_YEAR = re.compile(r"\b(?:until|till|til|to|through|in)\s+(?P<year>(?:19|20)\d{2})\b")
_PACKS_WORD = re.compile(r"\b(?:packs?|ppd|a day)\b")
_NOT_SMOKING_PERIOD = re.compile(r"\b(copd|emphysema|bronchitis|diagnos\w*|oxygen|inhalers?|married|lived|worked|retired)\b")
_DIRECT_PACK_YEARS = re.compile(r"(?P<n>\d+(?:\.\d+)?)\s*(?:-|\s)?(?:pack|pk)[- ]?(?:years?|yrs?)\b")


def _pack_years(answer: _Answer, result: Extraction, status: Optional[str]) -> None:
    """Packs per day x years smoked; several periods ("2 packs for 20 years, then 1 for 10") add up."""
    text = answer.text
    # a lone number ("twenty-five") answering "how much each day, and for how many years?" is left
    # unread: it may be cigarettes a day or pack-years, so the form asks again with an example
    direct = _DIRECT_PACK_YEARS.search(text)
    if direct:
        result.set("pack_years", float(direct.group("n")), approximate=bool(_HEDGED.search(text)))
        return
    about_smoking = answer.asked in ("pack_years", "smoking_status") or bool(_CIGARETTE_WORDS.search(text))
    taken: list[tuple[int, int]] = []
    rates = _daily_packs(text, bare_counts=about_smoking, taken=taken)
    if answer.asked == "pack_years":  # "... and half a pack from 2000 to 2010": a rate without "a day"
        rates = sorted(rates + [r for r in _bare_packs(text) if not any(s <= r[0] < e for s, e in taken)])
    else:  # volunteered, "I was smoking 1.5 packs for 30 years": a smoking verb before, a span after
        rates = sorted(rates + [r for r in _bare_packs(text) if not any(s <= r[0] < e for s, e in taken)
                                and re.search(r"\bsmok\w*\s+(?:about\s+|around\s+)?$", text[max(0, r[0] - 20):r[0]])
                                and re.match(r"\S+\s+packs?\s+(?:for|over)\s+(?:about\s+|around\s+)?\d", text[r[0]:])])
    rates = _packs_carried_on(text, rates)
    periods = _years_smoked(answer, result, status) if rates or about_smoking else []
    others = _relatives_sentences(answer)
    if others and any(not _inside(r[0], others) for r in rates):
        # "I smoked a pack a day for 30 years. My husband smoked 2 packs for 50": only the speaker's
        rates = [r for r in rates if not _inside(r[0], others)]
        periods = [p for p in periods if not _inside(p[0], others)]
    if answer.asked != "pack_years":
        # volunteered, a period counts only next to a rate or a smoking word, not
        # "I've been a nurse for 30 years and I smoke 10 a day"
        # ("a pack a day, 62 years old, started at 15": with a rate said, the start is the smoking's)
        periods = [p for p in periods if _about_smoking_here(text, p[0], rates) or (rates and _START_AGE.match(text, p[0]))]
    if rates:
        result.set("packs_per_day", round(rates[-1][1], 3))
    if periods and (rates or answer.asked == "pack_years"):
        result.set("smoking_years", periods[-1][1])
    approximate = any(a for _, _, a in rates + periods) or bool(_HEDGED.search(text))
    if len(rates) >= 2 and len(rates) == len(periods):
        total = sum(rate * years for (_, rate, _), (_, years, _) in zip(rates, periods))
    elif rates and periods:
        total = rates[-1][1] * periods[-1][1]
    elif rates and answer.known.get("smoking_years") is not None:
        total = rates[-1][1] * float(answer.known["smoking_years"])
    elif periods and answer.known.get("packs_per_day") is not None:
        total = float(answer.known["packs_per_day"]) * periods[-1][1]
    else:
        return
    result.set("pack_years", round(total, 1), approximate=approximate)


def _relatives_sentences(answer: _Answer) -> list[tuple[int, int]]:
    """Sentences that open with a relative as their subject: "My husband smoked 2 packs a day"."""
    return [(low, high) for low, high in _sentences(answer.text)
            if re.match(r"\W*(?:and\s+|but\s+)?(?:my|her|his|our)\s+(?:\w+\s+)?" + _PERSON + r"\b", answer.text[low:high])]


def _inside(position: int, spans: list[tuple[int, int]]) -> bool:
    return any(low <= position < high for low, high in spans)


def _packs_carried_on(text: str, rates: list[tuple[int, float, bool]]) -> list[tuple[int, float, bool]]:
    """'4 packs a day for 6 years then 1 a day for 30': after a rate in packs, a small bare count
    in a later period is packs too, not one cigarette."""
    if not rates or rates[0][1] < 0.5 or not re.match(r"\S+\s+(?:packs?|pks?|ppd)\b", text[rates[0][0]:]):
        return rates
    carried = [rates[0]]
    for position, rate, approximate in rates[1:]:
        bare = re.match(r"(\d(?:\.\d+)?)\s+(?:a|per|each)\s+day\b", text[position:])
        if bare and abs(rate * 20 - float(bare.group(1))) < 1e-6 and float(bare.group(1)) < rates[0][1]:
            rate = float(bare.group(1))
        carried.append((position, rate, approximate))
    return carried


# a clause that carries on the one before without a subject of its own: "(I smoke a pack a day,)
# have been for 40 years", "and did that for 30 years"
_CARRIES_ON = re.compile(r"^\W*(?:and\s+|so\s+)?(?:(?:i|she|he)(?:'ve|'s|\s+have|\s+has)?\s+)?(?:have\s+|has\s+)?"
                         r"(?:been(?:\s+(?:doing (?:it|that|this)|at it|smoking|like that))?|did (?:that|it)|done (?:that|it)|"
                         r"kept (?:that|it) up)\s+(?:for\s+)?$"
                         # "(still smoke 10 a day,) have since I was 18"
                         r"|^\W*(?:and\s+)?(?:(?:i|she|he)\s+)?(?:have|has|'ve)\s+(?:ever\s+)?$")


def _about_smoking_here(text: str, position: int, rates: list[tuple[int, float, bool]]) -> bool:
    low, high = _short_clause(text, min(position, max(len(text) - 1, 0)))
    if _CIGARETTE_WORDS.search(text[low:high]) or any(low <= start < high for start, _, _ in rates):
        return True
    # a rate in the clause just before, in the same sentence
    before = _SENTENCE_END.split(text[:low])[-1]
    return bool(_CARRIES_ON.match(text[low:position]) and any(low - len(before) <= start < low for start, _, _ in rates))


def _middle(match: re.Match, first: str = "n", second: str = "n2") -> tuple[float, bool]:
    """'30 or 40' -> (35, approximate); '30' -> (30, exact)."""
    low = float(match.group(first))
    high = float(match.group(second)) if match.group(second) else low
    return (low + high) / 2, high != low


def _per_day(match: re.Match) -> float:
    """The factor to a daily rate: 'a week' is 1/7, 'every 2 days' is 1/2, 'daily' is 1."""
    days = 7 if match.group("per") == "week" else 1
    return 1 / (days * int(match.group("every") or 1))


def _daily_packs(text: str, bare_counts: bool = True,
                 taken: Optional[list[tuple[int, int]]] = None) -> list[tuple[int, float, bool]]:
    """(position, packs per day, approximate) for every smoking rate stated, in order.

    `bare_counts` allows "15 a day" without the word cigarettes, for text about smoking; `taken`
    receives the spans of the rates found.
    """
    rates = []
    taken = [] if taken is None else taken
    text = _BETWEEN_RATES.sub(lambda m: m.group(1) + "to ", text)  # same length: positions stay valid
    for match in _PACKS.finditer(text):
        packs, approximate = _middle(match)
        if match.group("unit").startswith("carton"):
            packs *= 10
        rates.append((match.start(), packs * _per_day(match), approximate))
        taken.append(match.span())
    for match in _ONE_PACK.finditer(text):
        rates.append((match.start(), _per_day(match), False))
        taken.append(match.span())
    for match in _PPD.finditer(text):
        rates.append((match.start(), *_middle(match)))
        taken.append(match.span())
    for match in _PACK_LASTS.finditer(text):
        count = 1.0 if match.group("count") in ("a", "an") else float(match.group("count"))
        days = count * (7 if match.group("unit").startswith("week") else 1)
        packs = float(match.group("n")) * (10 if match.group("pack").startswith("carton") else 1)
        if days > 0:
            rates.append((match.start(), packs / days, False))
            taken.append(match.span())
    for match in _CIGS.finditer(text):
        if any(s <= match.start() < e for s, e in taken):
            continue
        if not (bare_counts or match.group("noun")):
            continue
        cigarettes, approximate = _middle(match)
        cigarettes *= _per_day(match)
        if 0 < cigarettes <= 100:
            rates.append((match.start(), cigarettes / 20, approximate))
    return sorted(rates)


def _bare_packs(text: str) -> list[tuple[int, float, bool]]:
    """'2 packs for 20 years' answering "how much did you smoke each day?": packs per day."""
    return [(m.start(), *_middle(m)) for m in re.finditer(
        r"(?P<n>\d+(?:\.\d+)?)(?:\s*(?:-|to|or)\s*(?P<n2>\d+(?:\.\d+)?))?\s*(?:packs?|packets?)\b(?![- ]?(?:years?|yrs?))", text)]


def _years_smoked(answer: _Answer, result: Extraction, status: Optional[str]) -> list[tuple[int, float, bool]]:
    """(position, years, approximate) for every smoking period stated, in order."""
    text = answer.text
    periods = []
    for match in _YEARS.finditer(text):
        if re.search(r"\b(quit|stopped|ago|since|diagnosed|for the (?:last|past))\s*$", text[max(0, match.start() - 12):match.start()]):
            continue
        clause_start, _ = _short_clause(text, match.start())
        before = text[clause_start:match.start()]
        other = list(_NOT_SMOKING_PERIOD.finditer(before))
        smoking = list(_CIGARETTE_WORDS.finditer(before)) + list(_PACKS_WORD.finditer(before))
        if other and not (smoking and max(m.start() for m in smoking) > other[-1].start()):
            continue  # "I've had COPD for 10 years", but not "I have COPD ... I smoked a pack a day for 35 years"
        years, approximate = _middle(match) if match.group("n") else (float(match.group("more")), False)
        if re.match(r"\s*(?:in\s+)?(?:total|all|altogether|all together|overall)\b", text[match.end():]):
            continue  # "30 years total. First 10 a pack a day, the last 20 half a pack": the phases count
        if 0 < years <= 90:
            periods.append((match.start(), years, approximate))
    if not periods:
        for match in re.finditer(r"\bfor\s+(?:about\s+|around\s+|maybe\s+)?(?P<n>\d+(?:\.\d+)?)\s+months?\b", text):
            clause_low, clause_high = _short_clause(text, match.start())
            if _CIGARETTE_WORDS.search(text, clause_low, clause_high) or answer.asked == "pack_years":  # "only smoked for about 6 months"
                periods.append((match.start(), round(float(match.group("n")) / 12, 2), True))
    for match in _YEAR_SPAN.finditer(text):
        years = _year_span(match, answer.today, status)
        quit_year = _QUIT_YEAR.search(text, match.end()) if match.group("since") else None
        if years is None and quit_year and 0 < int(quit_year.group("year")) - int(match.group("since")) <= 90:
            years = float(int(quit_year.group("year")) - int(match.group("since")))  # "since 1975, quit in 2015"
        if years is not None:
            periods.append((match.start(), years, False))
    breaks = list(_SMOKING_BREAK.finditer(text))
    periods = [p for p in periods if not _in_smoking_break(text, p[0])]
    spans = {p[0] for p in periods if _YEAR_SPAN.match(text, p[0])}
    if not periods:
        from_ages = _years_from_ages(answer, result, status)
        if from_ages is not None:
            periods.append((*from_ages, False))
            spans.add(from_ages[0])
    # a span ("from 20 to 50") holds the years off; a count of years ("for 30 years") holds them
    # only when the answer says so ("for 40 years, except 5 when I quit")
    off = sum(float(b.group("n") or b.group("n2") or b.group("n3")) for b in breaks
              if b.group("n2") or (periods and periods[-1][0] in spans))
    if periods and 0 < off < periods[-1][1]:
        position, years, approximate = periods[-1]
        periods[-1] = (position, years - off, approximate)  # "from 20 to 50, but I quit for five years in the middle"
    return sorted(periods)


def _in_smoking_break(text: str, position: int) -> bool:
    return any(b.start() <= position < b.end() for b in _SMOKING_BREAK.finditer(text))


# years off in the middle of a smoking life, to take away from its span
_SMOKING_BREAK = re.compile(
    r"\b(?:quit|stopped|gave (?:it |them )?up|was off (?:them|it|cigarettes|cigs|smoking))\s+(?:for\s+)?(?:about\s+|around\s+)?"
    r"(?P<n>\d+(?:\.\d+)?)\s+(?:years?|yrs?)\s+(?:in the middle|in between|at one point|somewhere in (?:there|the middle)|"
    r"(?:and |but )?then (?:started|went) back|before (?:i )?(?:started|went) back)"
    r"|\b(?:except|minus|apart from|not counting|less)\s+(?:for\s+)?(?:the\s+)?(?:about\s+)?(?P<n2>\d+(?:\.\d+)?)\s+(?:years?|yrs?)\s+"
    r"(?:(?:when|that|where)\s+)?(?:(?:i|she|he)\s+)?(?:quit|stopped|gave (?:it |them )?up|was off|off|"
    r"(?:didn'?t|did not|wasn'?t|was not) smok\w*)\b"
    r"|\b(?:took|had)\s+(?:a\s+)?(?P<n3>\d+(?:\.\d+)?)[\s-]+(?:years?|yrs?)\s+(?:off|break)\b")


_QUIT_YEAR = re.compile(r"\b(?:quit|stopped|gave up)\b[^.;]{0,15}?\b(?:in\s+)?(?P<year>(?:19|20)\d{2})\b")


def _span_years(match: re.Match) -> tuple[Optional[str], Optional[str]]:
    """(first, last) of "from 1975 to 2015" or "1975 to 2015"; (None, None) for "since 1990"."""
    return match.group("y1") or match.group("y1b"), match.group("y2") or match.group("y2b")


def _year_span(match: re.Match, today: date, status: Optional[str]) -> Optional[float]:
    if match.group("since"):
        return float(today.year - int(match.group("since"))) if status == "current" else None
    first, last = _span_years(match)
    end = today.year if last in ("now", "today") else int(last)
    years = end - int(first)
    return float(years) if 0 < years <= 90 else None


def _start_age(match: re.Match) -> float:
    if match.group("teen"):
        return 15.0
    if match.group("decade"):
        return float(int(match.group("decade")) + _DECADE_PART[match.group("part")])
    return float(match.group("n") or match.group("n2") or match.group("n3") or match.group("n4"))


_AGE_SPAN = re.compile(r"\bbetween\s+(?:the\s+)?ages?\s+(?:of\s+)?(?P<a1>\d{1,2})\s+and\s+(?P<a2>\d{2})\b")


def _years_from_ages(answer: _Answer, result: Extraction, status: Optional[str]) -> Optional[tuple[int, float]]:
    """(position, years) from 'from 18 until I quit at 57', 'between the ages of 20 and 65', or
    'since I was 21' and the current age."""
    span = _AGE_SPAN.search(answer.text)
    if span and 0 < int(span.group("a2")) - int(span.group("a1")) <= 90:
        return span.start(), float(int(span.group("a2")) - int(span.group("a1")))
    start = _START_AGE.search(answer.text)
    years = _years_since_start_age(answer, result, status, start) if start else None
    return (start.start(), years) if years is not None else None


def _years_since_start_age(answer: _Answer, result: Extraction, status: Optional[str],
                           start: re.Match) -> Optional[float]:
    start_age = _start_age(start)
    stop = _STOP_AGE.search(answer.text, start.end())
    if stop:
        return float(stop.group("n")) - start_age
    age = result.facts.get("age", answer.known.get("age"))
    if age is None:
        return None
    stop_year = _STOP_YEAR.search(answer.text, start.end())
    if stop_year:  # "from 16 until 2017": the age in 2017
        return float(age) - (answer.today.year - int(stop_year.group("year"))) - start_age
    until_ago = _UNTIL_AGO.search(answer.text, start.end())
    if until_ago:  # "started at 14, a pack a day until 2 years ago"
        ago = re.search(r"(\d+(?:\.\d+)?)\s+(year|month|week)", until_ago.group(0))
        per_year = {"year": 1, "month": 12, "week": 52}[ago.group(2)]
        return float(age) - float(ago.group(1)) / per_year - start_age
    quit_months = result.facts.get("smoking_quit_months_ago", answer.known.get("smoking_quit_months_ago"))
    if status == "former" or quit_months is not None:
        return float(age) - float(quit_months) / 12 - start_age if quit_months is not None else None
    return float(age) - start_age  # still smoking, or "since I was 21" said of a habit that goes on


# ---------------------------------------------------------------- nicotine of any kind

# a use going on now; weak cues ("sometimes") give way to an explicit time of last use
_NOW_USE = re.compile(
    r"\b(still|currently|this morning|right now|these days|nowadays|now|"
    r"(?:i|she|he)\s+(?:only\s+|do\s+|does\s+)?(?:have|has|enjoy|enjoys|vape|vapes|chew|chews|dip|dips|use|uses|am using|is using|'?m using|smoke|smokes)\b(?!\s+(?:before|in the past)\b)|"
    r"^\W*(?:only\s+|just\s+)?(?:smoke|vape|chew|dip|use)s?\b(?=\s+(?:an?\s+|the\s+|my\s+)?(?:\w+\s+)?(?:pipe|cigar|vape|e-?cig|juul|snus|chew|dip|patch|gum|pouch))|"
    r"(?:i'?m|she'?s|he'?s|currently) using|"
    r"i'?m on|am on|is on|she'?s on|he'?s on|"
    # "quit cigs 2 yrs ago but vape", "vape only"
    r"\bbut\s+(?:i\s+)?(?:still\s+)?(?:vape|chew|dip)s?\b(?!\s+(?:before|in the past))|^\W*(?:vape|vaping|chew|dip|snus|zyn|pouches)\s+only\b|"
    # "been vaping ever since"
    r"(?:(?:'ve|have|has|'s)\s+)?been\s+(?:vaping|using|chewing|dipping|on (?:the |a )?(?:nicotine )?(?:vape|patch\w*|gum|lozenges|pouches))\b"
    r"(?:[^.;!?]{0,20}?\b(?:ever since|since then|since|now|every day|daily))?)\b")
# the present perfect of a product: a use that has lasted up to now
_USED_FOR_UP_TO_NOW = re.compile(r"\b(?:i|she|he)(?:'ve|\s+have|'s|\s+has)\s+(?:vaped|chewed|dipped|"
                                 r"used (?:a |the )?(?:vape|juul|snus|pouches|patch\w*|gum|nicotine \w+))\s+(?:for|since)\b")
_ONE_EXCEPTION = re.compile(r"\b(?:except|apart from|other than|besides|but)\b[^.;]{0,20}?\b(?:for\s+)?(?:one|a|1|the odd|a single)\s+"
                            r"(?:cigar|cigarette|cig|smoke|puff|vape|dip|chew|pipe)s?\b")
_USED_UNTIL = re.compile(r"\b(?:vaped|vaping|chewed|dipped|used (?:the |a |nicotine )?(?:vape|juul|patch\w*|gum|lozenges|pouches|snus)|"
                         r"on (?:the )?(?:patch\w*|gum|vape|lozenges))\b[^.;,]{0,25}?\b(?:till|until|up to|through)\s+")
# habits: a use now, unless the clause describes a past rate ("a pack daily for 30 years")
_HABIT = re.compile(r"\b(every (?:day|morning|night|evening|weekend)|each day|daily|sometimes|occasionally|"
                    r"now and (?:then|again)|once in a while|socially|(?:on|at) (?:the )?weekends?)\b")
_PAST_HABIT = re.compile(r"\b(smoked|used|chewed|vaped|dipped|for \d+(?:\.\d+)? (?:years?|yrs?))\b")
_STOPPED = re.compile(r"\b(stopped|quit|gave up|given up|gave (?:it|them) up|haven'?t|hasn'?t|not|no|never|off|put (?:it|them) down|"
                      r"used to|until|till|nothing|none|free|clean|without|non-?smoker|non smoker)\b")
_LAST_USE = re.compile(r"\blast\s+(?:time|one|cigarette|cig|vape|puff|used|use|had)\b|\bthat was the last\b")
_NICOTINE_FREE = re.compile(
    r"\b(?:(?:haven'?t|have not|hasn'?t|has not|not|never|no|without|nothing|none)\b[^.;!?]{0,60}?\b(?:since|ever since|after)\b|"
    r"nicotine[- ]free|(?:no|any) (?:nicotine|tobacco)[^.;!?]{0,40}\bsince|"
    # "I haven't had a cigar in 5 years"
    r"(?:haven'?t|hasn'?t|have not|has not)\s+(?:had|used|touched|smoked|vaped)\b[^.;!?]{0,40}?\b(?:in|for)\s+"
    r"(?:over\s+|about\s+|around\s+|more than\s+)?\d)")
_ANY_NICOTINE = re.compile(r"\b(nicotine|tobacco|anything|any of it|cigarettes|smok\w*|vap\w*|patch\w*|gum)\b")
_SINCE_QUITTING = re.compile(r"\bsince (?:i|she|he|they) (?:quit|stopped|gave up)|\bsince quitting\b|\bsince then\b")


_MIGHT_STILL = re.compile(r"\b(?:might|may|could)\s+(?:well\s+)?(?:be\s+)?still\b|\b(?:not sure|don'?t know|no idea)\s+(?:if|whether)\s+"
                          r"(?:(?:i|she|he|they)(?:'s|\s+is|\s+does)?\s+)?still\b")


def _nicotine(answer: _Answer, result: Extraction) -> None:
    """Months since the last nicotine of any kind; 0 while the person still uses some."""
    if result.facts.get("months_since_nicotine") == 0.0:
        return  # a current smoker: set by _smoking
    asked = answer.asked == "months_since_nicotine"
    yearly = re.search(r"\b(?:every|each|once a) year\b|\bannually\b|\byearly\b", answer.text)
    dates = [t for t in answer.times if t.kind == "date"]
    if yearly and dates and (asked or _OTHER_PRODUCT.search(answer.text)):
        # "one cigar on the 4th of July every year": the last use is the latest such day
        when = max(dates, key=lambda t: t.day)
        result.set("months_since_nicotine", when.months_before(answer.today), approximate=when.approximate)
        return
    if _MIGHT_STILL.search(answer.text):
        if asked:
            result.unsure.add("months_since_nicotine")  # "she might still use nicotine gum, I'd have to ask"
        return
    if _uses_nicotine_now(answer, asked):
        result.set("months_since_nicotine", 0.0)
        return
    free = next((m for m in _NICOTINE_FREE.finditer(answer.text) if not _names_a_medicine(answer, m)), None)
    # "nothing since I quit smoking" covers every product; "haven't smoked since 2019" only cigarettes
    mentions = free and (_ANY_NICOTINE.search(answer.text) or _OTHER_PRODUCT.search(answer.text)
                         or (re.match(r"(?:nothing|none)\b", free.group(0)) and "smoking_status" in result.facts)) \
        and not _only_cigarettes(free.group(0))
    quit_months = result.facts.get("smoking_quit_months_ago")
    if quit_months is not None and _no_other_product(answer):
        # "quit cold turkey 10 days ago, no patches or gum": nothing else took the cigarettes' place
        result.set("months_since_nicotine", float(quit_months))
        return
    # a never-smoker's last cigar, pipe or vape is their last nicotine: "just the odd cigar, last one at Christmas"
    never_but_other = result.facts.get("smoking_status") == "never" and _OTHER_PRODUCT.search(answer.text) \
        and (_LAST_USE.search(answer.text) or re.search(r"\b(?:stopped|quit|gave (?:it |them )?up)\b", answer.text))
    exception = _ONE_EXCEPTION.search(answer.text)
    exception_ref = next((t for t in answer.times if exception and t.start > exception.start() and t.kind in ("date", "ago")
                          and t.start - exception.end() <= 40), None)
    if exception_ref is not None:  # "smoke-free 8 months, except one cigar at my son's wedding in September"
        result.set("months_since_nicotine", max(0.0, exception_ref.months_before(answer.today)), approximate=exception_ref.approximate)
        return
    until = _USED_UNTIL.search(answer.text)
    until_ref = next((t for t in answer.times if until and until.end() <= t.start <= until.end() + 3
                      and t.kind in ("date", "ago")), None)
    if until_ref is not None:  # "quit smoking in 2016 but vaped till march of this year"
        result.set("months_since_nicotine", max(0.0, until_ref.months_before(answer.today)), approximate=until_ref.approximate)
        return
    if not (asked or mentions or never_but_other):
        return
    when = _last_use_time(answer)
    if when is not None:
        result.set("months_since_nicotine", max(0.0, when.months_before(answer.today)), approximate=when.approximate)
        return
    if free or (asked and answer.polarity == NO) or _SINCE_QUITTING.search(answer.text):
        quit_months = result.facts.get("smoking_quit_months_ago", answer.known.get("smoking_quit_months_ago"))
        if quit_months is not None:
            result.set("months_since_nicotine", float(quit_months))
        return
    if asked and answer.polarity == UNSURE:
        result.unsure.add("months_since_nicotine")


def _only_cigarettes(statement: str) -> bool:
    return bool(_CIGARETTE_WORDS.search(statement)) and not (
        _OTHER_PRODUCT.search(statement) or re.search(r"\b(nothing|none|anything|any of it)\b", statement))


def _names_a_medicine(answer: _Answer, match: re.Match) -> bool:
    """'no prednisone since the spring' is about a medicine, not nicotine."""
    return any(match.start() <= t.start < match.end() and t.category != "inhaled_or_other"
               for t in answer.terms_of("medicines")) or bool(re.search(r"\b(steroids?|antibiotics?|pills?)\b", match.group(0)))


_SHORT_CLAUSE_BREAK = re.compile(r"[,;!?]|\.(?!\d)|\s(?:and|but)\s")


def _short_clauses(answer: _Answer) -> list[tuple[int, int]]:
    """The answer cut at commas, "and" and "but" too: "stopped 2 months ago, using the patch now"."""
    spans, start = [], 0
    for stop in _SHORT_CLAUSE_BREAK.finditer(answer.text):
        spans.append((start, stop.start()))
        start = stop.end()
    spans.append((start, len(answer.text)))
    return [(low, high) for low, high in spans if high > low]


def _no_other_product(answer: _Answer) -> bool:
    """Other nicotine products are named only to be denied: "no patches or gum", "no vaping either"."""
    others = list(_OTHER_PRODUCT.finditer(answer.text))
    return bool(others) and all(answer.negated(m.start(), m.end()) for m in others)


# "a social smoker in college, a few on weekends": a habit of a period of life that is over
_IN_LIFE_PERIOD = re.compile(r"\b(?:was|were|smoked|used)\b[^.;!?]{0,40}?\b(?:in|during|through|at) " + _LIFE_PERIOD)


def _uses_nicotine_now(answer: _Answer, asked: bool) -> bool:
    """A clause that names a product (or, when asked, refers to one) as used now, without a stop cue."""
    text = answer.text
    still_other = re.search(r"\b(?:still|also|now)\b(?!\s+had\b)[^.;]{0,25}?" + _OTHER_PRODUCT.pattern, text) or \
        re.search(r"\b(?:i|she|he)\s+(?:use|uses|chew|chews|vape|vapes|have|has)\s+[^.;,]{0,25}?" + _OTHER_PRODUCT.pattern
                  + r"(?:\s+[a-z]+){0,2}?\s+(?:still|now|every day|daily)\b", text)  # "... but I use nicorette gum still"
    if _LAST_USE.search(text) and answer.point_times() and not still_other:
        return False  # "last time was last week": the date says when (not "... but I still chew Nicorette")
    switched = _SWITCHED.search(text)
    stop = _STOPPED.search(text, switched.end()) if switched else None
    if stop and re.match(r"\W*(?:\w+\W+)?(?:cigarettes?|cigs?|smoking|smokes)\b", text[stop.end():]):
        stop = None  # "no cigarettes since" is about what was given up, not the Juul
    if switched and not stop:
        return True  # "switched from cigarettes to a Juul" and did not say they stopped that too
    lasting = _USED_FOR_UP_TO_NOW.search(text)
    if lasting and not _STOPPED.search(text, lasting.end()):
        return True  # "never smoked cigarettes, but I've vaped for about 2 years", and not "... but quit last month"
    corrected_from = last_correction_end(text)
    if corrected_from is None or not _QUIT.search(text, corrected_from):
        corrected_from = 0  # only "yes i smoke. no wait, i quit in june" takes the use back
    # clauses, and within them the stretches between commas ("stopped 2 months ago, using the patch now")
    for low, high in answer.clauses + _short_clauses(answer):
        if high <= corrected_from:
            continue
        clause = text[low:high]
        if _SELF_STOPPED.search(text) and _RELATIVE.search(text, *answer.sentence_of(high - 1)) \
                and not re.search(r"\b(?:i|i'?m|me|my own)\b", clause):
            continue  # "my wife is 65 and still smokes, I quit 12 years ago": the wife's habit
        product = _OTHER_PRODUCT.search(clause) or _CIGARETTE_WORDS.search(clause)
        # a word for the product, not a stretch of time ("2.5 years now", "it's been a couple of years now")
        refers = re.search(r"\b(them|it(?!'s been|\s+(?:has|'s)\s+been)|one|1|2|a couple|some|a few)\b"
                           r"(?!(?:\.\d+)?\s*(?:and a half\s+|of\s+)?(?:years?|yrs?|months?|weeks?|days?)\b)", clause) \
            and (asked or _OTHER_PRODUCT.search(text))
        if not (product or refers):
            continue
        habit = _HABIT.search(clause) and not (_PAST_HABIT.search(clause) or _daily_packs(clause)
                                               or _IN_LIFE_PERIOD.search(text, *answer.sentence_of(low)))
        if not (_NOW_USE.search(clause) or habit) or re.search(r"\bnot\s+(?:every day|daily|now)\b", clause):
            continue
        # "since he quit", "to stay off cigarettes": the stop is about cigarettes, the aid is used now
        kept = re.sub(r"\bsince (?:i|he|she|they) (?:quit|stopped|gave up)\b.*|\b(?:to|so i can|so i)\s+(?:help\s+(?:me\s+)?)?"
                      r"(?:stay off|keep off|stay away from|quit|stop|not smoke|keep from smoking)\b.*", "", clause)
        if not _STOPPED.search(kept):
            return True  # "he's on nicotine lozenges every day since he quit in 2022"
    return False


# one use after a quit: "snuck one at a wedding", "had a couple at the reunion", "slipped up in May"
_SLIP = re.compile(r"\b(?:snuck|sneaked|sneak|bummed|caved|had|smoked|tried)\s+(?:just\s+)?(?:one|1|a|a couple|2|a few)\b"
                   r"(?!\s+(?:flare|infection|attack|cold|stroke|heart|baby|surgery|operation))|\bslipped(?:\s+up)?\b|\brelapsed\b")


def _last_use_time(answer: _Answer) -> Optional[TimeRef]:
    """The time after 'since' ('nothing since 2018'), else the latest time the answer gives."""
    other_products_used = any(not answer.negated(m.start(), m.end()) for m in _OTHER_PRODUCT.finditer(answer.text))
    for since in re.finditer(r"\bsince\b", answer.text):
        low, _ = _short_clause(answer.text, since.start())
        if other_products_used and _only_cigarettes(answer.text[low:since.start()]):
            continue  # "no cigarettes since 2015 but a cigar now and then": the cigar is later
        ref = next((t for t in answer.times if since.start() <= t.start <= since.end() + 5
                    and t.kind in ("date", "ago")), None)
        if ref is not None and not _about_other_period(answer, ref):
            # "snuck one at a wedding in September, nothing since 2021": a later slip is the last use
            slips = [t for t in answer.times if t.kind in ("date", "ago") and t.day > ref.day
                     and _SLIP.search(answer.text, *_short_clause(answer.text, t.start))]
            return max(slips, key=lambda t: t.day) if slips else ref
    points = [t for t in answer.point_times()
              if not _is_start_time(answer.text, t) and not _about_other_period(answer, t)] or _free_for(answer)
    if not points:
        return None
    latest = max(points, key=lambda t: t.day)
    kept_on = _used_on_for(answer, after=latest.end)  # "quit in 2010, used the gum for 2 years after"
    if kept_on is not None and latest.kind != "duration":
        return replace(latest, day=min(answer.today, latest.day + timedelta(days=round(kept_on))), approximate=True)
    return latest


def _about_other_period(answer: _Answer, ref: TimeRef) -> bool:
    """'I've had COPD since 2015', 'diagnosed in 2019': a time that dates something else."""
    low, _ = _short_clause(answer.text, ref.start)
    # also a coming birthday: "I'll be 75 in March"
    return bool(_NOT_SMOKING_PERIOD.search(answer.text[low:ref.start])
                or re.search(r"\b(?:'ll be|will be|turns|turning)\s+\d", answer.text[low:ref.start]))


def _free_for(answer: _Answer) -> list[TimeRef]:
    """'nicotine free for 2 years', 'no cigarettes for 5 years now', 'haven't had a cigar in 5 years':
    the time since the last use."""
    found = []
    for ref in answer.times:
        low, _ = answer.clause_of(ref.start)
        before = answer.text[max(low, ref.start - 20):ref.start]
        if ref.kind == "duration" and re.search(r"\b(?:for|in)\s+(?:over\s+|about\s+|around\s+|more than\s+)?$", before) \
                and _STOPPED.search(answer.text[low:ref.start]):
            found.append(ref)
    return found


def _used_on_for(answer: _Answer, after: int) -> Optional[float]:
    """Days a product was still used after the time given before it: 'quit in 2010, used gum for a year after'."""
    for ref in answer.times:
        if (ref.kind == "duration" and ref.duration_days and ref.start >= after
                and re.search(r"\bfor\s+$", answer.text[max(0, ref.start - 5):ref.start])
                and re.match(r"\s*(?:after|afterwards|later|longer|more)\b", answer.text[ref.end:])):
            return ref.duration_days
    return None


def _is_start_time(text: str, ref: TimeRef) -> bool:
    """'started in 1975', 'since I was 16': when the habit began, not ended."""
    return bool(re.search(r"\b(started|began|starting|from)\s+(?:in\s+|at\s+|around\s+)?$", text[max(0, ref.start - 14):ref.start]))


# ---------------------------------------------------------------- breathlessness

_MMRC_RULES: list[tuple[int, re.Pattern]] = [
    (4, re.compile(r"\b(dress\w*|undress\w*|getting dressed|put(?:ting)? (?:my|her|his) clothes on|too breathless to leave|"
                   # dressing, piece by piece: "putting on my shoes and socks", "tying my shoelaces"
                   r"(?:put\w*|pull\w*|get\w*) on (?:my|her|his) (?:shoes|socks|clothes|shirt|pants|trousers|coat|jacket|bra)|"
                   r"(?:ty\w*|do\w*) up (?:my|her|his) (?:shoe\w*|laces|buttons)|"
                   r"(?:put|pull|get)\w* (?:my|her|his) (?:shoes|socks|clothes|shirt|pants|trousers|coat|jacket|bra)(?:\s+and\s+\w+)?\s+on|ty\w* (?:my|her|his) (?:shoe\w*|laces)|"
                   r"button\w* (?:up )?(?:my|her|his)|zip\w* up|"
                   r"can'?t leave the (?:house|flat|apartment|home)|cannot leave the (?:house|flat|apartment|home)|hardly leaves? the house|rarely leaves? the house|"
                   r"housebound|house-bound|bed-?bound|stuck at home|can'?t get out of (?:the house|bed)|"
                   r"showering|washing|(?:out of breath|short of breath|winded|breathless|puffed)\s+(?:just\s+|even\s+)?"
                   r"(?:talking|sitting|at rest|resting|eating)|even at rest|"
                   r"(?:even\s+)?(?:talking|eating|sitting|resting|getting up)\s+(?:\w+\s+)?(?:makes|leaves|gets)\s+(?:me|her|him)\s+(?:winded|breathless|short of breath|out of breath|puffed)|"
                   r"can'?t (?:really )?(?:go|get) out(?:side)?\b(?!\s+(?:to|for|of breath))|"
                   r"(?:doesn'?t|don'?t|do not|does not)\s+(?:really\s+|ever\s+|even\s+)?(?:leave the house|go out)(?!\s+without)|never leave the house|wheelchair|"
                   r"stays? (?:at )?home|too (?:winded|breathless|out of breath|short of breath) to (?:go|leave|get)|"
                   r"across the room|to the (?:bathroom|toilet|kitchen)|room to room|from one room to (?:the )?(?:next|another)|"
                   r"brush\w* (?:my|her|his) (?:teeth|hair)|shaving|comb\w* (?:my|her|his) hair)\b")),
    (3, re.compile(r"\b(?:a|1|0\.5)\s+block\b|\bto the (?:mailbox|end of the (?:drive|driveway|street|block)|corner|car|front door)\b|"
                   r"\bend of (?:the|my|our|her|his) (?:drive|driveway|street|road|garden|block)\b|"
                   r"\bacross (?:the|a) (?:parking lot|car park|street|road|store|shop)\b|"
                   r"\bfrom the car\b|\b(?:handicap\w*|disabled|parking) (?:spot|space|place)\b|\b(?:store|shop|front) (?:entrance|door)\b|"
                   r"\b(?:half ?way|halfway|0\.5 way|part way) (?:down|around|round|up|along) the (?:block|street|road)\b|"  # "half" may be 0.5 here
                   r"\bcan'?t walk\b(?:(?!hill|stair|incline|hurr)[^.;]){0,40}\bwithout (?:stopping|resting|a rest|a break)|"
                   r"\bmail ?box\b|\b(?:after|every|for)\s+(?:a\s+)?(?:few|couple|\d)\s*(?:of\s+)?minutes?\b|"
                   r"\b\d\s+minutes?\b[^.;]{0,50}\b(?:stop|rest|breath)|\bfew steps\b|"
                   # "walking the dog round the block I have to stop halfway"
                   r"^\W*(?:a\s+)?(?:few|couple of|couple|\d+)\s+minutes?\s+(?:of\s+)?walking\b|"
                   r"\b(?:round|around|down) the (?:block|street)\b(?=[^.;]{0,40}\b(?:stop|rest|halfway|sit down))|"
                   r"\b(?:stop|rest|sit down)\w*\s+(?:about\s+)?halfway\b")),
    (2, re.compile(r"\b(slower than (?:other |most |the |my |her |his )?(?:\w+ ){0,2}(?:people|folks|friends|others|women|men|ladies|"
                   r"guys|everyone|wife|husband|family|age)|slower than my \w+|"
                   r"(?:walk|walks|walking) (?:more )?slow(?:ly|er)?|can'?t keep up|cannot keep up|fall behind|falls behind|"
                   r"lag\w* behind|trail\w* behind|slowest|(?:leave|leaves|left) (?:me|her|him) behind|get\w* left behind|"
                   r"(?:i'?m|i am|she'?s|she is|he'?s|he is)\s+(?:just\s+|a lot\s+|much\s+|a bit\s+|way\s+|so\s+)?slower\b|let (?:everyone|them|others|the others|people) (?:go )?(?:ahead|past)|(?:try|trying) to keep up|hold (?:them|everyone|people) up|"
                   r"(?:have|has|had) to wait for (?:me|her|him)|(?:have|has|had) to slow down for (?:me|her|him)|"
                   r"(?:at|in) (?:my|her|his) own (?:pace|speed)|own (?:pace|speed)|"
                   r"(?:my|her|his|a) (?:normal|usual|regular|ordinary) (?:pace|speed)|"
                   r"(?:stop|pause) (?:for|to catch) (?:my |her |his )?breath|"
                   r"stop (?:now and then|every so often|occasionally|sometimes|a few times)|breathless on (?:flat|level)|"
                   r"(?:on|walking on) (?:flat|level) ground|on (?:the|a) (?:flat|level)\b)\b")),
    (1, re.compile(r"\b(hurry\w*|rush\w*|walk\w* (?:up )?(?:a |the )?(?:slight |gentle |small |little |mild )?(?:hill|incline|slope)|"
                   r"up (?:a |the )?(?:slight |gentle |small |little |mild )?(?:hill|incline|slope|rise)|uphill|"
                   r"up hills|hills|inclines?|slopes?|stairs|upstairs|steps up|flight of stairs|walking fast|walk fast|brisk|"
                   r"walk\w* (?:quick\w*|briskly|fast)|fast walking|"
                   r"(?:slight|gentle|small|little|mild|any) (?:hill|incline|slope|rise)|a hill)\b")),
    (0, re.compile(r"\b((?:only|unless|just when|except)\b[^.;]{0,45}\b(?:run\w*|treadmill|fast clip|jog\w*|exercis\w*|exert\w*|work(?:ing)? out|sports?|heavy|"
                   r"strenuous|hard work|push(?:ing)? (?:it|myself|herself|himself)|overdo\w*|shovel\w*|lifting|"
                   r"tennis|golf|swim\w*|cycl\w*|bik\w*|hik\w*|gym|danc\w*|climb\w*)|"
                   r"strenuous exercise|heavy exercise|exert\w*|never (?:get )?(?:short of |out of )?breath|"
                   r"walk (?:for )?miles|(?:just|only|except) (?:not |when i )?(?:run|jog)\w*|"
                   r"no (?:problem|trouble) breathing)\b")),
]
# the stairs or hill given as an example of heavy effort, which is grade 0
_HEAVY_EXAMPLE = re.compile(r"\b(?:unless|only|except|just when)\b[^.;]{0,40}\b(?:strenuous|heavy|hard work|exert\w*|exercis\w*)\b"
                            r"[^.;]{0,15}\b(?:like|such as|say|e\.?g\.?)\b[^.;,]{0,40}$")
_HOUSEBOUND = re.compile(r"\b(?:house|bed|home)-?bound\b")
_BREATHING = re.compile(r"\b(?:breath\w*|winded|puff\w*|wheez\w*|gasp\w*|oxygen|o2|copd|emphysema|lungs?|air)\b")
# a walking limit put down to something other than the breath
_OTHER_CAUSE = re.compile(r"\b(?:because of|due to|from|with|thanks to)\s+(?:my|her|his|the|a|bad)\s+(?:bad\s+|two\s+|replaced\s+)?"
                          r"(?:knees?|hips?|back|legs?|feet|foot|ankles?|arthritis|stroke|balance|neuropathy|sciatica|joints?|surgery|fall)\b")
_BREATH_CONTEXT = re.compile(r"\b(breath\w*|dress\w*|house-?bound|bed-?bound|home-?bound|winded|puff\w*|wheez\w*|walk\w*|short of|gasp\w*|mmrc|grade)\b")
# "100 yards", "50 feet": a walking distance, in metres per unit
_DISTANCE = re.compile(r"(?<![\d.])(?P<n>\d+(?:\.\d+)?)\s*(?P<unit>miles?|mi\b|m\b|meters?|metres?|yards?|yds?|feet|ft|steps|paces)")
_METRES_PER = {"y": 0.91, "f": 0.3, "s": 0.7, "p": 0.7, "m": 1.0}
_STOPS_AFTER = re.compile(r"\b(stop\w*|rest\w*|breath\w*|before|without|sit down|winded|pause|then|more than|further|farther|break)\b")
# "I'm OK on the flat": a phrase of a grade said to be no problem
_NO_PROBLEM = re.compile(r"\b(fine|ok|okay|alright|all right|no problem|no trouble|not a problem|good|not (?:too |so |that )?bad|(?:i|she|he) (?:can )?keep up|"
                         r"without (?:any |much )?(?:problems?|trouble|difficulty|issues?|bother))\b")
_CANNOT = re.compile(r"\b(?:can'?t|cannot|couldn'?t|unable|not able)\b")
_GRADE_ANSWER = re.compile(r"^\W*(?:(?:i'?d say|id say|i would say|probably|prob|maybe|about|a|an|option|number|grade|level|mmrc|"
                           r"def|definitely|defo|deffo|i'?m a|im a|i am a|more like|closest to|that'?s me|the|it'?s|it is|that'?s|that is|"
                           r"i think|i guess|i'?d guess|like|well|hmm+|um+|usually|mostly|most days|a solid|solid|"
                           r"pretty much|i'?m at|i am at|at)\W*)*([0-4])(?:\W+(?:on\s+)?(?:most days|usually|mostly|i'?d say|i think|probably|i guess))?"
                           r"(?:\W+(?:maybe|possibly|probably|or|if not)\s+(?:even\s+)?(?:worse|better))?\W*$"
                           r"|^\W*(?:the\s+)?\w+\s+one\W+([0-4])\W*$"
                           # "2. also i'm a type 1 diabetic", "thats me, number 3", "3 no wait 2, ..." (after corrections)
                           r"|^\W*([0-4])\s*[.,):-]\s*(?=[a-z])|^\W*(?:(?:i'?d say|id say|i would say|i think|i guess|probably|prob|maybe|it'?s|that'?s|more like)\W+)*(?:the\s+)?([0-4])\s+(?:one|1)\W*$|\b(?:number|option|grade|no\.)\s*([0-4])\b(?![.\d])")
# "2 or 3" (collapsed by numbers.collapse_ranges to "about 2.5") or "2/3": between two grades
_TWO_GRADES = re.compile(r"^\W*(?:(?:somewhere|maybe|probably|prob|i'?d say|i guess|like|i think)\s+)*(?:between\s+)?(?:about\s+[0-3]\.5|[0-4]\s*(?:or|and|to|-|/)\s*[0-4])\W*$|^\W*(?:between\s+)?about\s+[0-3]\.5\b(?!\s*(?:blocks?|minutes?|miles?))")
_SHORT_WALK_METRES = 400  # mMRC 3 is "stops after about 100 m"; a few hundred metres still counts


def _mmrc(answer: _Answer, result: Extraction) -> None:
    text = answer.text
    asked = answer.asked == "mmrc_grade"
    if not asked and not _BREATH_CONTEXT.search(text):
        return
    if not asked and not _BREATHING.search(text) and not _BREATH_CONTEXT.search(_HOUSEBOUND.sub(" ", text)):
        return  # "no, I'm mostly bedbound" to the visits question: bound to bed, but not said to be for breath
    if asked and _TWO_GRADES.match(text):
        result.unsure.add("mmrc_grade")  # "2 or 3": the study team decides
        return
    corrected_from = last_correction_end(text)
    restated = re.search(r"(?<![\d.])([0-4])(?![\d.])\W*$", text[corrected_from:]) if asked and corrected_from else None
    if restated:  # "1. no wait, I read it wrong, 3"
        result.set("mmrc_grade", float(restated.group(1)))
        return
    usual = re.search(r"\b(?:most days|most of the time|usually|mostly|normally|on (?:an )?average day)\b[^.;]{0,15}?"
                      r"(?<![\w.])(?:a\s+|an\s+|at\s+|grade\s+)?([0-4])\b(?!\s*(?:blocks?|minutes?|m\b|yards?|feet|steps|flights?|times))", text)
    usual = re.search(r"(?<![\w.])([0-4])\s+(?:mostly|most days|usually|most of the time)\b", text) or usual
    if asked and usual:  # "I'm a 1 on good days but most days I'm a 3", "1 mostly, 2 on a bad day"
        result.set("mmrc_grade", float(usual.group(1)))
        return
    head = _SENTENCE_END.split(text, maxsplit=1)[0]
    direct = re.search(r"\b(?:mmrc|grade|level|score)\s*(?:is|of|:)?\s*([0-4])\b", text) or re.search(
        r"\b(?:at|as|a|an)\s+([0-4])\b(?!\s*(?:blocks?|minutes?|m\b|yards?|feet|steps|flights?))[^.;]{0,25}\b(?:mmrc|breathless\w* (?:scale|score)|scale)\b", text) or (
        _GRADE_ANSWER.match(text) if asked else None) or (
        _GRADE_ANSWER.match(head) if asked and head.strip() != text.strip() else None)  # "I'd say 2. I also had a flare in July"
    if direct and corrected_from and corrected_from > direct.end():
        described = _mmrc_from_words(text[corrected_from:], asked)
        if described is not None:  # "Grade 1 I guess, no wait, I do have to stop for breath at my own pace"
            result.set("mmrc_grade", float(described))
            return
    if direct:
        result.set("mmrc_grade", float(next(g for g in direct.groups() if g is not None)))
        return
    grade = _mmrc_from_words(text, asked)
    if grade is not None and asked and _OTHER_CAUSE.search(text) and not _BREATHING.search(text):
        result.unsure.add("mmrc_grade")  # "a wheelchair because of my knees": the legs, not the breath, limit the walking
    elif grade is not None:
        result.set("mmrc_grade", float(grade))


def _mmrc_from_words(text: str, asked: bool) -> Optional[int]:
    """The worst grade the answer describes (rules run from grade 4 down)."""
    for grade, pattern in _MMRC_RULES:
        if any(_describes_grade(text, grade, match, asked) for match in pattern.finditer(text)):
            return grade
        if grade == 3:
            walked = _walking_distance(text)
            if walked is not None:
                return 3 if walked <= _SHORT_WALK_METRES else 2
    return None


def _describes_grade(text: str, grade: int, match: re.Match, asked: bool) -> bool:
    clause = text[slice(*_short_clause(text, match.start()))]
    sentence_start = _SENTENCE_END.split(text[:match.start()])[-1]
    if _RELATIVE.search(sentence_start) and re.search(r"\bbut\s+(?:i'?m|i am|i|me)\b|\bme\W+(?:i|i'?m|only|just)\b|\bas for me\b|\bmyself\b",
                                                      text[match.end():]):
        return False  # "my wife can't walk to the mailbox, but I'm OK except hills": the wife's breathing
    fine = _NO_PROBLEM.search(clause)
    if grade > 0 and fine and not (fine.group(0).startswith("without") and _CANNOT.search(clause)) \
            and not re.search(r"\b(?:unless|except|until|apart from)\b", clause[fine.end():]):
        return False  # "I'm OK on the flat", but not "I can't walk a block without trouble breathing"
    if grade == 0 and not asked and not re.search(r"\b(only|unless|just when)\b", text):
        return False
    if grade == 3 and re.search(r"\b(hill\w*|incline|slope|uphill|stairs|steps up)\b", clause):
        return False  # "up the slight incline to the mailbox": the hill, not the distance, is the trouble
    if grade == 1 and re.search(r"\b(only|just)\b", clause) and \
            re.search(r"\b(exercis\w*|gym|treadmill|run\w*|jog\w*|sports?|work(?:ing)? out|hik\w*)\b", clause):
        return False  # "only with hard exercise, like the treadmill on an incline" is grade 0
    if grade == 1 and _HEAVY_EXAMPLE.search(sentence_start):
        return False  # "fine unless I do something strenuous like carrying boxes up the stairs": the load, not the stairs
    if grade == 2 and re.search(r"\b(hurry\w*|rush\w*|fast|brisk\w*|quick\w*)\b", clause):
        return False  # "hurrying on level ground" is grade 1
    # volunteered "stairs are hard" is too vague to grade
    return not (grade == 1 and not asked and re.search(r"\b(stairs|upstairs|steps up|flight)\b", match.group(0)))


def _walking_distance(text: str) -> Optional[float]:
    """Metres walked before stopping, when a sentence gives a distance and a stop."""
    for match in _DISTANCE.finditer(text):
        sentence = _SENTENCE_END.split(text[match.start():match.start() + 80])[0]
        before = _SENTENCE_END.split(text[max(0, match.start() - 80):match.start()])[-1]
        if _STOPS_AFTER.search(before + " " + sentence):
            unit = match.group("unit")
            return float(match.group("n")) * (1609.0 if unit.startswith("mi") else _METRES_PER[unit[0]])
    return None


# ---------------------------------------------------------------- medicines

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


def _positive(answer: _Answer, terms: list[Term]) -> list[Term]:
    return [t for t in terms if not answer.negated(t.start, t.end)]


def _is_topical(text: str, term: Term) -> bool:
    return bool(_TOPICAL.search(text[max(0, term.start - 12):term.end + 14]))


def _systemic_steroid_terms(answer: _Answer) -> list[Term]:
    terms = answer.terms_of("medicines", "systemic_steroid")
    for match in re.finditer(r"\b(steroids?)\b", answer.text):
        if any(t.start <= match.start() < t.end for t in terms):
            continue
        low, high = answer.sentence_of(match.start())
        if _INHALED_CONTEXT.search(answer.text[low:high]) and not answer.denied(match.start(), match.end()):
            continue  # "my Symbicort, which has a steroid in it" is an inhaled steroid; "Steroids no, just my Breo" is not
        asks = _in_question(answer.text, match.start()) or "?" in answer.text[match.end():answer.sentence_of(match.start())[1]]
        if asks and _INHALED_CONTEXT.search(answer.text):
            continue  # "I use Trelegy every day. That's a steroid, right?"
        terms.append(Term("medicines", "systemic_steroid", match.group(1), match.start(), match.end()))
    return sorted(terms, key=lambda t: t.start)


# still taking it: today, whatever time the course started ("three weeks ago, and I'm still on the prednisone")
_STILL_ON = re.compile(r"\b(still (?:on|taking|take|finishing)|finishing (?:up|off)|currently (?:on|taking)|right now|at the moment|"
                       r"been on\b[^.;]{0,30}\bsince|been (?:on|taking) (?:it|them) for|"
                       # "on 10mg pred daily since 2020", "I'm on prednisone every day since my transplant"
                       r"(?:^\W*|\b(?:i'?m|i am|she'?s|he'?s|is|still)\s+)on\b[^.;]{0,30}\b(?:daily|every day|a day|since|"
                       # a standing prescription: "on azithromycin mon/wed/fri long term"
                       r"long[- ]term|(?:two|three|2|3) times a week|mon\w*\s*/\s*wed\w*))\b")
# the answer names the last course: "the last antibiotics were in June", "last time I took prednisone"
_LAST_COURSE_BEFORE = re.compile(r"\b(?:last|latest|most recent)\s+(?:(?:course|dose|round|burst|time|one)\s+(?:of\s+)?)?"
                                 r"(?:(?:i|she|he)\s+(?:took|had|needed|got|was on)\s+)?$")
# nothing after the course: "... in June and none since", "that was the last"
_NOTHING_SINCE = re.compile(r"\b(?:none|nothing|not|no|haven'?t|hasn'?t|have not|has not)\s+(?:\w+\s+){0,3}?since\b|\bthat was the last\b")


def _flare_asked(answer: _Answer) -> bool:
    """Answering a flare question, medicines describe how the flare was treated, not the last course."""
    return answer.asked in ("exacerbation_last_year", "exacerbation_months_ago")


def _names_last_course(answer: _Answer, term: Term) -> bool:
    low, _ = answer.clause_of(term.start)
    return bool(_LAST_COURSE_BEFORE.search(answer.text[max(low, term.start - 40):term.start]))


# a second medicine taken with the course just told of
_TAKEN_TOGETHER = re.compile(r"\W{0,3}(?:\w+\s+){0,2}?(?:with (?:it|them|that|those|the \w+)|at the same time|alongside|"
                             r"along with (?:it|them|that|the \w+)|together)\b")


_SEVERAL_COURSES = re.compile(r"\b(?:two|2|three|3|four|4|several|a couple(?: of)?|a few)\s+(?:rounds|courses|bursts|packs|lots|times)\b"
                              r"|\btwice\b")


_ONLY_FILLER = re.compile(r"^\W*(?:(?:about|around|maybe|probably|roughly|like|oh|um+|uh+|hmm+|er+m?|it was|that was|was|"
                          r"i think|let me think|i guess|i believe|so|yes|yeah|finished|took it)\b\W*)*$")


def _without(text: str, low: int, high: int, cut_low: int, cut_high: int) -> str:
    """The sentence text[low:high] with the piece text[cut_low:cut_high] taken out."""
    return text[low:cut_low] + " " + text[cut_high:high]


def _last_dose(answer: _Answer, positive: list[Term], mentioned: list[Term], asked: bool) -> Optional[date]:
    """When the last dose was: today if still taken, a time next to the medicine, "not since <time>",
    or today if taken regularly."""
    for term in positive:
        low, high = answer.clause_of(term.start)
        sentence_low, sentence_high = answer.sentence_of(term.start)
        if _STILL_ON.search(answer.text[low:high]) or re.search(r"\bstill (?:on|taking) (?:it|them|those|that)\b",
                                                                answer.text[sentence_low:sentence_high]):
            return answer.today  # also "Doxy for a skin thing, I'm still on it"
    dated = [answer.time_near(t.start, t.end, kinds=("date", "ago", "now")) for t in positive]
    dated = [ref.day for ref in dated if ref is not None]
    for finish in _COURSE_FINISHED.finditer(answer.text):  # "... 2 weeks ago, then pills, finished them yesterday"
        low, high = _short_clause(answer.text, finish.start())
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
        together = _TAKEN_TOGETHER.match(answer.text, term.end)
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


def _dates_either_side_of_window(answer: _Answer) -> bool:
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


def _the_flare_day(answer: _Answer) -> Optional[date]:
    """Answering the flare question, the one date the answer gives is when the flare's medicines were
    taken: "yes, 3 weeks ago. they gave me prednisone and doxycycline". Two dates: no guess."""
    if not _flare_asked(answer):
        return None
    days = {t.day for t in answer.times if t.kind in ("date", "ago") and not _is_start_time(answer.text, t)}
    return days.pop() if len(days) == 1 else None


def _taken_back_for_inhaler(answer: _Answer, term: Term) -> bool:
    """'I take prednisone... no wait, sorry it's the Advair inhaler': the pill named first is taken back."""
    after = answer.text[term.end:]
    cue = last_correction_end(after)
    return cue is not None and bool(_INHALED_CONTEXT.search(after[cue:]))


def _relative_takes_it(answer: _Answer, term: Term) -> bool:
    """'My husband's on prednisone, not me': someone else's medicine."""
    low, high = answer.sentence_of(term.start)
    if re.match(r"[^.;]{0,25}?\b(?:gave|give|for|prescribed)\s+(?:to\s+)?(?:my|the|our)\s+(?:dog|cat|pet|horse|puppy)\b", answer.text[term.end:]):
        return True  # "only the prednisone they gave my dog lol"
    if _someone_elses(answer, term.start):
        return True  # "My wife takes prednisone for her RA. I don't take any."
    before = answer.text[max(low, term.start - 30):term.start]
    return bool(re.search(r"\b(?:my|her|his)\s+(?:\w+\s+)?" + _PERSON + r"(?:'s|\s+is|\s+takes|\s+was|\s+has been|\s+had)\b", before)
                and re.search(r"\bnot me\b|\bi\s*(?:'m not|am not|wasn'?t|was not|didn'?t|did not|don'?t|do not|haven'?t|have not)\b",
                              answer.text[term.end:high]))


def _recent_medicine(answer: _Answer, result: Extraction, slot: str, weeks_slot: str,
                     terms: list[Term]) -> None:
    """Antibiotics or systemic steroids in the last 12 weeks, with when the last dose was.

    The weeks since a course older than 12 weeks are kept when it is the last one: the answer to
    the question asked, or one the answer calls the last ("the last prednisone was in May",
    "... in June and none since"); an older course mentioned in passing gives nothing.
    """
    systemic = [t for t in terms if not _is_topical(answer.text, t) and not _relative_takes_it(answer, t)
                and not _taken_back_for_inhaler(answer, t)]
    doubted = [t for t in systemic if _in_doubt(answer, t)]  # "can't remember whether they were steroids"
    systemic = [t for t in systemic if t not in doubted]
    asked = answer.asked == slot
    positive = [t for t in systemic if _names_last_course(answer, t) or not (
        answer.negated(t.start, t.end) if asked else _negated_beyond_the_answer_word(answer, t))]
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
        the_last = asked or bool(_NOTHING_SINCE.search(answer.text)) or any(_names_last_course(answer, t) for t in positive)
        if days < WINDOW_DAYS:
            result.set(slot, True)
            result.set(weeks_slot, round(max(days, 0) / 7, 2))
        elif the_last or not positive:  # unasked, only "no prednisone since the spring" rules it out
            result.set(slot, False)
            if (positive and the_last) or (not positive and _NOT_SINCE.search(answer.text)):
                result.set(weeks_slot, round(days / 7, 2))  # "no pred since 2024" also dates the last one
        return
    free_days = _none_for_days(answer, systemic)
    if free_days is not None and free_days >= WINDOW_DAYS:
        result.set(slot, False)
        result.set(weeks_slot, round(free_days / 7, 2))
        return
    if not asked and answer.asked in _TWELVE_WEEK_SLOTS and positive and not _flare_in_sentence(answer, positive) \
            and not any(_STOPPED_MEDICINE.search(answer.text[slice(*answer.clause_of(t.start))])
                        or _RELATIVE.search(answer.text, *_short_clause(answer.text, t.start)) for t in positive):
        result.set(slot, True)  # "no antibiotics, just prednisone" answers the same 12 weeks
        return
    if not asked:
        # "..., no steroids" / "Steroids no" volunteered in another answer; "a flare in May but no
        # antibiotics" only says how that flare was treated
        if systemic and not doubted and (not _flare_in_sentence(answer, systemic) or _flare_inside_window(answer, systemic)) \
                and all(answer.denied(t.start, t.end) or _denied_for_the_window(answer, t) for t in systemic):
            result.set(slot, False)
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
        last_time = re.search(r"\blast (?:time|ones?|course|round|dose)\b", answer.text)
        when = answer.time_near(last_time.start(), last_time.end(), kinds=("date", "ago"), sentence=False) if last_time else None
        nothing_since = _NOTHING_SINCE.search(answer.text)
        dated_since = nothing_since and any(0 <= t.start - nothing_since.end() <= 3 for t in answer.times)
        if when is None and nothing_since and not dated_since:
            # "no. had some back in the summer but nothing since": the course before "nothing since" was the last
            before = [t for t in answer.point_times() if t.kind in ("date", "ago") and t.end <= nothing_since.start()]
            when = max(before, key=lambda t: t.day) if before else None
        if when is not None and (answer.today - when.day).days >= WINDOW_DAYS and not _only_a_bound(answer, when):
            result.set(weeks_slot, when.weeks_before(answer.today))  # "Nope, last time was in March"
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


_BOUND_BEFORE = re.compile(r"\b(?:over|more than|at least|longer than|upwards of|well over|way over|beyond)\s+(?:about\s+)?$")


def _only_a_bound(answer: _Answer, when: TimeRef) -> bool:
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


def _flare_inside_window(answer: _Answer, terms: list[Term]) -> bool:
    """'antibiotics 2 weeks ago for pneumonia, no steroids though': the episode the denial describes is
    itself inside the 12 weeks (every time told before the denial is), so the denial speaks for them."""
    if _flare_asked(answer):
        return False
    before = [t for t in answer.times if t.kind in ("date", "ago") and t.end <= min(term.start for term in terms)]
    return bool(before) and all((answer.today - t.day).days < WINDOW_DAYS for t in before)


def _flare_in_sentence(answer: _Answer, terms: list[Term]) -> bool:
    """'a flare in May but no antibiotics' tells how that flare was treated; 'No steroids. Last flare
    was over a year ago.' is a denial of its own."""
    if _flare_asked(answer) and answer.polarity != NO:
        return True
    # a flare told before the denial (or in its sentence) is the flare the denial describes
    return any(not answer.negated(m.start(), m.end())
               for t in terms for m in _FLARE.finditer(answer.text, 0, answer.sentence_of(t.start)[1]))


def _negated_beyond_the_answer_word(answer: _Answer, term: Term) -> bool:
    """Negated, not counting a leading "no" that answers another question ("no, the prednisone
    they gave me finished last month" to the immunosuppressant question)."""
    if not answer.negated(term.start, term.end):
        return False
    lead = re.match(r"^\W*(?:no|nope|nah)\b\W*", answer.text)
    if not (lead and answer.asked and lead.end() <= term.start):
        return True
    words = re.findall(r"[\w'-]+", answer.text[lead.end():term.start])[-6:]
    return bool(_NEGATION_CUES.search(" ".join(words))) or bool(_AFTER_NO.match(answer.text, term.end))


# a stretch that holds the last 12 weeks: "recently", "in the last few months", "this past year"
_WINDOW_STRETCH = re.compile(r"\W*(?:\w+\W+){0,4}?(?:recently|lately|of late|"
                             r"in (?:the )?(?:last|past) (?:few |several |couple (?:of )?|(?:[3-9]|1[0-2]|three|six|twelve) )?months|"
                             r"in (?:the )?(?:last|past) (?:1[2-9]|[2-9]\d) weeks|(?:in )?(?:the |this )?(?:last|past) year)\b")


def _denied_for_the_window(answer: _Answer, term: Term) -> bool:
    """'no steroids, no antibiotics recently' volunteered: denied for a stretch that holds the 12 weeks
    asked about (a denial only "since" a time, or for the last 2 weeks, says nothing of them)."""
    clause_start, clause_end = answer.clause_of(term.start)
    words = answer._words_before(clause_start, term.start)[-3:]
    return bool(_NEGATION_CUES.search(" ".join(words))) and answer.negated(term.start, term.end) \
        and bool(_WINDOW_STRETCH.match(answer.text[term.end:clause_end]))


def _none_for_days(answer: _Answer, denied: list[Term]) -> Optional[float]:
    """Days without the medicine when a denial names a stretch: "no pred for 2 years" (730)."""
    if not denied or not all(answer.negated(t.start, t.end) for t in denied):
        return None
    last = max(t.end for t in denied)
    for ref in answer.times:
        if ref.start >= last and ref.start - last <= 40 and ref.duration_days \
                and _NONE_FOR.search(answer.text[max(0, ref.start - 30):ref.start]):
            return ref.duration_days
    return None


# "in the last 2 weeks", "for a month", "the past month"; not "last week", a point in time
_STRETCH_BEFORE = re.compile(r"\b(?:(?:the|this)\s+(?:last|past)|past|for(?:\s+the\s+(?:last|past))?)\s+$")


def _denied_stretch_days(answer: _Answer) -> Optional[float]:
    """The stretch a no is said for, in days: "not in the last 2 weeks" (14), "not for a month" (30)."""
    if answer.polarity != NO:
        return None
    stretches = [ref.duration_days for ref in answer.times if ref.duration_days and ref.kind in ("duration", "ago")
                 and (_STRETCH_BEFORE.search(answer.text[max(0, ref.start - 16):ref.start])
                      or re.match(r"(?:(?:the|this)\s+(?:last|past)|past)\b", answer.text[ref.start:ref.end]))]
    return max(stretches) if stretches else None


def _recent_by_time(answer: _Answer, result: Extraction, slot: str, weeks_slot: str,
                    default: Optional[bool]) -> None:
    """'yes, about 3 weeks ago' / 'back in May': inside the window or not by the time alone."""
    points = answer.point_times()
    if not points:
        if default is not None:
            result.set(slot, default)
        return
    days = (answer.today - max(points, key=lambda t: t.day).day).days
    result.set(slot, days < WINDOW_DAYS)
    if _EXACT_WHEN_FORGOTTEN.search(answer.text):
        result.unsure.add(weeks_slot)  # "can't remember exactly when. sometime this fall": the window, not the week
        return
    result.set(weeks_slot, round(max(days, 0) / 7, 2))  # the answer to the question: the last course


_EXACT_WHEN_FORGOTTEN = re.compile(r"\b(?:can'?t|cannot|don'?t|do not|not sure|no idea)\s+(?:\w+\s+){0,2}?(?:remember|recall|know|say)?\s*"
                                   r"(?:exactly|the exact (?:date|week|day)|precisely|just)\s+when\b")


def _names_other_medicines(answer: _Answer) -> bool:
    return bool(answer.terms_of("medicines") or re.search(r"\b(inhalers?|puffers?|pills?|nebuli[sz]er)\b", answer.text))


def _medicines(answer: _Answer, result: Extraction) -> None:
    _recent_medicine(answer, result, "antibiotics_last_12_weeks", "antibiotics_weeks_ago",
                     answer.terms_of("medicines", "antibiotic"))
    _recent_medicine(answer, result, "steroids_last_12_weeks", "steroids_weeks_ago",
                     _systemic_steroid_terms(answer))
    _immunosuppressants(answer, result)


# "wants to start me on methotrexate next month, not on it yet"
_NOT_STARTED = re.compile(r"\b(?:wants?|going|plans?|planning|about|supposed)\s+to\s+(?:start|put|begin)\b|\bnot (?:on (?:it|them) |started )?yet\b|"
                          r"\bhaven'?t started\b|\bwill (?:start|be starting)\b")
_ASKS_MEANING = re.compile(r"\b(?:don'?t|do not) (?:know|understand) what (?:that|it|this|those) (?:means?|is|are)\b|\bwhat(?:'s| is| are) (?:that|those|an? \w+)\b")
_OFF_EVERYTHING = re.compile(r"\b(?:took|taken|came|come|got|went)\s+(?:me\s+|her\s+|him\s+)?off\s+(?:of\s+)?(?:everything|all\b|"
                             r"(?:the|my|her|his|those|these)\s+(?:meds|medications?|medicines?|drugs|pills))|\bnot on anything\b|"
                             # "I have MS but I'm not on any meds for it"
                             r"\b(?:not|never)\s+(?:been\s+)?(?:on|taking|take)\s+any\s+(?:meds|medications?|medicines?|drugs|treatment)\b")


def _stopped_later(answer: _Answer, term: Term) -> bool:
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


def _immunosuppressants(answer: _Answer, result: Extraction) -> None:
    # not the word in a question ("what is an immunosuppressant?") nor a relative's medicine
    terms = [t for t in answer.terms_of("medicines", "immunosuppressant")
             if not _in_question(answer.text, t.start) and not _about_relative(answer, t)
             and not _taken_back_as_relatives(answer, t)]
    current = [t for t in _positive(answer, terms)
               if not _STOPPED_MEDICINE.search(answer.text[slice(*answer.clause_of(t.start))])
               and not _NOT_STARTED.search(answer.text[slice(*answer.sentence_of(t.start))])
               and not _stopped_later(answer, t)]
    if answer.asked == "immunosuppressants" and (not current and _DOUBTS_IT_COUNTS.search(answer.text) or _ON_IT_DOUBTED.search(answer.text)):
        result.unsure.add("immunosuppressants")  # "Otezla for psoriasis. Not sure if that counts as one"
        return
    corrected_no = (answer.polarity == NO and re.search(r"\b(?:actually|sorry|i mean|no wait)\b", answer.text)) or \
        re.search(r"\b(?:wait|actually|sorry|i mean)\W+(?:no\W+)?(?:i|she|he)\s+(?:stopped|quit|came off)\s+(?:that|it|them)\b", answer.text)
    if current and not corrected_no:  # not "yes methotrexate. oh actually I stopped that last year, so no"
        result.set("immunosuppressants", True)
    elif answer.asked != "immunosuppressants" and re.search(
            r"\b(?:don'?t|do not|never|doesn'?t|does not|not)\s+(?:take|taking|use|been on|on)\s+(?:any\s+)?(?:immune|immuno\w*)"
            r"|\bno\s+(?:immune|immuno\w*)\s*(?:-?suppress\w*\s+)?(?:drugs?|meds?|medicines?|medications?|pills?|suppressants?|stuff)\b", answer.text):
        result.set("immunosuppressants", False)  # "..., I don't take any immune meds and I've never had cancer"
    elif answer.asked == "immunosuppressants":
        other_medicines = [t for t in answer.terms_of("medicines") if t.category != "immunosuppressant"]
        if answer.polarity == UNSURE and _ASKS_MEANING.search(answer.text) and other_medicines:
            result.set("immunosuppressants", False)  # "I don't know what that means. I take metformin and lisinopril."
        elif answer.polarity == UNSURE:
            result.unsure.add("immunosuppressants")  # "I'm not sure, what's a biologic?"
        elif answer.polarity == NO or terms or _OFF_EVERYTHING.search(answer.text):
            result.set("immunosuppressants", False)  # also "my rheumatologist took me off everything"
        elif (answer.terms_of("medicines") or _names_other_medicines(answer)) and not re.match(
                r"^\W*(?:yes|yeah|yep|yup|y)\b", answer.text):
            result.set("immunosuppressants", False)  # names only other medicines: "I take lisinopril and Trelegy"
        elif answer.polarity == YES:
            result.set("immunosuppressants", True)


# ---------------------------------------------------------------- flare-ups

_FLARE = re.compile(
    r"\b(flare|flares|flare-?ups?|flared|exacerbation\w*|a?ecopd|(?<!heart )(?<!panic )attack|rough patch|bad spell|"
    r"bad patch|bad turn|chest infection|lung infection|bronchitis|pneumonia|episode|bad one|worsening|got worse|"
    r"copd got bad|breathing got bad)\b")
_PREVENTED = re.compile(r"\b(prevent|avoid|stop|reduce|fewer|keep|ward off|less)\b[\w\s]*$")  # "to prevent flares"
_HOSPITAL = re.compile(r"\b(hospital\w*|admitted|admissions?|ambulance|bi-?pap|intubated|ventilator|emergency room|icu|the er|er visit|urgent care)\b")
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
                                  r"|\b(?:didn'?t|did not|never) (?:turn|develop|go) into anything\b|\bnothing came of it\b"
                                  r"|\b(?:cleared|got better|went away) (?:up )?on (?:its|it'?s) own\b")
# an infection away from the lungs: its antibiotics say nothing about a flare
_OTHER_INFECTION = re.compile(r"\b(tooth|teeth|dental|dentist|uti|urinary|bladder|kidney|skin|cellulitis|ear|eye|"
                              r"toe|foot|leg|wound|cut|bite|sinus|stomach|surgery)\b")
# infections are flares only with a hospital stay or when the flare question is asked
_INFECTION = re.compile(r"\b(?:bronchitis|pneumonia|chest infection|lung infection)\b")
# "for my flare": a flare the conversation already knows about, not new information
_DEFINITE_BEFORE = re.compile(r"\b(?:my|her|his|their|the|that|this)\s+(?:\w+\s+)?$")


def _exacerbation(answer: _Answer, result: Extraction) -> None:
    asked = answer.asked in ("exacerbation_last_year", "exacerbation_months_ago")
    flare = next((m for m in _FLARE.finditer(answer.text) if not _PREVENTED.search(answer.text[max(0, m.start() - 25):m.start()])
                  and not _someone_elses(answer, m.start())), None)
    medicines = answer.terms_of("medicines", "antibiotic") + _systemic_steroid_terms(answer)
    treated = [t for t in medicines if not _negated_beyond_the_answer_word(answer, t)] if answer.asked and not asked \
        else _positive(answer, medicines)
    treated = [t for t in treated if not _someone_elses(answer, t.start)]
    hospital = _HOSPITAL.search(answer.text)
    if hospital and (answer.negated(hospital.start(), hospital.end()) or _someone_elses(answer, hospital.start())):
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
    if asked and not (flare or treated or hospital) and _speaker_apart(answer) and any(
            _someone_elses(answer, m.start()) for m in _FLARE.finditer(answer.text)):
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


# "not sure if it counts, I got antibiotics for bronchitis": the person leaves the judgement to the team
_DOUBTS_IT_COUNTS = re.compile(r"\b(?:not sure|don'?t know|unsure|no idea|wondering)\s+(?:if|whether)\s+(?:it|that|this|they|those)\s+"
                               r"(?:counts?|qualif\w+|would count|is one|are ones?|counts? as (?:one|a \w+))\b")
# medicines taken for a reason the speaker does not know
_PURPOSE_UNKNOWN = re.compile(r"\b(?:not sure|unsure|don'?t know|do not know|no idea|can'?t remember|don'?t remember|forget)\s+"
                              r"(?:what|why)\s+(?:(?:they|it|that|those|these|she|he|i)\s+(?:were|was|got|had|took|needed)\b|"
                              r"(?:they|it|that|those|these|the \w+)\s+(?:were|was)\s+for\b)|\bno idea why\b")
_WHOLE_YEAR = re.compile(r"this\s+y(?:ea)?r|the\s+(?:past|last)\s+y(?:ea)?r")  # not "last year" (the calendar year before)
_WHEN_FORGOTTEN = re.compile(r"\b(?:can'?t|cannot|don'?t|do not|not sure|no idea)\s+(?:\w+\s+){0,2}?(?:remember|recall|know|sure)?\s*"
                             r"(?:exactly\s+)?when\b")
# the speaker says the memory itself is gone, so a time said with it is a guess
_MEMORY_GONE = re.compile(r"\b(?:all\s+(?:a\s+)?(?:blur|haze|fog)|blur\w*\s+together|(?:memory|mind)\s+(?:is|'s)\s+(?:\w+\s+)?(?:shot|gone|fuzzy|foggy|hazy|terrible|bad)|"
                          r"(?:it'?s|its|it is|i'?m|all)\s+(?:\w+\s+)?(?:fuzzy|foggy|hazy))\b")
_LAST_FLARE = re.compile(r"\b(?:last|most recent|latest)\s+(?:\w+\s+)?(?:time|one|flare|exacerbation|episode|attack)\b"
                         r"|\bhad (?:1|one)\b|\b(?:the one before|the previous one|the one prior)\b")


def _older_qualifying_flare(answer: _Answer, when: TimeRef, flare, treated: list[Term], hospital) -> bool:
    """'My last exacerbation that needed steroids was about 18 months ago': no flare this year, but
    the time of the most recent one is known (unless it was handled with the usual inhalers).
    The answer must say it was the last one ("last", "nothing since"), or, answering the flare
    question, describe one flare ("I had a bad one 20 months ago"); dating some flare in passing
    is not enough ("he stopped smoking after his first hospital stay in 2016")."""
    if (answer.today - when.day).days <= 366 or _untreated(answer, treated, hospital):
        return False
    about_nicotine = _CIGARETTE_WORDS.search(answer.text) or _OTHER_PRODUCT.search(answer.text)
    if _LAST_FLARE.search(answer.text) or (_NOTHING_SINCE.search(answer.text) and not about_nicotine):
        return True
    described = (flare is not None and not answer.negated(flare.start(), flare.end())) or treated \
        or (answer.polarity == YES and re.search(r"\bbut\s+(?:that|it)\s+was\b", answer.text))  # "yes, but that was in October of last year"
    return bool(_flare_asked(answer) and described and not re.search(r"\bfirst\b", answer.text))


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


def _untreated(answer: _Answer, treated: list[Term], hospital) -> bool:
    """Handled with the usual medicines: no antibiotics or steroids, no stay in hospital."""
    if treated or (hospital and _ADMITTED.search(answer.text)):
        return False
    return bool(_NO_TREATMENT.search(answer.text) or _ONLY_USUAL_MEDICINE.search(answer.text))


def _volunteered_flare(answer: _Answer, flare, treated: list[Term], hospital) -> bool:
    """Unasked, a flare needs a flare word with a treatment or a hospital stay, or a hospital stay for the lungs.

    With a treatment only, the flare must be news: "a Z-pak for bronchitis" is an infection and
    "prednisone for my flare" refers to a flare the conversation already has."""
    if flare and hospital:
        return True
    if flare and answer.asked in ("steroids_last_12_weeks", "antibiotics_last_12_weeks") and answer.polarity == YES \
            and not answer.negated(flare.start(), flare.end()):
        return True  # "yes, 6 weeks ago, for a COPD flare" to the steroid question: treated, so it counts
    if flare and treated and not _INFECTION.fullmatch(flare.group(0)) and (
            not _DEFINITE_BEFORE.search(answer.text[max(0, flare.start() - 20):flare.start()])
            # "my last antibiotics were for the flare up in march": dated, the flare is news
            or answer.time_near(flare.start(), flare.end(), kinds=("date", "ago"), sentence=False) is not None):
        return True
    if hospital and hospital.group(0) == "urgent care" and not treated:
        return False  # "urgent care gave me something for my chest": a clinic visit, the treatment unknown
    return bool(hospital and _LUNG_CONTEXT.search(answer.text))


_SEVERAL_FLARES = re.compile(r"\b(?:flares|flare-?ups|exacerbations|episodes|attacks|twice|(?:2|3|4|two|three|four|both|a few|several)"
                             r"\s+(?:\w+\s+)?(?:times|of them|flare\w*|exacerbation\w*|episodes|attacks|infections|bouts))\b")


# "three of them this year", "2 times": answering the flare question with a count
_COUNTED_FLARES = re.compile(r"^\W*(?:(?:yes|yeah|yep)\W+)?(?:(?:i|he|she|they|we|(?:my\s+)?" + _PERSON + r")(?:'ve|'s|\s+has|\s+have)?\s+had\s+)?(?:just\s+|only\s+)?(?:[1-9]|a few|several|a couple|once|twice|one time|just the one|just one|the one|one)\b(?!\s*(?:years?|months?|weeks?|days?)\b)|"
                             r"\b(?:[1-9]|one|two|three|four|a few|several|a couple)\s+(?:of them|times)\b")


def _flare_time(answer: _Answer, flare) -> Optional[TimeRef]:
    others = _relatives_sentences(answer)
    # "That was 5 months ago. My husband had his in October.": not the husband's
    points = [t for t in answer.point_times() if not _inside(t.start, others)] or answer.point_times()
    if answer.asked == "exacerbation_months_ago" and points:
        return max(points, key=lambda t: t.day)
    if (flare or _flare_asked(answer)) and len(points) > 1 and _SEVERAL_FLARES.search(answer.text):
        return max(points, key=lambda t: t.day)  # "two flare ups, one last december and one in august": the latest
    if flare:
        flares = [m for m in _FLARE.finditer(answer.text) if not answer.negated(m.start(), m.end())] or [flare]
        near = [answer.time_near(m.start(), m.end(), kinds=("date", "ago", "now"), sentence=False) for m in flares]
        near = [ref for ref in near if ref is not None]
        if near:  # "pneumonia in feb and then a flare in june": the latest
            return max(near, key=lambda t: t.day)
    return max(points, key=lambda t: t.day) if points else None


def _flare_in_last_year(answer: _Answer, flare, treated: list[Term], hospital,
                        when: Optional[TimeRef]) -> Optional[bool]:
    """True/False for a qualifying flare in the last 12 months; None when the answer does not say."""
    if _DOUBTS_IT_COUNTS.search(answer.text) and not (hospital and _ADMITTED.search(answer.text)):
        return None  # extract_facts records the asked slot as unsure
    if treated and not (flare or hospital) and _PURPOSE_UNKNOWN.search(answer.text):
        return None  # "my mom had some steroids at some point, not sure what they were for": maybe not a flare
    if _NOT_A_FLARE_STAY.search(answer.text) or (_FLARE_DENIED.search(answer.text) and not hospital):
        return False  # "the hospital stay was for a broken hip", "no COPD flare-ups, but pneumonia in September"
    asked = _flare_asked(answer)  # a yes or no to another question says nothing of flares
    if asked and answer.polarity == NO and not treated:
        return False
    if asked and answer.polarity == UNSURE and not (treated or hospital):
        return None  # extract_facts records the asked slot as unsure ("not sure if you'd call it a flare")
    if _untreated(answer, treated, hospital):
        return False  # handled at home with the usual inhalers: not a qualifying flare
    if treated and not (flare or hospital) and _OTHER_INFECTION.search(answer.text):
        return None  # "antibiotics for a tooth infection" says nothing about the lungs
    if when is None and _LAST_FLARE.search(answer.text) and re.search(
            r"\b(?:years|ages|decades|a long time|a good while|forever)\s+(?:ago|back)\b|\blong ago\b", answer.text):
        return False  # "my last real flare was years ago"
    counted = _flare_asked(answer) and _COUNTED_FLARES.search(answer.text)
    if not (answer.polarity == YES or flare or treated or hospital or counted):
        if _flare_asked(answer) and when is not None and (answer.today - when.day).days > 366:
            return False  # "only time was back in 2024"
        return None
    if when is not None and (answer.today - when.day).days > 366:
        return False
    return True


# ---------------------------------------------------------------- conditions

_RELATIVE = re.compile(r"^\W*(?:mom|mum|dad|grandma|grandpa|granny|nana|grandmother|grandfather)\b|\b(?:my|her|his|our|their)\s+(?:\w+\s+)?(?:mom|mum|mother|dad|father|brother|sister|sibling|"
                       r"family|cousin|grand\w+|aunt|uncle|son|daughter|husband|wife|parents?|relatives?)\b")
_FAMILY_ONLY = re.compile(r"\b(died|passed away|passed|runs in (?:the|my|our) family|family history|killed|lost (?:my|her|his))\b")


# "my sister has lupus but I don't", "not me", "I'm clear of all that", "mine is asthma": the speaker
# sets themself apart from the relative, so the relative's condition is family history
_NOT_ME = re.compile(r"\b(?:i(?:'ve|\s+have)?|me)\s+(?:don'?t|do not|haven'?t|have not|never|didn'?t|did not)\b"
                     r"(?!\s+(?:know|think|remember|recall|understand|want|see|believe|care|mind|really know))"
                     r"|\bnot me\b|\b(?:but\s+)?(?:i'?m|i am)\s+(?:\w+\s+)?(?:fine|ok|okay|good|healthy|alright|all right|clear|free of)\b"
                     r"|\b(?:i'?m|i am)\s+(?:certainly|definitely|absolutely|surely|sure as heck|thankfully)?\s*not\b(?!\s+(?:sure|certain|positive))"
                     r"|\bi'?ve been (?:\w+\s+)?(?:fine|ok|okay|good|healthy|lucky|spared|clear)\b"
                     r"|\bi'?ve been lucky\b|\blucky so far\b|\bme\W+(?:no|nope|nah|never|not)\b|\bas for me\b"
                     r"|\bi(?:'ve|\s+have)?\s+(?:only|just)\s+(?:got|have|had|get)\b|\bi (?:only|just) have\b|\bmine(?:'s|\s+is|\s+was)\b"
                     r"|\bmy (?:own )?\w+(?:'s| is| are) (?:fine|ok|okay|good|healthy|normal)\b"
                     # "my brother has colitis, nothing like that for me"
                     r"|\b(?:nothing|none|no)\s+(?:like that|of (?:that|those|them))\s+(?:for|with|in)\s+me\b")


def _someone_elses(answer: _Answer, position: int) -> bool:
    """The word at position is in a clause about a relative, and the speaker sets themself apart."""
    return bool(_RELATIVE.search(answer.text, *_short_clause(answer.text, position))) and _speaker_apart(answer)


def _speaker_apart(answer: _Answer) -> bool:
    """The speaker speaks of their own health apart from a relative's, so the answer is about the
    speaker, not a caregiver's answer for the relative."""
    return bool(_NOT_ME.search(answer.text)) and not _CAREGIVER.search(answer.text)


# words that leave a term undecided: "still testing me for lupus", "can't remember whether they were
# steroids", "thinks it might be COPD"
_DOUBT_BEFORE = re.compile(
    r"\b(?:(?:test|check|screen|investigat|look)\w*\s+(?:me\s+|her\s+|him\s+|them\s+)?(?:for|into)|"
    r"waiting\s+(?:on|for)|might|may\s+(?:be|have)|could\s+(?:be|have)|(?:could|may)'?ve\s+been|possibly|maybe|perhaps|suspect\w*|something about|"
    r"whether|if|thinks?\s+(?:it|that|i|she|he|they)\s*(?:'s|is|was|were|might|may|could|has|have)|"
    r"not sure\s+(?:if\s+|whether\s+)?(?:it|that|they|those|this)\s+(?:was|were|is|are))\b")
# the test settled it: "tested for celiac, it came back negative", "checked for cancer, it was benign"
_RULED_OUT = re.compile(r"\b(negative|ruled (?:it )?out|came back (?:normal|clear|fine|negative|ok)|all clear|benign|"
                        r"(?:was|were) (?:fine|normal|clear|nothing))\b")


def _about_relative(answer: _Answer, term: Term) -> bool:
    """'No, my brother had lung cancer': family history, not the person screened.

    A caregiver's "my mom had colon cancer" is about the person screened, so a relative alone is
    not enough: the answer must also deny it for the person ("no", "but I don't"), or say the
    relative died of it.
    """
    low, high = answer.sentence_of(term.start)
    sentence = answer.text[low:high]
    # the relative must be in the term's stretch of the sentence: "a basal cell on my cheek, and my
    # sister had breast cancer but not me" sets only the sister's cancer apart
    clause_low, clause_high = _short_clause(answer.text, term.start)
    if not _RELATIVE.search(answer.text, clause_low, clause_high) and _RELATIVE.search(answer.text, low, high) \
            and _RELATIVE.search(answer.text, low, high).start() > term.end:
        return False
    return bool(_RELATIVE.search(sentence)) and (answer.polarity == NO or bool(_FAMILY_ONLY.search(sentence))
                                                 or _speaker_apart(answer))


def _tested_for(answer: _Answer, term: Term) -> bool:
    """The term is what is being tested or wondered about ("still testing me for lupus")."""
    low, _ = answer.sentence_of(term.start)
    words = re.findall(r"[\w'-]+", answer.text[low:term.start])[-12:]
    return bool(_DOUBT_BEFORE.search(" ".join(words)))


def _ruled_out(answer: _Answer, term: Term) -> bool:
    low, high = answer.sentence_of(term.start)
    return _tested_for(answer, term) and bool(_RULED_OUT.search(answer.text[low:high]))


def _in_doubt(answer: _Answer, term: Term) -> bool:
    """Tested for or wondered about, and not settled yet: not a fact either way."""
    return _tested_for(answer, term) and not _ruled_out(answer, term)


def _own_positive(answer: _Answer, terms: list[Term]) -> list[Term]:
    return [t for t in _positive(answer, terms) if not _about_relative(answer, t) and not _tested_for(answer, t)
            and not _false_alarm(answer, t) and not _name_corrected(answer, t) and not _taken_back_as_relatives(answer, t)]


_RELATIVES_AFTER_CUE = re.compile(r"[^;!?]{0,60}?\b(?:" + CUE_WORDS + r")\b\W+(?:no\W+)?(?:that'?s|that is|that was|it'?s|it is|it was|those are|those were)\s+"
                                  r"(?:for\s+)?(?:my|our)\s+" + _PERSON + r"\b")


def _taken_back_as_relatives(answer: _Answer, term: Term) -> bool:
    """'cyclosporine since my heart transplant... wait no, that's my brother': said, then given to someone else."""
    return bool(_RELATIVES_AFTER_CUE.match(answer.text, term.end))


_NAME_CORRECTED = re.compile(r"[\s,.;:!—–-]*(?:disease|arthritis|cancer)?[\s,.;:!—–-]*(?:" + CUE_WORDS + r")\b")
_NEW_NAME = re.compile(r"\b(?:changed (?:it|that|the diagnosis) to|turned out (?:to be|it was)|it was (?:actually|really|just|only)|"
                       r"(?:it'?s|it is|that'?s|that is|was) (?:actually|really|just|only)|they (?:said|decided) it was)\b")


def _name_corrected(answer: _Answer, term: Term) -> bool:
    """'Rheumatoid, no wait, they changed it to osteoarthritis': the name is corrected to another one."""
    cue = _NAME_CORRECTED.match(answer.text, term.end)
    if not cue:
        return False
    rest = answer.text[cue.end():answer.sentence_of(term.start)[1] + 60]
    return bool(_NEW_NAME.search(rest)) and not re.search(r"\b(?:also|too|as well|plus|forgot)\b", rest)


def _false_alarm(answer: _Answer, term: Term) -> bool:
    """'a heart attack scare, it turned out to be heartburn': the condition was feared, not found."""
    low, high = answer.sentence_of(term.start)
    return bool(re.match(r"\s*scares?\b", answer.text[term.end:]) or
                re.search(r"\bturned out (?:to be|it was)\b|\bit was (?:just|only) \w+", answer.text[term.end:high]))


def _condition_answer(answer: _Answer, result: Extraction, slot: str, positive: list[Term],
                      mentioned: list[Term]) -> None:
    if positive:
        result.set(slot, True)
    elif answer.asked != slot:
        _volunteered_denial(answer, result, slot, mentioned)
    elif any(_in_doubt(answer, t) for t in mentioned) or answer.polarity == UNSURE:
        result.unsure.add(slot)
    elif answer.polarity == NO or mentioned:
        result.set(slot, False)
    elif answer.polarity == YES:
        result.set(slot, True)


def _volunteered_denial(answer: _Answer, result: Extraction, slot: str, mentioned: list[Term]) -> None:
    """'No cancer, no heart trouble' answering another question: plainly denied terms, none affirmed.
    A relative's condition the speaker then denies for themselves ("my wife has lupus, I don't") is
    a denial too."""
    if mentioned and all(answer.denied(t.start, t.end) or _relatives_not_mine(answer, t) for t in mentioned):
        result.set(slot, False)


def _relatives_not_mine(answer: _Answer, term: Term) -> bool:
    """'my wife has rheumatoid arthritis, I don't': a relative named before the term, the speaker's
    denial after it in the same sentence."""
    low, high = answer.sentence_of(term.start)
    clause_low, _ = _short_clause(answer.text, term.start)
    denial = _NOT_ME.search(answer.text, term.end, high)
    # the denial stands alone: "..., but I don't smoke" denies something else
    return bool(_RELATIVE.search(answer.text, clause_low, term.start)) and bool(denial) and not _CAREGIVER.search(answer.text) \
        and bool(_BARE_DENIAL_END.match(answer.text, denial.end()))


_BARE_DENIAL_END = re.compile(r"\s*(?:have|had|got)?\s*(?:it|that|one|any)?\s*(?:either|myself|though|thankfully|luckily|"
                              r"thank god|so far)?\s*(?:$|[.,;!])")


_BENIGN = re.compile(r"\b(benign|non-?cancerous|not cancer(?:ous)?|pre-?cancer\w*|wasn'?t cancer\w*|was not cancer\w*)\b")
_ACTIVE_CANCER = re.compile(r"\b(currently|right now|being treated|on chemo|having chemo|getting chemo|undergoing|"
                            r"have cancer|has cancer|active)\b")
_PAST_CANCER = re.compile(r"\b(had|was|were|removed|free|remission|survivor|ago)\b")
_MAYBE_AUTOIMMUNE = re.compile(r"\b(arthritis|\w*thyroid\w*|joints?|swollen|inflammat\w*|raynaud\w*)\b")


_PRECANCER = re.compile(r"\bpre-?\s?cancer\w*|\bprecancer\w*")


def _cancer(answer: _Answer, result: Extraction) -> None:
    terms = answer.terms_of("conditions", "cancer", "minor_skin_cancer")
    positive = [t for t in terms if _has_had_cancer(answer, t)]
    if answer.asked == "cancer_history" and not terms and (_RULED_OUT.search(answer.text) or _PRECANCER.search(answer.text)):
        result.set("cancer_history", False)  # "had a lump removed but it was benign", "precancerous polyps"
        return
    if answer.asked == "cancer_history" and not terms and answer.known.get("cancer_history") and answer.point_times():
        when = max(answer.point_times(), key=lambda t: t.day)  # "2015" answering when the cancer was
        result.set("cancer_history", True)
        result.set("cancer_years_ago", round((answer.today - when.day).days / 365.25, 1), approximate=when.approximate)
        return
    _condition_answer(answer, result, "cancer_history", positive, terms)
    if not positive:
        return
    result.set("cancer_minor_skin", _minor_skin_only(answer, positive))
    years = _cancer_years_ago(answer, positive)
    if years is not None:
        result.set("cancer_years_ago", years)


def _has_had_cancer(answer: _Answer, term: Term) -> bool:
    """'no cancer' denies it but 'cancer free since 2010' is a history; benign or a relative's is not."""
    free = re.match(r"[- ]?free\b", answer.text[term.end:term.end + 6])
    low, high = answer.sentence_of(term.start)
    return ((free or not answer.negated(term.start, term.end)) and not _about_relative(answer, term)
            and not _BENIGN.search(answer.text[low:high]) and not _tested_for(answer, term)
            and not _false_alarm(answer, term) and not _name_corrected(answer, term))


def _minor_skin_only(answer: _Answer, positive: list[Term]) -> bool:
    return all(t.category == "minor_skin_cancer" or re.search(r"\bskin\b", answer.text[max(0, t.start - 15):t.end])
               for t in positive) and not re.search(r"\bmelanoma\b", answer.text)


# the cancer back later; not a check-up "again" nor a scan that "came back clear"
_CANCER_BACK = re.compile(r"\b(?:(?:then|and)\s+again|recurred|recurrence|relapsed|"
                          r"(?<!scan )(?<!scans )(?<!test )(?<!tests )(?<!results )(?<!biopsy )(?:came back|returned)"
                          r"(?!\s+(?:clear|negative|fine|ok|okay|normal|good|benign|home|to))|back again)\b")


_LATER_SITE = re.compile(r"\b(?:and|then|later|also|plus)\s+(?:then\s+|later\s+|also\s+)?(?:a\s+|the\s+)?(?:" + _CANCER_SITES + r")\b(?:\s+(?:one|too|as well))?(?=\s+(?:in|on|at|back in)?\s*\d)")


def _cancer_years_ago(answer: _Answer, positive: list[Term]) -> Optional[float]:
    if _ACTIVE_CANCER.search(answer.text) and not _PAST_CANCER.search(answer.text):
        return 0.0
    # "all clear for 5 years now", "in remission for 3 years"
    clear = re.search(r"\b(?:all clear|clear|in remission|cancer[- ]free|free of it)\s+(?:for|the (?:last|past))\s+", answer.text)
    if clear:
        span = next((t for t in answer.times if t.start == clear.end() and t.duration_days), None)
        if span is not None:
            return round(span.duration_days / 365.25, 1)
    refs = [answer.time_near(t.start, t.end, kinds=("date", "ago", "duration")) for t in positive]
    refs = [r for r in refs if r is not None] or answer.point_times()
    for back in _CANCER_BACK.finditer(answer.text) if positive else ():
        ref = answer.time_near(back.start(), back.end(), kinds=("date", "ago"))
        if ref is not None and ref.start >= back.start():
            refs.append(ref)  # "breast cancer in 2010, then again in 2021": the latest time it was there
    for site in _LATER_SITE.finditer(answer.text) if positive else ():
        # "colon cancer in 2012 and then prostate in 2020": a second cancer named by its organ, dated right after it
        if site.start() > positive[0].end:
            refs += [t for t in answer.times if t.kind in ("date", "ago") and 0 <= t.start - site.end() <= 4]
    at_age = re.search(r"\b(?:at|when i was|when she was|when he was|aged?)\s+(?:age\s+)?(\d{1,2})\b(?!\s*(?:years|yrs|%))", answer.text)
    age = answer.known.get("age") or (float(m.group("n")) if (m := _LOOSE_AGE.search(answer.text)) else None)
    if not refs and at_age and age and float(age) > float(at_age.group(1)):
        return float(age) - float(at_age.group(1))  # "had hodgkins at 30. I'm 72 now"
    if not refs:
        return None
    latest = max(refs, key=lambda r: r.day)
    return round((answer.today - latest.day).days / 365.25, 1)


def _autoimmune(answer: _Answer, result: Extraction) -> None:
    terms = answer.terms_of("conditions", "autoimmune")
    others = answer.terms_of("conditions", "not_autoimmune")
    positive = [t for t in _own_positive(answer, terms) if not any(o.start <= t.start < o.end for o in others)]
    if positive:
        result.set("autoimmune_disease", True)
    elif answer.asked != "autoimmune_disease":
        _volunteered_denial(answer, result, "autoimmune_disease", terms)
        if not terms and others and _ONLY_THESE.search(answer.text):
            result.set("autoimmune_disease", False)  # "type 2 diabetes and high blood pressure, that's it"
        return
    elif re.search(r"\bresults? (?:are |is )?(?:pending|not back)|\bwaiting (?:on|for) (?:the )?(?:results?|tests?)\b", answer.text):
        result.unsure.add("autoimmune_disease")  # "They tested me for it, results pending"
    elif terms and all(_ruled_out(answer, t) for t in terms):
        result.set("autoimmune_disease", False)  # "they thought it might be lupus but the tests came back negative"
    elif answer.polarity == UNSURE or any(_in_doubt(answer, t) for t in terms):
        result.unsure.add("autoimmune_disease")
    elif answer.polarity == NO or terms or others or (_ONLY_THESE.search(answer.text) and answer.terms_of("conditions")) \
            or _ONLY_LUNG_DISEASE.search(answer.text):
        result.set("autoimmune_disease", False)  # named only other conditions ("only high blood pressure", "I have COPD")
    elif _MAYBE_AUTOIMMUNE.search(answer.text):
        result.unsure.add("autoimmune_disease")  # thyroid or joint trouble may or may not be autoimmune
    elif answer.polarity == YES:
        result.set("autoimmune_disease", True)


# a rhythm problem told by its treatment: "shocked back into rhythm twice", an irregular heartbeat on a
# blood thinner (afib, arrhythmia and pacemakers are severe_heart terms in the lexicon)
# the heart failing, said in other words: "cor pulmonale", "water on the lungs from my heart"
_FAILING_HEART = re.compile(r"\bcor pulmonale\b|\bright[- ]sided heart failure\b|\bright side of (?:my|her|his|the) heart\b|"
                            r"\b(?:water|fluid) (?:on|in) (?:the|my|her|his) lungs (?:from|because of|due to) (?:my|her|his|the) heart\b")
_SERIOUS_RHYTHM = re.compile(r"\bpace(?:maker|r)\b[^.;]{0,45}\b(?:slow|brady\w*|sick sinus|block|paus\w*|stopp\w*)\b|"
                             # the slow heart first: "bradycardia, they had to put a pacer in"
                             r"\b(?:brady\w*|sick sinus|heart block)\b[^.;]{0,45}\b(?:pace(?:maker|r)|ablation)\b|"
                             r"\bshocked (?:back )?(?:into|to) (?:a )?(?:normal )?rhythm|\bcardiover\w+|"
                             # an irregular heartbeat treated with a blood thinner or rhythm drug
                             r"\birregular (?:heart ?beat|rhythm|pulse)\b[^.]{0,50}\b(?:blood thinners?|eliquis|xarelto|warfarin|"
                             r"coumadin|pradaxa|anticoagula\w+|amiodarone|ablation)\b|"
                             r"\b(?:mitral|aortic|tricuspid|valve)\s+(?:\w+\s+)?(?:regurgitation|stenosis|insufficiency)\b(?=[^.]{0,30}\bsevere)|"
                             r"\bsevere\s+(?:\w+\s+)?(?:regurgitation|stenosis|insufficiency)\b|"
                             r"\b(?:leaky|bad|damaged|narrow\w*) valve\b[^.]{0,30}\b(?:severe|needs? (?:surgery|replac\w+|repair\w*|fixing))|"
                             # "my aortic valve is leaking badly, I'm being evaluated for a replacement"
                             r"\bvalve\b[^.;]{0,30}\b(?:leak\w*|narrow\w*)\s+(?:very\s+)?badly\b|"
                             r"\b(?:evaluated|assessed|worked up|on the list|waiting)\s+for\s+(?:a\s+|the\s+)?(?:valve\s+)?replacement\b|"
                             # "they replaced my mitral valve in 2021"
                             r"\breplaced\s+(?:my|her|his|the|a)\s+(?:\w+\s+)?valve\b|\bvalve\s+(?:was\s+|got\s+|has been\s+)?replaced\b")
# a valve called bad in the bot's own words ("a bad heart valve"). A valve only said to leak or to be
# narrow is left to the study team: the study excludes severe valve disease, and one "they're
# keeping an eye on" is often mild.
_BAD_VALVE = re.compile(r"\b(?:bad|damaged|faulty)\s+(?:\w+\s+)?valve\b|"
                        r"\bvalve\b[\s,-]+(?:(?:it'?s|is|a|quite|pretty|really|very)\s+)*(?:bad|severe)\b(?!\s+(?:back|knee|hip|leg|lung))")
_HEART_FINE = re.compile(r"\b(heart|ticker)(?:'s| is)? (?:is )?(?:fine|ok|okay|good|healthy|normal|strong)\b|"
                         # "had a stress test last year and passed with flying colors"
                         r"\b(?:stress test|echo\w*|ekg|ecg|holter(?: monitor)?|heart (?:tests?|workup|scan)|(?:heart |cardiac )?cath(?:eter|eteri[sz]ation)?|"
                         r"angiogram|angiography)\b[^.]{0,30}?"
                         # "a heart cath last year, no blockages found"
                         r"\b(?:passed|normal|fine|clear|clean|ok|okay|good|nothing wrong|no (?:blockages?|blocked arteries|damage|disease))\b")
_SAID_FINE = re.compile(r"\b(fine|ok|okay|good|healthy|normal)\b")
# a doctor's all-clear for a symptom or finding: "my cardiologist said it's nothing serious"
_HARMLESS = re.compile(r"\b(nothing (?:serious|to worry about|wrong|major)|not (?:serious|dangerous|a (?:problem|concern|worry))|"
                       r"(?:not|n't) (?:too |very |at all )?(?:worried|concerned)|never (?:been |got |were |was )?(?:worried|concerned|bothered)|"
                       r"harmless|benign|innocent|no big deal|(?:is|was|it'?s|only|just)\s+(?:very\s+)?(?:mild|minor|trivial|slight)|nothing (?:was |has been |ever )*(?:diagnosed|found)|"
                       r"never (?:got |been |was )?diagnosed|(?:they|doctors?|it|test|monitor) found nothing|(?:found|showed) nothing (?:wrong|abnormal|bad)|(?:never|didn'?t|did not|couldn'?t) find anything|never found anything|"
                       r"nothing (?:they|the doctors?|anyone|my doctor|my cardiologist) (?:worr(?:y|ies|ied)|(?:are|is|was) worried) about)\b")
# a finding still being worked up: "they saw something on my echo, waiting to see a cardiologist"
_HEART_PENDING = re.compile(r"\b(?:found|saw|seen|showed|shows|something)\b[^.;]{0,30}\b(?:echo\w*|ekg|ecg|stress test|heart scan)\b|"
                            r"\bwaiting (?:to see|for|on) (?:a |the |my )?(?:cardiolog\w*|heart doctor|echo\w*|stress test|heart \w+)|"
                            r"\breferred (?:me |her |him )?to (?:a |the )?(?:cardiolog\w*|heart doctor)")
_EXCEPT = re.compile(r"\b(except|apart from|other than|besides|only|just)\b")
# the answer closes its list: "type 2 diabetes and high blood pressure, that's it"
_ONLY_THESE = re.compile(r"\b(that'?s (?:it|all)|nothing else|that is (?:it|all)|^\W*(?:only|just))\b")


def _heart(answer: _Answer, result: Extraction) -> None:
    """Severe heart conditions count; rhythm problems, stents or valves go to the study team; high
    blood pressure or cholesterol alone do not count."""
    # a stent in a leg or kidney artery is not a heart stent
    severe = [t for t in answer.terms_of("conditions", "severe_heart") if not (t.text.startswith("stent") and re.search(
        r"\b(?:leg|legs|femoral|kidney|renal|iliac|arm|carotid|neck|ureter\w*|bile|biliary)\b", answer.text[t.end:t.end + 30]))]
    rhythm = _SERIOUS_RHYTHM.search(answer.text) or _FAILING_HEART.search(answer.text)
    if _own_positive(answer, severe) or (rhythm and not answer.negated(rhythm.start(), rhythm.end())):
        result.set("heart_condition", True)
        return
    if answer.asked != "heart_condition":
        _volunteered_heart(answer, result, severe)
        return
    if _HEART_FINE.search(answer.text):
        result.set("heart_condition", False)
        return
    if any(_in_doubt(answer, t) for t in answer.terms_of("conditions", "severe_heart", "unclear_heart")) or (
            _HEART_PENDING.search(answer.text) and answer.polarity != NO):
        result.unsure.add("heart_condition")
        return
    unclear = [t for t in _positive(answer, answer.terms_of("conditions", "unclear_heart"))
               if not _SAID_FINE.search(answer.text[t.end:t.end + 15])
               and not _HARMLESS.search(answer.text[t.end:answer.sentence_of(t.start)[1]])
               and not re.search(r"\b(?:harmless|innocent|benign|mild|minor|slight|trivial)\s+(?:\w+\s+)?$",
                                 answer.text[max(0, t.start - 25):t.start])]
    bad_valve = [t for t in unclear if _BAD_VALVE.search(answer.text, max(0, t.start - 20), t.end + 20)]
    if bad_valve and answer.polarity != NO:
        result.set("heart_condition", True)  # "a bad mitral valve, they're keeping an eye on it"
    elif unclear:
        # "no, except afib" still names a rhythm problem for the team to judge
        if answer.polarity == NO and not any(_EXCEPT.search(answer.text[:t.start]) for t in unclear):
            result.set("heart_condition", False)
        else:
            result.unsure.add("heart_condition")
    elif answer.polarity == UNSURE:
        result.unsure.add("heart_condition")
    elif answer.polarity == NO or answer.terms_of("conditions", "mild_heart", "unclear_heart", "severe_heart") or re.search(
            r"\bnever (?:been |got |was )?diagnosed\b|\bnothing (?:was |ever )*diagnosed\b", answer.text):
        result.set("heart_condition", False)
    elif answer.polarity == YES:
        result.set("heart_condition", True)


# the speaker's own all-clear after a relative's illnesses: "but I'm ok on both counts", "not me"
_SPEAKER_WELL = re.compile(r"\b(?:i'?m|i am)\s+(?:\w+\s+)?(?:fine|ok|okay|good|healthy|clear|alright|all right)\b(?!\s+(?:with|to|about|for)\b)"
                           r"|\bnot me\b|\bme neither\b|\bneither (?:do|have) i\b|\bon (?:both|all) counts\b")


def _volunteered_heart(answer: _Answer, result: Extraction, severe: list[Term]) -> None:
    """'..., and no heart problems' or 'high blood pressure, that's it' answering another question."""
    unclear = answer.terms_of("conditions", "unclear_heart")
    mild = answer.terms_of("conditions", "mild_heart")
    if re.search(r"\bno\s+(?:[\w-]+\s+(?:or|and|nor)\s+|[\w-]+,\s+)*heart\b(?!\s+(?:attack|failure))(?![^.;]*\bsince\b)", answer.text) and not severe:
        result.set("heart_condition", False)  # "no heart or cancer issues"
    elif _HEART_FINE.search(answer.text) and not (severe or unclear):
        result.set("heart_condition", False)  # "no cancer, and my heart is fine"
    elif (severe or unclear) and all(_about_relative(answer, t) for t in severe + unclear) \
            and _speaker_apart(answer) and _SPEAKER_WELL.search(answer.text):
        result.set("heart_condition", False)  # "my dad had heart failure but I'm ok on both counts"
    elif severe or unclear:
        _volunteered_denial(answer, result, "heart_condition", severe + unclear)
    elif _positive(answer, mild) and _ONLY_THESE.search(answer.text):
        result.set("heart_condition", False)


_COPD = r"(?:copd|emphysema|chronic bronchitis|chronic obstructive|epoc)"  # EPOC: the Spanish name
# "I have COPD" answering the autoimmune question names the lung disease, not a yes; "yes, and COPD" stays a yes
_ONLY_LUNG_DISEASE = re.compile(r"^(?!\W*(?:yes|yeah|yep|yup|ya)\b)(?=.*\b(?:" + _COPD + r"|asthma)\b)")
_COPD_DENIED = re.compile(
    r"\bno\s+(?:official\s+|formal\s+)?(?:copd|emphysema|chronic bronchitis)\s+diagnosis\b|"
    r"\b(?:don'?t|doesn'?t|do not|does not|never been|not been|haven'?t been|hasn'?t been|wasn'?t|not|isn'?t|is not|it'?s not)\s+"
    r"(?:have|had|got|diagnosed)?\s*(?:with\s+)?(?:any\s+)?" + _COPD
    # "nobody has told me I have COPD"
    + r"|\b(?:nobody|no one|no doctor)\s+(?:has\s+|have\s+|ever\s+)*(?:told|said|diagnosed|used|mentioned|called)\b[^.;]{0,25}\b" + _COPD
    # "they never said COPD, they said pulmonary fibrosis"
    + r"|\b(?:never|didn'?t|did not|don'?t|do not)\s+(?:ever\s+)?(?:say|said|call(?:ed)?|mention(?:ed)?)\s+(?:it\s+(?:was\s+|is\s+)?)?(?:any\w*\s+)?(?:about\s+)?" + _COPD
    # a scan that found none: "the CT showed no emphysema", "they didn't see any emphysema"
    + r"|\b(?:show(?:s|ed|n)?|saw|seen|see|found)\s+no\s+(?:signs?\s+of\s+)?" + _COPD
    + r"|\b(?:didn'?t|did not|doesn'?t|does not|don'?t|do not)\s+(?:show|see|find)\s+(?:any\s+)?(?:signs?\s+of\s+)?" + _COPD
    # "bronchitis last winter, but no copd" (not "no COPD flare since", which says it is there)
    + r"|(?:^|[,;.]\s*|\bbut\s+)no\s+" + _COPD + r"\b(?!\s*(?:-\s*)?(?:flare|exacerbation|attack|episode|symptom|problem|trouble|issue|"
    r"hospital|admission|med|inhaler|since|in\b|for\b|this\b|last\b|lately|recently))")
# a mention of the disease that says the person has it ("my COPD", "has emphysema", "told me it's ...")
_COPD_STATED = re.compile(
    r"\b(?:diagnos\w*|ha(?:ve|s|d)|got|suffers?|suffering|living with|with|my|her|his|severe|very severe|"
    r"end[- ]stage|advanced|stage \d|moderate|told me|said|say|says|it'?s|it is|call(?:s|ed)? it|confirm\w*|"
    r"show(?:s|ed)|saw|seen|found|dx|diagnosis|dealing|dealt|battling|fighting|wrote|written|writes|charted|chart|records?|tengo)\b[^.?!]{0,40}?\b" + _COPD
    # the disease with its cause: "copd from working in the coal mines"
    + r"|\b" + _COPD + r"\s+from\s+(?:working|work|years|smoking|breathing|exposure|being|all|the|my)\b"
    # a list that opens with the disease: "emphysema; my lung test showed 44 percent"
    + r"|^\W*(?:(?:mild|moderate|severe|very severe|advanced|end[- ]stage)\s+)?" + _COPD + r"\b(?=\s*[;:,-])"
    # "asthma as a kid, now COPD"
    + r"|\bnow\s+(?:it'?s\s+|i have\s+|i'?ve got\s+)?" + _COPD + r"\b"
    # "copd dx 2019", "alpha-1, the emphysema kind"
    + r"|\b" + _COPD + r"\s+(?:dx|diagnosed|diagnosis)\b|\b(?:the\s+)?" + _COPD + r"\s+(?:kind|type|sort)\b|\balpha[- ]?(?:1|one)\b"
    # "asthma-COPD overlap is what's written on my chart"
    + r"|\b" + _COPD + r"\b[^.?!]{0,40}\b(?:on my chart|in my (?:chart|records|notes|file)|written down|is what (?:they|the doctor|it) (?:says?|said))"
    # "before the emphysema got bad": the person's own disease, spoken of as it changes
    + r"|\bthe\s+" + _COPD + r"\s+(?:got|gets|getting|has gotten|is getting|was getting|got worse|kicked in|started|took)\b"
    + r"|\bgold\s*(?:stage\s*)?(?:[1-4]|iv|iii|ii)\b"
    # the disease's own flares or effects: "a COPD flare", "lost weight from the copd"
    + r"|(?<!\bno )\b" + _COPD + r"\s+(?:flare[- ]?ups?|flares?|exacerbations?|attacks?)\b"
    # (not a death or a fear: "my dad died from COPD" is said of him, "scared of dying from COPD" is no diagnosis)
    + r"|(?<!dying )(?<!died )(?<!die )(?<!death )\b(?:from|because of|due to)\s+(?:the\s+|my\s+|her\s+|his\s+)?" + _COPD + r"\b"
    # the last of a list of what the person has: "Asthma and COPD, nothing else"
    + r"|^\W*(?!(?:no|not|never|neither|nor)\b)(?:[a-z'-]+\s+){1,3}?and\s+" + _COPD + r"\b(?=\s*(?:[,.;:!-]|$))"
    # "emphysema since 2016", "copd stage 3", "copd for ten years"
    + r"|\b(?:just|only|except|apart from|besides|other than)\s+(?:the\s+|my\s+|her\s+|his\s+)?" + _COPD + r"\b"
    # a list of what the person has: "74 yo female, copd, quit smoking 10 yrs ago"
    + r"|(?:^|,)\s*" + _COPD + r"\s*(?=,|$)"
    # a profile in short sentences: "65M. COPD. Ex smoker."
    + r"|(?:^|[.!]\s+)" + _COPD + r"\s*(?=\.\s|\.?$)"
    + r"|\b" + _COPD + r"\s+(?:since\s+(?:\d{4}|i was|she was|he was|(?:the\s+)?(?:late|early|mid)?\s*\d0)|for\s+(?:about\s+|over\s+)?\d+\s+(?:years|yrs)|"
    r"(?:stage|gold|grade|level)\s*(?:[1-4]|iv|iii|ii|i)\b)")
# a first diagnosis of COPD the doctors later changed to another disease ("first" is "1th" here)
_FIRST_SAID = r"(?:at (?:first|1th)|initially|originally|in the beginning)"
_OTHER_LUNG_DISEASE = r"(?:asthma|bronchiectasis|(?:pulmonary )?fibrosis|ipf|sarcoid\w*|allergies|something else)"
_COPD_REPLACED = re.compile(
    r"\b(?:" + _COPD + r"\b[^.;!?]{0,30}?\b" + _FIRST_SAID + r"|" + _FIRST_SAID + r"\b[^.;!?]{0,30}?\b" + _COPD + r")\b"
    r"[^.;!?]{0,30}?\b(?:then|later|now|eventually|after)\b[^.;!?]{0,30}?\b(?:said|decided|changed|called|diagnosed|told|found)\b"
    r"[^.;!?]{0,25}?\b" + _OTHER_LUNG_DISEASE + r"\b")
_NOT_OFFICIAL = re.compile(r"\b(?:not|never|wasn'?t|haven'?t been|hasn'?t been)\s+(?:been\s+)?"
                           r"(?:officially|formally|properly)\s+diagnosed"
                           r"|\bno (?:official|formal) diagnosis\b|\b(?:nobody|no one|no-one) (?:has |have )?confirmed\b")
# no diagnosis of anything, answering the COPD question: "they've never actually given me a diagnosis"
_NO_DIAGNOSIS = re.compile(r"\b(?:never|not|haven'?t|hasn'?t|didn'?t|no one|nobody)\s+(?:\w+\s+){0,3}?"
                           r"(?:given|gave|made|got)\s+(?:me|her|him)?\s*(?:a|any)\s+diagnosis\b"
                           r"|\b(?:nobody|no one|never)(?:'s|\s+has|\s+have)?\s+(?:\w+\s+)?diagnosed\s+(?:me|her|him)\s+with\s+(?:anything|it)\b"
                           r"|\b(?:never|not|haven'?t|hasn'?t)\s+been\s+diagnosed\b(?!\s+with)|\bno diagnosis\b"
                           r"|\bnever\s+(?:been\s+)?told\s+(?:i|me|she|he)\s+(?:have|has|had)\s+(?:it|that|copd|emphysema)\b"
                           r"|\b(?:nobody|no one|no doctor|never)\s+(?:has\s+|have\s+)?(?:ever\s+)?(?:tested|checked|diagnosed)\s+(?:me|her|him)\b"
                           r"|\bnever\s+(?:had|done|did|got|taken)\s+(?:the\s+|a\s+|any\s+)?(?:breathing|lung|spirometry|pft|lung function)\s+tests?\b"
                           r"|\b(?:haven'?t|have not|hasn'?t|has not|never)\s+(?:been|gone|seen)\s+(?:to\s+)?(?:a|the|any)\s+(?:\w+\s+)?(?:doctor|specialist|pulmonologist)\b")
# answering the COPD question with the disease's name: "emphysema. my pulmonologist told me", "copd yes"
_COPD_NAMED_AS_ANSWER = re.compile(r"^\W*(?:(?:yes|yeah|yep)\W+)?(?:both\W+)?(?:(?:mild|moderate|severe|very severe|advanced|end[- ]stage)\s+)?"
                                   + _COPD + r"\b(?!\s*\?)")
_ABOUT_THE_STUDY = re.compile(r"\b(?:study|trial|research|stem cells?|treatments?|patients|people)\b")
# a passing infection that went away, told to the COPD question: "had bronchitis once, it cleared up"
_INFECTION_CLEARED = re.compile(r"(?<!chronic )\b(?:bronchitis|chest infection|chest cold|pneumonia)\b[^.;!?]{0,50}?"
                                r"\b(?:cleared(?:\s+up)?|went away|gone away|resolved|got better|healed|all better|cleared out)\b")


def _copd(answer: _Answer, result: Extraction) -> None:
    asked = answer.asked == "copd_diagnosis"
    if asked and _COPD_REPLACED.search(answer.text) and not re.search(r"\bnow\s+(?:\w+\s+)?" + _COPD, answer.text):
        if re.search(r"\?\W*$", answer.text) or answer.polarity == UNSURE:
            result.unsure.add("copd_diagnosis")  # "they said COPD at first but then said it was asthma, so no?"
        else:
            result.set("copd_diagnosis", False)
        return
    stated = [m for m in _COPD_STATED.finditer(answer.text) if _states_own_copd(answer, m)]
    wondered = [m for m in re.finditer(r"\b" + _COPD, answer.text) if _copd_in_doubt(answer, m)]
    suspected = re.search(r"\b(?:thinks?|might|may|suspects?|suspected|probably|looks like|could be|maybe|yet|results?|tests?|waiting|pending)\b", answer.text)
    if asked and ((_NOT_OFFICIAL.search(answer.text) and suspected) or wondered):
        result.unsure.add("copd_diagnosis")  # "my doctor thinks it might be COPD, never officially diagnosed"
    elif asked and (_NOT_OFFICIAL.search(answer.text) or re.match(r"^\W*not officially\b", answer.text)) and not suspected:
        result.set("copd_diagnosis", False)  # "no official diagnosis", nothing suspected either
    elif _COPD_DENIED.search(answer.text) and not re.search(r"\b(?:ha(?:ve|s)|diagnosed with|told me i have|it'?s|it is|says|said|call(?:s|ed)? it)\s+(?:\w+\s+)?(?:emphysema|chronic bronchitis)", answer.text):
        result.set("copd_diagnosis", False)  # (emphysema counts even when "I don't have COPD" follows)
    elif any(not _copd_in_doubt(answer, m) for m in stated) or (asked and _COPD_NAMED_AS_ANSWER.match(answer.text)) or (
            asked and _has_it(answer) and answer.polarity != NO and not _NO_DIAGNOSIS.search(answer.text)) or (
            asked and re.match(r"^\W*(?:(?:yes|yeah|yep)\W+)?(?:i was |she was |he was |was |got )?(?:diagnosed|dx'?d|dxed|dx)\b(?!\s+with\s+(?!it))", answer.text)):
        result.set("copd_diagnosis", True)
    elif asked and _NO_DIAGNOSIS.search(answer.text):
        result.set("copd_diagnosis", False)
    elif asked and not stated and _COPD_STATED.search(answer.text) and (_SELF_APART.search(answer.text) or _speaker_apart(answer)):
        result.set("copd_diagnosis", False)  # "my wife has COPD, I'm asking for myself, I have asthma"
    elif asked and answer.polarity != UNSURE and _INFECTION_CLEARED.search(answer.text):
        result.set("copd_diagnosis", False)  # an acute bronchitis that cleared is not the chronic disease
    elif asked:
        _yes_no_answer(answer, result, "copd_diagnosis")


def _has_it(answer: _Answer) -> bool:
    """'yes, I have it': not "I don't have it myself", nor "never had it checked", nor "he might have it"."""
    return any(not answer.negated(m.start(), m.end())
               and not re.search(r"\b(?:might|may|could|possibly|maybe|probably)\s+(?:\w+\s+)?$", answer.text[max(0, m.start() - 20):m.start()])
               for m in re.finditer(
        r"(?<!never )\b(?:has|have|got)\s+it\b(?!\s+(?:checked|tested|looked|in writing|confirmed|officially))", answer.text))


# the speaker sets themself apart from the relative just named: "I'm asking for myself", "Me? No"
_SELF_APART = re.compile(r"\bfor myself\b|\bfor me\b|\bi'?m the (?:one|patient)\b|\bme\W+no\b|\bnot me\b|\bi (?:only|just) have\b|"
                         r"\bi have (?:asthma|bronchiectasis|allergies|sarcoid\w*|pulmonary fibrosis|ipf)\b|"
                         r",\s*(?:but\s+)?i (?:don'?t|do not|haven'?t|have not|didn'?t)\W*$")


def _states_own_copd(answer: _Answer, match: re.Match) -> bool:
    """Not a question ("can people with COPD join?"), nor about the study ("the COPD trial"), nor
    the setting of an answer to another question ("in hospital in January with my COPD"), nor a
    relative's disease when the speaker says the screening is their own ("my wife has COPD, I'm
    asking for myself")."""
    around = answer.text[match.start():match.end() + 12]
    low, high = _short_clause(answer.text, match.end() - 1)  # the clause of the disease word itself
    relatives = bool(_RELATIVE.search(answer.text, low, high)) and (bool(_SELF_APART.search(answer.text))
                                                                           or _speaker_apart(answer))
    return not (_ABOUT_THE_STUDY.search(around) or _in_question(answer.text, match.start()) or relatives)


def _copd_in_doubt(answer: _Answer, match: re.Match) -> bool:
    """'my GP thinks it might be early COPD': a suspicion, not a diagnosis."""
    low, _ = answer.sentence_of(match.start())
    words = re.findall(r"[\w'-]+", answer.text[low:match.end()])[-10:]
    return bool(_DOUBT_BEFORE.search(" ".join(words)))


_QUESTION_START = re.compile(r"^\W*(?:can|could|do|does|is|are|will|would|should|what|how|who|why|when|which)\b")


def _in_question(text: str, position: int) -> bool:
    """The clause around `position` asks something: "..., can I join?" does not make "I have COPD" a question."""
    start, end = _short_clause(text, position)
    return text[end:end + 1] == "?" or bool(_QUESTION_START.match(text[start:end]))


def _yes_no_answer(answer: _Answer, result: Extraction, slot: str) -> None:
    """A plain yes, no or not sure to the question asked."""
    if answer.polarity == YES:
        result.set(slot, True)
    elif answer.polarity == NO:
        result.set(slot, False)
    elif answer.polarity == UNSURE:
        result.unsure.add(slot)


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


def _pregnancy(answer: _Answer, result: Extraction) -> None:
    stated = _PREGNANT.search(answer.text)
    state = "state" if stated and stated.group("state") else "feeding"
    words = list(_PREGNANCY_WORD.finditer(answer.text))
    asked = answer.asked == "pregnant_or_breastfeeding"
    confirmed = _WORD_THEN_YES.search(answer.text)
    if stated and not answer.negated(stated.start(state), stated.end(state)):
        result.set("pregnant_or_breastfeeding", True)
    elif confirmed and not answer.negated(confirmed.start(), confirmed.end("w")) and not _someone_elses(answer, confirmed.start()) \
            and not _PERSON_WORD.search(answer.text, _short_clause(answer.text, confirmed.start())[0], confirmed.start()):
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
            or (words and all(_someone_elses(answer, w.start()) for w in words)):
        result.set("pregnant_or_breastfeeding", False)  # "I had a hysterectomy", "my daughter is pregnant but I'm not"
    elif answer.polarity == YES:
        result.set("pregnant_or_breastfeeding", True)
    elif answer.polarity == NO or _MALE.search(answer.text):
        result.set("pregnant_or_breastfeeding", False)
    elif answer.polarity == UNSURE:
        result.unsure.add("pregnant_or_breastfeeding")


_CANNOT_ATTEND = re.compile(
    r"\b(can'?t|cannot|can not|couldn'?t|unable to|no way|not able to|won'?t be able)\b[^.]{0,30}"
    r"\b(travel|get there|make it|come|go|drive|attend|get to|fly|do the (?:trip|journey|drive))|\btoo far\b|"
    r"\b(?:can'?t|cannot|couldn'?t|could not)\s+(?:promise|guarantee|commit to)\b|"
    r"\bno (?:car|ride|transport\w*)\b|"
    # "travel is impossible for me", "the drive would be too much"
    r"\b(?:travel\w*|the (?:trip|journey|drive|flight)|driving|flying|getting there)\s+(?:is|would be|'?s)\s*(?:just\s+)?"
    r"(?:impossible|out of the question|(?:not|n't) (?:possible|an option)|too (?:much|hard|difficult|far)|a no)\b|"
    r"\bno way (?:i|we|she|he) (?:could|can|would|will)\b|"
    # "the trip to Florida would be impossible", "my oxygen makes flying impossible"
    r"\b(?:travel\w*|trip|journey|drive|flight|fly|flying|driving|getting there)\b[^.;,]{0,30}"
    r"\b(?:impossible|out of the question|not (?:possible|an option|doable))\b|"
    # some visits are not every visit: "one or two trips, but not every visit"
    r"\bnot (?:to )?(?:every|each|all)\b(?:\s+(?:of\s+)?(?:the\s+|them|those\s+)?(?:visits?|trips?|appointments?|times?))?|"
    r"\bwon'?t let (?:me|her|him|them) (?:travel|go|leave)\b|\b(?:bed-?bound|house-?bound|home-?bound|bedridden)\b|^\W*(?:not possible|impossible|no can do|can'?t|cannot)\b(?!\s+(?:wait|see why|say|tell|answer|decide|commit yet|be sure))|(?:not|n'?t|never be) (?:doable|feasible|realistic|possible)|\b(?:can'?t|cannot|couldn'?t|could not) afford\b|"
    # "I don't think I could manage every visit", "I could only come once"
    r"\b(?:don'?t|do not|doubt)\s+(?:think\s+)?(?:i|we|she|he)\s+(?:could|can|would be able to|will be able to)\s+"
    r"(?:manage|make|get|come|do|attend|travel)|\b(?:don'?t|do not)\s+think\s+(?:i|we|she|he)\s+(?:could|can)\W*$|"
    r"\bonly\s+(?:come|make it|manage|get there|go|travel|do it|attend)\s+(?:once|one time|one visit)|"
    r"\b(?:only|just)\s+(?:once|one visit|one trip)\b|"
    # the trip just described turned down: "6 hrs each way, we can't do that", "I moved away, so that won't work"
    r"\b(?:can'?t|cannot|couldn'?t|could not)\s+(?:do|manage)\s+(?:that|it|this)(?=\s*(?:[,.;!]|$))|"
    r"\b(?:that|it|this)\s+(?:won'?t|wouldn'?t|will not|would not|(?:is|'?s)\s*(?:not|n'?t)\s+(?:going|gonna)\s+to?\s*)\s*work\b(?!\s+out\s+(?:fine|ok|well))")
_CAN_ATTEND = re.compile(
    r"\b(can (?:get|make|come|travel|drive|attend|go|be there|manage)|will (?:drive|take|bring)|drive (?:me|her|him)|"
    r"take (?:me|her|him)|lives? (?:near|close|nearby|in (?:jacksonville|jax|florida))|(?:minutes|mins?) (?:from|away)|"
    r"no problem|that'?s fine|not a problem|that'?s (?:close|not far|nearby)|close by|"
    r"can do that|i'?ll be there|get there|every visit|all (?:the )?visits|i'?ll manage|we'?ll manage|doable|"
    r"make it work|(?:i|we) (?:could|can|would|'?ll|will) manage|(?:i|we|she|he)\s*(?:'ll|will|would|'d|can|could)\s+make\s+(?:every|each|all)\s+(?:one|of them|single one)\b|(?:i|we)(?:'d| would| will|'ll| can| could) make the (?:drive|trip)|but (?:i|we)(?:'ll| will)\b(?!\s+(?:not|try|see|have))|whatever it takes|(?:i|we)(?:'d| would| will|'ll| can| could) fly\b|easy drive|(?:it'?s )?not (?:that |too |so )?(?:bad|far)|"
    r"(?:^|[,.;!]\s*)(?:so\s+)?(?:easy|easily|no sweat|piece of cake)\W*$|(?:i|we) could do (?:it|that)|(?:i|we|she|he)(?:'d| would| could) make it\b(?![^.;]*\b(?:if|unless|but|depending)\b)|(?:i|we)(?:'d| would| will|'ll) drive (?:down|up|over|there)|(?:could|can|would|will)\s+(?:probably|likely|still|somehow)\s+manage)\b")
# volunteered in an answer to another question, the statement must name the trip to the study
_SITE = r"(?:to\s+(?:the\s+)?(?:clinic|site|study|trial|mayo|jacksonville|florida|hospital|visits|appointments)|there|(?:to|for)\s+(?:every|each|all(?: the)?)\s+(?:visit|appointment)s?)\b"
_CANNOT_ATTEND_SITE = re.compile(
    r"\b(?:can'?t|cannot|can not|couldn'?t|unable to|not able to|won'?t be able to)\s+(?:\w+\s+){0,2}?"
    r"(?:travel|get|come|go|make it|fly|drive)\s+(?:all the way\s+)?" + _SITE +
    # "I couldn't come in the summer": a season away leaves visits missed
    r"|\b(?:can'?t|cannot|couldn'?t|could not|unable to|not able to)\s+(?:\w+\s+){0,2}?(?:come|be here|be there|travel|make it)\s+"
    r"(?:in|during|over)\s+(?:the\s+)?(?:summer|winter|spring|fall|autumn)\b"
    # "fly her in, which isn't possible for every visit"
    r"|\b(?:isn'?t|is not|not|wouldn'?t be|would not be|won'?t be)\s+(?:possible|doable|feasible|realistic)\s+for\s+"
    r"(?:every|each|all)\s+(?:of\s+)?(?:the\s+)?(?:visits?|appointments?|trips?)\b"
    # "getting to florida for visits would be impossible"
    r"|\b(?:getting|travel\w*|trips?|the (?:drive|trip|journey))\s+(?:to|there|up|down)\b[^.;]{0,30}?\b(?:would be|will be|is|'?s)\s+"
    r"(?:just\s+)?(?:impossible|out of the question|too (?:much|hard|far|difficult)|not (?:possible|doable))\b")
_SITE_TRIPS = r"(?:the\s+|those\s+)?(?:visits|trips?|study (?:visits|appointments)|travel\w*|getting (?:there|to \w+)|the drive|commute)"
_CAN_ATTEND_SITE = re.compile(
    r"\b(?:can|could|will|'ll)\s+(?:easily\s+)?(?:make|do|attend|manage)\s+(?:all|every|each)\s+(?:of\s+)?(?:the\s+)?(?:visits?|appointments?|trips?)\b|"
    r"\b(?:can|could|will|'ll)\s+(?:easily\s+)?(?:travel|get|come|go|make it|drive)\s+(?:a (?:ride|lift)\s+|all the way\s+)?"
    r"(?:(?:up|down|over|in)\s+)?" + _SITE
    # "I'm in Tampa, could drive over", "I'm in Jacksonville"
    + r"|\b(?:can|could|will|'ll|'d|would)\s+(?:easily\s+)?(?:drive|come|get) (?:up|down|over)\b(?=\W*$|\s*[,.;]|\s+(?:for|to)\b)"
    + r"|\b(?:i'?m|i am|we'?re|we are|i live|we live|living)\s+(?:right\s+)?(?:in|near|close to)\s+(?:jacksonville|jax)\b"
    # "we're in Orlando so Jax is no problem for visits"
    + r"|\b(?:jacksonville|jax|mayo|the (?:clinic|site))\s+(?:is|would be|will be|'?s)\s+(?:no problem|not a problem|no trouble|easy|doable|close|not far)\b"
    # "we live 20 min from Mayo so visits are no problem"
    + r"|\b" + _SITE_TRIPS + r"\s+(?:\w+\s+){0,2}?(?:are|is|would be|will be|'?s)\s+"
    r"(?:no problem|not a problem|fine|easy|no issue|not an issue|doable|no trouble)\b"
    + r"|\b" + _SITE_TRIPS + r"\s+(?:won'?t|wouldn'?t|will not|would not) be (?:a |an |any )?(?:problem|issue|trouble)\b"
    + r"|\b" + _SITE_TRIPS + r"\s+(?:isn'?t|is not|aren'?t|are not) (?:a |an |any )?(?:problem|issue|trouble)\b"
    # "we could drive him to mayo"
    + r"|\b(?:can|could|will|'ll|'d|would)\s+(?:easily\s+)?(?:drive|take|bring)\s+(?:me|her|him|them)\s+" + _SITE
    # "and can come anytime": free for whenever the visits fall
    + r"|\b(?:can|could|will|'ll)\s+(?:come|make it|get there|be there)\s+(?:in\s+)?(?:any ?time|whenever|any day)\b(?!\s+(?:but|except|if)\b)"
    # "we'd fly in from Texas for the visits": the trip from afar said as a plan, with no doubt after it
    + r"|\b(?:i|we|she|he)\s*(?:'d|would|will|'ll|can|could)\s+(?:\w+\s+)?(?:fly|drive|come|travel)\s+(?:(?:in|up|down|over)\s+)?"
    r"(?:from\s+[a-z]+(?:\s+[a-z]+)?\s+)?(?:for|to)\s+(?:the\s+|those\s+|each\s+|every\s+|all\s+(?:the\s+)?)?(?:study\s+)?"
    r"(?:visits?|appointments?)\b(?![^.;]*\b(?:if|unless|but|too|can'?t|couldn'?t|not|never)\b)")
# "I can't drive there, but my daughter can take me": someone else solves the trip
_BUT_SOMEONE_CAN = re.compile(r"\bbut\b[^.;]{0,40}\b(?:can|will|could|'ll)\s+(?:take|drive|bring|get)\s+(?:me|her|him|us)\b")


# "probably, if they're not too early", "yes if they help with gas money, otherwise I don't know"
_CONDITIONAL_YES = re.compile(r"^\W*(?:probably|maybe|possibly|perhaps)\b[^.]*\bif\b|^\W*(?:(?:only|just)\s+)?if\b|\botherwise\b[^.]*\b(?:don'?t know|not sure|no|can'?t)\b"
                              r"|\b(?:have to|need to) see if\b|\bonly if\b"
                              # "yes if my daughter can get off work": the trip depends on someone else
                              r"|^\W*(?:yes|yeah|yep|sure)\W+(?:but\s+)?(?:only\s+)?(?:if|depending on)\b(?![^.]*\b(?:said|says|agreed|promised)\b)"
                              r"|\b(?:have to|need to|would have to|'d have to)\s+think about it\b"
                              # "a snowbird, in St Augustine Nov to April": here for part of the year only
                              r"|^(?!\W*(?:yes|yeah|yep|sure)\b).*?\bsnowbirds?\b|\b(?:part|half) of the year\b")


# the person asks back what the visits involve before answering
_ASKS_ABOUT_VISITS = re.compile(r"\b(?:how (?:often|many|long|far|frequent\w*)|what days|where (?:is|are|would)|which days)\b[^.?!]{0,40}\?")
# a worry said beside that question makes it a doubt; a bare question is left for the study's answer
_VISIT_WORRY = re.compile(r"\b(?:afford|cost\w*|money|expens\w*|pay\w*|hotels?|gas|fuel|rides?|work|job|worr\w*|"
                          r"not sure|depends|hard|tough|difficult)\b|\bcan'?t\b|\bcannot\b")
_ANSWERED_AFTER = re.compile(r"\b(?:yes|yeah|yep|yup|sure|ok(?:ay)?|fine|no problem|(?:i|we)\s*(?:can|could|will|'ll|'d|would))\b(?!'?t\b|n'?t\b|\s+not\b)")
# the trip itself turned down, not a cost or a condition of it
_TRIP_REFUSED = re.compile(r"\b(?:can'?t|cannot|couldn'?t|unable to|not able to|won'?t be able to)\s+(?:\w+\s+)?"
                           r"(?:travel|get there|make it|come|go|drive|attend|get to|fly)\b|\btoo far\b|\b(?:bed|house|home)-?bound\b")


def _site_visits(answer: _Answer, result: Extraction) -> None:
    if answer.asked != "can_attend_site_visits":
        _volunteered_site_visits(answer, result)
        return
    condition_met = re.search(r"\b(?:already\s+)?(?:said|says|agreed|promised)\s+(?:he|she|they)\s*(?:would|will|'d|'ll)\b|\balready (?:said|agreed|offered)\b", answer.text)
    if re.match(r"^\W*(?:(?:only|just)\s+)?if\b", answer.text) and condition_met:
        result.set("can_attend_site_visits", True)  # "Only if someone drives me. my son already said he would"
    elif re.match(r"^\W*(?:(?:only|just)\s+)?if\b", answer.text):
        result.unsure.add("can_attend_site_visits")  # "if it's only once or twice, yes": a condition on the study
    elif _BUT_SOMEONE_CAN.search(answer.text) or re.match(r"^\W*no (?:problem|trouble|issue|worries)\b", answer.text):
        result.set("can_attend_site_visits", True)
    elif (asked_back := _ASKS_ABOUT_VISITS.search(answer.text)) and answer.polarity != NO and not _TRIP_REFUSED.search(answer.text) \
            and _VISIT_WORRY.search(answer.text) and not _ANSWERED_AFTER.search(answer.text, asked_back.end()):  # ("how far is it? ... ok, yes I can do that")
        result.unsure.add("can_attend_site_visits")  # "how often? I can't afford hotels": it turns on what the visits are
    elif _CANNOT_ATTEND.search(answer.text) or answer.polarity == NO or _CLOSING_NO.search(answer.text) \
            or re.search(r"[.!;]\s*(?:no|nope|nah)\W*$", answer.text):  # "... can't leave him that long. no"
        result.set("can_attend_site_visits", False)
    elif _CAN_ATTEND_SITE.search(answer.text) and not _CONDITIONAL_YES.search(answer.text):
        result.set("can_attend_site_visits", True)  # "visits are fine. FEV1 I don't know": the doubt is about FEV1
    elif answer.polarity == UNSURE or _CONDITIONAL_YES.search(answer.text):
        result.unsure.add("can_attend_site_visits")
    elif answer.polarity == YES or _CAN_ATTEND.search(answer.text) or re.match(r"^\W*(?:probably|most likely|likely)\W*$", answer.text) \
            or _CLOSING_YES.search(answer.text) or re.search(r"(?:^|[.!;]\s*)(?:yes|yeah|yep|yup|sure)\W*$", answer.text):
        result.set("can_attend_site_visits", True)  # a bare "probably" is a hedged yes


def _volunteered_site_visits(answer: _Answer, result: Extraction) -> None:
    """'..., so I couldn't come to the clinic' / 'I can get to Jacksonville easily' in another answer."""
    can = _CAN_ATTEND_SITE.search(answer.text)
    if _BUT_SOMEONE_CAN.search(answer.text) and (can or _CANNOT_ATTEND_SITE.search(answer.text)):
        result.set("can_attend_site_visits", True)
    elif _CANNOT_ATTEND_SITE.search(answer.text) or (can and answer.negated(can.start(), can.end())):
        result.set("can_attend_site_visits", False)  # also "no way I could get to Florida"
    elif can and not _UNSURE.search(answer.text):
        result.set("can_attend_site_visits", True)


_EXTRACTORS = (_age, _copd, _smoking, _nicotine, _mmrc, _exacerbation, _medicines, _height_weight,
               _fev1, _pregnancy, _cancer, _autoimmune, _heart, _site_visits)

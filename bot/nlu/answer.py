"""The analysed answer shared by every fact extractor: the facts found, the normalised text with its
terms, times and clauses, its overall yes/no, and negation within a clause.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Iterable, Mapping, Optional

from bot.nlu.lexicon import Term
from bot.nlu.timeexpr import TimeRef

WINDOW_DAYS = 84  # the trial's 12-week windows for antibiotics and steroids

YES, NO, UNSURE = "yes", "no", "unsure"

PERSON_WORDS = (r"(?:pt|mom|mum|mother|dad|father|husband|hubby|wife|spouse|partner|brother|sister|grandma|grandpa|grandmother|"
                r"grandfather|aunt|uncle|son|daughter|patient|friend|father-in-law|mother-in-law|parent)")

UNSURE_WORDS = re.compile(
    r"\b(not sure|unsure|i'?m not certain|not certain|don'?t know|dont know|do not know|no idea|"
    r"not a clue|no clue|can'?t remember|cannot remember|don'?t remember|do not remember|"
    r"can'?t recall|don'?t recall|maybe|possibly|perhaps|hard to say|i forget|forgot|unknown|"
    r"haven'?t a clue|idk|dunno|not that sure|"
    # no one answer fits: "it varies too much to pick one", "can't choose just one"
    r"varies (?:too much|a lot|so much)|(?:hard|impossible|tough|difficult) to (?:pick|choose)|can'?t (?:pick|choose) (?:one|just one|between|a number)|"
    r"can'?t (?:even )?guess|hard to guess|no way (?:to|of) know\w*|"
    r"(?:i'?d|i would|i'?ll|we'?d) have to see|(?:have to|need to) (?:step on a scale|weigh myself|measure|do the math|work it out|figure it out)|"
    r"(?:don'?t|do not|doesn'?t|does not|never)\s+(?:really\s+|ever\s+)?weigh\s+(?:myself|herself|himself)|beats me|who knows|let me check|good question|"
    r"(?:ask|check with) (?:my|her|his|the) (?:doctor|gp|wife|husband|daughter|son|nurse|pulmonologist)|(?<!n't )(?<!not )(?<!you )(?:i'?d|i would|i'?ll|i will|i'?ve got to|i need to|i have to|need to|have to)\s+"
    r"(?:have to\s+)?(?:ask|check|look|think about it|find out|dig|talk (?:to|with|it over)|discuss)|i'?m not sure (?:if|whether)|"
    r"^\W*(?:i|she|he) might have\b|(?:it |that )?depends\b|depending on|not really sure|couldn'?t (?:really )?say|can'?t (?:really )?say|"
    r"couldn'?t (?:really )?tell you|can'?t (?:really )?tell you|(?:(?:i'?d|i would)\s+)?rather not (?:say|tell|answer|get into|share)|prefer not to (?:say|answer|share)|"
    # a refusal is no answer either way: "skip", "pass on that one"
    r"^\W*(?:skip|pass)(?:\s+(?:on\s+)?(?:this|that|it|this one|that one|this question|that question))?(?:\W+(?:please|thanks|thank you))?(?=\W*$)|probably not|doubt it|not likely|unlikely|"
    # tentative: a test or a doctor has not settled it yet ("I might be, waiting on a test")
    r"might be|could be(?=\s*(?:[,.;!?]|$))|waiting (?:on|for) (?:a |the |my |some )?(?:\w+ )?(?:tests?|results?|scans?|biopsy)|"
    r"still (?:testing|checking|investigating)|not officially|not (?:been )?confirmed|unconfirmed|"
    r"(?:have|need) to check|(?:doing|running|ordered|waiting for) (?:more |some |the )?tests|"
    # not knowing, put other ways: "I don't really know", "not 100% sure", "haven't the foggiest"
    r"(?:don'?t|do not|doesn'?t|does not)\s+(?:really|honestly|actually|even|exactly|rightly|quite)\s+know|"
    r"not (?:100\s*%|100 percent|a hundred percent|entirely|totally|completely|quite|exactly|too|so) (?:sure|certain)|"
    r"(?:haven'?t|have not|ain'?t) (?:got )?(?:the (?:faintest|foggiest|slightest)|a clue|any idea)|no (?:real )?idea|"
    r"search me|your guess is as good as mine|wish i knew|not off the top of my head|drawing a blank|no recollection|"
    r"(?:i'?d|i would) (?:only )?be guessing|can'?t (?:be|say for) (?:sure|certain)|hard to (?:tell|know)|"
    # never counted or measured, so no number to give: "never counted", "lost count", "didn't keep track"
    r"never (?:really )?(?:counted|measured|tracked|kept (?:track|count)|added (?:it|them) up|did the math|worked it out|calculated)|"
    r"lost (?:track|count)|(?:didn'?t|don'?t|did not|do not|never) (?:really )?keep (?:track|count)|"
    # declining: "can we skip this one", "next question", "I'd prefer not to", "that's private"
    r"(?:can|could|may) (?:we|i) (?:please )?(?:just )?(?:skip|pass on|move on|come back to)|(?:let'?s|lets) (?:just )?(?:skip|move on)|"
    r"next question|(?:none of|not) (?:your|anyone'?s) business|(?:i'?d|i would) (?:rather|prefer) (?:not|to skip|to pass)|"
    r"(?:don'?t|do not) (?:want|wish|care|like) to (?:say|answer|share|discuss|talk about|get into|go into)|"
    r"not (?:comfortable|willing) (?:saying|answering|sharing|to (?:say|answer|share))|(?:that'?s|that is|it'?s) (?:private|personal|confidential)|"
    r"i'?ll pass|no comment|(?:i'?m|i am|im)\s+not\s+(?:answering|telling(?:\s+you)?|saying|sharing)(?=\s+(?:that|this)\b|\W*$)|^\W*not\s+(?:telling|answering|saying)\W*$|decline to (?:say|answer)|(?:won'?t|will not) (?:say|answer|tell you|share)|"
    # someone else keeps it back: "he won't tell me how much he smoked", "she refuses to say"
    r"(?:won'?t|will not|wouldn'?t|would not|refuses? to|refused to|never (?:would|will))\s+(?:ever\s+)?(?:tell|admit|let on)\b|"
    r"\b(?:he|she|they)\s+(?:won'?t|will not|wouldn'?t|would not|refuses? to|refused to)\s+(?:ever\s+)?say\b|"
    # a pick-one question no option of which fits ("none of those really fit me"; "none of those apply" is a no)
    r"(?:none|neither|nothing) of (?:those|these|them|the (?:options|choices|answers))\s+(?:really\s+|quite\s+|exactly\s+)?(?:fits?|describes?|match(?:es)?|sounds? right))\b")
# someone or something else holds the answer: "my wife would know", "ask my daughter", "waiting on the
# results", "I'll get back to you". Read (in extract) only when the asked slot got no value and no yes
# or no was said, so a value given with the remark ("67, my wife would know for sure") keeps it.
_KNOWER = (r"(?:doctors?|docs?|gp|nurse|pulmonologist|lung doctor|specialist|consultant|pharmacist|pharmacy|clinic|surgery|"
           r"cardiologist|carer|care-?giver|kids|family|hospital|va|" + PERSON_WORDS + r")")
DEFERRED = re.compile(
    r"\b(?:ask|check with|talk to|speak (?:to|with)|call|ring|phone|text) (?:my|her|his|our|the) (?:\w+ )?" + _KNOWER + r"\b|"
    r"\b" + _KNOWER + r"(?:'d|'ll|\s+would|\s+will|\s+might|\s+should|\s+may|\s+could)\s+(?:\w+\s+)?(?:know|remember|have (?:it|that|those|the)|be able to (?:tell|say))\b|"
    r"\b(?:my|the|her|his|our) " + _KNOWER + r"\s+(?:knows|keeps track of|handles|takes care of|deals with|manages|does) (?:all )?(?:that|this|those|these|the|my|his|her)\b|"
    r"\b(?:it'?s|it is|that'?s|that is|it would be|it should be|it'?ll be|it was) (?:all )?(?:in|on) (?:my|his|her|the) (?:records?|charts?|notes|file|paperwork|papers|portal|mychart|discharge papers|letters?)\b|"
    r"\b(?:let me|i'?ll|i will|i can|i could) (?:go )?(?:look|find out|dig|check|see if i can find|let you know|get back)|\bget back to you\b|\blook (?:it|that) up\b|"
    r"\bwaiting (?:on|for|to hear|to get|to find out|to see)\b|\bstill waiting\b|\bpending\b|"
    r"\b(?:haven'?t|have not|hasn'?t|has not|not) (?:yet )?(?:had|got|gotten|received|heard|seen) (?:back )?(?:the |my |any |his |her )?(?:\w+ )?(?:results?|report|letter|numbers?)\b|"
    r"\bresults? (?:aren'?t|are not|isn'?t|is not|not|haven'?t|have not|hasn'?t) (?:\w+ )?(?:back|in|ready|out)\b|"
    # a dodge or a refusal after a remark: "old enough lol. not telling", "heavy enough, ha"
    r"(?:^|[.!?]\s*)(?:i'?m\s+|im\s+)?not (?:telling|answering|saying)(?:\s+(?:you|that|this))?\W*$|"
    r"^\W*(?:i'?m\s+|im\s+)?(?:old|tall|heavy|big|short) enough\b(?!\s+(?:to|for|that))(?:\W+(?:lol|haha|ha|lmao))?\W*$")
_NO = re.compile(
    # (not a "never" about something else: "never knew him", "never really thought about it")
    r"^\W*(no+|nope|nah|never(?!\s+(?:really\s+|even\s+)?(?:knew|know|known|met|meet|asked|ask|thought|think|talked|talk|spoke|"
    r"lived with|grew up with|found out|figured|paid attention|noticed|kept in touch)\b)|none|neither|nothing|not really|not at all|negative|n|not that i know of|"
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
PERSON = PERSON_WORDS
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
    r"(?:my\s+)?" + PERSON + r"\s+(?:does|has|did|is|had|can)(?=\W*(?:$|yes|yeah|yep|[,.;!]))(?![^.;!?]*\b(?:not me|i (?:don'?t|do not|haven'?t|have not|didn'?t|did not|am not)|i'?m not)\b))"
    r"\b(?!'t|\s+not\b)")  # not "I can't"
# "travel is impossible for me, so no": the yes or no closes the sentence
CLOSING_NO = re.compile(r"\b(?:so|but|and),?\s+(?:no|nope|not really|probably not)\b(?!\s+(?:problem|worries|trouble|issue|biggie))(?:\W+[\w']+){0,3}\W*$"
                        r"|[,.;]\s*(?:so\s+)?(?:probably not|not really|sadly not|so no)\W*$")
CLOSING_YES = re.compile(r"\b(?:so|but),?\s+(?:yes|yeah|yep)\b(?:\W+[\w']+){0,3}\W*$|,\s*(?:yes|yeah|yep|of course)\W*$|,\s*(?:sure|definitely|absolutely)[^\w?]*$|\b(?:lol|haha|ha),?\s+(?:yes|yeah|yep|yup)\W*$")
# words that make a number an estimate ("about 30"; numbers.collapse_ranges writes "30 or 40" as "about 35")
HEDGED = re.compile(r"\b(about|around|roughly|maybe|approx\w*|give or take|or so|probably|something like|close to|\d+ish)\b")
NEGATION_CUES = re.compile(
    r"\b(no|not|never|none|nothing|without|n't|denies|deny|neither|nor|haven'?t|hasn'?t|hadn'?t|"
    r"didn'?t|don'?t|doesn'?t|isn'?t|wasn'?t|free of|negative for|ruled out|no longer)\b|n't\b")
# a bare "no" after a term answers for it: "Steroids no, just my Breo" (but not "antibiotics, no steroids")
AFTER_NO = re.compile(r"\s*[,:-]?\s*(?:no|nope|none|never)\b(?=\s*(?:[,.;!?]|$|-|just|only))")
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
class Answer:
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
        if AFTER_NO.match(self.text, end) or self.listed_as_denied(start):
            return True
        clause_start, _ = self.clause_of(start)
        taken_back = _TAKEN_BACK.match(self.text)
        if taken_back:  # "no - well, they took a basal cell off": the "no" was taken back
            clause_start = max(clause_start, taken_back.end())
        before = " ".join(re.findall(r"[\w'-]+", self.text[clause_start:start])[-6:])
        cues = list(NEGATION_CUES.finditer(before))  # joined: "ruled out", "free of" are two words
        if cues and _CUE_WITH_OWN_TARGET.search(self.text, clause_start, start):
            return False  # "not pregnant, type 1 diabetic": the "not" had its own word
        return bool(cues) and not _NEGATION_BLOCKERS.intersection(before[cues[-1].end():].split())

    def denied(self, start: int, end: int) -> bool:
        """Plainly denied, close enough to be a fact of its own: "no heart trouble", "not pregnant",
        "never had cancer", "Steroids no". Stricter than `negated` (three words, no time after it),
        for terms the question did not ask about."""
        if AFTER_NO.match(self.text, end) or self.listed_as_denied(start):
            return True
        clause_start, clause_end = self.clause_of(start)
        words = self._words_before(clause_start, start)[-3:]
        if not NEGATION_CUES.search(" ".join(words)) or not self.negated(start, end):
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
        clause_low, clause_high = short_clause(self.text, start)
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


SENTENCE_END = re.compile(r"[;!?\n]|\.(?!\d)")  # "1.70 m" is not two sentences
_SPACES = re.compile(r"\s*")


_SHORT_CLAUSE_STOP = re.compile(r"[,;!?]|\.(?!\d)| and | but ")  # not the point in "3.5"


def short_clause(text: str, position: int) -> tuple[int, int]:
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
    for stop in SENTENCE_END.finditer(text):
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
    # (a "?" on an estimated time, "I think so, maybe a month ago?", doubts the time, not the yes)
    r"^\W*(?:i\s+)?(?:think|believe|guess|suppose)\s+so\b(?=.*(?:(?<!\bago)\?|\bbut\b[^.]*\b(?:never|not|no|nobody|no one|don'?t|didn'?t|wasn'?t|isn'?t)\b|"
    r"\bwhatever that means\b))", re.S)


# "I don't think so? I honestly don't know what half my pills are": a no asked, then doubted
_QUESTIONED_NO = re.compile(r"^\W*(?:i\s+)?(?:don'?t|do not)\s+think\s+so\s*\?|^\W*(?:no|not that i know of|probably not)\s*\?")


# a first yes or no taken back at once: "no... actually", "yes, wait, no"
# (also after a run of them: "no, yes, sorry - yes", "no, no, wait - yes")
_TAKEN_BACK = re.compile(r"^\W*(?:(?:no+|nope|nah|yes|yeah|yep)\W+)+(?:oh\W+)?(?:(?:no+|nope)\W+)?(?:wait|actually|hang on|hold on|scratch that|well|"
                         r"on second thought|i mean|sorry)\b\W*(?=\w)")


# a hedge closing a number: "14 weeks ago maybe", "40 perhaps"
_TRAILING_HEDGE = re.compile(r"(?<=\d)((?:\s+[a-z]+){0,2}?)\s*,?\s*(?:maybe|perhaps|possibly)\W*$")


# a yes, then a hedge on the time it gives: "I think so, maybe 2 months ago" is a yes with an estimated time
_HEDGED_TIME_AFTER_YES = re.compile(r"^(\W*(?:yes|yeah|yep|yup|i think so|i believe so|i guess so)\W+)(?:maybe|possibly|perhaps)\s+"
                                    r"(?=(?:about\s+|around\s+)?(?:\d+|a|an|a few|a couple of)\s+(?:days?|weeks?|months?|years?)\s+ago\b)")


# "I'm pretty sure no", "fairly certain I don't": the speaker's confidence in the yes or no that follows
_CONFIDENT = re.compile(r"^\W*(?:(?:i'?m|i am|im)\s+(?:(?:pretty|fairly|quite|very|absolutely|totally|completely|100%?)\s+)?|"
                        r"(?:pretty|fairly|quite|absolutely|totally|completely)\s+)(?:sure|certain|positive)\b\W*(?:that\s+)?(?=\w)")


# a plain yes or no said on its own at the end, after something else: "... sorry hit the wrong button. NO",
# "... that's my sister, she's on it. I'm not"
_CLOSING_PLAIN = re.compile(r"(?:[.!;:,—–-]|\.\.+)\s*(?:(?:so|then|and)\s+)?(?:(?P<no>no+|nope|nah|(?:i'?m|im|i am|she'?s|he'?s|she is|he is)\s+not|"
                            r"(?:i|she|he)\s+(?:don'?t|doesn'?t|do not|does not|haven'?t|hasn'?t|didn'?t|did not))|"
                            r"(?P<yes>yes+|yeah|yep|yup|(?:i|she|he)\s+(?:do|does|did|have|has)|(?:i'?m|i am|she'?s|he'?s)\s+on\s+(?:it|them|that)))"
                            r"(?:\s+(?:then|sorry|actually|really))?\W*$")


def answer_polarity(text: str) -> Optional[str]:
    text = _REMINDER.sub("", text.strip(), count=1)
    text = _HEDGED_TIME_AFTER_YES.sub(r"\1", text)
    text = _TRAILING_HEDGE.sub(r"\1", text)  # "a round in August, 14 weeks ago maybe": an estimate, not a doubt
    text = _INTERJECTION.sub("", text, count=1)
    confident = _CONFIDENT.match(text)
    if confident:
        text = text[confident.end():]
        if re.match(r"not\b(?!\s+(?:sure|certain|really sure))", text):
            return NO  # "pretty sure not"
    if _DOUBTED_YES.match(text) or (_QUESTIONED_NO.match(text) and UNSURE_WORDS.search(text)):
        return UNSURE
    taken_back = _TAKEN_BACK.match(text)
    if taken_back:
        # "no. wait, yes, they kept me in hospital in april": the answer after the correction counts;
        # "yes - oh wait, I was thinking of my blood thinner. no": after the reason for the slip, the
        # plain yes or no that closes the answer
        rest = text[taken_back.end():]
        closing = _CLOSING_PLAIN.search(rest)
        if closing:
            return YES if closing.group("yes") else NO
        return answer_polarity(rest)
    cue = re.search(r"\b(?:actually|no,? wait|oh,? wait|hang on|sorry|i mean|on second thought)\b", text)
    if cue:
        # "no... actually my son just said he'd drive me, so yes": the closing word is the answer
        if CLOSING_YES.search(text):
            return YES
        if CLOSING_NO.search(text):
            return NO
        closing = _CLOSING_PLAIN.search(text, cue.end())
        if closing:  # "I take prednisone, oh wait, that's a steroid. no"
            return YES if closing.group("yes") else NO
    head = SENTENCE_END.split(text, maxsplit=1)[0]
    rest = text[len(head):]
    polarity = _head_polarity(head)
    if polarity is None and re.match(r"\?(?:[^.!?]{1,30}\?)?\W*(?:(?:ha|haha|lol|oh|well)\W+)?(?:yes|yeah|yep|yup|sure|no|nope|nah|not really)\b", rest):
        # "that's why I'm here, isn't it? yes": a question back, then a plain yes or no (not "Is there a
        # placebo group? I don't want a dummy infusion", a question about the study); also two short
        # questions back: "Pregnant? at 74? no"
        return answer_polarity(rest[1:])
    if polarity is None and len(head.split()) <= 3 and not re.match(r"\W*(?:is|are|do|does|did|can|could|will|would|what|how|why|who|when|which)\b", head) \
            and re.match(r"\?\W*(?:(?:honestly|truthfully|frankly|well|um+|uh+|hmm+|oh|lol|ha)\W+)?(?:never|not sure|no idea|no clue|not a clue|"
                         r"(?:i\s+)?(?:don'?t|do not) know|dunno|idk|not that i know of)\b", rest):
        # "Dad? honestly never", "Him? no idea": a person or topic said back, then the answer
        return answer_polarity(rest[1:])
    closing = re.match(r"\?[^.!?]{1,40}[.!]+\s*(yes|yeah|yep|yup|no|nope|nah)\W*$", rest) if polarity is None else None
    if closing:  # "Has a doctor told me? Like 5 of them lol. Yes.": a remark, then the answer on its own
        return NO if closing.group(1) in ("no", "nope", "nah") else YES
    return polarity


# "no scale at home so not sure": the "no" names what is missing, and the answer is the doubt it leads to
_SO_UNSURE = re.compile(r"^\W*no\s+(?!(?:not|i|i'?m|im|but|sorry|thanks|never|idea|clue)\b)[a-z][^.;!?]*\b(?:so|which is why)\s+(?:i'?m\s+|im\s+)?"
                        r"(?:not sure|unsure|no idea|(?:i\s+)?(?:don'?t|do not|can'?t) (?:know|say|tell))\W*$")


def _head_polarity(head: str) -> Optional[str]:
    if UNSURE_WORDS.search(head) and (not re.match(r"^\W*(yes|yeah|no)\b[^a-z]*\w", re.sub(r"\bno (?:real )?(?:idea|clue)\b", "", head))
                                      or _SO_UNSURE.search(head)):
        return UNSURE
    if re.match(r"^\W*(not that i know of|not that i'?m aware of|i don'?t think so|don'?t think so)\b", head):
        return NO
    if _NO.search(head) or CLOSING_NO.search(head):
        return NO
    if _YES.search(head) or CLOSING_YES.search(head):
        return YES
    return None


def split_clauses(text: str) -> list[tuple[int, int]]:
    """Spans between clause breaks; a break word ("but", "except") opens the next clause."""
    bounds, start = [], 0
    for match in _CLAUSE_BREAK.finditer(text):
        bounds.append((start, match.start()))
        start = match.start() + 1 if match.group(0).strip(",. ;!?\n") else match.end()
    bounds.append((start, len(text)))
    return [(s, e) for s, e in bounds if e > s]


CANCER_SITES = (r"prostate|breast|colon|bowel|lung|bladder|kidney|throat|cervical|ovarian|uterine|thyroid|pancreatic|"
                r"stomach|liver|testicular|rectal|esophageal|oesophageal|tongue")


def relatives_sentences(answer: Answer) -> list[tuple[int, int]]:
    """Sentences that open with a relative as their subject: "My husband smoked 2 packs a day"."""
    return [(low, high) for low, high in _sentences(answer.text)
            if re.match(r"\W*(?:and\s+|but\s+)?(?:my|her|his|our)\s+(?:\w+\s+)?" + PERSON + r"\b", answer.text[low:high])]


def is_inside(position: int, spans: list[tuple[int, int]]) -> bool:
    return any(low <= position < high for low, high in spans)


def not_negated(answer: Answer, terms: list[Term]) -> list[Term]:
    return [t for t in terms if not answer.negated(t.start, t.end)]

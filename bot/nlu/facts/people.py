"""Whose fact it is (the person screened, the speaker or a relative), and whether it is doubted,
ruled out or taken back.
"""

from __future__ import annotations

import re

from bot.nlu.answer import Answer, NO, PERSON, not_negated, short_clause
from bot.nlu.corrections import CUE_WORDS
from bot.nlu.facts.age import CAREGIVER
from bot.nlu.lexicon import Term

RELATIVE = re.compile(r"^\W*(?:mom|mum|dad|grandma|grandpa|granny|nana|grandmother|grandfather)\b|\b(?:my|her|his|our|their)\s+(?:\w+\s+)?(?:mom|mum|mother|dad|father|brother|sister|sibling|"
                      r"family|cousin|grand\w+|aunt|uncle|son|daughter|husband|wife|parents?|relatives?)\b")
_FAMILY_ONLY = re.compile(r"\b(died|passed away|passed|runs in (?:the|my|our) family|family history|killed|lost (?:my|her|his))\b")


# "my sister has lupus but I don't", "not me", "I'm clear of all that", "mine is asthma": the speaker
# sets themself apart from the relative, so the relative's condition is family history
NOT_ME = re.compile(r"\b(?:i(?:'ve|\s+have)?|me)\s+(?:don'?t|do not|haven'?t|have not|never|didn'?t|did not)\b"
                    r"(?!\s+(?:know|think|remember|recall|understand|want|see|believe|care|mind|really know))"
                    r"|\bnot me\b|\b(?:but\s+)?(?:i'?m|i am)\s+(?:\w+\s+)?(?:fine|ok|okay|good|healthy|alright|all right|clear|free of)\b"
                    r"|\b(?:i'?m|i am)\s+(?:certainly|definitely|absolutely|surely|sure as heck|thankfully)?\s*not\b(?!\s+(?:sure|certain|positive))"
                    r"|\bi'?ve been (?:\w+\s+)?(?:fine|ok|okay|good|healthy|lucky|spared|clear)\b"
                    r"|\bi'?ve been lucky\b|\blucky so far\b|\bme\W+(?:no|nope|nah|never|not)\b|\bas for me\b"
                    r"|\bi(?:'ve|\s+have)?\s+(?:only|just)\s+(?:got|have|had|get)\b|\bi (?:only|just) have\b|\bmine(?:'s|\s+is|\s+was)\b"
                    r"|\bmy (?:own )?\w+(?:'s| is| are) (?:fine|ok|okay|good|healthy|normal)\b"
                    # "my brother has colitis, nothing like that for me"
                    r"|\b(?:nothing|none|no)\s+(?:like that|of (?:that|those|them))\s+(?:for|with|in)\s+me\b")


def someone_elses(answer: Answer, position: int) -> bool:
    """The word at position is in a clause about a relative, and the speaker sets themself apart."""
    return bool(RELATIVE.search(answer.text, *short_clause(answer.text, position))) and speaker_apart(answer)


def speaker_apart(answer: Answer) -> bool:
    """The speaker speaks of their own health apart from a relative's, so the answer is about the
    speaker, not a caregiver's answer for the relative."""
    return bool(NOT_ME.search(answer.text)) and not CAREGIVER.search(answer.text)


# words that leave a term undecided: "still testing me for lupus", "can't remember whether they were
# steroids", "thinks it might be COPD"
DOUBT_BEFORE = re.compile(
    r"\b(?:(?:test|check|screen|investigat|look)\w*\s+(?:me\s+|her\s+|him\s+|them\s+)?(?:for|into)|"
    r"waiting\s+(?:on|for)|might|may\s+(?:be|have)|could\s+(?:be|have)|(?:could|may)'?ve\s+been|possibly|maybe|perhaps|suspect\w*|something about|"
    r"whether|if|thinks?\s+(?:it|that|i|she|he|they)\s*(?:'s|is|was|were|might|may|could|has|have)|"
    r"not sure\s+(?:if\s+|whether\s+)?(?:it|that|they|those|this)\s+(?:was|were|is|are))\b")
# the test settled it: "tested for celiac, it came back negative", "checked for cancer, it was benign"
RULED_OUT = re.compile(r"\b(negative|ruled (?:it )?out|came back (?:normal|clear|fine|negative|ok)|all clear|benign|"
                       r"(?:was|were) (?:fine|normal|clear|nothing))\b")


def about_relative(answer: Answer, term: Term) -> bool:
    """'No, my brother had lung cancer': family history, not the person screened.

    A caregiver's "my mom had colon cancer" is about the person screened, so a relative alone is
    not enough: the answer must also deny it for the person ("no", "but I don't"), or say the
    relative died of it.
    """
    low, high = answer.sentence_of(term.start)
    sentence = answer.text[low:high]
    # the relative must be in the term's stretch of the sentence: "a basal cell on my cheek, and my
    # sister had breast cancer but not me" sets only the sister's cancer apart
    clause_low, clause_high = short_clause(answer.text, term.start)
    if not RELATIVE.search(answer.text, clause_low, clause_high) and RELATIVE.search(answer.text, low, high) \
            and RELATIVE.search(answer.text, low, high).start() > term.end:
        return False
    return bool(RELATIVE.search(sentence)) and (answer.polarity == NO or bool(_FAMILY_ONLY.search(sentence))
                                                or speaker_apart(answer))


# a doubt closing the sentence takes back the statement before it: "..., but I'm not sure", "lupus I think, not certain"
_DOUBT_CLOSING = re.compile(r"[^.;!?]*?(?:,|\bbut\b|\bthough\b)\s*(?:(?:i'?m|im|i am)\s+)?(?:really\s+)?not\s+(?:100%?\s+|totally\s+|completely\s+)?"
                            r"(?:sure|certain|positive)\W*(?:[.;!?]|$)")


def tested_for(answer: Answer, term: Term) -> bool:
    """The term is what is being tested or wondered about ("still testing me for lupus"), or doubted
    right after ("the doctor mentioned something autoimmune once but I'm not sure")."""
    low, _ = answer.sentence_of(term.start)
    words = re.findall(r"[\w'-]+", answer.text[low:term.start])[-12:]
    return bool(DOUBT_BEFORE.search(" ".join(words))) or bool(_DOUBT_CLOSING.match(answer.text, term.end))


def ruled_out(answer: Answer, term: Term) -> bool:
    low, high = answer.sentence_of(term.start)
    return tested_for(answer, term) and bool(RULED_OUT.search(answer.text[low:high]))


def in_doubt(answer: Answer, term: Term) -> bool:
    """Tested for or wondered about, and not settled yet: not a fact either way."""
    return tested_for(answer, term) and not ruled_out(answer, term)


def own_positive(answer: Answer, terms: list[Term]) -> list[Term]:
    return [t for t in not_negated(answer, terms) if not about_relative(answer, t) and not tested_for(answer, t)
            and not false_alarm(answer, t) and not name_corrected(answer, t) and not taken_back_as_relatives(answer, t)]


_RELATIVES_AFTER_CUE = re.compile(r"[^;!?]{0,60}?\b(?:" + CUE_WORDS + r")\b\W+(?:no\W+)?(?:that'?s|that is|that was|it'?s|it is|it was|those are|those were)\s+"
                                  r"(?:for\s+)?(?:my|our)\s+" + PERSON + r"\b")


def taken_back_as_relatives(answer: Answer, term: Term) -> bool:
    """'cyclosporine since my heart transplant... wait no, that's my brother': said, then given to someone else."""
    return bool(_RELATIVES_AFTER_CUE.match(answer.text, term.end))


_NAME_CORRECTED = re.compile(r"[\s,.;:!—–-]*(?:disease|arthritis|cancer)?[\s,.;:!—–-]*(?:" + CUE_WORDS + r")\b")
_NEW_NAME = re.compile(r"\b(?:changed (?:it|that|the diagnosis) to|turned out (?:to be|it was)|it was (?:actually|really|just|only)|"
                       r"(?:it'?s|it is|that'?s|that is|was) (?:actually|really|just|only)|they (?:said|decided) it was)\b")


def name_corrected(answer: Answer, term: Term) -> bool:
    """'Rheumatoid, no wait, they changed it to osteoarthritis': the name is corrected to another one."""
    cue = _NAME_CORRECTED.match(answer.text, term.end)
    if not cue:
        return False
    rest = answer.text[cue.end():answer.sentence_of(term.start)[1] + 60]
    return bool(_NEW_NAME.search(rest)) and not re.search(r"\b(?:also|too|as well|plus|forgot)\b", rest)


def false_alarm(answer: Answer, term: Term) -> bool:
    """'a heart attack scare, it turned out to be heartburn': the condition was feared, not found."""
    low, high = answer.sentence_of(term.start)
    return bool(re.match(r"\s*scares?\b", answer.text[term.end:]) or
                re.search(r"\bturned out (?:to be|it was)\b|\bit was (?:just|only) \w+", answer.text[term.end:high]))


_QUESTION_START = re.compile(r"^\W*(?:can|could|do|does|is|are|will|would|should|what|how|who|why|when|which)\b")


# a question inside the answer: "I don't know what counts as a steroid", "not sure which of my pills are immune ones"
_EMBEDDED_QUESTION = re.compile(r"\b(?:know|sure|certain|idea|understand|wonder|wondering|clue|tell)\s+(?:what|which)\b(?:(?!\b(?:i|she|he)\s+(?:had|took|take|got|was given)\b)[^.;!?,])*$")


def in_question(text: str, position: int) -> bool:
    """The clause around `position` asks something: "..., can I join?" does not make "I have COPD" a question."""
    start, end = short_clause(text, position)
    return text[end:end + 1] == "?" or bool(_QUESTION_START.match(text[start:end])) or in_embedded_question(text, position)


def in_embedded_question(text: str, position: int) -> bool:
    """'I don't know what counts as a steroid': the word is what the speaker asks about, not what they took."""
    start, _ = short_clause(text, position)
    return bool(_EMBEDDED_QUESTION.search(text, start, position))

"""A COPD diagnosis, and yes/no answers read against the question asked."""

from __future__ import annotations

import re

from bot.nlu.answer import Answer, Extraction, NO, UNSURE, YES, short_clause
from bot.nlu.facts.people import DOUBT_BEFORE, RELATIVE, in_question, speaker_apart

_COPD = r"(?:copd|emphysema|chronic bronchitis|chronic obstructive|epoc)"  # EPOC: the Spanish name
# "I have COPD" answering the autoimmune question names the lung disease, not a yes; "yes, and COPD" stays a yes
ONLY_LUNG_DISEASE = re.compile(r"^(?!\W*(?:yes|yeah|yep|yup|ya)\b)(?=.*\b(?:" + _COPD + r"|asthma)\b)")
_COPD_DENIED = re.compile(
    r"\bno\s+(?:official\s+|formal\s+)?(?:copd|emphysema|chronic bronchitis)\s+diagnosis\b|"
    r"\b(?:don'?t|doesn'?t|do not|does not|never been|not been|haven'?t been|hasn'?t been|wasn'?t|not|isn'?t|is not|it'?s not)\s+"
    r"(?:have|had|got|diagnosed)?\s*(?:with\s+)?(?:any\s+)?" + _COPD
    # "never been told copd", "haven't been told I have emphysema"
    + r"|\b(?:never|not|haven'?t|hasn'?t|have not|has not)\s+(?:ever\s+)?(?:been\s+)?(?:ever\s+)?told\s+(?:(?:that\s+)?(?:i|she|he)\s+(?:have|has|had)\s+|(?:it'?s|it is|it was)\s+)?(?:any\s+)?" + _COPD
    + r"\b(?!\s+(?:until|till|before))"
    # "nobody has told me I have COPD"
    + r"|\b(?:nobody|no one|no doctor)(?:'s)?\s+(?:has\s+|have\s+|ever\s+)*(?:told|said|diagnosed|used|mentioned|called)\b[^.;]{0,25}\b" + _COPD
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
    # "COPD since my 40s", "emphysema for about 10 years": the disease dated from its start
    + r"|\b" + _COPD + r"\s+(?:since\s+(?:my|her|his|about|around|the|\d)|for\s+(?:about\s+|around\s+|over\s+|almost\s+)?\d+\s+(?:years|yrs))"
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
# the speaker does not know (not "not officially", which says no diagnosis was made)
_NO_IDEA = re.compile(r"\b(?:no idea|not sure|unsure|don'?t know|do not know|dunno|idk|no clue|not a clue|who knows|beats me|"
                      r"can'?t (?:really )?say|couldn'?t (?:really )?say|hard to say)\b")
_ABOUT_THE_STUDY = re.compile(r"\b(?:study|trial|research|stem cells?|treatments?|patients|people)\b")
# a passing infection that went away, told to the COPD question: "had bronchitis once, it cleared up"
_INFECTION_CLEARED = re.compile(r"(?<!chronic )\b(?:bronchitis|chest infection|chest cold|pneumonia)\b[^.;!?]{0,50}?"
                                r"\b(?:cleared(?:\s+up)?|went away|gone away|resolved|got better|healed|all better|cleared out)\b")


def extract_copd(answer: Answer, result: Extraction) -> None:
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
    elif _COPD_DENIED.search(answer.text) and not re.search(r"(?<!told i )(?<!told she )(?<!told he )\b(?:ha(?:ve|s)|diagnosed with|told me i have|it'?s|it is|says|said|call(?:s|ed)? it)\s+(?:\w+\s+)?(?:emphysema|chronic bronchitis)", answer.text):
        result.set("copd_diagnosis", False)  # (emphysema counts even when "I don't have COPD" follows)
    elif any(not _copd_in_doubt(answer, m) for m in stated) or (asked and _COPD_NAMED_AS_ANSWER.match(answer.text)) or (
            asked and _has_it(answer) and answer.polarity != NO and not _NO_DIAGNOSIS.search(answer.text)) or (
            asked and re.match(r"^\W*(?:(?:yes|yeah|yep)\W+)?(?:i was |she was |he was |was |got )?(?:diagnosed|dx'?d|dxed|dx)\b(?!\s+with\s+(?!it))", answer.text)):
        result.set("copd_diagnosis", True)
    elif asked and _NO_DIAGNOSIS.search(answer.text):
        if _NO_IDEA.search(answer.text):  # "no idea, never had a breathing test": untested is not a no
            result.unsure.add("copd_diagnosis")
        else:
            result.set("copd_diagnosis", False)
    elif asked and not stated and _COPD_STATED.search(answer.text) and (_SELF_APART.search(answer.text) or speaker_apart(answer)):
        result.set("copd_diagnosis", False)  # "my wife has COPD, I'm asking for myself, I have asthma"
    elif asked and answer.polarity != UNSURE and _INFECTION_CLEARED.search(answer.text):
        result.set("copd_diagnosis", False)  # an acute bronchitis that cleared is not the chronic disease
    elif asked:
        _yes_no_answer(answer, result, "copd_diagnosis")


def _has_it(answer: Answer) -> bool:
    """'yes, I have it': not "I don't have it myself", nor "never had it checked", nor "he might have it"."""
    return any(not answer.negated(m.start(), m.end())
               and not re.search(r"\b(?:might|may|could|possibly|maybe|probably)\s+(?:\w+\s+)?$", answer.text[max(0, m.start() - 20):m.start()])
               for m in re.finditer(
        r"(?<!never )\b(?:has|have|got)\s+it\b(?!\s+(?:checked|tested|looked|in writing|confirmed|officially))", answer.text))


# the speaker sets themself apart from the relative just named: "I'm asking for myself", "Me? No"
_SELF_APART = re.compile(r"\bfor myself\b|\bfor me\b|\bi'?m the (?:one|patient)\b|\bme\W+no\b|\bnot me\b|\bi (?:only|just) have\b|"
                         r"\bi have (?:asthma|bronchiectasis|allergies|sarcoid\w*|pulmonary fibrosis|ipf)\b|"
                         r",\s*(?:but\s+)?i (?:don'?t|do not|haven'?t|have not|didn'?t)\W*$")


def _states_own_copd(answer: Answer, match: re.Match) -> bool:
    """Not a question ("can people with COPD join?"), nor about the study ("the COPD trial"), nor
    the setting of an answer to another question ("in hospital in January with my COPD"), nor a
    relative's disease when the speaker says the screening is their own ("my wife has COPD, I'm
    asking for myself")."""
    around = answer.text[match.start():match.end() + 12]
    low, high = short_clause(answer.text, match.end() - 1)  # the clause of the disease word itself
    # (a relative's disease after a plain "no" is family history: "no, my mother had emphysema")
    relatives = bool(RELATIVE.search(answer.text, low, high)) and (bool(_SELF_APART.search(answer.text))
                                                                           or speaker_apart(answer) or answer.polarity == NO)
    # "she's not the one with COPD", "I'm not the one who has emphysema": who has it is left to another sentence
    not_the_one = _NOT_THE_ONE.search(answer.text[max(0, match.end() - 60):match.end()])
    return not (_ABOUT_THE_STUDY.search(around) or in_question(answer.text, match.start()) or relatives or not_the_one)


_NOT_THE_ONE = re.compile(r"\b(?:not|isn'?t|aren'?t|wasn'?t)\s+(?:really\s+)?the\s+(?:one|person|patient)\s+"
                          r"(?:with|who\s+(?:has|had|'s\s+got)|that\s+(?:has|had))\s+(?:the\s+)?" + _COPD + r"$")


def _copd_in_doubt(answer: Answer, match: re.Match) -> bool:
    """'my GP thinks it might be early COPD': a suspicion, not a diagnosis."""
    low, _ = answer.sentence_of(match.start())
    words = re.findall(r"[\w'-]+", answer.text[low:match.end()])[-10:]
    return bool(DOUBT_BEFORE.search(" ".join(words)))


def _yes_no_answer(answer: Answer, result: Extraction, slot: str) -> None:
    """A plain yes, no or not sure to the question asked."""
    if answer.polarity == YES:
        result.set(slot, True)
    elif answer.polarity == NO:
        result.set(slot, False)
    elif answer.polarity == UNSURE:
        result.unsure.add(slot)

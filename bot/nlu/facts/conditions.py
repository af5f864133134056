"""Conditions: cancer (and how long ago), autoimmune diseases and serious heart conditions."""

from __future__ import annotations

import re
from typing import Optional

from bot.nlu.corrections import has_correction_cue
from bot.nlu.answer import Answer, CANCER_SITES, Extraction, NO, UNSURE, YES, not_negated, short_clause
from bot.nlu.facts.age import CAREGIVER, LOOSE_AGE
from bot.nlu.facts.copd import ONLY_LUNG_DISEASE
from bot.nlu.facts.people import NOT_ME, RELATIVE, RULED_OUT, about_relative, false_alarm, in_doubt, name_corrected, own_positive, ruled_out, speaker_apart, tested_for
from bot.nlu.lexicon import Term

def _condition_answer(answer: Answer, result: Extraction, slot: str, positive: list[Term],
                      mentioned: list[Term]) -> None:
    if positive:
        result.set(slot, True)
    elif answer.asked != slot:
        _volunteered_denial(answer, result, slot, mentioned)
    elif any(in_doubt(answer, t) for t in mentioned) or answer.polarity == UNSURE:
        result.unsure.add(slot)
    elif answer.polarity == NO or mentioned:
        result.set(slot, False)
    elif answer.polarity == YES:
        result.set(slot, True)


def _volunteered_denial(answer: Answer, result: Extraction, slot: str, mentioned: list[Term]) -> None:
    """'No cancer, no heart trouble' answering another question: plainly denied terms, none affirmed.
    A relative's condition the speaker then denies for themselves ("my wife has lupus, I don't") is
    a denial too."""
    if mentioned and all(answer.denied(t.start, t.end) or _relatives_not_mine(answer, t) for t in mentioned):
        result.set(slot, False)


def _relatives_not_mine(answer: Answer, term: Term) -> bool:
    """'my wife has rheumatoid arthritis, I don't': a relative named before the term, the speaker's
    denial after it in the same sentence."""
    low, high = answer.sentence_of(term.start)
    clause_low, _ = short_clause(answer.text, term.start)
    denial = NOT_ME.search(answer.text, term.end, high)
    # the denial stands alone: "..., but I don't smoke" denies something else
    return bool(RELATIVE.search(answer.text, clause_low, term.start)) and bool(denial) and not CAREGIVER.search(answer.text) \
        and bool(_BARE_DENIAL_END.match(answer.text, denial.end()))


_BARE_DENIAL_END = re.compile(r"\s*(?:have|had|got)?\s*(?:it|that|one|any|anything (?:like (?:that|it)|of the (?:sort|kind))|"
                              r"anything similar|nothing like (?:that|it))?\s*(?:either|myself|though|thankfully|luckily|"
                              r"thank god|so far)?\s*(?:$|[.,;!])")


_BENIGN = re.compile(r"\b(benign|non-?cancerous|not cancer(?:ous)?|pre-?cancer\w*|wasn'?t cancer\w*|was not cancer\w*)\b")
_ACTIVE_CANCER = re.compile(r"\b(currently|right now|being treated|on chemo|having chemo|getting chemo|undergoing|"
                            r"have cancer|has cancer|active)\b")
_PAST_CANCER = re.compile(r"\b(had|was|were|removed|free|remission|survivor|ago)\b")
_MAYBE_AUTOIMMUNE = re.compile(r"\b(arthritis|\w*thyroid\w*|joints?|swollen|inflammat\w*|raynaud\w*)\b")


# "2013 - the year my grandson was born. Prostate": the organ said alone names the cancer
_BARE_SITE = re.compile(r"(?:^|[.;!]\s*)(?:" + CANCER_SITES + r")\W*$")
# "the year my grandson was born" dates the answer, it does not make it the grandson's
_DATED_BY_BIRTH = re.compile(r"\b(?:the year|when|the day)\s+(?:my|our)\s+\w+\s+was born\b")
_PRECANCER = re.compile(r"\bpre-?\s?cancer\w*|\bprecancer\w*")


def extract_cancer(answer: Answer, result: Extraction) -> None:
    terms = answer.terms_of("conditions", "cancer", "minor_skin_cancer")
    positive = [t for t in terms if _has_had_cancer(answer, t)]
    if answer.asked == "cancer_history" and not terms and (RULED_OUT.search(answer.text) or _PRECANCER.search(answer.text)):
        result.set("cancer_history", False)  # "had a lump removed but it was benign", "precancerous polyps"
        return
    if answer.asked == "cancer_history" and not terms and answer.point_times() and (answer.known.get("cancer_history") or (
            (answer.polarity == YES or _BARE_SITE.search(answer.text)) and not RELATIVE.search(_DATED_BY_BIRTH.sub("", answer.text)))):
        # "2015" answering when the cancer was; "Yes, 2007. Breast.": the year beside the yes
        when = max(answer.point_times(), key=lambda t: t.day)
        result.set("cancer_history", True)
        result.set("cancer_years_ago", round((answer.today - when.day).days / 365.25, 1), approximate=when.approximate)
        return
    if answer.asked != "cancer_history" and not positive and _cleared_finding(answer):
        result.set("cancer_history", False)  # "a biopsy on my lung in May that came back negative", "a lump, it was benign"
        return
    _condition_answer(answer, result, "cancer_history", positive, terms)
    if not positive:
        return
    result.set("cancer_minor_skin", _minor_skin_only(answer, positive))
    years = _cancer_years_ago(answer, positive)
    if years is not None:
        result.set("cancer_years_ago", years)
    elif _YEAR_FORGOTTEN.search(answer.text):
        result.unsure.add("cancer_years_ago")  # "throat cancer, but I don't remember what year"


_YEAR_FORGOTTEN = re.compile(r"\b(?:don'?t|do not|can'?t|cannot|couldn'?t|not sure|no idea|forget|forgot)\s+(?:\w+\s+)?"
                             r"(?:what|which|the)\s+(?:year|date)\b|\b(?:don'?t|do not|can'?t|cannot)\s+(?:remember|recall)\s+when\b")


# a finding checked and found not to be cancer
_FINDING = r"(?:biops(?:y|ies)|lumps?|cysts?|polyps?|growths?|mass|nodules?|tumou?rs?|moles?|spots?)"
_CLEARED_FINDING = re.compile(r"\b" + _FINDING + r"\b[^.;]{0,70}?\b(?:benign|non-?cancerous|not cancer(?:ous)?|(?:was|were)n'?t cancer(?:ous)?|"
                              r"(?:was|were) not cancer(?:ous)?|(?:came|come|was|were) back (?:negative|clear|fine|normal|ok|okay|benign)|"
                              r"(?:was|were) negative)\b|\bbenign\s+(?:\w+\s+)?" + _FINDING + r"\b")


def _cleared_finding(answer: Answer) -> bool:
    """Volunteered: a biopsy, lump or polyp found not to be cancer, the speaker's own, with no cancer named."""
    found = _CLEARED_FINDING.search(answer.text)
    if not found or re.search(r"\b(?:pending|waiting|not back|results? (?:next|in))\b", answer.text):
        return False
    low, high = answer.sentence_of(found.start())
    return not RELATIVE.search(answer.text, low, found.start()) and not answer.negated(found.start(), found.start() + 1)


def _has_had_cancer(answer: Answer, term: Term) -> bool:
    """'no cancer' denies it but 'cancer free since 2010' is a history; benign or a relative's is not."""
    free = re.match(r"[- ]?free\b", answer.text[term.end:term.end + 6])
    low, high = answer.sentence_of(term.start)
    return ((free or not answer.negated(term.start, term.end)) and not about_relative(answer, term)
            and not _BENIGN.search(answer.text[low:high]) and not tested_for(answer, term)
            and not false_alarm(answer, term) and not name_corrected(answer, term))


def _minor_skin_only(answer: Answer, positive: list[Term]) -> bool:
    return all(t.category == "minor_skin_cancer" or re.search(r"\bskin\b", answer.text[max(0, t.start - 15):t.end])
               for t in positive) and not re.search(r"\bmelanoma\b", answer.text)


# the cancer back later; not a check-up "again" nor a scan that "came back clear"
_CANCER_BACK = re.compile(r"\b(?:(?:then|and)\s+again|recurred|recurrence|relapsed|"
                          r"(?<!scan )(?<!scans )(?<!test )(?<!tests )(?<!results )(?<!biopsy )(?:came back|returned)"
                          r"(?!\s+(?:clear|negative|fine|ok|okay|normal|good|benign|home|to))|back again)\b")


_LATER_SITE = re.compile(r"\b(?:and|then|later|also|plus)\s+(?:then\s+|later\s+|also\s+)?(?:a\s+|the\s+)?(?:" + CANCER_SITES + r")\b(?:\s+(?:one|too|as well))?(?=\s+(?:in|on|at|back in)?\s*\d)")


def _cancer_years_ago(answer: Answer, positive: list[Term]) -> Optional[float]:
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
    age = answer.known.get("age") or (float(m.group("n")) if (m := LOOSE_AGE.search(answer.text)) else None)
    if not refs and at_age and age and float(age) > float(at_age.group(1)):
        return float(age) - float(at_age.group(1))  # "had hodgkins at 30. I'm 72 now"
    if not refs:
        return None
    latest = max(refs, key=lambda r: r.day)
    return round((answer.today - latest.day).days / 365.25, 1)


def _corrected_to_other(answer: Answer, term: Term, others: list[Term]) -> bool:
    """'RA. Wait no, it's osteoarthritis': the autoimmune name taken back for a non-autoimmune one."""
    return any(0 <= o.start - term.end <= 40 and has_correction_cue(answer.text[term.end:o.start])
               and not re.search(r"\b(?:also|too|as well|plus|and)\b", answer.text[term.end:o.start]) for o in others)


# "UC" as a place: "went to UC", "the UC clinic" (urgent care)
_UC_PLACE_BEFORE = re.compile(r"\b(?:to|at|in|from|the|an|a|visit\w*|via)\s+$")
_UC_PLACE_AFTER = re.compile(r"\s*(?:visits?|clinics?|centers?|centres?|docs?|doctors?|nurses?|gave|sent|said|told|put)\b")
# "UC" beside a disease word or a bowel doctor: the colitis
_COLITIS_CONTEXT = re.compile(r"\b(?:diagnosed|disease|ibd|bowel|colitis|colon|gi|gastro\w*|crohn\w*|autoimmune|rheumatolog\w*|colectomy)\b|"
                              r"\b(?:have|has|had|got|with|for)\s+(?:\w+\s+)?uc\b")


def _means_colitis(answer: Answer, term: Term) -> bool:
    """'UC' answering the autoimmune question, or beside an immune drug or a disease word ("Remicade for UC",
    "diagnosed with UC in 2010"), is ulcerative colitis; "went to UC for my breathing" is urgent care."""
    if _UC_PLACE_BEFORE.search(answer.text, max(0, term.start - 12), term.start) or _UC_PLACE_AFTER.match(answer.text, term.end):
        return False
    low, high = answer.sentence_of(term.start)
    return answer.asked == "autoimmune_disease" or bool(_COLITIS_CONTEXT.search(answer.text, low, high)) or any(
        low <= t.start < high for t in answer.terms_of("medicines", "immunosuppressant"))


def extract_autoimmune(answer: Answer, result: Extraction) -> None:
    terms = sorted(answer.terms_of("conditions", "autoimmune")
                   + [t for t in answer.terms_of("conditions", "autoimmune_abbreviation") if _means_colitis(answer, t)],
                   key=lambda t: t.start)
    others = answer.terms_of("conditions", "not_autoimmune")
    positive = [t for t in own_positive(answer, terms) if not any(o.start <= t.start < o.end for o in others)
                and not _corrected_to_other(answer, t, others)]
    if positive:
        result.set("autoimmune_disease", True)
    elif answer.asked != "autoimmune_disease":
        _volunteered_denial(answer, result, "autoimmune_disease", terms)
        if not terms and others and _ONLY_THESE.search(answer.text):
            result.set("autoimmune_disease", False)  # "type 2 diabetes and high blood pressure, that's it"
        elif not terms and answer.asked == "immunosuppressants" and any(
                re.search(r"\b(?:i'?ve got|i have|i do have|i got|i'?ve had|(?:she|he)'?s got|(?:she|he) has|for (?:my|her|his))\s+(?:\w+\s+)?$",
                          answer.text[max(0, o.start - 25):o.start]) for o in own_positive(answer, others)):
            # "no, I've got eczema but I just use a cream", "Dupixent for my eczema": the condition the medicine
            # would be for, named as the person's own and not autoimmune
            result.set("autoimmune_disease", False)
        return
    elif re.search(r"\bresults? (?:are |is )?(?:pending|not back)|\bwaiting (?:on|for) (?:the )?(?:results?|tests?)\b", answer.text):
        result.unsure.add("autoimmune_disease")  # "They tested me for it, results pending"
    elif terms and all(ruled_out(answer, t) for t in terms):
        result.set("autoimmune_disease", False)  # "they thought it might be lupus but the tests came back negative"
    elif answer.polarity == UNSURE or any(in_doubt(answer, t) for t in terms):
        result.unsure.add("autoimmune_disease")
    elif answer.polarity == NO or terms or others or (_ONLY_THESE.search(answer.text) and answer.terms_of("conditions")) \
            or ONLY_LUNG_DISEASE.search(answer.text):
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
_HEART_FINE = re.compile(r"\b(heart|ticker)(?:'s| is)? (?:itself |otherwise |myself )?(?:is )?(?:fine|ok|okay|good|healthy|normal|strong)\b|"
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
                       r"nothing (?:they|the doctors?|anyone|my doctor|my cardiologist) (?:worr(?:y|ies|ied)|(?:are|is|was) worried) about|"
                       # "a murmur the doc says is nothing", "they told me it's nothing"
                       r"(?<!\bi )(?<!\bwe )(?:says?|said|thinks?|thought|told me|tells me|called it)\s+(?:that\s+)?(?:it'?s|it is|it was|is|was|'s)?\s*nothing(?=\s*(?:[,.;!]|$|and\b|so\b))|"
                       # "all the tests came back fine"
                       r"(?:tests?|results?|workup|everything|it all)\s+(?:all\s+)?(?:came back|were|was|are|is)\s+(?:all\s+)?(?:fine|normal|clear|ok|okay|good|negative))\b")
# a finding still being worked up: "they saw something on my echo, waiting to see a cardiologist"
_HEART_PENDING = re.compile(r"\b(?:found|saw|seen|showed|shows|something)\b[^.;]{0,30}\b(?:echo\w*|ekg|ecg|stress test|heart scan)\b|"
                            r"\bwaiting (?:to see|for|on) (?:a |the |my )?(?:cardiolog\w*|heart doctor|echo\w*|stress test|heart \w+)|"
                            r"\breferred (?:me |her |him )?to (?:a |the )?(?:cardiolog\w*|heart doctor)")
def _harmless(answer: Answer, term: Term) -> bool:
    """A murmur or palpitations the doctors called harmless or tests found normal."""
    return bool(_SAID_FINE.search(answer.text[term.end:term.end + 15])
                or _HARMLESS.search(answer.text[term.end:answer.sentence_of(term.start)[1]])
                or re.search(r"\b(?:harmless|innocent|benign|mild|minor|slight|trivial)\s+(?:\w+\s+)?$",
                             answer.text[max(0, term.start - 25):term.start]))


_EXCEPT = re.compile(r"\b(except|apart from|other than|besides|only|just)\b")
# the answer closes its list: "type 2 diabetes and high blood pressure, that's it"
# "the only heart thing I have is high blood pressure": the heart words name that mild condition and no other
_ONLY_HEART_IS = re.compile(r"\b(?:the|my)\s+only\s+(?:real\s+)?(?:heart|cardiac)\s+(?:thing|problem|issue|trouble|condition|stuff|diagnosis)s?\b"
                            r"[^.;]{0,25}?\b(?:is|are|was|'s)\s+(?:(?:just|my|a|some|mild|slightly)\s+)*$")
_ONLY_THESE = re.compile(r"\b(that'?s (?:it|all)|nothing else|that is (?:it|all)|^\W*(?:only|just))\b")


def extract_heart(answer: Answer, result: Extraction) -> None:
    """Severe heart conditions count; rhythm problems, stents or valves go to the study team; high
    blood pressure or cholesterol alone do not count."""
    # a stent in a leg or kidney artery is not a heart stent
    severe = [t for t in answer.terms_of("conditions", "severe_heart") if not (t.text.startswith("stent") and re.search(
        r"\b(?:leg|legs|femoral|kidney|renal|iliac|arm|carotid|neck|ureter\w*|bile|biliary)\b", answer.text[t.end:t.end + 30]))]
    rhythm = _SERIOUS_RHYTHM.search(answer.text) or _FAILING_HEART.search(answer.text)
    if own_positive(answer, severe) or (rhythm and not answer.negated(rhythm.start(), rhythm.end())):
        result.set("heart_condition", True)
        return
    if any(_ONLY_HEART_IS.search(answer.text, max(0, t.start - 70), t.start) and not answer.negated(t.start, t.end)
           for t in answer.terms_of("conditions", "mild_heart")) and not severe:
        result.set("heart_condition", False)  # said for itself, not only as an answer to the heart question
        return
    if answer.asked != "heart_condition":
        _volunteered_heart(answer, result, severe)
        return
    if _HEART_FINE.search(answer.text):
        result.set("heart_condition", False)
        return
    if any(in_doubt(answer, t) for t in answer.terms_of("conditions", "severe_heart", "unclear_heart")) or (
            _HEART_PENDING.search(answer.text) and answer.polarity != NO):
        result.unsure.add("heart_condition")
        return
    unclear = [t for t in not_negated(answer, answer.terms_of("conditions", "unclear_heart")) if not _harmless(answer, t)]
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


def _volunteered_heart(answer: Answer, result: Extraction, severe: list[Term]) -> None:
    """'..., and no heart problems' or 'high blood pressure, that's it' answering another question."""
    unclear = answer.terms_of("conditions", "unclear_heart")
    mild = answer.terms_of("conditions", "mild_heart")
    if re.search(r"\bno\s+(?:[\w-]+\s+(?:or|and|nor)\s+|[\w-]+,\s+)*heart\b(?!\s+(?:attack|failure))(?![^.;]*\bsince\b)", answer.text) and not severe:
        result.set("heart_condition", False)  # "no heart or cancer issues"
    elif _HEART_FINE.search(answer.text) and not (severe or unclear):
        result.set("heart_condition", False)  # "no cancer, and my heart is fine"
    elif (severe or unclear) and all(about_relative(answer, t) for t in severe + unclear) \
            and speaker_apart(answer) and _SPEAKER_WELL.search(answer.text):
        result.set("heart_condition", False)  # "my dad had heart failure but I'm ok on both counts"
    elif unclear and not severe and all(_harmless(answer, t) for t in unclear) and not any(about_relative(answer, t) for t in unclear):
        result.set("heart_condition", False)  # "high blood pressure, and a murmur but it's harmless"
    elif severe or unclear:
        _volunteered_denial(answer, result, "heart_condition", severe + unclear)
    elif not_negated(answer, mild) and _ONLY_THESE.search(answer.text):
        result.set("heart_condition", False)

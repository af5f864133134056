"""Smoking: cigarette status, pack-years, and the last use of nicotine of any kind."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from typing import Optional

from bot.nlu.answer import Answer, Extraction, HEDGED, NO, PERSON_WORDS, SENTENCE_END, UNSURE, is_inside, relatives_sentences, short_clause
from bot.nlu.corrections import last_correction_end
from bot.nlu.facts.age import DECADE_PART, LOOSE_AGE
from bot.nlu.facts.people import RELATIVE
from bot.nlu.timeexpr import TimeRef

CIGARETTE_WORDS = re.compile(r"\b(smok\w*|cigarettes?|(?<!-)cigs?|fags?|tobacco|(?<!medrol )(?<!dose )(?<!dosepak )(?<!z )(?<!z-)(?<!steroid )packs?|roll(?:ing)? (?:my|his|her|their) own|roll-?ups?|rollies)\b")
OTHER_PRODUCT = re.compile(
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
    # a quit tried and said to have failed: "tried to quit, I never did", "tried quitting but couldn't"
    r"tried (?:to )?(?:quit(?:ting)?|stop(?:ping)?)\b[^.;]{0,40}?\b(?:never (?:did|managed|could|stuck|succeeded|made it|worked)|"
    r"and\s+(?:i\s+|she\s+|he\s+)?(?:couldn'?t|could not|failed|didn'?t (?:work|stick|last)|it didn'?t (?:work|stick|last)))|"  # ("but" opens a clause of its own)
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
    r"\bbut\s+(?:i|she|he)\s+never\s+(?:did|have|has)\b(?=\W*$)|"
    # "Dad smoked, I never did": a relative's smoking, then the speaker's own never
    r"\b" + PERSON_WORDS + r"\b[^.;!?]{0,40}?\bsmok\w*[^.;!?]{0,30}?(?:[,;.]|\band)\s+(?:but\s+)?(?:i|me)\s+(?:myself\s+)?never\s+(?:did|have|had|smoked)\b(?:\s+myself)?(?=\W*(?:$|[.;!]))|\bnot a smoker\W+(?:and\s+)?never (?:was|been|have been)\b|\b(?:don'?t|do not|doesn'?t|does not)\s+smoke\s+and\s+never\s+(?:have|has|did)\b|"
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
    # "social smoker in college, that's it": a kind of smoker, only in a period of life that is over
    r"(?<!i'm a )(?<!i am a )(?<!im a )(?<!she's a )(?<!he's a )(?:social|occasional|casual|light|heavy|weekend|party)\s+smoker\s+(?:back\s+)?(?:in|during|at|through)\s+" + _LIFE_PERIOD + "|"
    r"(?:not|no longer) (?:\w+ )?an? (?:\w+ )?smoker (?:any ?more|now|these days|nowadays)|"
    r"(?:not|no) (?:a |one )?(?:single )?(?:cigarette|cig|smoke)s? since|"
    r"(?:haven'?t|hasn'?t|have not|has not) (?:had|touched) (?:one|1|a cig(?:arette)?s?\b|a smoke|any)|"
    r"(?:been|was|went|stayed) off (?:them|the cigs|cigarettes|cigs|smokes|the smokes|the fags|tobacco)\b|"
    r"^\W*off (?:the )?(?:cigs|cigarettes|smokes|fags)\b|(?:right now|now|currently) i'?m off\b|"
    # after smoking on and off: "currently off", "off them right now"
    r"(?:currently|presently) off\b|off (?:them|it|cigs|cigarettes|smokes) (?:right )?now\b)")
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


def extract_smoking(answer: Answer, result: Extraction) -> None:
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


def _smoking_status(answer: Answer) -> Optional[str]:
    text = answer.text
    about_smoking = answer.asked in ("smoking_status", "pack_years") or bool(CIGARETTE_WORDS.search(text))
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


def _clause_says_current(answer: Answer, low: int, high: int) -> bool:
    """A clause about smoking cigarettes now; "but I still vape" is about another product."""
    clause = answer.text[low:high]
    cues = list(_CURRENT_SMOKER.finditer(clause)) + list(_STILL_SMOKING.finditer(clause))
    if re.search(r"\b(?:(?:currently|presently) off|off (?:them|it|cigs|cigarettes|smokes) (?:right )?now|(?:right now|now|currently) i'?m off|quit again|stopped again|now quit|quit for good)\b", answer.text):
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
    if RELATIVE.search(clause) and _SELF_STOPPED.search(answer.text):
        # "my wife still smokes, I quit 12 years ago": the wife's habit; but not "... so I started again"
        cues = [cue for cue in cues if _speaker_is_subject(clause, cue.start())]
        if not cues:
            return False
    cigarettes = list(re.finditer(r"\b(?:cigarettes?|cigs?)\b", answer.text))
    if cigarettes and all(answer.negated(m.start(), m.end()) for m in cigarettes) and OTHER_PRODUCT.search(answer.text):
        return False  # "pipe only, no cigarettes, and I still have one after dinner": the pipe
    # "I smoke a pipe now, gave up cigarettes in 2000": the present tense is about the pipe; but
    # "trying to quit, got the patch on but still have a couple a day" is about cigarettes
    def about_other_product(cue: re.Match) -> bool:
        # "trying to quit, got the patch on": a quit aid after a comma is not what is being quit
        reach = 12 if re.match(r"trying|want|can'?t|haven'?t|have not|not", cue.group(0)) else 20
        if cue.group(0).startswith("down to"):
            reach = 0  # "down to a few a day, on the patch too": the count is cigarettes, the patch an aid
        if re.match(r"still (?:do|does)\b", cue.group(0)) and OTHER_PRODUCT.search(clause, max(0, cue.start() - 40), cue.start()):
            return True  # "I've chewed nicotine gum ever since, still do"
        return bool(OTHER_PRODUCT.search(clause, cue.start(), cue.end() + reach)
                    and not _CIGARETTES_IN.search(clause, cue.start(), cue.end() + reach))
    return any(not about_other_product(cue) for cue in cues)


def _speaker_is_subject(clause: str, position: int) -> bool:
    """The speaker is the subject in the stretch before a position ("..., so I started again"), not a relative."""
    low, _ = short_clause(clause, position)
    relatives = [m.start() for m in RELATIVE.finditer(clause, low, position)]
    speaker = [m.start() for m in re.finditer(r"\b(?:i|i'?m|i'?ve)\b", clause[low:position])]
    return bool(speaker) and (not relatives or max(speaker) > max(relatives))


# cigarettes named, or smoking with no other product as its object ("still smoke a cigar" is not cigarettes)
_CIGARETTES_IN = re.compile(r"\b(?:cigarettes?|cigs?)\b|\bsmok(?!eless)\w*\b(?!\s+(?:an?\s+|one\s+|\d+\s+|a few\s+|the\s+|my\s+|his\s+|her\s+)?"
                            r"(?:(?:odd|occasional)\s+)?(?:cigars?|cigarillos?|pipes?|hookah|weed|pot|marijuana|joints?)\b)")


def _is_cigarette_quit(answer: Answer, match: re.Match) -> bool:
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
    nicotine_answer = answer.asked == "months_since_nicotine" and not OTHER_PRODUCT.search(answer.text, low, match.start())
    return (answer.asked in ("smoking_status", "pack_years") or nicotine_answer
            or bool(CIGARETTE_WORDS.search(answer.text[low:high]))
            or bool(_daily_packs(answer.text, bare_counts=False)))


def _quit_time(answer: Answer, match: re.Match) -> Optional[TimeRef]:
    """The time of a quit: first one in its own short clause ("and I quit smoking in 2012"), else the
    nearest in the sentence that does not date something else ("had COPD since 2015")."""
    low, high = short_clause(answer.text, match.start())
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


def _months_since_stop_age(answer: Answer, result: Extraction) -> Optional[float]:
    start = _START_AGE.search(answer.text)
    stop = _STOP_AGE.search(answer.text, start.end()) if start else None
    age = result.facts.get("age", answer.known.get("age"))
    if stop is None or age is None or float(age) < float(stop.group("n")):
        return None
    return round((float(age) - float(stop.group("n"))) * 12, 2)


def _ended_at_age(answer: Answer) -> bool:
    """'a pack a day from 18 until I was 53', 'from 18 to 63, I'm 71 now': smoking that stopped at an age."""
    start = _START_AGE.search(answer.text)
    stop = _STOP_AGE.search(answer.text, start.end()) if start else None
    if stop is None:
        return False
    if re.search(r"\b(?:was|turned|hit|reached)\s+(?:age\s+)?(?:about\s+|around\s+)?\d", stop.group(0)):
        return True  # "until I was 53": in the past
    age = LOOSE_AGE.search(answer.text)
    return bool(age and float(age.group("n")) > float(stop.group("n")))


def _ended_smoking_span(answer: Answer) -> bool:
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
                or re.search(r"(vap\w*|patch\w*|gum|lozenges?|pipe|cigars?)\W*$", preceding) and not CIGARETTE_WORDS.search(preceding))


def _quit_months(answer: Answer, result: Extraction) -> Optional[float]:
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
_YEAR_SPAN = re.compile(r"\b(?:from|between)\s+(?P<y1>(?:19|20)\d{2})\s+(?:to|until|till|and|-)\s+"
                        r"(?:(?:i|she|he|they|we)\s+(?:quit|stopped|gave up)\s+(?:in\s+)?)?(?P<y2>(?:19|20)\d{2}|now|today)\b"
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


def _pack_years(answer: Answer, result: Extraction, status: Optional[str]) -> None:
    """Packs per day x years smoked; several periods ("2 packs for 20 years, then 1 for 10") add up."""
    text = answer.text
    # a lone number ("twenty-five") answering "how much each day, and for how many years?" is left
    # unread: it may be cigarettes a day or pack-years, so the form asks again with an example
    direct = _DIRECT_PACK_YEARS.search(text)
    if direct:
        result.set("pack_years", float(direct.group("n")), approximate=bool(HEDGED.search(text)))
        return
    about_smoking = answer.asked in ("pack_years", "smoking_status") or bool(CIGARETTE_WORDS.search(text))
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
    others = relatives_sentences(answer)
    if others and any(not is_inside(r[0], others) for r in rates):
        # "I smoked a pack a day for 30 years. My husband smoked 2 packs for 50": only the speaker's
        rates = [r for r in rates if not is_inside(r[0], others)]
        periods = [p for p in periods if not is_inside(p[0], others)]
    if answer.asked != "pack_years":
        # volunteered, a period counts only next to a rate or a smoking word, not
        # "I've been a nurse for 30 years and I smoke 10 a day"
        # ("a pack a day, 62 years old, started at 15": with a rate said, the start is the smoking's)
        periods = [p for p in periods if _about_smoking_here(text, p[0], rates) or (rates and _START_AGE.match(text, p[0]))]
    if rates:
        result.set("packs_per_day", round(rates[-1][1], 3))
    if periods and (rates or answer.asked == "pack_years"):
        result.set("smoking_years", periods[-1][1])
    approximate = any(a for _, _, a in rates + periods) or bool(HEDGED.search(text))
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
    low, high = short_clause(text, min(position, max(len(text) - 1, 0)))
    if CIGARETTE_WORDS.search(text[low:high]) or any(low <= start < high for start, _, _ in rates):
        return True
    # a rate in the clause just before, in the same sentence
    before = SENTENCE_END.split(text[:low])[-1]
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


def _years_smoked(answer: Answer, result: Extraction, status: Optional[str]) -> list[tuple[int, float, bool]]:
    """(position, years, approximate) for every smoking period stated, in order."""
    text = answer.text
    periods = []
    for match in _YEARS.finditer(text):
        if re.search(r"\b(quit|stopped|ago|since|diagnosed|for the (?:last|past))\s*$", text[max(0, match.start() - 12):match.start()]):
            continue
        clause_start, _ = short_clause(text, match.start())
        before = text[clause_start:match.start()]
        other = list(_NOT_SMOKING_PERIOD.finditer(before))
        smoking = list(CIGARETTE_WORDS.finditer(before)) + list(_PACKS_WORD.finditer(before))
        if other and not (smoking and max(m.start() for m in smoking) > other[-1].start()):
            continue  # "I've had COPD for 10 years", but not "I have COPD ... I smoked a pack a day for 35 years"
        years, approximate = _middle(match) if match.group("n") else (float(match.group("more")), False)
        if re.match(r"\s*(?:in\s+)?(?:total|all|altogether|all together|overall)\b", text[match.end():]):
            continue  # "30 years total. First 10 a pack a day, the last 20 half a pack": the phases count
        if 0 < years <= 90:
            periods.append((match.start(), years, approximate))
    if not periods:
        for match in re.finditer(r"\bfor\s+(?:about\s+|around\s+|maybe\s+)?(?P<n>\d+(?:\.\d+)?)\s+months?\b", text):
            clause_low, clause_high = short_clause(text, match.start())
            if CIGARETTE_WORDS.search(text, clause_low, clause_high) or answer.asked == "pack_years":  # "only smoked for about 6 months"
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
        return float(int(match.group("decade")) + DECADE_PART[match.group("part")])
    return float(match.group("n") or match.group("n2") or match.group("n3") or match.group("n4"))


_AGE_SPAN = re.compile(r"\bbetween\s+(?:the\s+)?ages?\s+(?:of\s+)?(?P<a1>\d{1,2})\s+and\s+(?P<a2>\d{2})\b")


def _years_from_ages(answer: Answer, result: Extraction, status: Optional[str]) -> Optional[tuple[int, float]]:
    """(position, years) from 'from 18 until I quit at 57', 'between the ages of 20 and 65', or
    'since I was 21' and the current age."""
    span = _AGE_SPAN.search(answer.text)
    if span and 0 < int(span.group("a2")) - int(span.group("a1")) <= 90:
        return span.start(), float(int(span.group("a2")) - int(span.group("a1")))
    start = _START_AGE.search(answer.text)
    years = _years_since_start_age(answer, result, status, start) if start else None
    return (start.start(), years) if years is not None else None


def _years_since_start_age(answer: Answer, result: Extraction, status: Optional[str],
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


def extract_nicotine(answer: Answer, result: Extraction) -> None:
    """Months since the last nicotine of any kind; 0 while the person still uses some."""
    if result.facts.get("months_since_nicotine") == 0.0:
        return  # a current smoker: set by _smoking
    asked = answer.asked == "months_since_nicotine"
    yearly = re.search(r"\b(?:every|each|once a) year\b|\bannually\b|\byearly\b", answer.text)
    dates = [t for t in answer.times if t.kind == "date"]
    if yearly and dates and (asked or OTHER_PRODUCT.search(answer.text)):
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
    mentions = free and (_ANY_NICOTINE.search(answer.text) or OTHER_PRODUCT.search(answer.text)
                         or (re.match(r"(?:nothing|none)\b", free.group(0)) and "smoking_status" in result.facts)) \
        and not _only_cigarettes(free.group(0))
    quit_months = result.facts.get("smoking_quit_months_ago")
    if quit_months is not None and _no_other_product(answer):
        # "quit cold turkey 10 days ago, no patches or gum": nothing else took the cigarettes' place
        result.set("months_since_nicotine", float(quit_months))
        return
    # a never-smoker's last cigar, pipe or vape is their last nicotine: "just the odd cigar, last one at Christmas"
    never_but_other = result.facts.get("smoking_status") == "never" and OTHER_PRODUCT.search(answer.text) \
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
    return bool(CIGARETTE_WORDS.search(statement)) and not (
        OTHER_PRODUCT.search(statement) or re.search(r"\b(nothing|none|anything|any of it)\b", statement))


def _names_a_medicine(answer: Answer, match: re.Match) -> bool:
    """'no prednisone since the spring' is about a medicine, not nicotine."""
    return any(match.start() <= t.start < match.end() and t.category != "inhaled_or_other"
               for t in answer.terms_of("medicines")) or bool(re.search(r"\b(steroids?|antibiotics?|pills?)\b", match.group(0)))


_SHORT_CLAUSE_BREAK = re.compile(r"[,;!?]|\.(?!\d)|\s(?:and|but)\s")


def _short_clauses(answer: Answer) -> list[tuple[int, int]]:
    """The answer cut at commas, "and" and "but" too: "stopped 2 months ago, using the patch now"."""
    spans, start = [], 0
    for stop in _SHORT_CLAUSE_BREAK.finditer(answer.text):
        spans.append((start, stop.start()))
        start = stop.end()
    spans.append((start, len(answer.text)))
    return [(low, high) for low, high in spans if high > low]


def _no_other_product(answer: Answer) -> bool:
    """Other nicotine products are named only to be denied: "no patches or gum", "no vaping either"."""
    others = list(OTHER_PRODUCT.finditer(answer.text))
    return bool(others) and all(answer.negated(m.start(), m.end()) for m in others)


# "a social smoker in college, a few on weekends": a habit of a period of life that is over
_IN_LIFE_PERIOD = re.compile(r"\b(?:was|were|smoked|used)\b[^.;!?]{0,40}?\b(?:in|during|through|at) " + _LIFE_PERIOD)


def _uses_nicotine_now(answer: Answer, asked: bool) -> bool:
    """A clause that names a product (or, when asked, refers to one) as used now, without a stop cue."""
    text = answer.text
    still_other = re.search(r"\b(?:still|also|now)\b(?!\s+had\b)[^.;]{0,25}?" + OTHER_PRODUCT.pattern, text) or \
        re.search(r"\b(?:i|she|he)\s+(?:use|uses|chew|chews|vape|vapes|have|has)\s+[^.;,]{0,25}?" + OTHER_PRODUCT.pattern
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
        if _SELF_STOPPED.search(text) and RELATIVE.search(text, *answer.sentence_of(high - 1)) \
                and not re.search(r"\b(?:i|i'?m|me|my own)\b", clause):
            continue  # "my wife is 65 and still smokes, I quit 12 years ago": the wife's habit
        product = OTHER_PRODUCT.search(clause) or CIGARETTE_WORDS.search(clause)
        # a word for the product, not a stretch of time ("2.5 years now", "it's been a couple of years now")
        refers = re.search(r"\b(them|it(?!'s been|\s+(?:has|'s)\s+been)|one|1|2|a couple|some|a few)\b"
                           r"(?!(?:\.\d+)?\s*(?:and a half\s+|of\s+)?(?:years?|yrs?|months?|weeks?|days?)\b)", clause) \
            and (asked or OTHER_PRODUCT.search(text))
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


def _last_use_time(answer: Answer) -> Optional[TimeRef]:
    """The time after 'since' ('nothing since 2018'), else the latest time the answer gives."""
    other_products_used = any(not answer.negated(m.start(), m.end()) for m in OTHER_PRODUCT.finditer(answer.text))
    for since in re.finditer(r"\bsince\b", answer.text):
        low, _ = short_clause(answer.text, since.start())
        if other_products_used and _only_cigarettes(answer.text[low:since.start()]):
            continue  # "no cigarettes since 2015 but a cigar now and then": the cigar is later
        ref = next((t for t in answer.times if since.start() <= t.start <= since.end() + 5
                    and t.kind in ("date", "ago")), None)
        if ref is not None and not _about_other_period(answer, ref):
            # "snuck one at a wedding in September, nothing since 2021": a later slip is the last use
            slips = [t for t in answer.times if t.kind in ("date", "ago") and t.day > ref.day
                     and _SLIP.search(answer.text, *short_clause(answer.text, t.start))]
            return max(slips, key=lambda t: t.day) if slips else ref
    points = [t for t in answer.point_times()
              if not is_start_time(answer.text, t) and not _about_other_period(answer, t)] or _free_for(answer)
    if not points:
        return None
    latest = max(points, key=lambda t: t.day)
    kept_on = _used_on_for(answer, after=latest.end)  # "quit in 2010, used the gum for 2 years after"
    if kept_on is not None and latest.kind != "duration":
        return replace(latest, day=min(answer.today, latest.day + timedelta(days=round(kept_on))), approximate=True)
    return latest


def _about_other_period(answer: Answer, ref: TimeRef) -> bool:
    """'I've had COPD since 2015', 'diagnosed in 2019': a time that dates something else."""
    low, _ = short_clause(answer.text, ref.start)
    # also a coming birthday: "I'll be 75 in March"
    return bool(_NOT_SMOKING_PERIOD.search(answer.text[low:ref.start])
                or re.search(r"\b(?:'ll be|will be|turns|turning)\s+\d", answer.text[low:ref.start]))


def _free_for(answer: Answer) -> list[TimeRef]:
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


def _used_on_for(answer: Answer, after: int) -> Optional[float]:
    """Days a product was still used after the time given before it: 'quit in 2010, used gum for a year after'."""
    for ref in answer.times:
        if (ref.kind == "duration" and ref.duration_days and ref.start >= after
                and re.search(r"\bfor\s+$", answer.text[max(0, ref.start - 5):ref.start])
                and re.match(r"\s*(?:after|afterwards|later|longer|more)\b", answer.text[ref.end:])):
            return ref.duration_days
    return None


def is_start_time(text: str, ref: TimeRef) -> bool:
    """'started in 1975', 'since I was 16': when the habit began, not ended."""
    return bool(re.search(r"\b(started|began|starting|from)\s+(?:in\s+|at\s+|around\s+)?$", text[max(0, ref.start - 14):ref.start]))

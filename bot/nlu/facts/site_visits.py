"""Whether the person can come to every visit at the study site."""

from __future__ import annotations

import re
from typing import Optional

from bot.nlu.answer import Answer, CLOSING_NO, CLOSING_YES, Extraction, NO, UNSURE, UNSURE_WORDS, YES

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
    r"\b(?:can'?t|cannot|can not|couldn'?t|unable to|not able to|won'?t be able to|"
    # "no way I could fly to Florida for every visit"
    r"no way (?:for (?:me|us|her|him) to|(?:i|we|she|he|they)\s*(?:'d|would|could|can|will|'ll)(?:\s+(?:ever|be able to))*))\s+(?:\w+\s+){0,2}?"
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
    + r"|\b(?:can|could|will|'ll|'d|would)\s+(?:easily\s+)?(?:drive|take|bring)\s+(?:me|her|him|them)\s+(?:(?:up|down|over|in)\s+)?" + _SITE
    # "and can come anytime": free for whenever the visits fall
    + r"|\b(?:can|could|will|'ll)\s+(?:come|make it|get there|be there)\s+(?:in\s+)?(?:any ?time|whenever|any day)\b(?!\s+(?:but|except|if)\b)"
    # "we'd fly in from Texas for the visits": the trip from afar said as a plan, with no doubt after it
    + r"|\b(?:i|we|she|he)\s*(?:'d|would|will|'ll|can|could)\s+(?:\w+\s+)?(?:fly|drive|come|travel)\s+(?:(?:in|up|down|over)\s+)?"
    r"(?:from\s+[a-z]+(?:\s+[a-z]+)?\s+)?(?:for|to)\s+(?:the\s+|those\s+|each\s+|every\s+|all\s+(?:the\s+)?)?(?:study\s+)?"
    r"(?:visits?|appointments?)\b(?![^.;]*\b(?:if|unless|but|too|can'?t|couldn'?t|not|never)\b)")
# "I can't drive there, but my daughter can take me": someone else solves the trip
_BUT_SOMEONE_CAN = re.compile(r"\bbut\b[^.;]{0,40}\b(?:can|will|could|'ll)\s+(?:take|drive|bring|get)\s+(?:me|her|him|us)\b")


_SEASON = r"(?:winters?|summers?|springs?|falls?|autumns?|the season|season)"
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
# here only part of the year: "only in winter", "I only spend Jan to March in Florida", "we go back north for the summer"
_PART_OF_YEAR = (r"\b(?:only|just)\s+(?:(?:spend|stay|live|am|are|be|here|there|down|up|around|in town|in florida|in jacksonville|in jax|come|visit|"
                 r"get (?:down|up|there|here)|make it)\s+)*"
                 r"(?:(?:in|during|over|for)\s+(?:the\s+)?" + _SEASON + r"|(?:from\s+|between\s+)?"
                 + _MONTH + r"\s+(?:to|through|thru|till|until|and|-)\s+" + _MONTH + r")\b"
                 r"|\b(?:go|head|move|are|'re|am|'m|live|stay)\s+(?:back\s+)?(?:up\s+|down\s+)?(?:north|south|home|to\s+[a-z]+)\s+"
                 r"(?:for|in|during|over)\s+(?:the\s+)?" + _SEASON + r"\b"
                 # "we're in Jax from November to April", "I stay down there between Dec and March": here for some months
                 r"|\b(?:'re|'m|are|am|is|'s|be|live|living|stay\w*|spend\w*|winter\w*)\s+(?:[a-z']+\s+){0,3}?(?:from|between)\s+"
                 + _MONTH + r"\s+(?:to|through|thru|till|until|and|-)\s+" + _MONTH + r"\b"
                 # "the rest of the year we're up in Michigan", "half the year we're in Maine", "summers up north"
                 # (not "we spend winters in Florida so yes": a yes said from there)
                 r"|\b(?:the\s+)?rest of the year\b|\bhalf (?:of )?the year\b"
                 r"|\b(?:winters?|summers?)\s+(?:up|down|back)\s+(?:north|south|home)\b")
# "probably, if they're not too early", "yes if they help with gas money, otherwise I don't know"
_CONDITIONAL_YES = re.compile(r"^\W*(?:probably|maybe|possibly|perhaps)\b[^.]*\bif\b|^\W*(?:(?:only|just)\s+)?if\b|\botherwise\b[^.]*\b(?:don'?t know|not sure|no|can'?t)\b"
                              r"|\b(?:have to|need to) see if\b|\bonly if\b"
                              # "yes if my daughter can get off work": the trip depends on someone else
                              r"|^\W*(?:yes|yeah|yep|sure)\W+(?:but\s+)?(?:only\s+)?(?:if|depending on)\b(?![^.]*\b(?:said|says|agreed|promised)\b)"
                              r"|\b(?:have to|need to|would have to|'d have to)\s+think about it\b"
                              # "a snowbird, in St Augustine Nov to April": here for part of the year only
                              r"|^(?!\W*(?:yes|yeah|yep|sure)\b).*?\bsnowbirds?\b|\b(?:part|half) of the year\b"
                              # "only in winter", "I only spend Jan to March in Florida", "we go back north for the summer"
                              r"|" + _PART_OF_YEAR
                              # "if it's every week then no": the answer hangs on what the visits are
                              + r"|\bif\b(?!\s+(?:i|we)\s+(?:have|need|must)\s+to\b)[^.;?!]{0,40}\bthen\s+(?:no|nope|yes|yeah|sure|fine|ok|okay|probably not|(?:i|we)\s+(?:can'?t|couldn'?t|can|could))\b")
# a yes said with a hedge on it: "I could maybe do it", "we might be able to"
_HEDGED_ABILITY = re.compile(r"\b(?:maybe|possibly|perhaps)\s+(?:i|we|she|he)\s+(?:could|can|might)\b"
                             r"|\b(?:i|we|she|he)\s*(?:could|can|might|may|'d|would)\s+(?:maybe|possibly|perhaps)\b"
                             r"|\b(?:i|we|she|he)\s+(?:might|may)\s+be\s+able\s+to\b")


# the person asks back what the visits involve before answering
_ASKS_ABOUT_VISITS = re.compile(r"\b(?:how (?:often|many|long|far|frequent\w*)|what days|where (?:is|are|would)|which days)\b[^.?!]{0,40}\?")
# a worry said beside that question makes it a doubt; a bare question is left for the study's answer
_VISIT_WORRY = re.compile(r"\b(?:afford|cost\w*|money|expens\w*|pay\w*|hotels?|gas|fuel|rides?|work|job|worr\w*|"
                          r"not sure|depends|hard|tough|difficult)\b|\bcan'?t\b|\bcannot\b")
_ANSWERED_AFTER = re.compile(r"\b(?:yes|yeah|yep|yup|sure|ok(?:ay)?|fine|no problem|(?:i|we)\s*(?:can|could|will|'ll|'d|would))\b(?!'?t\b|n'?t\b|\s+not\b)")
# the trip itself turned down, not a cost or a condition of it
_TRIP_REFUSED = re.compile(r"\b(?:can'?t|cannot|couldn'?t|unable to|not able to|won'?t be able to)\s+(?:\w+\s+)?"
                           r"(?:travel|get there|make it|come|go|drive|attend|get to|fly)\b|\btoo far\b|\b(?:bed|house|home)-?bound\b")


def extract_site_visits(answer: Answer, result: Extraction) -> None:
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
    elif _CANNOT_ATTEND.search(answer.text) or answer.polarity == NO or CLOSING_NO.search(answer.text) \
            or re.search(r"[.!;]\s*(?:no|nope|nah)\W*$", answer.text):  # "... can't leave him that long. no"
        result.set("can_attend_site_visits", False)
    elif _doubted(answer, _CAN_ATTEND_SITE.search(answer.text)):
        result.unsure.add("can_attend_site_visits")  # "not sure I could make it there every time"
    elif _CAN_ATTEND_SITE.search(answer.text) and not _CONDITIONAL_YES.search(answer.text):
        result.set("can_attend_site_visits", True)  # "visits are fine. FEV1 I don't know": the doubt is about FEV1
    elif answer.polarity == UNSURE or _CONDITIONAL_YES.search(answer.text) or _HEDGED_ABILITY.search(answer.text):
        result.unsure.add("can_attend_site_visits")
    elif answer.polarity == YES or _CAN_ATTEND.search(answer.text) or re.match(r"^\W*(?:probably|most likely|likely)\W*$", answer.text) \
            or CLOSING_YES.search(answer.text) or re.search(r"(?:^|[.!;]\s*)(?:yes|yeah|yep|yup|sure)\W*$", answer.text):
        result.set("can_attend_site_visits", True)  # a bare "probably" is a hedged yes


def _volunteered_site_visits(answer: Answer, result: Extraction) -> None:
    """'..., so I couldn't come to the clinic' / 'I can get to Jacksonville easily' in another answer."""
    can = _CAN_ATTEND_SITE.search(answer.text)
    if _BUT_SOMEONE_CAN.search(answer.text) and (can or _CANNOT_ATTEND_SITE.search(answer.text)):
        result.set("can_attend_site_visits", True)
    elif _doubted(answer, can):
        result.unsure.add("can_attend_site_visits")  # "not sure I could make it to Florida for every visit": a doubt, not a no
    elif _CANNOT_ATTEND_SITE.search(answer.text) or (can and answer.negated(can.start(), can.end())):
        result.set("can_attend_site_visits", False)  # also "no way I could get to Florida"
    elif re.search(_PART_OF_YEAR, answer.text) and (can or re.search(r"\b(?:florida|jacksonville|jax|come|visits?|the (?:clinic|site|study)|get (?:down|up|over|there)|make it)\b", answer.text)):
        result.unsure.add("can_attend_site_visits")  # "I live in Tallahassee and can only come down in the winter months"
    elif can and not UNSURE_WORDS.search(answer.text, answer.clause_of(can.start())[0], answer.clause_of(can.start())[1]):
        result.set("can_attend_site_visits", True)  # not "..., maybe I can get to Jacksonville"; a doubt in another clause is about something else


def _doubted(answer: Answer, can: Optional[re.Match]) -> bool:
    """'not sure I could make it to Florida', 'dunno if we can get there': the trip doubted, neither yes nor no."""
    return bool(can) and bool(UNSURE_WORDS.search(answer.text, answer.clause_of(can.start())[0], can.start()))

"""Breathlessness (the mMRC grade from everyday descriptions) and FEV1 as a percent of predicted."""

from __future__ import annotations

import re
from typing import Optional

from bot.nlu.answer import Answer, Extraction, HEDGED, NO, PERSON, SENTENCE_END, UNSURE, short_clause
from bot.nlu.corrections import last_correction_end
from bot.nlu.facts.people import RELATIVE

_FRACTION_OF_NORMAL = re.compile(r"(?<![\d.])(?P<part>0\.\d{1,2}|\bhalf)\s+(?:of\s+)?(?:normal|predicted|what it should be|a normal|the normal)\b")
_OXYGEN_READING = re.compile(r"\b(?:oxygen|o2|sats?|saturation|spo2|pulse ox\w*|oximeter)\b")
_FEV1_NOT_AT_HAND = re.compile(r"\b(?:no number|off the top of my head|never (?:gave|given|told) (?:me )?(?:a|the|any) number|didn'?t (?:give|tell) (?:me )?(?:a|the|any) number|no (?:actual |exact )?(?:figure|value)|look it up|look that up|not offhand|off ?hand|don'?t have (?:it|that|the number)|"
                               r"never (?:been |got |was )?told|(?:no one|nobody|never)\s+(?:has\s+|ever\s+)*(?:gave|given)\s+(?:me\s+)?(?:a|the|any)\s+(?:number|figure|value|percent\w*)|(?:no one|nobody) (?:has )?(?:ever )?told|not that i know|wouldn'?t know|"
                               r"not the (?:actual |exact )?(?:number|value|percent\w*)|don'?t know the (?:actual |exact )?(?:number|value))\b")
_CERTAINTY_PERCENT = re.compile(r"(?<![\d.])\d{1,3}\s*(?:%|percent|per cent)\s+(?:sure|certain|positive|confident)\b")  # "not 100% sure"
# a stage or a ratio, not the percent: "GOLD 3", "stage 2", "my ratio was 0.52"
_STAGE_OR_RATIO = re.compile(r"\b(?:gold|stage|grade)\s*(?:[1-4]|i{1,3}|iv)\b|\bratio\b\W*(?:(?:is|was|of|about|around)\s+)*0?\.\d+")
# a measure that is not the FEV1: "5'4", "118 lb", "I'm 72 years"
_NOT_FEV1_AFTER = r"(?!\s*(?:'|\"|ft\b|feet|foot|lbs?\b|pounds?|kgs?\b|kilos?|stone|st\b|cm\b|inch|years?|yrs?|y/?o\b|min|miles?|hours?))"
# any volume in litres, when the FEV1 was asked: "It was 1.2 liters"
_LITRES = re.compile(r"\d?\.?\d+\s*(?:l|liters?|litres?)\b")
# the FEV1 in litres, which the study cannot turn into a percent without the predicted value
_FEV1_LITRES = re.compile(r"\bfev ?1?\b[^\d]{0,25}\d?\.?\d+\s*(?:l|liters?|litres?)\b|^\W*(?:about\s+|around\s+)?\d?\.\d+\s*(?:l|liters?|litres?)\b")
# "haven't had a breathing test in years": no recent value to give
_NO_RECENT_TEST = re.compile(r"\b(?:never|haven'?t|hasn'?t|have not|has not|not)\s+(?:had|done|did|taken|been given)\s+(?:that|the|a|this|any)\s+"
                             r"(?:\w+\s+){0,2}?test(?:s|ing)?\b(?!\s+since\b)")


# the value given as the speaker's belief: "47 I think", "I believe it was 38"
_THINKS = re.compile(r"\b(?:i think|i believe|i guess|if i remember(?: right(?:ly)?)?|if memory serves|i'?m guessing)\b")
# the value said first, perhaps hedged: "47 I think", "about 40, ..."
_VALUE_FIRST = re.compile(r"^\W*(?:(?:about|around|maybe|probably|roughly|like|it was|it'?s|last (?:one|time|test) (?:was|said))\s+)*"
                          r"(?:[1-9]\d)(?:\.\d+)?\b(?!\s*(?:years?|yrs?|months?|weeks?|days?|l\b|liters?|litres?|ml\b|times?|\.\d))"
                          r"(?=\s*(?:[,.;!-]|$|i think|i believe|i guess|probably|maybe|or so|if i remember))")


# the result is on paper somewhere but not to hand
_RESULT_MISPLACED = re.compile(r"\b(?:can'?t|cannot|couldn'?t|could not)\s+(?:\w+\s+)?(?:find|locate|lay (?:my|a) hands? on)\b|"
                               r"\b(?:lost|misplaced|mislaid|threw (?:out|away))\s+(?:the|my|her|his|that)\s+(?:\w+\s+)?(?:paper\w*|report|results?|sheet|printout|letter)\b|"
                               r"\b(?:it'?s|its|it is)\s+(?:around|in a drawer|somewhere)\b")


def extract_fev1(answer: Answer, result: Extraction) -> None:
    # how sure someone is, not a measurement; blanked to the same length so time positions still hold
    text = _CERTAINTY_PERCENT.sub(lambda m: " " * len(m.group()), answer.text)
    text = _STAGE_OR_RATIO.sub(lambda m: " " * len(m.group()), text) if answer.asked == "fev1_percent" else text
    if answer.asked == "fev1_percent" and (_NO_RECENT_TEST.search(text) or _RESULT_MISPLACED.search(text)) \
            and not re.search(r"\d\s*(?:%|percent)", text) and not _VALUE_FIRST.match(text):  # also "I have it somewhere but can't find it"
        result.unsure.add("fev1_percent")  # (not "47 I think, haven't had a test in a while": the last value, given)
        return
    percents = list(re.finditer(r"(?<![\d.])(\d{1,3}(?:\.\d+)?)\s*(?:%|percent|per cent)", text))
    if len(percents) > 1 and not re.search(r"\b(fvc|dlco|ratio|before|after|pre|post)\b", text) and re.search(
            r"\b(?:but|now|this (?:month|year|time)|latest|most recent|newest|recent)\b", text[percents[-2].end():percents[-1].start()]):
        text = text[percents[-2].end():]  # "51% in 2024 but the one this month was 38%": the latest value
    mine = re.search(r"\bmine\b[^\d]{0,25}(?=\d)", text)
    if mine and re.search(r"\b(?:my|her|his)\s+(?:\w+\s+)?" + PERSON + r"'?s\b", text[:mine.start()]):
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
    if answer.asked == "fev1_percent" and re.search(r"\bin the (?:low |mid |high |upper |lower )?[1-9]0'?s\b|\b(?<!i'm )(?<!im )(?<!she's )(?<!he's )[1-9]0[\s-]*something\b", text) \
            and not re.search(r"\d\s*(?:%|percent)", text):
        result.unsure.add("fev1_percent")  # "I think it was in the 30s", "30 something": a decade, not the value
        return
    match = re.search(r"\bfev ?1?\b[^\d]{0,40}?(\d{1,3}(?:\.\d+)?)\s*(?:%|percent|per cent)", text) or \
        re.search(r"\b(?:breathing|lung function|pulmonary function|spirometry|pft)\s+tests?\b(?![^\d]{0,40}\b(?:fvc|dlco|ratio)\b)"
                  r"[^\d]{0,40}?(\d{1,3}(?:\.\d+)?)\s*(?:%|percent|per cent)", text) or \
        re.search(r"\bfev ?1?\s*(?:%|percent)\s*(?:of\s+)?(?:pred\w*)?\s*[:=]?\s*(\d{1,3}(?:\.\d+)?)\b(?![.\d])", text) or \
        re.search(r"(\d{1,3}(?:\.\d+)?)\s*(?:%|percent|per cent)\s*(?:of\s+)?(?:predicted|pred)\b", text) or \
        re.search(r"\bfev ?1\s+(?:is|was|=|:)\s*(?:about\s+|around\s+)?(\d{1,3})\b(?![.\d]|\s*(?:l\b|liters?|litres?|ml\b))", text) or \
        re.search(r"^\W*fev ?1\s+(\d{1,3})\W*$", text)  # "fev one 45": the measure named, then its number
    if not match and answer.asked == "fev1_percent":
        fraction = _FRACTION_OF_NORMAL.search(text)
        if fraction:  # "about a quarter of normal" (numbers.py has written it "about 0.25 normal")
            part = 0.5 if fraction.group("part") == "half" else float(fraction.group("part"))
            result.set("fev1_percent", float(round(part * 100)), approximate=True)
            return
        match = re.search(r"(?<![\d.])(\d{1,3}(?:\.\d+)?)\s*(?:%|percent|per cent)", text)
    if not match and answer.asked == "fev1_percent":
        # "it's 19." (not a height, weight or age said beside it: "no clue, but I'm 5'4 and 118 lb")
        match = re.search(r"(?<![\w.'])(\d{1,3}(?:\.\d+)?)\s*(?:%|percent|per cent)?(?!\.?\d)" + _NOT_FEV1_AFTER, text)
        # the unit right after the number ("1.2 l"), not a word cut short ("33 at the l(ast test)")
        if match and re.match(r"\W{0,3}(?:in\s+)?(?:liters?|litres?|l|ml)\b", text[match.end():]):
            match = None
    if match and not re.search(r"\bfev", text) and _OXYGEN_READING.search(text[max(0, match.start() - 40):match.start()]):
        match = None  # "my oxygen level is usually 91%": a saturation, not FEV1
    if not match:
        if (_FEV1_LITRES.search(text) or answer.asked == "fev1_percent" and _LITRES.search(text)) and (answer.asked == "fev1_percent" or not result.facts.get("fev1_percent")):
            result.unsure.add("fev1_percent")  # "FEV1 1.4L": the team works out the percent
        elif answer.asked == "fev1_percent" and (answer.polarity in (NO, UNSURE) or _FEV1_NOT_AT_HAND.search(text)):
            result.unsure.add("fev1_percent")  # "nope", "not offhand, I could look it up": the value is not known
        return
    value = float(match.group(1))
    if 5 <= value <= 150:
        result.set("fev1_percent", value, approximate=bool(HEDGED.search(text) or _THINKS.search(text)))
    else:
        result.invalid["fev1_percent"] = "out_of_range"



_MMRC_RULES: list[tuple[int, re.Pattern]] = [
    (4, re.compile(r"\b(dress\w*|undress\w*|getting dressed|put(?:ting)? (?:my|her|his) clothes on|too breathless to leave|"
                   # dressing, piece by piece: "putting on my shoes and socks", "tying my shoelaces"
                   r"(?:put\w*|pull\w*|get\w*) on (?:my|her|his) (?:shoes|socks|clothes|shirt|pants|trousers|coat|jacket|bra)|"
                   r"(?:ty\w*|do\w*) up (?:my|her|his) (?:shoe\w*|laces|buttons)|"
                   r"(?:put|pull|get)\w* (?:my|her|his) (?:shoes|socks|clothes|shirt|pants|trousers|coat|jacket|bra)(?:\s+and\s+\w+)?\s+on|ty\w* (?:my|her|his) (?:shoe\w*|laces)|"
                   r"button\w* (?:up )?(?:my|her|his)|zip\w* up|"
                   r"can'?t leave the (?:house|flat|apartment|home)|(?:haven'?t|have not|hasn'?t|has not) (?:left|been out of) the (?:house|flat|apartment|home)(?!\s+without)|cannot leave the (?:house|flat|apartment|home)|hardly leaves? the house|rarely leaves? the house|"
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
                   r"\bmail ?box\b|\b(?:after|every|for)\s+(?:walking\s+(?:for\s+)?)?(?:a\s+)?(?:few|couple|\d)\s*(?:of\s+)?minutes?\b|"
                   r"\b\d\s+minutes?\b[^.;]{0,50}\b(?:stop|rest|breath)|\bfew steps\b|"
                   # "walking the dog round the block I have to stop halfway"
                   r"^\W*(?:a\s+)?(?:few|couple of|couple|\d+)\s+minutes?\s+(?:of\s+)?walking\b|"
                   r"\b(?:round|around|down) the (?:block|street)\b(?=[^.;]{0,40}\b(?:stop|rest|halfway|sit down))|"
                   r"\b(?:stop|rest|sit down)\w*\s+(?:about\s+)?halfway\b")),
    (2, re.compile(r"\b(slower than (?:other |most |the |my |her |his )?(?:\w+ ){0,2}(?:people|folks|friends|others|women|men|ladies|"
                   r"guys|everyone|wife|husband|family|age)|slower than my \w+|"
                   r"(?:walk|walks|walking) (?:more )?slow(?:ly|er)?|can'?t keep up|cannot keep up|fall behind|falls behind|"
                   r"lag\w* behind|trail\w* behind|slowest|(?:a\s+|very\s+|real\s+|really\s+)?slow walker|"
                   # overtaken on the flat: "everyone passes me on the sidewalk"
                   r"(?:everyone|everybody|people|others|other people|folks|the others|they all|even old ladies|old ladies)\s+(?:\w+\s+)?"
                   r"(?:pass(?:es)?|overtakes?|walks? (?:right )?(?:past|by)|go(?:es)? (?:right )?(?:past|by)|outwalks?|zooms? (?:past|by))\s+(?:me|her|him)\b|(?:leave|leaves|left) (?:me|her|him) behind|get\w* left behind|"
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
# stairs or a hill named only with a heavy effort in the same exception: "fine unless I'm running or carrying
# heavy stuff up stairs" is grade 0
_HEAVY_BEFORE = re.compile(r"\b(?:unless|only|except|just when)\b[^.;]{0,40}\b(?:run\w*|jog\w*|heavy|strenuous|exert\w*|exercis\w*|lifting|sprint\w*)\b[^.;,]{0,30}$")
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
                           r"pretty much|i'?m at|i am at|at)\W*)*([0-4])(?:\W+(?:on\s+)?(?:most days|usually|mostly|i'?d say|i think|probably|i guess|these days|nowadays|now|lately|right now|at the moment))?"
                           r"(?:\W+(?:maybe|possibly|probably|or|if not)\s+(?:even\s+)?(?:worse|better))?\W*$"
                           r"|^\W*(?:the\s+)?\w+\s+one\W+([0-4])\W*$"
                           # "2. also i'm a type 1 diabetic", "thats me, number 3", "3 no wait 2, ..." (after corrections)
                           r"|^\W*([0-4])\s*[.,):-]\s*(?=[a-z])|^\W*(?:(?:i'?d say|id say|i would say|i think|i guess|probably|prob|maybe|it'?s|that'?s|more like)\W+)*(?:the\s+)?([0-4])\s+(?:one|1)\W*$|\b(?:number|option|grade|no\.)\s*([0-4])\b(?![.\d])"
                           # "4 and on oxygen 3L": the grade, then more about the breathing
                           r"|^\W*([0-4])\s+(?:and|&)\s+(?!(?:a\s+)?half\b|[0-4]\b|or\b)(?=[a-z])")
# "2 or 3" (collapsed by numbers.collapse_ranges to "about 2.5") or "2/3": between two grades
_TWO_GRADES = re.compile(r"^\W*(?:(?:somewhere|maybe|probably|prob|i'?d say|i guess|like|i think)\s+)*(?:between\s+)?(?:about\s+[0-3]\.5|[0-4]\s*(?:or|and|to|-|/)\s*[0-4])\W*$|^\W*(?:between\s+)?about\s+[0-3]\.5\b(?!\s*(?:blocks?|minutes?|miles?))")
_SHORT_WALK_METRES = 400  # mMRC 3 is "stops after about 100 m"; a few hundred metres still counts


def extract_mmrc(answer: Answer, result: Extraction) -> None:
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
    head = SENTENCE_END.split(text, maxsplit=1)[0]
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
    clause = text[slice(*short_clause(text, match.start()))]
    sentence_start = SENTENCE_END.split(text[:match.start()])[-1]
    if RELATIVE.search(sentence_start) and re.search(r"\bbut\s+(?:i'?m|i am|i|me)\b|\bme\W+(?:i|i'?m|only|just)\b|\bas for me\b|\bmyself\b",
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
    if grade == 1 and (_HEAVY_EXAMPLE.search(sentence_start) or _HEAVY_BEFORE.search(sentence_start)):
        return False  # "fine unless I do something strenuous like carrying boxes up the stairs": the load, not the stairs
    if grade == 2 and re.search(r"\b(hurry\w*|rush\w*|fast|brisk\w*|quick\w*)\b", clause):
        return False  # "hurrying on level ground" is grade 1
    if grade == 2 and re.search(r"\b(?:pass\w*|overtake\w*|past|by|outwalks?)\b", match.group(0)) and \
            re.search(r"\b(hill\w*|incline|slope|uphill|stairs|steps)\b", clause):
        return False  # "people pass me on the stairs": the climb, not the flat, slows them
    # volunteered "stairs are hard" is too vague to grade
    return not (grade == 1 and not asked and re.search(r"\b(stairs|upstairs|steps up|flight)\b", match.group(0)))


def _walking_distance(text: str) -> Optional[float]:
    """Metres walked before stopping, when a sentence gives a distance and a stop."""
    for match in _DISTANCE.finditer(text):
        sentence = SENTENCE_END.split(text[match.start():match.start() + 80])[0]
        before = SENTENCE_END.split(text[max(0, match.start() - 80):match.start()])[-1]
        if _STOPS_AFTER.search(before + " " + sentence):
            unit = match.group("unit")
            return float(match.group("n")) * (1609.0 if unit.startswith("mi") else _METRES_PER[unit[0]])
    return None

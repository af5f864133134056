"""Flare-ups: treatments of doubted purpose, infections told to the antibiotic question, diagnoses dated by a stay."""

from __future__ import annotations

from bot.nlu.extract import extract_facts
from tests.bot.nlu.nlu_cases import TODAY, case, cases, check

EXL, ABX = "exacerbation_last_year", "antibiotics_last_12_weeks"

FLARES = cases(
    # a treatment whose reason the speaker doubts
    case("maybe, the walk-in clinic gave me a z-pak but I don't know whether it was for my lungs or my ear", EXL, unsure=(EXL,),
         allow_extra=(ABX, "antibiotics_weeks_ago")),
    # trap: a flare named with the treatment counts
    case("yes, a flare in august, they gave me a z-pak and prednisone", EXL, exacerbation_last_year=True,
         exacerbation_months_ago=3.4, approximate=("exacerbation_months_ago",)),
    # an infection told to the antibiotic question is not said to be a flare
    case("yes, had bronchitis 3 weeks back and took doxycycline", ABX, antibiotics_last_12_weeks=True, antibiotics_weeks_ago=3),
    # trap: the infection said to come from the COPD
    case("yes, pneumonia from my copd 3 weeks back, doxycycline", ABX, allow_extra=("copd_diagnosis",),
         antibiotics_last_12_weeks=True, antibiotics_weeks_ago=3, exacerbation_last_year=True, exacerbation_months_ago=0.7),
    # a diagnosis dated by a hospital stay
    case("the pulmonologist diagnosed my emphysema during a hospital stay", "copd_diagnosis", copd_diagnosis=True),
    # a holiday named with its weekday is the holiday; "rang in 2026" is New Year's Day of that year
    case("it was Easter Sunday, they kept me 3 days", "exacerbation_months_ago", {EXL: True}, exacerbation_months_ago=7.7),
    case("rang in the new year on a breathing machine in the ER", "exacerbation_months_ago", {EXL: True},
         exacerbation_months_ago=10.8),
    # trap: a plain weekday is still the last such day
    case("on sunday, they sent me home the same night", "exacerbation_months_ago", {EXL: True}, exacerbation_months_ago=0.1),
    # trap: a stay for the breathing itself
    case("yes, and I was in the hospital for my breathing in july", "copd_diagnosis", copd_diagnosis=True,
         exacerbation_last_year=True, exacerbation_months_ago=4.4, approximate=("exacerbation_months_ago",)),
    # a flare ridden out at home with the usual inhalers needed no course or stay: it does not count
    case("yes in march, just toughed it out with my rescue inhaler", EXL, exacerbation_last_year=False),
    case("had an attack in the summer, waited it out at home with the nebuliser", EXL, exacerbation_last_year=False),
    # ridden out with no treatment said: riding it out at home means no doctor, so no course or stay
    case("yes, a flare in march, rode it out at home", EXL, exacerbation_last_year=False),
    # trap: riding it out until a steroid course was needed counts
    case("had one in march, rode it out at home till the doctor called in prednisone", EXL, exacerbation_last_year=True,
         exacerbation_months_ago=8.4, approximate=("exacerbation_months_ago",)),
    # trap: a flare treated with steroid pills counts
    case("had a flare, they put me on prednisone", EXL, exacerbation_last_year=True),
    # an infection outside the year beside a no is not the flare asked about
    case("no. bronchitis back in 2023 though", EXL, exacerbation_last_year=False),
    # trap: an older flare beside a no still dates the last one
    case("no, the last flare was in 2023, prednisone", EXL, exacerbation_last_year=False, exacerbation_months_ago=40.8,
         approximate=("exacerbation_months_ago",), allow_extra=("steroids_last_12_weeks", "steroids_weeks_ago")),
    # "UC" after "to", "at", "the" is urgent care, not colitis
    case("went to UC for my breathing 2 weeks ago, they gave me prednisone", None, exacerbation_last_year=True,
         exacerbation_months_ago=0.5, steroids_last_12_weeks=True, steroids_weeks_ago=2),
)


@FLARES
def test_flares(c):
    check(c, extract_facts(c.text, TODAY, c.asked, c.known))

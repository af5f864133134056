"""Medicines: second courses dated with the first, corrections, inhaled-only yeses, stopped immunosuppressants."""

from __future__ import annotations

from bot.nlu.extract import extract_facts
from tests.bot.nlu.nlu_cases import TODAY, case, cases, check

ABX, STE, IMM = "antibiotics_last_12_weeks", "steroids_last_12_weeks", "immunosuppressants"

MEDICINES = cases(
    # a second medicine given with the dated course ("... too", "as well")
    case("yep, 4 weeks ago for a bad flare, and they put me on prednisone as well", ABX, allow_extra=("exacerbation_last_year", "exacerbation_months_ago"),
         antibiotics_last_12_weeks=True, antibiotics_weeks_ago=4, steroids_last_12_weeks=True, steroids_weeks_ago=4),
    # a time given, then said to be for the other medicine
    case("yes, 2 weeks ago. no wait, that was the prednisone. the antibiotics were 7 weeks ago", ABX,
         antibiotics_last_12_weeks=True, antibiotics_weeks_ago=7, steroids_last_12_weeks=True, steroids_weeks_ago=2),
    # trap: a plain denial of the other medicine stays a denial
    case("yes, 2 weeks ago, augmentin. no steroids", ABX,
         antibiotics_last_12_weeks=True, antibiotics_weeks_ago=2, steroids_last_12_weeks=False),
    # a yes taken back for an inhaled steroid
    case("yes but only my Symbicort inhaler", STE, steroids_last_12_weeks=False),
    # trap: a systemic steroid named beside the inhaler
    case("yes, prednisone last month, but also my Advair", STE, steroids_last_12_weeks=True, steroids_weeks_ago=5.9),
    # a hedged yes whose only hedge is on the time
    case("I believe so, maybe 6 weeks ago? for my chest", ABX, approximate=(ABX, "antibiotics_weeks_ago"),
         antibiotics_last_12_weeks=True, antibiotics_weeks_ago=6),
    # trap: a doubt about the medicine itself stays unsure
    case("I think so, maybe 6 weeks ago? not sure if it was an antibiotic though", ABX, unsure=(ABX,)),
    # still on the course
    case("two rounds of pred this fall, the second started about 10 days ago and I'm on the last couple of pills now", STE,
         steroids_last_12_weeks=True, steroids_weeks_ago=0),
    # an immunosuppressant said, then said to be stopped
    case("yes, methotrexate. actually sorry, I no longer take it, stopped in the spring", IMM, immunosuppressants=False),
    # trap: still taking it
    case("yes, methotrexate. sorry, I mean weekly, every friday", IMM, immunosuppressants=True),
    # volunteered: none since a time outside the 12 weeks
    case("My last flare was in May, 4 days in hospital on prednisone. No antibiotics since then", None,
         allow_extra=("exacerbation_last_year", "exacerbation_months_ago", "steroids_last_12_weeks", "steroids_weeks_ago"),
         antibiotics_last_12_weeks=False),
    # trap: none since a time inside the 12 weeks says nothing of the window
    case("Had a flare 3 weeks ago, on prednisone for it. No antibiotics since then", None,
         allow_extra=("exacerbation_last_year", "exacerbation_months_ago", "steroids_last_12_weeks", "steroids_weeks_ago")),
    # "still taking" after a second kind of medicine belongs to that one
    case("urgent care gave me a kenalog shot 4 weeks ago and a z-pak I'm still finishing", None,
         antibiotics_last_12_weeks=True, antibiotics_weeks_ago=0, steroids_last_12_weeks=True, steroids_weeks_ago=4),
    case("yes a steroid shot 5 weeks ago and then augmentin which I'm still taking", STE,
         antibiotics_last_12_weeks=True, antibiotics_weeks_ago=0, steroids_last_12_weeks=True, steroids_weeks_ago=5),
    # trap: still taking both
    case("prednisone and doxy 10 days ago, still taking both", None,
         antibiotics_last_12_weeks=True, antibiotics_weeks_ago=0, steroids_last_12_weeks=True, steroids_weeks_ago=0),
    # trap: "still on" before both medicines
    case("I'm still on prednisone and antibiotics from the ER 2 weeks ago", None, allow_extra=("exacerbation_last_year", "exacerbation_months_ago"),
         antibiotics_last_12_weeks=True, antibiotics_weeks_ago=0, steroids_last_12_weeks=True, steroids_weeks_ago=0),
    # biologics for asthma, COPD or eczema: immunomodulating, not classic immunosuppressants, so the team reviews them
    case("just Fasenra shots for my asthma", IMM, unsure=(IMM,), autoimmune_disease=False),
    case("no, only Nucala", IMM, unsure=(IMM,)),
    case("I'm on a biologic for my severe asthma", IMM, unsure=(IMM,), autoimmune_disease=False),
    # trap: a biologic stopped is a no
    case("I was on Xolair years ago but stopped", IMM, immunosuppressants=False),
    # trap: a classic immunosuppressant beside it is a yes
    case("Humira for my psoriasis and Dupixent", IMM, immunosuppressants=True, autoimmune_disease=True),
    # trap: a biologic for an autoimmune disease stays a yes
    case("on a biologic for my RA", IMM, immunosuppressants=True, autoimmune_disease=True),
)


@MEDICINES
def test_medicines(c):
    check(c, extract_facts(c.text, TODAY, c.asked, c.known))

"""Conditions: cleared findings, a relative's illness denied for oneself, harmless heart findings, corrected names."""

from __future__ import annotations

from bot.nlu.extract import extract_facts
from tests.bot.nlu.nlu_cases import TODAY, case, cases, check

CONDITIONS = cases(
    # volunteered: a finding checked and found not to be cancer
    case("they took a polyp out at my colonoscopy last spring, benign. I'm 68", None, age=68, cancer_history=False),
    case("I had a nodule biopsied in 2023 and it came back clear", None, cancer_history=False),
    # trap: a relative's benign lump is not the speaker's history
    case("my sister had a lump that was benign", None),
    # trap: results still to come
    case("had a biopsy on a mole last week, waiting on the results", None),
    # a relative's autoimmune disease, nothing of the sort for the speaker
    case("My brother has crohn's, I don't have anything of the sort", None, autoimmune_disease=False),
    # trap: the speaker denies something else
    case("My brother has crohn's, I don't smoke though", None, allow_extra=("smoking_status", "months_since_nicotine")),
    # answering the immunosuppressant question with a condition that is not autoimmune
    case("no, I have psoriasis-free skin, just asthma, and I only use my inhaler", "immunosuppressants",
         allow_extra=("autoimmune_disease",), immunosuppressants=False),
    case("no, I've got osteoarthritis but only take tylenol for it", "immunosuppressants",
         immunosuppressants=False, autoimmune_disease=False),
    # trap: a non-autoimmune condition named only as what a medicine is for
    case("no, only a steroid-free cream for eczema", "immunosuppressants", immunosuppressants=False),
    # an autoimmune name corrected to another
    case("lupus. no wait, sorry, it's osteoarthritis in my hands", "autoimmune_disease", autoimmune_disease=False),
    # trap: a second condition added, not a correction
    case("lupus, and osteoarthritis as well", "autoimmune_disease", autoimmune_disease=True),
    # harmless heart findings volunteered with mild conditions
    case("just high blood pressure and a murmur, the cardiologist says it's innocent", None, heart_condition=False),
    # trap: a murmur with nothing said about it stays for the team
    case("high blood pressure and a murmur", "heart_condition", unsure=("heart_condition",)),
    # asked: a symptom with normal tests
    case("no, I had some skipped beats but the results were all normal", "heart_condition", heart_condition=False),
    # the organ said alone after the year answers the cancer question
    case("2018, the year we moved. Breast", "cancer_history", cancer_history=True, cancer_years_ago=8.4, approximate=("cancer_years_ago",)),
    # trap: a relative named in the answer
    case("2018. my wife. Breast", "cancer_history"),
    # "UC" is ulcerative colitis where the answer is about conditions
    case("UC, diagnosed at 40", "autoimmune_disease", autoimmune_disease=True),
    case("diagnosed with UC back in 2010", None, autoimmune_disease=True),
    case("Entyvio for my UC", "immunosuppressants", immunosuppressants=True, autoimmune_disease=True),
    # trap: "UC" as a place is urgent care
    case("no, the only time I was at UC was for a sprained ankle", "autoimmune_disease", autoimmune_disease=False),
    case("went to UC for my breathing last month", None),
    # a heart finding a doctor called nothing
    case("a murmur but my cardiologist told me it's nothing", "heart_condition", heart_condition=False),
    # trap: "nothing" with tests still going on stays for the team
    case("palpitations, the doc thinks it's nothing but they're doing an echo", "heart_condition", unsure=("heart_condition",)),
    # the heart itself said to be fine beside mild conditions
    case("my heart otherwise is fine, just cholesterol", None, heart_condition=False),
    # trap: a heart attack beside it still counts
    case("my heart itself is fine but I had a heart attack in 2019", None, heart_condition=True),
)


@CONDITIONS
def test_conditions(c):
    check(c, extract_facts(c.text, TODAY, c.asked, c.known))

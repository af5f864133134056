"""End to end: the real servers, a whole screening over the REST channel, and its stored record."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from bot.records import ScreeningRepository
from tests.e2e.conftest import PROJECT_ROOT, RASA_PORT, REPLY_TIMEOUT_S

pytestmark = pytest.mark.e2e

# A synthetic person who qualifies; answers written the way people type them.
ELIGIBLE_CONVERSATION = [
    ("hi", None),
    ("can I join the stem cell study?", "privacy_ack"),
    ("yes that's fine", "age"),
    ("I'm 70", "copd_diagnosis"),
    ("yes, emphysema", "smoking_status"),
    ("I quit back in 2012", "pack_years"),
    ("about a pack a day for 35 years", "months_since_nicotine"),
    ("nothing since I quit", "exacerbation_last_year"),
    ("yes in april, they gave me antibiotics", "mmrc_grade"),
    ("where is the study done?", "mmrc_grade"),
    ("I have to stop after about 100 yards on the flat", "antibiotics_last_12_weeks"),
    ("no", "steroids_last_12_weeks"),
    ("no, just my Breo inhaler", "immunosuppressants"),
    ("no", "heart_condition"),
    ("only high blood pressure", "cancer_history"),
    ("never", "autoimmune_disease"),
    ("no", "height_cm"),
    ("5 foot 10 and 180 pounds", "pregnant_or_breastfeeding"),
    ("no", "can_attend_site_visits"),
    ("yes my daughter can drive me", "fev1_percent"),
    ("I don't know it", "answers_confirmed"),
    ("yes, that's all right", "contact_consent"),
]


def texts(replies: list[dict]) -> str:
    return " ".join(r.get("text") or "" for r in replies)


def test_a_whole_screening_over_rest_is_understood_judged_and_stored(rest, server_env):
    sender = "e2e-eligible-1"
    for message, next_question in ELIGIBLE_CONVERSATION:
        replies = rest.say(sender, message)
        assert replies, f"no reply to {message!r}"
        if message.startswith("I don't know"):
            assert "Is this right?" in texts(replies)
        slots = rest.slots(sender)
        assert slots["requested_slot"] == next_question, (message, texts(replies))
        if message.startswith("where"):
            assert "Jacksonville" in texts(replies)
    assert "likely to qualify" in texts(replies)
    assert rest.slots(sender)["eligibility"] == "likely_eligible"  # set when told, before the contact offer
    replies = rest.say(sender, "no thanks")
    assert "haven't kept any contact details" in texts(replies)
    slots = rest.slots(sender)
    assert slots["requested_slot"] is None and slots["contact_consent"] is False
    assert slots["eligibility"] == "likely_eligible"
    assert slots["unmet_criteria"] == [] and slots["recheck_after"] is None
    assert slots["pack_years"] == pytest.approx(35)
    assert slots["bmi"] == pytest.approx(25.8, abs=0.2)

    record = ScreeningRepository(server_env["DATABASE_URL"]).get_screening(sender)
    assert record["outcome"] == "likely_eligible"
    assert record["facts"]["pack_years"]["source_text"] == "about a pack a day for 35 years"
    assert {r["id"]: r["status"] for r in record["results"]}["kidney_function"] == "clinic"


def test_a_current_smoker_is_stopped_early_with_the_reason(rest):
    sender = "e2e-smoker-1"
    for message in ["am I eligible", "ok", "58", "yes", "I still smoke, trying to cut down"]:
        replies = rest.say(sender, message)
    slots = rest.slots(sender)
    assert slots["eligibility"] == "not_eligible"
    assert "smoking_history" in slots["unmet_criteria"]
    assert slots["requested_slot"] == "contact_consent"  # the offer to hear about future studies
    assert "ClinicalTrials.gov" in texts(replies)


def test_deleting_my_data_removes_the_record_and_the_conversation(rest, server_env):
    sender = "e2e-delete-1"
    for message in ["can I join?", "yes", "I'm 71", "delete my data"]:
        replies = rest.say(sender, message)
    assert "deleted" in texts(replies)
    assert ScreeningRepository(server_env["DATABASE_URL"]).get_screening(sender) is None
    assert rest.slots(sender)["age"] is None  # a new, empty conversation


SHARED = PROJECT_ROOT.parent / "shared" / "eval"


@pytest.mark.skipif(not (SHARED / "replay.py").exists(), reason="the shared replay tool is not beside the project")
def test_the_development_personas_replay_passes(rest):
    result = subprocess.run(
        [sys.executable, str(SHARED / "replay.py"), str(SHARED / "personas-dev.yml"),
         "--rasa", f"http://127.0.0.1:{RASA_PORT}", "--timeout", str(REPLY_TIMEOUT_S)],
        capture_output=True, text=True, timeout=2400)
    assert result.returncode == 0, result.stdout[-4000:]

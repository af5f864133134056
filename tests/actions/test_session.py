"""action_session_start (actions/session.py): a new session keeps the answers and offers to carry on."""

from __future__ import annotations

from actions.session import ActionSessionStart

from .conftest import make_tracker, run_action


async def start_session(domain, slots):
    tracker = make_tracker(domain, slots=slots, text="hi", intent="greet", active_loop=None)
    return await run_action(ActionSessionStart(), tracker, domain)


async def test_coming_back_with_unfinished_answers_offers_to_carry_on(domain):
    slots = {"privacy_ack": True, "age": 67.0, "copd_diagnosis": True, "unsure_facts": ["smoking_status"],
             "unclear_answers": 1.0}
    result = await start_session(domain, slots)
    assert result.responses == ["utter_welcome_back"]
    assert result.messages[0]["answered"] == 3
    assert result.events[0]["event"] == "session_started"
    assert (result.events[-1]["event"], result.events[-1]["name"]) == ("action", "action_listen")
    assert result.slot_sets == {"privacy_ack": True, "age": 67.0, "copd_diagnosis": True,
                                "unsure_facts": ["smoking_status"]}


async def test_a_first_visit_says_nothing_and_carries_nothing(domain):
    result = await start_session(domain, {})
    assert result.messages == []
    assert [e["event"] for e in result.events] == ["session_started", "action"]


async def test_a_finished_screening_is_kept_without_an_offer(domain):
    result = await start_session(domain, {"privacy_ack": True, "age": 67.0, "eligibility": "likely_eligible"})
    assert result.messages == []
    assert result.slot_sets["eligibility"] == "likely_eligible"


async def test_no_offer_without_consent(domain):
    result = await start_session(domain, {"privacy_ack": False, "age": 67.0})
    assert result.messages == []

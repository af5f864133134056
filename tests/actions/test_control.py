"""action_stop_screening and action_explain_question (actions/control.py)."""

from __future__ import annotations

import copy

import pytest

from actions.control import ActionExplainQuestion, ActionStopScreening

from .conftest import make_tracker, run_action


async def test_stop_ends_the_form_and_keeps_the_answers(domain):
    tracker = make_tracker(domain, slots={"privacy_ack": True, "age": 67.0}, text="stop",
                           intent="stop", requested_slot="copd_diagnosis")
    result = await run_action(ActionStopScreening(), tracker, domain)
    assert result.responses == ["utter_stopped"]
    assert {"event": "active_loop", "name": None, "timestamp": None} in result.events
    assert result.slot_sets == {"requested_slot": None}  # no answer is cleared


@pytest.mark.parametrize("requested", ["age", "mmrc_grade", "privacy_ack", None])
async def test_why_ask_explains_the_pending_question(domain, requested):
    tracker = make_tracker(domain, slots={"privacy_ack": True}, text="why do you ask?",
                           intent="why_ask", requested_slot=requested)
    result = await run_action(ActionExplainQuestion(), tracker, domain)
    expected = f"utter_why_{requested}"
    assert result.responses == [expected if expected in domain["responses"] else "utter_why_ask"]
    assert result.events == []  # the form asks its question again afterwards


async def test_why_ask_uses_a_question_specific_answer_when_the_domain_has_one(domain):
    extended = copy.deepcopy(domain)
    extended["responses"]["utter_why_pack_years"] = [{"text": "Smoking history matters here."}]
    tracker = make_tracker(extended, text="why?", intent="why_ask", requested_slot="pack_years")
    result = await run_action(ActionExplainQuestion(), tracker, extended)
    assert result.responses == ["utter_why_pack_years"]

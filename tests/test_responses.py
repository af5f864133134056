"""Every response in domain.yml, rendered the way Rasa renders it, is plain and said only once.

Plain: a US school grade of 8 or below by the Flesch-Kincaid formula (textstat), for each
variation, with every variable filled by a realistic value (the reasons from the criteria file,
which the bot sends through utter_reason, included). Said once: no two responses carry the same
text, so each message has one name and one place to change it.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import textstat
import yaml
from rasa.core.nlg.interpolator import interpolate_text

PROJECT_ROOT = Path(__file__).resolve().parents[1]
DOMAIN = yaml.safe_load((PROJECT_ROOT / "domain.yml").read_text(encoding="utf-8"))
CRITERIA = yaml.safe_load((PROJECT_ROOT / "bot" / "eligibility" / "criteria.yml").read_text(encoding="utf-8"))
MAX_GRADE = 8.0
VARIABLE = re.compile(r"{([^\n{}]+?)}")

# Values as the actions fill them in, each as long or as awkward as it gets.
SAMPLES = {
    "recheck_date": "September 30, 2027",
    "age": "67",
    "pack_years": "22.5",
    "years": "11",
    "month": "September 2026",
    "date": "September 30, 2026",
    "feet": "5",
    "inches": "10",
    "pounds": "180",
    "bmi": "25.8",
    "height_cm": "178",
    "weight_kg": "82",
    "fev1": "35",
    "phone": "+19045550123",
    "email": "jane.smith@example.com",
    "answered": "7",
}
CRITERIA_REASONS = sorted({reason for criterion in CRITERIA["criteria"]
                           for reason in (criterion.get("reasons") or {}).values()})


def rendered_texts() -> list[tuple[str, str]]:
    """(response name, rendered text) for every variation; utter_reason once per criteria reason."""
    texts = []
    for name, variations in DOMAIN["responses"].items():
        for variation in variations:
            template = variation.get("text") or ""
            values = [{**SAMPLES, "reason": reason} for reason in CRITERIA_REASONS] \
                if "{reason}" in template else [SAMPLES]
            texts += [(name, interpolate_text(template, value)) for value in values]
    return texts


RENDERED = rendered_texts()


def test_every_variable_has_a_sample_value():
    used = {variable for variations in DOMAIN["responses"].values() for variation in variations
            for variable in VARIABLE.findall(variation.get("text") or "")}
    assert used - set(SAMPLES) - {"reason"} == set()


def test_rendering_leaves_no_placeholder():
    assert [name for name, text in RENDERED if VARIABLE.search(text)] == []


@pytest.mark.parametrize("name,text", RENDERED, ids=[f"{name}:{index}" for index, (name, _) in enumerate(RENDERED)])
def test_every_response_reads_at_grade_8_or_below(name, text):
    grade = textstat.flesch_kincaid_grade(text)
    assert grade <= MAX_GRADE, f"{name} reads at grade {grade}: {text!r}"


def test_no_response_text_is_duplicated():
    def normalised(text: str) -> str:
        return " ".join(text.lower().split())

    seen: dict[str, str] = {}
    duplicates = []
    for name, variations in DOMAIN["responses"].items():
        for variation in variations:
            key = normalised(variation.get("text") or "")
            if key in seen and seen[key] != name:
                duplicates.append((seen[key], name))
            seen.setdefault(key, name)
    assert duplicates == []


def test_every_question_of_every_form_says_why_it_is_asked():
    questions = [slot for form in DOMAIN["forms"].values() for slot in form["required_slots"]]
    assert [slot for slot in questions if f"utter_why_{slot}" not in DOMAIN["responses"]] == []


def test_the_readability_check_tells_plain_from_hard():
    # Guards the check itself: a dense sentence must fail where a plain one passes.
    plain = "The study takes place at Mayo Clinic in Jacksonville, Florida. It is the only site."
    dense = ("Participants demonstrating contraindications, including immunosuppressive pharmacotherapy "
             "or autoimmune comorbidities, are categorically ineligible for randomization.")
    assert textstat.flesch_kincaid_grade(plain) <= MAX_GRADE < textstat.flesch_kincaid_grade(dense)

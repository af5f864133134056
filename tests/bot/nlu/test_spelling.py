"""Typos in long medical words are fixed; correct everyday English is never changed."""

from __future__ import annotations

import pytest

from bot.nlu.spelling import correct_spelling


@pytest.mark.parametrize("typed, fixed", [
    ("yes emphazema", "yes emphysema"),
    ("emphysemia", "emphysema"),
    ("just symbicourt", "just symbicort"),
    ("albuteral", "albuterol"),
    ("antibotics last month", "antibiotics last month"),
    ("prednisome", "prednisone"),
    ("rhumatoid arthritis", "rheumatoid arthritis"),
    ("methotrexete", "methotrexate"),
    ("out of breth", "out of breath"),
    ("cigerettes", "cigarettes"),
    ("nicotene gum", "nicotine gum"),
    # spelt by ear: several sound-alike letters at once
    ("dr said emfazema", "dr said emphysema"),
    ("emfisema", "emphysema"),
    ("prednizone", "prednisone"),
])
def test_fixes_one_letter_typos(typed, fixed):
    assert correct_spelling(typed) == fixed


@pytest.mark.parametrize("text", [
    "i had to cancel my appointment", "i stepped outside", "i stooped down", "the ponds froze",
    "she was quite tired", "paving the driveway", "attach the file", "my lungs got patched up",
    # correct words near a vocabulary word are vocabulary words themselves
    "they never gave me a diagnosis", "a steroid pill", "one cigar a week", "inhaled steroids",
])
def test_leaves_everyday_words_alone(text):
    assert correct_spelling(text) == text

"""Shared fixtures for the eligibility truth tables."""

from __future__ import annotations

import pytest


@pytest.fixture
def eligible_facts() -> dict:
    """A synthetic person who meets every patient-answered criterion (a fresh dict per test).

    FEV1 % predicted is left out on purpose: it is optional, so the study team measures it
    ("clinic"), like the other clinic criteria.
    """
    return {
        "age": 64.0,
        "copd_diagnosis": True,
        "smoking_status": "former",
        "pack_years": 30.0,
        "months_since_nicotine": 24.0,
        "mmrc_grade": 3.0,
        "exacerbation_last_year": True,
        "exacerbation_months_ago": 5.0,
        "antibiotics_last_12_weeks": False,
        "steroids_last_12_weeks": False,
        "immunosuppressants": False,
        "height_cm": 170.0,
        "weight_kg": 70.0,
        "bmi": 24.2,
        "pregnant_or_breastfeeding": False,
        "cancer_history": False,
        "autoimmune_disease": False,
        "heart_condition": False,
        "can_attend_site_visits": True,
    }

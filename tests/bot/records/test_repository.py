"""ScreeningRepository against SQLite and PostgreSQL. All people here are synthetic."""

from __future__ import annotations

import logging
import uuid
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Iterator
from urllib.parse import quote

import psycopg2
import pytest
from sqlalchemy import func, select, text, update

from bot.records import (
    CriterionResult,
    RecordsUnavailable,
    Screening,
    ScreeningFact,
    ScreeningRepository,
)

POSTGRES_URL = "postgresql://postgres@127.0.0.1:5432/test"
CLOSED_PORT_URL = "postgresql://postgres@127.0.0.1:1/test?connect_timeout=2"
CRITERIA_VERSION = "2024-05-test"

RESULTS = [
    {"id": "I1", "status": "met", "reason": "Age 67 is within 40-80."},
    {"id": "E4", "status": "not_yet", "reason": "Antibiotics 3 weeks ago.", "recheck_after": date(2024, 8, 1)},
    {"id": "E9", "status": "review", "reason": "Unsure about heart condition.", "recheck_after": None},
]


def _postgres_schema_url() -> Iterator[str]:
    """A fresh schema per test, selected through the URL so the repository needs no test hooks."""
    try:
        probe = psycopg2.connect(POSTGRES_URL, connect_timeout=2)
    except psycopg2.OperationalError as exc:
        pytest.skip(f"PostgreSQL not reachable at {POSTGRES_URL}: {exc}")
    schema = f"records_test_{uuid.uuid4().hex[:12]}"
    probe.autocommit = True
    with probe.cursor() as cursor:
        cursor.execute(f'CREATE SCHEMA "{schema}"')
    try:
        yield f"{POSTGRES_URL}?options={quote(f'-csearch_path={schema}')}"
    finally:
        with probe.cursor() as cursor:
            cursor.execute(f'DROP SCHEMA "{schema}" CASCADE')
        probe.close()


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        # A folder that does not exist yet: the repository must create it.
        yield f"sqlite:///{tmp_path / 'records' / 'screenings.db'}"
    else:
        yield from _postgres_schema_url()


@pytest.fixture
def repository(database_url: str) -> Iterator[ScreeningRepository]:
    repo = ScreeningRepository(database_url)
    repo.create_schema()
    yield repo
    repo.close()  # before the schema is dropped


def _row_count(repo: ScreeningRepository, model: type) -> int:
    with repo.engine.connect() as connection:
        return connection.execute(select(func.count()).select_from(model)).scalar_one()


def _set_started_at(repo: ScreeningRepository, conversation_id: str, started_at: datetime) -> None:
    with repo.engine.begin() as connection:
        connection.execute(
            update(Screening).where(Screening.conversation_id == conversation_id).values(started_at=started_at)
        )


def test_sqlite_file_and_its_folder_are_created(tmp_path: Path) -> None:
    database_file = tmp_path / "not" / "yet" / "there.db"
    repo = ScreeningRepository(f"sqlite:///{database_file}")
    assert not database_file.parent.exists()  # nothing happens before first use
    repo.create_schema()
    repo.save_facts("conv-file", {"age": 55.0}, "I'm 55")
    assert database_file.is_file()
    repo.close()


def test_ensure_screening_is_idempotent(repository: ScreeningRepository) -> None:
    first_id = repository.ensure_screening("conv-1", "socketio", CRITERIA_VERSION)
    started_at = repository.get_screening("conv-1")["started_at"]

    assert repository.ensure_screening("conv-1", "rest", "other-version") == first_id

    screening = repository.get_screening("conv-1")
    assert screening["started_at"] == started_at
    assert started_at.tzinfo == timezone.utc
    assert screening["channel"] == "socketio"
    assert screening["criteria_version"] == CRITERIA_VERSION
    assert screening["finished_at"] is None and screening["outcome"] is None
    assert screening["callback_requested"] is False
    assert _row_count(repository, Screening) == 1


def test_facts_are_kept_when_the_person_leaves_midway(database_url: str) -> None:
    repo = ScreeningRepository(database_url)
    repo.create_schema()
    repo.save_facts("conv-left", {"age": 67.0}, "I'm 67 years old", channel="socketio")
    repo.save_facts("conv-left", {"copd_diagnosis": True, "smoking_status": "former"}, "COPD, quit smoking")
    repo.close()  # the action server restarts; the person never comes back

    screening = ScreeningRepository(database_url).get_screening("conv-left")

    assert screening["finished_at"] is None
    assert screening["outcome"] is None
    assert screening["channel"] == "socketio"
    assert screening["facts"] == {
        "age": {"value": 67.0, "source_text": "I'm 67 years old"},
        "copd_diagnosis": {"value": True, "source_text": "COPD, quit smoking"},
        "smoking_status": {"value": "former", "source_text": "COPD, quit smoking"},
    }


def test_fact_values_keep_their_types(repository: ScreeningRepository) -> None:
    facts = {"copd_diagnosis": False, "pack_years": 22.5, "mmrc_grade": 2, "smoking_status": "never",
             "unsure_facts": ["heart_condition", "fev1_percent"]}
    repository.save_facts("conv-types", facts, "assorted answers")

    stored = {name: fact["value"] for name, fact in repository.get_screening("conv-types")["facts"].items()}

    assert stored == facts
    assert type(stored["copd_diagnosis"]) is bool and type(stored["mmrc_grade"]) is int


def test_unsupported_fact_value_is_rejected(repository: ScreeningRepository) -> None:
    with pytest.raises(TypeError):
        repository.save_facts("conv-bad", {"age": {"years": 60}}, "sixty")  # type: ignore[dict-item]
    assert repository.get_screening("conv-bad") is None


def test_latest_statement_wins(repository: ScreeningRepository) -> None:
    repository.save_facts("conv-2", {"smoking_status": "never", "age": 61.0}, "never smoked, 61")
    repository.save_facts("conv-2", {"smoking_status": "former"}, "actually I quit in 2010")

    facts = repository.get_screening("conv-2")["facts"]

    assert facts["smoking_status"] == {"value": "former", "source_text": "actually I quit in 2010"}
    assert facts["age"] == {"value": 61.0, "source_text": "never smoked, 61"}
    assert _row_count(repository, ScreeningFact) == 2


def test_none_removes_a_fact(repository: ScreeningRepository) -> None:
    repository.save_facts("conv-3", {"fev1_percent": 55.0, "age": 70.0}, "FEV1 55, age 70")
    repository.save_facts("conv-3", {"fev1_percent": None, "weight_kg": None}, "I don't really know my FEV1")

    assert set(repository.get_screening("conv-3")["facts"]) == {"age"}


def test_source_text_is_kept_and_truncated(repository: ScreeningRepository) -> None:
    long_answer = "I smoked about a pack a day. " * 60  # well over 1000 characters
    repository.save_facts("conv-4", {"pack_years": 30.0}, long_answer)
    repository.save_facts("conv-4", {"age": 58.0}, None)

    facts = repository.get_screening("conv-4")["facts"]

    assert facts["pack_years"]["source_text"] == long_answer[:1000]
    assert facts["age"]["source_text"] is None


def test_finish_writes_outcome_results_and_facts(repository: ScreeningRepository) -> None:
    repository.save_facts("conv-5", {"age": 67.0, "antibiotics_last_12_weeks": True}, "67, antibiotics lately")

    repository.finish_screening(
        "conv-5",
        outcome="not_yet_eligible",
        recheck_after="2024-08-01",  # Rasa slots carry ISO text
        results=RESULTS,
        facts={"age": 67.0, "bmi": 24.2, "antibiotics_last_12_weeks": True},
        criteria_version=CRITERIA_VERSION,
    )

    screening = repository.get_screening("conv-5")
    assert screening["outcome"] == "not_yet_eligible"
    assert screening["recheck_after"] == date(2024, 8, 1)
    assert screening["finished_at"] >= screening["started_at"]
    assert screening["criteria_version"] == CRITERIA_VERSION
    assert screening["results"] == [
        {"id": "I1", "status": "met", "reason": "Age 67 is within 40-80.", "recheck_after": None},
        {"id": "E4", "status": "not_yet", "reason": "Antibiotics 3 weeks ago.", "recheck_after": date(2024, 8, 1)},
        {"id": "E9", "status": "review", "reason": "Unsure about heart condition.", "recheck_after": None},
    ]
    # An unchanged fact keeps the person's words; a computed one has none.
    assert screening["facts"]["age"] == {"value": 67.0, "source_text": "67, antibiotics lately"}
    assert screening["facts"]["bmi"] == {"value": 24.2, "source_text": None}


def test_finishing_again_replaces_the_results(repository: ScreeningRepository) -> None:
    repository.finish_screening("conv-6", "needs_review", None, RESULTS, {}, CRITERIA_VERSION)
    repository.finish_screening(
        "conv-6", "not_eligible", None, [{"id": "E1", "status": "not_met", "reason": "Age 35."}], {}, "v2"
    )

    screening = repository.get_screening("conv-6")
    assert [result["id"] for result in screening["results"]] == ["E1"]
    assert screening["outcome"] == "not_eligible" and screening["criteria_version"] == "v2"
    assert _row_count(repository, CriterionResult) == 1


def test_failed_finish_leaves_the_earlier_state_intact(repository: ScreeningRepository) -> None:
    repository.save_facts("conv-7", {"age": 72.0, "smoking_status": "former"}, "72, ex-smoker")
    repository.finish_screening("conv-7", "needs_review", None, RESULTS, {"age": 72.0}, CRITERIA_VERSION)
    before = repository.get_screening("conv-7")

    # The outcome and facts are changed first; the second result lacks "status", so the
    # transaction fails after those writes were already sent to the database.
    broken_results = [{"id": "E1", "status": "not_met", "reason": "Age."}, {"id": "E2", "reason": "no status"}]
    with pytest.raises(KeyError):
        repository.finish_screening(
            "conv-7", "not_eligible", None, broken_results,
            {"age": 35.0, "smoking_status": None, "bmi": 31.0}, "v2",
        )

    assert repository.get_screening("conv-7") == before
    assert _row_count(repository, CriterionResult) == len(RESULTS)


def test_failed_finish_of_a_new_screening_writes_nothing(repository: ScreeningRepository) -> None:
    with pytest.raises(ValueError):
        repository.finish_screening(
            "conv-8", "needs_review", None, [{"id": "I1", "status": "perhaps"}], {"age": 50.0}, CRITERIA_VERSION
        )

    assert repository.get_screening("conv-8") is None
    assert _row_count(repository, ScreeningFact) == 0


def test_unknown_outcome_is_rejected(repository: ScreeningRepository) -> None:
    with pytest.raises(ValueError):
        repository.finish_screening("conv-9", "eligible-ish", None, [], {}, CRITERIA_VERSION)
    assert repository.get_screening("conv-9") is None


def test_contact_and_callback(repository: ScreeningRepository) -> None:
    repository.finish_screening("conv-10", "likely_eligible", None, RESULTS[:1], {}, CRITERIA_VERSION)
    repository.save_contact("conv-10", True, "Test Person", "+1 555 0100", "test.person@example.org", "mornings")
    repository.request_callback("conv-10")

    screening = repository.get_screening("conv-10")
    assert screening["contact_consent"] is True
    assert (screening["contact_name"], screening["contact_phone"], screening["contact_email"]) == (
        "Test Person", "+1 555 0100", "test.person@example.org",
    )
    assert screening["preferred_time"] == "mornings"
    assert screening["callback_requested"] is True


def test_withdrawn_consent_clears_contact_details(repository: ScreeningRepository) -> None:
    repository.save_contact("conv-11", True, "Sample Person", "+1 555 0101", None, None)
    repository.save_contact("conv-11", False, "Sample Person", "+1 555 0101", None, None)

    screening = repository.get_screening("conv-11")
    assert screening["contact_consent"] is False
    assert screening["contact_name"] is None and screening["contact_phone"] is None


def test_list_screenings_filters(repository: ScreeningRepository) -> None:
    repository.finish_screening("conv-jan", "not_eligible", None, [], {}, CRITERIA_VERSION)
    repository.finish_screening("conv-mar", "likely_eligible", None, [], {}, CRITERIA_VERSION)
    repository.save_facts("conv-apr", {"age": 44.0}, "44")  # unfinished
    _set_started_at(repository, "conv-jan", datetime(2024, 1, 10, 9, 0, tzinfo=timezone.utc))
    _set_started_at(repository, "conv-mar", datetime(2024, 3, 10, 9, 0, tzinfo=timezone.utc))
    _set_started_at(repository, "conv-apr", datetime(2024, 4, 10, 9, 0, tzinfo=timezone.utc))

    def conversations(**filters: object) -> list[str]:
        return [screening["conversation_id"] for screening in repository.list_screenings(**filters)]

    assert conversations() == ["conv-apr", "conv-mar", "conv-jan"]  # newest first
    assert conversations(outcome="likely_eligible") == ["conv-mar"]
    assert conversations(since=date(2024, 3, 1)) == ["conv-apr", "conv-mar"]
    assert conversations(since=datetime(2024, 3, 10, 9, 0, tzinfo=timezone.utc)) == ["conv-apr", "conv-mar"]
    assert conversations(outcome="not_eligible", since=date(2024, 2, 1)) == []
    assert conversations(limit=1) == ["conv-apr"]
    assert repository.list_screenings(limit=1)[0]["facts"] == {"age": {"value": 44.0, "source_text": "44"}}


def test_delete_cascades_to_facts_and_results(repository: ScreeningRepository) -> None:
    repository.save_facts("conv-del", {"age": 66.0, "copd_diagnosis": True}, "66 with COPD")
    repository.finish_screening("conv-del", "needs_review", None, RESULTS, {}, CRITERIA_VERSION)
    repository.save_facts("conv-keep", {"age": 59.0}, "59")

    assert repository.delete_screening("conv-del") is True

    assert repository.get_screening("conv-del") is None
    assert repository.get_screening("conv-keep")["facts"] == {"age": {"value": 59.0, "source_text": "59"}}
    assert _row_count(repository, ScreeningFact) == 1
    assert _row_count(repository, CriterionResult) == 0
    assert repository.delete_screening("conv-del") is False


def test_database_level_cascade(repository: ScreeningRepository) -> None:
    """A delete outside the ORM (e.g. a retention job in SQL) also removes the children."""
    repository.finish_screening("conv-sql", "needs_review", None, RESULTS, {"age": 63.0}, CRITERIA_VERSION)
    with repository.engine.begin() as connection:
        connection.execute(text("DELETE FROM screenings"))

    assert _row_count(repository, ScreeningFact) == 0
    assert _row_count(repository, CriterionResult) == 0


def test_unreachable_database_raises_records_unavailable() -> None:
    repo = ScreeningRepository(CLOSED_PORT_URL)  # constructing it must not connect

    with pytest.raises(RecordsUnavailable):
        repo.create_schema()
    with pytest.raises(RecordsUnavailable):
        repo.save_facts("conv-outage", {"age": 60.0}, "60")
    with pytest.raises(RecordsUnavailable):
        repo.get_screening("conv-outage")


def _reject_fact_inserts(repo: ScreeningRepository) -> None:
    """A trigger that fails every fact insert, so the failing statement carries health data."""
    if repo.engine.dialect.name == "sqlite":
        statements = [
            "CREATE TRIGGER reject_facts BEFORE INSERT ON screening_facts "
            "BEGIN SELECT RAISE(ABORT, 'facts rejected'); END"
        ]
    else:
        statements = [
            "CREATE FUNCTION reject_facts() RETURNS trigger LANGUAGE plpgsql "
            "AS $$ BEGIN RAISE EXCEPTION 'facts rejected'; END $$",
            "CREATE TRIGGER reject_facts BEFORE INSERT ON screening_facts "
            "FOR EACH ROW EXECUTE FUNCTION reject_facts()",
        ]
    with repo.engine.begin() as connection:
        for statement in statements:
            connection.execute(text(statement))


def test_database_errors_do_not_carry_health_data(repository: ScreeningRepository) -> None:
    _reject_fact_inserts(repository)

    with pytest.raises(RecordsUnavailable) as raised:
        repository.save_facts("conv-err", {"pack_years": 47.5}, "forty-seven and a half pack years")

    cause = str(raised.value.__cause__)
    assert "facts rejected" in cause  # the insert itself failed
    for message in (str(raised.value), cause):
        assert "47.5" not in message and "forty-seven" not in message
    assert repository.get_screening("conv-err") is None  # the screening row was rolled back too


def test_logs_hold_no_health_or_contact_data(
    repository: ScreeningRepository, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="bot.records")
    conversation_id = "+15550102"  # SMS-like channels use the phone number as conversation id

    repository.save_facts(conversation_id, {"age": 77.0, "cancer_history": True}, "77, had melanoma")
    repository.finish_screening(conversation_id, "not_eligible", None, RESULTS, {"age": 77.0}, CRITERIA_VERSION)
    repository.save_contact(conversation_id, True, "Example Person", "+1 555 0102", "example@example.org", "noon")
    repository.request_callback(conversation_id)
    repository.delete_screening(conversation_id)

    messages = "\n".join(record.getMessage() for record in caplog.records)
    assert messages, "the repository should log ids and counts"
    for secret in ("77", "melanoma", "not_eligible", "Example Person", "555", "example.org", "noon"):
        assert secret not in messages

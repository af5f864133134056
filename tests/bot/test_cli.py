"""`bot train`'s model cache: a model is found by the hash of its inputs, restored instead of
trained again, and saved after training; a cache that cannot be written does not fail training."""

from __future__ import annotations

import subprocess

import pytest

from bot import cli
from bot.config import settings


@pytest.fixture
def project(tmp_path, monkeypatch):
    models = tmp_path / "models"
    cache = tmp_path / "cache"
    monkeypatch.setattr(cli, "MODELS_DIR", models)
    monkeypatch.setattr(cli, "PROJECT_ROOT", tmp_path)
    monkeypatch.setattr(cli, "inputs_hash", lambda: "0123456789abcdef")
    monkeypatch.setenv("MODEL_CACHE_DIR", str(cache))
    trainings = []

    def fake_rasa_train(command, **kwargs):
        trainings.append(command)
        (models / (command[command.index("--fixed-model-name") + 1] + ".tar.gz")).write_bytes(b"model")
        return subprocess.CompletedProcess(command, 0)

    monkeypatch.setattr(cli.subprocess, "run", fake_rasa_train)
    monkeypatch.setattr(cli, "project_environment", lambda: {})
    return models, cache, trainings


def test_a_new_model_is_trained_once_and_kept_in_the_cache(project):
    models, cache, trainings = project
    first = cli.train()
    assert first == models / "screening-0123456789abcdef.tar.gz" and first.read_bytes() == b"model"
    assert (cache / first.name).read_bytes() == b"model"
    cli.train()
    assert len(trainings) == 1  # up to date: not trained again


def test_a_fresh_clone_restores_the_cached_model_instead_of_training(project, capsys):
    models, cache, trainings = project
    cache.mkdir()
    (cache / "screening-0123456789abcdef.tar.gz").write_bytes(b"cached model")
    model = cli.train()
    assert model.read_bytes() == b"cached model" and not trainings
    assert "restored from the cache" in capsys.readouterr().out
    assert not list(models.glob("*.partial"))


def test_a_model_for_other_inputs_is_not_restored(project):
    models, cache, trainings = project
    cache.mkdir()
    (cache / "screening-ffffffffffffffff.tar.gz").write_bytes(b"another model")
    assert cli.train().read_bytes() == b"model" and len(trainings) == 1


def test_force_trains_even_with_a_cached_model(project):
    models, cache, trainings = project
    cache.mkdir()
    (cache / "screening-0123456789abcdef.tar.gz").write_bytes(b"cached model")
    assert cli.train(force=True).read_bytes() == b"model" and len(trainings) == 1


def test_a_cache_that_cannot_be_written_only_warns(project, monkeypatch, tmp_path, capsys):
    models, cache, trainings = project
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("MODEL_CACHE_DIR", str(blocker / "models"))
    assert cli.train().exists()
    assert "Could not keep the model in the cache" in capsys.readouterr().err


def test_the_cache_can_be_turned_off(project, monkeypatch):
    models, cache, trainings = project
    monkeypatch.setenv("MODEL_CACHE_DIR", "off")
    assert settings().model_cache_dir is None
    cli.train()
    assert not cache.exists()


def test_the_default_cache_is_under_the_users_cache_folder(monkeypatch, tmp_path):
    monkeypatch.delenv("MODEL_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert settings().model_cache_dir == tmp_path / "copd-msc-prescreener" / "models"


def test_the_inputs_hash_covers_the_locked_packages():
    assert "requirements.lock" in cli.TRAINING_INPUTS and "config.yml" in cli.TRAINING_INPUTS


def test_rasa_runs_without_an_auth_token_by_default(monkeypatch, tmp_path):
    monkeypatch.delenv("RASA_AUTH_TOKEN", raising=False)
    command = cli.rasa_run_command(tmp_path / "model.tar.gz", tmp_path / "credentials.yml")
    assert "--enable-api" in command and "--auth-token" not in command
    assert cli.token_query() == ""


def test_rasa_auth_token_guards_the_http_api(monkeypatch, tmp_path):
    monkeypatch.setenv("RASA_AUTH_TOKEN", "synthetic token&x")
    command = cli.rasa_run_command(tmp_path / "model.tar.gz", tmp_path / "credentials.yml")
    assert command[command.index("--auth-token") + 1] == "synthetic token&x"
    assert cli.token_query() == "?token=synthetic+token%26x"


def test_cors_allows_every_origin_unless_the_site_is_named(monkeypatch, tmp_path):
    monkeypatch.delenv("RASA_CORS_ORIGINS", raising=False)
    monkeypatch.delenv("RASA_AUTH_TOKEN", raising=False)
    command = cli.rasa_run_command(tmp_path / "model.tar.gz", tmp_path / "credentials.yml")
    assert command[command.index("--cors") + 1:] == ["*"]
    monkeypatch.setenv("RASA_CORS_ORIGINS", "https://trial.example.org, https://www.trial.example.org")
    command = cli.rasa_run_command(tmp_path / "model.tar.gz", tmp_path / "credentials.yml")
    assert command[command.index("--cors") + 1:] == ["https://trial.example.org", "https://www.trial.example.org"]

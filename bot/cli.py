"""The `bot` command: train when inputs changed, run the servers, and pass commands to Rasa.

    bot train            train a model unless one exists for the current domain, config and data
    bot model            print the path of the model for the current inputs
    bot run              start the action server and the Rasa server; Ctrl-C stops both
    bot shell            chat in this terminal (starts the action server for the session)
    bot rasa ARGS...     run any `rasa` command with the project's environment (e.g. `bot rasa shell`)
    bot replay FILE...   replay recorded conversations against a running server (README: "Replaying conversations")
    bot export ID        write a stored conversation as a replayable file
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Optional

from bot.config import PROJECT_ROOT, settings
from bot.messaging.credentials import effective_credentials

MODELS_DIR = PROJECT_ROOT / "models"
# requirements.lock too: another Rasa or TensorFlow version may not load a model it did not write.
TRAINING_INPUTS = ("domain.yml", "config.yml", "data", "requirements.lock")
KEEP_MODELS = 3
KEEP_CACHED_MODELS = 6


def project_environment() -> dict[str, str]:
    """The environment every child process gets: local defaults for what is not set."""
    config = settings()
    env = dict(os.environ)
    env.setdefault("ACTION_ENDPOINT_URL", config.action_endpoint)
    env.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")  # TensorFlow's start-up chatter hides real messages
    env.setdefault("SQLALCHEMY_SILENCE_UBER_WARNING", "1")
    env.setdefault("RASA_TELEMETRY_ENABLED", "false")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(PROJECT_ROOT), env.get("PYTHONPATH")]))
    (PROJECT_ROOT / "var").mkdir(exist_ok=True)
    return env


def inputs_hash() -> str:
    """A hash of everything training reads, so an unchanged project never trains twice."""
    digest = hashlib.sha256()
    for name in TRAINING_INPUTS:
        path = PROJECT_ROOT / name
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for file in files:
            digest.update(str(file.relative_to(PROJECT_ROOT)).encode())
            digest.update(file.read_bytes())
    return digest.hexdigest()[:16]


def model_path() -> Path:
    return MODELS_DIR / f"screening-{inputs_hash()}.tar.gz"


def train(force: bool = False) -> Path:
    target = model_path()
    if target.exists() and not force:
        print(f"Model is up to date: {target.relative_to(PROJECT_ROOT)}")
        return target
    MODELS_DIR.mkdir(exist_ok=True)
    cache = settings().model_cache_dir
    if cache is not None and not force and restore_from_cache(target, cache):
        print(f"Model restored from the cache ({cache}): {target.relative_to(PROJECT_ROOT)}")
        return target
    started = time.monotonic()
    command = [sys.executable, "-m", "rasa", "train", "--domain", "domain.yml", "--config",
               "config.yml", "--data", "data", "--out", str(MODELS_DIR), "--fixed-model-name",
               target.name.removesuffix(".tar.gz")]
    subprocess.run(command, cwd=PROJECT_ROOT, env=project_environment(), check=True)
    print(f"Trained {target.relative_to(PROJECT_ROOT)} in {time.monotonic() - started:.0f} s")
    _keep_newest(MODELS_DIR, KEEP_MODELS)
    if cache is not None:
        save_to_cache(target, cache)
    return target


def restore_from_cache(target: Path, cache: Path) -> bool:
    """Copy the cached model for these inputs into models/, if there is one."""
    cached = cache / target.name
    if not cached.is_file():
        return False
    partial = target.with_name(target.name + ".partial")
    shutil.copyfile(cached, partial)
    partial.replace(target)  # a copy cut short never passes for a model
    return True


def save_to_cache(model: Path, cache: Path) -> None:
    """Keep a copy of a new model by its inputs hash; a cache that cannot be written only warns."""
    try:
        cache.mkdir(parents=True, exist_ok=True)
        partial = cache / (model.name + ".partial")
        shutil.copyfile(model, partial)
        partial.replace(cache / model.name)
        _keep_newest(cache, KEEP_CACHED_MODELS)
    except OSError as error:
        print(f"Could not keep the model in the cache {cache}: {error.strerror or error}", file=sys.stderr)


def _keep_newest(folder: Path, keep: int) -> None:
    for old in sorted(folder.glob("screening-*.tar.gz"), key=lambda p: p.stat().st_mtime)[:-keep]:
        old.unlink()


def _wait_until_up(url: str, process: subprocess.Popen, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            return False
        try:
            with urllib.request.urlopen(url, timeout=2):
                return True
        except (urllib.error.URLError, OSError):
            time.sleep(0.5)
    return False


def start_action_server(env: dict, output=None) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "bot.action_server", "--actions", "actions", "--port", str(settings().action_port)],
        cwd=PROJECT_ROOT, env=env, stdout=output, stderr=output)


def rasa_run_command(model: Path, credentials: Path) -> list[str]:
    config = settings()
    command = [sys.executable, "-m", "rasa", "run", "--enable-api", "--interface",
               config.rasa_interface, "--port", str(config.rasa_port), "--model", str(model),
               "--endpoints", "endpoints.yml", "--credentials", str(credentials),
               "--cors", *config.rasa_cors_origins]
    if config.rasa_auth_token:
        command += ["--auth-token", config.rasa_auth_token]
    return command


def token_query() -> str:
    """`?token=...` for Rasa's HTTP API when RASA_AUTH_TOKEN is set, else nothing."""
    token = settings().rasa_auth_token
    return "?" + urllib.parse.urlencode({"token": token}) if token else ""


def start_servers(model: Path, env: Optional[dict] = None, quiet: bool = False) -> list[subprocess.Popen]:
    """Start the action server, the Rasa server and the dashboard; returns once all three answer."""
    config = settings()
    env = env or project_environment()
    output = subprocess.DEVNULL if quiet else None
    # Only the channels whose environment variables are set (README: "Messaging channels"); one
    # file per port, so a test server and a development server do not overwrite each other's.
    credentials = effective_credentials(PROJECT_ROOT / "var" / f"credentials-{config.rasa_port}.yml", environ=env)
    if not quiet:
        print("Channels on: " + ", ".join(name.rsplit(".", 1)[-1] for name in credentials.on), flush=True)
    actions = start_action_server(env, output)
    rasa = subprocess.Popen(rasa_run_command(model, credentials.path), cwd=PROJECT_ROOT, env=env,
                            stdout=output, stderr=output)
    dashboard = subprocess.Popen([sys.executable, "-m", "bot.web"], cwd=PROJECT_ROOT, env=env,
                                 stdout=output, stderr=output)
    processes = [actions, rasa, dashboard]
    ok = (_wait_until_up(f"http://127.0.0.1:{config.action_port}/health", actions, 120)
          and _wait_until_up(f"http://127.0.0.1:{config.web_port}/login", dashboard, 60)
          and _wait_until_up(f"http://127.0.0.1:{config.rasa_port}/status" + token_query(), rasa, 300))
    if not ok:
        stop_servers(processes)
        raise RuntimeError("the servers did not start; see the messages above")
    return processes


def stop_servers(processes: list[subprocess.Popen]) -> None:
    for process in processes:
        if process.poll() is None:
            process.terminate()
    for process in processes:
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()


def run() -> int:
    model = train()
    config = settings()
    processes = start_servers(model)
    host = config.web_interface if config.web_interface not in ("0.0.0.0", "::") else "127.0.0.1"
    web = f"http://{host}:{config.web_port}"
    print(
        f"\nOpen {web}/ to see the study's demo page and chat with the assistant.\n"
        "\nThe screening assistant is running.\n"
        f"  Rasa server (REST and socket.io, HTTP API): http://localhost:{config.rasa_port}\n"
        f"    chat over REST: POST http://localhost:{config.rasa_port}/webhooks/rest/webhook\n"
        f"  Action server: http://localhost:{config.action_port}\n"
        f"  Demo page with the chat widget: {web}/\n"
        f"  Study team dashboard: {web}/screenings (create an account: make user NAME=...)\n"
        f"  Screening records: {config.database_url.split('@')[-1]}\n"
        "Press Ctrl-C to stop.\n", flush=True)
    stopping = []
    signal.signal(signal.SIGTERM, lambda *_: stopping.append(True))
    try:
        while not stopping and all(p.poll() is None for p in processes):
            time.sleep(0.5)
    except KeyboardInterrupt:
        pass
    finally:
        stop_servers(processes)
    return 0 if stopping or all(p.returncode in (0, -signal.SIGTERM, None) for p in processes) else 1


def shell() -> int:
    model = train()
    env = project_environment()
    actions = start_action_server(env, subprocess.DEVNULL)
    try:
        if not _wait_until_up(f"http://127.0.0.1:{settings().action_port}/health", actions, 120):
            raise RuntimeError("the action server did not start")
        return subprocess.run([sys.executable, "-m", "rasa", "shell", "--model", str(model),
                               "--endpoints", "endpoints.yml"], cwd=PROJECT_ROOT, env=env).returncode
    finally:
        stop_servers([actions])


def rasa(arguments: list[str]) -> int:
    return subprocess.run([sys.executable, "-m", "rasa", *arguments], cwd=PROJECT_ROOT,
                          env=project_environment()).returncode


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="bot", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    train_command = commands.add_parser("train", help="train unless the model is up to date")
    train_command.add_argument("--force", action="store_true")
    commands.add_parser("model", help="print the model path for the current inputs")
    commands.add_parser("run", help="start the action server and the Rasa server")
    commands.add_parser("shell", help="chat in this terminal")
    rasa_command = commands.add_parser("rasa", help="run a rasa command with the project's environment")
    rasa_command.add_argument("arguments", nargs=argparse.REMAINDER)
    default_rasa = f"http://localhost:{settings().rasa_port}"
    replay_command = commands.add_parser("replay", help="replay recorded conversations against a running server")
    replay_command.add_argument("files", nargs="+", metavar="FILE")
    replay_command.add_argument("--rasa", default=default_rasa, help=f"Rasa server URL (default {default_rasa})")
    replay_command.add_argument("--concurrency", type=int, default=4, help="conversations at once (default 4)")
    replay_command.add_argument("--timeout", type=float, default=60.0, help="seconds per HTTP call (default 60)")
    export_command = commands.add_parser("export", help="write a stored conversation as a replayable file")
    export_command.add_argument("id", metavar="ID", help="the conversation (sender) id")
    export_command.add_argument("--out", metavar="FILE", help="write here instead of printing")
    export_command.add_argument("--rasa", default=default_rasa, help=f"Rasa server URL (default {default_rasa})")
    args = parser.parse_args(argv)
    if args.command == "train":
        train(force=args.force)
        return 0
    if args.command == "model":
        print(model_path())
        return 0
    if args.command == "run":
        return run()
    if args.command == "shell":
        return shell()
    if args.command == "replay":
        from bot.replay import replay_files
        return replay_files(args.files, args.rasa, args.concurrency, args.timeout)
    if args.command == "export":
        from bot.replay import export_conversation
        date = settings().screening_date
        return export_conversation(args.id, args.rasa, args.out, date.isoformat() if date else None)
    return rasa(args.arguments)


if __name__ == "__main__":
    sys.exit(main())

"""docker-compose.yml is valid, least-privileged and limited; everything it names exists.

Also the production pieces that need no container engine: deploy/nginx.conf
(checked by nginx -t where nginx is installed), the log rotation and what the
privacy page says about it. tests/rehearsal/ runs them for real.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from components.model_check import ALLOW_OFFLINE_ENV
from insights.retention import DEFAULT_DAYS

ROOT = Path(__file__).resolve().parent.parent
COMPOSE = yaml.safe_load((ROOT / "docker-compose.yml").read_text(encoding="utf-8"))
SERVICES = COMPOSE["services"]
BUILT_BY_MAKE = {"models"}  # `make train` writes models/soziale-stadt.tar.gz
SECRETS = ["POSTGRES_PASSWORD", "KB_WRITER_PASSWORD", "KB_READER_PASSWORD",
           "RASA_TRACKER_PASSWORD", "REDIS_PASSWORD"]  # fmt: skip
ONE_SHOT = {"knowledge-build"}
NGINX = (ROOT / "deploy" / "nginx.conf").read_text(encoding="utf-8")
LOGROTATE = ROOT / "deploy" / "logrotate" / "soziale-stadt-nginx"


def _compose_config(env: dict[str, str]) -> subprocess.CompletedProcess:
    if not shutil.which("docker-compose"):
        pytest.skip("docker-compose is not installed (apt-get install docker-compose)")
    return subprocess.run(["docker-compose", "config"], cwd=ROOT, env=env,
                          capture_output=True, text=True)  # fmt: skip


def _with_secrets(*left_out: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in SECRETS}
    return {**env, **{name: f"only-for-validation-{name.lower()}" for name in SECRETS
                      if name not in left_out}}  # fmt: skip


def test_compose_file_is_valid() -> None:
    done = _compose_config(_with_secrets())
    assert done.returncode == 0, done.stderr


@pytest.mark.parametrize("secret", SECRETS)
def test_compose_refuses_to_start_without_each_password(secret: str) -> None:
    done = _compose_config(_with_secrets(secret))
    assert done.returncode != 0 and secret in done.stderr


def _resolved() -> dict:
    done = _compose_config(_with_secrets())
    assert done.returncode == 0, done.stderr
    return yaml.safe_load(done.stdout)["services"]


def test_every_service_restarts_and_has_a_memory_limit() -> None:
    for name, service in _resolved().items():
        expected = "on-failure" if name in ONE_SHOT else "unless-stopped"
        assert service.get("restart") == expected, name
        assert service.get("mem_limit") or service.get("deploy", {}).get("resources"), name


def test_every_long_running_service_has_a_health_check() -> None:
    for name, service in _resolved().items():
        assert name in ONE_SHOT or service.get("healthcheck", {}).get("test"), name


def test_each_service_connects_with_its_own_role() -> None:
    services = _resolved()
    url = {name: s.get("environment", {}).get("DATABASE_URL", "") for name, s in services.items()}
    assert url["knowledge-build"].startswith("postgresql://kb_writer:")
    assert url["action-server"].startswith("postgresql://kb_reader:")
    tracker_url = services["retention"]["environment"]["TRACKER_DB_URL"]
    assert tracker_url.startswith("postgresql://rasa_tracker:")
    endpoints = yaml.safe_load((ROOT / "deploy" / "endpoints.yml").read_text(encoding="utf-8"))
    assert endpoints["tracker_store"]["username"] == "rasa_tracker"
    for name, service in services.items():
        if name != "postgres":  # only the database itself knows the superuser's password
            assert "POSTGRES_PASSWORD" not in service.get("environment", {}), name


def test_redis_needs_a_password_and_rasa_sends_it() -> None:
    command = _resolved()["redis"]["command"]
    assert command[command.index("--requirepass") + 1].startswith("only-for-validation")
    endpoints = yaml.safe_load((ROOT / "deploy" / "endpoints.yml").read_text(encoding="utf-8"))
    assert endpoints["lock_store"]["password"] == "${REDIS_PASSWORD}"


def test_production_rasa_is_two_replicas_that_refuse_offline_models() -> None:
    services = _resolved()
    rasa = [name for name, s in services.items() if s.get("build", {}).get("dockerfile")
            == "Dockerfile.rasa"]  # fmt: skip
    assert len(rasa) == 2
    for name in rasa:
        assert ALLOW_OFFLINE_ENV not in services[name].get("environment", {}), name
        assert "--enable-api" not in services[name].get("command", []), name
    for name in rasa:
        assert f"server {name}:5005" in NGINX


def test_the_rasa_image_installs_the_spacy_model_and_trains_with_it() -> None:
    text = (ROOT / "Dockerfile.rasa").read_text(encoding="utf-8")
    assert re.search(r"de_core_news_sm-3\.4\.\d+-py3-none-any\.whl", text)
    assert re.search(r"rasa train --config config\.yml", text)
    assert "scripts.check_model models/soziale-stadt.tar.gz" in text


def test_retention_runs_daily_with_the_promised_days() -> None:
    retention = _resolved()["retention"]
    assert "insights retention" in " ".join(retention["entrypoint"])
    assert "sleep 86400" in " ".join(retention["entrypoint"])
    assert retention["environment"]["RETENTION_DAYS"] == str(DEFAULT_DAYS)


def _mounted_paths() -> list[str]:
    return [
        volume.split(":")[0]
        for service in SERVICES.values()
        for volume in service.get("volumes", [])
        if volume.startswith("./")
    ]


def test_every_mounted_path_exists() -> None:
    for path in _mounted_paths():
        relative = Path(path).relative_to(".")
        assert relative.parts[0] in BUILT_BY_MAKE or (ROOT / relative).exists(), path


def test_every_dockerfile_and_what_it_copies_exists() -> None:
    dockerfiles = {s["build"]["dockerfile"] for s in _resolved().values() if "build" in s}
    assert dockerfiles
    for name in dockerfiles:
        text = (ROOT / name).read_text(encoding="utf-8")
        for line in text.splitlines():
            match = re.match(r"COPY\s+(?!--from)(.+)\s+\S+$", line)
            if match:
                for source in match.group(1).split():
                    assert (ROOT / source).exists(), f"{name}: {source}"


def test_no_secret_is_written_into_the_compose_file() -> None:
    text = (ROOT / "docker-compose.yml").read_text(encoding="utf-8")
    keys = re.findall(r"^\s*\w*(?:PASSWORD|TOKEN|SECRET|AUTH)\w*:\s*(\S+)", text, re.M)
    in_urls = re.findall(r"postgresql://\w+:(\S+)", text)
    assert keys and in_urls
    for value in keys + in_urls:
        assert value.startswith("${"), value


def test_connectors_import_with_only_what_the_rasa_image_has() -> None:
    """The Rasa container mounts connectors/, components/ and knowledge/, but has no rapidfuzz."""
    code = ("import sys; sys.modules['rapidfuzz'] = None; "
            "import connectors.guard, connectors.rest, connectors.socketio, "
            "connectors.telegram, connectors.privacy, components.spacy_nlp")  # fmt: skip
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-2000:]


def _location(path: str) -> str:
    """The body of one ``location`` block of the server (one line or until its brace)."""
    lines = NGINX.splitlines()
    start = next(i for i, line in enumerate(lines) if line.strip() == f"location {path} {{"
                 or line.strip().startswith(f"location {path} {{ "))  # fmt: skip
    if lines[start].rstrip().endswith("}"):
        return lines[start]
    end = lines.index("    }", start)
    return "\n".join(lines[start:end])


def test_nginx_limits_the_chat_per_client_and_answers_429() -> None:
    chat = _location("/socket.io/")
    assert "limit_req zone=chat_req" in chat and "limit_conn chat_conn" in chat
    assert re.search(r"limit_req_zone \$binary_remote_addr zone=chat_req", NGINX)
    assert "limit_req_status 429;" in NGINX and "limit_conn_status 429;" in NGINX


def test_nginx_passes_only_the_telegram_webhook_and_only_post() -> None:
    telegram = _location("= /webhooks/telegram/webhook")
    assert "limit_except POST { deny all; }" in telegram
    assert "proxy_pass http://rasa/webhooks/telegram/webhook;" in telegram
    assert "return 404;" in _location("/webhooks/")
    assert NGINX.count("proxy_pass") == 2  # socket.io and the Telegram webhook, nothing else


def test_nginx_config_is_accepted_by_nginx(tmp_path: Path) -> None:
    if not shutil.which("nginx"):
        pytest.skip("nginx is not installed (apt-get install nginx)")
    site = re.sub(r"server (rasa-\d):5005", r"server 127.0.0.1:5005", NGINX)
    site = site.replace("/var/log/soziale-stadt/", f"{tmp_path}/")
    (tmp_path / "site.conf").write_text(site)
    (tmp_path / "nginx.conf").write_text(
        f"pid {tmp_path}/nginx.pid; error_log {tmp_path}/error.log; events {{}}\n"
        f"http {{ include /etc/nginx/mime.types; include {tmp_path}/site.conf; }}\n")  # fmt: skip
    command = ["nginx", "-t", "-q", "-p", str(tmp_path), "-c", str(tmp_path / "nginx.conf")]
    done = subprocess.run(command, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def _log_days() -> int:
    text = LOGROTATE.read_text(encoding="utf-8")
    assert re.search(r"^\s*daily$", text, re.M)
    return int(re.search(r"^\s*rotate (\d+)$", text, re.M).group(1))  # type: ignore[union-attr]


def test_logs_are_kept_one_to_two_weeks_and_the_privacy_page_says_so() -> None:
    days = _log_days()
    assert 7 <= days <= 14
    page = (ROOT / "web" / "datenschutz.html").read_text(encoding="utf-8")
    assert f"<strong data-log-days>{days} Tagen</strong>" in page
    assert f"<strong data-retention-days>{DEFAULT_DAYS} Tage</strong>" in page
    assert "access_log /var/log/soziale-stadt/access.log privacy;" in NGINX
    assert "$remote_addr" not in NGINX.split("log_format privacy", 1)[1].split(";", 1)[0]


def test_logrotate_accepts_the_config(tmp_path: Path) -> None:
    if not shutil.which("logrotate"):
        pytest.skip("logrotate is not installed (apt-get install logrotate)")
    config = tmp_path / "nginx.conf"
    config.write_text(LOGROTATE.read_text(encoding="utf-8").replace(
        "/srv/soziale-stadt/var/log/nginx", str(tmp_path)))  # fmt: skip
    (tmp_path / "access.log").write_text("203.0.113.0 GET / 200\n")
    done = subprocess.run(["logrotate", "-f", "-s", str(tmp_path / "state"), str(config)],
                          capture_output=True, text=True)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "access.log.1").exists() and (tmp_path / "access.log").stat().st_size == 0


def _actions_entrypoint() -> list[str]:
    """The ENTRYPOINT and CMD of the action server's image, as exec-form lists."""
    found: dict[str, list[str]] = {}
    for line in (ROOT / "Dockerfile.actions").read_text(encoding="utf-8").splitlines():
        word, _, rest = line.partition(" ")
        if word in ("ENTRYPOINT", "CMD"):
            found[word] = yaml.safe_load(rest)  # exec form: a JSON list
    return found["ENTRYPOINT"] + found["CMD"]


def _run_entrypoint(tmp_path: Path, database: Path, *args: str) -> subprocess.CompletedProcess:
    command = _actions_entrypoint()
    command = command[: command.index("action-server") + 1] + list(args)
    bin_dir = tmp_path / "bin"  # `python` in the image is the venv's here
    bin_dir.mkdir(exist_ok=True)
    wrapper = bin_dir / "python"
    wrapper.write_text(f'#!/bin/sh\nexec "{sys.executable}" "$@"\n', encoding="utf-8")
    wrapper.chmod(0o755)
    env = {**os.environ, "PATH": f"{bin_dir}:{os.environ['PATH']}",
           "DATABASE_URL": f"sqlite:///{database}", "PYTHONPATH": str(ROOT)}  # fmt: skip
    return subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=120)  # fmt: skip


def test_action_image_refuses_to_start_without_a_fitting_knowledge_base(tmp_path: Path) -> None:
    """The image checks the knowledge base before serving, not at the first question."""
    done = _run_entrypoint(tmp_path, tmp_path / "empty.db", "--help")
    assert done.returncode != 0
    assert "Wissensbasis" in done.stderr  # the check's own refusal, not a missing module
    assert "--actions" not in done.stdout  # rasa_sdk never started


def test_action_image_starts_rasa_sdk_after_the_check(tmp_path: Path) -> None:
    done = _run_entrypoint(tmp_path, ROOT / "var" / "knowledge.db", "--help")
    assert done.returncode == 0, done.stderr[-2000:]
    assert "passt zum Sprachmodell" in done.stdout
    assert "--actions" in done.stdout  # rasa_sdk's own help

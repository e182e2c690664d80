"""Production settings: safe by default, configured from the environment."""

import os
import secrets
import subprocess
import sys

from django.conf import settings


def manage(*args, **env) -> subprocess.CompletedProcess:
    environ = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    environ.update(env)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=settings.BASE_DIR,
        env=environ,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_settings_pass_the_deployment_checks_without_warnings():
    result = manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DJANGO_DEBUG="0",
        DJANGO_SECRET_KEY=secrets.token_urlsafe(50),
        DJANGO_ALLOWED_HOSTS="news.example.org",
    )

    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def test_production_refuses_to_start_without_a_secret_key():
    result = manage("check", DJANGO_DEBUG="0")

    assert result.returncode != 0
    assert "Set DJANGO_SECRET_KEY" in result.stderr


def test_a_login_limit_that_is_not_a_whole_number_stops_the_site_with_the_fix():
    result = manage("check", DJANGO_DEBUG="1", NEWSROOM_LOGIN_COOLOFF_MINUTES="soon")

    assert result.returncode != 0
    expected = "NEWSROOM_LOGIN_COOLOFF_MINUTES='soon': give a whole number of 1 or more"
    assert expected in result.stderr


def test_commands_read_a_dotenv_file_so_nothing_needs_exporting(tmp_path):
    dotenv = tmp_path / ".env"
    dotenv.write_text("DJANGO_DEBUG=1\nNEWSROOM_SITE_NAME=Dotenv Desk\n")
    show = "from django.conf import settings; print(settings.DEBUG, settings.NEWSROOM_SITE_NAME)"

    result = manage("shell", "--no-imports", "-c", show, NEWSROOM_ENV_FILE=str(dotenv))

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "True Dotenv Desk"


def test_the_environment_wins_over_the_dotenv_file(tmp_path):
    dotenv = tmp_path / ".env"
    dotenv.write_text("DJANGO_DEBUG=1\nNEWSROOM_SITE_NAME=Dotenv Desk\n")
    show = "from django.conf import settings; print(settings.NEWSROOM_SITE_NAME)"

    result = manage(
        "shell",
        "--no-imports",
        "-c",
        show,
        NEWSROOM_ENV_FILE=str(dotenv),
        NEWSROOM_SITE_NAME="Exported Desk",
    )

    assert result.stdout.strip() == "Exported Desk", result.stderr

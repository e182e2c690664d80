"""The WSGI entry point as a serving process loads it."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

PROBE = """
import gc
before = gc.get_freeze_count()
import newsroom.wsgi
print(before, gc.get_freeze_count(), len(gc.get_objects()))
"""


def test_loading_the_application_freezes_what_it_loaded_out_of_the_collectors_passes():
    # A full collection walks every tracked object: 30-50 ms with Django loaded, a stall
    # in some request every second or two under load (docs/public.md, "Fast pages").
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "newsroom.settings"}
    probe = subprocess.run(
        [sys.executable, "-c", PROBE], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert probe.returncode == 0, probe.stderr
    before, frozen, still_tracked = map(int, probe.stdout.split())
    assert before == 0
    assert frozen > 10 * still_tracked  # Django and the project, nearly all of it

"""Site benchmark: requests/s and p99 per page type, beside a bare Django page (the floor).

    .venv/bin/python bench/site/run.py                 # N = 1,000 and 10,000 published articles
    .venv/bin/python bench/site/run.py --articles 1000 --rounds 1

For each N: a fresh SQLite database filled with bulk inserts, gunicorn (2 sync workers)
on 127.0.0.1:8765 with production settings, then for each page timed loads from wrk
(Debian's package, installed if missing; 1 thread, 4 connections), each just after two
floors, bare views rendering pages of the home page's size with no queries: constant
HTML ("x floor") and the home page's own cards and facets from memory ("x cards floor",
bench/site/floor.py). A page's ratios are to the floors measured beside it, best of
--rounds each. Three servers per N (RUNS): the page cache off with memoised aggregates
warm ("off"), the page cache on ("on"), and neither ("cold").
"""

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "bench" / "out"
PORT = 8765
sys.path.insert(0, str(ROOT))

from bench.site.load import check, ensure_wrk, measure  # noqa: E402

# (name, page cache seconds, memo seconds): the page cache off with memoised aggregates
# warm, as a busy site has them; the page cache on; and neither, every aggregate and
# search ranked on each request.
RUNS = (("off", 0, 300), ("on", 60, 300), ("cold", 0, 0))


def environment(database: Path, cache_seconds: int = 0, memo_seconds: int = 300) -> dict:
    return {
        "NEWSROOM_PAGE_CACHE_SECONDS": str(cache_seconds),
        "NEWSROOM_MEMO_SECONDS": str(memo_seconds),
        "NEWSROOM_CACHE_DIR": str(OUT / "page-cache"),
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "bench.site.settings",
        "DJANGO_DEBUG": "0",
        "DJANGO_SECRET_KEY": "bench-only-" + "x" * 50,
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "DJANGO_SECURE_SSL_REDIRECT": "0",
        "DATABASE_URL": f"sqlite:///{database}",
    }


def prepare(size: int) -> tuple[Path, dict]:
    database = OUT / f"site-{size}.sqlite3"
    env = environment(database)
    if not database.exists():
        subprocess.run(
            [sys.executable, "manage.py", "migrate", "-v0"], cwd=ROOT, env=env, check=True
        )
        subprocess.run(
            [sys.executable, "-m", "bench.site.fill", str(size)], cwd=ROOT, env=env, check=True
        )
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"],
        cwd=ROOT,
        env=env,
        check=True,
    )
    return database, env


def serve(env: dict) -> subprocess.Popen:
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "newsroom.wsgi",
            "--workers",
            "2",
            "--bind",
            f"127.0.0.1:{PORT}",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
    )
    for _ in range(100):
        try:
            check(f"http://127.0.0.1:{PORT}/floor/")
            return server
        except OSError:
            time.sleep(0.1)
    server.kill()
    raise SystemExit("gunicorn did not start")


def pages() -> dict[str, str]:
    return {
        "floor (bare page)": "/floor/",
        "floor, cards": "/floor-cards/",
        "home": "/",
        "article": "/articles/story-1/",
        "person": "/people/awa-ndiaye-1/",
        "programme": "/programmes/border-programme-1/",
        "tag": "/tags/borders/",
        "filtered list": "/?tag=borders&person=awa-ndiaye-1",
        "search": "/search/?q=border+talks",
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--articles", type=int, nargs="+", default=[1000, 10000], help="Sizes N to fill."
    )
    parser.add_argument(
        "--seconds", type=int, default=2, help="Load time of one measurement of a page."
    )
    parser.add_argument(
        "--rounds", type=int, default=3, help="Measurements of each page and its floors."
    )
    args = parser.parse_args()
    ensure_wrk()
    OUT.mkdir(parents=True, exist_ok=True)
    print(
        f"{'N':>6}  {'cache':<5} {'page':<18} {'req/s':>8} {'p99 ms':>8}"
        f" {'x floor':>8} {'x cards floor':>14}"
    )
    for size in args.articles:
        database, _ = prepare(size)
        for name, cache_seconds, memo_seconds in RUNS:
            env = environment(database, cache_seconds, memo_seconds)
            run(size, name, env, args.seconds, args.rounds)


FLOORS = ("floor (bare page)", "floor, cards")


def run(size: int, cache: str, env: dict, seconds: int, rounds: int) -> None:
    """Measure every page against one server, each page beside both floors measured just
    before it, round after round, and report each one's best: noise on a shared machine
    only ever slows a measurement, and drifts in the machine's speed between pages do
    not reach a page's ratios."""
    server = serve(env)
    try:
        urls = {name: f"http://127.0.0.1:{PORT}{path}" for name, path in pages().items()}
        for url in urls.values():  # warm each worker up: imports, memos, compiled SQL
            measure(url, seconds=1)
        best_floors = {name: (0.0, 0.0) for name in FLOORS}
        rows = []
        for name, url in urls.items():
            if name in FLOORS:
                continue
            near = {floor: 0.0 for floor in FLOORS}
            best = (0.0, 0.0)
            for _ in range(rounds):
                for floor in FLOORS:
                    measured = measure(urls[floor], seconds=seconds)
                    near[floor] = max(near[floor], measured[0])
                    best_floors[floor] = max(best_floors[floor], measured)
                best = max(best, measure(url, seconds=seconds))
            rows.append((name, *best, best[0] / near[FLOORS[0]], best[0] / near[FLOORS[1]]))
        constant, cards = best_floors[FLOORS[0]][0], best_floors[FLOORS[1]][0]
        rows[:0] = [
            (FLOORS[0], *best_floors[FLOORS[0]], 1.0, None),
            (FLOORS[1], *best_floors[FLOORS[1]], cards / constant, 1.0),
        ]
        for name, rate, p99, x_floor, x_cards in rows:
            x_cards = "-" if x_cards is None else f"{x_cards:.2f}"
            print(
                f"{size:>6}  {cache:<5} {name:<18} {rate:>8.0f} {p99:>8.1f}"
                f" {x_floor:>8.2f} {x_cards:>14}",
                flush=True,
            )
    finally:
        server.terminate()
        server.wait()


if __name__ == "__main__":
    main()

"""Import benchmark: articles/s and peak memory, beside the read-and-clean floor.

    .venv/bin/python bench/importing/run.py   # N = 1,000 and 10,000; SQLite and PostgreSQL
    .venv/bin/python bench/importing/run.py --sizes 1000 --databases sqlite

Every measurement runs in a fresh child process, so peak memory (ru_maxrss) is that of
one run alone. The floor is the same files merely read, decoded and cleaned, without
extraction or the database. PostgreSQL uses a throw-away database on 127.0.0.1:5432.
"""

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "bench" / "out"
PG_ADMIN = "postgres://postgres@127.0.0.1:5432/postgres"
PG_BENCH = "postgres://postgres@127.0.0.1:5432/newsroom_bench"
# Production settings (DEBUG off: no query log), with a page cache of the run's own.
PRODUCTION = {
    "DJANGO_DEBUG": "0",
    "DJANGO_SECRET_KEY": "import-benchmark-only-" + "x" * 40,
    "NEWSROOM_CACHE_DIR": str(OUT / "cache"),
}

sys.path.insert(0, str(ROOT))
from bench.importing.generate import generate  # noqa: E402


def child(args: list[str], env: dict) -> tuple[float, float]:
    """Run a child process; return its wall time (s) and peak memory (MiB)."""
    started = time.perf_counter()
    process = subprocess.Popen(args, cwd=ROOT, env=env, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{' '.join(args)} failed")
    return elapsed, usage.ru_maxrss / 1024


def fresh_database(kind: str) -> dict:
    env = {**os.environ, **PRODUCTION}
    if kind == "sqlite":
        path = OUT / "bench.sqlite3"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        env["DATABASE_URL"] = f"sqlite:///{path}"
    else:
        import psycopg

        with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
            conn.execute("DROP DATABASE IF EXISTS newsroom_bench")
            conn.execute("CREATE DATABASE newsroom_bench")
        env["DATABASE_URL"] = PG_BENCH
    subprocess.run([sys.executable, "manage.py", "migrate", "-v0"], cwd=ROOT, env=env, check=True)
    return env


def floor(folder: Path) -> None:
    """Read, decode and clean every file: what any importer must at least do."""
    from articles.importing.decode import read_source
    from articles.importing.parse import parse_article

    for path in sorted(folder.glob("*.txt")):
        parse_article(read_source(path, max_bytes=10**6).text)


def measure(size: int, databases: list[str], *, serial: bool = False) -> list[tuple]:
    corpus = OUT / f"corpus-{size}"
    if not corpus.exists() or len(list(corpus.glob("*.txt"))) != size:
        generate(size, corpus)
    env = {**os.environ, **PRODUCTION}
    floor_s, floor_mb = child([sys.executable, __file__, "--floor", str(corpus)], env)
    rows = [(size, "floor: read + clean", floor_s, size / floor_s, floor_mb, 1.0)]
    variants = [("", [])]
    if serial:
        variants.append((", serial", ["--batch-size", "1", "--workers", "0"]))
    for kind in databases:
        for label, options in variants:
            env = fresh_database(kind)
            command = [sys.executable, "manage.py", "import_articles", str(corpus), "--publish"]
            seconds, peak = child([*command, "-v0", *options], env)
            run = f"import ({kind}{label})"
            rows.append((size, run, seconds, size / seconds, peak, seconds / floor_s))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--databases", nargs="+", default=["sqlite", "postgres"])
    parser.add_argument(
        "--serial",
        action="store_true",
        help="also import one file per transaction with no worker processes",
    )
    parser.add_argument("--floor", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.floor:
        floor(args.floor)
        return
    OUT.mkdir(parents=True, exist_ok=True)
    print(f"{'N':>6}  {'run':<30} {'seconds':>8} {'articles/s':>11} {'peak MiB':>9} {'x floor':>8}")
    for size in args.sizes:
        for n, run, seconds, rate, peak, ratio in measure(size, args.databases, serial=args.serial):
            print(f"{n:>6}  {run:<30} {seconds:>8.1f} {rate:>11.0f} {peak:>9.0f} {ratio:>8.1f}")


if __name__ == "__main__":
    main()

"""A bounded load generator: fixed request count, time cap, loopback only."""

import http.client
import threading
import time
from urllib.parse import urlsplit

TIME_CAP = 60.0


def measure(url: str, *, requests: int = 400, threads: int = 4) -> tuple[float, float]:
    """Return (requests per second, p99 latency in ms) for GETs of url."""
    parts = urlsplit(url)
    assert parts.hostname in {"127.0.0.1", "localhost"}, "benchmarks only hit this machine"
    path = parts.path + (f"?{parts.query}" if parts.query else "")
    latencies: list[float] = []
    errors: list[Exception] = []
    lock = threading.Lock()
    deadline = time.perf_counter() + TIME_CAP
    per_thread = max(1, requests // threads)

    def worker():
        try:
            run_requests()
        except Exception as exc:  # reported to the caller below
            errors.append(exc)

    def run_requests():
        connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
        for _ in range(per_thread):
            if time.perf_counter() > deadline:
                break
            started = time.perf_counter()
            connection.request("GET", path)
            response = connection.getresponse()
            response.read()
            if response.status != 200:
                raise OSError(f"{url} answered {response.status}")
            with lock:
                latencies.append(time.perf_counter() - started)
        connection.close()

    started = time.perf_counter()
    workers = [threading.Thread(target=worker) for _ in range(threads)]
    for thread in workers:
        thread.start()
    for thread in workers:
        thread.join()
    elapsed = time.perf_counter() - started
    if errors:
        raise OSError(f"{url}: {errors[0]}")
    latencies.sort()
    p99 = latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))] * 1000
    return len(latencies) / elapsed, p99

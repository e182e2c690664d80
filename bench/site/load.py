"""Load from Debian's wrk (native, so the client is not the ceiling): loopback only."""

import http.client
import re
import shutil
import subprocess
from urllib.parse import urlsplit

UNITS_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0}


def ensure_wrk() -> str:
    """Return the path of wrk, installing Debian's package first if it is missing."""
    if not shutil.which("wrk"):
        print("Installing Debian's wrk for the site benchmark", flush=True)
        subprocess.run(["apt-get", "update", "-qq"], check=True, stdout=subprocess.DEVNULL)
        subprocess.run(
            ["apt-get", "install", "-y", "-qq", "wrk"],
            check=True,
            stdout=subprocess.DEVNULL,
            env={"DEBIAN_FRONTEND": "noninteractive", "PATH": "/usr/sbin:/usr/bin:/sbin:/bin"},
        )
    return shutil.which("wrk")


def check(url: str) -> None:
    """Raise OSError unless url answers 200 (a single GET, for readiness and sanity)."""
    parts = urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    try:
        connection.request("GET", parts.path + (f"?{parts.query}" if parts.query else ""))
        response = connection.getresponse()
        response.read()
    finally:
        connection.close()
    if response.status != 200:
        raise OSError(f"{url} answered {response.status}")


def measure(url: str, *, seconds: int = 5, connections: int = 4) -> tuple[float, float]:
    """Return (requests per second, p99 latency in ms) for GETs of url during seconds."""
    assert urlsplit(url).hostname in {"127.0.0.1", "localhost"}, "benchmarks only hit this machine"
    check(url)
    output = subprocess.run(
        [ensure_wrk(), "-t1", f"-c{connections}", f"-d{seconds}s", "--latency", url],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    if "Non-2xx or 3xx responses" in output:
        raise OSError(f"{url}: some answers were errors\n{output}")
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    value, unit = re.search(r"\s99%\s+([\d.]+)(us|ms|s|m)\b", output).groups()
    return rate, float(value) * UNITS_MS[unit]

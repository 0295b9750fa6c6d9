"""Extraction and enrichment cost against page size (see scripts/bench-sizes).

Usage: bench_sizes.py NEWSDESK_BINARY WORK_DIR PACKAGE_ROOT [SIZES_MB...]
Generates seeded prose (names, places, dates, quotes; no sentence repeated verbatim, so no phrase is
"stuffed"), writes it as an HTML page and as a text dump of each size, runs `newsdesk process` on each
with and without `--extract-only` under /usr/bin/time, and prints one Markdown table. The daemon's
processor caps the body at 1 MiB before enrichment, so a second table times enrichment alone on whole
bodies of ENRICHMENT_ALONE_MB sizes, through the opt-in EnrichmentSizeBenchmark test on a testable
release build (kept in .build-bench). Figures only.
"""
import os
import random
import subprocess
import sys

NEWSDESK, WORK, ROOT = sys.argv[1], sys.argv[2], sys.argv[3]
SIZES = [int(s) for s in sys.argv[4:]] or [1, 2, 4, 8, 16]
# Bodies enriched directly (no 1 MiB cap): linear means 4 MB costs at most 5x 1 MB.
ENRICHMENT_ALONE_MB = [1, 2, 4]
MB = 1_000_000
# The payload limit is 16 MiB: the largest page stays just under it, markup included.
LIMIT = 16 * 1024 * 1024 - 64 * 1024

FIRST = ["Anna", "Peter", "Maria", "John", "Sergei", "Laura", "David", "Chen", "Fatima", "Luis", "Olga", "Tom"]
LAST = ["Berg", "Smith", "Lopez", "Ivanov", "Keller", "Moreau", "Rossi", "Nakamura", "Haddad", "Novak", "Brown"]
PLACES = ["Berlin", "Paris", "Moscow", "Lagos", "Lima", "Toronto", "Sydney", "Madrid", "Cairo", "Seoul", "Oslo"]
ORGS = ["the Ministry of Finance", "Acme Corporation", "the United Nations", "Stanford University", "NATO",
        "the Central Bank", "Reuters", "the European Commission", "Global Health Agency"]
NOUNS = ["budget", "report", "election", "market", "bridge", "harvest", "vaccine", "contract", "strike", "river",
         "treaty", "festival", "court", "factory", "school", "network", "pipeline", "forecast", "museum", "league"]
VERBS = ["approved", "rejected", "delayed", "announced", "reviewed", "expanded", "questioned", "funded", "opened"]
ADJS = ["new", "regional", "disputed", "annual", "private", "public", "costly", "early", "final", "national"]
MONTHS = ["January", "March", "June", "July", "September", "November"]


def sentence(rng, n):
    who = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    kind = rng.randrange(5)
    noun, adj = rng.choice(NOUNS), rng.choice(ADJS)
    if kind == 0:
        return f"{who} said the {adj} {noun} in {rng.choice(PLACES)} was {rng.choice(VERBS)} on {rng.choice(MONTHS)} {rng.randint(1, 28)}, {rng.randint(1990, 2030)} (item {n})."
    if kind == 1:
        return f"“The {noun} will be {rng.choice(VERBS)} before the {adj} {rng.choice(NOUNS)} number {n},” {who} said."
    if kind == 2:
        return f"Officials at {rng.choice(ORGS)} {rng.choice(VERBS)} a {adj} {noun} worth {rng.randint(2, 900)} million last week, according to {rng.choice(ORGS)}."
    if kind == 3:
        return f"In {rng.choice(PLACES)}, residents {rng.choice(VERBS)} the {noun} plan {n} while {who} visited {rng.choice(PLACES)}."
    return f"The {adj} {noun} of {rng.choice(PLACES)} was {rng.choice(VERBS)} by {rng.choice(ORGS)} after {rng.randint(2, 40)} days of talks ({n})."


def paragraphs(size, seed):
    rng = random.Random(seed)
    out, total, n = [], 0, 0
    while total < size:
        para = " ".join(sentence(rng, n + k) for k in range(rng.randint(3, 7)))
        n += 7
        out.append(para)
        total += len(para.encode()) + 2
    return out


def write_pages(mb):
    size = min(mb * MB, LIMIT) - 4096
    paras = paragraphs(size, mb)
    title = f"Generated prose of {mb} MB"
    html = os.path.join(WORK, f"prose-{mb}mb.html")
    with open(html, "w", encoding="utf-8") as f:
        f.write(f"<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{title}</title>"
                f"<meta property=\"article:published_time\" content=\"2025-07-01T09:00:00Z\"></head><body><article>"
                f"<h1>{title}</h1><p>By Anna Berg</p>")
        for p in paras:
            f.write(f"<p>{p}</p>\n")
        f.write("</article></body></html>")
    text = os.path.join(WORK, f"prose-{mb}mb.txt")
    with open(text, "w", encoding="utf-8") as f:
        f.write(f"{title}\nJuly 1, 2025\nBy Anna Berg\n\n" + "\n\n".join(paras) + "\n")
    return [("HTML", html, "html"), ("text dump", text, "text")]


def measure(path, fmt, extract_only):
    command = ["/usr/bin/time", "-f", "%U %S %M", NEWSDESK, "process", "--as", fmt]
    if extract_only:
        command.append("--extract-only")
    out = subprocess.run(command + [path], capture_output=True, text=True)
    user, system, rss_kb = out.stderr.strip().splitlines()[-1].split()
    return float(user) + float(system), int(rss_kb) / 1024, len(out.stdout.encode())


os.makedirs(WORK, exist_ok=True)
print("| input | size | extraction s | enrichment s | total s | peak RSS MB (extract only / full) | result JSON MB |")
print("|---|---|---|---|---|---|---|")
for mb in SIZES:
    for label, path, fmt in write_pages(mb):
        extract_s, extract_rss, _ = measure(path, fmt, True)
        total_s, total_rss, json_bytes = measure(path, fmt, False)
        size = os.path.getsize(path) / MB
        print(f"| {label} | {size:.1f} MB | {extract_s:.2f} | {max(total_s - extract_s, 0):.2f} | {total_s:.2f} | "
              f"{extract_rss:.0f} / {total_rss:.0f} | {json_bytes / MB:.1f} |", flush=True)
print("\nCPU seconds (user + system) of one `newsdesk process` run each, start-up and data loading included;")
print("enrichment = full run - extract-only run (bodies past 1 MiB are cut before enrichment and flagged")
print("output_capped). Generated prose: seeded, no sentence repeated.")


def enrichment_alone():
    folder = os.path.join(WORK, "enrichment-alone")
    os.makedirs(folder, exist_ok=True)
    for old in os.listdir(folder):
        os.remove(os.path.join(folder, old))
    for mb in ENRICHMENT_ALONE_MB:
        with open(os.path.join(folder, f"body-{mb:02d}mb.txt"), "w", encoding="utf-8") as f:
            f.write("\n\n".join(paragraphs(mb * MB, mb)))
    env = dict(os.environ, ENRICHMENT_SIZES_DIR=folder)
    out = subprocess.run(["swift", "test", "-c", "release", "-Xswiftc", "-enable-testing", "--scratch-path",
                          os.path.join(ROOT, ".build-bench"), "--filter", "EnrichmentSizeBenchmark"],
                         capture_output=True, text=True, cwd=ROOT, env=env)
    rows = [dict(kv.split("=", 1) for kv in line.split()[1:]) for line in out.stdout.splitlines() if line.startswith("BENCH body=")]
    if not rows:
        print("\nEnrichment alone: the benchmark printed nothing:\n" + out.stdout[-2000:] + out.stderr[-2000:])
        return
    print("\n| body (enrichment alone, no cap) | enrichment CPU s | per MB | x the 1 MB body | entities |")
    print("|---|---|---|---|---|")
    base = float(rows[0]["enrich_cpu_seconds"])
    for r in rows:
        size, secs = int(r["bytes"]) / MB, float(r["enrich_cpu_seconds"])
        print(f"| {size:.1f} MB | {secs:.2f} | {secs / size:.2f} | {secs / base:.2f} | {r['entities']} |")
    print("Enricher().enrich called directly in a release build (data loaded before timing); linear: 4 MB <= 5x 1 MB.")


enrichment_alone()

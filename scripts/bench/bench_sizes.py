"""Extraction and enrichment cost against page size (see scripts/bench-sizes).

Usage: bench_sizes.py NEWSDESK_BINARY WORK_DIR [SIZES_MB...]
Generates seeded prose (names, places, dates, quotes; no sentence repeated verbatim, so no phrase is
"stuffed"), writes it as an HTML page and as a text dump of each size, runs `newsdesk process` on each
with and without `--extract-only` under /usr/bin/time, and prints one Markdown table. Figures only.
"""
import os
import random
import subprocess
import sys

NEWSDESK, WORK = sys.argv[1], sys.argv[2]
SIZES = [int(s) for s in sys.argv[3:]] or [1, 2, 4, 8, 16]
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
print("enrichment = full run - extract-only run. Generated prose: seeded, no sentence repeated.")

#!/usr/bin/env python3
"""trafilatura-eval (multilingual) score of `newsdesk process --as auto`: share of `with`
snippets found in the body (higher is better), of `without` snippets found (lower is better),
and title/author/date exact match where the set has them (README definitions).

usage: scripts/eval/html_snippet_score.py [--bin PATH]
"""
import argparse, gzip, json, os, subprocess, tempfile, unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DATA = os.path.join(ROOT, "..", "shared", "data", "extraction", "trafilatura-eval")


def ws(s):
    return " ".join((s or "").split()).casefold()


def norm(s):
    if isinstance(s, list):
        s = "; ".join(s)
    s = unicodedata.normalize("NFKC", s or "").casefold()
    s = "".join(" " if unicodedata.category(c).startswith("P") else c for c in s)
    return " ".join(s.split())


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=os.path.join(ROOT, ".build", "release", "newsdesk"))
    args = ap.parse_args()
    evaldata = json.load(open(os.path.join(DATA, "evaldata.json")))
    tmp = tempfile.mkdtemp(prefix="html-snippets-")
    jobs = []
    for url, item in evaldata.items():
        src = os.path.join(DATA, "html", item["file"] + ".gz")
        if not os.path.exists(src):
            continue
        dst = os.path.join(tmp, str(len(jobs)) + ".html")
        with gzip.open(src) as f, open(dst, "wb") as out:
            out.write(f.read())
        jobs.append((url, item, dst))
    results = {}
    for start in range(0, len(jobs), 200):
        batch = [j[2] for j in jobs[start:start + 200]]
        proc = subprocess.run([args.bin, "process", "--as", "auto", *batch], capture_output=True, text=True)
        for line in proc.stdout.split("\n"):
            if line.strip():
                row = json.loads(line)
                results[row["input"]] = row
    found_with = total_with = found_without = total_without = 0
    title = [0, 0]; author = [0, 0]; date = [0, 0]
    for url, item, path in jobs:
        row = results.get(path, {})
        body = ws(row.get("body"))
        for s in item.get("with", []):
            total_with += 1; found_with += ws(s) in body
        for s in item.get("without", []):
            total_without += 1; found_without += ws(s) in body
        if item.get("title"):
            title[1] += 1; title[0] += norm(row.get("title")) == norm(item["title"])
        if item.get("author"):
            author[1] += 1; author[0] += norm("; ".join(row.get("authors") or [])) == norm(item["author"]) or \
                norm(", ".join(row.get("authors") or [])) == norm(item["author"])
        if item.get("date") and isinstance(item["date"], str):
            date[1] += 1; date[0] += (row.get("published_at") or "")[:10] == item["date"][:10]
    print(f"pages {len(jobs)}  with found {found_with / total_with:.3f}  without found {found_without / total_without:.3f}  "
          f"title {title[0] / title[1]:.3f}/{title[1]}  author {author[0] / author[1]:.3f}/{author[1]}  date {date[0] / date[1]:.3f}/{date[1]}")


if __name__ == "__main__":
    main()

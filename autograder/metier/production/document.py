"""The production document checked against the RE: its cover, table of contents, company
presentation page, three parts (each found by a heading that names it) with their themes, its
page budget (estimated, the method said) and its font, size and line spacing.

`verifier_document(contenu, nom)` gives a Rapport of French findings; a file that cannot be read
(wrong format, protected, broken) gives a Rapport whose `refus` says what to do.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from autograder.metier.production.constats import Constat, Rapport
from autograder.metier.production.lecture import METHODE, Bloc, lire_blocs, positions
from autograder.metier.production.regles import (
    MARGE_PAGES,
    MOTS_MIN_THEME,
    Partie,
    nomme_la_competence,
    nomme_la_partie,
    nomme_le_theme,
    regles,
)
from autograder.moteur.formats.base import ReponseInvalide
from autograder.moteur.formats.document import verifier_fichier
from autograder.moteur.lecture_docx import DocxIllisible
from autograder.moteur.lecture_pptx import plat
from autograder.moteur.nombres import nombre

TAILLE_MAX = 50_000_000  # bytes: a 40-page document with photos stays well under


@dataclass
class Structure:
    couverture: range
    sommaire: range | None
    introduction: range
    parties: dict[int, range]  # part number -> its blocks
    fin: int  # where the annexes start (or the end)


def _titres(blocs: list[Bloc]) -> list[int]:
    return [i for i, b in enumerate(blocs) if b.niveau and b.texte and not b.sommaire]


def structure(blocs: list[Bloc]) -> Structure:
    titres = _titres(blocs)
    debuts: dict[int, int] = {}
    for p in regles().parties:
        i = next((i for i in titres if nomme_la_partie(blocs[i].texte, p.numero)), None)
        if i is not None:
            debuts[p.numero] = i
    if titres and len(debuts) < len(regles().parties):  # a top-level heading naming the skill
        haut = min(blocs[i].niveau for i in titres)
        for p in regles().parties:
            if p.numero not in debuts:
                i = next(
                    (
                        i
                        for i in titres
                        if blocs[i].niveau == haut
                        and i not in debuts.values()
                        and nomme_la_competence(blocs[i].texte, p.competence)
                    ),
                    None,
                )
                if i is not None:
                    debuts[p.numero] = i
    premier = min(debuts.values(), default=len(blocs))
    dernier = max(debuts.values(), default=0)
    fin = next(
        (i for i in titres if i > dernier and re.match(r"annexes?\b", plat(blocs[i].texte))),
        len(blocs),
    )
    ordre = sorted(debuts.items(), key=lambda x: x[1])
    parties = {
        n: range(i, ordre[k + 1][1] if k + 1 < len(ordre) else fin)
        for k, (n, i) in enumerate(ordre)
    }
    sommaire = [i for i in range(premier) if blocs[i].sommaire]
    if sommaire:
        couverture = range(0, sommaire[0])
        debut_intro = sommaire[-1] + 1
    else:
        debut_intro = next(
            (
                k
                for k in range(premier)
                if blocs[k].niveau or (k and (blocs[k].saut_avant or blocs[k - 1].saut_apres))
            ),
            premier if premier < len(blocs) else 0,
        )
        couverture = range(0, debut_intro)
    return Structure(
        couverture=couverture,
        sommaire=range(sommaire[0], sommaire[-1] + 1) if sommaire else None,
        introduction=range(debut_intro, premier),
        parties=parties,
        fin=fin,
    )


def _etendue(blocs: list[Bloc], zone: range, pos: list[float]) -> float:
    """The pages a zone takes, from its first block with content (an empty paragraph holding a
    page break belongs to the page before)."""
    debut = next((i for i in zone if blocs[i].texte or blocs[i].images), zone.stop)
    return pos[zone.stop] - pos[debut] if debut < zone.stop else 0.0


def _pages(x: float) -> str:
    return f"{nombre(x, 1)}\u00a0page{'s' if x >= 2 else ''}"


def verifier_document(contenu: bytes, nom: str) -> Rapport:
    """The findings on the production document (.docx)."""
    rapport = Rapport(nom, "document", methode=METHODE)
    try:
        verifier_fichier(nom, contenu, (".docx",), TAILLE_MAX)
        blocs, hauteur_page = lire_blocs(contenu)
    except ReponseInvalide as exc:
        rapport.refus = str(exc)
        return rapport
    except DocxIllisible as exc:
        rapport.refus = f"« {nom} » : {exc}."
        return rapport
    if not any(b.texte for b in blocs):
        rapport.refus = (
            f"« {nom} » ne contient aucun texte : déposez le document de votre production, "
            "écrit dans Writer ou Word."
        )
        return rapport
    s = structure(blocs)
    pos = positions(blocs, hauteur_page)
    _structure(rapport, blocs, s)
    _introduction(rapport, blocs, s, pos)
    for p in regles().parties:
        _partie(rapport, blocs, s, pos, p)
    _total(rapport, blocs, s, pos)
    _mise_en_forme(rapport, blocs, s)
    return rapport


def _structure(rapport: Rapport, blocs: list[Bloc], s: Structure) -> None:
    r = rapport.rubrique("Organisation du document")
    if s.couverture:
        r.append(Constat("ok", "Page de garde repérée (avant le premier titre).", "garde"))
    else:
        r.append(
            Constat(
                "conseil",
                "Pas de page de garde repérée : le RE ne l'impose pas, mais il l'exclut du "
                "décompte des pages ; une page de garde (titre, nom, entreprise, session) "
                "présente votre travail au jury.",
                "garde_absente",
            )
        )
    if s.sommaire:
        r.append(Constat("ok", "Sommaire repéré (exclu du décompte des pages).", "sommaire"))
    else:
        r.append(
            Constat(
                "conseil",
                "Pas de sommaire repéré : insérez une table des matières automatique (Word : "
                "Références › Table des matières ; Writer : Insertion › Table des matières et "
                "index) ; elle s'appuie sur vos styles de titre et guide le jury.",
                "sommaire_absent",
            )
        )
    for p in regles().parties:
        if p.numero in s.parties:
            titre = blocs[s.parties[p.numero].start].texte
            r.append(
                Constat("ok", f"{p.titre} ({p.competence}) : « {titre} ».", f"partie_{p.numero}")
            )
        else:
            r.append(
                Constat(
                    "manque",
                    f"{p.titre} ({p.competence}, « {p.intitule} ») introuvable : le RE demande "
                    "trois parties. Donnez-lui un titre en style « Titre 1 » qui la nomme, par "
                    f"exemple « {p.titre} : {p.intitule.lower()} ».",
                    f"partie_{p.numero}_absente",
                )
            )
    if s.fin < len(blocs):
        r.append(Constat("ok", "Annexes repérées (exclues du décompte des pages).", "annexes"))


def _introduction(rapport: Rapport, blocs: list[Bloc], s: Structure, pos: list[float]) -> None:
    r = rapport.rubrique("Présentation de l'entreprise")
    regle = regles().introduction
    contenu = [blocs[i] for i in s.introduction]
    mots = sum(b.mots for b in contenu)
    if mots < 30 and not any(b.images for b in contenu):
        r.append(
            Constat(
                "manque",
                f"Pas de présentation de l'entreprise avant la première partie. RE : « {regle} »",
                "introduction_absente",
            )
        )
        return
    pages = _etendue(blocs, s.introduction, pos)
    if pages > 1 + MARGE_PAGES:
        r.append(
            Constat(
                "attention",
                f"La présentation de l'entreprise tient environ {_pages(pages)} ({nombre(mots)} "
                f"mots) : le RE la veut « sur une page ». Gardez l'essentiel.",
                "introduction_longue",
            )
        )
    else:
        r.append(
            Constat(
                "ok",
                f"Présentation de l'entreprise : environ {_pages(pages)} ({nombre(mots)} mots).",
                "introduction",
            )
        )


def _partie(rapport, blocs: list[Bloc], s: Structure, pos: list[float], p: Partie) -> None:
    if p.numero not in s.parties:
        return
    r = rapport.rubrique(f"{p.titre} ({p.competence})")
    zone = s.parties[p.numero]
    pages = _etendue(blocs, zone, pos)
    attendu = f"{p.pages_min} à {p.pages_max} pages demandées par le RE"
    if p.pages_min <= pages <= p.pages_max:
        r.append(Constat("ok", f"Environ {_pages(pages)} ({attendu}).", f"partie_{p.numero}_pages"))
    else:
        sens = "trop court" if pages < p.pages_min else "trop long"
        r.append(
            Constat(
                "attention",
                f"Environ {_pages(pages)}, {sens} pour les {attendu} (estimation à "
                f"±\u00a0{nombre(MARGE_PAGES * 100)}\u00a0% : vérifiez dans votre logiciel).",
                f"partie_{p.numero}_pages",
            )
        )
    titres = [i for i in zone if blocs[i].niveau and i != zone.start]
    trouves = []
    for t in p.themes:
        i = next((i for i in titres if nomme_le_theme(blocs[i].texte, t)), None)
        if i is None:
            r.append(
                Constat(
                    "manque",
                    f"Thème {t.numero} « {t.titre} » : aucun titre ne le nomme. Le RE demande de "
                    f"l'aborder : {' '.join(t.elements)}",
                    f"partie_{p.numero}_theme_{t.numero}",
                )
            )
            continue
        trouves.append(t.numero)
        niveau = blocs[i].niveau
        suite = next((k for k in titres if k > i and blocs[k].niveau <= niveau), zone.stop)
        mots = sum(blocs[k].mots for k in range(i + 1, suite))
        if mots < MOTS_MIN_THEME:
            r.append(
                Constat(
                    "attention",
                    f"Thème {t.numero} « {t.titre} » : {nombre(mots)} mots seulement sous son "
                    "titre ; développez-le avec un exemple vécu dans l'entreprise et un chiffre.",
                    f"partie_{p.numero}_theme_{t.numero}_court",
                )
            )
    if trouves:
        r.append(
            Constat(
                "ok",
                f"{len(trouves)} thèmes sur {len(p.themes)} ont un titre qui les nomme "
                f"(n° {', '.join(map(str, trouves))}).",
                f"partie_{p.numero}_themes",
            )
        )


def _total(rapport: Rapport, blocs: list[Bloc], s: Structure, pos: list[float]) -> None:
    g = regles()
    r = rapport.rubrique("Nombre de pages")
    debut = (
        s.introduction.start
        if s.introduction
        else min((z.start for z in s.parties.values()), default=s.fin)
    )
    pages = _etendue(blocs, range(debut, s.fin), pos)
    attendu = f"{g.pages_min} à {g.pages_max} pages, hors page de garde, sommaire et annexe"
    niveau = "ok" if g.pages_min <= pages <= g.pages_max else "attention"
    r.append(Constat(niveau, f"Environ {_pages(pages)} pour {attendu} (RE).", "pages_total"))
    r.append(
        Constat(
            "conseil",
            "Le RE ne dit pas si la page de présentation de l'entreprise entre dans le décompte : "
            "les trois parties totalisent à elles seules "
            f"{sum(p.pages_min for p in g.parties)} à {sum(p.pages_max for p in g.parties)} pages. "
            "Visez le milieu de chaque fourchette et confirmez auprès de votre formateur.",
            "pages_introduction",
        )
    )


def _mise_en_forme(rapport: Rapport, blocs: list[Bloc], s: Structure) -> None:
    g = regles()
    r = rapport.rubrique("Police et interligne")
    zones = [s.introduction, *s.parties.values()]
    corps = [blocs[i] for z in zones for i in z if not blocs[i].niveau and not blocs[i].tableau]
    polices, tailles, interlignes = Counter(), Counter(), Counter()
    for b in corps:
        for n, police, taille in b.runs:
            polices[police] += n
            tailles[taille] += n
        if b.runs and b.interligne is not None:
            interlignes[str(b.interligne)] += sum(n for n, _, _ in b.runs)
    total = sum(polices.values())
    if not total:
        return
    consigne = (
        f"RE : « police {g.police} {nombre(g.taille)}, interligne {nombre(g.interligne, 2)} »"
    )

    def ecarts(compteur: Counter, bon, quoi: str, cle: str, nommer) -> None:
        hors = {k: v for k, v in compteur.items() if k != bon}
        inconnu = hors.pop(None, 0)
        part = sum(hors.values()) / total
        if part > 0.05:
            liste = ", ".join(
                f"{nommer(k)} ({nombre(100 * v / total)}\u00a0%)"
                for k, v in sorted(hors.items(), key=lambda x: -x[1])[:3]
            )
            r.append(
                Constat(
                    "manque" if part > 0.5 else "attention",
                    f"{quoi} : {nombre(100 * part)}\u00a0% du texte courant n'est pas en "
                    f"{nommer(bon)} ({liste}). {consigne} ; réglez le style « Normal ».",
                    cle,
                )
            )
        else:
            r.append(Constat("ok", f"{quoi} : {nommer(bon)}.", cle))
        if inconnu / total > 0.05:
            r.append(
                Constat(
                    "conseil",
                    f"{quoi} : non lisible dans le fichier pour {nombre(100 * inconnu / total)}"
                    "\u00a0% du texte ; vérifiez-la dans votre logiciel.",
                    f"{cle}_inconnue",
                )
            )

    polices_norm = Counter()
    for k, v in polices.items():
        polices_norm[g.police if k and k.lower() == g.police.lower() else k] += v
    ecarts(polices_norm, g.police, "Police", "police", lambda k: k)
    ecarts(
        tailles, g.taille, "Taille", "taille", lambda k: f"{nombre(k, 1 if k % 1 else 0)}\u00a0pt"
    )
    voulu = nombre(g.interligne, 2)
    ecarts(interlignes, voulu, "Interligne", "interligne", lambda k: str(k))

"""Role briefs for the trainers who play the interlocutors of a phone case (data/telephone) in a
live rehearsal of the oral's phone prospecting (RE §3.1: « les membres du jury assurent le rôle
des interlocuteurs »): the switchboard (or assistant) and the decision-maker.

Built from the case's script: its best path gives the lines to say, its 2-point replies say when
to yield, its 0-point replies when to resist and how the call ends; the appointment's limits are
the case's (place, duration) and the simulator's rules (working days, office hours, the weeks
after the call). A brief is a dict with the fields of autograder.metier.examen.jury_roles.Role,
which lays it out with the exam briefs (each subject on its own: no import between them).
"""

from __future__ import annotations

from datetime import date, timedelta

from autograder.metier.telephone import regles
from autograder.metier.telephone.appel import meilleur_parcours
from autograder.metier.telephone.vocabulaire import OBJECTIONS, QUI, TECHNIQUES
from autograder.moteur.nombres import duree

PARTIE = "Prospection téléphonique"  # the oral sub-part's title in data/referentiel


def _de(nom: str) -> str:
    """« de Cargo Beauce », « d'Élise Vasseur » (elision before a vowel)."""
    return f"d'{nom}" if nom[:1].lower() in "aeiouyàâéèêëîïôùûü" else f"de {nom}"


def _phrase(texte: str) -> str:
    """A sentence ending with one full stop, whatever the quote it ends with."""
    return texte if texte.rstrip("\u00a0»").endswith((".", "!", "?", "…")) else texte + "."


def _noeuds_meilleurs(cas: dict) -> list[str]:
    """The nodes the best path goes through, in order."""
    noeuds, nom, out = cas["appel"]["noeuds"], cas["appel"]["depart"], []
    for etape in meilleur_parcours(cas):
        out.append(nom)
        n = noeuds[nom]
        nom = n["saisie"]["suivant"] if "saisie" in n else next(
            c["suivant"] for c in n["choix"] if c["id"] == etape)  # fmt: skip
    return out + [nom]


def _techniques(choix, points) -> str:
    noms = dict.fromkeys(TECHNIQUES[c["technique"]] for c in choix if c["points"] == points)
    return ", ou ".join(noms)


def _repliques(cas: dict, qui: set[str]) -> list[tuple[str, str]]:
    noeuds, out = cas["appel"]["noeuds"], []
    for nom in _noeuds_meilleurs(cas):
        n = noeuds[nom]
        if n["qui"] not in qui or not n["choix"]:
            continue
        objection = OBJECTIONS.get(n.get("objection"), "")
        if regles.normaliser(objection.strip("«»\u00a0 ")) in regles.normaliser(n["dit"]):
            objection = ""  # the line says it already
        fins = [noeuds[c["suivant"]] for c in n["choix"] if c["points"] == 0]
        fin = next((f["dit"] for f in fins if not f["choix"] and "saisie" not in f), None)
        out.append((
            (f"{objection} : " if objection else "") + f"« {n['dit']} »",
            f"Cédez à une réplique qui revient à : {_techniques(n['choix'], 2)}. Résistez à : "
            f"{_techniques(n['choix'], 0)}" + (f" ; vous concluez : « {fin} »" if fin else "."),
        ))  # fmt: skip
    return out


def roles(cas: dict) -> list[dict]:
    """The switchboard (or assistant) and the decision-maker of a phone case."""
    d, v, noeuds = cas["decideur"], cas["vendeur"], cas["appel"]["noeuds"]
    barrage = next(n["qui"] for n in noeuds.values() if n["qui"] != "decideur")
    nom = f"{d['civilite']} {d['prenom']} {d['nom']}"
    appel = date.fromisoformat(cas["date_appel"])
    mensonge = next((noeuds[c["suivant"]]["dit"] for n in noeuds.values() for c in n["choix"]
                     if c["technique"] == "mentir"), "")  # fmt: skip
    vendeur = (f"{v['prenom']} {v['nom']}, {_de(v['entreprise'])} ({v['offre']}), appelle au sujet "
               f"{cas['motif']['phrase']}.")  # fmt: skip
    standard = _brief(
        barrage, f"{QUI[barrage]} : {cas['entreprise']}",
        f"{QUI[barrage]} {_de(cas['entreprise'])} ({cas['ville']})",
        vendeur + " Vous filtrez les appels.",
        [f"La personne à obtenir : {nom}, {d['fonction']}.",
         f"Le jour de l'appel : {regles.date_en_clair(appel)}."],
        _repliques(cas, {"standard", "assistante"}),
        ["Ne donnez jamais de numéro de portable personnel.",
         _phrase("Un mensonge met fin à l'appel" + (f" : « {mensonge} »" if mensonge else ""))],
        [f"Vous donnez le nom {_de(nom)} à une demande honnête et précise, puis passez l'appel."],
    )  # fmt: skip
    fin = appel + timedelta(days=regles.DELAI_JOURS)
    decideur = _brief(
        "decideur", f"Le décideur : {nom}", f"{nom}, {d['fonction']}",
        vendeur + " Vous êtes occupé, mais le sujet vous concerne.",
        [f"Votre entreprise : {cas['entreprise']} ({cas['secteur']}), à {cas['ville']}."],
        _repliques(cas, {"decideur"}),
        [f"Un rendez-vous {cas['rdv']['lieu']}, de {duree(cas['rdv']['duree_min'])} au plus.",
         f"Un jour ouvré jusqu'au {regles.date_en_clair(fin)}, entre "
         f"{regles.heure_en_clair(regles.HEURE_MIN)} et "
         f"{regles.heure_en_clair(regles.HEURE_MAX)} ; vous retenez le premier créneau valable."],
        ["Vous acceptez le rendez-vous quand le candidat propose deux créneaux précis, puis "
         "reformule le jour, l'heure, le lieu, la durée et votre nom."],
        {"duree_min": cas["rdv"]["duree_min"], "jusqu_au": fin.isoformat()},
    )  # fmt: skip
    return [standard, decideur]


def _brief(cle, titre, personnage, situation, sait, objections, limites, ceder, valeurs=None):
    return {
        "cle": cle, "titre": titre, "partie": PARTIE, "personnage": personnage,
        "situation": situation, "sait": tuple(sait), "objections": tuple(objections),
        "limites": tuple(limites), "ceder": tuple(ceder), "valeurs": valeurs or {},
    }  # fmt: skip

"""The bank of phone prospecting calls: data/telephone/*.json, format in its README.

A case is a branching script (the negotiation dialogue's format, autograder.metier.negociation):
nodes with what the other party says (`dit`, said by `qui`) and the caller's choices, or a line
the caller types (`saisie`, checked by autograder.metier.telephone.regles). `charger_cas` checks
every file it loads: a malformed case fails with a French message naming the file and the field.
"""

from __future__ import annotations

import functools
from datetime import date

from autograder.metier.telephone import regles
from autograder.metier.telephone.vocabulaire import OBJECTIONS, QUI, REGLES, TECHNIQUES  # noqa: F401
from autograder.moteur.dialogue import valider_dialogue
from autograder.moteur.paths import charger_fiche, data_path


class CasInvalide(ValueError):
    """Cas d'appel mal formé : le message nomme le fichier et le champ fautif."""


def _texte(data, champ, err) -> None:
    if not isinstance(data.get(champ), str) or not data[champ].strip():
        err(champ, "est absent ou n'est pas un texte non vide")


def valider_cas(data, nom: str) -> None:
    def err(champ, probleme):
        raise CasInvalide(f"{nom} : {champ} {probleme}.")

    if not isinstance(data, dict):
        err("(racine)", "n'est pas un objet JSON")
    for champ in ("id", "entreprise", "secteur", "ville", "date_appel"):
        _texte(data, champ, err)
    try:
        appel = date.fromisoformat(data["date_appel"])
    except ValueError:
        err("date_appel", f"« {data['date_appel']} » n'est pas une date AAAA-MM-JJ")
    if appel.weekday() >= 5 or regles.ferie(appel):
        err("date_appel", "doit être un jour ouvré")
    blocs = {
        "vendeur": ("prenom", "nom", "entreprise", "offre"),
        "decideur": ("civilite", "prenom", "nom", "fonction"),
        "motif": ("phrase",),
        "rdv": ("lieu",),
    }
    for bloc, champs in blocs.items():
        if not isinstance(data.get(bloc), dict):
            err(bloc, f"doit donner {', '.join(champs)}")
        for c in champs:
            _texte(data[bloc], c, lambda ch, p, b=bloc: err(f"{b}.{ch}", p))
    for bloc, liste in (("motif", "mots"), ("rdv", "mots_lieu")):
        mots = data[bloc].get(liste)
        if (
            not isinstance(mots, list)
            or not mots
            or not all(isinstance(m, str) and m for m in mots)
        ):
            err(f"{bloc}.{liste}", "doit être une liste non vide de mots")
    d = data["rdv"].get("duree_min")
    if isinstance(d, bool) or not isinstance(d, int) or not 15 <= d <= 120:
        err("rdv.duree_min", "doit être un nombre entier de minutes entre 15 et 120")
    p = data.get("points_rdv")
    if isinstance(p, bool) or not isinstance(p, int) or not 1 <= p <= 10:
        err("points_rdv", "doit être un nombre entier de points entre 1 et 10")
    valider_dialogue(data.get("appel"), err, "appel", TECHNIQUES, "dit")
    _valider_appel(data, err)


def _valider_appel(data, err) -> None:
    noeuds, vus = data["appel"]["noeuds"], {"regles": set(), "objections": set()}
    for nom, n in noeuds.items():
        ch = f"appel.noeuds.{nom}"
        if n.get("qui") not in QUI:
            err(f"{ch}.qui", f"« {n.get('qui')} » inconnu ; attendu {', '.join(QUI)}")
        s = n.get("saisie")
        if s is not None:
            if n["choix"] or not isinstance(s, dict):
                err(f"{ch}.saisie", "une phrase à taper remplace les choix (choix : [])")
            if s.get("regle") not in REGLES:
                err(
                    f"{ch}.saisie.regle",
                    f"« {s.get('regle')} » inconnue ; attendu {', '.join(REGLES)}",
                )
            for suite in ("suivant", "sinon"):
                if suite in s and s[suite] not in noeuds or suite == "suivant" and suite not in s:
                    err(f"{ch}.saisie.{suite}", f"« {s.get(suite)} » n'est pas un nœud")
            if s.get("plafond", 2) not in (1, 2):
                err(f"{ch}.saisie.plafond", "doit valoir 1 ou 2 (points au plus pour cette phrase)")
            vus["regles"].add(s["regle"])
        elif n["choix"]:
            if min(c["points"] for c in n["choix"]) or not max(c["points"] for c in n["choix"]):
                err(f"{ch}.choix", "doit proposer une réplique à 0 point et une qui en rapporte")
        for i, c in enumerate(n["choix"]):
            if c["technique"] == "mentir" and c["points"] != 0:
                err(f"{ch}.choix[{i}].points", "un mensonge vaut 0 point")
            if noeuds[c["suivant"]].get("revele") and (
                c["points"] < 1 or c["technique"] == "mentir"
            ):
                err(
                    f"{ch}.choix[{i}].suivant",
                    "le nom du décideur n'est donné qu'à une demande honnête et précise",
                )
        if "objection" in n:
            if n["objection"] not in OBJECTIONS:
                err(
                    f"{ch}.objection",
                    f"« {n['objection']} » inconnue ; attendu {', '.join(OBJECTIONS)}",
                )
            if n["qui"] != "decideur" or {c["points"] for c in n["choix"]} != {0, 1, 2}:
                err(f"{ch}.objection", "une objection du décideur a des réponses à 2, 1 et 0 point")
            vus["objections"].add(n["objection"])
        if n.get("revele") and not regles.contient(n["dit"], data["decideur"]["nom"]):
            err(
                f"{ch}.dit",
                f"le nœud qui révèle le décideur doit dire son nom ({data['decideur']['nom']})",
            )
    if vus["regles"] != set(REGLES):
        err("appel.noeuds", f"doit faire taper chacune des phrases : {', '.join(REGLES)}")
    if len(vus["objections"]) < 2:
        err("appel.noeuds", "doit opposer au moins deux objections différentes du décideur")
    if not any(n.get("revele") for n in noeuds.values()):
        err("appel.noeuds", "aucun nœud ne révèle le nom du décideur (revele : true)")
    if not any(c["technique"] == "mentir" for n in noeuds.values() for c in n["choix"]):
        err("appel.noeuds", "doit tenter l'apprenant par un mensonge au barrage (technique mentir)")
    from autograder.metier.telephone.appel import meilleur_parcours, rejouer

    try:
        r = rejouer(data, meilleur_parcours(data))
    except RecursionError:
        err("appel.noeuds", "forme une boucle")
    if not r.rdv or any(e.points < 2 for e in r.etapes):
        err(
            "appel.noeuds",
            "le meilleur parcours doit mener au rendez-vous par des réponses à 2 points "
            "(un détour ne doit pas rapporter plus que la voie directe)",
        )


def lister_cas() -> list[str]:
    return sorted(p.stem for p in data_path("telephone").glob("*.json"))


@functools.lru_cache(maxsize=16)
def charger_cas(ident: str) -> dict:
    return charger_fiche("telephone", ident, CasInvalide, valider_cas, "cas disponibles")


def tirer_cas(rng) -> dict:
    return charger_cas(rng.choice(lister_cas()))

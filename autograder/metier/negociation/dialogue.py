"""The two other graded parts of the simulator: the branching objection dialogue of a persona
and the learner's negotiation preparation (objective, concessions, non-negotiables, walk-away).

Dialogue: each node has the buyer's line and 2–4 choices, each tagged with the technique it uses
(creuser, reformuler, argumenter avec preuve, contrôler… or céder, contredire, esquiver…), its
points (0–2), its teaching feedback and the next node; a node without choices ends the dialogue.
Score = points of the path taken ÷ points of the best path.
"""

from __future__ import annotations

from autograder.calculs import taux_de_marque
from autograder.metier.negociation.personas import (  # noqa: F401  (meilleur_chemin: one entry point)
    AVEC_ARTICLE,
    TECHNIQUES,
    TERMES,
    meilleur_chemin,
)
from autograder.metier.negociation.simulateur import niveau, prix_net
from autograder.moteur.dialogue import NIVEAUX_REPLIQUE, ordre_affiche  # noqa: F401  (shared)
from autograder.moteur.formats import ReponseInvalide
from autograder.moteur.nombres import euros, lire_nombre, pourcent

NON_NEGOCIABLE = "nn"


# -- dialogue --------------------------------------------------------------------------------
def pire_chemin(dlg: dict) -> list[str]:
    """Choice ids taking the fewest points at every step (a wrong answer for the tests)."""
    nom, chemin = dlg["depart"], []
    while dlg["noeuds"][nom]["choix"]:
        c = min(dlg["noeuds"][nom]["choix"], key=lambda x: x["points"])
        chemin.append(c["id"])
        nom = c["suivant"]
    return chemin


def parcourir(dlg: dict, choix: list) -> list[tuple[dict, dict | None]]:
    """[(node, choice taken or None)] along the path; raises ReponseInvalide on a bad choice."""
    nom, etapes = dlg["depart"], []
    for k, c in enumerate(choix, start=1):
        n = dlg["noeuds"][nom]
        pris = next((x for x in n["choix"] if x["id"] == c), None)
        if pris is None:
            raise ReponseInvalide(
                f"Réplique n° {k} : « {c} » n'est pas une réponse possible à cette étape du dialogue."
            )
        etapes.append((n, pris))
        nom = pris["suivant"]
    etapes.append((dlg["noeuds"][nom], None))
    return etapes


def lire_dialogue(dlg: dict, brute) -> dict:
    if not isinstance(brute, dict) or not isinstance(brute.get("choix"), list):
        raise ReponseInvalide("Dialogue illisible : choisissez vos répliques dans le widget.")
    if not all(isinstance(c, str) for c in brute["choix"]):
        raise ReponseInvalide("Dialogue illisible : chaque réplique est un choix de la liste.")
    parcourir(dlg, brute["choix"])
    return {"choix": list(brute["choix"])}


def noter_dialogue(dlg: dict, reponse) -> tuple[float, str, list[str]]:
    try:
        etapes = parcourir(dlg, lire_dialogue(dlg, reponse)["choix"])
    except (ReponseInvalide, KeyError, TypeError):
        return 0.0, "Dialogue illisible : reprenez-le dans le widget.", []
    if len(etapes) == 1:
        return 0.0, "Dialogue pas encore commencé.", []
    best = sum(c["points"] for _, c in parcourir(dlg, meilleur_chemin(dlg)) if c is not None)
    obtenus = sum(c["points"] for _, c in etapes if c is not None)
    details = [
        f"{NIVEAUX_REPLIQUE[c['points']]} — "
        f"{TECHNIQUES[c['technique']].capitalize()} : {c['retour']}"
        for _, c in etapes
        if c is not None
    ]
    fini = not etapes[-1][0]["choix"]
    if not fini:
        details.append("Dialogue inachevé : menez-le jusqu'à sa conclusion.")
    message = f"{obtenus} point{'s' if obtenus > 1 else ''} de technique sur {best}."
    return obtenus / best, message, details


# -- preparation -----------------------------------------------------------------------------
def lire_preparation(p: dict, brute) -> dict:
    """{"objectif": remise visée %, "rupture": remise maximale %, "termes": {terme: "nn" | niveau}}."""
    if not isinstance(brute, dict):
        raise ReponseInvalide("Préparation illisible : remplissez le formulaire de préparation.")
    out = {}
    for champ, quoi in (("objectif", "La remise visée"), ("rupture", "Le point de rupture")):
        v = brute.get(champ)
        if isinstance(v, str) and v.strip():
            try:
                v = lire_nombre(v.replace("%", ""))
            except ValueError as exc:
                raise ReponseInvalide(f"{quoi} : {exc}") from None
        if v is None or (isinstance(v, str) and not v.strip()):
            raise ReponseInvalide(
                f"Non répondu : {quoi.lower()} est vide ; tapez un pourcentage (par exemple 3,5)."
            )
        if isinstance(v, bool) or not isinstance(v, int | float) or not 0 <= v <= 30:
            raise ReponseInvalide(
                f"{quoi} doit être un pourcentage de remise entre 0 et 30 % "
                "(votre réponse précédente est conservée)."
            )
        out[champ] = round(float(v), 2)
    termes = brute.get("termes")
    if not isinstance(termes, dict) or set(termes) != set(TERMES):
        raise ReponseInvalide("Préparation : choisissez une position pour chaque condition.")
    for t, v in termes.items():
        ids = [n["id"] for n in p["termes"][t]["niveaux"][1:]]
        if v not in (NON_NEGOCIABLE, *ids):
            raise ReponseInvalide(
                f"Préparation : « {v} » n'est pas une position proposée pour {AVEC_ARTICLE[t]}."
            )
    out["termes"] = dict(termes)
    return out


def cout_concessions_prevues(p: dict, prep: dict) -> float:
    return sum(niveau(p, t, v)[1]["cout"] for t, v in prep["termes"].items() if v != NON_NEGOCIABLE)


def controles_preparation(p: dict, prep: dict) -> list[tuple[bool, str]]:
    """Each consistency check of the preparation: (passed, teaching message)."""
    out = []
    nn = [t for t, d in p["termes"].items() if d.get("non_negociable")]
    for t in nn:
        ok = prep["termes"][t] == NON_NEGOCIABLE
        out.append((ok, f"{TERMES[t]} : point non négociable, car {p['termes'][t]['raison']}."))
    for t, d in p["termes"].items():
        if "exigence" in d:
            v = prep["termes"][t]
            ok = v != NON_NEGOCIABLE and niveau(p, t, v)[0] >= niveau(p, t, d["exigence"])[0]
            exig = niveau(p, t, d["exigence"])[1]["libelle"]
            out.append(
                (
                    ok,
                    f"{TERMES[t]} : le client en a besoin ({exig}) ; prévoyez d'aller au moins jusque-là.",
                )
            )
    possibles = [t for t, v in prep["termes"].items() if v != NON_NEGOCIABLE]
    out.append(
        (
            len(possibles) >= 2,
            f"{len(possibles)} condition(s) négociable(s) prévue(s) : il en faut au moins deux pour "
            "pouvoir échanger (donnant-donnant) sans tout jouer sur le prix.",
        )
    )
    cout = p["cout_revient"] + cout_concessions_prevues(p, prep)
    tm = taux_de_marque(prix_net(p, prep["rupture"]), cout)
    plancher = p["plancher_taux_de_marque"]
    out.append(
        (
            tm >= plancher - 1e-9,
            f"Au point de rupture ({pourcent(prep['rupture'] / 100)} de remise, net "
            f"{euros(prix_net(p, prep['rupture']), 0)}) avec toutes vos concessions prévues "
            f"(coût total {euros(cout, 0)}), le taux de marque serait de {pourcent(tm)} ; le "
            f"plancher de la direction est de {pourcent(plancher, 0)}.",
        )
    )
    out.append(
        (
            prep["objectif"] < prep["rupture"],
            f"Remise visée {pourcent(prep['objectif'] / 100)}, point de rupture "
            f"{pourcent(prep['rupture'] / 100)} : la remise visée doit rester inférieure au point "
            "de rupture, pour garder une marge de manœuvre.",
        )
    )
    return out


def noter_preparation(p: dict, reponse) -> tuple[float, str, list[str]]:
    try:
        prep = lire_preparation(p, reponse)
    except (ReponseInvalide, TypeError, AttributeError):
        return 0.0, "Préparation illisible : remplissez le formulaire.", []
    ctrl = controles_preparation(p, prep)
    score = sum(ok for ok, _ in ctrl) / len(ctrl)
    details = [f"{'✅ Cohérent' if ok else '❌ À revoir'} : {m}" for ok, m in ctrl]
    justes = sum(ok for ok, _ in ctrl)
    return (
        score,
        f"{justes} point{'s' if justes > 1 else ''} de préparation cohérent{'s' if justes > 1 else ''} sur {len(ctrl)}.",
        details,
    )


def remise_max_plancher(p: dict, cout: float) -> float:
    """The largest discount (0.5 % steps) keeping the taux de marque at the floor or above."""
    k = 0
    while k < 60 and taux_de_marque(prix_net(p, (k + 1) / 2), cout) >= p["plancher_taux_de_marque"]:
        k += 1
    return k / 2


def preparation_incoherente(p: dict) -> dict:
    """A preparation failing every check (a wrong answer for the tests)."""
    termes = {t: NON_NEGOCIABLE for t in TERMES}
    nn = next(t for t, d in p["termes"].items() if d.get("non_negociable"))
    termes[nn] = p["termes"][nn]["niveaux"][-1]["id"]
    return {"objectif": 30.0, "rupture": 30.0, "termes": termes}


def solution_preparation(p: dict) -> dict:
    termes = {}
    for t, d in p["termes"].items():
        if d.get("non_negociable"):
            termes[t] = NON_NEGOCIABLE
        else:
            termes[t] = d.get("exigence") or d["niveaux"][1]["id"]
    prep = {"objectif": 0.0, "rupture": 0.0, "termes": termes}
    rupture = remise_max_plancher(p, p["cout_revient"] + cout_concessions_prevues(p, prep))
    return {"objectif": round(rupture / 3 * 2) / 2, "rupture": rupture, "termes": termes}


def fiche(p: dict) -> str:
    """The negotiation brief of a persona, in Markdown (what the learner knows; the buyer's
    reservation price, weights and concession pattern stay hidden)."""
    from autograder.moteur.affichage import tableau

    i = p["interlocuteur"]
    besoins = "\n".join(f"- {b}" for b in p["besoins"])
    lignes = []
    for t, d in p["termes"].items():
        niveaux = " ; ".join(
            f"{n['libelle']}"
            + (f" ({euros(n['cout'], 0)})" if n["cout"] else " (proposition initiale)")
            for n in d["niveaux"]
        )
        regle = f"non négociable : {d['raison']}" if d.get("non_negociable") else "négociable"
        lignes.append((TERMES[t], niveaux, regle))
    tm = taux_de_marque(p["prix_catalogue"], p["cout_revient"])
    return (
        f"**{p['entreprise']}** — {p['secteur']}. {p['contexte']}\n\n"
        f"**Interlocuteur** : {i['nom']}, {i['fonction']}. {i['profil']}\n\n"
        f"**Besoins recueillis à la découverte**\n\n{besoins}\n\n"
        f"**Votre offre** : {p['solution']}, {euros(p['prix_catalogue'], 0)} HT ; coût de "
        f"revient complet {euros(p['cout_revient'], 0)} (taux de marque {pourcent(tm)}, calculé sur "
        "le coût de revient complet : convention du cas, Hydralis fabrique). Budget annoncé "
        f"par le client : {euros(p['budget'], 0)} HT. Plancher de taux de marque fixé par votre "
        f"direction : {pourcent(p['plancher_taux_de_marque'], 0)}.\n\n"
        + tableau(
            ["Condition", "Niveaux possibles (coût pour Hydralis)", "Règle de l'entreprise"], lignes
        )
    )

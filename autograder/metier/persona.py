"""Un persona construit à partir des données de la base CRM (CP3.3).

Le segment est un secteur ; chaque rubrique de la fiche (segment, interlocuteur, besoins, objection
probable, canal) s'appuie sur un chiffre que l'apprenant cite de ses propres données. Ce que les
données peuvent vérifier est vérifié ici : le segment est soutenu par les chiffres, les chiffres
cités sont les bons (à une tolérance près), le produit, l'objection et le canal sont ceux que les
données montrent pour ce segment, aucune rubrique n'est vide. Le reste (cohérence du rôle dans le
centre d'achat, qualité des besoins et de l'objection formulés) est noté par le formateur.
"""

from __future__ import annotations

import html

from autograder.calculs import panier_moyen
from autograder.moteur.controles import Controle
from autograder.moteur.nombres import lire_nombre
from autograder.moteur.texte import compter_mots

MIN_COMMANDES = 5  # un panier moyen sur moins de commandes ne soutient pas un segment
RANG_SOUTIEN = 3  # le segment doit être parmi les 3 premiers, en panier moyen ou en CA
TOLERANCE_PANIER = 0.01  # 1 % du panier moyen
TOLERANCE_POINTS = 1.0  # une part à 1 point de pourcentage près
MOTS_MIN = 5  # une rubrique rédigée : au moins cinq mots
LONGUEUR_MAX = 1500

ROLES_ACHAT = (
    ("decideur", "Décideur (signe et arbitre le budget)"),
    ("prescripteur", "Prescripteur (définit le besoin technique)"),
    ("acheteur", "Acheteur (négocie et passe la commande)"),
    ("utilisateur", "Utilisateur (se sert de la solution au quotidien)"),
    ("influenceur", "Influenceur (conseille, sans décider)"),
    ("filtre", "Filtre (contrôle l'accès aux décideurs)"),
)
# (clé, libellé, nature) : « choix » dans une liste, « nombre » tapé, « texte » rédigé.
CHAMPS = (
    ("secteur", "Segment (secteur)", "choix"),
    ("panier", "Panier moyen du segment (€ HT)", "nombre"),
    ("fonction", "Fonction de l'interlocuteur", "choix"),
    ("role_achat", "Son rôle dans le centre d'achat", "choix"),
    ("nb_fonction", "Nombre de contacts de cette fonction dans le segment", "nombre"),
    ("produit", "Produit le plus demandé par le segment", "choix"),
    ("part_produit", "Part de ce produit dans les opportunités du segment (%)", "nombre"),
    ("besoins", "Ses besoins, en une ou deux phrases", "texte"),
    ("objection", "Motif de perte le plus fréquent du segment", "choix"),
    ("part_objection", "Part de ce motif dans les opportunités perdues du segment (%)", "nombre"),
    ("objection_texte", "L'objection probable, telle qu'il la dirait", "texte"),
    ("canal", "Canal préféré des contacts du segment", "choix"),
    ("part_canal", "Part des contacts du segment qui le préfèrent (%)", "nombre"),
)
CLES = tuple(c for c, _, _ in CHAMPS)
LIBELLES = {c: libelle for c, libelle, _ in CHAMPS}


def _compte(serie) -> dict[str, int]:
    return {str(k): int(v) for k, v in serie.dropna().value_counts().sort_index().items()}


def statistiques(donnees: dict) -> dict[str, dict]:
    """Les chiffres de chaque secteur renseigné, tirés des tables de la base CRM de l'apprenant."""
    secteurs = donnees["entreprises"].set_index("id")["secteur"]
    cmd = donnees["commandes"].assign(secteur=donnees["commandes"]["entreprise_id"].map(secteurs))
    con = donnees["contacts"].assign(secteur=donnees["contacts"]["entreprise_id"].map(secteurs))
    opp = donnees["opportunites"]
    opp = opp.assign(secteur=opp["entreprise_id"].map(secteurs))
    stats = {}
    for s in sorted(secteurs.dropna().unique()):
        c = cmd[cmd["secteur"] == s]
        o = opp[opp["secteur"] == s]
        perdues = o[o["statut"] == "perdue"]
        k = con[con["secteur"] == s]
        ca = float(c["montant_ht"].sum())
        stats[str(s)] = {
            "commandes": len(c),
            "ca": ca,
            "panier": panier_moyen(ca, len(c)) if len(c) else 0.0,
            "contacts": len(k),
            "fonctions": _compte(k["role"]),
            "canaux": _compte(k["canal_prefere"]),
            "opportunites": len(o),
            "produits": _compte(o["produit"]),
            "perdues": len(perdues),
            "motifs": _compte(perdues["motif_perte"]),
        }
    return stats


def soutenus(stats: dict) -> list[str]:
    """Les secteurs que les chiffres désignent : parmi les premiers en panier moyen (sur assez de
    commandes) ou en chiffre d'affaires."""
    assez = [s for s in stats if stats[s]["commandes"] >= MIN_COMMANDES]
    par_panier = sorted(assez, key=lambda s: -stats[s]["panier"])[:RANG_SOUTIEN]
    par_ca = sorted(stats, key=lambda s: -stats[s]["ca"])[:RANG_SOUTIEN]
    return sorted(set(par_panier) | set(par_ca))


def les_plus_frequents(compte: dict[str, int]) -> list[str]:
    """Les valeurs au plus grand effectif (plusieurs en cas d'égalité)."""
    if not compte:
        return []
    haut = max(compte.values())
    return sorted(k for k, v in compte.items() if v == haut)


def part(compte: dict[str, int], cle: str) -> float:
    """La part de `cle` dans `compte`, en % (0 si vide)."""
    total = sum(compte.values())
    return 100 * compte.get(cle, 0) / total if total else 0.0


def options(stats: dict) -> dict[str, list[str]]:
    """Les valeurs proposées par chaque liste du formulaire (toutes celles de la base)."""

    def union(cle):
        return sorted({v for st in stats.values() for v in st[cle]})

    return {
        "secteur": sorted(stats),
        "fonction": union("fonctions"),
        "role_achat": [c for c, _ in ROLES_ACHAT],
        "produit": union("produits"),
        "objection": union("motifs"),
        "canal": union("canaux"),
    }


# -- lire, contrôler ---------------------------------------------------------------------------
class FicheInvalide(ValueError):
    """A persona form that cannot be kept (French message)."""


def lire(brute, choix: dict[str, list[str]]) -> dict[str, str]:
    """La fiche telle qu'elle est enregistrée : un texte par rubrique (vide si non remplie). Une
    fiche incomplète s'enregistre : rien de ce qui est tapé n'est perdu."""
    if not isinstance(brute, dict):
        raise FicheInvalide(
            "Réponse attendue : la fiche persona remplie dans le formulaire ci-dessus."
        )
    fiche = {}
    for cle, libelle, nature in CHAMPS:
        v = brute.get(cle)
        v = "" if v is None else v
        if not isinstance(v, str):
            raise FicheInvalide(f"Rubrique « {libelle} » : du texte est attendu.")
        v = v.strip()
        if len(v) > LONGUEUR_MAX:
            raise FicheInvalide(
                f"Rubrique « {libelle} » : {len(v)} caractères, c'est trop pour une fiche "
                f"(au plus {LONGUEUR_MAX}). Votre fiche précédente est conservée."
            )
        if nature == "choix" and v and v not in choix[cle]:
            raise FicheInvalide(f"Rubrique « {libelle} » : « {v} » n'est pas dans la liste.")
        fiche[cle] = v
    if not any(fiche.values()):
        raise FicheInvalide("Fiche vide : remplissez au moins une rubrique avant de vérifier.")
    return fiche


def _nombre(texte: str, libelle: str) -> tuple[float | None, str]:
    """(valeur, problème) d'un chiffre tapé : « » ou un texte illisible donnent un problème."""
    if not texte:
        return None, f"rubrique « {libelle} » vide : tapez le chiffre tiré de vos données."
    try:
        return lire_nombre(texte), ""
    except ValueError as exc:
        return None, f"rubrique « {libelle} » : {html.escape(str(exc), quote=False)}"


def _part_citee(fiche, cle_part, compte, valeur, quoi) -> Controle:
    libelle = LIBELLES[cle_part]
    lu, probleme = _nombre(fiche[cle_part], libelle)
    if probleme:
        return Controle(f"Chiffre cité : {quoi}", False, probleme)
    vraie = part(compte, valeur)
    if abs(lu - vraie) <= TOLERANCE_POINTS:
        return Controle(f"Chiffre cité : {quoi}", True, "conforme à vos données.")
    conseil = (
        "ce n'est pas ce que donnent vos données pour ce segment : comptez les lignes du segment "
        "pour cette valeur et divisez par le total du segment (en %, à 1 point près)."
    )
    if lu <= 1 and abs(100 * lu - vraie) <= TOLERANCE_POINTS:
        conseil = "tapez un pourcentage : 42 pour 42 %, pas 0,42."
    return Controle(f"Chiffre cité : {quoi}", False, conseil)


def _texte(fiche, cle) -> Controle:
    n = compter_mots(fiche[cle])
    return Controle(
        f"Rubrique rédigée : {LIBELLES[cle].lower()}",
        n >= MOTS_MIN,
        "rédigée ; le formateur en apprécie le contenu."
        if n >= MOTS_MIN
        else f"{n} mot{'s' if n > 1 else ''} : écrivez au moins {MOTS_MIN} mots, appuyés sur vos chiffres.",
    )


def _le_plus_frequent(fiche, cle, compte, quoi, ou) -> Controle:
    v = fiche[cle]
    if not v:
        return Controle(f"{quoi} tiré des données", False, f"rubrique « {LIBELLES[cle]} » vide.")
    ok = v in les_plus_frequents(compte)
    return Controle(
        f"{quoi} tiré des données",
        ok,
        f"« {html.escape(v, quote=False)} » est bien le plus fréquent {ou}."
        if ok
        else f"« {html.escape(v, quote=False)} » n'est pas le plus fréquent {ou} : comptez par valeur "
        "(tableau croisé dynamique, filtre sur le secteur).",
    )


def controler(fiche: dict, stats: dict, appuis: list[str]) -> list[Controle]:
    """Les contrôles automatiques de la fiche (chacun vaut autant). `appuis` : les secteurs que
    les chiffres soutiennent."""
    fiche = {c: str(fiche[c]) for c in CLES}  # KeyError: a tampered answer scores 0
    s = fiche["secteur"]
    if not s:
        return [Controle("Segment choisi", False, "rubrique « Segment (secteur) » vide.")]
    st = stats[s]
    sortie = [
        Controle(
            "Segment soutenu par les chiffres",
            s in appuis,
            f"{html.escape(s, quote=False)} est parmi les {RANG_SOUTIEN} premiers secteurs en panier moyen "
            f"(au moins {MIN_COMMANDES} commandes) ou en CA HT."
            if s in appuis
            else f"{html.escape(s, quote=False)} n'est parmi les {RANG_SOUTIEN} premiers secteurs ni en panier "
            f"moyen (secteurs d'au moins {MIN_COMMANDES} commandes) ni en CA HT : comparez les "
            "secteurs dans le tableau « Commandes ».",
        )
    ]
    lu, probleme = _nombre(fiche["panier"], LIBELLES["panier"])
    ok = not probleme and abs(lu - st["panier"]) <= TOLERANCE_PANIER * st["panier"]
    sortie.append(
        Controle(
            "Chiffre cité : panier moyen du segment",
            ok,
            probleme
            or (
                "conforme à vos commandes."
                if ok
                else "ce n'est pas le panier moyen de ce secteur dans vos commandes : CA HT du "
                "secteur ÷ nombre de commandes du secteur (à 1 % près)."
            ),
        )
    )
    lu, probleme = _nombre(fiche["nb_fonction"], LIBELLES["nb_fonction"])
    manque = [LIBELLES[c] for c in ("fonction", "role_achat") if not fiche[c]]
    vrai = st["fonctions"].get(fiche["fonction"], 0)
    ok = not manque and not probleme and lu == vrai and vrai > 0
    if manque:
        conseil = "rubrique « " + " », « ".join(manque) + " » vide."
    elif probleme:
        conseil = probleme
    else:
        conseil = (
            "conforme à vos contacts ; le formateur apprécie le rôle dans le centre d'achat."
            if ok
            else "ce n'est pas le nombre de contacts de cette fonction dans le secteur (tableau "
            "« Contacts », filtres sur le secteur et la fonction)."
        )
    sortie.append(Controle("Interlocuteur et son chiffre", ok, conseil))
    sortie.append(
        _le_plus_frequent(
            fiche,
            "produit",
            st["produits"],
            "Besoin : produit",
            "parmi les opportunités de ce secteur",
        )
    )
    if fiche["produit"]:
        sortie.append(
            _part_citee(fiche, "part_produit", st["produits"], fiche["produit"], "part du produit")
        )
    sortie.append(_texte(fiche, "besoins"))
    sortie.append(
        _le_plus_frequent(
            fiche,
            "objection",
            st["motifs"],
            "Objection : motif",
            "parmi les motifs de perte de ce secteur",
        )
    )
    if fiche["objection"]:
        sortie.append(
            _part_citee(
                fiche, "part_objection", st["motifs"], fiche["objection"], "part du motif de perte"
            )
        )
    sortie.append(_texte(fiche, "objection_texte"))
    sortie.append(
        _le_plus_frequent(fiche, "canal", st["canaux"], "Canal", "parmi les contacts de ce secteur")
    )
    if fiche["canal"]:
        sortie.append(
            _part_citee(fiche, "part_canal", st["canaux"], fiche["canal"], "part du canal")
        )
    return sortie


NB_CONTROLES = 11  # a full form: every check above


def score(controles: list[Controle]) -> float:
    """La part des contrôles réussis, rapportée à une fiche complète (une rubrique vide compte)."""
    return sum(c.ok for c in controles) / NB_CONTROLES


def vides(brute: dict) -> list[str]:
    """Les rubriques encore vides d'un formulaire (pour le message affiché sous le formulaire)."""
    return [LIBELLES[c] for c in CLES if not str(brute.get(c) or "").strip()]

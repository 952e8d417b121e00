"""Keeping clients: dormant accounts, reactivation priority, goodwill gestures, loyalty discounts,
key accounts and credit decisions, counted from the CRM tables (pandas DataFrames).

The rules are the course's (the « procédure Hydralis » of the CP9 lesson 2), stated in the
docstrings; every exercise and the lesson call these functions, so one number never has two
definitions.
"""

from __future__ import annotations

import pandas as pd

# Probability that a dormant account orders again after a reactivation call, by its last
# recommendation score (course rule, stated in the lesson).
PROBABILITES = {"promoteur": 0.5, "passif": 0.3, "détracteur": 0.1, "sans réponse": 0.2}
PART_GESTE = 0.10  # goodwill gesture: at most 10 % of the margin of the last 12 months
SEUIL_ACOMPTE_JOURS = 30  # an invoice overdue by more than this blocks new orders


def _verifier_taux(nom: str, taux: float) -> None:
    if not 0 <= taux < 1:
        raise ValueError(
            f"« {nom} » doit être une fraction entre 0 et 1 (0,35 pour 35 %), pas {taux}."
        )


def bande_nps(note) -> str:
    """« promoteur » (9–10), « passif » (7–8), « détracteur » (0–6), « sans réponse » (vide)."""
    if note is None or pd.isna(note):
        return "sans réponse"
    return "promoteur" if note >= 9 else "passif" if note >= 7 else "détracteur"


def comptes_dormants(
    commandes: pd.DataFrame, entreprises: pd.DataFrame, limite: str, statuts=("client",)
) -> pd.DataFrame:
    """Les comptes dormants : entreprises au statut « client » dont la dernière commande date
    du jour ``limite`` ou d'avant (aucune commande après).

    ``valeur_en_jeu`` : le CA HT des commandes des 12 mois qui finissent à la dernière commande
    (incluse), ce que le compte rapportait avant de s'endormir.
    """
    c = commandes.assign(jour=pd.to_datetime(commandes["date"]))
    derniere = c.groupby("entreprise_id")["jour"].max().rename("derniere")
    c = c.join(derniere, on="entreprise_id")
    dans = c["jour"] > c["derniere"] - pd.DateOffset(months=12)
    valeur = c[dans].groupby("entreprise_id")["montant_ht"].sum().rename("valeur_en_jeu")
    fiche = entreprises.set_index("id")[["raison_sociale", "statut"]]
    out = pd.concat([derniere, valeur], axis=1).join(fiche)
    out = out[(out["derniere"] <= pd.Timestamp(limite)) & out["statut"].isin(statuts)]
    out["derniere_commande"] = out["derniere"].dt.strftime("%Y-%m-%d")
    out["valeur_en_jeu"] = out["valeur_en_jeu"].round(2)
    return out.drop(columns="derniere").rename_axis("entreprise_id").reset_index()


def derniere_note(enquetes: pd.DataFrame) -> pd.Series:
    """La note de recommandation (0–10) de la dernière enquête de chaque entreprise."""
    triees = enquetes.sort_values(["date", "id"])
    return triees.groupby("entreprise_id")["nps"].last()


def priorite_reactivation(dormants: pd.DataFrame, enquetes: pd.DataFrame) -> pd.DataFrame:
    """Ajoute la dernière note, sa bande, la probabilité de reprise (``PROBABILITES``) et le
    score = valeur en jeu × probabilité ; trie du plus fort au plus faible score."""
    notes = dormants["entreprise_id"].map(derniere_note(enquetes))
    out = dormants.assign(note=notes, bande=notes.map(bande_nps))
    out["probabilite"] = out["bande"].map(PROBABILITES)
    out["score"] = (out["valeur_en_jeu"] * out["probabilite"]).round(2)
    return out.sort_values(["score", "entreprise_id"], ascending=[False, True])


def plafond_geste(ca_ht_12_mois: float, taux_de_marque: float, part: float = PART_GESTE) -> float:
    """Plafond du geste commercial : ``part`` de la marge des 12 derniers mois avec le client
    (CA HT × taux de marque), arrondi à l'euro inférieur."""
    _verifier_taux("taux_de_marque", taux_de_marque)
    _verifier_taux("part", part)
    if ca_ht_12_mois < 0:
        raise ValueError(f"Le chiffre d'affaires ne peut pas être négatif ({ca_ht_12_mois}).")
    return float(int(ca_ht_12_mois * taux_de_marque * part))


def remise_fidelite_maximale(taux_de_marque: float, attrition: float, annees: int = 3) -> float:
    """Remise maximale (fraction du prix) d'un engagement de ``annees`` ans, pour que la marge
    garantie égale la marge espérée sans engagement (contrat annuel, reconduit chaque année avec
    la probabilité 1 − attrition) : m − m × (1 + (1 − a) + … + (1 − a)^(n−1)) / n."""
    _verifier_taux("taux_de_marque", taux_de_marque)
    _verifier_taux("attrition", attrition)
    if annees < 1:
        raise ValueError(f"La durée d'engagement doit être d'au moins un an, pas {annees}.")
    esperance = sum((1 - attrition) ** k for k in range(annees))
    return taux_de_marque * (1 - esperance / annees)


def criteres_compte_cle(
    commandes: pd.DataFrame, entreprises: pd.DataFrame, seuil_part: float, secteurs
) -> pd.DataFrame:
    """Les trois critères d'un compte clé, pour chaque client qui a commandé :
    ``poids`` (part du CA HT total ≥ ``seuil_part``), ``potentiel`` (taille GE ou ETI),
    ``strategique`` (secteur parmi ``secteurs``) ; ``nombre`` = critères remplis."""
    ca = commandes.groupby("entreprise_id")["montant_ht"].sum()
    fiche = entreprises.set_index("id")
    out = pd.DataFrame({"part": ca / ca.sum()}).join(fiche[["raison_sociale", "taille"]])
    out = out.join(fiche[["secteur", "statut"]])
    out["poids"] = out["part"] >= seuil_part
    out["potentiel"] = out["taille"].isin(["GE", "ETI"])
    out["strategique"] = out["secteur"].isin(list(secteurs))
    out["nombre"] = out[["poids", "potentiel", "strategique"]].sum(axis=1)
    return out.rename_axis("entreprise_id").reset_index()


def decision_encours(encours_ttc: float, retard_max: int, commande_ttc: float, plafond: float):
    """La décision sur une nouvelle commande : (« bloquer », 0) si une facture est échue depuis
    plus de ``SEUIL_ACOMPTE_JOURS`` jours ; sinon (« accepter », 0) si encours + commande tient
    dans le plafond ; sinon (« acompte », dépassement à demander en acompte)."""
    if retard_max > SEUIL_ACOMPTE_JOURS:
        return "bloquer", 0.0
    depassement = round(encours_ttc + commande_ttc - plafond, 2)
    return ("accepter", 0.0) if depassement <= 0 else ("acompte", depassement)


def client_mecontent(commandes, enquetes, entreprises, annee: str = "2025") -> dict:
    """Le client de la réclamation : parmi les clients qui ont commandé en ``annee`` et dont une
    enquête de ``annee`` est une note de détracteur (0–6), celui au plus fort CA HT de l'année
    (à défaut, le plus fort CA HT de l'année parmi tous les clients)."""
    ventes = commandes[commandes["date"].str.startswith(annee)]
    ca = ventes.groupby("entreprise_id")["montant_ht"].sum()
    actifs = set(entreprises.loc[entreprises["statut"] == "client", "id"])
    e = enquetes[enquetes["date"].str.startswith(annee) & (enquetes["nps"] <= 6)]
    candidats = [i for i in ca.index if i in actifs and i in set(e["entreprise_id"])]
    candidats = candidats or [i for i in ca.index if i in actifs] or list(ca.index)
    choisi = max(candidats, key=lambda i: (ca[i], -i))
    fiche = entreprises.set_index("id").loc[choisi]
    siennes = commandes[commandes["entreprise_id"] == choisi]
    return {
        "id": int(choisi),
        "raison_sociale": str(fiche["raison_sociale"]),
        "secteur": fiche["secteur"] if isinstance(fiche["secteur"], str) else "",
        "ca_ht": round(float(ca[choisi]), 2),
        "ca_ttc": round(
            float(ventes.loc[ventes["entreprise_id"] == choisi, "montant_ttc"].sum()), 2
        ),
        "ca_tout_ht": round(float(siennes["montant_ht"].sum()), 2),
    }

"""Un compte rendu de bilan type, construit à partir des données d'un cas (le corrigé du
carnet CP8, et le document Word attendu des tests et de la correction)."""

from __future__ import annotations

import pandas as pd

from autograder.metier.bilan import activite as bilan
from autograder.metier.bilan.rapport import (
    Rapport,
    alternative_ecarts,
    alternative_tendance,
    figure_ecarts,
    figure_tendance,
    tableau_lisible,
)
from autograder.moteur.nombres import euros, nombre, pourcent


def rapport_modele(con, periode, commercial: str, *, juste: bool = True) -> Rapport:
    """Les six rubriques commentées, chiffres à l'appui ; ``juste=False`` : un brouillon avec
    ses défauts (commentaires « à compléter », tableau de données brutes, sans graphique)."""
    realise, objectif = (
        bilan.activite(con, periode, commercial),
        bilan.objectifs(periode, commercial),
    )
    comparaison = bilan.comparer(realise, objectif)
    rapport = Rapport(
        f"Bilan d'activité — {commercial}, {periode.libelle}",
        auteur=commercial,
        destinataire="Direction commerciale",
        periode=periode,
    )
    if not juste:
        for _, libelle in _LIBELLES:
            rapport.section(libelle, "À compléter")
        commandes = pd.read_sql("SELECT * FROM commandes LIMIT 40", con)
        rapport.section(
            "Annexe : commandes", "Toutes les commandes du trimestre.", tableau=commandes
        )
        return rapport
    mensuel = bilan.activite_mensuelle(con, periode, commercial)
    reference = bilan.activite_mensuelle(
        con, bilan.meme_periode_annee_precedente(periode), commercial
    )
    effets = {f: bilan.decomposer_ecart(realise, objectif)[f"effet_{f}"] for f in bilan.FACTEURS}
    pistes = bilan.clients_sans_contrat(con, commercial)
    ca, cmd = comparaison.loc["Chiffre d'affaires HT"], comparaison.loc["Commandes"]
    pire = min(effets, key=effets.get)
    sens = "au-dessus" if ca["ecart"] >= 0 else "en dessous"
    rapport.section(
        "Synthèse",
        f"Au {periode.libelle}, {commercial} a signé {nombre(realise['commandes'])} commandes "
        f"pour {euros(ca['realise'], 0)} HT, soit {pourcent(ca['taux_realisation'], 0)} de "
        f"l'objectif de {euros(ca['objectif'], 0)} ({euros(abs(ca['ecart']), 0)} {sens}). "
        f"Le facteur le plus défavorable est « {pire} » (effet de {euros(effets[pire], 0)}). "
        f"{nombre(len(pistes))} clients équipés d'une pompe n'ont pas de contrat de "
        "maintenance : c'est la priorité du prochain trimestre.",
    )
    rapport.section(
        "Activité de la période",
        f"Quatre indicateurs suivis dans le CRM, {periode.dates} ; "
        "écart = réalisé − objectif, taux de réalisation = réalisé ÷ objectif.",
        tableau=tableau_lisible(comparaison),
    )
    rapport.section(
        "Tendances",
        f"CA HT mensuel du {periode.libelle} comparé au même trimestre de l'année précédente : "
        f"{euros(mensuel['ca'].sum(), 0)} contre {euros(reference['ca'].sum(), 0)}.",
        figure=figure_tendance(mensuel, reference, f"CA HT mensuel de {commercial}"),
        alternative=alternative_tendance(mensuel, reference),
    )
    rapport.section(
        "Écarts aux objectifs",
        f"Commandes : écart de {nombre(cmd['ecart'])} ; CA : écart de {euros(ca['ecart'], 0)}. "
        "Décomposition de l'écart de CA (leads → conversion → panier) : "
        + ", ".join(f"{f} {euros(v, 0)}" for f, v in effets.items())
        + ".",
        figure=figure_ecarts(comparaison, f"Objectifs du {periode.libelle} : taux de réalisation"),
        alternative=alternative_ecarts(comparaison),
    )
    rapport.section(
        "Mesures correctives",
        f"1. Traiter le facteur « {pire} » : relance de chaque devis à J+7 et J+21, tâches dans "
        "le CRM, à moyens constants ; indicateur : taux d'acceptation des devis, revu chaque "
        "mois.\n2. Chiffrage sous 8 jours convenu avec le bureau d'études pour les devis de plus "
        "de 20 000 € ; point d'étape à mi-trimestre avec la direction.",
    )
    rapport.section(
        "Opportunités et plan d'actions",
        f"{nombre(len(pistes))} entreprises du portefeuille ont une pompe en service sans contrat "
        "de maintenance. Plan : cinq appels par semaine dès le premier jour du trimestre suivant, "
        "proposition de contrat chiffrée, suivi du nombre de contrats signés chaque mois.",
        tableau=pistes.head(10)[["raison_sociale", "ville", "pompes"]].rename(
            columns={
                "raison_sociale": "Entreprise",
                "ville": "Ville",
                "pompes": "Pompes en service",
            }
        ),
    )
    return rapport


_LIBELLES = [("synthese", "Synthèse"), ("tendances", "Tendances")]

"""Headline indicators of the CRM base, computed with the course formulas (autograder.calculs)."""

from __future__ import annotations

import sqlite3

from autograder.calculs import nps, panier_moyen, taux_attrition, taux_de_conversion


def indicateurs(connexion: sqlite3.Connection, annee: int = 2025) -> dict[str, float]:
    """Indicateurs clés d'une année, calculés avec les formules du cours.

    * ``taux_de_conversion`` : commandes de l'année / leads de l'année ;
    * ``panier_moyen`` : CA HT des commandes de l'année / nombre de commandes ;
    * ``nps`` : NPS des enquêtes de l'année ;
    * ``taux_attrition`` : entreprises perdues (toutes leurs solutions résiliées dans l'année)
      / entreprises ayant une solution en service au 1er janvier.
    """
    debut, fin = f"{annee}-01-01", f"{annee}-12-31"

    def un(requete: str):
        return connexion.execute(requete, {"debut": debut, "fin": fin}).fetchone()[0]

    leads = un("SELECT COUNT(*) FROM leads WHERE date BETWEEN :debut AND :fin")
    commandes = un("SELECT COUNT(*) FROM commandes WHERE date BETWEEN :debut AND :fin")
    ca = un("SELECT COALESCE(SUM(montant_ht), 0) FROM commandes WHERE date BETWEEN :debut AND :fin")
    notes = [
        r[0]
        for r in connexion.execute(
            "SELECT nps FROM enquetes_satisfaction WHERE date BETWEEN ? AND ?", (debut, fin)
        )
    ]
    clients_debut = un(
        "SELECT COUNT(DISTINCT entreprise_id) FROM solutions_en_service "
        "WHERE date_mise_en_service < :debut AND (date_fin IS NULL OR date_fin >= :debut)"
    )
    perdus = un(
        "SELECT COUNT(*) FROM (SELECT entreprise_id FROM solutions_en_service "
        "WHERE date_mise_en_service < :debut GROUP BY entreprise_id "
        "HAVING COUNT(*) = SUM(date_fin BETWEEN :debut AND :fin) "
        "AND MIN(date_fin) >= :debut)"
    )
    return {
        "taux_de_conversion": taux_de_conversion(commandes, leads),
        "panier_moyen": panier_moyen(ca, commandes),
        "nps": nps(notes),
        "taux_attrition": taux_attrition(perdus, clients_debut),
    }

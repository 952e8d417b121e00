"""Writing the Hydralis CRM database: SQLite schema and the seeded generator."""

from __future__ import annotations

import os
import random
import sqlite3
from pathlib import Path

from ._entreprises import contacts as _contacts
from ._entreprises import entreprises as _entreprises
from ._interactions import interactions as _interactions
from ._outils import entreprise, jour, parametres
from ._relation import enquetes, resiliations, statuts
from ._ventes import pipeline, solutions_historiques

SCHEMA = """
CREATE TABLE informations (cle TEXT PRIMARY KEY, valeur TEXT NOT NULL);
CREATE TABLE commerciaux (
    id INTEGER PRIMARY KEY, prenom TEXT NOT NULL, nom TEXT NOT NULL,
    nom_complet TEXT NOT NULL UNIQUE, region TEXT NOT NULL);
CREATE TABLE entreprises (
    id INTEGER PRIMARY KEY, raison_sociale TEXT NOT NULL, siren TEXT NOT NULL,
    secteur TEXT, code_naf TEXT, taille TEXT NOT NULL, effectif INTEGER NOT NULL,
    region TEXT NOT NULL, ville TEXT NOT NULL, latitude REAL NOT NULL, longitude REAL NOT NULL,
    statut TEXT NOT NULL CHECK (statut IN ('prospect', 'client', 'ancien_client')),
    commercial TEXT NOT NULL REFERENCES commerciaux (nom_complet));
CREATE TABLE contacts (
    id INTEGER PRIMARY KEY, entreprise_id INTEGER NOT NULL REFERENCES entreprises (id),
    prenom TEXT NOT NULL, nom TEXT NOT NULL, role TEXT NOT NULL, email TEXT, telephone TEXT,
    type_telephone TEXT, canal_prefere TEXT NOT NULL,
    consentement_email INTEGER NOT NULL CHECK (consentement_email IN (0, 1)),
    opposition_prospection INTEGER NOT NULL CHECK (opposition_prospection IN (0, 1)),
    date_opposition TEXT,
    inscrit_bloctel INTEGER NOT NULL CHECK (inscrit_bloctel IN (0, 1)),
    date_maj TEXT NOT NULL);
CREATE TABLE interactions (
    id INTEGER PRIMARY KEY, entreprise_id INTEGER NOT NULL REFERENCES entreprises (id),
    contact_id INTEGER NOT NULL REFERENCES contacts (id), date TEXT NOT NULL,
    type TEXT NOT NULL, canal TEXT NOT NULL, resultat TEXT NOT NULL,
    commercial TEXT NOT NULL REFERENCES commerciaux (nom_complet));
CREATE TABLE leads (
    id INTEGER PRIMARY KEY, entreprise_id INTEGER NOT NULL REFERENCES entreprises (id),
    contact_id INTEGER NOT NULL REFERENCES contacts (id), date TEXT NOT NULL,
    source TEXT NOT NULL, statut TEXT NOT NULL,
    commercial TEXT NOT NULL REFERENCES commerciaux (nom_complet));
CREATE TABLE opportunites (
    id INTEGER PRIMARY KEY, lead_id INTEGER NOT NULL REFERENCES leads (id),
    entreprise_id INTEGER NOT NULL REFERENCES entreprises (id),
    commercial TEXT NOT NULL REFERENCES commerciaux (nom_complet),
    produit TEXT NOT NULL, inclut_contrat INTEGER NOT NULL, date_creation TEXT NOT NULL,
    etape TEXT NOT NULL,
    statut TEXT NOT NULL CHECK (statut IN ('en cours', 'gagnée', 'perdue')),
    montant REAL NOT NULL CHECK (montant > 0), date_cloture TEXT, motif_perte TEXT);
CREATE TABLE devis (
    id INTEGER PRIMARY KEY, opportunite_id INTEGER NOT NULL REFERENCES opportunites (id),
    date TEXT NOT NULL, montant_brut_ht REAL NOT NULL, taux_remise REAL NOT NULL,
    montant_ht REAL NOT NULL CHECK (montant_ht > 0), date_validite TEXT NOT NULL,
    statut TEXT NOT NULL);
CREATE TABLE commandes (
    id INTEGER PRIMARY KEY, opportunite_id INTEGER NOT NULL UNIQUE REFERENCES opportunites (id),
    devis_id INTEGER NOT NULL REFERENCES devis (id),
    entreprise_id INTEGER NOT NULL REFERENCES entreprises (id), date TEXT NOT NULL,
    montant_ht REAL NOT NULL CHECK (montant_ht > 0), montant_ttc REAL NOT NULL,
    commercial TEXT NOT NULL REFERENCES commerciaux (nom_complet));
CREATE TABLE solutions_en_service (
    id INTEGER PRIMARY KEY, entreprise_id INTEGER NOT NULL REFERENCES entreprises (id),
    commande_id INTEGER REFERENCES commandes (id), type TEXT NOT NULL, produit TEXT NOT NULL,
    date_mise_en_service TEXT NOT NULL, date_renouvellement TEXT,
    statut TEXT NOT NULL CHECK (statut IN ('en service', 'résiliée')), date_fin TEXT);
CREATE TABLE enquetes_satisfaction (
    id INTEGER PRIMARY KEY, entreprise_id INTEGER NOT NULL REFERENCES entreprises (id),
    contact_id INTEGER NOT NULL REFERENCES contacts (id),
    solution_id INTEGER NOT NULL REFERENCES solutions_en_service (id), date TEXT NOT NULL,
    canal TEXT NOT NULL, nps INTEGER NOT NULL CHECK (nps BETWEEN 0 AND 10),
    csat INTEGER NOT NULL CHECK (csat BETWEEN 1 AND 5), verbatim TEXT);
CREATE TABLE resiliations (
    id INTEGER PRIMARY KEY, entreprise_id INTEGER NOT NULL REFERENCES entreprises (id),
    solution_id INTEGER NOT NULL UNIQUE REFERENCES solutions_en_service (id),
    date TEXT NOT NULL, motif TEXT NOT NULL);
"""

TABLES = (
    "informations",
    "commerciaux",
    "entreprises",
    "contacts",
    "interactions",
    "leads",
    "opportunites",
    "devis",
    "commandes",
    "solutions_en_service",
    "enquetes_satisfaction",
    "resiliations",
)


def _numerote(lignes: list[dict]) -> list[dict]:
    for n, ligne in enumerate(lignes, start=1):
        ligne["id"] = n
    return lignes


def donnees(graine: int = 2025) -> dict[str, list[dict]]:
    """Toutes les lignes de la base, table par table, pour une graine donnée (sans rien écrire)."""
    rng = random.Random(graine)
    p, fiche = parametres(), entreprise()
    debut, fin = jour(p["periode"]["debut"]), jour(p["periode"]["fin"])
    reference = jour(p["date_reference"])
    commerciaux = _numerote(
        [
            {
                "prenom": c["prenom"],
                "nom": c["nom"],
                "nom_complet": f"{c['prenom']} {c['nom']}",
                "region": c["region"],
                **{k: c[k] for k in ("taux_rendez_vous", "taux_devis", "taux_signature")},
                "panier_moyen": c["panier_moyen"],
            }
            for c in fiche["commerciaux"]
        ]
    )
    saison = list(fiche["saisonnalite"].values())
    societes = _entreprises(rng, p, commerciaux)
    gens = _contacts(rng, p, societes, reference)
    ventes = pipeline(rng, p, saison, commerciaux, societes, gens, debut, fin)
    parc = solutions_historiques(rng, p, societes, debut) + ventes["solutions"]
    parc.sort(key=lambda s: (s["date_mise_en_service"], s["entreprise_id"], s["produit"]))
    _numerote(parc)
    fins, perdus = resiliations(rng, p, parc, ventes["commandes"], debut, fin)
    fins.sort(key=lambda r: (r["date"], r["solution_id"]))
    statuts(societes, parc, ventes["commandes"])
    # Channels of the rated exchanges come from their own stream: the main one stays unchanged.
    canaux = random.Random(f"{graine}:canaux_enquete")
    avis = enquetes(rng, p, parc, gens, perdus, debut, fin, canaux)
    echanges = _interactions(rng, p, societes, gens, ventes, commerciaux, debut, fin)
    informations = [
        {"cle": "entreprise", "valeur": fiche["entreprise"]["nom"]},
        {"cle": "graine", "valeur": str(graine)},
        {"cle": "version", "valeur": str(p["version"])},
        {"cle": "periode_debut", "valeur": p["periode"]["debut"]},
        {"cle": "periode_fin", "valeur": p["periode"]["fin"]},
        {"cle": "date_reference", "valeur": p["date_reference"]},
    ]
    return {
        "informations": informations,
        "commerciaux": commerciaux,
        "entreprises": societes,
        "contacts": gens,
        "interactions": echanges,
        "leads": ventes["leads"],
        "opportunites": ventes["opportunites"],
        "devis": ventes["devis"],
        "commandes": ventes["commandes"],
        "solutions_en_service": parc,
        "enquetes_satisfaction": _numerote(avis),
        "resiliations": _numerote(fins),
    }


def generer_crm(chemin, graine: int = 2025) -> Path:
    """Écrit la base CRM d'Hydralis (SQLite) dans ``chemin`` et renvoie ce chemin.

    La même graine donne un fichier identique octet pour octet ; une autre graine donne
    d'autres entreprises, contacts et ventes. Le fichier est d'abord écrit à côté puis
    renommé : une base à moitié écrite n'est jamais visible.

    >>> chemin = generer_crm("crm.sqlite", graine=2025)  # doctest: +SKIP
    """
    chemin = Path(chemin)
    chemin.parent.mkdir(parents=True, exist_ok=True)
    lignes = donnees(graine)
    provisoire = chemin.with_name(f".{chemin.name}.{os.getpid()}.tmp")
    provisoire.unlink(missing_ok=True)
    connexion = sqlite3.connect(provisoire, isolation_level=None)
    try:
        for pragma in ("page_size = 4096", "journal_mode = OFF", "synchronous = OFF"):
            connexion.execute(f"PRAGMA {pragma}")
        connexion.execute(f"PRAGMA user_version = {int(parametres()['version'])}")
        connexion.execute("PRAGMA foreign_keys = ON")
        connexion.execute("BEGIN")
        _cree(connexion)
        for table in TABLES:
            colonnes = [r[1] for r in connexion.execute(f"PRAGMA table_info({table})")]
            requete = (
                f"INSERT INTO {table} ({', '.join(colonnes)}) "
                f"VALUES ({', '.join('?' * len(colonnes))})"
            )
            connexion.executemany(requete, ([r.get(c) for c in colonnes] for r in lignes[table]))
        connexion.execute("COMMIT")
    finally:
        connexion.close()
    os.replace(provisoire, chemin)
    return chemin


def _cree(connexion: sqlite3.Connection) -> None:
    for instruction in SCHEMA.split(";"):
        if instruction.strip():
            connexion.execute(instruction)

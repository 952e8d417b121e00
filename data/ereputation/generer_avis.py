"""Génère une fois pour toutes `avis.json` : avis clients fictifs d'Hydralis (graine fixe).

    .venv/bin/python data/ereputation/generer_avis.py

21 mois d'avis (mars 2024 à novembre 2025) sur quatre canaux (Google, LinkedIn, site, salon).
L'histoire du jeu de données : d'avril à juillet 2025, le changement de prestataire logistique
des pièces détachées dégrade le SAV (plus d'avis négatifs) ; en août 2025, Hydralis ouvre une
ligne directe SAV et constitue un stock de pièces, et les avis remontent. Certains avis sont des
pièges pour un lexique : négations (« aucune panne », « pas déçu »), ironie (« Bravo pour le
délai ! ») et faits négatifs sans mot chargé (« Trois relances pour obtenir un simple devis. »),
marqués dans le champ `piege`.
"""

import json
import random
from pathlib import Path

GRAINE = 2025
PRODUITS = ["pompe centrifuge inox", "pompe doseuse", "pompe de transfert"]  # « la {p} »
CLIENTS = [
    "Responsable maintenance, agroalimentaire",
    "Acheteur, chimie fine",
    "Directeur technique, station d'épuration",
    "Responsable de production, papeterie",
    "Directrice des achats, collectivité",
    "Technicien, laiterie",
    "Responsable HSE, chimie",
    "Gérant, PME de brasserie",
]

POSITIFS = [
    "Installation de la {p} en deux jours, équipe très professionnelle.",
    "Technicien compétent et ponctuel, intervention impeccable.",
    "Devis clair et rapide, je recommande Hydralis.",
    "Très bon suivi de notre commercial, toujours disponible.",
    "Matériel robuste et fiable, excellent rapport qualité-prix.",
    "Le contrat de maintenance nous a fait faire de vraies économies d'énergie.",
    "SAV réactif : pièce livrée le lendemain.",
    "Documentation claire et formation utile pour nos opérateurs.",
    "Conseils pertinents pour dimensionner notre {p}.",
    "Équipe à l'écoute, délais respectés.",
    "Très satisfaits de la {p}, performante depuis la mise en service.",
]
POSITIFS_SALON = [
    "Accueil agréable sur le stand, démonstration pertinente de la {p}.",
    "Échange très utile sur le stand avec un ingénieur compétent.",
]
POSITIFS_NEGATION = [
    "Aucune panne depuis l'installation de la {p}.",
    "Pas déçu du tout par la {p}.",
    "Jamais eu le moindre souci avec le contrat de maintenance.",
    "Intervention sans retard, rien à redire.",
    "Pas cher pour ce niveau de service.",
]
NEGATIFS = [
    "Délai de livraison très long, trois semaines de retard.",
    "SAV injoignable pendant une semaine, inadmissible.",
    "Fuite sur le joint après un mois, pompe défectueuse.",
    "Devis incomplet, il a fallu relancer plusieurs fois.",
    "Technicien arrivé en retard et sans les bonnes pièces.",
    "Prix trop cher par rapport à la concurrence.",
    "Très déçus par le suivi après la vente.",
    "Pompe bruyante, problème toujours présent.",
    "Pièce détachée livrée cassée, mauvaise expérience.",
]
NEGATIFS_NEGATION = [
    "Le technicien n'est pas à la hauteur.",
    "Pas satisfaits du tout.",
    "Le SAV n'est jamais joignable.",
    "Commercial peu réactif après la commande.",
    "Aucun suivi après la vente, pas sérieux.",
]
IRONIE = [
    "Bravo pour le délai : trois semaines pour un simple joint !",
    "Merci pour la réactivité, toujours pas de nouvelles du technicien.",
    "Génial, la {p} neuve s'arrête toutes les heures.",
    "Quel professionnalisme : personne au standard trois jours de suite.",
    "Super rapide : le devis est arrivé après la fin du projet.",
]
IMPLICITES = [
    "Trois relances pour obtenir un simple devis.",
    "Deux interventions en un mois pour la même {p}.",
    "Dix jours pour remplacer une garniture mécanique.",
]
MITIGES = [
    "Produit correct mais délai de livraison un peu long.",
    "Pompe fiable mais SAV lent à répondre.",
    "Bon produit, tarif élevé.",
    "Installation conforme, documentation un peu compliquée.",
    "Commercial sérieux mais devis long à obtenir.",
]


def mois_de_l_etude():
    annee, mois = 2024, 3
    while (annee, mois) <= (2025, 11):
        yield annee, mois
        annee, mois = (annee + 1, 1) if mois == 12 else (annee, mois + 1)


def repartition_etoiles(annee, mois):
    """Probabilités des notes 1 à 5 : crise du SAV d'avril à juillet 2025, reprise ensuite."""
    if (2025, 4) <= (annee, mois) <= (2025, 7):
        return [0.22, 0.2, 0.18, 0.22, 0.18]
    if (annee, mois) in ((2025, 3), (2025, 8)):
        return [0.12, 0.13, 0.2, 0.3, 0.25]
    return [0.04, 0.06, 0.15, 0.35, 0.4]


def texte(rng, note, canal):
    p = rng.choice(PRODUITS)
    piege = None
    if note >= 4:
        banque = POSITIFS + (POSITIFS_SALON if canal == "salon" else [])
        if rng.random() < 0.22:
            phrases, piege = [rng.choice(POSITIFS_NEGATION)], "negation"
        else:
            phrases = rng.sample(banque, 2 if note == 5 else 1)
    elif note == 3:
        phrases = [rng.choice(MITIGES)]
    else:
        tirage = rng.random()
        if tirage < 0.15:
            phrases, piege = [rng.choice(IRONIE)], "ironie"
        elif tirage < 0.25:
            phrases, piege = [rng.choice(IMPLICITES)], "implicite"
        elif tirage < 0.45:
            phrases, piege = [rng.choice(NEGATIFS_NEGATION)], "negation"
        else:
            phrases = rng.sample(NEGATIFS, 2 if note == 1 else 1)
    return " ".join(phrases).replace("{p}", p), piege


def generer():
    rng = random.Random(GRAINE)
    avis = []
    for annee, mois in mois_de_l_etude():
        n = rng.randint(6, 11)
        for _ in range(n):
            canal = rng.choices(["Google", "LinkedIn", "site", "salon"], [0.45, 0.2, 0.25, 0.1])[0]
            note = rng.choices([1, 2, 3, 4, 5], repartition_etoiles(annee, mois))[0]
            contenu, piege = texte(rng, note, canal)
            avis.append(
                {
                    "date": f"{annee}-{mois:02d}-{rng.randint(1, 28):02d}",
                    "canal": canal,
                    "auteur": rng.choice(CLIENTS),
                    "note": note,
                    "texte": contenu,
                    "piege": piege,
                }
            )
    avis.sort(key=lambda a: a["date"])
    for i, a in enumerate(avis, start=1):
        a["id"] = f"AV{i:03d}"
    return {
        "note": (
            "Avis clients fictifs d'Hydralis (entreprise inventée pour le cours), générés par "
            "generer_avis.py (graine 2025). Toute ressemblance avec des avis réels serait fortuite."
        ),
        "entreprise": "Hydralis",
        "evenements": [
            {
                "date": "2025-04-01",
                "libelle": "Changement de prestataire logistique des pièces détachées",
            },
            {"date": "2025-08-01", "libelle": "Ligne directe SAV et stock de pièces critiques"},
        ],
        "avis": [
            {k: a[k] for k in ("id", "date", "canal", "auteur", "note", "texte", "piege")}
            for a in avis
        ],
    }


if __name__ == "__main__":
    sortie = Path(__file__).with_name("avis.json")
    sortie.write_text(json.dumps(generer(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{sortie} écrit.")

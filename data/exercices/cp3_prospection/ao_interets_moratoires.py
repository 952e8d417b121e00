"""Les intérêts moratoires et l'indemnité forfaitaire dus par un acheteur public qui paie en retard.

Critères : aucun. Un calcul réglementaire (voir data/exercices/README.md, comme
`cp6_proposition/penalites_facture`).
"""

import datetime as dt

from autograder.calculs import (
    date_limite_paiement,
    indemnite_forfaitaire_recouvrement,
    penalites_de_retard,
    prix_ht,
    taux_interets_moratoires,
    taux_penalites_defaut,
)
from autograder.metier import conditions_vente
from autograder.metier import marches_publics as mp
from autograder.moteur.formats import Nombre, pieges_distincts
from autograder.moteur.nombres import euros, pourcent

TITRE = "Les intérêts moratoires"
CRITERES = ()  # aucun critère : un calcul réglementaire
POINTS = 2
FORMAT = Nombre(unite="€", tolerance=0.02, bornes=(0, 1e6), decimales=2)


def generer(ctx):
    rng = ctx.rng
    c = mp.cas()["paiement"]
    reception = mp.tirer_date(rng, dt.date(2025, 1, 6), dt.date(2025, 10, 15))
    echeance = date_limite_paiement(reception, "30_jours")
    retard = rng.randint(*c["jours_de_retard"])
    return {
        "montant_ttc": float(round(rng.uniform(*c["montant_ttc"]), -1)),
        "reception": reception.isoformat(),
        "echeance": echeance.isoformat(),
        "paiement": (echeance + dt.timedelta(days=retard)).isoformat(),
        "retard": retard,
        "table_bce": [
            [d, t] for d, t in conditions_vente.charger()["taux_bce"] if d >= "2024-09-01"
        ],
    }


def _jour(iso):
    return dt.date.fromisoformat(iso)


def _bce(p, jour):
    return conditions_vente.taux_bce_au(jour, p["table_bce"])


def _taux(p):
    debut = _jour(p["echeance"]) + dt.timedelta(days=1)  # interest starts the next day
    return taux_interets_moratoires(conditions_vente.taux_bce_du_semestre(debut, p["table_bce"]))


def _montant(p, montant=None, taux=None, jours=None):
    return penalites_de_retard(
        p["montant_ttc"] if montant is None else montant,
        p["retard"] if jours is None else jours,
        _taux(p) if taux is None else taux,
    )


def solution(p):
    return _montant(p) + indemnite_forfaitaire_recouvrement(1)


def enonce(p):
    lignes = ["| Taux de refinancement de la BCE en vigueur à partir du | Taux |", "|---|---:|"]
    lignes += [f"| {_jour(d):%d/%m/%Y} | {pourcent(t, 2)} |" for d, t in p["table_bce"]]
    return (
        f"Une communauté d'agglomération a reçu le {_jour(p['reception']):%d/%m/%Y} la demande de "
        f"paiement d'Hydralis, **{euros(p['montant_ttc'])} TTC** ; elle devait payer sous "
        f"30 jours, au plus tard le **{_jour(p['echeance']):%d/%m/%Y}**. Le virement est mis en "
        f"paiement le **{_jour(p['paiement']):%d/%m/%Y}**.\n\n"
        + "\n".join(lignes)
        + "\n\n*Taux de la BCE : données du cours (CP6), à vérifier sur banque-france.fr.* "
        "Intérêts moratoires : taux BCE en vigueur au **premier jour du semestre** où ils "
        "commencent à courir (le lendemain de l'échéance), **+ 8 points**, sur le montant TTC, "
        "jours de retard ÷ 365 ; plus l'indemnité forfaitaire de 40 €. **Quel montant total "
        "Hydralis peut-elle réclamer ?** (au centime)"
    )


def diagnostics(p):
    semestre = conditions_vente.taux_bce_du_semestre(
        _jour(p["echeance"]) + dt.timedelta(days=1), p["table_bce"]
    )
    depuis_reception = (_jour(p["paiement"]) - _jour(p["reception"])).days
    return pieges_distincts(
        FORMAT,
        solution(p),
        [
            (_montant(p), "Vous avez oublié l'indemnité forfaitaire de 40 € (D2192-35)."),
            (
                _montant(p, taux=taux_penalites_defaut(semestre)) + 40,
                "Vous avez ajouté 10 points, comme entre entreprises : pour un acheteur public, "
                "c'est le taux BCE + 8 points (R2192-31).",
            ),
            (
                _montant(p, montant=prix_ht(p["montant_ttc"], 0.2)) + 40,
                "Vous avez pris le montant HT : les intérêts portent sur la somme due TTC.",
            ),
            (
                _montant(p, taux=taux_interets_moratoires(_bce(p, _jour(p["paiement"])))) + 40,
                "Vous avez pris le taux BCE du jour du paiement : c'est celui du premier jour du "
                "semestre où les intérêts ont commencé à courir.",
            ),
            (
                _montant(p, jours=depuis_reception) + 40,
                "Vous avez compté les jours depuis la réception : le retard court à partir du "
                "lendemain de l'échéance.",
            ),
        ],
    )


def explication(p):
    return (
        f"Retard : du {_jour(p['echeance']):%d/%m/%Y} au {_jour(p['paiement']):%d/%m/%Y}, "
        f"{p['retard']} jours. Taux = {pourcent(_taux(p), 2)} (BCE du premier jour du semestre + 8 "
        f"points). Intérêts = {euros(p['montant_ttc'])} × {pourcent(_taux(p), 2)} × "
        f"{p['retard']} ÷ 365 = {euros(_montant(p))} ; plus 40 €."
    )

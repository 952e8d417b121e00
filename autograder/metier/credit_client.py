"""Customer credit risk: a seeded portfolio of invoices for five CRM clients, read at a cut-off.

Every number of the lesson and of the CP8 credit exercises comes from here: the invoices (issue
date, amount TTC, due date by ``date_limite_paiement``, payment date if paid by the cut-off), the
outstanding balance, the overdue ageing, the DSO (``calculs.dso``) and the hold rule.
"""

import datetime as dt
import math
import random

import pandas as pd

from autograder.calculs import date_limite_paiement, dso, prix_ttc

ARRETE = dt.date(2025, 12, 31)  # cut-off date of the review
REGLE = "60_jours"  # payment terms of the CGV (C. com. L441-10 I)
TVA = 0.20
RETARD_MAX = 60  # hold rule: an invoice more than 60 days late…
TRANCHES = (  # ageing buckets, in days past the due date
    ("1-30", "1 à 30 jours", 1, 30),
    ("31-60", "31 à 60 jours", 31, 60),
    ("61-90", "61 à 90 jours", 61, 90),
    ("plus-90", "plus de 90 jours", 91, 10_000),
)
PROFILS = ("ponctuel", "ponctuel", "lent", "gros", "douteux")
# Monthly chance of an invoice, HT amount range, days paid after the due date (negative = early).
_COMPORTEMENT = {
    "ponctuel": (0.6, (2_000, 8_000), (-10, 3)),
    "lent": (0.7, (3_000, 9_000), (15, 45)),
    "gros": (0.9, (10_000, 25_000), (-5, 8)),
    "douteux": (0.7, (3_000, 10_000), (20, 50)),
}
_LIMITE = {"ponctuel": 1.5, "lent": 1.4, "gros": 1.25, "douteux": 0.7}  # × outstanding


def _arrondi(x: float, pas: int = 5_000, vers_le_haut: bool = True) -> int:
    f = math.ceil if vers_le_haut else math.floor
    return max(pas, int(f(x / pas)) * pas)


def _factures_client(rng: random.Random, nom: str, profil: str) -> list[dict]:
    chance, (bas, haut), (tot, tard) = _COMPORTEMENT[profil]
    lignes = []
    for mois in range(1, 13):
        oblige = profil == "douteux" and mois == 7  # at least one invoice long overdue
        if not oblige and rng.random() > chance:
            continue
        emise = dt.date(2025, mois, rng.randint(1, 28))
        ht = round(rng.uniform(bas, haut), -1)
        limite = date_limite_paiement(emise, REGLE)
        payee = limite + dt.timedelta(days=rng.randint(tot, tard))
        if profil == "douteux" and mois >= 7:
            payee = None  # stopped paying in the summer
        if payee is not None and payee > ARRETE:
            payee = None
        lignes.append(
            {"client": nom, "date_facture": emise, "montant_ht": ht,
             "montant_ttc": prix_ttc(ht, TVA), "date_limite": limite, "date_paiement": payee}
        )  # fmt: skip
    return lignes


def retard(ligne, arrete: dt.date = ARRETE) -> int:
    """Days past the due date at the cut-off (0 when not yet due or paid)."""
    if ligne["date_paiement"] is not None and ligne["date_paiement"] <= arrete:
        return 0
    return max(0, (arrete - ligne["date_limite"]).days)


def impayees(factures: pd.DataFrame, arrete: dt.date = ARRETE) -> pd.DataFrame:
    """Invoices issued by the cut-off and not paid by it, with their days past due."""
    f = factures[factures["date_facture"] <= arrete]
    ouvertes = f[f["date_paiement"].isna() | (f["date_paiement"] > arrete)].copy()
    ouvertes["retard"] = [retard(r, arrete) for _, r in ouvertes.iterrows()]
    return ouvertes


def balance_agee(factures: pd.DataFrame, arrete: dt.date = ARRETE, depuis="date_limite"):
    """Outstanding TTC per client: not yet due, then one column per ageing bucket, then total.

    ``depuis="date_facture"`` ages from the invoice date (the classic mistake)."""
    ouvertes = impayees(factures, arrete)
    jours = [(arrete - d).days for d in ouvertes[depuis]]
    cols = {"non_echu": [j <= 0 for j in jours]}
    for cle, _, bas, haut in TRANCHES:
        cols[cle] = [bas <= j <= haut for j in jours]
    if depuis != "date_limite":  # from the invoice date, nothing is « not yet due »
        cols["non_echu"] = [False] * len(jours)
        cols["1-30"] = [j <= 30 for j in jours]
    table = pd.DataFrame(
        {k: ouvertes["montant_ttc"].where(v, 0.0).to_numpy() for k, v in cols.items()},
        index=ouvertes["client"].to_numpy(),
    )
    table = table.groupby(level=0).sum().round(2)
    table["encours"] = table.sum(axis=1).round(2)
    return table


def synthese(cas: dict) -> pd.DataFrame:
    """Per client: CA TTC 2025, outstanding, credit limit, worst delay, DSO, hold decision."""
    f = cas["factures"]
    ouvertes = impayees(f)
    lignes = []
    for nom in cas["clients"]:
        ca = float(f.loc[f["client"] == nom, "montant_ttc"].sum())
        o = ouvertes[ouvertes["client"] == nom]
        encours = round(float(o["montant_ttc"].sum()), 2)
        pire = int(o["retard"].max()) if len(o) else 0
        limite = cas["limites"][nom]
        lignes.append(
            {"client": nom, "ca_ttc": round(ca, 2), "encours": encours, "limite": limite,
             "retard_max": pire, "dso": dso(encours, ca),
             "bloquer": encours > limite or pire > RETARD_MAX}
        )  # fmt: skip
    return pd.DataFrame(lignes).set_index("client")


def construire(graine: int, noms: list[str]) -> dict:
    """The learner's credit case: five client names drawn from ``noms`` (the CRM), a profile each,
    their 2025 invoices and credit limits. Exactly one client breaks the hold rule."""
    rng = random.Random(f"credit-{graine}")
    noms = sorted(set(noms))
    if len(noms) < len(PROFILS):
        raise ValueError(
            f"Il faut au moins {len(PROFILS)} clients pour bâtir le portefeuille "
            f"(reçu : {len(noms)})."
        )
    clients = rng.sample(noms, len(PROFILS))
    profils = dict(zip(clients, rng.sample(PROFILS, len(PROFILS)), strict=True))
    lignes = [ligne for c in clients for ligne in _factures_client(rng, c, profils[c])]
    lignes.sort(key=lambda x: (x["date_facture"], x["client"]))
    for i, ligne in enumerate(lignes, 1):
        ligne["numero"] = f"F25-{i:04d}"
    factures = pd.DataFrame(lignes)[
        ["numero", "client", "date_facture", "montant_ht", "montant_ttc", "date_limite",
         "date_paiement"]
    ]  # fmt: skip
    factures["date_paiement"] = factures["date_paiement"].astype(object)
    factures.loc[factures["date_paiement"].isna(), "date_paiement"] = None
    encours = impayees(factures).groupby("client")["montant_ttc"].sum()
    limites = {
        c: _arrondi(encours.get(c, 0.0) * _LIMITE[profils[c]], vers_le_haut=profils[c] != "douteux")
        for c in clients
    }
    cas = {"clients": clients, "profils": profils, "factures": factures, "limites": limites,
           "taux_penalites": rng.choice((0.10, 0.11, 0.12, 0.15)), "arrete": ARRETE}  # fmt: skip
    return cas


def client_a_bloquer(cas: dict) -> str:
    s = synthese(cas)
    return s.index[s["bloquer"]][0]

"""Proposition technique et commerciale (CP6) : le cas, le coût total de possession, le CO₂, le devis.

Le cas (``data/cp6/cas.json``) décrit la Laiterie du Val d'Allagnon, prospect d'Hydralis.
``construire_cas(graine)`` en tire la version personnelle d'un apprenant (débit, heures de marche,
prix, remises varient). Les montants d'une facture passent toujours par ``autograder.calculs``.
"""

from __future__ import annotations

import html
import json
import math
import random
from dataclasses import dataclass, field
from functools import cache

from autograder import calculs
from autograder.moteur.nombres import euros, nombre, pourcent
from autograder.moteur.paths import data_path

CONVENTION_COUT_DE_REVIENT = (
    "Convention du cas : Hydralis fabrique ce qu'elle vend, son taux de marque (marge ÷ prix de "
    "vente HT) se calcule donc sur le **coût de revient complet** de l'affaire (fabrication, "
    "installation, frais de l'affaire), et non sur un coût d'achat comme chez un revendeur."
)
"""Named in every CP6/CP7 statement that applies a taux de marque to a manufacturer's full cost."""


@cache
def _cas_brut() -> str:
    return data_path("cp6", "cas.json").read_text(encoding="utf-8")


def charger_cas() -> dict:
    """Le cas tel qu'il est écrit dans data/cp6/cas.json (copie : on peut la modifier)."""
    return json.loads(_cas_brut())


# -- calculs de la proposition -------------------------------------------------------------------
def _positif(x, quoi: str) -> float:
    if isinstance(x, bool) or not isinstance(x, int | float) or not math.isfinite(x) or x < 0:
        raise ValueError(f"{quoi} doit être un nombre positif ou nul (reçu : {x!r}).")
    return float(x)


def consommation_kwh(puissance_kw, heures_an) -> float:
    """Énergie consommée par an (kWh) = puissance absorbée (kW) × heures de marche par an."""
    return _positif(puissance_kw, "La puissance") * _positif(heures_an, "Le nombre d'heures")


def cout_total_possession(prix_achat_ht, kwh_an, prix_kwh, maintenance_an_ht, annees) -> float:
    """Coût total de possession (TCO) sur ``annees`` ans, en € HT, non actualisé :
    achat + énergie (kWh/an × prix du kWh × années) + maintenance (par an × années).

    >>> cout_total_possession(30000, 50000, 0.18, 1500, 10)
    135000.0
    """
    n = _positif(annees, "Le nombre d'années")
    energie = _positif(kwh_an, "La consommation") * _positif(prix_kwh, "Le prix du kWh") * n
    total = _positif(prix_achat_ht, "Le prix d'achat") + energie
    return round(total + _positif(maintenance_an_ht, "Le coût de maintenance") * n, 2)


def co2_kg(quantite, facteur_kg) -> float:
    """Émissions en kg CO₂e = activité (kWh, ou t·km pour un transport) × facteur d'émission."""
    return _positif(quantite, "La quantité") * _positif(facteur_kg, "Le facteur d'émission")


def co2_transport_kg(masse_t, distance_km, facteur_kg_t_km) -> float:
    """Émissions d'une livraison (kg CO₂e) = masse (t) × distance (km) × facteur (kg CO₂e/t·km)."""
    t_km = _positif(masse_t, "La masse") * _positif(distance_km, "La distance")
    return co2_kg(t_km, facteur_kg_t_km)


def pompes_necessaires(debit_requis, debit_pompe, marge_securite) -> int:
    """Pompes en service : débit requis majoré de la marge de sécurité ÷ débit d'une pompe,
    arrondi à l'entier **supérieur** (une pompe ne se coupe pas en morceaux)."""
    debit = _positif(debit_requis, "Le débit requis") * (1 + _positif(marge_securite, "La marge"))
    if not _positif(debit_pompe, "Le débit d'une pompe"):
        raise ValueError("Le débit d'une pompe doit être strictement positif.")
    return math.ceil(round(debit / debit_pompe, 9))  # 2.0000000001 → 2 pumps, not 3


@dataclass(frozen=True)
class Offre:
    """Une offre comparée : prix net HT, puissance absorbée de la station, maintenance, etc."""

    nom: str
    prix_ht: float
    puissance_kw: float
    maintenance_an_ht: float
    duree_vie_ans: int
    recyclabilite: float
    masse_t: float
    distance_km: float
    mode: str
    pompe_secours: bool
    delai_semaines: int

    def tco(self, heures_an, prix_kwh, annees) -> float:
        kwh = consommation_kwh(self.puissance_kw, heures_an)
        return cout_total_possession(self.prix_ht, kwh, prix_kwh, self.maintenance_an_ht, annees)


# -- le devis ------------------------------------------------------------------------------------
@dataclass
class LigneDevis:
    ref: str
    designation: str
    quantite: int
    prix_unitaire_ht: float
    cout_unitaire: float = 0.0

    @property
    def montant_ht(self) -> float:
        return round(self.quantite * self.prix_unitaire_ht, 2)


@dataclass
class Devis:
    """Un devis : lignes, remises en cascade, escompte, TVA, plancher de taux de marque."""

    client: str
    lignes: list[LigneDevis]
    remises: list[float] = field(default_factory=list)
    escompte: float = 0.0
    taux_tva: float = 0.20
    plancher: float = 0.25

    @property
    def brut_ht(self) -> float:
        return round(sum(ligne.montant_ht for ligne in self.lignes), 2)

    @property
    def cout_total(self) -> float:
        return round(sum(ligne.quantite * ligne.cout_unitaire for ligne in self.lignes), 2)

    def facture(self) -> calculs.Facture:
        return calculs.facture(self.brut_ht, self.remises, self.escompte, self.taux_tva)

    def marge(self) -> float:
        """Marge sur l'affaire = net commercial HT − coût de revient (l'escompte est une charge
        financière : il ne diminue pas la marge commerciale)."""
        return calculs.marge(self.facture().net_commercial, self.cout_total)

    def taux_de_marque(self) -> float:
        return calculs.taux_de_marque(self.facture().net_commercial, self.cout_total)

    def alerte(self) -> str | None:
        """Message si le taux de marque passe sous le plancher fixé par la direction."""
        t = self.taux_de_marque()
        if t < self.plancher:
            return (
                f"Taux de marque de {pourcent(t)} : sous le plancher de {pourcent(self.plancher, 0)} "
                "fixé par la direction. Réduisez les remises ou faites valider par votre responsable."
            )
        return None


def apercu_html(devis: Devis) -> str:
    """Le devis en tableau HTML, avec l'alerte de marge s'il y a lieu (pour le notebook)."""
    alerte, t = devis.alerte(), pourcent(devis.taux_de_marque())
    bilan = f"<p role='alert'>⚠️ {alerte}</p>" if alerte else (
        f"<p role='status'>✅ Marge {euros(devis.marge())}, taux de marque {t} "
        f"(plancher {pourcent(devis.plancher, 0)}).</p>")  # fmt: skip
    return f"<style>{STYLE}</style>{_table(devis)}{bilan}"


def _table(devis: Devis) -> str:
    corps = "".join(
        f"<tr><td>{html.escape(li.ref)}</td><td>{html.escape(li.designation)}</td>"
        f"<td class='n'>{nombre(li.quantite)}</td><td class='n'>{euros(li.prix_unitaire_ht)}</td>"
        f"<td class='n'>{euros(li.montant_ht)}</td></tr>"
        for li in devis.lignes
    )
    totaux = "".join(
        f"<tr><th scope='row' colspan='4'>{html.escape(lib)}</th><td class='n'>{euros(m)}</td></tr>"
        for lib, m in devis.facture().lignes()
    )
    entetes = "".join(
        f"<th scope='col'>{t}</th>"
        for t in ("Réf.", "Désignation", "Qté", "Prix unitaire HT", "Montant HT")
    )
    return (
        f"<table class='devis'><caption>Devis — {html.escape(devis.client)}</caption>"
        f"<thead><tr>{entetes}</tr></thead><tbody>{corps}</tbody><tfoot>{totaux}</tfoot></table>"
    )


STYLE = (
    "table.devis{border-collapse:collapse;width:100%;font-family:sans-serif;font-size:0.95em}"
    "table.devis caption{font-weight:bold;text-align:left;padding:0.4em 0}"
    "table.devis th,table.devis td{border:1px solid #999;padding:0.3em 0.5em;text-align:left}"
    "table.devis td.n{text-align:right;white-space:nowrap}"
    "table.devis tfoot th{font-weight:normal;text-align:right}"
    "@media print{body{margin:1.5cm}button{display:none}}"
)


def devis_html(devis: Devis, vendeur: str = "Hydralis", conditions: str = "") -> str:
    """Le devis en page HTML autonome, propre et imprimable (à ouvrir dans un navigateur)."""
    cond = f"<p>{html.escape(conditions)}</p>" if conditions else ""
    return (
        "<!DOCTYPE html><html lang='fr'><head><meta charset='utf-8'>"
        f"<title>Devis {html.escape(vendeur)} — {html.escape(devis.client)}</title>"
        f"<style>{STYLE}</style></head><body>"
        f"<h1>{html.escape(vendeur)} — proposition commerciale</h1>"
        f"<p>Client : <b>{html.escape(devis.client)}</b></p>{_table(devis)}{cond}"
        "<p>Prix en euros. Escompte pour paiement anticipé déduit avant la TVA.</p>"
        "</body></html>"
    )


# -- le cas personnel ----------------------------------------------------------------------------
def construire_cas(graine: int = 2025) -> dict:
    """La version du cas d'un apprenant : mêmes personnages, chiffres tirés de sa graine."""
    cas, rng = charger_cas(), random.Random(graine)
    var, tech = cas["variation"], cas["technique"]
    q = var["debit_pompe_m3h"]
    n = rng.choice(var["pompes_en_service"])
    croissance = (1 + tech["marge_securite_debit"]) * (1 + tech["croissance_debit_a_terme"])
    # Débit tel que n pompes suffisent aujourd'hui, et n + 1 seront nécessaires après la croissance.
    bas = math.floor(n * q / croissance) + 1
    haut = math.floor(n * q / (1 + tech["marge_securite_debit"]))
    debit = rng.randint(bas, haut)
    ecart = var["ecart_prix"]
    catalogue = {}
    for article in cas["catalogue"]:
        f = 1 + rng.uniform(-ecart, ecart)
        catalogue[article["ref"]] = {
            **article,
            "prix_ht": round(article["prix_ht"] * f, -1),
            "cout_revient": round(article["cout_revient"] * f, -1),
        }
    quantites = {"HX-30E": n + 1, "VF-75": n + 1, "SK-NEP": 1, "MES": 1}
    cg = cas["conditions_generales"]
    devis = Devis(
        cas["client"]["nom"],
        [
            LigneDevis(
                r,
                catalogue[r]["designation"],
                k,
                catalogue[r]["prix_ht"],
                catalogue[r]["cout_revient"],
            )
            for r, k in quantites.items()
        ],  # fmt: skip
        [rng.choice(cg["remise_quantite"]), rng.choice(cg["remise_ouverture_compte"])],
        rng.choice(cg["escompte_paiement_10_jours"]),
        cg["taux_tva"],
        cg["plancher_taux_de_marque"],
    )
    net = devis.facture().net_commercial
    pompe = catalogue["HX-30E"]
    masse_h = sum(catalogue[r].get("masse_kg", 0) * k for r, k in quantites.items()) / 1000
    h = (n + 1) / 3  # competitors' prices, masses and maintenance are quoted for 2 + 1 pumps
    offres = [Offre("Hydralis", net, round(pompe["puissance_absorbee_kw"] * n, 2),
                    cas["maintenance"]["prix_annuel_ht"], pompe["duree_vie_ans"],
                    pompe["recyclabilite"], round(masse_h, 3), cas["livraison_hydralis_km"],
                    "routier", True, 6)]  # fmt: skip
    for c in cas["concurrents"]:
        f = h * (1 + rng.uniform(-ecart, ecart))
        offres.append(Offre(c["nom"], round(c["prix_ht"] * f, -1),
                            round(c["puissance_absorbee_kw_par_pompe"] * n, 2),
                            round(c["maintenance_annuelle_ht"] * h, -1), c["duree_vie_ans"],
                            c["recyclabilite"], round(c["masse_t"] * h, 3), c["distance_km"],
                            c["mode"], c["pompe_secours"], c["delai_semaines"]))  # fmt: skip
    agence = cas["maintenance_agence"]
    ca = round(rng.uniform(*agence["ca_annuel"]), -3)
    return {
        "cas": cas,
        "client": cas["client"],
        "debit_requis": debit,
        "debit_pompe": q,
        "pompes_en_service": n,
        "heures_an": round(rng.uniform(*var["heures_an"]), -2),
        "prix_kwh": round(rng.uniform(*var["prix_kwh"]), 3),
        "budget": math.ceil(net / 1000) * 1000 + 1000 * rng.randint(0, 2),
        "catalogue": catalogue,
        "devis": devis,
        "offres": offres,
        "annees": tech["horizon_tco_annees"],
        "facteurs": cas["facteurs_emission"],
        "agence": {
            "ca": ca,
            "charges_variables": round(ca * rng.uniform(*agence["taux_charges_variables"]), -2),
            "charges_fixes": round(rng.uniform(*agence["charges_fixes"]), -3),
        },
    }

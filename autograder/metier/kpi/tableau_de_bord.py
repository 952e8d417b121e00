"""KPI dashboard of Hydralis: objective vs actual per month, table per sales rep, text alternative.

Pure functions (`figure_objectif_realise`, `texte_alternatif`, `tableau_html`) are testable
without a front end; `autograder.widgets.tableau_de_bord` wires them to ipywidgets controls. The figure is drawn on
a bare matplotlib `Figure` (no pyplot, hence no global figure to close and no backend
dependency) and shown as an inline PNG, which works the same in JupyterLab and under Voila.
"""

from __future__ import annotations

import base64
import html

import pandas as pd
from matplotlib.figure import Figure
from matplotlib.legend_handler import HandlerTuple
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.ticker import FuncFormatter, MaxNLocator

from autograder.calculs import ecart, ecart_relatif, taux_de_realisation
from autograder.metier.kpi.donnees import MOIS, SEUIL_ALERTE
from autograder.moteur.affichage import defilant, signe
from autograder.moteur.graphiques import OKABE_ITO, FigurePNG, figure_en_png
from autograder.moteur.nombres import MOIS_ABREGES, euros, nombre, pourcent

NBSP = "\u00a0"

COULEUR_REALISE = OKABE_ITO["bleu"]
COULEUR_ALERTE = OKABE_ITO["vermillon"]
COULEUR_OBJECTIF = OKABE_ITO["noir"]
HACHURE_ALERTE = "///"
MARQUEUR_ALERTE = "v"

# Libellé affiché → (colonne réalisée, colonne objectif, unité au singulier, au pluriel).
INDICATEURS = {
    "Chiffre d'affaires": ("ca", "objectif_ca", None, None),
    "Ventes": ("ventes", "objectif_ventes", "vente", "ventes"),
    "Leads": ("leads", "objectif_leads", "lead", "leads"),
}
_ALIAS = {v[0]: k for k, v in INDICATEURS.items()}
TOUS, TOUTES = "Tous", "Toutes"
SOUS_SEUIL = f"sous {pourcent(SEUIL_ALERTE, 0)}"


def _indicateur(indicateur: str) -> tuple[str, str, str, str | None, str | None]:
    libelle = _ALIAS.get(indicateur, indicateur)
    if libelle not in INDICATEURS:
        raise ValueError(
            f"Indicateur inconnu : {indicateur!r} ; choisissez parmi {list(INDICATEURS)}."
        )
    return (libelle, *INDICATEURS[libelle])


def _valeur(x, indicateur: str, unite: bool = True) -> str:
    _, col, _, sing, plur = _indicateur(indicateur)
    if col == "ca":
        return euros(x, 0)
    if not unite:
        return nombre(x)
    return f"{nombre(x)}{NBSP}{sing if abs(x) < 2 else plur}"


def texte_html(x: str) -> str:
    """Text node of an HTML fragment: < > & escaped, apostrophes kept as they are."""
    return html.escape(x, quote=False)


def _de(mot: str) -> str:
    return f"d'{mot}" if mot[0] in "aeiouyéèâ" else f"de {mot}"


def _liste(mots: list[str]) -> str:
    return mots[0] if len(mots) == 1 else ", ".join(mots[:-1]) + " et " + mots[-1]


def _par_mois(ventes: pd.DataFrame, indicateur: str) -> pd.DataFrame:
    """Realised and objective per month (summed over the selected reps), with the rate."""
    _, col, obj, _, _ = _indicateur(indicateur)
    mensuel = ventes.groupby("mois", sort=True)[[col, obj]].sum()
    mensuel.columns = ["realise", "objectif"]
    paires = zip(mensuel["realise"], mensuel["objectif"], strict=True)
    mensuel["taux"] = [taux_de_realisation(r, o) for r, o in paires]
    mensuel["alerte"] = mensuel["taux"] < SEUIL_ALERTE
    mensuel["nom"] = [MOIS[m.month - 1] for m in mensuel.index]
    return mensuel


def _portee(ventes: pd.DataFrame) -> str:
    """« de Camille Perrin », « de la région Grand Est » or « de toute l'équipe »."""
    if ventes["commercial"].nunique() == 1:
        return f"de {ventes['commercial'].iloc[0]}"
    if ventes["region"].nunique() == 1:
        return f"de la région {ventes['region'].iloc[0]}"
    return "de toute l'équipe"


def _periode(mensuel: pd.DataFrame) -> str:
    noms = list(mensuel["nom"])
    return f"en {noms[0]}" if len(noms) == 1 else f"{_de(noms[0])} à {noms[-1]}"


def _verifier(ventes: pd.DataFrame) -> None:
    if ventes is None or len(ventes) == 0:
        raise ValueError("Aucune donnée pour ce filtre.")


def texte_alternatif(ventes_filtrees: pd.DataFrame, indicateur: str = "Chiffre d'affaires") -> str:
    """Description en français du graphique « objectif vs réalisé » (pour lecteur d'écran).

    Exemple : « Chiffre d'affaires de toute l'équipe, de janvier à décembre : réalisé 5 123 456 €
    pour un objectif de 5 300 000 € (taux de réalisation : 96,7 %) ; 2 mois sous 90 % de
    l'objectif : mars et août. »
    """
    _verifier(ventes_filtrees)
    libelle = _indicateur(indicateur)[0]
    m = _par_mois(ventes_filtrees, libelle)
    realise, objectif = m["realise"].sum(), m["objectif"].sum()
    taux = taux_de_realisation(realise, objectif)
    alertes = list(m.loc[m["alerte"], "nom"])
    debut = (
        f"{libelle} {_portee(ventes_filtrees)}, {_periode(m)}{NBSP}: réalisé "
        f"{_valeur(realise, libelle)} pour un objectif de {_valeur(objectif, libelle)} "
        f"(taux de réalisation{NBSP}: {pourcent(taux)})"
    )
    if not alertes:
        return f"{debut}{NBSP}; aucun mois {SOUS_SEUIL} de l'objectif."
    pire = m.loc[m["taux"].idxmin()]
    fin = f"{len(alertes)} mois {SOUS_SEUIL} de l'objectif{NBSP}: {_liste(alertes)}"
    if len(m) > 1:
        fin += f" (le plus bas{NBSP}: {pire['nom']}, {pourcent(pire['taux'])})"
    return f"{debut}{NBSP}; {fin}."


def figure_objectif_realise(
    ventes_filtrees: pd.DataFrame, indicateur: str = "Chiffre d'affaires"
) -> Figure:
    """Graphique « objectif vs réalisé » par mois : barres = réalisé, ligne = objectif.

    Les mois sous 90 % de l'objectif sont signalés de trois façons (jamais par la couleur
    seule) : barre vermillon, hachures et triangle ▼ au-dessus de la barre. Couleurs de la
    palette Okabe-Ito (lisible par les personnes daltoniennes).
    """
    _verifier(ventes_filtrees)
    libelle = _indicateur(indicateur)[0]
    m = _par_mois(ventes_filtrees, libelle)
    x = list(range(len(m)))
    alerte = list(m["alerte"])

    # Fixed margins rather than a layout engine: one draw per image, twice as fast.
    fig = FigurePNG(figsize=(8, 4.2))
    fig.subplots_adjust(left=0.15, right=0.98, top=0.91, bottom=0.2)
    ax = fig.add_subplot()
    barres = ax.bar(
        x,
        m["realise"],
        width=0.65,
        color=[COULEUR_ALERTE if a else COULEUR_REALISE for a in alerte],
        edgecolor=COULEUR_OBJECTIF,
        linewidth=0.6,
    )
    for barre, a in zip(barres, alerte, strict=True):
        if a:
            barre.set_hatch(HACHURE_ALERTE)
    ax.plot(
        x,
        m["objectif"],
        color=COULEUR_OBJECTIF,
        linestyle="--",
        linewidth=1.6,
        marker="D",
        markersize=5,
    )
    haut = max(m["realise"].max(), m["objectif"].max())
    xa = [i for i, a in zip(x, alerte, strict=True) if a]
    sommets = m.loc[m["alerte"], ["realise", "objectif"]].max(axis=1)
    ya = list(sommets + 0.06 * haut)
    ax.plot(
        xa,
        ya,
        linestyle="none",
        marker=MARQUEUR_ALERTE,
        markersize=9,
        color=COULEUR_ALERTE,
        markeredgecolor=COULEUR_OBJECTIF,
    )

    ax.set_xticks(x, [MOIS_ABREGES[d.month - 1] for d in m.index])
    ax.set_ylim(0, haut * 1.15)
    ax.yaxis.set_major_locator(MaxNLocator(nbins=5))
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: _valeur(v, libelle, unite=False)))
    ax.set_ylabel(f"{libelle} (€{NBSP}HT)" if libelle == "Chiffre d'affaires" else libelle)
    ax.set_title(f"{libelle} {_portee(ventes_filtrees)}, {_periode(m)}", loc="left")
    ax.grid(axis="y", alpha=0.3)
    ax.set_axisbelow(True)
    ax.spines[["top", "right"]].set_visible(False)
    alerte_legende = (
        Patch(facecolor=COULEUR_ALERTE, edgecolor=COULEUR_OBJECTIF, hatch=HACHURE_ALERTE),
        Line2D([], [], linestyle="none", marker=MARQUEUR_ALERTE, color=COULEUR_ALERTE,
               markeredgecolor=COULEUR_OBJECTIF),
    )  # fmt: skip
    fig.legend(
        [Patch(facecolor=COULEUR_REALISE, edgecolor=COULEUR_OBJECTIF),
         Line2D([], [], color=COULEUR_OBJECTIF, linestyle="--", marker="D"), alerte_legende],
        ["Réalisé", "Objectif", f"Mois {SOUS_SEUIL} de l'objectif (hachures et ▼)"],
        handler_map={tuple: HandlerTuple(ndivide=None, pad=0.4)},
        loc="lower center", ncols=3, fontsize="small", frameon=False,
    )  # fmt: skip
    return fig


def tableau_html(ventes_filtrees: pd.DataFrame, indicateur: str = "Chiffre d'affaires") -> str:
    """Tableau HTML par commercial : réalisé, objectif, écart, écart relatif, taux de
    réalisation et alerte « ⚠ sous 90 % », plus une ligne Total s'il y a plusieurs commerciaux.
    """
    _verifier(ventes_filtrees)
    libelle, col, obj, _, _ = _indicateur(indicateur)
    groupes = ventes_filtrees.groupby(["commercial", "region"], sort=False)[[col, obj]].sum()
    lignes = [(nom, region, r[col], r[obj]) for (nom, region), r in groupes.iterrows()]
    if len(lignes) > 1:
        lignes.append(("Total", "", groupes[col].sum(), groupes[obj].sum()))
    entetes = [
        "Commercial",
        "Région",
        "Réalisé",
        "Objectif",
        "Écart",
        "Écart relatif",
        "Taux de réalisation",
        "Alerte",
    ]
    td = '<td style="text-align:right;padding:2px 8px">'
    corps = []
    for nom, region, realise, objectif in lignes:
        taux = taux_de_realisation(realise, objectif)
        e, er = ecart(realise, objectif), ecart_relatif(realise, objectif)
        flag = f"⚠{NBSP}{SOUS_SEUIL}" if taux < SEUIL_ALERTE else ""
        gras = ' style="font-weight:bold"' if nom == "Total" else ""
        corps.append(
            f'<tr{gras}><th scope="row" style="text-align:left;padding:2px 8px">'
            f'{texte_html(nom)}</th><td style="padding:2px 8px">{texte_html(region)}</td>'
            f"{td}{_valeur(realise, libelle, False)}</td>"
            f"{td}{_valeur(objectif, libelle, False)}</td>"
            f"{td}{signe(e, lambda v: _valeur(v, libelle, False))}</td>{td}{signe(er, pourcent)}</td>"
            f'{td}{pourcent(taux)}</td><td style="padding:2px 8px;font-weight:bold">{flag}</td>'
            "</tr>"
        )
    unite = f" (€{NBSP}HT)" if col == "ca" else ""
    mensuel = _par_mois(ventes_filtrees, libelle)
    tete = "".join(f'<th scope="col" style="padding:2px 8px">{h}</th>' for h in entetes)
    return (
        '<table style="border-collapse:collapse;font-variant-numeric:tabular-nums">'
        f'<caption style="text-align:left;font-weight:bold">{texte_html(libelle)}{unite} '
        f"par commercial, {_periode(mensuel)}</caption>"
        f"<thead><tr>{tete}</tr></thead><tbody>{''.join(corps)}</tbody></table>"
    )


def message_vide(periode: str, commercial: str, region: str, ventes: pd.DataFrame) -> str:
    texte = (
        f"Aucune donnée pour ce filtre (période{NBSP}: {periode}{NBSP}; commercial{NBSP}: "
        f"{commercial}{NBSP}; région{NBSP}: {region})."
    )
    regions = ventes.loc[ventes["commercial"] == commercial, "region"].unique()
    if len(regions) == 1 and region not in (TOUTES, regions[0]):
        texte += (
            f" {commercial} travaille en région {regions[0]}{NBSP}: choisissez cette région "
            f"ou «{NBSP}{TOUTES}{NBSP}»."
        )
    return f'<p role="status">{texte_html(texte)}</p>'


def rendre(lignes: pd.DataFrame, indicateur: str) -> tuple[str, str, str]:
    """HTML of the chart (inline PNG), of its text alternative and of the table."""
    png = figure_en_png(figure_objectif_realise(lignes, indicateur))
    png = base64.b64encode(png).decode("ascii")
    alt = f"Graphique en barres{NBSP}: {indicateur}, réalisé et objectif par mois"
    graphique = (
        f'<img src="data:image/png;base64,{png}" alt="{html.escape(alt)} '
        '(description sous le graphique)" style="max-width:100%;height:auto">'
    )
    texte = f"<p>{texte_html(texte_alternatif(lignes, indicateur))}</p>"
    tableau = defilant(
        tableau_html(lignes, indicateur), f"Tableau{NBSP}: {indicateur} par commercial"
    )
    return graphique, texte, tableau.code_html

"""The exam's dashboard workbook: the blank template handed to the learner and its layout.

The case's figures (one row per month and per rep: `mois` "AAAA-MM", `commercial`, `region`,
`leads`, `rendez_vous`, `devis`, `ventes`, `ca_ht`, `objectif_ca_ht`, `objectif_ventes`,
`marge_brute`) fill the sheet « Données »; the sheet « Tableau de bord » has labelled empty cells
(yellow) for the analysis period: per rep and in total (block 1), per quarter for the team
(block 2). `disposition` gives where each expected figure goes; the checker finds the cells again
by their labels, so inserted rows or columns do not break grading.
"""

from __future__ import annotations

import os
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from autograder.moteur.nombres import MOIS
from autograder.moteur.tableur import (
    FORMATS,
    Colonne,
    Feuille,
    ajouter_feuille,
    enregistrer_classeur,
)

FEUILLE_DONNEES = "Données"
FEUILLE_TABLEAU = "Tableau de bord"
TOTAL = "Total équipe"
COLONNES_DONNEES = ("mois", "commercial", "region", "leads", "rendez_vous", "devis", "ventes",
                    "ca_ht", "objectif_ca_ht", "objectif_ventes", "marge_brute")  # fmt: skip
SANS_OBJET = "sans objet"

# nature -> number format of the cell (French once opened in a French spreadsheet)
FORMAT_NATURE = {"euros": FORMATS["euros"][0], "taux": FORMATS["pourcent"][0], "entier": "#,##0"}


@dataclass(frozen=True)
class Indicateur:
    cle: str
    titre: str  # column header on the dashboard
    nature: str  # "euros", "taux" or "entier"


# Block 1: per rep and in total, over the analysis period.
PAR_COMMERCIAL = (
    Indicateur("ca", "CA réalisé HT (€)", "euros"),
    Indicateur("objectif", "Objectif de CA HT (€)", "euros"),
    Indicateur("ecart", "Écart (€)", "euros"),
    Indicateur("taux_realisation", "Taux de réalisation (%)", "taux"),
    Indicateur("ventes", "Nombre de ventes", "entier"),
    Indicateur("panier", "Panier moyen HT (€)", "euros"),
    Indicateur("transformation", "Taux de transformation devis → ventes (%)", "taux"),
)
# Block 2: the team quarter by quarter (evolution: against the previous quarter).
PAR_TRIMESTRE = (
    Indicateur("ca", "CA réalisé HT (€)", "euros"),
    Indicateur("objectif", "Objectif de CA HT (€)", "euros"),
    Indicateur("taux_realisation", "Taux de réalisation (%)", "taux"),
    Indicateur("evolution", "Évolution du CA sur le trimestre précédent (%)", "taux"),
)
BLOCS = {
    "commerciaux": ("1. Résultats par commercial sur la période", "Commercial", PAR_COMMERCIAL),
    "trimestres": ("2. Évolution trimestrielle de l'équipe", "Trimestre", PAR_TRIMESTRE),
}
LIGNE_BLOC1 = 8  # title of block 1; its header row follows


class DonneesInvalides(ValueError):
    """The case's figures do not follow the data contract (French message)."""


def normaliser(texte) -> str:
    """A label as compared: lower case, no accents, single spaces (« Total  Équipe » = « total equipe »)."""
    sans = unicodedata.normalize("NFKD", str(texte or "")).encode("ascii", "ignore").decode()
    return " ".join(sans.lower().replace("\u00a0", " ").split())


def verifier_ventes(ventes) -> None:
    manquantes = [c for c in COLONNES_DONNEES if c not in getattr(ventes, "columns", ())]
    if manquantes:
        raise DonneesInvalides(f"Chiffres du cas : colonnes absentes : {', '.join(manquantes)}.")
    if ventes.empty:
        raise DonneesInvalides("Chiffres du cas : aucune ligne.")


def _mois_valide(m: str) -> bool:
    return (
        len(m) == 7
        and m[4] == "-"
        and m[:4].isdigit()
        and m[5:].isdigit()
        and 1 <= int(m[5:]) <= 12
    )


def periode_analyse(ventes, periode=None) -> tuple[str, str]:
    """(first month, last month), "AAAA-MM", inclusive. By default the last complete calendar year
    of the data, else its last 12 months. A year "2025" stands for 2025-01 to 2025-12."""
    verifier_ventes(ventes)
    mois = sorted(set(ventes["mois"]))
    if periode is None:
        annees = [
            a for a in sorted({m[:4] for m in mois}) if f"{a}-01" in mois and f"{a}-12" in mois
        ]
        return (f"{annees[-1]}-01", f"{annees[-1]}-12") if annees else (mois[-12:][0], mois[-1])
    if isinstance(periode, str):
        periode = (f"{periode}-01", f"{periode}-12") if len(periode) == 4 else (periode, periode)
    bornes = [str(m) for m in periode] if isinstance(periode, (tuple, list)) else []
    if len(bornes) != 2 or not all(map(_mois_valide, bornes)) or bornes[0] > bornes[1]:
        raise DonneesInvalides(
            f'Période invalide : {periode!r} (attendu : ("AAAA-MM", "AAAA-MM") ou "AAAA").'
        )
    dans = [m for m in mois if bornes[0] <= m <= bornes[1]]
    if not dans:
        raise DonneesInvalides(f"Aucun mois des chiffres du cas entre {bornes[0]} et {bornes[1]}.")
    return dans[0], dans[-1]  # within the months of the data


def trimestre(mois: str) -> str:
    """ "2025-05" -> "T2 2025"."""
    return f"T{(int(mois[5:7]) - 1) // 3 + 1} {mois[:4]}"


def commerciaux(ventes) -> list[str]:
    return sorted({str(c) for c in ventes["commercial"]})


def trimestres(ventes, periode) -> list[str]:
    debut, fin = periode
    dans = sorted(m for m in set(ventes["mois"]) if debut <= m <= fin)
    return list(dict.fromkeys(trimestre(m) for m in dans))


def libelle_periode(periode) -> str:
    (debut, fin) = periode
    premier = MOIS[int(debut[5:]) - 1]
    de = "d'" if premier[0] in "aeiou" else "de "
    return f"{de}{premier} {debut[:4]} à {MOIS[int(fin[5:]) - 1]} {fin[:4]} inclus"


def disposition(noms, trims) -> dict[tuple[str, str, str], tuple[int, int]]:
    """(block, row label, indicator key) -> (row, column) of the template, 1-based."""
    cases = {}
    ligne = LIGNE_BLOC1
    for bloc, etiquettes in (("commerciaux", [*noms, TOTAL]), ("trimestres", list(trims))):
        indicateurs = BLOCS[bloc][2]
        for i, etiquette in enumerate(etiquettes):
            for j, ind in enumerate(indicateurs):
                cases[(bloc, etiquette, ind.cle)] = (ligne + 2 + i, 2 + j)
        ligne += 2 + len(etiquettes) + 2
    return cases


def feuille_donnees(ventes) -> Feuille:
    table = ventes.copy()
    table["mois_date"] = [f"{m}-01" for m in table["mois"]]
    table["trimestre"] = [trimestre(m) for m in table["mois"]]
    table = table.sort_values(["mois", "commercial"], kind="stable")
    colonnes = (
        Colonne("mois_date", "Mois", "mois"),
        Colonne("trimestre", "Trimestre"),
        Colonne("commercial", "Commercial"),
        Colonne("region", "Région"),
        Colonne("leads", "Leads", "entier"),
        Colonne("rendez_vous", "Rendez-vous", "entier"),
        Colonne("devis", "Devis", "entier"),
        Colonne("ventes", "Ventes (commandes)", "entier"),
        Colonne("ca_ht", "CA HT (€)", "euros"),
        Colonne("objectif_ca_ht", "Objectif de CA HT (€)", "euros"),
        Colonne("objectif_ventes", "Objectif de ventes", "entier"),
        Colonne("marge_brute", "Marge brute (€)", "euros"),
    )
    return Feuille("ventes", FEUILLE_DONNEES, table, colonnes, "Chiffres mensuels par commercial")


def ecrire_modele(chemin: str | os.PathLike, ventes, periode=None, entreprise: str = "") -> Path:
    """Write the blank workbook: « Données » (the figures) and « Tableau de bord » (to complete)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    periode = periode_analyse(ventes, periode)
    noms, trims = commerciaux(ventes), trimestres(ventes, periode)
    classeur = Workbook()
    classeur.remove(classeur.active)
    ajouter_feuille(classeur, feuille_donnees(ventes))
    ws = classeur.create_sheet(FEUILLE_TABLEAU)
    gras, fond = Font(bold=True), PatternFill("solid", fgColor="DDEBF7")
    jaune, gris = PatternFill("solid", fgColor="FFF2CC"), PatternFill("solid", fgColor="EDEDED")
    fin = Side(style="thin", color="999999")
    cadre = Border(left=fin, right=fin, top=fin, bottom=fin)
    titre = "Tableau de bord commercial" + (f" : {entreprise}" if entreprise else "")
    ws["A1"], ws["A1"].font = titre, Font(bold=True, size=14)
    ws["A2"] = f"Période analysée : {libelle_periode(periode)} (feuille « {FEUILLE_DONNEES} »)."
    ws["A3"] = ("Complétez chaque cellule jaune, de préférence par une formule qui lit la feuille "
                f"« {FEUILLE_DONNEES} » (une valeur tapée est aussi acceptée).")  # fmt: skip
    ws["A4"] = ("Montants en euros HT, taux en pourcentage ; écart positif quand l'objectif est "
                "dépassé.")  # fmt: skip
    ws["A5"] = ("Graphique : insérez sur cette feuille au moins un graphique (par exemple le CA "
                "réalisé et l'objectif de chaque commercial).")  # fmt: skip
    ws["A5"].font = gras
    cases = disposition(noms, trims)
    ligne = LIGNE_BLOC1
    for bloc, etiquettes in (("commerciaux", [*noms, TOTAL]), ("trimestres", trims)):
        titre_bloc, entete, indicateurs = BLOCS[bloc]
        ws.cell(ligne, 1, titre_bloc).font = Font(bold=True, size=12)
        for j, texte in enumerate([entete, *(i.titre for i in indicateurs)], start=1):
            c = ws.cell(ligne + 1, j, texte)
            c.font, c.fill, c.border = gras, fond, cadre
            c.alignment = Alignment(wrap_text=True, vertical="top")
        for etiquette in etiquettes:
            for ind in indicateurs:
                r, col = cases[(bloc, etiquette, ind.cle)]
                ws.cell(r, 1, etiquette).font = gras if etiquette == TOTAL else Font()
                ws.cell(r, 1).border = cadre
                c = ws.cell(r, col)
                c.fill, c.border, c.number_format = jaune, cadre, FORMAT_NATURE[ind.nature]
        ligne += 2 + len(etiquettes) + 2
    if trims:  # the first quarter has no previous quarter in the period
        r, col = cases[("trimestres", trims[0], "evolution")]
        ws.cell(r, col, SANS_OBJET).fill = gris
    ws.column_dimensions["A"].width = max(16, *(len(n) + 2 for n in noms))
    for lettre in "BCDEFGH":
        ws.column_dimensions[lettre].width = 17
    ws.row_dimensions[LIGNE_BLOC1 + 1].height = 45
    ws.row_dimensions[LIGNE_BLOC1 + len(noms) + 6].height = 45
    ws.freeze_panes = "B1"
    ws.sheet_view.zoomScale = 90
    classeur.active = classeur.index(ws)
    for feuille in classeur.worksheets:  # one selected tab only, or the sheets open grouped
        feuille.sheet_view.tabSelected = feuille is ws
    return enregistrer_classeur(classeur, chemin)

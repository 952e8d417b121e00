"""Checking the learner's dashboard workbook (.xlsx filled in LibreOffice Calc or Excel).

Values are read with openpyxl (`data_only=True`: the results the spreadsheet saved), formulas with
`data_only=False`; charts from the .xlsx zip itself (openpyxl drops charts when it loads a file):
the sheet's drawing relationship, then the drawing's chart relationships. Bad input raises
`TableauIllisible` with a French message naming the file and what to do.
"""

from __future__ import annotations

import posixpath
import zipfile
from pathlib import Path
from xml.etree import ElementTree

from autograder.metier.examen.tableau_modele import (
    BLOCS,
    FEUILLE_TABLEAU,
    TOTAL,
    disposition,
    normaliser,
)
from autograder.moteur.controles import Controle, part_reussie
from autograder.moteur.formats.document import OLE
from autograder.moteur.nombres import euros, lire_nombre, nombre, pourcent

ODS = b"application/vnd.oasis.opendocument.spreadsheet"
ENREGISTRER_XLSX = ("dans LibreOffice Calc : « Fichier › Enregistrer sous… », type « Excel "
                    "2007-365 (.xlsx) » ; dans Excel : « Fichier › Enregistrer sous », type « Classeur "
                    "Excel (.xlsx) »")  # fmt: skip
TOLERANCES = {"euros": 0.5 + 1e-6, "taux": 0.001 + 1e-9, "entier": 1e-6}
ERREURS = ("#DIV/0!", "#N/A", "#NAME?", "#NOM?", "#NULL!", "#NUM!", "#REF!", "#VALUE!", "#VALEUR!",
           "Err:", "#NV")  # fmt: skip
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PR = "http://schemas.openxmlformats.org/package/2006/relationships"
S = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


class TableauIllisible(ValueError):
    """The dashboard workbook cannot be graded (French message naming the file)."""


score = part_reussie  # share of the graded checks passed (information lines do not count)


# -- opening -------------------------------------------------------------------------------------


def _ouvrir(chemin: Path):
    """(values workbook, formulas workbook), or TableauIllisible saying why and what to do."""
    nom = f"« {chemin.name} »"
    if not chemin.is_file():
        raise TableauIllisible(f"Fichier introuvable : {nom} ({chemin.parent}). Enregistrez votre "
                               "tableau de bord sous ce nom, au format .xlsx, dans le dossier du devoir.")  # fmt: skip
    debut = chemin.read_bytes()
    if debut.startswith(OLE):
        if (
            "EncryptedPackage".encode("utf-16-le") in debut
            or "EncryptionInfo".encode("utf-16-le") in debut
        ):
            raise TableauIllisible(
                f"Le classeur {nom} est protégé par un mot de passe : il ne peut pas être corrigé. "
                "Ouvrez-le, retirez le mot de passe (LibreOffice : « Fichier › Enregistrer sous… » "
                "en décochant « Enregistrer avec mot de passe » ; Excel : « Fichier › Informations › "
                "Protéger le classeur › Chiffrer avec mot de passe », champ vidé) et enregistrez-le."
            )
        raise TableauIllisible(
            f"Le classeur {nom} est au format Excel 97-2003 (.xls), que la correction ne lit pas : "
            f"ouvrez-le et enregistrez-le au format .xlsx ({ENREGISTRER_XLSX})."
        )
    if not zipfile.is_zipfile(chemin):
        raise TableauIllisible(
            f"Le fichier {nom} est abîmé ou n'est pas un classeur (.xlsx) : ouvrez-le dans votre "
            "tableur ; s'il s'ouvre, enregistrez-le de nouveau au format .xlsx, sinon repartez de "
            "votre dernière copie."
        )
    with zipfile.ZipFile(chemin) as z:
        noms = set(z.namelist())
        mimetype = z.read("mimetype") if "mimetype" in noms else b""
    if mimetype.startswith(ODS) or chemin.suffix.lower() in (".ods", ".fods"):
        raise TableauIllisible(
            f"Le classeur {nom} est au format OpenDocument (.ods) : la correction lit le format "
            f".xlsx. Ouvrez-le et enregistrez-le au format .xlsx ({ENREGISTRER_XLSX}), en "
            "choisissant « Utiliser le format Excel 2007-365 ! » si LibreOffice le demande."
        )
    if "xl/workbook.bin" in noms:
        raise TableauIllisible(
            f"Le classeur {nom} est au format binaire d'Excel (.xlsb) : ouvrez-le et "
            f"enregistrez-le au format .xlsx ({ENREGISTRER_XLSX})."
        )
    if "xl/workbook.xml" not in noms:
        raise TableauIllisible(
            f"Le fichier {nom} n'est pas un classeur de tableur (.xlsx) : déposez le classeur du "
            "tableau de bord, enregistré au format .xlsx."
        )
    from openpyxl import load_workbook

    try:
        classeurs = load_workbook(chemin, data_only=True), load_workbook(chemin, data_only=False)
        if not classeurs[0].sheetnames:
            raise KeyError("aucune feuille")
        return classeurs
    except Exception as exc:  # noqa: BLE001 - any library failure on a damaged file
        raise TableauIllisible(
            f"Le classeur {nom} est abîmé ({type(exc).__name__}) : ouvrez-le dans votre tableur ; "
            "s'il s'ouvre, enregistrez-le de nouveau au format .xlsx, sinon repartez de votre "
            "dernière copie."
        ) from exc


def _textes(ws) -> set[str]:
    return {
        normaliser(c.value) for ligne in ws.iter_rows() for c in ligne if isinstance(c.value, str)
    }


def _feuille(classeur, nom_fichier: str) -> tuple[str, list[Controle]]:
    """The dashboard sheet's title: by name first, else by its content (and say so)."""
    for titre in classeur.sheetnames:
        if normaliser(titre) == normaliser(FEUILLE_TABLEAU):
            return titre, []
    reperes = {normaliser(TOTAL), normaliser(BLOCS["trimestres"][1])}
    for titre in classeur.sheetnames:
        if reperes <= _textes(classeur[titre]):
            return titre, [Controle(
                "Feuille du tableau de bord", True,
                f"La feuille « {FEUILLE_TABLEAU} » a été renommée « {titre} » : elle a été "
                "retrouvée par son contenu et corrigée.", compte=False)]  # fmt: skip
    raise TableauIllisible(
        f"Le classeur « {nom_fichier} » n'a pas de feuille « {FEUILLE_TABLEAU} » (feuilles : "
        f"{', '.join(f'« {t} »' for t in classeur.sheetnames)}) : complétez la feuille du modèle "
        "fourni, sans la supprimer, puis enregistrez."
    )


# -- cells ---------------------------------------------------------------------------------------


def _positions(ws, att) -> dict[tuple[str, str, str], tuple[int, int]]:
    """Where each expected figure is: found by the row and column labels, else the template's
    place (rows or columns inserted by the learner do not matter)."""
    cases = disposition(att.commerciaux, att.trimestres)
    for bloc, (_, entete, indicateurs) in BLOCS.items():
        coin = next(((c.row, c.column) for ligne in ws.iter_rows() for c in ligne
                     if normaliser(c.value) == normaliser(entete)), None)  # fmt: skip
        if coin is None:
            continue
        r0, c0 = coin
        colonnes = {normaliser(ws.cell(r0, j).value): j for j in range(c0 + 1, c0 + 15)}
        etiquettes = [*att.commerciaux, TOTAL] if bloc == "commerciaux" else list(att.trimestres)
        lignes = {
            normaliser(ws.cell(i, c0).value): i for i in range(r0 + 1, r0 + 4 + len(etiquettes) * 2)
        }
        for e in etiquettes:
            for ind in indicateurs:
                r, col = cases[(bloc, e, ind.cle)]
                cases[(bloc, e, ind.cle)] = (
                    lignes.get(normaliser(e), r),
                    colonnes.get(normaliser(ind.titre), col),
                )
    return cases


def _formule(cellule) -> bool:
    v = cellule.value
    return (isinstance(v, str) and v.startswith("=")) or hasattr(v, "text")  # ArrayFormula


def _lu(v, nature: str) -> str:
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        return f"« {v} »"
    return {"euros": euros, "taux": pourcent, "entier": nombre}[nature](v)


def _proche(v: float, cible: float, nature: str, format_pourcent: bool) -> bool:
    """v matches the target; a rate typed in points (92.5 for 92.5 %) is accepted when the cell is
    not formatted as a percentage (then it reads 92.5, unambiguous)."""
    tol = TOLERANCES[nature]
    if abs(v - cible) <= tol:
        return True
    return (
        nature == "taux" and not format_pourcent and abs(cible) < 10 and abs(v / 100 - cible) <= tol
    )


def _juger(v, a, format_pourcent: bool) -> str | None:
    """None when the cell is right, else what to say about it."""
    if v is None or (isinstance(v, str) and not v.strip()):
        return "cellule vide"
    if isinstance(v, str):
        if v.startswith(ERREURS):
            return f"la formule renvoie l'erreur {v} : corrigez ses références"
        try:
            lire_nombre(v)
        except ValueError:
            return f"« {v} » n'est pas un nombre"
        return f"« {v} » est saisi comme du texte : tapez le nombre seul, sans unité ni apostrophe"
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        return f"{_lu(v, a.nature)} n'est pas un nombre"
    if _proche(v, a.valeur, a.nature, format_pourcent):
        return None
    if a.nature == "taux" and format_pourcent and abs(v / 100 - a.valeur) <= TOLERANCES["taux"]:
        return (
            f"{pourcent(v)} : vous avez tapé {nombre(v, 1)} dans une cellule au format "
            f"pourcentage ; tapez {pourcent(v / 100)} (ou {nombre(v / 100, 3)})"
        )
    for p in a.pieges:
        if _proche(v, p.valeur, p.nature, format_pourcent):
            return f"{_lu(v, a.nature)} : {p.message}"
    return f"{_lu(v, a.nature)} ne correspond pas aux données de la période : vérifiez le calcul"


def _cellules(valeurs, formules, att, cases) -> dict:
    """(block, row, key) -> (value, is formula, format is a percentage)."""
    lues = {}
    for a in att.cellules:
        r, c = cases[(a.bloc, a.ligne, a.cle)]
        cv, cf = valeurs.cell(r, c), formules.cell(r, c)
        lues[(a.bloc, a.ligne, a.cle)] = (cv.value, _formule(cf), "%" in (cv.number_format or ""))
    return lues


# -- charts (read from the zip: openpyxl does not keep them) --------------------------------------


def _cible(source: str, cible: str) -> str:
    if cible.startswith("/"):
        return cible.lstrip("/")
    return posixpath.normpath(posixpath.join(posixpath.dirname(source), cible))


def _relations(z: zipfile.ZipFile, partie: str) -> list[tuple[str, str, str]]:
    """(Id, type, target part) of a part's relationships."""
    rels = posixpath.join(posixpath.dirname(partie), "_rels", posixpath.basename(partie) + ".rels")
    if rels not in z.namelist():
        return []
    racine = ElementTree.fromstring(z.read(rels))
    return [(r.get("Id"), r.get("Type", ""), _cible(partie, r.get("Target", "")))
            for r in racine.iter(f"{{{PR}}}Relationship") if r.get("TargetMode") != "External"]  # fmt: skip


def graphiques(chemin) -> dict[str, tuple[int, int]]:
    """Sheet title -> (charts, pictures) drawn on it, read from the .xlsx package."""
    sortie = {}
    with zipfile.ZipFile(chemin) as z:
        noms = set(z.namelist())
        classeur = ElementTree.fromstring(z.read("xl/workbook.xml"))
        cibles = {i: t for i, _, t in _relations(z, "xl/workbook.xml")}
        for feuille in classeur.iter(f"{{{S}}}sheet"):
            partie = cibles.get(feuille.get(f"{{{R}}}id"))
            n_graph = n_images = 0
            for _, type_, dessin in _relations(z, partie) if partie in noms else []:
                if type_.endswith("/drawing") and dessin in noms:
                    for _, t, cible in _relations(z, dessin):
                        n_graph += (
                            t.endswith("/chart") or t.endswith("/chartEx")
                        ) and cible in noms
                        n_images += t.endswith("/image")
            sortie[feuille.get("name")] = (int(n_graph), n_images)
    return sortie


def _controle_graphique(chemin: Path, titre: str) -> Controle:
    dessins = graphiques(chemin)
    n, images = dessins.get(titre, (0, 0))
    libelle = "Au moins un graphique sur le tableau de bord"
    if n:
        return Controle(libelle, True, f"{n} graphique{'s' if n > 1 else ''} sur la feuille.")
    ailleurs = [t for t, (g, _) in dessins.items() if g and t != titre]
    if ailleurs:
        conseil = (f"Votre graphique est sur la feuille « {ailleurs[0]} » : déplacez-le sur la "
                   f"feuille « {titre} » (couper, puis coller).")  # fmt: skip
    elif images:
        conseil = ("La feuille contient une image, pas un graphique du tableur : insérez un vrai "
                   "graphique (« Insertion › Diagramme… » dans LibreOffice, « Insertion › "
                   "Graphique » dans Excel) construit sur vos cellules.")  # fmt: skip
    else:
        conseil = ("Aucun graphique : sélectionnez par exemple les commerciaux, leur CA réalisé et "
                   "leur objectif, puis « Insertion › Diagramme… » (LibreOffice) ou « Insertion › "
                   "Graphique » (Excel).")  # fmt: skip
    return Controle(libelle, False, conseil)


# -- the checks ----------------------------------------------------------------------------------


def controler_tableau(chemin, attendus) -> list[Controle]:
    """The checks of the learner's dashboard: one per indicator and block (every row right), one
    for the chart; information lines (compte=False) say how the sheet was found and the formulas
    used. Raises TableauIllisible on a file that cannot be graded."""
    chemin = Path(chemin)
    valeurs, formules = _ouvrir(chemin)
    titre, sortie = _feuille(valeurs, chemin.name)
    wv, wf = valeurs[titre], formules[titre]
    lues = _cellules(wv, wf, attendus, _positions(wf, attendus))
    sans_resultat = [k for k, (v, f, _) in lues.items() if f and v is None]
    if sans_resultat:
        raise TableauIllisible(
            f"Le classeur « {chemin.name} » contient des formules mais pas leurs résultats (il a "
            "été enregistré par un outil qui ne calcule pas) : ouvrez-le dans votre tableur "
            "(LibreOffice Calc ou Excel) et enregistrez-le au format .xlsx, puis déposez-le de "
            "nouveau."
        )
    a_remplir = [a for a in attendus.cellules if a.valeur is not None]
    remplies = [a for a in a_remplir if lues[(a.bloc, a.ligne, a.cle)][0] not in (None, "")]
    if not remplies:
        sortie.append(Controle(
            "Tableau de bord rempli", False,
            f"Aucune cellule jaune de la feuille « {titre} » n'est remplie : le tableau de bord "
            "est vide.", compte=False))  # fmt: skip
    for bloc, (titre_bloc, _, indicateurs) in BLOCS.items():
        for ind in indicateurs:
            cellules = [a for a in a_remplir if (a.bloc, a.cle) == (bloc, ind.cle)]
            if not cellules:
                continue
            fautes = []
            for a in cellules:
                v, _, pct = lues[(a.bloc, a.ligne, a.cle)]
                faute = _juger(v, a, pct)
                if faute:
                    fautes.append(f"{a.ligne} : {faute}")
            libelle = f"{titre_bloc[3:]} : {ind.titre}"
            if fautes:
                conseil = (
                    f"{len(fautes)} ligne{'s' if len(fautes) > 1 else ''} sur {len(cellules)} à revoir. "
                    + " ; ".join(fautes)
                    + "."
                )
            else:
                conseil = f"Juste pour les {len(cellules)} lignes."
            sortie.append(Controle(libelle, not fautes, conseil))
    sortie.append(_controle_graphique(chemin, titre))
    n_formules = sum(lues[(a.bloc, a.ligne, a.cle)][1] for a in remplies)
    if remplies:
        sortie.append(Controle(
            "Formules", n_formules == len(remplies),
            f"{n_formules} cellule{'s' if n_formules > 1 else ''} sur {len(remplies)} calculée"
            f"{'s' if n_formules > 1 else ''} par une formule"
            + (" : le tableau se mettra à jour avec les données." if n_formules == len(remplies)
               else " ; une formule qui lit la feuille des données évite les erreurs de recopie."),
            compte=False))  # fmt: skip
    return sortie

"""The exam's dashboard workbook (issue #17): template, expected figures, checks, bad files, and a
round trip through a real headless LibreOffice Calc (formulas recalculated and saved, then read
back). The case's figures come from a small seeded generator here, following the data contract of
`chiffres.generer(...).ventes` (one row per month and per rep)."""

from __future__ import annotations

import os
import shutil
import subprocess
import zipfile

import numpy as np
import pandas as pd
import pytest
from openpyxl import load_workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.utils import get_column_letter

from autograder.metier.examen import tableau
from autograder.metier.examen.tableau_controle import graphiques
from autograder.metier.examen.tableau_modele import (
    FEUILLE_DONNEES,
    FEUILLE_TABLEAU,
    TOTAL,
    disposition,
)

REPS = ("Camille Martin", "Hugo Bernard", "Léa Petit")


def ventes_fictives(graine: int = 7, mois: int = 18) -> pd.DataFrame:
    """18 months (July 2024 to December 2025) for 3 reps, following the data contract."""
    rng = np.random.default_rng(graine)
    lignes = []
    for k in range(mois):
        annee, m = 2024 + (6 + k) // 12, (6 + k) % 12 + 1
        for i, nom in enumerate(REPS):
            leads = int(rng.integers(40, 90) * (1 + 0.8 * i))  # reps of different sizes
            rdv = int(leads * rng.uniform(0.3, 0.5))
            devis = int(rdv * rng.uniform(0.5, 0.8))
            ventes = int(devis * rng.uniform(0.3, 0.6))
            ca = round(ventes * float(rng.uniform(2000, 4000)), 2)
            lignes.append({
                "mois": f"{annee}-{m:02d}", "commercial": nom, "region": ("Nord", "Est", "Ouest")[i],
                "leads": leads, "rendez_vous": rdv, "devis": devis, "ventes": ventes, "ca_ht": ca,
                "objectif_ca_ht": round(float(rng.uniform(30_000, 50_000)) * (1 + 0.3 * i), 2),
                "objectif_ventes": int(rng.integers(10, 16)),
                "marge_brute": round(ca * float(rng.uniform(0.25, 0.35)), 2),
            })  # fmt: skip
    return pd.DataFrame(lignes)


@pytest.fixture(scope="module")
def cas(tmp_path_factory):
    dossier = tmp_path_factory.mktemp("tableau")
    ventes = ventes_fictives()
    modele = tableau.ecrire_modele(dossier / "modele.xlsx", ventes, entreprise="Hydralis")
    return ventes, tableau.attendus(ventes), modele


def ajouter_graphique(ws, att, ancre="J8"):
    cases = disposition(att.commerciaux, att.trimestres)
    r0 = cases[("commerciaux", att.commerciaux[0], "ca")][0]
    r1 = r0 + len(att.commerciaux) - 1
    graphique = BarChart()
    graphique.title = "CA réalisé et objectif par commercial"
    graphique.add_data(
        Reference(ws, min_col=2, max_col=3, min_row=r0 - 1, max_row=r1), titles_from_data=True
    )
    graphique.set_categories(Reference(ws, min_col=1, min_row=r0, max_row=r1))
    ws.add_chart(graphique, ancre)


def rempli(cas, chemin, fautes=None, graphique=True, formats=None):
    """The template with every expected value typed in (`fautes`: (block, row, key) -> value
    typed instead; `formats`: (block, row, key) -> number format)."""
    _, att, modele = cas
    classeur = load_workbook(modele)
    ws = classeur[FEUILLE_TABLEAU]
    cases = disposition(att.commerciaux, att.trimestres)
    for a in att.cellules:
        cle = (a.bloc, a.ligne, a.cle)
        if a.valeur is not None:
            ws.cell(*cases[cle], (fautes or {}).get(cle, a.valeur))
        if formats and cle in formats:
            ws.cell(*cases[cle]).number_format = formats[cle]
    if graphique:
        ajouter_graphique(ws, att)
    classeur.save(chemin)
    return chemin


def conseils(controles) -> str:
    return "\n".join(f"{c.libelle} : {c.conseil}" for c in controles)


# -- the template -----------------------------------------------------------------------------------


def test_modele_francais_et_vide(cas):
    ventes, att, modele = cas
    classeur = load_workbook(modele)
    assert classeur.sheetnames == [FEUILLE_DONNEES, FEUILLE_TABLEAU]
    donnees = classeur[FEUILLE_DONNEES]
    entetes = [c.value for c in donnees[1]]
    assert entetes[:3] == ["Mois", "Trimestre", "Commercial"] and "CA HT (€)" in entetes
    assert donnees.freeze_panes == "A2" and donnees.auto_filter.ref.startswith("A1:")
    assert donnees.max_row == len(ventes) + 1
    assert (
        donnees["I2"].number_format == '#,##0.00 "€"' and donnees["A2"].number_format == "MM/YYYY"
    )
    ws = classeur[FEUILLE_TABLEAU]
    textes = " ".join(str(c.value) for ligne in ws.iter_rows() for c in ligne if c.value)
    assert "graphique" in textes and "janvier 2025 à décembre 2025" in textes
    cases = disposition(att.commerciaux, att.trimestres)
    assert all(ws.cell(*cases[(a.bloc, a.ligne, a.cle)]).value is None
               for a in att.cellules if a.valeur is not None)  # fmt: skip
    assert ws.cell(*cases[("commerciaux", TOTAL, "taux_realisation")]).number_format == "0.0%"
    assert att.periode == ("2025-01", "2025-12") and len(att.trimestres) == 4


def test_attendus_conventions(cas):
    ventes, att, _ = cas
    an = ventes[ventes["mois"].str.startswith("2025")]
    ca, v, d = an["ca_ht"].sum(), an["ventes"].sum(), an["devis"].sum()
    assert att.valeur("commerciaux", TOTAL, "ca") == pytest.approx(ca)
    assert att.valeur("commerciaux", TOTAL, "panier") == pytest.approx(ca / v, abs=0.01)
    assert att.valeur("commerciaux", TOTAL, "transformation") == pytest.approx(v / d)
    assert att.valeur("commerciaux", TOTAL, "ecart") == pytest.approx(
        ca - an["objectif_ca_ht"].sum()
    )
    assert att.valeur("trimestres", "T1 2025", "evolution") is None


def test_periode_choisie_et_donnees_invalides(cas, tmp_path):
    ventes = cas[0]
    att = tableau.attendus(ventes, ("2025-04", "2025-09"))
    assert att.trimestres == ("T2 2025", "T3 2025")
    assert tableau.attendus(ventes, "2024").periode == ("2024-07", "2024-12")  # within the data
    modele = tableau.ecrire_modele(tmp_path / "avril.xlsx", ventes, ("2025-04", "2025-09"))
    assert "d'avril 2025 à septembre 2025" in str(
        load_workbook(modele)[FEUILLE_TABLEAU]["A2"].value
    )
    with pytest.raises(ValueError, match="Période invalide"):
        tableau.attendus(ventes, ("2025-09", "2025-04"))
    with pytest.raises(ValueError, match="colonnes absentes : marge_brute"):
        tableau.attendus(ventes.drop(columns="marge_brute"))


def test_modele_intact_vaut_zero(cas):
    _, att, modele = cas
    controles = tableau.controler_tableau(modele, att)
    assert tableau.score(controles) == 0
    assert "le tableau de bord est vide" in conseils(controles)


# -- values typed -----------------------------------------------------------------------------------


def test_valeurs_justes_note_pleine(cas, tmp_path):
    controles = tableau.controler_tableau(rempli(cas, tmp_path / "juste.xlsx"), cas[1])
    assert tableau.score(controles) == 1, conseils(controles)
    assert "0 cellule sur 43 calculée par une formule" in conseils(controles)


def test_graphique_detecte_ou_absent(cas, tmp_path):
    sans = tableau.controler_tableau(rempli(cas, tmp_path / "sans.xlsx", graphique=False), cas[1])
    (graphique,) = [c for c in sans if "graphique" in c.libelle]
    assert not graphique.ok and "Insertion › Diagramme" in graphique.conseil
    assert tableau.score(sans) == pytest.approx(11 / 12)
    # on the data sheet instead of the dashboard
    chemin = rempli(cas, tmp_path / "ailleurs.xlsx", graphique=False)
    classeur = load_workbook(chemin)
    ajouter_graphique(classeur[FEUILLE_DONNEES], cas[1], ancre="N2")
    classeur.save(chemin)
    ailleurs = tableau.controler_tableau(chemin, cas[1])
    assert "Votre graphique est sur la feuille « Données »" in conseils(ailleurs)


FAUTES = {
    "taux inversé": (("commerciaux", 0, "taux_realisation"),
                     lambda a, x: a.valeur("commerciaux", x, "objectif") / a.valeur("commerciaux", x, "ca"),
                     "Rapport inversé : le taux de réalisation est réalisé ÷ objectif"),
    "écart de signe inversé": (("commerciaux", 0, "ecart"),
                               lambda a, x: -a.valeur("commerciaux", x, "ecart"), "Signe inversé"),
    "panier sur les devis": (("commerciaux", 0, "panier"), None, "Panier moyen calculé sur les devis"),
    "transformation inversée": (("commerciaux", 0, "transformation"), None,
                                "le taux de transformation des devis est ventes ÷ devis"),
    "taux d'équipe moyenné": (("commerciaux", TOTAL, "taux_realisation"), None,
                              "n'est pas la moyenne des lignes des commerciaux"),
    "CA hors période": (("commerciaux", 0, "ca"), None, "tous les mois de la feuille « Données »"),
    "évolution en indice": (("trimestres", "T3 2025", "evolution"), None, "calculé l'indice"),
}  # fmt: skip


@pytest.mark.parametrize("faute", FAUTES)
def test_erreurs_types_diagnostiquees(cas, tmp_path, faute):
    (bloc, ligne, cle), calcul, message = FAUTES[faute]
    att = cas[1]
    ligne = att.commerciaux[ligne] if isinstance(ligne, int) else ligne
    cellule = next(a for a in att.cellules if (a.bloc, a.ligne, a.cle) == (bloc, ligne, cle))
    # the wrong value: the given calculation, else the first trap whose message is the one expected
    valeur = (
        calcul(att, ligne)
        if calcul
        else next(p.valeur for p in cellule.pieges if message in p.message)
    )
    controles = tableau.controler_tableau(
        rempli(cas, tmp_path / "faux.xlsx", {(bloc, ligne, cle): valeur}), att
    )
    faux = [c for c in controles if c.compte and not c.ok]
    assert len(faux) == 1 and cellule.titre in faux[0].libelle, conseils(controles)
    assert f"{ligne} : " in faux[0].conseil and message in faux[0].conseil
    assert tableau.score(controles) == pytest.approx(11 / 12)


def test_pourcentage_tape_en_points(cas, tmp_path):
    att = cas[1]
    cle = ("commerciaux", att.commerciaux[1], "taux_realisation")
    en_points = round(att.valeur(*cle) * 100, 2)  # 92.35 typed for 92.35 %
    # a cell in the « Standard » format reads 92.35: unambiguous, accepted
    general = rempli(cas, tmp_path / "standard.xlsx", {cle: en_points}, formats={cle: "General"})
    assert tableau.score(tableau.controler_tableau(general, att)) == 1
    # in a percentage cell it shows « 9 235 % »: wrong, with what to type
    pct = tableau.controler_tableau(rempli(cas, tmp_path / "pct.xlsx", {cle: en_points}), att)
    assert tableau.score(pct) < 1 and "dans une cellule au format pourcentage" in conseils(pct)


def test_texte_erreur_et_lignes_inserees(cas, tmp_path):
    att = cas[1]
    ca, ventes = ("commerciaux", TOTAL, "ca"), ("commerciaux", att.commerciaux[0], "ventes")
    chemin = rempli(cas, tmp_path / "texte.xlsx", {ca: "123 456,00 €", ventes: "#DIV/0!"})
    texte = conseils(tableau.controler_tableau(chemin, att))
    assert "est saisi comme du texte" in texte and "renvoie l'erreur #DIV/0!" in texte
    # rows and columns inserted above and left of the tables: the cells are found by their labels
    chemin = rempli(cas, tmp_path / "decale.xlsx")
    classeur = load_workbook(chemin)
    ws = classeur[FEUILLE_TABLEAU]
    ws.insert_rows(7, 3)
    ws.insert_cols(1)
    classeur.save(chemin)
    assert tableau.score(tableau.controler_tableau(chemin, att)) == 1


# -- bad files --------------------------------------------------------------------------------------


def test_feuille_renommee_deplacee_ou_supprimee(cas, tmp_path):
    att = cas[1]
    chemin = rempli(cas, tmp_path / "renomme.xlsx")
    classeur = load_workbook(chemin)
    classeur.move_sheet(
        FEUILLE_TABLEAU, offset=-1
    )  # moved first: found by its name, nothing to say
    classeur.save(chemin)
    controles = tableau.controler_tableau(chemin, att)
    assert tableau.score(controles) == 1 and "renommée" not in conseils(controles)
    classeur[FEUILLE_TABLEAU].title = "TDB 2025"
    classeur.save(chemin)
    controles = tableau.controler_tableau(chemin, att)
    assert "renommée « TDB 2025 » : elle a été retrouvée par son contenu" in conseils(controles)
    assert tableau.score(controles) == 1
    del classeur["TDB 2025"]
    classeur.save(chemin)
    with pytest.raises(
        tableau.TableauIllisible, match="« renomme.xlsx » n'a pas de feuille « Tableau de bord »"
    ):
        tableau.controler_tableau(chemin, att)


def _ole(*flux: str) -> bytes:
    """A compound file's header and directory names: enough for the first-bytes checks."""
    noms = b"".join(f.encode("utf-16-le").ljust(128, b"\0") for f in ("Root Entry", *flux))
    return bytes.fromhex("D0CF11E0A1B11AE1") + bytes(504) + noms


@pytest.mark.parametrize(
    ("nom", "contenu", "message"),
    [
        ("absent.xlsx", None, "Fichier introuvable : « absent.xlsx »"),
        ("classeur.ods", "ods", "« classeur.ods » est au format OpenDocument (.ods)"),
        ("ods_renomme.xlsx", "ods", "Excel 2007-365 (.xlsx)"),
        ("ancien.xls", _ole("Workbook", "SummaryInformation"), "Excel 97-2003 (.xls)"),
        ("secret.xlsx", _ole("EncryptionInfo", "EncryptedPackage"), "protégé par un mot de passe"),
        ("tronque.xlsx", "tronque", "« tronque.xlsx » est abîmé ou n'est pas un classeur"),
        ("vide.xlsx", b"", "est abîmé ou n'est pas un classeur"),
        ("lettre.xlsx", "docx", "n'est pas un classeur de tableur (.xlsx)"),
        ("binaire.xlsb", "xlsb", "format binaire d'Excel (.xlsb)"),
        ("casse.xlsx", "casse", "« casse.xlsx » est abîmé ("),
    ],
)
def test_fichiers_refuses_avec_message(cas, tmp_path, nom, contenu, message):
    chemin = tmp_path / nom
    if contenu == "ods":
        with zipfile.ZipFile(chemin, "w") as z:
            z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
            z.writestr("content.xml", "<office:document-content/>")
    elif contenu in ("docx", "xlsb"):
        with zipfile.ZipFile(chemin, "w") as z:
            z.writestr("word/document.xml" if contenu == "docx" else "xl/workbook.bin", "<x/>")
    elif contenu == "tronque":
        chemin.write_bytes(cas[2].read_bytes()[:3000])
    elif contenu == "casse":  # a zip whose sheets are cut short
        with zipfile.ZipFile(cas[2]) as source, zipfile.ZipFile(chemin, "w") as z:
            for n in source.namelist():
                texte = source.read(n)
                z.writestr(n, texte[: len(texte) // 2] if n.startswith("xl/worksheets/") else texte)
    elif contenu is not None:
        chemin.write_bytes(contenu)
    with pytest.raises(tableau.TableauIllisible) as erreur:
        tableau.controler_tableau(chemin, cas[1])
    assert message in str(erreur.value)
    assert "Traceback" not in str(erreur.value)


# -- formulas, and a real LibreOffice -----------------------------------------------------------------


def avec_formules(cas, chemin):
    """The dashboard filled with formulas reading « Données » (openpyxl: no computed values)."""
    _, att, modele = cas
    classeur = load_workbook(modele)
    ws = classeur[FEUILLE_TABLEAU]
    lettres = {c.value: get_column_letter(c.column) for c in classeur[FEUILLE_DONNEES][1]}
    d = f"'{FEUILLE_DONNEES}'!"
    col = {k: f"{d}${lettres[t]}:${lettres[t]}" for k, t in (
        ("mois", "Mois"), ("trim", "Trimestre"), ("nom", "Commercial"), ("devis", "Devis"),
        ("ventes", "Ventes (commandes)"), ("ca", "CA HT (€)"), ("obj", "Objectif de CA HT (€)"))}  # fmt: skip
    periode = f'{col["mois"]},">="&DATE(2025,1,1),{col["mois"]},"<="&DATE(2025,12,1)'
    cases = disposition(att.commerciaux, att.trimestres)
    for nom in [*att.commerciaux, TOTAL]:
        r = cases[("commerciaux", nom, "ca")][0]
        qui = "" if nom == TOTAL else f"{col['nom']},$A{r},"

        def somme(k, r=r, qui=qui):
            return f"SUMIFS({col[k]},{qui}{periode})"

        ws[f"B{r}"], ws[f"C{r}"] = f"={somme('ca')}", f"={somme('obj')}"
        ws[f"D{r}"], ws[f"E{r}"], ws[f"F{r}"] = f"=B{r}-C{r}", f"=B{r}/C{r}", f"={somme('ventes')}"
        ws[f"G{r}"], ws[f"H{r}"] = f"=B{r}/F{r}", f"=F{r}/{somme('devis')}"
    for i, trim in enumerate(att.trimestres):
        r = cases[("trimestres", trim, "ca")][0]
        ws[f"B{r}"] = f"=SUMIFS({col['ca']},{col['trim']},$A{r})"
        ws[f"C{r}"] = f"=SUMIFS({col['obj']},{col['trim']},$A{r})"
        ws[f"D{r}"] = f"=B{r}/C{r}"
        if i:
            ws[f"E{r}"] = f"=(B{r}-B{r - 1})/B{r - 1}"
    ajouter_graphique(ws, att)
    classeur.save(chemin)
    return chemin


def libreoffice() -> str:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice:
        return soffice
    if os.environ.get("NTC_SANS_LIBREOFFICE") == "1":
        pytest.skip(
            "LibreOffice (soffice) absent (NTC_SANS_LIBREOFFICE=1 : classeur recalculé non vérifié)"
        )
    pytest.fail(
        "LibreOffice (soffice) est absent : lancez « sh tests/setup_debian.sh libreoffice-calc » "
        "(ou make test) ; sans droits root, NTC_SANS_LIBREOFFICE=1 pour sauter ce test."
    )


def convertir(soffice: str, chemin, format: str, tmp_path):
    """Open and save `chemin` as `format` with a headless LibreOffice (it recalculates on load)."""
    sortie = tmp_path / "libreoffice"
    profil = (tmp_path / "profil").as_uri()  # private profile: parallel runs do not collide
    fini = subprocess.run(
        [soffice, f"-env:UserInstallation={profil}", "--headless", "--norestore",
         "--convert-to", format, "--outdir", str(sortie), str(chemin)],
        capture_output=True, text=True, timeout=120, env={**os.environ, "HOME": str(tmp_path)},
    )  # fmt: skip
    converti = sortie / f"{chemin.stem}.{format}"
    assert fini.returncode == 0 and converti.is_file(), fini.stdout + fini.stderr
    return converti


def test_formules_recalculees_par_libreoffice(cas, tmp_path):
    soffice = libreoffice()
    att = cas[1]
    chemin = avec_formules(cas, tmp_path / "formules.xlsx")
    with pytest.raises(
        tableau.TableauIllisible, match="ouvrez-le dans votre tableur .* et enregistrez-le"
    ):
        tableau.controler_tableau(chemin, att)
    recalcule = convertir(soffice, chemin, "xlsx", tmp_path)
    controles = tableau.controler_tableau(recalcule, att)
    assert tableau.score(controles) == 1, conseils(controles)
    assert "43 cellules sur 43 calculées par une formule" in conseils(controles)
    assert graphiques(recalcule)[FEUILLE_TABLEAU][0] >= 1  # LibreOffice kept the chart
    # the same workbook saved by LibreOffice in its own format: refused, with what to do
    ods = convertir(soffice, recalcule, "ods", tmp_path)
    with pytest.raises(tableau.TableauIllisible, match="format OpenDocument .* Excel 2007-365"):
        tableau.controler_tableau(ods, att)

"""The exam deck (issue #17): a right deck gets full marks, each defect is named, each bad file gets
a French message, the untouched template scores 0. Decks are built with python-pptx."""

from __future__ import annotations

import io
import time
import zipfile

import pytest
from PIL import Image
from pptx import Presentation
from pptx.chart.data import CategoryChartData
from pptx.enum.chart import XL_CHART_TYPE
from pptx.enum.shapes import PROG_ID
from pptx.util import Inches, Pt

from autograder.metier.examen.diaporama import (
    controler_diaporama,
    modele_diaporama,
    score,
)

ATTENDUS = {
    "CA réalisé total": 1_234_567.0,
    "Objectif total": 1_340_000.0,
    "Taux de réalisation total": 0.92,
}
CHIFFRES = "Chiffres du tableau de bord en graphique ou en tableau"
ACTIONS_ = "Actions : objectif, moyens, délai, coût, indicateur"
COLONNES = ("Action", "Objectif", "Moyens", "Délai", "Coût", "Indicateur")
ACTIONS = [
    ("Relancer les clients dormants", "+5 % de CA", "2 jours de phoning", "fin mars", "800 €",
     "nombre de commandes"),
    ("Salon Pollutec", "30 contacts qualifiés", "stand partagé", "juin", "4 500 €",
     "contacts saisis au CRM"),
    ("Offre de maintenance", "10 contrats", "fiche produit, démonstration", "T3", "1 200 €",
     "contrats signés"),
]  # fmt: skip


def _diapo(prs, titre, puces=(), disposition=1):
    d = prs.slides.add_slide(prs.slide_layouts[disposition])
    if titre is not None:
        d.shapes.title.text = titre
    if puces:
        cadre = d.placeholders[1].text_frame
        cadre.text = puces[0]
        for p in puces[1:]:
            cadre.add_paragraph().text = p
    return d


def _graphique(d, valeurs):
    donnees = CategoryChartData()
    donnees.categories = ["CA réalisé", "Objectif"]
    donnees.add_series("Total", valeurs)
    d.shapes.add_chart(
        XL_CHART_TYPE.COLUMN_CLUSTERED, Inches(1), Inches(1.5), Inches(8), Inches(5), donnees
    )


def _tableau_actions(d, actions):
    lignes = [COLONNES, *actions]
    forme = d.shapes.add_table(len(lignes), 6, Inches(0.3), Inches(1.5), Inches(9.4), Inches(4))
    for i, ligne in enumerate(lignes):
        for j, texte in enumerate(ligne):
            cellule = forme.table.cell(i, j)
            cellule.text = texte
            for p in cellule.text_frame.paragraphs:
                for r in p.runs:
                    r.font.size = Pt(14)


def deck(
    dossier,
    n=11,
    *,
    sans_titre=(),
    petit=None,
    charge=None,
    actions=ACTIONS,
    valeurs=(1_234_567, 1_340_000),
    image=False,
    graphique=True,
    nom="diaporama.pptx",
    modele=None,
):
    """A right deck of n slides, or one with the defects asked for (from the template if given)."""
    prs = Presentation(modele)
    titre = prs.slides[0] if modele else prs.slides.add_slide(prs.slide_layouts[0])
    titre.shapes.title.text = "Hydralis : bilan du semestre et plan d'actions"
    titre.placeholders[1].text = "Camille Martin, 7 décembre 2026"
    d = _diapo(prs, "Chiffres clés du semestre", disposition=5)
    if graphique:
        _graphique(d, valeurs)
    d = _diapo(prs, "Plan d'actions")
    _tableau_actions(d, actions)
    if image:
        d = _diapo(prs, "Tableau de bord", disposition=5)
        flux = io.BytesIO()
        Image.new("RGB", (400, 300), "white").save(flux, "PNG")
        flux.seek(0)
        d.shapes.add_picture(flux, Inches(1), Inches(1.5), Inches(8), Inches(5))
    while len(prs.slides) < n - 1:
        _diapo(prs, f"Constat {len(prs.slides)}", ["Le CA progresse", "La marge recule"])
    _diapo(prs, "Conclusion", ["Trois actions, un suivi mensuel"])
    for i in sans_titre:
        prs.slides[i - 1].shapes.title.text = ""
    if petit:
        cadre = prs.slides[petit - 1].placeholders[1].text_frame
        for r in cadre.paragraphs[0].runs:
            r.font.size = Pt(12)
    if charge:
        cadre = prs.slides[charge - 1].placeholders[1].text_frame
        for k in range(10):
            cadre.add_paragraph().text = f"Point {k} : une phrase de plus sur la situation"
    chemin = dossier / nom
    prs.save(chemin)
    return chemin


def _echecs(controles):
    return {c.libelle: c.conseil for c in controles if not c.ok}


def test_deck_juste_note_pleine(tmp_path):
    chemin = deck(tmp_path)
    debut = time.perf_counter()
    controles = controler_diaporama(chemin, ATTENDUS)
    duree = time.perf_counter() - debut
    print(f"contrôle d'un diaporama : {duree * 1000:.0f} ms")
    assert duree < 1
    assert _echecs(controles) == {}
    assert score(controles) == 1
    assert len(controles) == 8
    chiffres = next(c for c in controles if c.libelle.startswith("Chiffres du"))
    assert "CA réalisé total" in chiffres.conseil and "Objectif total" in chiffres.conseil


def test_sans_attendus_un_graphique_chiffre_suffit(tmp_path):
    assert score(controler_diaporama(deck(tmp_path), None)) == 1


@pytest.mark.parametrize(("n", "mot"), [(9, "ajoutez-en au moins 1"), (13, "regroupez-en")])
def test_nombre_de_diapositives(tmp_path, n, mot):
    echecs = _echecs(controler_diaporama(deck(tmp_path, n), ATTENDUS))
    assert list(echecs) == ["De 10 à 12 diapositives"]
    assert (
        f"{n} diapositives" in echecs["De 10 à 12 diapositives"]
        and mot in echecs["De 10 à 12 diapositives"]
    )


def test_diapositive_sans_titre(tmp_path):
    echecs = _echecs(controler_diaporama(deck(tmp_path, sans_titre=(5, 7)), ATTENDUS))
    assert list(echecs) == ["Un titre sur chaque diapositive"]
    assert "diapositives 5 et 7 sans titre" in echecs["Un titre sur chaque diapositive"]


def test_texte_trop_petit(tmp_path):
    echecs = _echecs(controler_diaporama(deck(tmp_path, petit=6), ATTENDUS))
    (conseil,) = echecs.values()
    assert "diapositive 6 : texte en 12 pt" in conseil and "18 pt au moins" in conseil


def test_taille_heritee_et_ajustement_automatique(tmp_path):
    """A size inherited from the layout is resolved; « ajuster le texte » shrinks it."""
    chemin = deck(tmp_path)
    prs = Presentation(chemin)
    corps = prs.slides[4].placeholders[1]
    assert corps.text_frame.paragraphs[0].runs[0].font.size is None  # inherited: 32 pt
    ajuste = corps.text_frame._txBody.bodyPr.makeelement(
        "{http://schemas.openxmlformats.org/drawingml/2006/main}normAutofit",
        {"fontScale": "50000"},
    )
    corps.text_frame._txBody.bodyPr.append(ajuste)
    prs.save(chemin)
    (conseil,) = _echecs(controler_diaporama(chemin, ATTENDUS)).values()
    assert "diapositive 5 : texte en 16 pt" in conseil


def test_taille_dans_un_tableau_et_zone_de_texte(tmp_path):
    """A table cell is flagged under 14 pt; a text box without an explicit size is not flagged
    (its default size is not resolved)."""
    chemin = deck(tmp_path)
    prs = Presentation(chemin)
    cellule = next(s for s in prs.slides[2].shapes if s.has_table).table.cell(1, 1)
    cellule.text_frame.paragraphs[0].runs[0].font.size = Pt(12)
    prs.slides[4].shapes.add_textbox(Inches(1), Inches(6), Inches(4), Inches(1)).text = "Source"
    prs.save(chemin)
    (conseil,) = _echecs(controler_diaporama(chemin, ATTENDUS)).values()
    assert conseil.startswith("diapositive 3 : texte en 12 pt (« +5 % de CA »)")


def test_un_seul_chiffre_attendu(tmp_path):
    chemin = deck(tmp_path)
    assert score(controler_diaporama(chemin, {"CA réalisé total": 1_234_567.0})) == 1
    controles = controler_diaporama(chemin, {"CA réalisé total": 2_000_000.0})
    assert "(il en faut au moins 1)" in _echecs(controles)[CHIFFRES]


def test_diapositive_surchargee(tmp_path):
    echecs = _echecs(controler_diaporama(deck(tmp_path, charge=4), ATTENDUS))
    (conseil,) = echecs.values()
    assert "diapositive 4 (« Constat 3 ») : 96 mots et 12 lignes" in conseil


def test_action_sans_delai(tmp_path):
    actions = [ACTIONS[0], (*ACTIONS[1][:3], "", *ACTIONS[1][4:]), ACTIONS[2]]
    echecs = _echecs(controler_diaporama(deck(tmp_path, actions=actions), ATTENDUS))
    (conseil,) = echecs.values()
    assert "action « Salon Pollutec » : il manque le délai" in conseil


def test_une_seule_action(tmp_path):
    (conseil,) = _echecs(controler_diaporama(deck(tmp_path, actions=ACTIONS[:1]), None)).values()
    assert "une seule action trouvée (diapositive 3)" in conseil


def test_actions_en_texte(tmp_path):
    chemin = deck(tmp_path, actions=[])
    prs = Presentation(chemin)
    _diapo(
        prs,
        "Plan d'actions (suite)",
        [
            "Action 1 : relancer les clients dormants",
            "Objectif : +5 % de CA ; moyens : phoning",
            "Délai : fin mars ; coût : 800 €",
            "Indicateur : commandes",
            "Action 2 : salon Pollutec",
            "Objectif : 30 contacts ; moyens : stand",
            "Délai : juin ; budget : 4 500 €",
        ],
    )
    prs.save(chemin)
    (conseil,) = _echecs(controler_diaporama(chemin, ATTENDUS)).values()
    assert conseil.startswith("action « Action 2 : salon Pollutec » : il manque l'indicateur")


def test_graphique_en_desaccord(tmp_path):
    chemin = deck(tmp_path, valeurs=(1_100_000, 1_500_000))
    (conseil,) = _echecs(controler_diaporama(chemin, ATTENDUS)).values()
    assert "ne reprennent pas les chiffres de votre tableau de bord" in conseil
    assert "1 234 567" not in conseil  # the dashboard's answer is not given away


def test_graphique_en_milliers_d_euros(tmp_path):
    chemin = deck(tmp_path, valeurs=(1234.6, 1340))
    assert score(controler_diaporama(chemin, ATTENDUS)) == 1


def test_chiffres_a_la_francaise_dans_un_tableau(tmp_path):
    """A table « 1 234 567 € », « 92 % » agrees; the chart alone would not."""
    chemin = deck(tmp_path, valeurs=(1, 2))
    prs = Presentation(chemin)
    d = prs.slides[4]
    forme = d.shapes.add_table(2, 2, Inches(1), Inches(4), Inches(6), Inches(1))
    for (i, j), texte in {
        (0, 0): "CA réalisé",
        (0, 1): "1\u202f234\u202f567\u00a0€",
        (1, 0): "Taux de réalisation",
        (1, 1): "92,1 %",
    }.items():
        forme.table.cell(i, j).text = texte
    prs.save(chemin)
    controles = controler_diaporama(chemin, ATTENDUS)
    assert score(controles) == 1, _echecs(controles)


def test_objet_incorpore_et_smartart(tmp_path):
    """A spreadsheet pasted as an object, a SmartArt: named as unreadable, with what to do."""
    chemin = deck(tmp_path, graphique=False)
    prs = Presentation(chemin)
    prs.slides[1].shapes.add_ole_object(
        io.BytesIO(b"PK fake workbook"), PROG_ID.XLSX, Inches(1), Inches(2), Inches(4), Inches(3)
    )
    plan = next(s for s in prs.slides[2].shapes if s.has_table)
    plan._element.graphic.graphicData.set(
        "uri", "http://schemas.openxmlformats.org/drawingml/2006/diagram"
    )
    prs.save(chemin)
    echecs = _echecs(controler_diaporama(chemin, ATTENDUS))
    assert "aucun graphique ni tableau" in echecs[CHIFFRES]
    assert "ne peut pas relire l'objet incorporé (diapositive 2)" in echecs[CHIFFRES]
    assert "le SmartArt (diapositive 3)\u00a0: présentez vos actions" in echecs[ACTIONS_]


def test_image_d_un_tableau(tmp_path):
    echecs = _echecs(controler_diaporama(deck(tmp_path, image=True), ATTENDUS))
    (conseil,) = echecs.values()
    assert "diapositive 4 (« Tableau de bord ») : vos chiffres sont une image" in conseil
    assert "vrai tableau (Insertion › Tableau)" in conseil


def test_modele_vierge_vaut_zero(tmp_path):
    chemin = modele_diaporama(tmp_path / "modele.pptx", "Hydralis, pompes industrielles")
    prs = Presentation(chemin)
    assert len(prs.slides) == 1
    assert prs.slides[0].shapes.title.text == "Hydralis, pompes industrielles"
    noms = [d.name for d in prs.slide_layouts]
    assert "Titre et contenu" in noms and "Vide" not in noms
    texte = " ".join(s.text_frame.text for s in prs.slides[0].shapes if s.has_text_frame)
    assert not any(c.isdigit() for c in texte)  # no figure handed out
    controles = controler_diaporama(chemin, ATTENDUS)
    assert score(controles) == 0
    assert "ne contient que la page de titre" in controles[0].conseil


def test_deck_fait_dans_le_modele(tmp_path):
    """The candidate's way: open the template, add slides with its layouts (sizes inherited)."""
    modele = modele_diaporama(tmp_path / "modele.pptx", "Hydralis")
    prs = Presentation(modele)
    tailles = [
        int(r.get("sz"))
        for d in prs.slide_layouts
        for r in d._element.iter("{http://schemas.openxmlformats.org/drawingml/2006/main}defRPr")
        if r.get("sz")
    ]
    assert min(tailles) == 1800
    controles = controler_diaporama(deck(tmp_path, modele=modele), ATTENDUS)
    assert score(controles) == 1, _echecs(controles)


def test_diapositives_vides(tmp_path):
    prs = Presentation()
    for k in range(11):
        prs.slides.add_slide(prs.slide_layouts[5]).shapes.title.text = f"Partie {k}"
    prs.save(tmp_path / "vide.pptx")
    controles = controler_diaporama(tmp_path / "vide.pptx", ATTENDUS)
    assert score(controles) == 2 / 8
    assert (
        "diapositives 2, 3, 4, 5, 6, 7, 8, 9 et 10 : un titre"
        in _echecs(controles)["Diapositives remplies"]
    )


def _pptx(tmp_path) -> bytes:
    return deck(tmp_path, nom="juste.pptx").read_bytes()


@pytest.mark.parametrize(
    ("nom", "contenu", "attendu"),
    [
        ("diaporama.odp", lambda t: b"PK", "Fichier › Enregistrer sous…, type « PowerPoint 2007-365"),
        ("diaporama.ppt", lambda t: b"\xd0\xcf\x11\xe0", "ancien format PowerPoint 97-2003 (.ppt)"),
        ("diaporama.pdf", lambda t: b"%PDF-1.7", "export PDF"),
        ("diaporama.pptx", lambda t: b"%PDF-1.7", "export PDF"),
        ("diaporama.docx", lambda t: b"PK", "n'est pas un diaporama PowerPoint (.pptx)"),
        ("diaporama.pptx", lambda t: b"", "vide (0 octet)"),
        (
            "diaporama.pptx",
            lambda t: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 500
            + "EncryptionInfo".encode("utf-16-le"),
            "protégé par un mot de passe",
        ),
        ("diaporama.pptx", lambda t: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 500,
         "ancien format PowerPoint 97-2003 malgré son nom"),
        ("diaporama.pptx", lambda t: b"PK\x03\x04 pas une archive", "est abîmé"),
        ("diaporama.pptx", lambda t: _pptx(t)[:5000], "est abîmé"),
    ],
)  # fmt: skip
def test_mauvais_fichiers(tmp_path, nom, contenu, attendu):
    chemin = tmp_path / nom
    chemin.write_bytes(contenu(tmp_path))
    controles = controler_diaporama(chemin, ATTENDUS)
    assert score(controles) == 0
    (controle,) = controles
    assert f"« {nom} »" in controle.conseil and attendu in controle.conseil


def _archive(tmp_path, fichiers: dict[str, bytes]):
    chemin = tmp_path / "diaporama.pptx"
    with zipfile.ZipFile(chemin, "w") as z:
        for nom, contenu in fichiers.items():
            z.writestr(nom, contenu)
    return chemin


def test_opendocument_renomme_et_autre_document(tmp_path):
    odp = _archive(tmp_path, {"mimetype": b"application/vnd.oasis.opendocument.presentation"})
    assert "OpenDocument malgré son nom" in controler_diaporama(odp)[0].conseil
    docx = _archive(tmp_path, {"[Content_Types].xml": b"<x/>", "word/document.xml": b"<x/>"})
    assert "un document Word ou un classeur renommé" in controler_diaporama(docx)[0].conseil


def test_aucune_diapositive(tmp_path):
    Presentation().save(tmp_path / "vide.pptx")
    (controle,) = controler_diaporama(tmp_path / "vide.pptx", ATTENDUS)
    assert "ne contient aucune diapositive" in controle.conseil


def test_fichier_absent(tmp_path):
    (controle,) = controler_diaporama(tmp_path / "absent.pptx", ATTENDUS)
    assert not controle.ok and "absent.pptx » introuvable" in controle.conseil


def test_quarante_diapositives(tmp_path):
    (controle,) = controler_diaporama(deck(tmp_path, 40), ATTENDUS)
    assert "compte 40 diapositives" in controle.conseil and "10 à 12" in controle.conseil

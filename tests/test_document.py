"""A document written in office software and deposited (issue #15 §1): the CP8 report as a .docx.

The checker reads what a learner writes in Writer or Word (headings, sentences with figures, images
with their alt text, tables); the format refuses bad files in French and keeps the previous deposit;
the grade follows the file handed in (its hash), and the widget deposits it."""

from __future__ import annotations

import io
import json
import zipfile
from datetime import UTC, datetime

import docx
import pytest
from docx.shared import Cm
from matplotlib.figure import Figure

from autograder.metier.bilan.controle import RUBRIQUES
from autograder.metier.bilan.document import controler_docx, lire_docx
from autograder.moteur.formats import Document, ReponseInvalide
from autograder.moteur.formats.document import OLE
from autograder.moteur.graphiques import figure_en_png
from autograder.moteur.seance import Seance
from autograder.widgets.exercice import creer_widget

NOM = "rapport_bilan"
PHRASE = "Le CA du T3 2025 atteint 91 % de l'objectif, soit 2 100 € de moins que prévu."
ALT = "CA HT mensuel : juillet 40 000 €, août 35 000 €, septembre 52 000 €, en hausse de 8 %."
TITRES = [libelle for _, libelle in RUBRIQUES.values()]
BONNES = [*RUBRIQUES, "alternatives", "entete"]


def _png() -> bytes:
    fig = Figure(figsize=(2, 1))
    fig.add_subplot().plot([1, 2, 3])
    return figure_en_png(fig, dpi=50)


def ecrire(
    textes=None,
    *,
    entete="De : Alice Martin · À : Direction commerciale · Période : T3 2025 · "
    "Source : base CRM, objectifs 2025.",
    alternative=ALT,
    lignes=4,
    titres_en_gras=False,
    titre_document_en_titre1=False,
) -> bytes:
    """A report as a learner writes it in Word: a title, a header line, one heading per
    rubrique with a sentence, a chart (with `alternative` as alt text) and a table."""
    doc = docx.Document()
    if titre_document_en_titre1:
        doc.add_heading("Bilan d'activité du T3 2025", level=1)
    else:
        doc.add_paragraph("Bilan d'activité du T3 2025", style="Title")
    if entete:
        doc.add_paragraph(entete)
    textes = textes if textes is not None else dict.fromkeys(TITRES, PHRASE)
    niveau = 2 if titre_document_en_titre1 else 1
    for titre, texte in textes.items():
        if titres_en_gras:
            doc.add_paragraph().add_run(titre).bold = True
        else:
            doc.add_heading(titre, level=niveau)
        if texte:
            doc.add_paragraph(texte)
        if titre == "Tendances":
            doc.add_picture(io.BytesIO(_png()), width=Cm(8))
            if alternative is not None:
                doc.inline_shapes[-1]._inline.docPr.set("descr", alternative)
        if titre == "Activité de la période":
            tableau = doc.add_table(rows=1 + lignes, cols=2)
            for i, ligne in enumerate(tableau.rows):
                ligne.cells[0].text, ligne.cells[1].text = ("Indicateur", "Réalisé") if not i else (
                    f"Indicateur {i}", f"{i * 1000} €")  # fmt: skip
    tampon = io.BytesIO()
    doc.save(tampon)
    return tampon.getvalue()


# -- the checker -------------------------------------------------------------------------------
def test_a_good_report_written_in_word_has_every_rubrique_and_quality():
    assert controler_docx(ecrire()) == BONNES


def test_bold_paragraphs_stand_for_headings_and_a_title_heading_groups_the_rubriques():
    assert controler_docx(ecrire(titres_en_gras=True)) == BONNES
    assert controler_docx(ecrire(titre_document_en_titre1=True)) == BONNES
    entete, sections = lire_docx(ecrire(titre_document_en_titre1=True))
    assert [s.titre for s in sections] == TITRES and "Bilan d'activité" in entete


def test_french_style_names_and_an_alt_text_kept_as_title_are_read():
    """What another word processor may write: a style named « Titre 1 », the alt text in the
    image's title (LibreOffice's « Texte alternatif ») rather than its description."""
    from docx.enum.style import WD_STYLE_TYPE

    doc = docx.Document(io.BytesIO(ecrire()))
    titre1 = doc.styles.add_style("Titre 1", WD_STYLE_TYPE.PARAGRAPH)
    for p in doc.paragraphs:
        if p.style.name == "Heading 1":
            p.style = titre1
    pr = doc.inline_shapes[0]._inline.docPr
    pr.set("title", pr.get("descr"))
    pr.set("descr", "")
    tampon = io.BytesIO()
    doc.save(tampon)
    assert controler_docx(tampon.getvalue()) == BONNES


@pytest.mark.parametrize(
    "changement,absent,defaut",
    [
        ({"Tendances": None}, "tendances", None),  # rubrique missing
        ({"Tendances": "La tendance est bonne et les clients sont contents."}, "tendances",
         "a_completer"),  # no figure
        ({"Synthèse": "Synthèse à compléter avec les chiffres du T3 2025."}, "synthese",
         "a_completer"),
        ({"Synthèse": "91 %."}, "synthese", "a_completer"),  # too short
        ({"Mesures correctives": ""}, "mesures", "a_completer"),  # heading alone, at the end
    ],
)  # fmt: skip
def test_each_missing_or_empty_rubrique_is_caught(changement, absent, defaut):
    textes = dict.fromkeys(TITRES, PHRASE)
    for titre, texte in changement.items():
        if texte is None:
            del textes[titre]
        else:
            textes[titre] = texte
    trouve = controler_docx(ecrire(textes))
    assert absent not in trouve
    assert (defaut in trouve) if defaut else not set(trouve) - set(BONNES)


@pytest.mark.parametrize(
    "alternative",
    [None, "", "Graphique 1", "Une image contenant texte, ligne, Tracé Description générée "
     "automatiquement"],
)  # fmt: skip
def test_a_chart_without_a_real_alt_text_loses_the_quality(alternative):
    assert "alternatives" not in controler_docx(ecrire(alternative=alternative))


def test_a_raw_table_and_a_missing_header_are_caught():
    assert "tableau_brut" in controler_docx(ecrire(lignes=30))
    assert "tableau_brut" not in controler_docx(ecrire(lignes=25))
    assert "entete" not in controler_docx(ecrire(entete=""))
    assert "entete" not in controler_docx(ecrire(entete="Rapport de Alice Martin."))


def test_the_python_report_writes_the_same_document(tmp_path):
    s = Seance("cp8_bilan", tmp_path)
    ex = s.exercice(NOM)
    assert controler_docx(ex.module.exemple(ex.params, True)) == BONNES
    assert {"a_completer", "tableau_brut"} <= set(
        controler_docx(ex.module.exemple(ex.params, False))
    )


# -- the format, in a session ------------------------------------------------------------------
@pytest.fixture
def seance(tmp_path):
    s = Seance("cp8_bilan", tmp_path)
    s.repondre(NOM, {"contenu": ecrire(), "nom": "mon bilan.docx"})
    return s


def test_a_good_deposit_gets_full_marks_and_is_kept_beside_the_notebook(seance, tmp_path):
    valeur = seance.reponses.valeur(NOM)
    assert valeur["fichier"] == "rendus/rapport_bilan.docx" and valeur["nom"] == "mon bilan.docx"
    assert (tmp_path / valeur["fichier"]).read_bytes() == ecrire() or valeur["octets"] > 0
    assert set(valeur) == {"fichier", "nom", "octets", "sha256"}
    assert seance.noter(NOM) is None


def test_a_flawed_deposit_scores_part_of_the_points_with_what_to_fix(seance):
    textes = dict.fromkeys(TITRES, PHRASE) | {"Tendances": "À compléter"}
    verdict = seance.repondre(NOM, {"contenu": ecrire(textes, lignes=40), "nom": "v2.docx"})
    assert 0 <= verdict.score < 1
    texte = " ".join(verdict.details)
    assert "❌ À revoir : Rubrique « Tendances »" in texte
    assert "Défaut repéré" in texte and "Titres repérés" in texte
    assert seance.noter(NOM) is None or seance.noter(NOM) < 3


MAUVAIS = [
    ("bilan.odt", b"PK\x03\x04odt", "Enregistrer sous"),
    ("bilan.doc", OLE + b"\x00" * 100, "ancien format"),
    ("bilan.pdf", b"%PDF-1.7", "PDF"),
    ("bilan.docx", b"", "vide"),
    ("bilan.docx", OLE + "EncryptionInfo".encode("utf-16-le"), "mot de passe"),
    ("bilan.docx", OLE + b"\x00" * 100, "Word 97-2003"),
    ("bilan.docx", b"PK\x03\x04 tronque", "abîmé"),
    ("bilan.docx", b"ceci n'est pas un document", "abîmé"),
]


@pytest.mark.parametrize("nom,contenu,message", MAUVAIS)
def test_bad_files_are_refused_in_french_and_the_previous_deposit_stays(
    seance, tmp_path, nom, contenu, message
):
    avant = seance.reponses.valeur(NOM)
    fichier = (tmp_path / avant["fichier"]).read_bytes()
    with pytest.raises(ReponseInvalide) as info:
        seance.repondre(NOM, {"contenu": contenu, "nom": nom})
    texte = str(info.value).replace("\u00a0", " ").replace("\u202f", " ")
    assert message in texte and "dépôt précédent est conservé" in texte
    assert seance.reponses.valeur(NOM) == avant
    assert (tmp_path / avant["fichier"]).read_bytes() == fichier
    assert seance.noter(NOM) is None


def test_a_spreadsheet_renamed_docx_and_a_too_big_file_are_refused(seance, monkeypatch):
    classeur = io.BytesIO()
    from openpyxl import Workbook

    Workbook().save(classeur)
    with pytest.raises(ReponseInvalide, match="traitement de texte"):
        seance.repondre(NOM, {"contenu": classeur.getvalue(), "nom": "bilan.docx"})
    ex = seance.exercice(NOM)
    monkeypatch.setattr(ex, "format", Document(taille_max=1000))
    with pytest.raises(ReponseInvalide, match="trop lourd"):
        seance.repondre(NOM, {"contenu": ecrire(), "nom": "bilan.docx"})
    bombe = io.BytesIO()  # small once compressed, huge once opened
    with zipfile.ZipFile(bombe, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"\0" * 50_000)
    assert len(bombe.getvalue()) < 1000
    with pytest.raises(ReponseInvalide, match="abîmé"):
        seance.repondre(NOM, {"contenu": bombe.getvalue(), "nom": "bilan.docx"})


def test_the_grade_follows_the_file_not_a_hand_edited_answer(seance, tmp_path):
    chemin = seance.reponses.chemin
    donnees = json.loads(chemin.read_text("utf-8"))
    vraie = donnees["reponses"][NOM]["valeur"]
    # the answer file claims another file, or the deposited file is replaced by hand
    for valeur in (
        {**vraie, "sha256": "0" * 64},
        {**vraie, "fichier": "rendus/autre.docx"},
        {**vraie, "fichier": "../../etc/passwd"},
        {"fichier": "rendus/rapport_bilan.docx"},
    ):
        donnees["reponses"][NOM]["valeur"] = valeur
        chemin.write_text(json.dumps(donnees), "utf-8")
        with pytest.raises(AssertionError):
            Seance("cp8_bilan", tmp_path).noter(NOM)
    donnees["reponses"][NOM]["valeur"] = vraie
    chemin.write_text(json.dumps(donnees), "utf-8")
    assert Seance("cp8_bilan", tmp_path).noter(NOM) is None
    (tmp_path / vraie["fichier"]).write_bytes(ecrire(entete=""))
    with pytest.raises(AssertionError, match="n'est plus celui que vous avez déposé"):
        Seance("cp8_bilan", tmp_path).noter(NOM)


def test_the_code_route_grades_the_docx_of_the_python_report_without_replacing_a_deposit(
    seance, tmp_path
):
    ex = seance.exercice(NOM)
    brouillon = tmp_path / "brouillon.docx"
    brouillon.write_bytes(ecrire(dict.fromkeys(TITRES, "À compléter")))
    seance.repondre(NOM, brouillon, depuis_code=True)  # worse than the deposit: not saved
    assert seance.reponses.valeur(NOM)["fichier"] == "rendus/rapport_bilan.docx"
    assert seance.noter(NOM) is None
    bon = tmp_path / "bilan_T3_2025.docx"
    bon.write_bytes(ex.module.exemple(ex.params, True))
    assert seance.repondre(NOM, str(bon), depuis_code=True).juste
    assert seance.reponses.valeur(NOM)["fichier"] == "rendus/rapport_bilan-python.docx"
    with pytest.raises(ReponseInvalide, match="introuvable"):
        seance.repondre(NOM, tmp_path / "absent.docx", depuis_code=True)


# -- the widget --------------------------------------------------------------------------------
def _depot(nom: str, contenu: bytes) -> tuple:
    return ({"name": nom, "type": "", "size": len(contenu), "content": memoryview(contenu),
             "last_modified": datetime.now(UTC)},)  # fmt: skip


def test_the_widget_deposits_a_file_and_says_what_it_found(tmp_path):
    s = Seance("cp8_bilan", tmp_path)
    w = creer_widget(s, s.exercice(NOM))
    depot = w.controles.depot
    assert depot.accept == ".docx" and "Déposer" in depot.description and not depot.multiple
    depot.value = _depot("mon bilan.docx", ecrire())
    statut = w.controles.statut.value
    assert "« mon bilan.docx » déposé" in statut
    assert "Synthèse" in statut and "role='status'" in statut
    assert "✅" in w.retour.value and depot.value == ()
    assert s.reponses.valeur(NOM)["nom"] == "mon bilan.docx" and s.noter(NOM) is None
    # a bad file: refused, said, and the deposit stays
    depot.value = _depot("bilan.odt", b"PK\x03\x04")
    assert "refusé" in w.controles.statut.value and "role='alert'" in w.retour.value
    assert "Enregistrer sous" in w.retour.value
    assert s.reponses.valeur(NOM)["nom"] == "mon bilan.docx"
    w.verifier()  # « Vérifier » after a refusal: the kept deposit's verdict
    assert "✅" in w.retour.value
    # reopened: the kept deposit is named
    w2 = creer_widget(Seance("cp8_bilan", tmp_path), s.exercice(NOM))
    assert "Document conservé" in w2.controles.statut.value


# -- through nbgrader: the learner's path, a deposit and no code ------------------------------
def test_a_deposit_alone_gets_the_points_through_nbgrader_and_the_file_is_collected(course):
    from .conftest import nbgrader
    from .test_nbgrader import auto_scores, submit

    nbgrader(course, "generate_assignment", "cp8_bilan", "--force")

    def deposer(dossier):
        s = Seance("cp8_bilan", dossier)
        s.changer_identifiant("dana")
        ex = s.exercice(NOM)
        s.repondre(NOM, {"contenu": ex.module.exemple(ex.params, True), "nom": "bilan.docx"})

    submit(course, "cp8_bilan", "dana", course / "exercises" / "cp8_bilan", deposer)
    nbgrader(course, "autograde", "cp8_bilan", "--force")
    assert auto_scores(course, "cp8_bilan")["dana"][f"note-{NOM}"] == 3
    rendu = course / "autograded" / "dana" / "cp8_bilan" / "rendus" / f"{NOM}.docx"
    assert rendu.is_file()


def test_the_deposit_button_checks_the_size_in_the_browser_and_passes_a_file_on(tmp_path):
    """The browser sends a file under the limit as one message with a buffer (Televersement's
    JS); the deposit sees FileUpload's `value` and resets it. Over the limit nothing is sent:
    the French alert is the JS's (tests/browser/test_saisies.py)."""
    from autograder.widgets.televersement import ENVOI_MAX, Televersement

    s = Seance("cp8_bilan", tmp_path)
    w = creer_widget(s, s.exercice(NOM))
    depot = w.controles.depot
    assert isinstance(depot, Televersement) and depot.maximum == ENVOI_MAX < 10 * 1024 * 1024
    assert "Allégez-le" in depot.conseil
    if s.exercice(NOM).variable and not s.entrainement:  # the code route, said for a document
        assert "Déposez ci-dessous" in w.children[0].value and "Tapez" not in w.children[0].value
    message = {"type": "fichier", "name": "mon bilan.docx", "mime": "", "last_modified": 0}
    depot._message(depot, message, [memoryview(ecrire())])
    assert "« mon bilan.docx » déposé" in w.controles.statut.value and depot.value == ()
    assert s.reponses.valeur(NOM)["nom"] == "mon bilan.docx"
    depot._message(depot, {"type": "autre"}, [memoryview(b"x")])  # ignored
    depot._message(depot, message, [])  # no buffer: ignored
    assert s.reponses.valeur(NOM)["nom"] == "mon bilan.docx"

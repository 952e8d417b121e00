"""The production: the RE's rules as data, the checker on generated good and faulty .docx and .pptx,
wrong formats, the jury question bank, the deposit widget and the rehearsal."""

from __future__ import annotations

import io
import json
import re
import zipfile
from functools import cache

import docx
import pytest
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from docx.text.paragraph import Paragraph
from pptx import Presentation
from pptx.util import Pt as PtPptx

from autograder.metier.production import questions
from autograder.metier.production.diaporama import verifier_diaporama
from autograder.metier.production.document import verifier_document
from autograder.metier.production.exemple import mettre_en_forme, squelette_docx, squelette_pptx
from autograder.metier.production.regles import nomme_la_partie, nomme_le_theme, regles
from autograder.metier.production.verification import verifier, verifier_production
from autograder.moteur import referentiel
from autograder.moteur.formats.document import CHIFFRE, OLE

BON = {1: 560, 2: 580, 3: 780}  # words per theme: each part in its page range


@cache
def bon_docx() -> bytes:
    return squelette_docx(BON, 300)


def ouvrir(contenu: bytes):
    return docx.Document(io.BytesIO(contenu))


def sauver(doc) -> bytes:
    sortie = io.BytesIO()
    doc.save(sortie)
    return sortie.getvalue()


# -- the rules, from data --------------------------------------------------------------------
def test_rules_are_read_from_the_quoted_re():
    g = regles()
    p = referentiel.production()
    assert (g.police, g.taille, g.interligne) == ("Arial", 11, 1.15)
    assert any("police Arial 11, interligne 1,15" in c for c in p["consignes"])
    assert f"entre {g.pages_min} et {g.pages_max} pages" in p["document"]["texte"]
    assert sum(x.pages_min for x in g.parties) == g.pages_min
    assert sum(x.pages_max for x in g.parties) == g.pages_max
    for x in g.parties:
        assert f"entre {x.pages_min} et {x.pages_max} pages" in x.description
        assert f"«\u00a0{x.intitule.lower()}\u00a0»" in x.description.lower()
    assert [len(x.themes) for x in g.parties] == [10, 11, 7]
    assert [x.competence for x in g.parties] == ["CP1", "CP2", "CP9"]
    modalite = next(m for m in referentiel.modalites() if m.id == "questionnement_productions")
    assert set(modalite.competences) == {x.competence for x in g.parties}
    assert f"de {g.diapositives_min} à {g.diapositives_max} diapositives" in g.texte_diaporama
    assert (g.presentation_minutes, g.questions_minutes) == (30, 30)
    assert "sur une page" in g.introduction


def test_the_dp_quotes_say_where_they_come_from():
    dp = referentiel.dossier_professionnel()
    assert all(c["source"].startswith("RE") and c["texte"] for c in dp["citations"])
    assert any("principales actions mentionnées dans le DP" in c["texte"] for c in dp["citations"])
    assert "ne décrit ni le contenu ni la forme" in dp["silence"]


@pytest.mark.parametrize(
    "texte,numero",
    [("Première partie : la veille", 1), ("PARTIE 2 – Plan d'actions", 2), ("3e partie", 3),
     ("Partie III : relation client", 3), ("Deuxième partie", 2)],
)  # fmt: skip
def test_part_headings(texte, numero):
    assert nomme_la_partie(texte, numero)
    assert not any(nomme_la_partie(texte, n) for n in (1, 2, 3) if n != numero)


def test_theme_headings():
    t = next(
        t for t in regles().parties[0].themes if t.numero == 6
    )  # Surveillance de la concurrence
    assert nomme_le_theme("6. Surveillance de la concurrence", t)
    assert nomme_le_theme("La surveillance des concurrents", t)
    assert not nomme_le_theme("Sources d'informations", t)
    tendances = (
        regles().parties[2].themes[5]
    )  # Adaptation aux tendances du marché et aux évolutions
    assert nomme_le_theme("6. Adaptation", tendances)
    assert nomme_le_theme("S'adapter aux tendances", tendances)
    assert not nomme_le_theme("5. Adaptation", tendances)
    assert not nomme_la_partie("Une partie du budget va à la communication", 1)
    assert not nomme_la_partie("La partie prenante principale", 1)


# -- the document ----------------------------------------------------------------------------
def test_good_document_has_nothing_to_fix():
    r = verifier_document(bon_docx(), "production.docx")
    assert r.refus is None
    assert not r.cles("manque") and not r.cles("attention"), r.markdown()
    assert {"partie_1", "partie_2", "partie_3", "garde", "sommaire", "annexes"} <= r.cles("ok")
    assert {"introduction", "pages_total", "police", "taille", "interligne"} <= r.cles("ok")
    assert "Estimation des pages" in r.markdown()


def test_missing_part():
    r = verifier_document(squelette_docx(BON, 300, parties=(1, 2)), "production.docx")
    assert "partie_3_absente" in r.cles("manque")
    assert "Troisième partie (CP9" in r.markdown()
    assert "pages_total" in r.cles("attention")


def test_missing_theme_and_thin_theme():
    doc = ouvrir(bon_docx())
    for p in doc.paragraphs:
        if p.text == "6. Surveillance de la concurrence":
            p.text = "6. Divers"
        if p.text == "3. Client segmenté":
            suivant = p._p.getnext()
            while suivant is not None and "Heading" not in Paragraph(suivant, doc).style.name:
                nxt = suivant.getnext()
                suivant.getparent().remove(suivant)
                suivant = nxt
    r = verifier_document(sauver(doc), "production.docx")
    assert "partie_1_theme_6" in r.cles("manque")
    assert "partie_2_theme_3_court" in r.cles("attention")
    assert "Surveillance de la concurrence" in r.markdown()


def test_wrong_font_size_and_spacing():
    doc = ouvrir(bon_docx())
    mettre_en_forme(doc, police="Calibri", taille=12, interligne=1.0)
    r = verifier_document(sauver(doc), "production.docx")
    assert {"police", "taille", "interligne"} <= r.cles("manque"), r.markdown()
    texte = r.markdown()
    assert "Calibri" in texte and "12\u00a0pt" in texte and "interligne 1,15" in texte


def test_a_few_runs_in_another_font():
    doc = ouvrir(bon_docx())
    corps = [p for p in doc.paragraphs if p.style.name == "Normal" and len(p.text) > 200]
    for p in corps[: len(corps) // 5]:
        for run in p.runs:
            run.font.name = "Times New Roman"
            run.font.size = Pt(11)
    r = verifier_document(sauver(doc), "production.docx")
    assert "police" in r.cles("attention") and "Times New Roman" in r.markdown()
    assert "taille" in r.cles("ok")


def test_theme_font_is_resolved():
    """python-docx's template: Normal has no font, its theme's minor font (Cambria) applies."""
    doc = docx.Document()
    doc.add_heading("Présentation de l'entreprise", 1)
    doc.add_paragraph(" ".join(["Texte de présentation de l'entreprise d'accueil."] * 20))
    doc.add_heading("Première partie : assurer une veille commerciale", 1)
    doc.add_paragraph("Texte.")
    r = verifier_document(sauver(doc), "production.docx")
    assert "police" in r.cles("manque") and "Cambria (100" in r.markdown()


def test_no_company_presentation_and_long_one():
    r = verifier_document(squelette_docx(BON, 0), "production.docx")
    # the skeleton's reminder (the RE's sentence) is too short to be a presentation
    assert "introduction_absente" in r.cles("manque")
    r = verifier_document(squelette_docx(BON, 900), "production.docx")
    assert "introduction_longue" in r.cles("attention")


def test_short_parts_and_the_skeleton():
    r = verifier_document(squelette_docx(100, 300), "production.docx")
    assert {"partie_1_pages", "partie_2_pages", "partie_3_pages", "pages_total"} <= r.cles(
        "attention"
    )
    assert "trop court" in r.markdown()
    squelette = verifier_document(squelette_docx(), "squelette.docx")
    assert not any(
        k.startswith("partie") and k.endswith("_absente") for k in squelette.cles("manque")
    )


def test_word_table_of_contents_in_a_content_control():
    """Word wraps its table of contents in a w:sdt block; its entries are « toc 1 » paragraphs
    that repeat the part headings: they are the sommaire, not the parts."""
    doc = ouvrir(bon_docx())
    corps = doc.element.body
    sommaire = [p for p in doc.paragraphs if p.style.name == "TOC Heading"][0]._p
    sdt = OxmlElement("w:sdt")
    pr, contenu = OxmlElement("w:sdtPr"), OxmlElement("w:sdtContent")
    galerie = OxmlElement("w:docPartObj")
    nom = OxmlElement("w:docPartGallery")
    nom.set(qn("w:val"), "Table of Contents")
    galerie.append(nom)
    pr.append(galerie)
    sdt.extend([pr, contenu])
    corps.insert(corps.index(sommaire), sdt)
    contenu.append(sommaire)
    style = doc.styles.add_style("toc 1", WD_STYLE_TYPE.PARAGRAPH)
    for p in regles().parties:
        entree = doc.add_paragraph(f"{p.titre} : {p.intitule.lower()}\t3", style=style)._p
        contenu.append(entree)
    r = verifier_document(sauver(doc), "production.docx")
    assert not r.cles("manque") and not r.cles("attention"), r.markdown()
    assert "sommaire" in r.cles("ok")


def test_bold_lines_stand_for_headings_when_no_style_is_used():
    doc = docx.Document()
    mettre_en_forme(doc)
    for titre in (
        "Présentation de l'entreprise",
        "Première partie : la veille",
        "Deuxième partie : le plan d'actions",
        "Troisième partie : la relation client",
    ):
        doc.add_paragraph().add_run(titre).bold = True
        doc.add_paragraph(" ".join(["Une phrase de texte courant, écrite en Arial."] * 10))
    r = verifier_document(sauver(doc), "production.docx")
    assert {"partie_1", "partie_2", "partie_3"} <= r.cles("ok"), r.markdown()


# -- the deck --------------------------------------------------------------------------------
def test_good_deck():
    r = verifier_diaporama(squelette_pptx(), "diaporama.pptx")
    assert r.refus is None and not r.cles("manque") and not r.cles("attention"), r.markdown()
    assert {"nombre", "sujet_CP1", "sujet_CP2", "sujet_CP9", "petit_texte"} <= r.cles("ok")
    assert "60 secondes par diapositive" in r.markdown()


@pytest.mark.parametrize("n", [12, 27, 33, 40])
def test_slide_count_out_of_range(n):
    r = verifier_diaporama(squelette_pptx(n), "diaporama.pptx")
    assert "nombre" in r.cles("manque")
    assert f"{n} diapositives comptées pour 28 à 32" in r.markdown()


def test_hidden_slides_are_not_counted_and_small_text_is_named():
    deck = Presentation(io.BytesIO(squelette_pptx(30)))
    for d in list(deck.slides)[2:5]:
        d._element.set("show", "0")
    corps = list(deck.slides)[10].placeholders[1].text_frame.paragraphs[0].runs[0]
    corps.font.size = PtPptx(12)
    sortie = io.BytesIO()
    deck.save(sortie)
    r = verifier_diaporama(sortie.getvalue(), "diaporama.pptx")
    assert "nombre" in r.cles("manque") and "masquées (n° 3, 4, 5)" in r.markdown()
    assert "petit_texte" in r.cles("attention") and "n° 11 (12\u00a0pt" in r.markdown()


def test_a_competence_missing_from_the_titles():
    deck = Presentation(io.BytesIO(squelette_pptx(30)))
    for d in list(deck.slides)[2:]:
        if "relation client" in d.shapes.title.text.lower():
            d.shapes.title.text = "Nos clients"
    sortie = io.BytesIO()
    deck.save(sortie)
    r = verifier_diaporama(sortie.getvalue(), "diaporama.pptx")
    assert "sujet_CP9" in r.cles("conseil") and "nombre" in r.cles("ok")


# -- bad input -------------------------------------------------------------------------------
FAUX_DOCUMENTS = [
    ("production.odt", b"PK\x03\x04odt", "OpenDocument (.odt)"),
    ("production.doc", OLE + b"\0" * 100, "ancien format (.doc)"),
    ("production.pdf", b"%PDF-1.7", "est un PDF"),
    ("production.docx", OLE + b"\0" * 50 + CHIFFRE, "protégé par un mot de passe"),
    ("production.docx", OLE + b"\0" * 100, "ancien format (Word 97-2003)"),
    ("production.docx", b"PK\x03\x04 tronque", "est abîmé"),
    ("production.docx", b"", "est vide"),
]


@pytest.mark.parametrize("nom,contenu,message", FAUX_DOCUMENTS)
def test_wrong_document_files(nom, contenu, message):
    r = verifier_document(contenu, nom)
    assert r.refus and message in r.refus and (nom in r.refus or "Ce " in r.refus), r.refus
    assert "❌" in r.markdown() and "role='alert'" in r.html()


def test_zip_bomb_is_refused_by_the_shared_checks(monkeypatch):
    from autograder.metier.production import document

    monkeypatch.setattr(document, "TAILLE_MAX", 2_000)
    sortie = io.BytesIO()
    with zipfile.ZipFile(sortie, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "0" * 100_000)  # 100 kB from a few hundred bytes
    r = verifier_document(sortie.getvalue(), "bombe.docx")
    assert "bombe.docx" in r.refus and "est abîmé" in r.refus


def test_deck_renamed_docx_and_empty_document():
    r = verifier_document(squelette_pptx(3), "production.docx")
    assert "pas un document de traitement de texte" in r.refus
    r = verifier_document(sauver(docx.Document()), "vide.docx")
    assert "aucun texte" in r.refus


FAUX_DIAPORAMAS = [
    ("diaporama.odp", b"PK", "OpenDocument (.odp)"),
    ("diaporama.ppt", OLE, "ancien format (.ppt)"),
    ("diaporama.pdf", b"%PDF", "est un PDF"),
    ("diaporama.pptx", OLE + CHIFFRE, "protégé par un mot de passe"),
    ("diaporama.pptx", OLE, "PowerPoint 97-2003"),
    ("diaporama.pptx", b"PK\x03\x04", "Impress ou PowerPoint"),
]


@pytest.mark.parametrize("nom,contenu,message", FAUX_DIAPORAMAS)
def test_wrong_deck_files(nom, contenu, message):
    r = verifier_diaporama(contenu, nom)
    assert r.refus and message in r.refus, r.refus


def test_document_renamed_pptx():
    r = verifier_diaporama(bon_docx(), "diaporama.pptx")
    assert "n'est pas un diaporama" in r.refus and "diaporama.pptx" in r.refus


def test_by_path(tmp_path, capsys):
    (tmp_path / "production.docx").write_bytes(bon_docx())
    (tmp_path / "diapo.pptx").write_bytes(squelette_pptx())
    rapports = verifier_production(
        tmp_path / "production.docx", tmp_path / "absent.docx", tmp_path / "diapo.pptx"
    )
    assert [r.refus is None for r in rapports] == [True, False, True]
    assert "introuvable" in rapports[1].refus and "absent.docx" in rapports[1].refus
    assert verifier(squelette_pptx(), "x.pptx").sorte == "diaporama"


# -- the question bank -----------------------------------------------------------------------
def test_question_bank_schema():
    banque = questions.charger()
    for cp in ("CP1", "CP2", "CP9"):
        qs = questions.questionnement(cp)
        assert len(qs) >= 5, cp
        assert any(q["criteres"] for q in qs)
        assert all(questions.intitule_theme(q) for q in qs)
        couverts = {c for q in qs for c in q["criteres"]}
        officiels = {c.id for c in referentiel.competences() if c.id == cp for c in c.criteres}
        assert couverts == officiels, f"{cp}: every criterion is worked on by a question"
    assert len(banque["entretien_final"]) >= 5
    assert "non officielles" in banque["source"]


@pytest.mark.parametrize(
    "defaut,message",
    [
        (lambda b: b["questionnement"][0].update(criteres=["CP7.1"]), "hors de la CP1"),
        (lambda b: b["questionnement"][0].update(criteres=["CP1.99"]), "inconnu"),
        (lambda b: b["questionnement"][1].update(id=b["questionnement"][0]["id"]), "double"),
        (lambda b: b["questionnement"][0].update(theme=12), "thème"),
        (lambda b: b["entretien_final"][0].update(bonne_reponse_contient=["un"]), "deux"),
        (lambda b: b.update(entretien_final=[]), "non vide"),
    ],
)
def test_question_bank_refuses_malformed_questions(defaut, message):
    banque = json.loads(json.dumps(questions.charger()))
    defaut(banque)
    with pytest.raises(questions.BanqueInvalide, match=message):
        questions.valider(banque)


# -- widgets ---------------------------------------------------------------------------------
def test_deposit_keeps_the_findings_of_the_last_readable_file():
    from autograder.widgets.production import VerificateurProduction

    v = VerificateurProduction()
    v.document.recevoir(bon_docx(), "production.docx")
    assert "vérifié" in v.document.statut.value and "Première partie" in v.document.constats.value
    avant = v.document.constats.value
    v.document.recevoir(b"%PDF-1.4", "production.pdf")
    assert "role='alert'" in v.document.statut.value and "production.pdf" in v.document.statut.value
    assert "restent affichés" in v.document.statut.value and v.document.constats.value == avant
    v.diaporama.recevoir(squelette_pptx(12), "diapo.pptx")
    assert "12 diapositives comptées" in v.diaporama.constats.value
    assert v.document.constats.value == avant  # the other deposit is untouched


def test_rehearsal_clocks_and_saved_notes(tmp_path):
    from autograder.widgets.production import RepetitionProduction

    rep = RepetitionProduction(tmp_path)
    durees = [rep.chrono(p).secondes for p in ("presentation", "questions", "entretien_final")]
    assert durees == [1800, 1800, 600]
    jury = rep.questions_jury("CP1")
    jury.children[0].children[1].value = "Des alertes Google et la revue du secteur."
    relu = RepetitionProduction(tmp_path).reponses.valeur("jury_CP1")
    assert relu["q1"]["notes"].startswith("Des alertes")
    assert rep.questions_entretien_final().children
    assert re.search(r"Première partie, thème \d+", jury.children[0].children[0].value)

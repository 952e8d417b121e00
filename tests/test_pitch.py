"""The elevator pitch: word count → speaking time, structure checks, and the pitch exercise of
CP5 (custom format: reading, scoring, widget, bad input)."""

import pytest

from autograder.metier import pitch
from autograder.moteur import banque
from autograder.moteur.formats import ReponseInvalide
from autograder.moteur.seance import Seance
from autograder.widgets.exercice import creer_widget

MODULE = banque.charger_exercice("cp5_image", "pitch")
INTERLOCUTEURS = list(pitch.VOCABULAIRE)


def test_word_count_and_speaking_time():
    assert pitch.compter_mots("L'installation de 15 000 pompes, aujourd'hui !") == 6
    assert pitch.compter_mots("") == 0 and pitch.compter_mots(None) == 0
    assert pitch.duree_secondes(150) == 60
    assert pitch.duree_secondes(75) == 30
    assert pitch.mots_pour(120) == 300
    assert pitch.fenetre("60s") == (45, 65)


@pytest.mark.parametrize("interlocuteur", INTERLOCUTEURS)
@pytest.mark.parametrize("format_", list(pitch.FORMATS))
def test_model_pitch_passes_every_check(interlocuteur, format_):
    p = {"interlocuteur": interlocuteur, "format": format_, "situation": "salon"}
    parties = MODULE.solution(p)
    analyse = pitch.analyser(parties, interlocuteur, format_)
    assert analyse.score == 1, [c for c in analyse.controles if not c.ok]
    bas, haut = pitch.fenetre(format_)
    assert bas <= analyse.duree <= haut


def _controle(analyse, debut):
    return next(c for c in analyse.controles if c.libelle.startswith(debut))


def test_checks_explain_what_is_wrong():
    bon = MODULE.solution({"interlocuteur": "acheteur", "format": "30s", "situation": "salon"})
    trop_long = dict(bon, solution=bon["solution"] + " Et encore des détails." * 20)
    a = pitch.analyser(trop_long, "acheteur", "30s")
    duree = _controle(a, "Durée")
    assert not duree.ok and "retirez au moins" in duree.conseil
    # Said to the wrong person: an utilisateur pitch lacks the buyer's words.
    autre = MODULE.solution({"interlocuteur": "utilisateur", "format": "30s", "situation": "salon"})
    cible = _controle(pitch.analyser(autre, "acheteur", "30s"), "Adapté")
    assert not cible.ok and "prix" in cible.conseil
    sans_preuve = dict(bon, preuve="Nos clients sont contents.")
    assert not _controle(pitch.analyser(sans_preuve, "acheteur", "30s"), "Preuve").ok
    vague = dict(bon, preuve="Nous sommes les meilleurs du marché.", appel="Voilà, merci.")
    a = pitch.analyser(vague, "acheteur", "30s")
    assert not _controle(a, "Preuve").ok and not _controle(a, "Appel").ok


@pytest.mark.parametrize(
    "preuve, motif",
    [
        ("30 % d'énergie en moins sur vos pompes de process.", "relié à un bénéfice"),
        ("12 clients dans l'agroalimentaire nous font confiance.", "« 12 clients »"),
        ("Chez nos clients, les arrêts ont baissé de 40 % en un an.", "« 40 % »"),
        ("Notre certification ISO 50001 atteste une démarche mesurée.", "« ISO 50001 »"),
    ],
)
def test_a_proof_is_a_figure_tied_to_a_benefit(preuve, motif):
    ok, conseil = pitch.preuve_verifiable(preuve)
    assert ok and motif in conseil


@pytest.mark.parametrize(
    "preuve, motif",
    [
        ("Hydralis existe depuis 2004.", "« 2004 » : un nombre seul"),
        ("Livraison prévue le 12/03/2025.", "« 12/03/2025 » : un nombre seul"),
        ("Appelez notre standard au 04 72 10 20 30.", "« 04 72 10 20 30 » : un nombre seul"),
        ("Nous sommes là depuis 20 ans.", "« 20 ans » ne dit pas ce que le client y gagne"),
        ("Nos clients sont contents.", "aucun chiffre"),
    ],
)
def test_a_date_a_phone_number_or_a_bare_figure_is_no_proof(preuve, motif):
    ok, conseil = pitch.preuve_verifiable(preuve)
    assert not ok and motif in conseil and "30 % d'énergie en moins" in conseil


@pytest.mark.parametrize(
    "appel",
    [
        "Je vous propose un essai d'une semaine sur votre ligne.",
        "Pouvons-nous fixer un rendez-vous mardi ?",
        "Je vous envoie la comparaison chiffrée et je vous rappelle jeudi à 10 h.",
    ],
)
def test_a_call_to_action_proposes_a_next_step(appel):
    ok, conseil = pitch.appel_concret(appel)
    assert ok and "prochaine étape concrète" in conseil


@pytest.mark.parametrize(
    "appel, motif",
    [
        ("Vous aussi, vous voulez réduire vos coûts ?", "une question seule n'engage à rien"),
        ("Qu'en pensez-vous ?", "une question seule n'engage à rien"),
        ("Voilà, merci de votre attention.", "aucune prochaine étape"),
    ],
)
def test_a_rhetorical_question_is_no_call_to_action(appel, motif):
    ok, conseil = pitch.appel_concret(appel)
    assert not ok and motif in conseil and "rendez-vous" in conseil


def test_empty_pitch_scores_zero():
    assert pitch.analyser({}, "dirigeant", "60s").score == 0
    assert pitch.analyser("texte", "dirigeant", "60s").score == 0


@pytest.fixture
def seance(tmp_path):
    s = Seance("cp5_image", tmp_path)
    s.changer_identifiant("alice")
    return s


def test_reading_refuses_bad_input_in_french_and_keeps_the_previous_answer(seance):
    ex = seance.exercice("pitch")
    seance.repondre("pitch", ex.solution())
    avant = seance.reponses.valeur("pitch")
    for brute, motif in [
        ({}, "Pitch vide"),
        ({"accroche": "   "}, "Pitch vide"),
        ("mon pitch", "cinq parties"),
        ({"accroche": 42}, "du texte est attendu"),
        ({"preuve": "x" * (pitch.LONGUEUR_MAX + 1)}, "trop"),
    ]:
        with pytest.raises(ReponseInvalide, match=motif):
            seance.repondre("pitch", brute)
    assert seance.reponses.valeur("pitch") == avant
    assert ex.lire(avant) == avant  # the stored form reads back


def test_partial_pitch_gets_partial_credit_and_feedback(seance):
    ex = seance.exercice("pitch")
    verdict = seance.repondre("pitch", {"accroche": "Bonjour, je suis chez Hydralis."})
    assert 0 < verdict.score < 1
    assert any(d.startswith("❌") for d in verdict.details)
    assert seance.noter("pitch") == pytest.approx(round(verdict.score * ex.points, 2))


def test_widget_is_labelled_saves_on_change_and_restores(tmp_path):
    s = Seance("cp5_image", tmp_path)
    ex = s.exercice("pitch")
    w = creer_widget(s, ex)
    boite = w.saisie
    assert set(boite.zones) == {cle for cle, _, _ in pitch.PARTIES}
    assert all(z.description.strip() for z in boite.zones.values())
    assert boite.chrono.description == "Chronomètre"
    sol = ex.solution()
    for cle, zone in boite.zones.items():
        zone.value = sol[cle]
    assert "9 sur 9" in boite.panneau.value
    assert s.reponses.valeur("pitch") == ex.lire(sol)  # saved at once, without « Vérifier »
    w.verifier()
    assert "✅" in w.retour.value
    # The rehearsal timer changes nothing to the grade.
    boite.chrono.value = pitch.FORMATS[s.exercice("pitch").params["format"]][0]
    assert s.noter("pitch") is None
    s2 = Seance("cp5_image", tmp_path)
    w2 = creer_widget(s2, s2.exercice("pitch"))
    assert {c: z.value for c, z in w2.saisie.zones.items()} == ex.lire(sol)
    assert "reprise" in w2.retour.value


def test_lesson_builder_saves_nothing():
    from autograder.widgets.pitch import constructeur

    boite = constructeur("technicien", "30s")
    boite.zones["accroche"].value = "Combien de pannes cette année ?"
    assert "mots" in boite.panneau.value

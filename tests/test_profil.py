"""Your own profile and post against the charter (CP5.2): each automatic check passes on a
profile that respects it and fails, with what to fix, on one that does not."""

import random

import pytest

from autograder.metier import profil

SITUATION = {
    "secteurs": ["chimie", "eau potable"],
    "sujet": "salon",
    "client": "Marnier Industries",
    "montant": 48000,
}


def _juste():
    return {
        "titre": "Négociateur technico-commercial chez Hydralis · pompes industrielles",
        "resume": (
            "J'accompagne les industriels de la chimie et de l'eau potable dans le choix, la mise "
            "en service et la maintenance de leurs pompes. Je pars de vos contraintes de "
            "production et d'énergie pour vous proposer la solution juste ; nos techniciens "
            "interviennent sous quarante-huit heures dans toute la région."
        ),
        "publication": (
            "Hydralis expose au salon professionnel de l'eau, stand B12 : nous y présentons la "
            "nouvelle pompe doseuse, qui dose juste et consomme moins de réactifs. Nos clients "
            "nous disent attendre moins d'arrêts et moins d'énergie consommée : venez voir ce "
            "que cela donne sur une vraie ligne. Venez nous voir au stand, ou écrivez-moi pour "
            "réserver un créneau.\n\n#pompes #eau"
        ),
    }


SANS_SUJET = (
    "Hydralis présente sa nouvelle pompe doseuse, qui dose juste et consomme moins de réactifs. "
    "Nos clients nous disent attendre moins d'arrêts de production et moins d'énergie consommée "
    "sur leurs lignes. Une démonstration sur une vraie ligne dit plus qu'une fiche technique. "
    "Écrivez-moi pour réserver un créneau de démonstration dans votre usine. #pompes"
)
SANS_APPEL = (
    "Hydralis expose au salon professionnel de l'eau, stand B12 : nous y présentons la nouvelle "
    "pompe doseuse, qui dose juste et consomme moins de réactifs. Nos clients nous disent "
    "attendre moins d'arrêts de production et moins d'énergie consommée sur leurs lignes. Une "
    "démonstration dit plus qu'une fiche technique. Qu'en pensez-vous ? #pompes"
)


def _rates(profil_):
    return [c for c in profil.controler(profil_, SITUATION) if not c.ok]


def test_a_profile_that_respects_the_charter_passes_every_check():
    controles = profil.controler(_juste(), SITUATION)
    assert len(controles) == profil.NB_CONTROLES
    assert not _rates(_juste()), [c.conseil for c in _rates(_juste())]
    assert profil.score(controles) == 1


@pytest.mark.parametrize(
    ("cle", "avant", "apres", "libelle"),
    [
        ("titre", None, "x" * 130 + " technico-commercial Hydralis pompes", "Titre : longueur"),
        ("titre", None, "", "Titre : longueur"),
        ("titre", "technico-commercial", "commercial", "poste et entreprise"),
        ("titre", "chez Hydralis", "", "poste et entreprise"),
        ("titre", "pompes industrielles", "solutions", "domaine"),
        ("titre", "Négociateur", "Directeur commercial et négociateur", "gonflé"),
        ("resume", None, "Commercial chez Hydralis.", "Résumé : longueur"),
        ("resume", "la chimie et de l'eau potable", "l'industrie", "clients que vous servez"),
        ("publication", None, "Venez au stand ! #pompes", "Publication : longueur"),
        ("publication", None, SANS_SUJET, "sujet"),
        ("publication", None, SANS_APPEL, "appel à l'action"),
        ("publication", "#pompes #eau", "", "mots-dièse"),
        ("publication", "#pompes #eau", "#a #b #c #d #e #f", "mots-dièse"),
        ("publication", "Nos clients", "Marnier Industries et nos clients", "Confidentialité"),
        ("publication", "Nos clients", "Pour 48 000 €, nos clients", "Confidentialité"),
        ("publication", "Nos clients", "Contrat de 48000 : nos clients", "Confidentialité"),
        ("publication", "Nos clients", "Avec une remise, nos clients", "Confidentialité"),
        ("resume", "Je pars", "Appelez le 06 12 34 56 78. Je pars", "Données personnelles"),
        ("resume", "Je pars", "Écrivez à paul.martin@gmail.com. Je pars", "Données personnelles"),
        ("publication", "la nouvelle pompe", "la meilleure pompe", "Affirmations vérifiables"),
        ("publication", "sur une vraie ligne.", "sur une vraie ligne !!!", "Affirmations vérifiables"),
    ],
)  # fmt: skip
def test_each_check_fails_with_what_to_fix(cle, avant, apres, libelle):
    p = _juste()
    p[cle] = apres if avant is None else p[cle].replace(avant, apres)
    assert p != _juste()
    rates = _rates(p)
    noms = [c.libelle.replace("\u00a0", " ").lower() for c in rates]
    assert any(libelle.replace("\u00a0", " ").lower() in n for n in noms), noms
    assert all(c.conseil for c in rates)
    assert profil.score(profil.controler(p, SITUATION)) < 1


@pytest.mark.parametrize(
    ("titre", "gonfle"),
    [
        ("Directeur commercial · pompes industrielles · Hydralis", ["directeur"]),
        ("Technico-commercial Hydralis, sales manager pompes", ["manager"]),
        ("Key account manager chez Hydralis", ["manager"]),
        ("Technico-commercial Hydralis · pompes, aux côtés des directeurs d'usine", []),
        ("Technico-commercial Hydralis · pompes pour le directeur de maintenance", []),
        ("Technico-commercial Hydralis · j'accompagne les head of operations", []),
        ("Technico-commercial Hydralis · pompes industrielles", []),
    ],
)
def test_a_role_claimed_is_inflated_a_role_served_is_not(titre, gonfle):
    assert profil.titres_gonfles(titre) == gonfle


def test_a_red_line_caps_the_score_at_half():
    p = _juste()
    p["publication"] = p["publication"].replace("Nos clients", "Marnier Industries et nos clients")
    controles = profil.controler(p, SITUATION)
    assert sum(c.ok for c in controles) == profil.NB_CONTROLES - 1
    assert profil.score(controles) == profil.PLAFOND_BLOQUANT


def test_professional_address_and_percentages_are_allowed():
    p = _juste()
    p["resume"] += " Écrivez-moi à prenom.nom@hydralis.fr ; 40 % d'énergie en moins."
    assert not _rates(p)


def test_incomplete_profile_is_kept_and_refusals_are_french():
    assert profil.lire({"titre": " Mon titre "}) == {
        "titre": "Mon titre",
        "resume": "",
        "publication": "",
    }
    for brute, message in [
        ("texte", "Réponse attendue"),
        ({}, "Profil vide"),
        ({"titre": 3}, "du texte"),
        ({"resume": "x" * (profil.LONGUEUR_MAX + 1)}, "précédente est conservée"),
    ]:
        with pytest.raises(profil.ProfilInvalide, match=message):
            profil.lire(brute)
    with pytest.raises(KeyError):  # a tampered stored answer is not scored
        profil.controler({"titre": "x"}, SITUATION)


def test_situations_are_drawn_from_the_charter_data():
    vus = {profil.situation(random.Random(i))["sujet"] for i in range(40)}
    assert vus == {s["id"] for s in profil.consignes()["sujets"]}
    s = profil.situation(random.Random(1))
    assert s["client"] in profil.consigne_sujet(s)  # the temptation is in the statement


def test_preview_and_form_status():
    from autograder.widgets.profil import etat, formulaire

    html = profil.apercu(_juste() | {"resume": "<script>x</script>"})
    assert "&lt;script&gt;" in html and "<b>#pompes</b>" in html
    recu = []
    boite = formulaire({"titre": "Mon titre"}, recu.append)
    assert boite.zones["titre"].value == "Mon titre"
    assert "Encore vide" in boite.panneau.value
    boite.zones["publication"].value = "Texte #un #deux"
    assert recu[-1]["publication"] == "Texte #un #deux" and "2 mots-dièse" in boite.panneau.value
    assert "Encore vide" not in etat(_juste())


def test_the_notebook_preview_follows_the_saved_answer(tmp_path):
    from autograder.widgets.seance import SeanceNotebook

    s = SeanceNotebook("cp5_image", tmp_path)
    assert "Pas encore de réponse" in s._apercu_html("profil_publication")
    ex = s.exercice("profil_publication")
    s.repondre("profil_publication", ex.solution())
    assert "Votre publication" in s._apercu_html("profil_publication")
    s.reponses.enregistrer("profil_publication", [1, 2])  # tampered
    assert "illisible" in s._apercu_html("profil_publication")

"""The negotiation to an order form: the case drawn from an exam context, the typed-line rules, the
replay (a forged transcript or an edited order form claims nothing), the order form and the widget."""

from __future__ import annotations

import copy

import pytest

from autograder.metier.commande import bon as bc
from autograder.metier.commande import note, regles, rejeu
from autograder.metier.commande.cas import MAX_PROPOSITIONS, construire
from autograder.metier.examen import contextes


def _cas(ident="fournitures_industrielles", graine=7):
    return copy.deepcopy(construire(contextes.contexte(ident), graine))


def _jusqu_aux_offres(cas):
    meilleur = note.meilleur_parcours(cas)
    k = next(i for i, e in enumerate(meilleur) if isinstance(e, dict) and "proposition" in e)
    return meilleur[:k], meilleur[k:]


def _offre(cas, **champs):
    p = {"remise": 0, "paiement": cas["paiement_depart"], "geste": False, "contrepartie": ""}
    return {"proposition": {**p, **champs}}


@pytest.mark.parametrize("ident", sorted(contextes.contextes()))
@pytest.mark.parametrize("graine", [1, 7, 2024])
def test_best_path_signs_the_order_for_full_marks_and_worst_earns_nothing(ident, graine):
    cas = _cas(ident, graine)
    r = rejeu.rejouer(cas, note.meilleur_parcours(cas))
    assert r.issue == "commande" and r.fini and not r.erreur and r.impayees == 0
    assert note.noter(cas, {"etapes": note.meilleur_parcours(cas)})[0] == 1.0
    assert note.noter(cas, {"etapes": note.pire_parcours(cas)})[0] == 0.0


def test_the_case_is_the_learners_own_and_hides_the_buyers_limits():
    a, b = _cas(graine=1), _cas(graine=2)
    assert _cas(graine=1) == a and a != b
    assert a["catalogue_ht"] > a["budget_ht"]  # the buyer has something to ask for
    assert a["acheteur"]["remise_demandee"] > a["delegation"] >= a["acheteur"]["remise_besoin"]
    assert any(not o["legal"] for o in a["paiements"])  # the temptation is there
    assert any(not d["acceptee"] for d in a["contreparties"].values())


def test_a_forged_transcript_cannot_claim_an_order():
    cas = _cas()
    meilleur = note.meilleur_parcours(cas)
    # only the last move kept: « signer » is no answer at the opening
    score, _, details = note.noter(cas, {"etapes": [meilleur[-1]]})
    assert score == 0 and "n'est pas une réponse possible" in details[-2]
    # an offer where a typed line was expected: refused in French, the rest not counted
    avant, offres = _jusqu_aux_offres(cas)
    r = rejeu.rejouer(cas, [avant[0], offres[0]])
    assert r.erreur.startswith("Étape n° 2") and "phrase à taper" in r.erreur and r.issue == ""
    # anything else where a move was expected: no crash
    for bizarre in (42, None, ["a"], {"proposition": {"remise": "beaucoup"}}, {"rdv": 1}):
        r = rejeu.rejouer(cas, [*avant, bizarre])
        assert r.erreur.startswith(f"Étape n° {len(avant) + 1}") and not r.accord
    # a move after the end
    r = rejeu.rejouer(cas, [*meilleur, "signer"])
    assert "déjà terminée" in r.erreur and r.issue == "commande"


def test_an_order_form_with_terms_the_buyer_never_accepted_is_flagged_and_ignored():
    cas = _cas()
    etapes = note.meilleur_parcours(cas)
    juste = note.noter(cas, {"etapes": etapes})
    vrai = bc.bon(cas, rejeu.rejouer(cas, etapes).etat)
    faux = {**vrai, "remise": vrai["remise"] + 8, "paiement": "90 jours date de facture"}
    score, message, details = note.noter(cas, {"etapes": etapes, "bon": faux})
    assert (score, message) == juste[:2]  # the claim changes nothing
    alerte = next(d for d in details if "Bon de commande modifié" in d)
    assert f"{vrai['remise'] + 8} % n'a jamais été accepté" in alerte
    assert "90 jours date de facture n'a jamais été accepté" in alerte
    # an order claimed where none was signed
    avant, _ = _jusqu_aux_offres(cas)
    details = note.noter(cas, {"etapes": avant, "bon": vrai})[2]
    assert any("aucune commande n'a été signée" in d for d in details)
    assert note.noter(cas, {"etapes": etapes, "bon": vrai})[2] == juste[2]  # the true one: silent


def test_an_unlawful_payment_term_is_refused_and_never_reaches_the_order():
    cas = _cas()
    avant, offres = _jusqu_aux_offres(cas)
    illegal = next(o for o in cas["paiements"] if not o["legal"])
    tentative = _offre(cas, paiement=illegal["id"], contrepartie="acompte")
    r = rejeu.rejouer(cas, [*avant, tentative, *offres])
    assert r.illegales == 1 and r.etapes[len(avant)].points == 0
    assert "L441-10" in r.etapes[len(avant)].retour and "à vérifier" in r.etapes[len(avant)].retour
    assert r.etat.paiement != illegal["id"]
    parts = dict((lib, p) for lib, p, _ in note.accord_final(cas, r))
    assert parts["Conditions légales"] == 0


def test_a_concession_without_counterpart_is_pocketed_and_costs_points():
    cas = _cas()
    avant, offres = _jusqu_aux_offres(cas)
    cadeau = _offre(cas, remise=3)
    r = rejeu.rejouer(cas, [*avant, cadeau])
    assert r.etat.remise == 3 and r.impayees == 1 and "sans contrepartie" in r.etapes[-1].retour
    refusee = next(c for c, d in cas["contreparties"].items() if not d["acceptee"])
    r = rejeu.rejouer(cas, [*avant, _offre(cas, remise=3, contrepartie=refusee)])
    assert r.etat.remise == 0 and r.impayees == 0 and "refusée" in r.etapes[-1].retour


def test_holding_the_offer_ends_on_a_closing_appointment_that_must_be_possible():
    cas = _cas()
    avant, _ = _jusqu_aux_offres(cas)
    tenir = [_offre(cas)] * MAX_PROPOSITIONS
    r = rejeu.rejouer(cas, [*avant, *tenir])
    assert r.phase == "rdv" and not r.accord
    decideur = cas["client"]["decideur"]
    samedi = {"rdv": {"creneau": "c2", "lieu": 0, "participants": [decideur]}}
    r = rejeu.rejouer(cas, [*avant, *tenir, samedi])
    assert r.fini and r.issue == "" and "week-end" in r.etapes[-1].retour
    trop_tard = {"rdv": {"creneau": "c3", "lieu": 0, "participants": [decideur]}}
    assert "plus valable" in rejeu.rejouer(cas, [*avant, *tenir, trop_tard]).etapes[-1].retour
    bon = {"rdv": {"creneau": "c1", "lieu": 0, "participants": [decideur]}}
    r = rejeu.rejouer(cas, [*avant, *tenir, bon])
    assert r.issue == "rdv"
    assert any(
        "Rendez-vous de conclusion fixé" in d
        for d in note.noter(cas, {"etapes": [*avant, *tenir, bon]})[2]
    )


def test_an_abandoned_negotiation_keeps_what_was_played():
    cas = _cas()
    avant, offres = _jusqu_aux_offres(cas)
    score, message, details = note.noter(cas, {"etapes": [*avant, offres[0]]})
    assert 0 < score < 1 and message.startswith("10 points")
    assert any("interrompue" in d for d in details)


def test_the_order_form_follows_the_agreement():
    cas = _cas("logiciel_saas", 7)  # the buyer gives an extra quantity here
    assert cas["contreparties"]["volume"]["acceptee"]
    r = rejeu.rejouer(cas, note.meilleur_parcours(cas))
    assert "volume" in r.etat.obtenues
    t = bc.totaux(cas, r.etat)
    ligne = next(li for li in t["lignes"] if li["id"] == cas["volume"]["ligne"])
    depart = next(li for li in cas["lignes"] if li["id"] == cas["volume"]["ligne"])
    assert ligne["quantite"] == depart["quantite"] + cas["volume"]["ajout"]
    assert t["net_ht"] == pytest.approx(t["brut_ht"] * (1 - r.etat.remise / 100), abs=0.02)
    page = bc.bon_html(cas, r.etat)
    for attendu in (
        cas["numero"],
        "Bon pour accord",
        "à vérifier",
        "40 €",
        "Offre valable jusqu'au",
    ):
        assert attendu in page
    assert f"Remise {r.etat.remise} %" in page


def test_the_order_form_docx_reads_back(tmp_path):
    from docx import Document

    cas = _cas()
    r = rejeu.rejouer(cas, note.meilleur_parcours(cas))
    chemin = tmp_path / "bon.docx"
    bc.bon_docx(cas, r.etat, chemin)
    doc = Document(str(chemin))
    texte = "\n".join(p.text for p in doc.paragraphs)
    assert cas["numero"] in texte and "Bon pour accord" in texte
    assert len(doc.tables[0].rows) == 1 + len(cas["lignes"]) + 4 + (1 if r.etat.remise else 0)


def test_the_price_sandwich_needs_the_exact_total_benefits_and_no_apology():
    cas = _cas()
    total = f"{cas['catalogue_ht']:.2f}".replace(".", ",")
    bon = f"Pour supprimer vos ruptures, notre offre est de {total} € HT, livrée en 24 heures."
    assert regles.prix(cas, bon).points == 2
    excuse = f"Désolé, pour supprimer vos ruptures, c'est {total} € HT, livrée en 24 heures."
    assert regles.prix(cas, excuse).points == 1
    assert regles.prix(cas, "C'est 12 000 € HT.").points == 0


def test_the_time_taken_is_reported_and_a_long_meeting_flagged():
    cas = _cas()
    t = {"etapes": note.meilleur_parcours(cas), "debut": "2027-03-10T10:00:00"}
    court = note.noter(cas, {**t, "fin": "2027-03-10T10:45:00"})
    long = note.noter(cas, {**t, "fin": "2027-03-10T11:10:00"})
    assert court[0] == long[0] == 1.0
    assert "au-delà des 60 minutes" in long[2][-1] and "au-delà" not in court[2][-1]


# -- the widget ----------------------------------------------------------------------------------
def _controles(vue):
    from ipywidgets import Button, Checkbox, Dropdown, RadioButtons, Textarea

    out = {}

    def parcourir(wd):
        if isinstance(wd, Button | RadioButtons | Textarea | Dropdown | Checkbox):
            out.setdefault(wd.description, wd)
        for enfant in getattr(wd, "children", ()):
            parcourir(enfant)

    parcourir(vue)
    return out


def test_widget_plays_to_the_order_form_saves_every_move_and_restores():
    from autograder.widgets.commande import negociation

    cas = _cas()
    enregistre = []
    vue = negociation(cas, None, enregistre.append, 7, examen=True, retours=False)
    c = _controles(vue)
    for k, e in enumerate(note.meilleur_parcours(cas), start=1):
        if isinstance(e, str):
            c["Votre réplique"].value = e
            c["Répondre"].click()
        elif "dit" in e:
            c["Votre phrase"].value = e["dit"]
            c["Dire"].click()
        else:
            p = e["proposition"]
            c["Remise"].value, c["Délai de paiement"].value = p["remise"], p["paiement"]
            c[next(d for d in c if d.startswith("Offrir"))].value = p["geste"]
            c["Contrepartie demandée en échange"].value = p["contrepartie"]
            c["Proposer"].click()
        assert len(enregistre[-1]["etapes"]) == k
        assert set(enregistre[-1]) <= {"etapes", "debut", "fin", note.CLE_CHRONO}  # moves only
    assert note.noter(cas, enregistre[-1])[0] == 1.0
    assert enregistre[-1][note.CLE_CHRONO]["debut"] == enregistre[-1]["debut"]
    assert "Bon de commande n°" in vue.children[-4].value
    vue2 = negociation(cas, enregistre[-1], enregistre.append, 7, examen=True, retours=False)
    assert vue2.etapes == enregistre[-1]["etapes"]
    assert "(2 points)" not in vue2.children[1].value  # evaluation mode: no feedback
    _controles(vue2)["Recommencer l'entretien"].click()
    assert enregistre[-1]["etapes"] == []


def test_the_written_proposal_can_be_the_starting_offer(tmp_path):
    from autograder.metier.commande.cas import PropositionInvalide, lignes_proposees
    from autograder.metier.examen.proposition_exemple import exemple_proposition
    from autograder.widgets.commande import entrainement, lignes_du_devis

    contexte = contextes.contexte("fournitures_industrielles")
    lues = lignes_du_devis(exemple_proposition(contexte), contexte)
    cas = construire(contexte, 7, lignes_proposees(contexte, lues))
    assert [li["id"] for li in cas["lignes"]] == [li["id"] for li in lues]
    assert cas["catalogue_ht"] == pytest.approx(sum(li["quantite"] * li["prix_ht"] for li in lues))
    assert note.noter(cas, {"etapes": note.meilleur_parcours(cas)})[0] == 1.0
    with pytest.raises(PropositionInvalide, match="quantité entière"):
        lignes_proposees(contexte, [{"id": "inconnu", "quantite": 2, "prix_ht": 10}])
    with pytest.raises(PropositionInvalide, match="PDF"):
        lignes_du_devis(b"%PDF-1.4", contexte, "proposition.pdf")
    fichier = tmp_path / "proposition.docx"
    fichier.write_bytes(exemple_proposition(contexte))
    assert "votre proposition écrite" in entrainement(contexte, 7, fichier).children[-1].value
    assert "introuvable" in entrainement(contexte, 7, tmp_path / "absente.docx").children[-1].value


def test_the_agreement_restated_must_name_every_counterpart():
    cas = _cas()
    r = rejeu.rejouer(cas, note.meilleur_parcours(cas)[:-2])
    assert r.phase == "accord"
    phrase = note.phrases_solution(cas, r.etat)["accord"]
    assert (
        regles.accord(
            cas, phrase, bc.totaux(cas, r.etat)["net_ht"], r.etat.remise, 45, r.etat.obtenues
        ).points
        == 2
    )
    oubli = phrase.replace("acompte", "effort")
    ctrl = regles.accord(
        cas, oubli, bc.totaux(cas, r.etat)["net_ht"], r.etat.remise, 45, r.etat.obtenues
    )
    assert ctrl.points == 1 and "❌ votre contrepartie" in ctrl.retour


@pytest.mark.parametrize(
    "ident, alerte",
    [("distribution_restauration", "denrées"), ("logistique", "transport"), ("logiciel_saas", "")],
)
def test_a_sector_with_a_shorter_legal_cap_is_flagged_a_verifier(ident, alerte):
    cas = _cas(ident)
    r = rejeu.rejouer(cas, note.meilleur_parcours(cas))
    page = bc.bon_html(cas, r.etat)
    if alerte:
        assert (
            alerte in page and "L441-11 du Code de commerce)" in page and "délai à vérifier" in page
        )
    else:
        assert "délai à vérifier" not in page

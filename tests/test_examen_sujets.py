"""The bank of written-exam subjects (issue #17 §1): schema, generated figures, dossier, durations."""

import copy
import json
import re
from pathlib import Path

import pandas as pd
import pytest

from autograder.metier.examen import chiffres, contextes, dossier, tailles
from autograder.moteur import referentiel
from autograder.moteur.nombres import euros, nombre

RACINE = Path(__file__).resolve().parents[1]
NBSP = "\u00a0"
TOUS = contextes.contextes()
GRAINES = (0, 1, 7, 2026)


def _n(texte: str) -> str:
    """Non-breaking spaces as plain ones, to compare messages."""
    return texte.replace(NBSP, " ").replace("\u202f", " ")


def _erreurs(modifier, ident="fournitures_industrielles") -> str:
    """The French message for a modified copy of a context."""
    c = copy.deepcopy(TOUS[ident])
    modifier(c)
    with pytest.raises(contextes.ErreurContexte) as exc:
        contextes.valider_contexte(c, f"contextes/{ident}.json")
    return str(exc.value)


# -- the bank passes its schema -------------------------------------------------------------------


def test_au_moins_douze_contextes_de_secteurs_varies():
    assert len(TOUS) >= 12
    assert len({c["secteur"] for c in TOUS.values()}) >= 12
    for ident, c in TOUS.items():
        assert c["id"] == ident
        assert 3 <= len(c["offre"]) <= 6 and 3 <= len(c["commerciaux"]) <= 6
        assert 12 <= c["periode"]["mois"] <= 24


def test_sujets_valides():
    sujets = contextes.sujets()
    assert len(sujets) >= 6
    for s in sujets:
        a, b = (TOUS[i] for i in s["contextes"])
        assert a["secteur"] != b["secteur"]


def test_noms_fictifs_distincts():
    noms = [c["entreprise"]["nom"] for c in TOUS.values()]
    noms += [c["prospect"]["entreprise"] for c in TOUS.values()]
    assert len(noms) == len(set(noms))


# -- every schema rule can fail, with a French message naming file and field ----------------------

REGLES = [
    (
        lambda c: c["offre"][2].__setitem__("prix_ht", "douze"),
        f'contextes/fournitures_industrielles.json, offre[2].prix_ht{NBSP}: nombre attendu, trouvé "douze"',
    ),
    (
        lambda c: c["offre"][1].__setitem__("cout_ht", 500.0),
        "offre[1].prix_ht : le prix HT (96) doit dépasser le coût (500)",
    ),
    (
        lambda c: c["periode"].__setitem__("mois", 30),
        "periode.mois : valeur au plus 24 attendue, trouvé 30",
    ),
    (
        lambda c: c["periode"].__setitem__("mois", 6),
        "periode.mois : valeur au moins 12 attendue, trouvé 6",
    ),
    (
        lambda c: c["periode"].__setitem__("debut", "janvier 2025"),
        'periode.debut : mois attendu au format AAAA-MM, trouvé "janvier 2025"',
    ),
    (
        lambda c: c.__setitem__("commerciaux", c["commerciaux"][:2]),
        "commerciaux : de 3 à 6 éléments attendus, trouvé 2",
    ),
    (
        lambda c: c["offre"][1].__setitem__("id", "visserie"),
        "offre[1].id : identifiant « visserie » en double",
    ),
    (
        lambda c: c["entreprise"].pop("historique"),
        "entreprise.historique : champ obligatoire manquant",
    ),
    (
        lambda c: c["commerciaux"][0].__setitem__("taux_devis", 1.4),
        "commerciaux[0].taux_devis : taux attendu entre 0 (exclu) et 1, trouvé 1.4",
    ),
    (
        lambda c: c["commerciaux"][1].__setitem__("saisonnalite", "hiver"),
        "commerciaux[1].saisonnalite : profil « hiver » inconnu",
    ),
    (
        lambda c: c["saisonnalite"]["industrie"].pop(),
        "saisonnalite.industrie : 12 coefficients attendus",
    ),
    (
        lambda c: c["offre"][0].__setitem__("taux_tva", 0.196),
        "offre[0].taux_tva : une de ces valeurs attendue",
    ),
    (
        lambda c: c["offre"][0].__setitem__("part_commandes", 0.5),
        "offre : la somme des part_commandes doit valoir 1",
    ),
    (
        lambda c: c["prospect"]["centre_achat"][4].__setitem__("role", "décideur"),
        "prospect.centre_achat : aucun membre n'a le rôle « filtre »",
    ),
    (
        lambda c: c["concurrents"][0].__setitem__("produit", "perceuse"),
        "concurrents[0].produit : produit « perceuse » absent de l'offre",
    ),
    (
        lambda c: c["conditions"]["paiement"].__setitem__("jours", 50),
        "conditions.paiement.jours : 50 jours dépasse le plafond légal de 45 jours",
    ),
    (
        lambda c: c["conditions"]["paiement"].update(mode="date_facture", jours=75),
        "plafond légal de 60 jours en mode « date_facture » (art. L441-10 du Code de commerce)",
    ),
    (
        lambda c: [r.__setitem__("tendance_annuelle", 0.08) for r in c["commerciaux"]],
        "commerciaux : au moins un commercial doit être nettement sous l'objectif",
    ),
    (
        lambda c: c["commerciaux"][0].__setitem__("ca_mensuel_base", 1000),
        "commerciaux[0].ca_mensuel_base : …commandes par mois au panier moyen de …; de 3 à 60 attendues",
    ),
    (
        lambda c: c["commerciaux"][0].update(taux_devis=0.2, taux_vente=0.2),
        "commerciaux[0].taux_vente : …rendez-vous par mois pour …commandes ; au plus 80",
    ),
    (
        lambda c: c["entreprise"].__setitem__("chiffre_affaires_annuel_ht", 20000),
        "entreprise.chiffre_affaires_annuel_ht : inférieur au chiffre d'affaires des commerciaux",
    ),
    (
        lambda c: c["entreprise"].__setitem__("effectif", 12.5),
        "entreprise.effectif : nombre entier attendu, trouvé 12.5",
    ),
    (lambda c: c.__setitem__("offre", {}), "offre : liste attendue, trouvé {}"),
    (lambda c: c.__setitem__("secteur", "  "), 'secteur : texte non vide attendu, trouvé "  "'),
    (
        lambda c: c["offre"][0].__setitem__("id", "Visserie Inox"),
        'offre[0].id : identifiant attendu (minuscules, chiffres, « _ »), trouvé "Visserie Inox"',
    ),
    (
        lambda c: c["saisonnalite"].__setitem__("industrie", [1.2] * 12),
        "saisonnalite.industrie : la moyenne des 12 coefficients doit valoir 1, trouvé 1,200",
    ),
    (
        lambda c: c["saisonnalite"].__setitem__("industrie", [1.0] * 12),
        "saisonnalite : au moins un profil doit avoir un mois creux",
    ),
    (
        lambda c: c["commerciaux"][1].update(prenom="Nadia", nom="Berthet"),
        "commerciaux[1].nom : commercial « Nadia Berthet » en double",
    ),
    (
        lambda c: [r.__setitem__("tendance_annuelle", 0.0) for r in c["commerciaux"]],
        "commerciaux : au moins un commercial doit être nettement au-dessus de l'objectif",
    ),
    (lambda c: c.clear(), "id : champ obligatoire manquant"),
]


@pytest.mark.parametrize("modifier,attendu", REGLES, ids=[m for _, m in REGLES])
def test_chaque_regle_peut_echouer(modifier, attendu):
    message = _erreurs(modifier)
    assert message.startswith("contextes/fournitures_industrielles.json, "), message
    # « … » stands for a number computed from the context
    motif = ".*?".join(re.escape(partie) for partie in _n(attendu).split("…"))
    assert re.search(motif, _n(message)), message


def test_toutes_les_erreurs_sont_listees():
    def deux_fautes(c):
        c["offre"][0]["prix_ht"] = "douze"
        c["prospect"].pop("budget")

    message = _erreurs(deux_fautes)
    assert "offre[0].prix_ht" in message and "prospect.budget" in message
    with pytest.raises(contextes.ErreurContexte) as exc:
        contextes.valider_contexte([], "contextes/vide.json")
    assert _n(str(exc.value)) == "contextes/vide.json : objet attendu, trouvé []"


def test_fichier_illisible_ou_mal_nomme(tmp_path):
    (tmp_path / "casse.json").write_text("{ pas du json", encoding="utf-8")
    with pytest.raises(contextes.ErreurContexte, match=r"contextes/casse\.json.*JSON illisible"):
        contextes.lire_contexte(tmp_path / "casse.json")
    autre = tmp_path / "autre.json"
    autre.write_text(json.dumps(TOUS["logistique"]), encoding="utf-8")
    with pytest.raises(contextes.ErreurContexte, match=r"contextes/autre\.json, id"):
        contextes.lire_contexte(autre)
    with pytest.raises(contextes.ErreurContexte, match="contexte inconnu"):
        contextes.contexte("boulangerie")


SUJETS_FAUX = [
    (
        {"sujets": [{"id": "s1", "titre": "A", "contextes": ["logistique", "cirque"]}]},
        "sujets[0].contextes[1] : contexte « cirque » inconnu",
    ),
    (
        {"sujets": [{"id": "s1", "titre": "A", "contextes": ["logistique"]}]},
        "sujets[0].contextes : 2 éléments attendus, trouvé 1",
    ),
    (
        {
            "sujets": [
                {"id": "s1", "titre": "A", "contextes": ["logistique", "logiciel_saas"]},
                {"id": "s1", "titre": "B", "contextes": ["logiciel_saas", "logistique"]},
            ]
        },
        "sujets[1].id : identifiant « s1 » en double",
    ),
    (
        {"sujets": [{"id": "s1", "titre": "A", "contextes": ["logistique", "logistique"]}]},
        "sujets[0].contextes : les deux contextes sont du même secteur",
    ),
    (
        {
            "sujets": [
                {"id": "s1", "titre": "A", "contextes": ["logistique", "logiciel_saas"]},
                {"id": "s2", "titre": "B", "contextes": ["logiciel_saas", "logistique"]},
            ]
        },
        "sujets[1].contextes : paire (logiciel_saas, logistique) en double",
    ),
    ([], "sujets.json : objet attendu, trouvé []"),
    (
        {"sujets": [{"id": "s1", "contextes": ["logistique", "logiciel_saas"]}]},
        "sujets[0].titre : champ obligatoire manquant",
    ),
]


@pytest.mark.parametrize("donnees,attendu", SUJETS_FAUX, ids=[m for _, m in SUJETS_FAUX])
def test_regles_des_sujets(donnees, attendu):
    with pytest.raises(contextes.ErreurContexte) as exc:
        contextes.valider_sujets(donnees, TOUS)
    message = _n(str(exc.value))
    assert message.startswith("sujets.json"), message
    assert attendu in message, message


# -- the generated figures ------------------------------------------------------------------------


def test_meme_graine_memes_chiffres_autre_graine_autres_chiffres():
    c = TOUS["logiciel_saas"]
    a, b, autre = chiffres.generer(c, 5), chiffres.generer(c, 5), chiffres.generer(c, 6)
    pd.testing.assert_frame_equal(a.ventes, b.ventes)
    pd.testing.assert_frame_equal(a.produits, b.produits)
    assert not a.ventes.equals(autre.ventes)
    assert a.ventes["ca_ht"].sum() != autre.ventes["ca_ht"].sum()


@pytest.mark.parametrize("ident", sorted(TOUS))
def test_contrat_et_coherence(ident):
    c = TOUS[ident]
    prix = {o["id"]: o["prix_ht"] for o in c["offre"]}
    couts = {o["id"]: o["cout_ht"] for o in c["offre"]}
    for graine in GRAINES:
        cas = chiffres.generer(c, graine)
        v = cas.ventes
        assert tuple(v.columns) == chiffres.COLONNES
        assert len(v) == c["periode"]["mois"] * len(c["commerciaux"])
        mois = sorted(v["mois"].unique())
        assert len(mois) == c["periode"]["mois"] and cas.periode == (mois[0], mois[-1])
        assert all(re.fullmatch(r"20\d\d-(0[1-9]|1[0-2])", m) for m in mois)
        assert cas.periode[0] == c["periode"]["debut"]
        assert v.groupby("mois").size().eq(len(c["commerciaux"])).all()
        for col in ("leads", "rendez_vous", "devis", "ventes", "objectif_ventes"):
            assert pd.api.types.is_integer_dtype(v[col]), col
        for col in ("ca_ht", "objectif_ca_ht", "marge_brute"):
            assert pd.api.types.is_float_dtype(v[col]), col
        assert all(isinstance(x, str) for x in v["commercial"]) and v["region"].notna().all()
        assert (v["leads"] >= v["rendez_vous"]).all() and (v["rendez_vous"] >= v["devis"]).all()
        assert (v["devis"] >= v["ventes"]).all() and (v["ventes"] >= 0).all()
        assert ((v["ventes"] == 0) == (v["ca_ht"] == 0)).all()
        assert (v["marge_brute"] < v["ca_ht"]).where(v["ventes"] > 0, True).all()
        assert (v["objectif_ca_ht"] > 0).all() and (v["objectif_ca_ht"] % 100 == 0).all()
        # ca_ht and marge_brute are the sums of the orders, at the products' prices and costs.
        p = cas.produits
        assert (p["ca_ht"] - p["quantite"] * p["produit"].map(prix)).abs().max() < 0.01
        marge = p["quantite"] * (p["produit"].map(prix) - p["produit"].map(couts))
        assert (p["marge_brute"] - marge).abs().max() < 0.01
        par_ligne = p.groupby(["mois", "commercial"])[["commandes", "ca_ht", "marge_brute"]].sum()
        jointes = v.set_index(["mois", "commercial"]).join(par_ligne, rsuffix="_p").fillna(0)
        assert (jointes["ventes"] == jointes["commandes"]).all()
        assert (jointes["ca_ht"] - jointes["ca_ht_p"]).abs().max() < 0.05
        assert (jointes["marge_brute"] - jointes["marge_brute_p"]).abs().max() < 0.05


@pytest.mark.parametrize("ident", sorted(TOUS))
def test_l_analyse_a_des_constats(ident):
    c = TOUS[ident]
    for graine in GRAINES:
        cas = chiffres.generer(c, graine)
        taux = chiffres.realisation_par_commercial(cas)["taux"]
        assert taux.min() < chiffres.SOUS_OBJECTIF, (graine, taux)
        assert taux.max() > chiffres.SUR_OBJECTIF, (graine, taux)
        # A seasonal dip: some rep's weakest month of the first year is well under their mean.
        premiere_annee = cas.ventes[
            cas.ventes["mois"].isin(sorted(cas.ventes["mois"].unique())[:12])
        ]
        par_rep = premiere_annee.groupby("commercial")["ca_ht"]
        assert (par_rep.min() < 0.8 * par_rep.mean()).any(), graine


def test_objectifs_de_la_deuxieme_annee_tires_de_la_premiere():
    c = TOUS["logiciel_saas"]  # 24 months
    cas = chiffres.generer(c, 3)
    v = cas.ventes.set_index(["mois", "commercial"])
    mois = sorted(cas.ventes["mois"].unique())
    nom = cas.ventes["commercial"].iloc[0]
    hausse = c["objectifs"]["hausse_ca"]
    historique = cas.historique[cas.historique["commercial"] == nom]
    plancher = chiffres.PLANCHER * historique["ca_ht"].mean()
    for i in range(12, 24):
        base = max(v.loc[(mois[i - 12], nom), "ca_ht"], plancher)
        attendu = -(-base * (1 + hausse) // 100) * 100
        assert v.loc[(mois[i], nom), "objectif_ca_ht"] == pytest.approx(attendu)
    premier = max(historique.iloc[0]["ca_ht"], plancher)
    assert v.loc[(mois[0], nom), "objectif_ca_ht"] == pytest.approx(
        -(-premier * (1 + hausse) // 100) * 100
    )


def test_entrees_invalides():
    with pytest.raises(ValueError, match="La graine doit être un entier positif"):
        chiffres.generer(TOUS["logistique"], -1)
    casse = copy.deepcopy(TOUS["logistique"])
    del casse["offre"][0]["prix_ht"]
    with pytest.raises(contextes.ErreurContexte, match=r"contextes/logistique\.json, offre\[0\]"):
        chiffres.generer(casse, 1)
    cas = chiffres.generer(TOUS["logistique"], 1)
    with pytest.raises(ValueError, match="générés pour le contexte «\\s?logistique"):
        dossier.dossier_html(TOUS["logiciel_saas"], cas)


# -- the dossier ----------------------------------------------------------------------------------


def test_dossier_html_sections_et_chiffres():
    c = TOUS["fournitures_industrielles"]
    cas = chiffres.generer(c, 11)
    page = dossier.dossier_html(c, cas)
    assert page.startswith("<!DOCTYPE html>") and "lang='fr'" in page and "@page" in page
    for cle in ("consignes", "entreprise", "offre", "organisation", "ventes", "prospect",
                "concurrents", "conditions"):  # fmt: skip
        assert f"<section id='{cle}'>" in page, cle
    v = cas.ventes
    for total in (euros(v["ca_ht"].sum()), euros(v["objectif_ca_ht"].sum()),
                  euros(v["marge_brute"].sum()), nombre(v["leads"].sum())):  # fmt: skip
        assert total in page, total
    premiere = v.iloc[0]
    assert euros(premiere["ca_ht"]) in page and euros(premiere["objectif_ca_ht"]) in page
    assert page.count("<tr>") >= len(v)
    assert c["prospect"]["contact"]["nom"] in page and c["concurrents"][0]["nom"] in page
    assert "45 jours fin de mois" in page
    # The instructions are the RE's, read from the reference data.
    ecrite = next(m for m in referentiel.modalites() if m.id == "mise_en_situation").parties[0]
    assert ecrite.description.split(".")[0] in page.replace("&#x27;", "'")
    assert "4" + NBSP + "h" in page
    # The candidate's dossier hides the analysis; the trainer's shows it.
    besoin = c["prospect"]["besoins_non_exprimes"][0]["besoin"].replace("'", "&#x27;")
    assert besoin not in page and "prescripteur" not in page
    formateur = dossier.dossier_html(c, cas, formateur=True)
    assert besoin in formateur and "prescripteur" in formateur


def test_dossier_par_taille():
    c = TOUS["machinisme_agricole"]
    cas = chiffres.generer(c, 2)
    negociation = dossier.dossier_html(c, cas, taille="ccp_negociation")
    assert "<section id='ventes'>" not in negociation and "3" + NBSP + "h" in negociation
    assert "rédige une proposition technique et commerciale" in negociation
    prospection = dossier.dossier_html(c, cas, taille="ccp_prospection")
    assert "<section id='ventes'>" in prospection and "1" + NBSP + "h" + NBSP + "30" in prospection


def test_dossier_pdf(tmp_path):
    c = TOUS["logiciel_saas"]
    chemin = dossier.dossier_pdf(c, chiffres.generer(c, 4), tmp_path / "dossier.pdf")
    brut = chemin.read_bytes()
    assert brut.startswith(b"%PDF") and len(brut) > 20_000
    pages = len(re.findall(rb"/Type\s*/Page\b(?!s)", brut))
    assert pages >= 9  # one page per section, the 120 rows of sales on several
    assert b"MediaBox [ 0 0 595" in brut  # A4 portrait


# -- the three sizes, from the reference data -----------------------------------------------------


def test_durees_et_livrables_lus_dans_le_referentiel():
    assert tailles.duree_et_livrables("titre") == (240, ("tableau_de_bord", "diaporama",
                                                         "proposition"))  # fmt: skip
    assert tailles.duree_et_livrables("ccp_prospection") == (90, ("tableau_de_bord", "diaporama"))
    assert tailles.duree_et_livrables("ccp_negociation") == (180, ("proposition",))
    brut = json.loads((RACINE / "data/referentiel/referentiel.json").read_text(encoding="utf-8"))
    ccp = {c["id"]: c["modalites"][0]["parties"][0]["duree_minutes"] for c in brut["certificats"]}
    assert ccp == {"ccp_prospection": 90, "ccp_negociation": 180}
    with pytest.raises(ValueError, match="Taille d'épreuve inconnue"):
        tailles.epreuve("bac_pro")


@pytest.mark.parametrize("taille", sorted(tailles.TAILLES))
def test_livrables_conformes_a_la_consigne_officielle(taille):
    e = tailles.epreuve(taille)
    consigne = e.consigne
    assert ("tableau de bord" in consigne) == ("tableau_de_bord" in e.livrables)
    assert ("10 à 12 slides" in consigne) == ("diaporama" in e.livrables)
    assert ("proposition technique et commerciale" in consigne) == ("proposition" in e.livrables)

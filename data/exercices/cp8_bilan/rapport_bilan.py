"""Le compte rendu écrit : un document Word clair et exploitable par un tiers (CP8.5), ses
visuels adaptés (CT1.4) et ses commentaires factuels (CT1.5).

L'apprenant l'écrit dans son traitement de texte (Writer ou Word, comme à l'examen) et dépose le
fichier .docx ; pour aller plus loin, le ``Rapport`` Python écrit le même document
(``rapport.ecrire``) : la meilleure des deux réponses compte. Le PDF de la voie Python n'est pas
demandé pour le fichier déposé : l'en-tête (destinataire, période, source) le remplace
(voir ``autograder.metier.bilan.document``)."""

import io

from autograder.metier.bilan.controle import DEFAUTS, RUBRIQUES
from autograder.metier.bilan.document import (
    QUALITES_DOCUMENT,
    controler_docx,
    ecrire_docx,
    reperes_docx,
)
from autograder.metier.bilan.modele import rapport_modele
from autograder.moteur.formats import Document, Option

TITRE = "Le compte rendu du bilan (document Word)"
CRITERES = ("CP8.5", "CT1.4", "CT1.5")
POINTS = 3
FORMAT = Document(extensions=(".docx",))
VARIABLE = "fichier_rapport"  # pour aller plus loin : le .docx écrit par rapport.ecrire(...)
DONNEES = ("commandes", "entreprises", "solutions_en_service")


def generer(ctx):
    d = ctx.donnees
    return {
        "commercial": d["commercial"],
        "trimestre": d["trimestre"],
        "periode": d["periode"].libelle,
        "_cas": (d["con"], d["periode"]),  # to write the model document, only when asked
        "_exemples": {},
    }


def enonce(p):
    rubriques = "\n".join(f"   - « {libelle} »" for _, libelle in RUBRIQUES.values())
    return (
        f"Rédigez dans votre traitement de texte (LibreOffice Writer ou Word) le compte rendu "
        f"du bilan de {p['commercial']} pour le {p['periode']}, destiné à la direction "
        "commerciale, puis déposez le fichier ci-dessous.\n\n"
        "1. **En tête du document** : le titre, puis une ligne qui dit de qui il vient, à qui "
        f"il s'adresse, la période ({p['periode']}) et la source des chiffres (par exemple « De : "
        f"… · À : Direction commerciale · Période : {p['periode']} · Source : base CRM, "
        "objectifs 2025 »).\n"
        "2. **Six rubriques**, chacune avec son titre au style « Titre 1 » (liste des styles, en "
        "haut à gauche de Writer ou de Word) :\n"
        f"{rubriques}\n"
        "3. **Sous chaque titre, au moins une phrase factuelle et chiffrée** : un constat avec "
        "son chiffre, son unité et sa base (par exemple le taux de réalisation du CA). Rien « à "
        "compléter », ni « … », ni « [ ] ».\n"
        "4. **Les graphiques** de tendance et d'écarts (copiez ceux affichés plus haut, ou "
        "faites-les dans votre tableur avec le classeur), chacun avec son **texte alternatif** : "
        "clic droit sur l'image › « Modifier le texte de remplacement » (Word) ou "
        "« Propriétés › Options › Texte alternatif » (Writer) ; écrivez ce que le graphique "
        "montre, chiffres à l'appui, pas « Graphique 1 ».\n"
        "5. **Des tableaux de synthèse**, pas de données brutes : 25 lignes au plus par "
        "tableau.\n\n"
        "Enregistrez au format **Word (.docx)** : dans Writer, Fichier › « Enregistrer sous… », "
        "type « Word 2007-365 (.docx) ». Après le dépôt, la liste de ce qui a été trouvé "
        "s'affiche : corrigez votre document et déposez-le de nouveau autant de fois que "
        "nécessaire ; chaque rubrique et chaque qualité rapportent des points, chaque défaut en "
        "retire."
    )


def options(p):
    sortie = [Option(c, f"Rubrique « {lib} » présente et commentée, chiffres à l'appui", True, "")
              for c, (_, lib) in RUBRIQUES.items()]  # fmt: skip
    sortie += [Option(c, lib, True, "") for c, lib in QUALITES_DOCUMENT.items()]
    sortie += [
        Option(c, lib, False, "Défaut à corriger : un tiers ne pourrait pas exploiter le rapport.")
        for c, lib in DEFAUTS.items()
    ]
    return sortie


def controler(p, contenu):
    return controler_docx(contenu)


def reperes(p, contenu):
    return reperes_docx(contenu)


def exemple(p, juste):
    """Le document attendu (ou, ``juste=False``, un brouillon plein de défauts), mis en cache."""
    if juste not in p["_exemples"]:
        con, periode = p["_cas"]
        tampon = io.BytesIO()
        ecrire_docx(rapport_modele(con, periode, p["commercial"], juste=juste), tampon)
        p["_exemples"][juste] = tampon.getvalue()
    return p["_exemples"][juste]


def explication(p):
    return (
        "Reprenez la liste ci-dessus : chaque rubrique a son titre au style « Titre 1 » (sinon "
        "elle n'est pas repérée) et, dessous, au moins une phrase de 40 caractères ou plus avec "
        "un chiffre ; chaque graphique a un texte alternatif d'au moins 40 caractères écrit par "
        "vous (pas la description automatique de Word) ; l'en-tête nomme le destinataire, la "
        "période et la source ; aucun tableau ne dépasse 25 lignes."
    )

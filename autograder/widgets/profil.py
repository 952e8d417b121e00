"""Your own professional profile and post (ipywidgets): a title field, a summary and a post.

Every change is saved at once, even an incomplete profile; the line under the form gives the
title's length, the word counts and the hashtags, and names what is still empty, in French.
"""

from __future__ import annotations

import html

import ipywidgets as w

from autograder.metier import profil
from autograder.moteur.texte import compter_mots

STYLE = {"description_width": "initial"}


def etat(brute: dict) -> str:
    """The line under the form: lengths, hashtags, empty headings (no verdict)."""
    titre, resume, pub = (str(brute.get(k) or "").strip() for k in profil.CLES)
    c = profil.consignes()
    nb = len(profil.MOT_DIESE.findall(pub))
    lignes = [
        f"Titre : {len(titre)} caractère{'s' if len(titre) > 1 else ''} sur "
        f"{c['titre_caracteres_max']} au plus · résumé : {compter_mots(resume)} mots · "
        f"publication : {compter_mots(pub)} mots, {nb} mot{'s' if nb > 1 else ''}-dièse."
    ]
    vides = [libelle for cle, libelle in profil.CHAMPS if not str(brute.get(cle) or "").strip()]
    if vides:
        lignes.append("Encore vide : " + html.escape(", ".join(vides), quote=False) + ".")
    return "<div role='status' aria-live='polite'>" + "<br>".join(lignes) + "</div>"


def formulaire(valeur, enregistrer=None) -> w.Widget:
    """The widget: `valeur` restores a saved profile; `enregistrer(profil)` is called on every
    change (never with an all-empty profile, which would be refused)."""
    valeur = valeur if isinstance(valeur, dict) else {}
    largeur = "min(100%, 48em)"
    zones = {
        "titre": w.Text(
            placeholder="Votre poste, votre entreprise, votre domaine",
            layout=w.Layout(width=largeur),
        ),
        "resume": w.Textarea(
            placeholder="Qui vous êtes, quels clients vous accompagnez, ce que vous leur apportez",
            layout=w.Layout(width=largeur, height="8em"),
        ),
        "publication": w.Textarea(
            placeholder="Le sujet donné, ce qu'il apporte au lecteur, une invitation à agir, "
            "quelques mots-dièse",
            layout=w.Layout(width=largeur, height="10em"),
        ),
    }
    for cle, libelle in profil.CHAMPS:
        z = zones[cle]
        z.value, z.description, z.style = str(valeur.get(cle) or ""), libelle, STYLE
        z.continuous_update = False
    panneau = w.HTML()

    def contenu() -> dict:
        return {cle: z.value for cle, z in zones.items()}

    def changer(_changement=None, sauver=True):
        panneau.value = etat(contenu())
        if sauver and enregistrer is not None and any(v.strip() for v in contenu().values()):
            enregistrer(contenu())

    for z in zones.values():
        z.observe(changer, names="value")
    changer(sauver=False)
    aide = w.HTML(
        "<small>Chaque changement est enregistré quand vous quittez la zone (Tab), même un "
        "profil incomplet. L'aperçu sous la cellule notée montre votre profil tel qu'un acheteur "
        "le lira.</small>"
    )
    boite = w.VBox([*zones.values(), aide, panneau])
    boite.zones, boite.panneau = zones, panneau
    return boite

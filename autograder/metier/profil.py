"""Votre propre profil professionnel et une publication, contrôlés avec la charte d'Hydralis (CP5.2).

La charte et les consignes chiffrées sont des données (`data/image/charte.json`, section
`profil_personnel`). Les contrôles portent sur ce qu'une machine peut lire : longueurs, intitulé
du poste, entreprise et domaine dans le titre, secteurs suivis dans le résumé, sujet, appel à
l'action et mots-dièse de la publication, et ce que la charte interdit (nom de client, montant,
remise, données personnelles, superlatifs invérifiables). Le ton et la valeur pour le lecteur sont
notés par le formateur.
"""

from __future__ import annotations

import html
import json
import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from autograder.moteur import controles
from autograder.moteur.nombres import nombre
from autograder.moteur.paths import data_path
from autograder.moteur.texte import compter_mots

CHAMPS = (
    ("titre", "Titre du profil"),
    ("resume", "Résumé (rubrique « Infos »)"),
    ("publication", "Votre publication"),
)
CLES = tuple(c for c, _ in CHAMPS)
LONGUEUR_MAX = 3000  # caractères par rubrique

POSTE = ("technico-commercial", "technico-commerciale", "technico commercial")
ENTREPRISE = "Hydralis"
METIER = (
    "pompe", "pompes", "pompage", "maintenance", "fluides", "traitement de l'eau",
    "process", "industriel", "industrielles", "industriels", "industrielle",
)  # fmt: skip
GONFLE = (
    "directeur", "directrice", "director", "head of", "chef des ventes", "manager", "ceo",
    "président", "présidente", "vp", "vice-président", "leader", "expert n° 1", "numéro 1",
)  # fmt: skip
APPELS = (
    "contactez", "contactez-moi", "écrivez-moi", "écrivez", "appelez", "appelez-moi",
    "rendez-vous", "inscrivez-vous", "inscription", "venez", "rejoignez", "rejoignez-nous",
    "découvrez", "téléchargez", "parlons-en", "échangeons", "rencontrons-nous", "n'hésitez pas",
    "je vous propose", "réservez", "commentez", "dites-moi", "partagez", "passez nous voir",
    "prenons rendez-vous", "lien",
)  # fmt: skip
CONFIDENTIEL = ("remise", "rabais", "marge", "marges", "tarif", "tarifs", "prix net")
SUPERLATIFS = (
    "le meilleur", "la meilleure", "les meilleurs", "les meilleures", "n° 1", "n°1", "numéro 1",
    "leader", "imbattable", "imbattables", "incomparable", "révolutionnaire", "unique au monde",
    "sans égal", "inégalé", "inégalée", "le plus performant", "la plus performante",
)  # fmt: skip
MONTANT = re.compile(r"\d[\d\s\u00a0\u202f.,]*\s*(?:k\s?€|m\s?€|€|euros?\b|eur\b|keur\b)", re.I)
TELEPHONE = re.compile(r"(?:\+33\s?|\b0)[1-9](?:[\s.\-]?\d{2}){4}\b")
COURRIEL = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
NOMBRE = re.compile(r"\d(?:[\d\u00a0\u202f .]*\d)?")
MOT_DIESE = re.compile(r"(?<![\w&])#(\w[\w-]*)")
PHRASE = re.compile(r"[^.!?…\n]+[.!?…]*")


@cache
def consignes() -> dict:
    with open(data_path("image", "charte.json"), encoding="utf-8") as f:
        return json.load(f)["profil_personnel"]


def _plat(texte: str) -> str:
    sans = unicodedata.normalize("NFKD", str(texte).lower().replace("’", "'"))
    sans = sans.replace("\u00a0", " ").replace("\u202f", " ")
    return "".join(c for c in sans if not unicodedata.combining(c))


def contient(texte: str, expression: str) -> bool:
    """L'expression, en mots entiers, sans tenir compte des accents ni des majuscules."""
    return re.search(rf"(?<!\w){re.escape(_plat(expression))}(?!\w)", _plat(texte)) is not None


def trouves(texte: str, expressions) -> list[str]:
    return [e for e in expressions if contient(texte, e)]


# Before a role, these words make it someone else's (« j'accompagne les directeurs de
# maintenance », « au service du directeur d'usine »): naming the people you serve is not an
# inflated title.
TIERS = (
    "le", "la", "les", "l'", "du", "des", "de", "d'", "au", "aux", "vos", "votre", "nos", "notre",
    "avec", "pour", "ses", "leur", "leurs",
)  # fmt: skip


def titres_gonfles(titre: str) -> list[str]:
    """Les rôles que le titre s'attribue sans les occuper (un rôle cité comme client ne compte pas)."""
    plat = _plat(titre)
    trouves_ = []
    for e in GONFLE:
        for m in re.finditer(rf"(?<!\w){re.escape(_plat(e))}(?!\w)", plat):
            avant = re.findall(r"[\w']+'?|'", plat[: m.start()])
            if not (avant and avant[-1] in TIERS):
                trouves_.append(e)
                break
    return trouves_


def situation(rng) -> dict:
    """La situation d'un apprenant : deux secteurs suivis, un sujet de publication, et le client
    et le montant qu'il ne faut pas publier."""
    c = consignes()
    sujet = rng.choice(c["sujets"])
    client = rng.choice(c["clients"])
    montant = rng.randrange(38, 261) * 1000
    return {
        "secteurs": sorted(rng.sample(c["secteurs"], 2)),
        "sujet": sujet["id"],
        "client": client["nom"],
        "montant": montant,
    }


def consigne_sujet(s: dict) -> str:
    sujet = next(x for x in consignes()["sujets"] if x["id"] == s["sujet"])
    montant = f"{nombre(s['montant'])}\u00a0€"
    return sujet["consigne"].format(client=s["client"], montant=montant)


# -- lire, contrôler ---------------------------------------------------------------------------
class ProfilInvalide(ValueError):
    """A profile that cannot be kept (French message)."""


def lire(brute) -> dict[str, str]:
    """Le profil enregistré : un texte par rubrique (vide si non remplie) ; un profil incomplet
    s'enregistre, rien de ce qui est tapé n'est perdu."""
    if not isinstance(brute, dict):
        raise ProfilInvalide(
            "Réponse attendue : votre titre, votre résumé et votre publication, saisis dans le "
            "formulaire ci-dessus."
        )
    sortie = {}
    for cle, libelle in CHAMPS:
        v = brute.get(cle)
        v = "" if v is None else v
        if not isinstance(v, str):
            raise ProfilInvalide(f"Rubrique « {libelle} » : du texte est attendu.")
        if len(v) > LONGUEUR_MAX:
            raise ProfilInvalide(
                f"Rubrique « {libelle} » : {len(v)} caractères, c'est trop (au plus "
                f"{LONGUEUR_MAX}). Votre réponse précédente est conservée."
            )
        sortie[cle] = v.strip()
    if not any(sortie.values()):
        raise ProfilInvalide("Profil vide : écrivez au moins une rubrique avant de vérifier.")
    return sortie


@dataclass
class Controle(controles.Controle):
    bloquant: bool = False  # a red line of the charter: the text must not be published as it is


def _cites(liste) -> str:
    return ", ".join(f"« {html.escape(x, quote=False)} »" for x in liste)


def _longueur(texte: str, bornes, libelle: str) -> Controle:
    n = compter_mots(texte)
    bas, haut = bornes
    ok = bas <= n <= haut
    return Controle(
        f"{libelle} : longueur",
        ok,
        f"{n} mot{'s' if n > 1 else ''} ; la consigne est de {bas} à {haut} mots"
        + ("." if ok else " : " + ("développez." if n < bas else "resserrez.")),
    )


def _derniere_phrases(texte: str, n: int = 2) -> str:
    sans_diese = MOT_DIESE.sub(" ", texte)
    phrases = [p.strip() for p in PHRASE.findall(sans_diese) if p.strip()]
    return " ".join(phrases[-n:])


def controler(profil: dict, s: dict) -> list[Controle]:
    """Les contrôles automatiques de votre profil et de votre publication (chacun vaut autant)."""
    c = consignes()
    titre, resume, pub = (str(profil[k]) for k in CLES)  # KeyError: a tampered answer scores 0
    tout = "\n".join((titre, resume, pub))
    sortie = []
    n = len(titre)
    ok = 0 < n <= c["titre_caracteres_max"]
    sortie.append(
        Controle(
            "Titre : longueur",
            ok,
            f"{n} caractère{'s' if n > 1 else ''} ; au plus {c['titre_caracteres_max']}, pour "
            "être lu en entier dans les résultats de recherche"
            + ("." if ok else (" : écrivez votre titre." if not n else " : raccourcissez.")),
        )
    )
    manque = (
        [] if trouves(titre, POSTE) else ["votre intitulé de poste (technico-commercial)"]
    ) + ([] if contient(titre, ENTREPRISE) else [f"l'entreprise ({ENTREPRISE})"])
    sortie.append(
        Controle(
            "Titre exact : poste et entreprise (R2)",
            not manque,
            "le titre dit votre poste réel et votre entreprise."
            if not manque
            else "ajoutez " + " et ".join(manque) + ".",
        )
    )
    metier = trouves(titre, METIER)
    sortie.append(
        Controle(
            "Titre : le domaine (R2)",
            bool(metier),
            "le titre dit votre domaine."
            if metier
            else "dites votre domaine : pompes industrielles, pompage, maintenance…",
        )
    )
    gonfle = titres_gonfles(titre)
    sortie.append(
        Controle(
            "Titre non gonflé (R2)",
            not gonfle,
            "pas de titre gonflé."
            if not gonfle
            else f"{_cites(gonfle)} n'est pas votre poste : gardez l'intitulé réel.",
        )
    )
    sortie.append(_longueur(resume, c["resume_mots"], "Résumé"))
    secteurs = trouves(resume, s["secteurs"])
    sortie.append(
        Controle(
            "Résumé : les clients que vous servez",
            bool(secteurs),
            "le résumé cite vos secteurs."
            if secteurs
            else f"dites quels clients vous accompagnez : vos secteurs sont {_cites(s['secteurs'])}.",
        )
    )
    sortie.append(_longueur(pub, c["publication_mots"], "Publication"))
    sujet = next(x for x in c["sujets"] if x["id"] == s["sujet"])
    ok = bool(trouves(pub, sujet["mots"]))
    sortie.append(
        Controle(
            "Publication : le sujet donné",
            ok,
            "la publication traite le sujet donné."
            if ok
            else f"parlez du sujet donné (par exemple : {_cites(sujet['mots'][:2])}).",
        )
    )
    fin = _derniere_phrases(pub)
    appels = trouves(fin, APPELS)
    sortie.append(
        Controle(
            "Publication : un appel à l'action (R9)",
            bool(appels),
            "elle se termine par une invitation à agir."
            if appels
            else "terminez par une invitation précise : « Inscrivez-vous… », « Venez nous voir "
            "au stand… », « Écrivez-moi pour… » (un point d'interrogation seul ne suffit pas).",
        )
    )
    nb = len(MOT_DIESE.findall(pub))
    bas, haut = c["mots_diese"]
    ok = bas <= nb <= haut
    sortie.append(
        Controle(
            "Publication : mots-dièse (R9)",
            ok,
            f"{nb} mot{'s' if nb > 1 else ''}-dièse ; de {bas} à {haut}, liés au métier"
            + ("." if ok else (" : ajoutez-en." if nb < bas else " : gardez les plus utiles.")),
        )
    )
    client = next(x for x in c["clients"] if x["nom"] == s["client"])
    fautes = trouves(tout, [client["nom"], *client["mots"]])
    fautes += [m.group(0).strip() for m in MONTANT.finditer(tout)]
    montants = [re.sub(r"\D", "", f) for f in fautes]
    if any(re.sub(r"\D", "", m.group(0)) == str(s["montant"]) for m in NOMBRE.finditer(tout)):
        if str(s["montant"]) not in montants:
            fautes.append(nombre(s["montant"]))
    fautes += trouves(tout, CONFIDENTIEL)
    sortie.append(
        Controle(
            "Confidentialité : ni client nommé, ni montant, ni remise (R3, R4)",
            not fautes,
            "rien de confidentiel."
            if not fautes
            else f"retirez {_cites(dict.fromkeys(fautes))} : un client ne se nomme pas sans son "
            "accord écrit, un montant ou une remise ne se publie jamais.",
            bloquant=True,
        )
    )
    perso = [m.group(0) for m in TELEPHONE.finditer(tout)]
    perso += [m.group(0) for m in COURRIEL.finditer(tout) if m.group(1).lower() != "hydralis.fr"]
    sortie.append(
        Controle(
            "Données personnelles (R6)",
            not perso,
            "aucune donnée personnelle."
            if not perso
            else f"retirez {_cites(perso)} : aucun numéro de téléphone ni adresse personnelle ; "
            "seule votre adresse professionnelle (@hydralis.fr) peut figurer.",
            bloquant=True,
        )
    )
    sup = trouves(tout, SUPERLATIFS)
    cris = "!!" in re.sub(r"\s", "", tout)
    ok = not sup and not cris
    conseil = "des faits, pas de superlatifs."
    if not ok:
        conseil = (
            (f"remplacez {_cites(sup)} par un fait vérifiable (un chiffre mesuré, une "
             "certification)" if sup else "")
            + (" ; " if sup and cris else "")
            + ("un seul point d'exclamation suffit" if cris else "")
            + "."
        )  # fmt: skip
    sortie.append(Controle("Affirmations vérifiables, ton mesuré (R5, R9)", ok, conseil))
    return sortie


NB_CONTROLES = 13
PLAFOND_BLOQUANT = 0.5  # a text the charter forbids to publish earns half the points at most


def score(controles: list[Controle]) -> float:
    s = sum(c.ok for c in controles) / NB_CONTROLES
    if any(c.bloquant and not c.ok for c in controles):
        s = min(s, PLAFOND_BLOQUANT)
    return s


def apercu(profil: dict) -> str:
    """Le profil et la publication tels qu'un lecteur les verra (HTML), pour relire et pour le
    formateur."""
    titre, resume, pub = (html.escape(str(profil.get(k) or ""), quote=False) for k in CLES)
    pub = MOT_DIESE.sub(lambda m: f"<b>{m.group(0)}</b>", pub)
    bloc = "border:1px solid #999;border-radius:6px;padding:0.6em 1em;margin:0.4em 0;max-width:48em"
    return (
        f"<div style='{bloc}'><b>Votre profil</b><br><i>{titre or '(titre vide)'}</i>"
        f"<p style='white-space:pre-wrap'>{resume or '(résumé vide)'}</p></div>"
        f"<div style='{bloc}'><b>Votre publication</b>"
        f"<p style='white-space:pre-wrap'>{pub or '(publication vide)'}</p></div>"
    )

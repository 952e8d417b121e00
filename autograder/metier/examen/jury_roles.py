"""Role briefs for the trainers who play the jury's parts in the oral (RE §3.1: « les membres du
jury assurent le rôle des interlocuteurs »).

From an exam context (data/examen/contextes): the switchboard and the decision-maker of the phone
prospecting, the buyer of the face-to-face negotiation (a phone case's own briefs come from
autograder.metier.telephone.jury, as dicts of the same fields). Each brief says what the role
knows, the objections to raise, its limits and when to yield. Every figure comes from the data:

* the buyer's walk-away (« plafond ») is the prospect's budget (``budget_ht``): above it, no
  order form today, at best a closing appointment;
* the buyer's opening demand is the largest gap to a cheaper competitor, rounded up to the whole
  percent; per line, the buyer settles at the midpoint between our price and the competitor's
  when the candidate asks a counterpart;
* the buyer asks a payment term 15 days beyond the legal cap of the context's mode (art. L441-10
  of the Code de commerce): the candidate must refuse it;
* for the jury's eyes, the key proposal (``offre_reference``) priced at list and at cost, and the
  discount beyond which it sells at a loss.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from autograder.metier.examen.contextes import PLAFONDS_PAIEMENT
from autograder.metier.examen.dossier import PAIEMENT
from autograder.metier.examen.jury_donnees import duree
from autograder.metier.examen.proposition_exemple import offre_reference
from autograder.moteur.nombres import duree as en_clair
from autograder.moteur.nombres import euros, pourcent

TELEPHONE, NEGOCIATION = "Prospection téléphonique", "Négociation en face à face"
DEPASSEMENT_PAIEMENT = 15  # days the buyer asks beyond the legal cap
REMISE_PAR_DEFAUT = 0.05  # the opening demand when no competitor is cheaper


@dataclass(frozen=True)
class Role:
    cle: str  # standard, assistante, decideur, acheteur
    titre: str
    partie: str  # official oral sub-part (data/referentiel)
    personnage: str
    situation: str
    sait: tuple[str, ...]
    objections: tuple[tuple[str, str], ...]  # (what the role says, when and how to yield)
    limites: tuple[str, ...]
    ceder: tuple[str, ...]
    chiffres: tuple[tuple[str, str], ...] = ()  # (label, formatted value), for the jury
    valeurs: dict = field(default_factory=dict)  # the same figures, raw (tests)

    @property
    def duree_minutes(self) -> int:
        return duree(self.partie)


def membre(contexte: dict, role: str) -> dict:
    """The first member of the buying centre with this role."""
    return next(m for m in contexte["prospect"]["centre_achat"] if m["role"] == role)


def _qui(m: dict) -> str:
    return f"{m['nom']} ({m['fonction'][:1].lower()}{m['fonction'][1:]})"


def _minuscule(texte: str) -> str:
    return texte[:1].lower() + texte[1:]


def _de(nom: str) -> str:
    """« de Cargo Beauce », « d'Élise Vasseur » (elision before a vowel)."""
    return f"d'{nom}" if nom[:1].lower() in "aeiouyàâéèêëîïôùûü" else f"de {nom}"


def _phrase(texte: str) -> str:
    """A sentence ending with one full stop, whatever the quote it ends with."""
    return texte if texte.rstrip("\u00a0»").endswith((".", "!", "?", "…")) else texte + "."


def ecarts_concurrents(contexte: dict) -> list[dict]:
    """Competitors cheaper than our comparable product: name, product, prices, gap, the buyer's
    settling price (midpoint)."""
    offre = {p["id"]: p for p in contexte["offre"]}
    out = []
    for k in contexte["concurrents"]:
        p = offre[k["produit"]]
        if k["prix_ht"] < p["prix_ht"]:
            out.append({
                "concurrent": k["nom"], "produit": p["designation"], "notre_prix": p["prix_ht"],
                "son_prix": k["prix_ht"], "ecart": 1 - k["prix_ht"] / p["prix_ht"],
                "prix_accord": round((p["prix_ht"] + k["prix_ht"]) / 2, 2),
                "faiblesses": k["faiblesses"],
            })  # fmt: skip
    return out


def chiffres_acheteur(contexte: dict) -> dict:
    """The buyer's limits and the jury's reference figures (raw numbers)."""
    lignes = offre_reference(contexte)
    total = sum(p["prix_ht"] * q for p, q in lignes)
    cout = sum(p["cout_ht"] * q for p, q in lignes)
    ecarts = ecarts_concurrents(contexte)
    entree = max((e["ecart"] for e in ecarts), default=REMISE_PAR_DEFAUT)
    paiement = contexte["conditions"]["paiement"]
    return {
        "plafond_ht": float(contexte["prospect"]["budget_ht"]),
        "remise_entree": math.ceil(round(entree * 100, 6)) / 100,
        "total_reference_ht": round(total, 2),
        "cout_reference_ht": round(cout, 2),
        "remise_max_sans_perte": 1 - cout / total,
        "paiement_mode": paiement["mode"],
        "paiement_plafond": PLAFONDS_PAIEMENT[paiement["mode"]],
        "paiement_demande": PLAFONDS_PAIEMENT[paiement["mode"]] + DEPASSEMENT_PAIEMENT,
        "ecarts": ecarts,
    }


# -- from an exam context ------------------------------------------------------------------------
def roles_contexte(contexte: dict) -> list[Role]:
    """The switchboard, the decision-maker and the buyer of one exam context."""
    return [_standard(contexte), _decideur(contexte), _acheteur(contexte)]


def _standard(c: dict) -> Role:
    pr, dec = c["prospect"], membre(c, "décideur")
    contact = pr["contact"]
    return Role(
        "standard", f"Le standard : {pr['entreprise']}", TELEPHONE,
        f"Standard {_de(pr['entreprise'])} ({pr['ville']})",
        f"Le candidat, commercial de {c['entreprise']['nom']}, appelle pour obtenir l'identité "
        "du responsable et un rendez-vous. Vous filtrez les appels : vous ne passez que ceux "
        "dont le motif est clair et honnête.",
        (
            f"La personne qui décide de ce projet : {_qui(dec)}.",
            "Les personnes de l'entreprise : "
            + " ; ".join(_qui(m) for m in pr["centre_achat"]) + ".",
            f"{contact['nom']} ({_minuscule(contact['fonction'])}) a déjà vu ce commercial : "
            f"{_minuscule(pr['premier_contact'])}",
        ),
        (
            ("« C'est à quel sujet ? »",
             "Passez à la suite si le motif est précis et honnête, relié par exemple à « "
             f"{_minuscule(pr['besoins_exprimes'][0])} » ; un motif vague (« une proposition "
             "commerciale ») : redemandez."),
            ("« Vous souhaitez parler à qui ? »",
             f"Donnez le nom et la fonction {_de(dec['nom'])} à une demande précise (« la personne "
             "qui décide de… ») ; à « au responsable », demandez lequel."),
            (f"« {dec['nom']} est en réunion. Envoyez plutôt un courriel à l'adresse générale. »",
             "Cédez (le meilleur moment pour rappeler, ou l'appel passé) si le candidat fait de "
             "vous un allié : il remercie, demande le bon moment. S'il insiste sans argument, "
             "maintenez le barrage."),
        ),
        (
            "Ne donnez jamais de numéro de portable personnel.",
            f"Citer {contact['nom']}, réellement rencontré, est honnête : acceptez-le.",
            f"Un mensonge (« {dec['nom']} m'attend », une relation inventée) met fin à l'appel : "
            "« Personne ici ne connaît votre société. Au revoir. »",
        ),
        (
            "Vous passez l'appel quand le candidat a donné son prénom, son entreprise et un "
            "motif précis, et demandé honnêtement à qui s'adresser.",
        ),
    )  # fmt: skip


def _decideur(c: dict) -> Role:
    pr, dec = c["prospect"], membre(c, "décideur")
    acheteur, prescripteur = membre(c, "acheteur"), membre(c, "prescripteur")
    minutes = duree(NEGOCIATION)
    concurrent = c["concurrents"][0]["nom"]
    return Role(
        "decideur", f"Le décideur : {dec['nom']}", TELEPHONE,
        f"{dec['nom']}, {_minuscule(dec['fonction'])} {_de(pr['entreprise'])}",
        f"{pr['entreprise']} : {_minuscule(pr['activite'])} ; {pr['effectif']} salariés, à "
        f"{pr['ville']}. Vos attentes : {_minuscule(dec['attentes'])}. Vous êtes occupé et "
        "méfiant envers les appels commerciaux, mais le projet vous intéresse.",
        (
            "Vos besoins : " + " ; ".join(_minuscule(b) for b in pr["besoins_exprimes"]) + ".",
            "Vos contraintes : " + " ; ".join(_minuscule(x) for x in pr["contraintes"]) + ".",
            f"Comment vous décidez : {_minuscule(pr['processus_decision'])}",
            f"Votre budget, que vous ne dites pas au téléphone : {_minuscule(pr['budget'])}",
        ),
        (
            (f"« Je n'ai pas le temps : {_minuscule(pr['contraintes'][0])}. »",
             "Cédez si le candidat dit en une phrase ce que vous y gagnez et propose un "
             "rendez-vous court ; s'il déroule son argumentaire, coupez court."),
            ("« Envoyez-moi une documentation. »",
             "Cédez si le candidat explique qu'une documentation ne répond pas à votre besoin "
             f"précis (« {_minuscule(pr['besoins_exprimes'][-1])} ») et qu'un rendez-vous "
             "permet de chiffrer ; s'il accepte d'envoyer un document et raccroche, l'appel "
             "s'arrête là."),
            (f"« Nous avons déjà des propositions ; nous regardons aussi l'offre "
             f"{_de(concurrent)}. »",
             "Cédez si le candidat questionne ou compare sans dénigrer ; s'il dénigre le "
             "concurrent, mettez fin à l'appel."),
        ),
        (
            f"Un rendez-vous de {en_clair(minutes)} au plus (la durée de l'entretien en face à "
            f"face), dans vos locaux à {pr['ville']}.",
            "Un jour ouvré, aux heures de bureau, dans les semaines qui viennent : vous "
            "retenez le premier créneau précis qui vous convient.",
            f"Participants : vous acceptez d'y convier {_qui(acheteur)} et {_qui(prescripteur)} "
            "si le candidat le demande.",
        ),
        (
            "Vous acceptez le rendez-vous quand le candidat propose deux créneaux précis, en "
            "précise la durée, le lieu et les participants, puis reformule le tout.",
            "Sinon : « Envoyez-moi tout cela par courriel. »",
        ),
    )  # fmt: skip


def _acheteur(c: dict) -> Role:
    pr, ach, dec = c["prospect"], membre(c, "acheteur"), membre(c, "décideur")
    f = chiffres_acheteur(c)
    mode = f["paiement_mode"]
    demande = PAIEMENT[mode].format(j=f["paiement_demande"])
    plafond = PAIEMENT[mode].format(j=f["paiement_plafond"])
    objections = [
        (f"« {e['concurrent']} nous propose {_minuscule(e['produit'])} à "
         f"{euros(e['son_prix'])} HT, contre {euros(e['notre_prix'])} chez vous. »",
         f"Sans contrepartie, ne bougez pas. Acceptez {euros(e['prix_accord'])} HT contre une "
         "contrepartie (engagement, volume, délai) ; acceptez le prix catalogue si le candidat "
         "montre ce que coûtent ses faiblesses : "
         + " ; ".join(_minuscule(x) for x in e["faiblesses"]) + ".")
        for e in f["ecarts"]
    ]  # fmt: skip
    objections += [
        (f"« Nous payons à {demande}. »",
         f"Le plafond légal est de {plafond} (art. L441-10 du Code de commerce) : le candidat "
         "doit refuser. Acceptez le plafond légal s'il l'explique ; notez s'il accepte."),
        (f"« Je dois en parler à {dec['nom']}. »",
         f"Vrai : {_minuscule(pr['processus_decision'])} Acceptez un rendez-vous de conclusion "
         "daté, avec les bons participants, si le bon de commande ne peut être signé."),
    ]  # fmt: skip
    return Role(
        "acheteur", f"L'acheteur : {ach['nom']}", NEGOCIATION,
        f"{ach['nom']}, {_minuscule(ach['fonction'])} {_de(pr['entreprise'])}",
        f"Le candidat vient présenter sa proposition écrite. Vous parlez pour le centre d'achat : "
        f"{_qui(dec)} décide, {_qui(membre(c, 'prescripteur'))} prescrit. Vos attentes : "
        f"{_minuscule(ach['attentes'])}.",
        (
            "Vos besoins : " + " ; ".join(_minuscule(b) for b in pr["besoins_exprimes"]) + ".",
            *(f"Ce que vous ne dites que si l'on vous questionne : "
              f"{_minuscule(b['besoin'].rstrip('.'))} (indice de la note : « {b['indice']} »)."
              for b in pr["besoins_non_exprimes"]),
            "Vos contraintes : " + " ; ".join(_minuscule(x) for x in pr["contraintes"]) + ".",
            f"Votre budget : {_minuscule(pr['budget'])}",
        ),
        tuple(objections),
        (
            f"Vous ne signez pas de commande au-dessus de {euros(f['plafond_ht'], 0)} HT, "
            "votre budget : au-delà, au mieux un rendez-vous de conclusion.",
            f"Vous ouvrez en demandant {pourcent(f['remise_entree'], 0)} de remise, l'écart "
            "avec le concurrent le moins cher.",
            "Chaque concession que vous obtenez, vous la payez d'une contrepartie si le "
            "candidat la demande ; s'il cède sans rien demander, redemandez.",
        ),
        (
            "Vous signez le bon de commande quand le total est dans votre budget, que le "
            "paiement respecte le plafond légal, que chaque concession a sa contrepartie et que "
            "le candidat a répondu au besoin que vous n'aviez pas exprimé.",
            f"Sinon, si {dec['nom']} doit trancher : un rendez-vous de conclusion daté.",
        ),
        (
            ("Plafond de l'acheteur (budget HT)", euros(f["plafond_ht"], 0)),
            ("Remise demandée d'entrée", pourcent(f["remise_entree"], 0)),
            ("Offre de référence du corrigé, au prix catalogue HT", euros(f["total_reference_ht"])),
            ("Coût de cette offre HT", euros(f["cout_reference_ht"])),
            ("Remise au-delà de laquelle elle est vendue à perte",
             pourcent(f["remise_max_sans_perte"], 1)),
            ("Paiement demandé par l'acheteur / plafond légal", f"{demande} / {plafond}"),
        ),
        f,
    )  # fmt: skip

"""La décision de crédit : quel client mettre en attente (nouvelles livraisons suspendues) ?

CRITERES = () : appliquer une règle de crédit donnée (encours au-delà de la limite, ou retard
de plus de 60 jours) à des chiffres fournis relève de la gestion du crédit client, pas d'un
critère de CP8 ; la décision ne vient pas de l'analyse de sa propre activité.
"""

from autograder.metier import credit_client as cc
from autograder.moteur.formats import Choix, Option
from autograder.moteur.nombres import euros, nombre

TITRE = "Le client à mettre en attente"
CRITERES = ()
POINTS = 2
FORMAT = Choix()
DONNEES = ("factures",)


def generer(ctx):
    s = cc.synthese(ctx.donnees["credit"])
    return {
        "clients": {
            c: {
                "encours": float(r["encours"]),
                "limite": int(r["limite"]),
                "retard": int(r["retard_max"]),
                "bloquer": bool(r["bloquer"]),
            }
            for c, r in s.iterrows()
        }  # fmt: skip
    }


def enonce(p):
    lignes = ["| Client | Limite de crédit (TTC) |", "|---|---:|"]
    lignes += [f"| {c} | {euros(v['limite'], 0)} |" for c, v in p["clients"].items()]
    return (
        "Le service crédit d'Hydralis a fixé à chaque client une **limite de crédit** (l'encours "
        "TTC maximal accepté) :\n\n" + "\n".join(lignes) + "\n\nLa règle : on **met en attente "
        "les nouvelles commandes** d'un client dont l'encours au 31/12/2025 dépasse sa limite, "
        f"ou qui a une facture en retard de **plus de {cc.RETARD_MAX} jours**. Avec la feuille "
        "« Factures clients », **quel client mettez-vous en attente ?**"
    )


def options(p):
    opts = []
    for c, v in p["clients"].items():
        retour = (
            f"Encours {euros(v['encours'])} pour une limite de {euros(v['limite'], 0)} ; "
            f"plus grand retard : {nombre(v['retard'])} jours."
        )
        opts.append(Option(c, c, v["bloquer"], retour))
    return opts


def explication(p):
    return (
        "Pour chaque client : l'encours (factures sans date de paiement) comparé à sa limite, "
        "et le plus grand retard (31/12/2025 − date limite). Le plus gros encours n'est pas "
        "forcément le plus risqué : c'est le dépassement ou le retard qui compte."
    )

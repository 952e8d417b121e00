"""La proposition technique et commerciale au prospect du dossier, écrite dans un traitement de
texte et déposée (.docx).

Critère : la proposition doit formuler les besoins non exprimés que le candidat a déduits des
indices de la note de premier contact ; le correcteur vérifie qu'au moins l'un d'eux y figure
(CT2.3). Le reste de ce qu'il lit (les parties, le prospect nommé, les besoins exprimés repris,
le chiffrage juste au centime, les conditions de paiement dans la limite légale, les mentions
obligatoires, la validité, le bon pour accord) est la forme d'une proposition exploitable, pas
encore son adéquation : l'adéquation, la rentabilité, la faisabilité et les avantages mis en
avant (CP6.1 à CP6.8, CT2.4) sont notés par le formateur avec le barème.
"""

from autograder.metier.examen import livrables
from autograder.moteur.formats import Document

TITRE = "La proposition technique et commerciale (traitement de texte)"
CRITERES = ("CT2.3",)
POINTS = 6
FORMAT = Document(extensions=(".docx",))


def generer(ctx):
    return {"sujet": ctx.donnees["sujet"]}


def enonce(p):
    return (
        "Rédigez dans Writer ou Word, à partir de `modeles/proposition.docx`, la proposition "
        "technique et commerciale au prospect de votre contexte : le contexte et ses besoins "
        "(y compris ceux qu'il n'exprime pas), la solution proposée, la proposition financière "
        "(un tableau : désignation, quantité, prix unitaire HT, montant HT ; total HT, TVA, total "
        "TTC), les conditions (délai, paiement, pénalités de retard et indemnité forfaitaire, "
        "garantie, validité de l'offre) et le bon pour accord. Enregistrez au format .docx, puis "
        "déposez le fichier ci-dessous."
    )


def evaluer_document(p, contenu):
    return livrables.noter_proposition(p["sujet"], contenu)


def exemple(p, juste):
    sujet = p["sujet"]
    return livrables.exemple_proposition(sujet, sujet.contextes[0]["id"], juste)

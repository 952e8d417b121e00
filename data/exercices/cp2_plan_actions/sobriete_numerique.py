"""Les gestes de sobriété numérique dans l'organisation de son activité."""

from autograder.metier import organisation as org
from autograder.moteur.formats import ChoixMultiple, Option, tirer_options

TITRE = "Sobriété numérique au quotidien"
CRITERES = ()  # reconnaître des bonnes pratiques : une connaissance (data/exercices/README.md)
POINTS = 1
FORMAT = ChoixMultiple()

BANQUE = [
    (
        "lien",
        "Envoyer la documentation technique de 12 Mo par un lien de partage plutôt qu'en pièce jointe à dix clients.",
        True,
        "Oui : un seul fichier stocké au lieu de dix copies dans dix boîtes aux lettres.",
    ),
    (
        "tri",
        "Trier chaque semaine sa boîte de réception et archiver ou supprimer les anciens courriels lourds.",
        True,
        "Oui : le REAC le demande (« traiter régulièrement ses courriels et archiver les documents »).",
    ),
    (
        "desabonner",
        "Se désabonner des lettres d'information que l'on ne lit jamais.",
        True,
        "Oui : moins de courriels reçus, stockés et affichés.",
    ),
    (
        "garder",
        "Garder son ordinateur et son téléphone plus longtemps et les faire réparer.",
        True,
        "Oui : la fabrication des terminaux pèse le plus dans l'empreinte du numérique (étude de l'ADEME et de l'Arcep, à vérifier).",
    ),
    (
        "audio",
        "Couper la caméra en visio quand l'image n'apporte rien.",
        True,
        "Oui : l'audio seul consomme bien moins de données que la vidéo.",
    ),
    (
        "copie",
        "Mettre toute l'équipe en copie de chaque échange avec un client, « pour information ».",
        False,
        "Non : chaque copie est un courriel de plus, stocké et lu ; ne mettre en copie que ceux qui agissent.",
    ),
    (
        "imprimer",
        "Imprimer chaque proposition en couleur pour la relire.",
        False,
        "Non : le REAC demande de minimiser papier, encre et toners ; relisez à l'écran.",
    ),
    (
        "cloud",
        "Stocker en double, sur le cloud et en pièces jointes, toutes les versions de ses présentations.",
        False,
        "Non : des copies inutiles, stockées sur des serveurs qui consomment.",
    ),
    (
        "visio_hd",
        "Passer toutes ses visios en haute définition pour faire professionnel.",
        False,
        "Non : la haute définition multiplie les données échangées sans servir l'échange.",
    ),
]


def generer(ctx):
    return {"options": tirer_options(BANQUE, ctx.rng, 3, 3)}


def enonce(p):
    citation = next(c for c in org.donnees()["reac"]["citations"] if "courriels" in c)
    return (
        f"Le REAC demande de « {citation[0].lower()}{citation[1:]} » et d'intégrer la sobriété "
        "numérique dans l'organisation de son activité. **Quelles pratiques vont dans ce "
        "sens ?** (Cochez tout ce qui convient.)"
    )


def options(p):
    return [Option(*o) for o in p["options"]]


def explication(p):
    return "Moins de copies, de pièces jointes, de vidéo et d'impressions ; des équipements gardés plus longtemps."

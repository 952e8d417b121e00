"""The words of a phone call: who speaks, the typed lines, the objections and the techniques a
reply uses (shared by the cases, the replay and the widget)."""

QUI = {"standard": "Standard", "assistante": "Assistante", "decideur": "Décideur"}
REGLES = ("presentation", "creneaux", "reformulation")
OBJECTIONS = {
    "documentation": "« Envoyez-moi une documentation »",
    "temps": "« Je n'ai pas le temps »",
    "fournisseur": "« Nous avons déjà un fournisseur »",
    "six_mois": "« Rappelez-moi dans six mois »",
    "prix": "« C'est trop cher »",
}
TECHNIQUES = {
    "se_presenter": "se présenter clairement",
    "preciser": "donner un motif précis et honnête",
    "questionner": "poser une question précise",
    "allier": "faire de son interlocuteur un allié",
    "rebondir": "rebondir sur l'objection",
    "reformuler": "reformuler",
    "argumenter": "argumenter avec un bénéfice",
    "proposer_rdv": "proposer un rendez-vous",
    "accepter": "accepter sans rebondir",
    "rester_vague": "rester vague",
    "argumenter_trop_tot": "argumenter auprès du mauvais interlocuteur",
    "insister": "insister sans argument",
    "mentir": "mentir pour passer le barrage",
    "abandonner": "abandonner",
    "forcer": "forcer la main",
    "denigrer": "dénigrer",
    "ceder": "céder",
}

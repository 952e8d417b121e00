"""Outils du formateur : la commande `ntc` (cohorte, correction parallèle, grilles de critères, retours).

Modules, chacun à un seul rôle :
- `cli` : la ligne de commande `ntc` (argparse), messages en français ;
- `cours` : lire la configuration nbgrader d'un dossier de cours, le carnet de notes ;
- `cohorte` : `ntc init`, un dossier de cours pour une cohorte (apprenants importés d'un CSV) ;
- `limites` : ce que la correction isole et limite (copie de travail, mémoire, taille des fichiers) ;
- `travailleur` : un processus de correction (une copie de travail par copie d'apprenant) ;
- `prechauffe` : les noyaux préchauffés d'un travailleur (serveur qui importe une fois, puis `fork`) ;
- `controles` : les signalements (cellule notée modifiée, fichier de réponses d'un autre, sortie tronquée…) ;
- `correction` : `ntc grade`, répartition sur N travailleurs, progression, bilan ;
- `fusion` : report des notes d'un carnet de travail dans le vrai carnet de notes (un seul écrivain) ;
- `criteres` : le taux de réussite par critère officiel, à partir du carnet et des métadonnées ;
- `rapport` : `ntc report`, grilles HTML par apprenant, carte de chaleur de la cohorte, CSV ;
- `retours` : `ntc feedback`, les retours nbgrader complétés par la grille de critères.

Rien d'ici n'est importé par `import autograder` (le paquet reste léger pour les noyaux de correction).
"""

"""L'examen blanc : l'étude de cas écrite de la mise en situation professionnelle (RE § 3.1)."""

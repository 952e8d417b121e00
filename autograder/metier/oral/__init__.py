"""The oral part of the exam (RE §3.1, « Partie 2 : mise en situation orale »).

- `sequence`: the timed parts of the oral (durations read from data/referentiel) and, per part,
  the official criteria a jury can observe there; the time window of a spoken part;
- `compte_rendu`: the plan of the 15-minute dashboard report, its timing computed from the data;
- `enregistrement`: a recording of the report measured and judged against its window;
- `repetition`: one learner's rehearsal of the report (prep clock, recordings, self-evaluation),
  kept in the answer store; `fiche`: the self-evaluation sheet in HTML and PDF.
"""

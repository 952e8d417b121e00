"""The production of the « questionnement à partir de productions » (a document and a slide
deck on CP1, CP2 and CP9, RE §3.1) and the dossier professionnel: the RE's rules as data, a
checker giving French advice on the learner's .docx and .pptx (no grade), skeletons, and the jury
question banks for the rehearsal and the final interview."""

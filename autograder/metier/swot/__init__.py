"""The SWOT case bank, the matrix logic, the one-page handout and the rehearsal of the
entretien technique."""

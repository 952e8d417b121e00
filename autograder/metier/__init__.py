"""Domain models, one folder or module per subject a competence works on: negotiation, proposal
(quote), activity review, SWOT and the rehearsal, KPI dashboard, pitch, action plan, e-reputation.
They use `calculs`, `crm` and the engine's public functions; no widget, no other domain."""

"""The negotiation simulator (CP7): buyer personas, the replayable negotiation, the objection
dialogue and the preparation."""

"""Face-to-face negotiation to an order form: the case, the typed-line rules, the replay, the order."""

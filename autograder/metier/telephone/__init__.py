"""Phone prospecting calls: the bank of cases, the typed-line rules, the replay and its grade."""

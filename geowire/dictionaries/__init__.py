"""Readers for TABARI / PETRARCH dictionaries (actors, agents, discards, verbs)."""

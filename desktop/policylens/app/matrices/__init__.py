"""Matrices: coverage, parameters and codes × documents, with their exports."""

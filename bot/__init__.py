"""COPD stem-cell trial pre-screening assistant: engine, NLU, records, CLI."""

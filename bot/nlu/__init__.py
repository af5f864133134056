"""Natural-language understanding: rule-based extraction of screening facts from free text."""

"""Term lists (lexicon.yml) matched with a spaCy PhraseMatcher on a blank English pipeline."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

LEXICON_FILE = Path(__file__).with_name("lexicon.yml")


@dataclass(frozen=True)
class Term:
    group: str  # "medicines" | "conditions" | "nicotine_products"
    category: str  # e.g. "systemic_steroid", "autoimmune"
    text: str
    start: int  # character offsets in the matched text
    end: int


class TermMatcher:
    """Finds lexicon terms; the longest match wins where terms overlap ("skin cancer" over "cancer")."""

    def __init__(self, lexicon_path: Path = LEXICON_FILE):
        import spacy
        from spacy.matcher import PhraseMatcher

        self.nlp = spacy.blank("en")
        self.matcher = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        self.labels: dict[int, tuple[str, str]] = {}
        data = yaml.safe_load(lexicon_path.read_text(encoding="utf-8"))
        for group in ("medicines", "conditions", "nicotine_products"):
            for category, terms in data[group].items():
                key = f"{group}:{category}"
                self.labels[self.nlp.vocab.strings.add(key)] = (group, category)
                self.matcher.add(key, [self.nlp.make_doc(str(term)) for term in terms])

    def tokens(self, text: str):
        return self.nlp.make_doc(text)

    def find(self, text: str) -> list[Term]:
        doc = self.nlp.make_doc(text)
        spans = []
        for match_id, start, end in self.matcher(doc):
            group, category = self.labels[match_id]
            span = doc[start:end]
            spans.append((span.start_char, span.end_char, group, category, span.text))
        # longest first, then drop overlaps; the same words may belong to two groups (e.g. "high
        # blood pressure" is both not-autoimmune and mild-heart), so overlaps only drop within a group
        spans.sort(key=lambda s: (-(s[1] - s[0]), s[0]))
        kept: list[Term] = []
        for start, end, group, category, text_ in spans:
            if any(t.group == group and not (end <= t.start or start >= t.end) for t in kept):
                continue
            kept.append(Term(group, category, text_, start, end))
        return sorted(kept, key=lambda t: t.start)


@lru_cache(maxsize=1)
def term_matcher() -> TermMatcher:
    return TermMatcher()

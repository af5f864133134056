"""Typos in the long medical words people misspell ("emphazema", "symbicourt", "antibotics").

A word one edit away (a letter added, dropped, changed, or two letters swapped) from a word in
`VOCABULARY`, or two edits away from a word of nine letters or more, and starting with the same
letter, is replaced by it. Only long, distinctive words
are in the vocabulary: near neighbours of everyday words are kept out ("cancer" is one letter from
"cancel", "stopped" from "stepped"), so correct English is never changed. Lookups use precomputed
one-letter deletions (the SymSpell idea), so a correction costs a few dictionary lookups.
"""

from __future__ import annotations

import re
from functools import lru_cache

VOCABULARY = (
    "emphysema bronchitis chronic obstructive pulmonary pulmonale diagnosed diagnosis diagnoses diagnose "
    "exacerbation pneumonia hospitalized hospital prednisone prednisolone methylprednisolone antibiotic "
    "antibiotics steroid steroids symbicort albuterol spiriva trelegy advair flovent pulmicort inhaled inhaler "
    "inhalers nebulizer budesonide fluticasone tiotropium "
    "azithromycin doxycycline amoxicillin augmentin levofloxacin cephalexin ciprofloxacin clarithromycin "
    "methotrexate azathioprine tacrolimus mycophenolate cyclosporine immunosuppressant immunosuppressants "
    "rheumatoid arthritis psoriasis psoriatic sclerosis ulcerative colitis crohns lupus celiac "
    "chemotherapy lymphoma melanoma leukemia carcinoma radiation mastectomy "
    "congestive failure cardiomyopathy arrhythmia fibrillation pacemaker hypertension cholesterol "
    "cigarette cigarettes cigar cigars nicotine vaping lozenges "
    "breath breathe breathless breathing mailbox exercise dressed "
    "kilograms centimeters centimetres"
).split()
MIN_LENGTH = 5  # shorter words have too many real-word neighbours
_WORD = re.compile(r"[a-z]{%d,}" % MIN_LENGTH)


LONG_WORD = 9  # words this long may also be two edits away ("emphazema")


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1:] for i in range(len(word))}


def _neighbours(word: str) -> set[str]:
    """One-letter deletions, and two-letter ones for long words."""
    once = _deletions(word)
    if len(word) < LONG_WORD:
        return once
    return once | {twice for variant in once for twice in _deletions(variant)}


# spellings by ear: "ph" and "f", "z" and "s", "y" and "i" sound alike ("emfazema" for "emphysema")
_SOUND_ALIKE = (("ph", "f"), ("z", "s"), ("y", "i"))


def _spoken(word: str) -> str:
    for written, heard in _SOUND_ALIKE:
        word = word.replace(written, heard)
    return word


@lru_cache(maxsize=None)  # two indexes: as typed, by ear
def _index(by_ear: bool = False) -> tuple[dict[str, str], dict[str, str]]:
    """Each vocabulary word (or its spoken form) -> the word, and each deletion variant of it -> the word."""
    forms = {(_spoken(word) if by_ear else word): word for word in VOCABULARY}
    deleted: dict[str, str] = {}
    for form, word in forms.items():
        for variant in _neighbours(form):
            deleted.setdefault(variant, form)
    return forms, deleted


def prepare() -> None:
    """Build both indexes now (about 10 ms), so the first person's answer does not pay for it."""
    _index(False)
    _index(True)


def _correction(token: str) -> str:
    if token in _index()[0]:
        return token
    # as typed first; then by ear, which catches several sound-alike letters at once
    return _nearest(token, False) or _nearest(_spoken(token), True) or token


def _nearest(token: str, by_ear: bool) -> str | None:
    forms, deleted = _index(by_ear)
    if token in forms:
        return forms[token]
    candidates = {deleted.get(token)}  # letters dropped: "emphysma"
    for variant in _neighbours(token):
        candidates.add(variant if variant in forms else None)  # letters added: "antibiotiics"
        candidates.add(deleted.get(variant))  # letters changed or swapped: "emphazema"
    scored = [(_distance(c, token), c) for c in candidates if c and c[0] == token[0]]
    allowed = [(d, c) for d, c in scored if d <= (2 if len(c) >= LONG_WORD else 1)]
    return forms[min(allowed)[1]] if allowed else None


def _distance(a: str, b: str) -> int:
    """Edit distance counting a swap of two neighbouring letters as one edit (optimal string alignment)."""
    rows = [list(range(len(b) + 1))]
    for i in range(1, len(a) + 1):
        row = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            row[j] = min(rows[-1][j] + 1, row[j - 1] + 1, rows[-1][j - 1] + (a[i - 1] != b[j - 1]))
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                row[j] = min(row[j], rows[-2][j - 2] + 1)
        rows.append(row)
    return rows[-1][-1]


def correct_spelling(text: str) -> str:
    """Lower-case text with misspelt vocabulary words replaced."""
    return _WORD.sub(lambda m: _correction(m.group(0)), text)

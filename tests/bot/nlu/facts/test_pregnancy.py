"""Pregnancy and breastfeeding: the speaker's own nursing beside a denial, and the question questioned."""

from __future__ import annotations

from bot.nlu.extract import extract_facts
from tests.bot.nlu.nlu_cases import TODAY, case, cases, check

PRG = "pregnant_or_breastfeeding"

PREGNANCY = cases(
    # nursing a child named after the state word is the speaker's own
    case("no I'm not pregnant, though I am breastfeeding my daughter still", PRG, pregnant_or_breastfeeding=True),
    # trap: the relative is the one nursing
    case("not pregnant, my daughter is breastfeeding though", PRG),
    # the question questioned, nothing else said: no answer, so the bot can say why it asks and ask again
    case("why do you need to know that?", PRG),
    case("how is that relevant", PRG),
    # trap: the question questioned, then answered
    case("why does that matter? no", PRG, pregnant_or_breastfeeding=False),
)


@PREGNANCY
def test_pregnancy(c):
    check(c, extract_facts(c.text, TODAY, c.asked, c.known))

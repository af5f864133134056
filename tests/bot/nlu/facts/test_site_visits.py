"""Site visits: a ride up to the site, here only part of the year, answers that hang on how often."""

from __future__ import annotations

from bot.nlu.extract import extract_facts
from tests.bot.nlu.nlu_cases import TODAY, case, cases, check

SITE = "can_attend_site_visits"

SITE_VISITS = cases(
    # volunteered: someone drives the person up to the site
    case("I'm 71 and my daughter will drive me down to Jacksonville for all of them", None, age=71, can_attend_site_visits=True),
    # volunteered: here only part of the year
    case("we live in Ocala but can only get down there in the spring", None, unsure=(SITE,)),
    # trap: a part-year statement that is a clear no for the rest stays a no
    case("only in Florida Jan to March, so I couldn't come in the summer", None, can_attend_site_visits=False),
    # asked: only some months
    case("We're only here between November and March", SITE, unsure=(SITE,)),
    # asked: the answer hangs on how often
    case("sure. hmm, how often? if it's twice a month then no", SITE, unsure=(SITE,)),
    # trap: a condition the speaker meets anyway
    case("yes, no problem, we live 10 minutes away", SITE, can_attend_site_visits=True),
    # asked: here for some months, somewhere else the rest of the year (no "only")
    case("we stay in St Augustine between December and March, back in Ohio the rest of the year", SITE, unsure=(SITE,)),
    case("half the year we're in Maine", SITE, unsure=(SITE,)),
    # volunteered: some months near the site
    case("I winter in Jacksonville from December to March and go back to Ohio after", None, unsure=(SITE,)),
    # trap: in Jacksonville all year is a yes
    case("we're in Jacksonville all year round, no problem", SITE, can_attend_site_visits=True),
    # volunteered: "no way" turns down the trip
    case("there's no way she could travel to Jacksonville for every appointment, she's on 4 liters of oxygen", None,
         can_attend_site_visits=False),
    case("no way we'd be able to drive to the clinic every month", None, can_attend_site_visits=False),
)


@SITE_VISITS
def test_site_visits(c):
    check(c, extract_facts(c.text, TODAY, c.asked, c.known))

"""In a real browser: the demo page, and a whole screening through the chat widget.

Typed answers and clicked buttons, a page reload in the middle (the transcript comes back and the
same conversation goes on), a dropped connection (the widget says so and sends once it is back),
the keyboard path, the live region, contrast, and a 360 px wide phone. Screenshots go to
test-output/browser/.
"""

from __future__ import annotations

import re
import time

import pytest

from bot.records import ScreeningRepository
from tests.e2e.conftest import BROWSER_OUTPUT, REPLY_TIMEOUT_S

pytestmark = pytest.mark.e2e

LOG = '[role="log"][aria-live="polite"]'
TIMEOUT_MS = REPLY_TIMEOUT_S * 1000

# A synthetic person who qualifies (tests/e2e/test_rest_screening.py), answering partly by typing and
# partly with the buttons. (how, text, the question asked next)
BEFORE_RELOAD = [
    ("click", "Yes, I agree", "age"),
    ("type-offline", "I'm 70", "copd_diagnosis"),
    ("type", "yes, emphysema", "smoking_status"),
    ("type", "I quit back in 2012", "pack_years"),
]
AFTER_RELOAD = [
    ("type", "about a pack a day for 35 years", "months_since_nicotine"),
    ("type", "nothing since I quit", "exacerbation_last_year"),
    ("type", "yes in april, they gave me antibiotics", "mmrc_grade"),
    ("type", "where is the study done?", "mmrc_grade"),
    ("type", "I have to stop after about 100 yards on the flat", "antibiotics_last_12_weeks"),
    ("click", "No", "steroids_last_12_weeks"),
    ("type", "no, just my Breo inhaler", "immunosuppressants"),
    ("click", "No", "heart_condition"),
    ("type", "only high blood pressure", "cancer_history"),
    ("type", "never", "autoimmune_disease"),
    ("click", "No", "height_cm"),
    ("type", "5 foot 10 and 180 pounds", "pregnant_or_breastfeeding"),
    ("click", "No", "can_attend_site_visits"),
    ("type", "yes my daughter can drive me", "fev1_percent"),
    ("type", "I don't know it", "answers_confirmed"),
    ("click", "Yes, that's right", "contact_consent"),
    ("click", "No, thanks", None),
]


def session_id(page) -> str:
    return page.evaluate(
        "Object.keys(localStorage).filter(k => k.startsWith('copd-widget.session.')).map(k => localStorage[k])[0]")


def active(page, expression: str):
    return page.evaluate(f"(() => {{ const el = document.activeElement; return {expression}; }})()")


def wait_for_question(rest, sender: str, slot, seconds: float = REPLY_TIMEOUT_S) -> None:
    """Rasa saves the conversation after it has sent every reply: then the next question is known."""
    deadline = time.monotonic() + seconds
    while True:
        current = rest.slots(sender).get("requested_slot")
        if current == slot:
            return
        if time.monotonic() > deadline:
            raise AssertionError(f"expected the {slot} question, the bot is at {current}")
        time.sleep(0.2)


def answer(page, rest, how: str, text: str, next_slot, context) -> None:
    log = page.locator(LOG)
    bot_messages = log.locator(".copdw-bot").count()
    if how == "click":
        page.locator(".copdw-choice", has_text=re.compile(f"^{re.escape(text)}$")).click()
    else:
        if how == "type-offline":
            # The connection drops: the widget says so, keeps the answer, and sends it once back.
            context.set_offline(True)
            page.wait_for_selector(".copdw-status[data-state=offline]", timeout=TIMEOUT_MS)
            assert "Reconnecting" in page.inner_text(".copdw-status")
        page.locator(".copdw-input").fill(text)
        page.keyboard.press("Enter")  # focus stays in the input
        if how == "type-offline":
            page.wait_for_selector(".copdw-typing:not([hidden])", timeout=TIMEOUT_MS)
            context.set_offline(False)
            page.wait_for_selector(".copdw-status[data-state=online]", timeout=TIMEOUT_MS)
    assert log.locator(".copdw-user").last.inner_text().endswith(text)
    log.locator(".copdw-bot").nth(bot_messages).wait_for(timeout=TIMEOUT_MS)  # a reply came
    wait_for_question(rest, session_id(page), next_slot)
    page.wait_for_selector(".copdw-typing", state="hidden", timeout=TIMEOUT_MS)


def luminance(rgb: str) -> float:
    channels = [int(v) / 255 for v in re.findall(r"\d+", rgb)[:3]]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(foreground: str, background: str) -> float:
    light, dark = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


COLOURS = """sel => [...document.querySelectorAll(sel)].slice(-1).map(el => {
  let bg = el, colour = 'rgba(0, 0, 0, 0)';
  while (bg && (colour = getComputedStyle(bg).backgroundColor) === 'rgba(0, 0, 0, 0)') bg = bg.parentElement;
  return [getComputedStyle(el).color, colour];
})[0]"""


def test_a_whole_screening_in_the_widget_with_a_reload_in_the_middle(browser, web_url, rest, server_env):
    started = time.monotonic()
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    try:
        page.goto(web_url + "/")
        assert page.title().startswith("Stem cells for severe COPD")
        assert page.get_by_role("link", name="Study team sign-in").get_attribute("href") == "/login"

        # Keyboard only: Tab reaches the launcher, with a visible focus outline; Enter opens the chat
        # and puts the focus in the message box.
        for _ in range(40):
            page.keyboard.press("Tab")
            if active(page, "el.classList.contains('copdw-launcher')"):
                break
        else:
            raise AssertionError("Tab never reached the chat launcher")
        assert active(page, "getComputedStyle(el).outlineStyle") == "solid"
        assert active(page, "el.getAttribute('aria-expanded')") == "false"
        page.keyboard.press("Enter")
        assert active(page, "el.classList.contains('copdw-input')")
        assert page.get_by_label("Your message").count() == 1

        # The greeting arrives in the live region, with its buttons.
        log = page.locator(LOG)
        assert log.count() == 1
        log.locator(".copdw-bot", has_text="automated helper").wait_for(timeout=TIMEOUT_MS)
        page.locator(".copdw-choice").first.wait_for(timeout=TIMEOUT_MS)
        assert page.get_by_role("group", name="Answer choices").get_by_role("button").count() == 2

        # Shift+Tab from the message box reaches the buttons; Space presses one; focus comes back.
        page.keyboard.press("Shift+Tab")
        page.keyboard.press("Shift+Tab")
        assert active(page, "el.textContent") == "Check if I qualify"
        assert active(page, "getComputedStyle(el).outlineStyle") == "solid"
        page.keyboard.press("Space")
        assert active(page, "el.classList.contains('copdw-input')")
        wait_for_question(rest, session_id(page), "privacy_ack")
        page.locator(".copdw-choice", has_text="Yes, I agree").wait_for(timeout=TIMEOUT_MS)

        for how, text, next_slot in BEFORE_RELOAD:
            answer(page, rest, how, text, next_slot, context)

        # A reload in the middle: the transcript comes back, and the same conversation goes on.
        sender = session_id(page)
        shown = log.locator(".copdw-msg").count()
        page.reload()
        page.wait_for_selector(".copdw-status[data-state=online]", timeout=TIMEOUT_MS)
        assert session_id(page) == sender
        assert page.locator(".copdw-open").count() == 1, "the chat stays open"
        assert log.locator(".copdw-msg").count() == shown
        assert log.locator(".copdw-user", has_text="I quit back in 2012").count() == 1
        assert log.locator(".copdw-bot", has_text="automated helper").count() == 1

        for how, text, next_slot in AFTER_RELOAD:
            answer(page, rest, how, text, next_slot, context)
            if text.startswith("where"):
                assert log.locator(".copdw-bot", has_text="Jacksonville").count() >= 1
                # The breathing question's lines stay lines.
                question = log.locator(".copdw-bot", has_text="closest to how your breathing").last
                assert "\n0 - I only get out of breath" in question.locator(".copdw-text").text_content()
                assert question.locator(".copdw-text").evaluate("el => getComputedStyle(el).whiteSpace") == "pre-wrap"
            if text == "I don't know it":
                assert log.locator(".copdw-bot", has_text="Is this right?").count() == 1
            if next_slot == "contact_consent":
                page.screenshot(path=str(BROWSER_OUTPUT / "widget.png"))  # the outcome, with buttons
        assert session_id(page) == sender
        log.locator(".copdw-bot", has_text="likely to qualify").wait_for(timeout=TIMEOUT_MS)
        log.locator(".copdw-bot", has_text="haven't kept any contact details").wait_for(timeout=TIMEOUT_MS)
        slots = rest.slots(sender)
        assert slots["eligibility"] == "likely_eligible" and slots["contact_consent"] is False

        record = ScreeningRepository(server_env["DATABASE_URL"]).get_screening(sender)
        assert record["outcome"] == "likely_eligible" and record["channel"] == "socketio"

        # Text is text: markup typed by the person is shown, never run.
        replies = log.locator(".copdw-bot").count()
        page.locator(".copdw-input").fill("<b>thanks</b> <img src=x onerror=alert(1)>")
        page.keyboard.press("Enter")
        log.locator(".copdw-bot").nth(replies).wait_for(timeout=TIMEOUT_MS)
        page.wait_for_selector(".copdw-typing", state="hidden", timeout=TIMEOUT_MS)
        assert log.locator(".copdw-user").last.text_content().endswith("<b>thanks</b> <img src=x onerror=alert(1)>")
        assert log.locator("b, img").count() == 0

        # WCAG AA contrast of the widget's texts against what is behind them.
        for selector in (".copdw-bot .copdw-text", ".copdw-user .copdw-text", ".copdw-title", ".copdw-status",
                         ".copdw-send", ".copdw-input"):
            foreground, background = page.evaluate(COLOURS, selector)
            assert contrast(foreground, background) >= 4.5, (selector, foreground, background)

        # A 360 px wide phone: no sideways scrolling, with the chat open or closed.
        page.set_viewport_size({"width": 360, "height": 740})
        assert page.evaluate("document.documentElement.scrollWidth") <= 360
        box = page.locator(".copdw-panel").bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= 360
        page.screenshot(path=str(BROWSER_OUTPUT / "widget-360.png"))
        page.locator(".copdw-input").focus()
        page.keyboard.press("Escape")  # closes the panel, focus back on the launcher
        assert active(page, "el.classList.contains('copdw-launcher')")
        assert page.evaluate("document.documentElement.scrollWidth") <= 360
        page.screenshot(path=str(BROWSER_OUTPUT / "demo-page-360.png"), full_page=True)
        assert errors == []
    finally:
        context.close()
    assert time.monotonic() - started < 60

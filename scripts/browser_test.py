#!/usr/bin/env python3
"""Drive headless Chromium against a running `coursemap serve`; save a PNG per step.

  browser_test.py BASE_URL SCREENSHOT_DIR [STATIC_BASE_URL]

Checks: home shows the topic map; a course lists lessons; a topic has ecosystem columns;
a search narrowed by a facet shows fewer results; marking a lesson done changes "what next";
a path counts the steps with a lesson marked done;
no CSP violation or script error in the console. With STATIC_BASE_URL (the static export served
by any web server): its search, also when no lesson has every word.
"""
import os
import sys

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

base, out = sys.argv[1], sys.argv[2]
static_base = sys.argv[3] if len(sys.argv) > 3 else None
failures = []


def check(condition, message):
    print(("ok   " if condition else "FAIL ") + message)
    if not condition:
        failures.append(message)


options = Options()
for flag in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,900"]:
    options.add_argument(flag)
options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
driver_path = "/usr/bin/chromedriver" if os.path.exists("/usr/bin/chromedriver") else None
driver = webdriver.Chrome(options=options, service=Service(driver_path) if driver_path else None)
wait = WebDriverWait(driver, 10)


def shot(name):
    driver.save_screenshot(os.path.join(out, name + ".png"))
    print("     screenshot " + os.path.join(out, name + ".png"))


def next_items():
    return [li.get_attribute("data-next") for li in driver.find_elements(By.CSS_SELECTOR, "#next-list li[data-next]")]


try:
    # Home: the map of the field.
    driver.get(base + "/")
    cards = driver.find_elements(By.CSS_SELECTOR, ".topic-map .topic-card")
    check(len(cards) >= 8, f"home shows the topic map ({len(cards)} topics)")
    wait.until(EC.visibility_of_element_located((By.ID, "next-panel")))
    check(len(next_items()) > 0, "home shows 'what next' suggestions")
    intro = driver.find_element(By.CSS_SELECTOR, "#next-panel p.muted").text
    check(intro.startswith("Where to start."), f"with nothing done, 'what next' says where to start: {intro}")
    start_with = driver.find_element(By.CSS_SELECTOR, ".topic-card .entry a").get_attribute("href")
    check(
        start_with.rstrip("/").endswith("/lessons/" + next_items()[0]),
        f"'what next' starts a newcomer where the first topic's card does: {next_items()[0]}",
    )
    shot("01-home")

    # A course: lessons in order.
    first_course = driver.find_element(By.CSS_SELECTOR, ".topic-card .entry a")
    first_course.click()
    course_link = driver.find_element(By.CSS_SELECTOR, ".crumbs a:nth-of-type(2)")
    course_link.click()
    lessons = driver.find_elements(By.CSS_SELECTOR, "ol.lessons .lesson-item")
    check(len(lessons) > 0, f"course page lists lessons ({len(lessons)}): {driver.title}")
    shot("02-course")

    # The course index: every course, by ecosystem.
    driver.get(base + "/courses/")
    cards = driver.find_elements(By.CSS_SELECTOR, "ul.cards > li")
    headings = [h.text for h in driver.find_elements(By.CSS_SELECTOR, "main h2")]
    check(len(cards) >= 3 and len(headings) >= 3, f"courses page lists {len(cards)} courses under {headings}")

    # A topic: the same topic across ecosystems.
    driver.get(base + "/topics/evaluation/")
    columns = driver.find_elements(By.CSS_SELECTOR, ".ecosystems .ecosystem")
    check(len(columns) == 3, "topic page shows cloud / open source / independent columns")
    shot("03-topic")

    # A search narrowed by a facet.
    driver.get(base + "/")
    box = driver.find_element(By.ID, "site-q")
    box.send_keys("evaluation")
    box.submit()
    wait.until(EC.presence_of_element_located((By.ID, "results-title")))
    before = driver.find_element(By.ID, "results-title").text
    shot("04-search")
    facet = driver.find_element(By.CSS_SELECTOR, "#facet-kind ~ ul a")
    facet.click()
    wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, ".facet .selected")))
    after = driver.find_element(By.ID, "results-title").text
    check(int(after.split()[0]) < int(before.split()[0]), f"facet narrows the search: {before} -> {after}")
    shot("05-search-facet")

    # Mark a lesson done: "what next" changes.
    driver.get(base + "/")
    wait.until(lambda d: len(next_items()) > 0)
    first_suggestion = driver.find_element(By.CSS_SELECTOR, "#next-list li[data-next] a")
    suggested = driver.find_element(By.CSS_SELECTOR, "#next-list li[data-next]").get_attribute("data-next")
    before_next = next_items()
    first_suggestion.click()
    box = wait.until(EC.element_to_be_clickable((By.CSS_SELECTOR, ".done-big input[data-done]")))
    shot("06-lesson")
    box.click()
    wait.until(lambda d: next_items() != before_next)
    after_next = next_items()
    check(suggested not in after_next, f"marking {suggested} done removes it from 'what next'")
    check(after_next != before_next, f"'what next' changed: {before_next[:3]} -> {after_next[:3]}")
    intro = driver.find_element(By.CSS_SELECTOR, "#next-panel p.muted").text
    check(intro.startswith("Based on the lessons you marked done"), f"'what next' says it follows progress: {intro}")
    shot("07-lesson-done")
    driver.refresh()
    box = wait.until(EC.element_to_be_clickable((By.CSS_SELECTOR, ".done-big input[data-done]")))
    check(box.is_selected(), "the done mark survives a reload (localStorage)")

    # A path: steps with a lesson marked done are counted.
    driver.get(base + "/paths/llmops-101/")
    progress = wait.until(EC.presence_of_element_located((By.ID, "path-progress")))
    covered_before = len(driver.find_elements(By.CSS_SELECTOR, "ol.steps > li.step.step-done"))
    open_step = [
        step
        for step in driver.find_elements(By.CSS_SELECTOR, "ol.steps > li.step")
        if "step-done" not in step.get_attribute("class") and step.find_elements(By.CSS_SELECTOR, "input[data-done]")
    ][0]
    open_step.find_element(By.CSS_SELECTOR, "input[data-done]").click()
    wait.until(lambda d: len(d.find_elements(By.CSS_SELECTOR, "ol.steps > li.step.step-done")) == covered_before + 1)
    steps = len(driver.find_elements(By.CSS_SELECTOR, "ol.steps > li.step"))
    text = driver.find_element(By.ID, "path-progress").text
    check(
        text == f"You have covered {covered_before + 1} of {steps} steps.",
        f"a path counts the steps covered: {text}",
    )
    shot("08-path-progress")

    # Coverage page.
    driver.get(base + "/coverage/")
    check(len(driver.find_elements(By.CSS_SELECTOR, "table.coverage")) >= 1, "coverage page shows the table")
    shot("09-coverage")

    # A phone-sized window.
    driver.set_window_size(390, 844)
    driver.get(base + "/topics/evaluation/")
    shot("10-topic-phone")

    if static_base:
        # The static export searches in the browser, with the server's fallback to most words.
        driver.get(static_base + "/search/?q=evaluation")
        status = wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, "#static-search h2")))
        check(int(status.text.split()[0]) > 0, f"static search finds lessons: {status.text}")
        driver.get(static_base + "/search/?q=evaluation+zqxjunknown")
        status = wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, "#static-search h2")))
        notes = driver.find_elements(By.CSS_SELECTOR, "#static-search .partial")
        check(
            int(status.text.split()[0]) > 0 and len(notes) == 1 and "1 of them" in notes[0].text,
            f"static search without a full match lists the best partial ones: {status.text}",
        )
        shot("11-static-search-partial")

    errors = [entry for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]
    check(not errors, "no console errors or CSP violations: " + "; ".join(e["message"] for e in errors[:3]))
finally:
    driver.quit()

if failures:
    print(f"{len(failures)} check(s) failed")
    sys.exit(1)
print("browser test passed")

"""The generic boilerplate rules: plugs, notices, credits and banners go; reporting stays."""

from __future__ import annotations

import pytest

from core.ingest.boilerplate import MAX_BOILERPLATE_LINE, matching_rule, strip_boilerplate

REPORTING = [
    "The council voted 7-2 on Friday to approve the budget.",
    "Subscribers to the water utility reported brown tap water on Monday.",
    "Related-party transactions rose sharply last year, the filing shows.",
    "More than 200 people attended the meeting.",
    "Video by a bystander shows officers arriving at the scene.",
    "The regulator said websites that use cookies must ask first.",
    "Sign-ups for the program doubled in March, officials said.",
    "By Tuesday afternoon, lawmakers had agreed on a deal.",
    "Share prices fell 4% after the announcement.",
    "Readers can sign up for alerts, the agency said, but few have.",
    "Photographs taken by residents show flooding on Main Street.",
    "The newsletter, which the union sends to 4,000 members, called for a strike.",
    "Comments from the mayor drew criticism on Tuesday.",
    "Watch parties were held across the city.",
    "Listen closely, the judge told jurors.",
]


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Read next: Who is the new chief executive?", "read-next"),
        ("Also read: Inside the safety team", "read-next"),
        ("See also: Levee funding stalls", "read-next"),
        ("READ MORE: Ports clear backlog", "read-next"),
        ("**Read more:** [Dam inspection ordered](https://example.org/x)", "read-next"),
        ("Related: What the deal means", "read-next"),
        ("Sign up for our morning newsletter to get local news every weekday.", "newsletter"),
        ("Subscribe now for unlimited access", "newsletter"),
        ("Get the latest headlines delivered to your inbox.", "newsletter"),
        ("Enter your email address", "newsletter"),
        ("We use cookies to improve your experience. Read our cookie policy.", "cookies"),
        ("This site uses cookies.", "cookies"),
        ("Comments are closed.", "comments"),
        ("Read our community guidelines before commenting.", "comments"),
        ("Join the conversation", "comments"),
        ("12 comments", "comments"),
        ("Photo: The spillway seen from the east bank.", "photo-credit"),
        ("Photo by Jane Roe/Agency", "photo-credit"),
        ("(Photo by Jane Roe/Agency)", "photo-credit"),
        ("Image credit: Jane Roe", "photo-credit"),
        ("Credit: Tamsin Reyes for the Journal", "photo-credit"),
        ("Disclaimer: This is not financial advice.", "disclaimer"),
        ("The views expressed in this article are those of the author.", "disclaimer"),
        ("© 2024 Example Media. All rights reserved.", "disclaimer"),
        ("This article was originally published by a partner site.", "disclaimer"),
        ("Share this article", "share"),
        ("Share | Tweet | Email", "share"),
        ("Print", "share"),
        ("We may earn a commission when you buy through links on our site.", "affiliate"),
        ("This post contains affiliate links.", "affiliate"),
        ("ADVERTISEMENT", "advertisement"),
        ("Story continues below advertisement", "advertisement"),
        ("· Updated", "orphan-label"),
    ],
)
def test_boilerplate_lines_are_recognised(line: str, rule: str) -> None:
    assert matching_rule(line) == rule


@pytest.mark.parametrize("line", REPORTING)
def test_reporting_lines_are_not_boilerplate(line: str) -> None:
    assert matching_rule(line) is None


def test_long_paragraph_is_never_removed_even_when_it_matches_a_rule() -> None:
    filler = "and the council kept debating the budget well into the night " * 5
    long = ("Sign up " + filler).strip()
    assert len(long) > MAX_BOILERPLATE_LINE
    assert matching_rule(long) is None
    assert strip_boilerplate(f"Intro line here.\n\n{long}") == f"Intro line here.\n\n{long}"


def test_every_reporting_paragraph_survives_a_full_article() -> None:
    text = "\n\n".join(REPORTING)
    assert strip_boilerplate(text) == text


def test_banners_at_the_top_and_trailers_at_the_end_go() -> None:
    text = "\n".join([
        "Skip to main content",
        "Menu",
        "Home | News | Sport | Business | Opinion",
        "",
        "The council voted on Friday.",
        "",
        "It was the third vote this year.",
        "",
        "Tags: council, budget",
        "Follow us on Twitter",
        "About | Contact | Privacy",
    ])
    assert strip_boilerplate(text) == (
        "The council voted on Friday.\n\nIt was the third vote this year."
    )


def test_nav_like_lines_in_the_middle_stay() -> None:
    text = "The vote.\n\nYes | No | Abstain\n\nThe result was close."
    assert strip_boilerplate(text) == text


def test_inline_photo_credit_is_cut_from_a_caption_but_the_sentence_stays() -> None:
    text = "Crowds gathered outside the court (Photo by Jane Roe/Agency) on Friday."
    assert strip_boilerplate(text) == "Crowds gathered outside the court on Friday."


def test_plug_line_inside_a_paragraph_goes_alone() -> None:
    text = "The dam was inspected.\nRead more: Dam history\nDivers found no damage."
    assert strip_boilerplate(text) == "The dam was inspected.\nDivers found no damage."


def test_text_that_is_all_boilerplate_is_left_as_it_was() -> None:
    assert strip_boilerplate("  Share this article\n") == "Share this article"


def test_no_rule_names_an_outlet() -> None:
    import inspect

    import core.ingest.boilerplate as module

    source = inspect.getsource(module).lower()
    for outlet in ("reuters", "associated press", "bbc", "cnn", "guardian", "new york times",
                   "getty", "afp", "bloomberg"):
        assert outlet not in source

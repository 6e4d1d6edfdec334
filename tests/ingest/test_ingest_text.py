"""Plain text and Markdown: titles, fallbacks and Markdown markup."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from ingest_helpers import CDT, OPTIONS, read, write

from core.ingest import ReadOptions


def test_markdown_heading_is_the_title_and_markup_goes(tmp_path: Path) -> None:
    path = write(tmp_path, "a.md", "# The *big* vote\n\nPublished: 2024-05-17\n\nThe [council]"
                 "(https://x.org/c) voted **7-2**.\n\n![chart](c.png)\n\n> “Yes,” she said.\n")
    (article,) = read(path).articles
    assert article.title == "The big vote"
    assert article.text == "The council voted 7-2.\n\n“Yes,” she said."
    assert article.published == datetime(2024, 5, 17, tzinfo=CDT)


def test_long_first_line_is_not_taken_away_as_a_title(tmp_path: Path) -> None:
    first = "HARLAN CREEK, May 17, 2024 — The council voted on Friday to approve the budget."
    (article,) = read(write(tmp_path, "a.txt", first + "\n\nMore text.\n")).articles
    assert article.text.startswith(first)
    assert article.title == first


def test_published_option_dates_plain_text(tmp_path: Path) -> None:
    options = ReadOptions(default_tz=CDT, published=datetime(2024, 5, 1, 9, tzinfo=CDT))
    (article,) = read(write(tmp_path, "a.txt", "No date here.\n"), options).articles
    assert article.published == datetime(2024, 5, 1, 9, tzinfo=CDT)


def test_front_matter_numbers_and_dates_from_yaml(tmp_path: Path) -> None:
    path = write(tmp_path, "a.md", "---\ntitle: 1984\ndate: 2024-05-17T10:00:00+02:00\n"
                 "authors: [Ann, Bo]\n---\nText.\n")
    (article,) = read(path).articles
    assert article.title == "1984" and article.author == "Ann, Bo"
    assert article.published.isoformat() == "2024-05-17T10:00:00+02:00"


def test_updated_in_front_matter_is_kept_apart(tmp_path: Path) -> None:
    path = write(tmp_path, "a.md", "---\npublished: 2024-05-17\nupdated: 2024-05-18 09:00\n---\n"
                 "Text.\n")
    (article,) = read(path, OPTIONS).articles
    assert article.published == datetime(2024, 5, 17, tzinfo=CDT)
    assert article.updated == datetime(2024, 5, 18, 9, tzinfo=CDT)


def test_html_saved_as_txt_is_read_as_html(tmp_path: Path) -> None:
    html = ("<!DOCTYPE html><html><head><title>Vote</title><meta property='article:published_time'"
            " content='2024-05-17T09:00:00-05:00'></head><body><article><p>The council voted on "
            "Friday to approve the budget after a long debate about the harbour.</p></article>"
            "</body></html>")
    (article,) = read(write(tmp_path, "page.txt", html)).articles
    assert article.text.startswith("The council voted") and "<p>" not in article.text

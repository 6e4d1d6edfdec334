"""Each realistic fixture file reads into the articles a person would expect."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from ingest_helpers import CDT, FIXTURES, read, read_all

PLUS2 = timezone(timedelta(hours=2))


def test_saved_news_page_keeps_the_article_and_drops_the_page_around_it() -> None:
    results = read(FIXTURES / "news_page.html")
    assert results.problems == [] and results.warnings == []
    (article,) = results.articles
    assert article.title == "Dam inspection ordered after spillway crack"
    assert article.author == "Priya Natarajan"
    assert article.url == "https://www.valleyledger.example/news/2024/05/17/dam-inspection"
    assert article.source == "The Valley Ledger"
    assert article.published == datetime(2024, 5, 17, 8, 15, tzinfo=CDT)
    assert article.updated == datetime(2024, 5, 18, 11, 40, tzinfo=CDT)
    assert article.text.startswith("HARLAN CREEK — State engineers ordered")
    assert "Those repairs were scheduled for next year." in article.text
    assert "“We are treating this with the seriousness it deserves,”" in article.text
    for noise in ("Skip to main content", "Advertisement", "Log in", "newsletter", "cookies",
                  "First!", "All rights reserved", "Related stories", "Tweet"):
        assert noise not in article.text, noise


def test_rss_feed_gives_one_article_per_item_with_offsets_kept() -> None:
    results = read(FIXTURES / "feed.rss")
    assert results.problems == []
    assert [a.origin.rsplit("#", 1)[1] for a in results.articles] == ["1", "2", "3"]
    divers = results.titled("Divers find no damage below waterline at Harlan Creek dam")
    assert divers.published == datetime(2024, 5, 21, 17, 30, tzinfo=CDT)
    assert divers.author == "Priya Natarajan"
    assert divers.source == "Valley Ledger — News"
    assert "sealed next month" in divers.text
    assert "Read more" not in divers.text and "newsletter" not in divers.text
    assert "<p>" not in divers.text
    reservoir = results.titled("Reservoir to stay low through June")
    assert reservoir.published == datetime(2024, 5, 20, 9, 0, tzinfo=UTC)
    assert reservoir.author == "Tomas Greer"
    assert reservoir.text.endswith("Boat ramps at the north shore will remain closed.")
    sandbags = results.titled("County opens sandbag station as a precaution")
    assert sandbags.published.hour == 14 and sandbags.published.utcoffset() == timedelta(hours=-5)


def test_atom_feed_keeps_updated_apart_and_falls_back_to_it() -> None:
    results = read(FIXTURES / "feed.atom")
    assert results.problems == []
    seal = results.titled("Engineers to seal dam crack in June")
    assert seal.published == datetime(2024, 5, 22, 6, 45, tzinfo=PLUS2)
    assert seal.updated == datetime(2024, 5, 22, 9, 10, tzinfo=PLUS2)
    assert seal.source == "Riverside Dispatch" and seal.author == "Marta Lindgren"
    assert "Photo:" not in seal.text and "$400,000" in seal.text
    siren = results.titled("Residents below the dam ask for a siren")
    assert siren.published == datetime(2024, 5, 21, 19, 0, tzinfo=UTC)


def test_news_api_dump_reads_nested_source_author_lists_and_html_content() -> None:
    results = read(FIXTURES / "news_api.json")
    assert results.problems == []
    assert len(results.articles) == 3
    first = results.titled("Dam inspection ordered after spillway crack")
    assert first.source == "Valley Ledger"
    assert first.published == datetime(2024, 5, 17, 13, 15, tzinfo=UTC)
    assert not first.text.endswith("chars]")
    assert [w.line() for w in results.warnings] == [
        f"{FIXTURES / 'news_api.json'} item 1: warning: text is cut short (it ends with "
        "'[+N chars]') — news APIs often send only the start; save the full article instead"
    ]
    second = results.titled("Engineers to seal dam crack in June")
    assert second.author == "Marta Lindgren, Ola Berg"
    assert second.text.split("\n\n")[1] == "The work is expected to cost about $400,000."
    third = results.titled("Sandbag station opens at fairgrounds")
    assert third.text == "The county opened a sandbag station on Saturday as a precaution."


def test_json_lines_with_one_broken_line_reads_the_others() -> None:
    path = FIXTURES / "articles.jsonl"
    results = read(path)
    assert [a.origin for a in results.articles] == [f"{path}#1", f"{path}#2", f"{path}#4"]
    assert results.lines == [
        f"{path} line 3: not valid JSON (column 72: Expecting ',' delimiter) — "
        "fix or delete that line; the other lines were read"
    ]
    board = results.titled("County board hears from residents")
    assert board.author == "Tomas Greer"
    assert board.published == datetime(2024, 5, 21, tzinfo=CDT)
    assert board.text == (
        "About 80 residents attended Tuesday's county board meeting.\n\n"
        "Several asked for a warning siren below the dam."
    )
    lowered = results.titled("Reservoir lowered by a metre")
    assert lowered.published == datetime(2024, 5, 19, 21, 30, tzinfo=CDT)


def test_plain_text_with_a_dateline() -> None:
    (article,) = read(FIXTURES / "dateline.txt").articles
    assert article.title == "Harlan Creek dam crack prompts emergency inspection"
    assert article.published == datetime(2024, 5, 17, tzinfo=CDT)
    assert article.source == "unknown"
    assert article.text.startswith("HARLAN CREEK, May 17, 2024 — State engineers")
    assert "Read more" not in article.text
    assert article.text.endswith("the state's chief dam safety engineer.")


def test_markdown_front_matter_wins_and_boilerplate_goes() -> None:
    (article,) = read(FIXTURES / "front_matter.md").articles
    assert article.title == "Valley braces for more rain as dam work waits"
    assert article.published == datetime(2024, 5, 23, 16, 0, tzinfo=CDT)
    assert article.source == "Valley Ledger"
    assert article.text.startswith("Forecasters expect up to 5 centimetres of rain over the "
                                   "Harlan Creek watershed on Saturday")
    assert article.text.endswith('"We have room," said emergency manager Dale Whitcomb.')
    assert "\n\n" in article.text
    for noise in ("Home |", "Photo by", "Also read", "commission", "newsletter", "Tags:", "**"):
        assert noise not in article.text, noise


def test_windows_1252_text_is_decoded_with_curly_quotes_and_lf_endings() -> None:
    (article,) = read(FIXTURES / "windows1252.txt").articles
    assert article.title == "Café owners near the dam say business has dried up"
    assert article.published == datetime(2024, 5, 19, tzinfo=CDT)
    assert "“Chez Renée”" in article.text and "It’s the fear" in article.text
    assert "5 € a plate" in article.text and "naïvely" in article.text
    assert "\r" not in article.text and "Published:" not in article.text


def test_utf16_text_with_only_an_updated_line() -> None:
    (article,) = read(FIXTURES / "utf16.txt").articles
    assert article.title == "Reservoir levels: a résumé of the week"
    assert article.published == datetime(2024, 5, 24, 8, 0, tzinfo=PLUS2)
    assert article.text.startswith("The reservoir behind the Harlan Creek dam fell 1.1 metres")


def test_the_whole_fixture_folder_reads_with_only_the_planted_problem() -> None:
    results = read_all([FIXTURES])
    assert len(results.articles) == 17
    assert len(results.problems) == 1 and "articles.jsonl line 3" in results.lines[0]

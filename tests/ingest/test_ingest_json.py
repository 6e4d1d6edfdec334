"""JSON field mapping, --map overrides and where the articles sit in a document."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from ingest_helpers import CDT, read, write

from core.ingest import ReadOptions, parse_field_map


def test_default_field_names(tmp_path: Path) -> None:
    record = {"Headline": "H", "articleBody": "Body.", "datePublished": "2024-05-17T09:00:00Z",
              "publisher": {"name": "Pub"}, "link": "https://www.example.org/a",
              "creator": ["A", "B"], "dateModified": "2024-05-18T09:00:00Z"}
    (article,) = read(write(tmp_path, "a.json", json.dumps(record))).articles
    assert (article.title, article.text, article.source, article.author) == ("H", "Body.", "Pub",
                                                                             "A, B")
    assert article.published == datetime(2024, 5, 17, 9, tzinfo=UTC)
    assert article.updated == datetime(2024, 5, 18, 9, tzinfo=UTC)


def test_source_falls_back_to_the_url_host_then_unknown(tmp_path: Path) -> None:
    records = [{"text": "x", "date": "2024-05-17", "url": "https://www.example.org/a"},
               {"text": "y", "date": "2024-05-17"}]
    results = read(write(tmp_path, "a.json", json.dumps(records)))
    assert [a.source for a in results.articles] == ["example.org", "unknown"]
    assert [a.title for a in results.articles] == ["x", "y"]


def test_field_map_overrides_with_dotted_keys(tmp_path: Path) -> None:
    record = {"story": {"hed": "Mapped", "copy": "Mapped body."},
              "meta": {"when": "2024-05-17 08:00", "site": "Mapped Wire"}}
    options = ReadOptions(default_tz=CDT, field_map=parse_field_map(
        ["title=story.hed", "text=story.copy", "published=meta.when", "source=meta.site"]
    ))
    (article,) = read(write(tmp_path, "a.json", json.dumps(record)), options).articles
    assert (article.title, article.text, article.source) == ("Mapped", "Mapped body.",
                                                             "Mapped Wire")
    assert article.published == datetime(2024, 5, 17, 8, tzinfo=CDT)


def test_bad_map_options_fail_early() -> None:
    with pytest.raises(ValueError, match="unknown field 'headline'"):
        parse_field_map(["headline=title"])
    with pytest.raises(ValueError, match="expected FIELD=KEY"):
        parse_field_map(["title"])
    with pytest.raises(ValueError, match="unknown field nope"):
        ReadOptions(field_map={"nope": "x"})


@pytest.mark.parametrize(
    "document",
    [
        {"results": [{"text": "a", "date": "2024-05-17"}]},
        {"response": {"docs": [{"text": "a", "date": "2024-05-17"}]}},
        {"hits": {"hits": [{"_source": {"text": "a", "date": "2024-05-17"}}]}},
        {"whatever": [{"text": "a", "date": "2024-05-17"}]},
    ],
)
def test_articles_are_found_inside_api_wrappers(tmp_path: Path, document: object) -> None:
    (article,) = read(write(tmp_path, "a.json", json.dumps(document))).articles
    assert article.text == "a"


def test_json_without_articles(tmp_path: Path) -> None:
    path = write(tmp_path, "a.json", '{"status": "error", "code": 429}')
    assert read(path).lines == [
        f"{path}: no articles found in the JSON — expected an article object, a list of them, "
        "or an 'articles'/'items' list; use --map FIELD=KEY if the fields have other names"
    ]


def test_a_json_file_holding_json_lines_is_read_as_such(tmp_path: Path) -> None:
    lines = ['{"text": "a", "date": "2024-05-17"}', '{"text": "b", "date": "2024-05-18"}']
    results = read(write(tmp_path, "a.json", "\n".join(lines)))
    assert [a.text for a in results.articles] == ["a", "b"]


def test_published_option_fills_in_but_never_overrides(tmp_path: Path) -> None:
    options = ReadOptions(default_tz=CDT, published=datetime(2024, 1, 2))
    records = [{"text": "dated", "date": "2024-05-17"}, {"text": "undated"}]
    results = read(write(tmp_path, "a.json", json.dumps(records)), options)
    assert [a.published.date().isoformat() for a in results.articles] == ["2024-05-17",
                                                                          "2024-01-02"]
    assert results.articles[1].published.tzinfo is CDT


def test_same_article_under_two_names_has_the_same_key(tmp_path: Path) -> None:
    record = json.dumps({"title": "T", "text": "Same.", "date": "2024-05-17"})
    first = read(write(tmp_path, "a.json", record)).articles[0]
    second = read(write(tmp_path, "b.jsonl", record + "\n")).articles[0]
    assert first.origin != second.origin and first.key == second.key

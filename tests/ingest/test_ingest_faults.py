"""What users really feed Dateline: each fault is one clear line, and the good files still read."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from ingest_helpers import FIXTURES, GOOD_MD, OPTIONS, collect, read, read_all, write

from core.ingest import discover, read_file
from core.ingest.reader import MAX_BYTES


def _with_good(tmp_path: Path, name: str, content: str | bytes) -> tuple[Path, list[str], int]:
    """Write a bad file next to a good one, read both, return (bad path, lines, articles)."""
    write(tmp_path, "good.md", GOOD_MD)
    bad = write(tmp_path, name, content)
    results = read_all([tmp_path])
    return bad, results.lines, len(results.articles)


def test_empty_file(tmp_path: Path) -> None:
    bad, lines, articles = _with_good(tmp_path, "empty.txt", "")
    assert lines == [f"{bad}: empty file — nothing to read; save the article's text in it"]
    assert articles == 1


def test_whitespace_only_file_is_empty_too(tmp_path: Path) -> None:
    bad, lines, articles = _with_good(tmp_path, "blank.md", "\n  \r\n\t\n")
    assert lines == [f"{bad}: empty file — nothing to read; save the article's text in it"]
    assert articles == 1


def test_binary_file(tmp_path: Path) -> None:
    bad, lines, articles = _with_good(tmp_path, "photo.txt", b"\x00\x01\x02garbage\x00\xff" * 50)
    assert lines == [
        f"{bad}: binary file, not text — it contains NUL bytes; "
        "save the article as .txt, .md, .html or .json and add that"
    ]
    assert articles == 1


def test_pdf_saved_as_txt_says_what_it_is(tmp_path: Path) -> None:
    bad, lines, _ = _with_good(tmp_path, "article.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj")
    assert lines == [
        f"{bad}: binary file, not text — it is a PDF; "
        "save the article as .txt, .md, .html or .json and add that"
    ]


def test_invalid_utf8_is_decoded_by_detection(tmp_path: Path) -> None:
    text = "Le conseil municipal a voté vendredi. Les élus ont approuvé le budget à l'unanimité."
    content = f"---\ntitle: Vote\npublished: 2024-05-17\n---\n\n{text}\n".encode("latin-1")
    bad, lines, articles = _with_good(tmp_path, "latin1.md", content)
    assert lines == [] and articles == 2
    (article,) = read(bad).articles
    assert article.text == text


def test_utf8_with_a_stray_byte_keeps_utf8_and_warns(tmp_path: Path) -> None:
    text = "Published: 2024-05-17\n\n“Quotes” — and café, naïve, résumé: UTF-8. Bad: \x93 here.\n"
    path = write(tmp_path, "stray.txt", text.encode("utf-8").replace(b"\xc2\x93", b"\x93"))
    results = read(path)
    (article,) = results.articles
    assert "“Quotes” — and café, naïve, résumé" in article.text and "\ufffd" in article.text
    assert [w.line() for w in results.warnings] == [
        f"{path}: warning: 1 byte(s) were not valid UTF-8 and were replaced by \ufffd — "
        "check the file's encoding; save it as UTF-8"
    ]


def test_malformed_front_matter(tmp_path: Path) -> None:
    bad, lines, articles = _with_good(
        tmp_path, "bad.md", "---\ntitle: [unclosed\npublished: 2024-05-17\n---\n\nText.\n"
    )
    assert lines == [
        f"{bad}: malformed front matter (while parsing a flow sequence) — fix the YAML between "
        "the --- lines; quote values that contain ': '"
    ]
    assert articles == 1


def test_front_matter_that_is_not_fields(tmp_path: Path) -> None:
    bad, lines, _ = _with_good(tmp_path, "list.md", "---\n- a\n- b\n---\n\nText.\n")
    assert lines == [
        f"{bad}: front matter is not a list of 'key: value' fields — write it as lines such as "
        "'title: ...' and 'published: 2024-05-17'"
    ]


def test_missing_publish_date(tmp_path: Path) -> None:
    bad, lines, articles = _with_good(tmp_path, "undated.txt", "A title\n\nSomething happened.\n")
    assert lines == [
        f"{bad}: no publish date — add 'published: YYYY-MM-DD' front matter, a 'Published: ...' "
        "line or a dateline, or pass --published YYYY-MM-DD"
    ]
    assert articles == 1


def test_unparseable_publish_date(tmp_path: Path) -> None:
    bad, lines, articles = _with_good(
        tmp_path, "when.md", "---\ntitle: When\npublished: last Tuesday-ish\n---\n\nText.\n"
    )
    assert lines == [
        f"{bad}: front matter: published 'last Tuesday-ish' is not a date — "
        "fix that field in the front matter"
    ]
    assert articles == 1


@pytest.mark.parametrize(
    ("record", "message"),
    [
        ({"title": 42, "text": "x", "published": "2024-05-17"}, "title is a number, expected text"),
        ({"title": "t", "text": [1, 2], "published": "2024-05-17"},
         "text is a list containing a number, expected text"),
        ({"title": "t", "text": {"p": "x"}, "published": "2024-05-17"},
         "text is an object, expected text"),
        ({"title": "t", "text": "x", "published": True},
         "published is true/false, expected a date"),
        ({"title": "t", "text": "x", "published": "soon"}, "published 'soon' is not a date"),
        ({"title": "t", "text": "x", "published": "2024-05-17", "source": 7},
         "source is a number, expected text"),
        ({"title": "t", "text": "x", "published": "2024-05-17", "author": [3]},
         "author is a list, expected text or a list of names"),
    ],
)
def test_wrong_json_types(tmp_path: Path, record: dict[str, object], message: str) -> None:
    good = {"title": "Good", "text": "The vote passed.", "published": "2024-05-17"}
    path = write(tmp_path, "items.json", json.dumps([good, record, good | {"title": "Also"}]))
    results = read(path)
    assert results.lines == [
        f"{path} item 2: {message} — fix that field, or point --map at the right key"
    ]
    assert [a.title for a in results.articles] == ["Good", "Also"]


def test_json_list_item_that_is_not_an_object(tmp_path: Path) -> None:
    path = write(tmp_path, "items.json", '[{"text": "x", "date": "2024-05-17"}, 5, "s"]')
    results = read(path)
    assert results.lines == [
        f"{path} item 2: is a number, expected an article object",
        f"{path} item 3: is text, expected an article object",
    ]
    assert len(results.articles) == 1


def test_invalid_json_file(tmp_path: Path) -> None:
    bad, lines, articles = _with_good(tmp_path, "dump.json", '{"title": "x", "text": }')
    assert lines == [
        f"{bad}: not valid JSON (line 1 column 24: Expecting value) — fix the JSON, "
        "or save one article object per line as .jsonl"
    ]
    assert articles == 1


def test_jsonl_with_a_broken_third_line(tmp_path: Path) -> None:
    line = '{"title": "T%d", "text": "Body %d.", "published": "2024-05-1%d"}'
    rows = [line % (1, 1, 1), line % (2, 2, 2), '{"title": "T3", "text": ', line % (4, 4, 4)]
    path = write(tmp_path, "file.jsonl", "\n".join(rows) + "\n")
    results = read(path)
    assert results.lines == [
        f"{path} line 3: not valid JSON (column 25: Expecting value) — "
        "fix or delete that line; the other lines were read"
    ]
    assert [a.title for a in results.articles] == ["T1", "T2", "T4"]
    assert results.articles[2].origin == f"{path}#4"


def test_a_9_mb_article_is_read_whole(tmp_path: Path) -> None:
    # Just under MAX_ARTICLE_CHARS (10 million); a longer one is refused (test_bounded_work).
    paragraph = ("The council met on Friday and voted to approve the budget after a long debate "
                 "about the harbour, the schools and the roads. ") * 8
    body = "\n\n".join([paragraph] * (9_500_000 // len(paragraph)))
    path = write(tmp_path, "huge.md", f"---\ntitle: Huge\npublished: 2024-05-17\n---\n\n{body}\n")
    assert path.stat().st_size > 9_000_000
    results = read(path)
    (article,) = results.articles
    assert results.problems == [] and len(article.text) > 9_000_000


def test_file_over_the_limit_is_refused_without_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("core.ingest.reader.MAX_BYTES", 100)
    path = write(tmp_path, "big.txt", "x" * 200)
    assert read(path).lines == [f"{path}: file too large (0 MB; the limit is 0 MB) — "
                                "split it into smaller files"]
    assert MAX_BYTES == 200 * 1024 * 1024


def test_file_that_vanishes_between_discover_and_read(tmp_path: Path) -> None:
    write(tmp_path, "good.md", GOOD_MD)
    gone = write(tmp_path, "gone.md", GOOD_MD.replace("A good", "Another"))
    found = discover([str(tmp_path)])
    gone.unlink()
    results = collect(item for path in found.files for item in read_file(path, OPTIONS))
    assert results.lines == [f"{gone}: file not found (moved or deleted?) — "
                             "check the path and add it again"]
    assert [a.title for a in results.articles] == ["A good article"]


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path, "good.md", GOOD_MD)
    locked = write(tmp_path, "locked.md", GOOD_MD)
    real_read_bytes = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        if self.name == "locked.md":
            raise PermissionError(13, "Permission denied", str(self))
        return real_read_bytes(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    results = read_all([tmp_path])
    assert results.lines == [f"{locked}: permission denied — "
                             "make the file readable (chmod u+r) and add it again"]
    assert len(results.articles) == 1


def test_a_folder_passed_to_read_file(tmp_path: Path) -> None:
    assert read(tmp_path).lines == [
        f"{tmp_path}: is a folder, not a file — pass the folder to 'add' instead"
    ]


def test_control_characters_never_reach_any_field(tmp_path: Path) -> None:
    nasty = "\x1b[31m\x1b]0;title\x07\x9b2J\x1bP1;2q\x1b\\\x07\x08\x0b\x0c\x7f\x85\x9c"
    record = {
        "title": f"Vote{nasty} passes",
        "text": f"The council{nasty} voted on Friday.\x1b[2J",
        "published": "2024-05-17",
        "source": f"Wire{nasty}",
        "url": f"https://example.org/{nasty}a",
        "author": f"Jane{nasty} Roe",
        "updated": "2024-05-18",
    }
    results = read(write(tmp_path, f"ctrl{chr(27)}[2J.json", json.dumps(record)))
    (article,) = results.articles
    for value in (article.title, article.text, article.source, article.url or "",
                  article.author or "", article.origin):
        assert not any(ord(ch) < 32 and ch not in "\n\t" for ch in value), repr(value)
        assert not any(0x7F <= ord(ch) <= 0x9F for ch in value), repr(value)
    assert article.title == "Vote passes"
    assert article.text == "The council voted on Friday."
    assert article.author == "Jane Roe" and article.source == "Wire"


def test_control_fixture_file() -> None:
    (article,) = read(FIXTURES / "controls.txt").articles
    assert article.title == "Dam red alert"
    assert article.text == ("HARLAN CREEK — Engineers inspected the dam on Friday. "
                            "Residents were calm. The inspection ends Wednesday.")


def test_future_and_ancient_dates_are_warnings_not_failures(tmp_path: Path) -> None:
    write(tmp_path, "future.md", "---\ntitle: F\npublished: 2999-01-01\n---\n\nText.\n")
    write(tmp_path, "old.md", "---\ntitle: O\npublished: 1850-06-01\n---\n\nText.\n")
    results = read_all([tmp_path])
    assert results.problems == []
    assert sorted(a.title for a in results.articles) == ["F", "O"]
    assert sorted(w.line() for w in results.warnings) == [
        f"{tmp_path / 'future.md'}: warning: publish date 2999-01-01 is in the future — "
        "check the date; relative dates in the article will be resolved against it",
        f"{tmp_path / 'old.md'}: warning: publish date 1850-06-01 is before 1900 — "
        "check the date; it may be a placeholder",
    ]
    assert all(w.is_warning for w in results.warnings)


def test_read_file_never_raises_even_on_an_internal_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def boom(*args: object, **kwargs: object) -> None:
        raise RuntimeError("kaboom")

    monkeypatch.setattr("core.ingest.reader.read_text", boom)
    path = write(tmp_path, "a.txt", "Published: 2024-05-17\n\nText.")
    assert read(path).lines == [
        f"{path}: could not be read (RuntimeError: kaboom) — "
        "this is a bug in Dateline; please report it with the file if you can"
    ]


def test_no_file_is_left_open(tmp_path: Path) -> None:
    path = write(tmp_path, "a.md", GOOD_MD)
    before = len(os.listdir("/proc/self/fd")) if os.path.isdir("/proc/self/fd") else 0
    for _ in range(50):
        read(path)
    after = len(os.listdir("/proc/self/fd")) if os.path.isdir("/proc/self/fd") else 0
    assert after <= before + 2


def test_front_matter_never_closed(tmp_path: Path) -> None:
    bad, lines, articles = _with_good(tmp_path, "open.md", "---\ntitle: x\n\nThe text.\n")
    assert lines == [f"{bad}: front matter opened with --- is never closed — "
                     "end the front matter with a --- line"]
    assert articles == 1


def test_xml_that_is_not_a_feed(tmp_path: Path) -> None:
    bad, lines, articles = _with_good(
        tmp_path, "sitemap.xml", '<?xml version="1.0"?><urlset><url><loc>x</loc></url></urlset>'
    )
    assert len(lines) == 1 and lines[0].startswith(f"{bad}: not an RSS or Atom feed with entries")
    assert lines[0].endswith("— check the file is the feed's XML, saved whole")
    assert articles == 1


def test_html_page_without_article_text(tmp_path: Path) -> None:
    bad, lines, articles = _with_good(
        tmp_path, "empty.html", "<html><head><title>x</title></head><body><nav>Home</nav></body>"
    )
    assert lines == [
        f"{bad}: no article text found in the HTML — save the complete page (not just its "
        "frame), or copy the text into a .txt file"
    ]
    assert articles == 1


def test_text_starting_with_a_bracket_is_still_text(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", "[Updated] Council passes budget\n\nPublished: 2024-05-17\n\n"
                 "The council voted.")
    (article,) = read(path).articles
    assert article.title == "[Updated] Council passes budget"


def test_a_file_name_with_a_newline_and_escape_stays_on_one_line(tmp_path: Path) -> None:
    path = write(tmp_path, "bad\nname\x1b[31m.txt", "")
    (problem,) = read(path).problems
    assert "\n" not in problem.line() and "\x1b" not in problem.line()
    assert problem.line().endswith("bad name.txt: empty file — "
                                   "nothing to read; save the article's text in it")


def test_absurdly_long_title_is_shortened(tmp_path: Path) -> None:
    record = {"title": "word " * 500, "text": "x", "date": "2024-05-17"}
    (article,) = read(write(tmp_path, "a.json", json.dumps(record))).articles
    assert len(article.title) <= 201 and article.title.endswith("…")


@pytest.mark.parametrize("name", ["page.html", "feed.xml", "notes.txt", "data.json"])
def test_nothing_is_fetched_even_when_a_file_holds_only_a_url(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    import socket

    def no_network(*args: object, **kwargs: object) -> None:
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket, "socket", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    path = write(tmp_path, name, "https://example.org/news/2024/05/17/story.html")
    results = read(path)
    assert results.articles or results.problems
    assert not any("network" in line for line in results.lines)

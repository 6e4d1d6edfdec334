"""Markdown to plain prose: the words a reader sees, without the markup around them.

Keeps paragraphs and list items; drops images, link targets, reference definitions, emphasis
markers, inline-code backticks, heading hashes, blockquote markers, horizontal rules and HTML
comments. Every pattern is bounded, so a 20 MB line full of ``*`` or ``[`` stays linear.
The first heading (ATX ``# Title`` or setext ``Title`` over ``=====``) at the top is
returned separately as a title candidate and removed from the text.
"""

from __future__ import annotations

import re

_IMAGE = re.compile(r"!\[[^\]\n]{0,500}\]\([^)\n]{0,2000}\)|!\[[^\]\n]{0,500}\]\[[^\]\n]{0,200}\]")
_LINK = re.compile(
    r"\[([^\]\n]{1,500})\]\((?:[^()\n]|\([^()\n]{0,200}\)){0,2000}\)"
    r"|\[([^\]\n]{1,500})\]\[[^\]\n]{0,200}\]"
)
_AUTOLINK = re.compile(r"<((?:https?|mailto):[^>\s]+)>")
_REFERENCE = re.compile(r"^ {0,3}\[[^\]\n]+\]:[ \t]+\S.*$", re.MULTILINE)
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.{1,300}?)(?<=\S)\1")
_EMPHASIS = re.compile(
    r"(?<![\w*])\*(?=\S)([^*\n]{1,300}?)(?<=\S)\*(?!\*)"
    r"|(?<!\w)_(?=\S)([^_\n]{1,300}?)(?<=\S)_(?!\w)"
)
_CODE = re.compile(r"`{1,3}([^`\n]{1,500})`{1,3}")
_HEADING = re.compile(r"^ {0,3}#{1,6}[ \t]+(.*?)[ \t]*#*[ \t]*$", re.MULTILINE)
_QUOTE = re.compile(r"^ {0,3}>[ \t]?", re.MULTILINE)
_RULE = re.compile(r"^ {0,3}(?:[-*_][ \t]*){3,}$", re.MULTILINE)
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>])")
_SETEXT = re.compile(r"^(?P<title>[^\n]+)\n(?:=+|-+)[ \t]*(?:\n|$)")
_ATX = re.compile(r"^ {0,3}#{1,6}[ \t]+(?P<title>.*?)[ \t]*#*[ \t]*(?:\n|$)")


def split_title(text: str) -> tuple[str | None, str]:
    """The heading that opens ``text`` (if any) and the text after it."""
    body = text.lstrip("\n")
    for pattern in (_ATX, _SETEXT):
        match = pattern.match(body)
        if match and match.group("title").strip():
            return to_plain(match.group("title")).strip(), body[match.end() :]
    return None, text


def to_plain(text: str) -> str:
    """Markdown ``text`` as plain text (see module docstring)."""
    if _sparse(text, "<!--"):
        text = _COMMENT.sub("", text)
    text = _REFERENCE.sub("", text)
    if _sparse(text, "["):
        text = _IMAGE.sub("", text)
        text = _LINK.sub(lambda m: m.group(1) or m.group(2), text)
    text = _AUTOLINK.sub(r"\1", text)
    text = _RULE.sub("", text)
    text = _HEADING.sub(r"\1", text)
    text = _QUOTE.sub("", text)
    if _sparse(text, "`"):
        text = _CODE.sub(r"\1", text)
    if _sparse(text, "*") and _sparse(text, "_"):
        text = _STRONG.sub(r"\2", text)
        text = _EMPHASIS.sub(lambda m: m.group(1) or m.group(2), text)
    return _ESCAPE.sub(r"\1", text)


def _sparse(text: str, marker: str) -> bool:
    """Markup is rare in prose; text dense with a marker is not Markdown and is left alone.

    This keeps adversarial input (20 MB of ``**a``) from costing a bounded scan per marker.
    """
    return text.count(marker) <= len(text) // 200 + 200

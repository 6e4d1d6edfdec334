"""A generator of realistic, varied news articles for benchmarks (seeded, reproducible)."""

from __future__ import annotations

import random
from datetime import date, timedelta

FIRST = ["Marisol", "Rafael", "June", "Dana", "Tomás", "Imogen", "Sunil", "Colm", "Priya",
         "Oluwaseun", "Greta", "Henrik", "Aiko", "Mateo", "Farah", "Bronwyn", "Kwame", "Lena",
         "Dmitri", "Esperanza", "Callum", "Yusuf", "Ingrid", "Rohan", "Celeste", "Anders"]
LAST = ["Ventura", "Okonjo", "Castellanos", "Whitcombe", "Okafor", "Prescott", "Jankowski",
        "Brannigan", "Raghavan", "Adeyemi", "Lindqvist", "Moreau", "Tanaka", "Salgado",
        "Haddad", "Pryce", "Mensah", "Vogel", "Petrov", "Ibarra", "Fraser", "Demir", "Solberg",
        "Kapoor", "Duval", "Brekke"]
ROLES = ["CEO", "Mayor", "union president", "spokesperson", "chief negotiator", "senator",
         "board chair", "analyst", "regulator", "city manager"]
ORGS = ["the port authority", "the terminal operators", "the city council", "the water board",
        "the state regulator", "the union", "the company's board", "federal mediators"]
VERBS = ["announced", "said", "confirmed", "denied", "proposed", "rejected", "approved",
         "warned", "promised", "disclosed"]
OBJECTS = ["a new contract offer", "plans to automate two berths", "a review of safety rules",
           "a settlement with the workers", "the emergency budget", "an inquiry into the leak",
           "the resignation of two directors", "a timetable for repairs", "a wage increase",
           "a pause in negotiations"]
WHEN_PAST = ["on Monday", "on Tuesday morning", "earlier this week", "last November",
             "yesterday", "last year", "on March 4", "two weeks ago", "in early 2023",
             "this past weekend", "on Friday", "last month", "in mid-2022"]
WHEN_FUTURE = ["on Thursday", "next week", "in the coming days", "later this month",
               "by the end of the year", "next month", "on June 3"]
FILLER = ["The dispute has drawn attention from across the region.",
          "Officials did not respond to requests for comment.",
          "Residents packed the meeting hall, and many stood along the walls.",
          "The figures could not be independently verified.",
          "Analysts said the outcome would shape talks at other ports."]


def person(rng: random.Random) -> str:
    """A random full name."""
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def paragraph(rng: random.Random) -> str:
    """A paragraph of four to six sentences mixing dated claims and background."""
    sentences = []
    for _ in range(rng.randint(4, 6)):
        kind = rng.random()
        name = person(rng)
        if kind < 0.45:
            sentences.append(f"{rng.choice(ROLES).capitalize()} {name} {rng.choice(VERBS)} "
                             f"{rng.choice(OBJECTS)} {rng.choice(WHEN_PAST)}.")
        elif kind < 0.65:
            sentences.append(f"{name.split()[1]} said {rng.choice(ORGS)} would consider "
                             f"{rng.choice(OBJECTS)} {rng.choice(WHEN_FUTURE)}.")
        elif kind < 0.8:
            sentences.append(f"After nearly a decade of talks, {rng.choice(ORGS)} "
                             f"{rng.choice(VERBS)} {rng.choice(OBJECTS)}.")
        else:
            sentences.append(rng.choice(FILLER))
    return " ".join(sentences)


def article_markdown(index: int, rng: random.Random, words: int = 450) -> str:
    """One Markdown article with front matter, about ``words`` words long."""
    published = date(2024, 1, 1) + timedelta(days=rng.randint(0, 300))
    paragraphs = []
    while sum(len(p.split()) for p in paragraphs) < words:
        paragraphs.append(paragraph(rng))
    body = "\n\n".join(paragraphs)
    return (f"---\ntitle: \"Port dispute update {index}\"\npublished: {published.isoformat()}"
            f"T08:00:00+00:00\nsource: \"Outlet {index % 17}\"\n"
            f"url: \"https://outlet{index % 17}.test/a/{index}\"\n---\n{body}\n")


def body_of(markdown: str) -> str:
    """The article body (after the front matter)."""
    return markdown.split("---\n", 2)[2]

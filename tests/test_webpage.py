"""Web pages in: our own pages, shaped like news CMS pages, read with the real trafilatura (the html extra)."""

import io
import json
import sys
from pathlib import Path

import pytest

import newsfacts
from newsfacts import ConfigurationError, InputError
from newsfacts.cli import main
from newsfacts.webpage import read_html

PAGES = Path(__file__).parent / "fixtures" / "pages"
# What a reader sees on each page: the headline, the date the paper printed (in its own time zone), the byline
# and the canonical address. The hand-extracted text beside each page is its article body, copied by hand.
EXPECTED = {
    "harbour-patrols": (
        "Coast guard chief warns of longer patrols",
        "2023-02-28",  # 23:30 at -05:00, already 1 March in UTC
        "Mara Quill",
        "https://herald.example/news/2023/02/coast-guard-patrols",
    ),
    "river-bridge": (
        "Council votes to rebuild the old river bridge",
        "2022-11-09",  # 00:40 at +09:00, still 8 November in UTC
        "Dana Orchard",
        "https://courier.example/local/river-bridge-vote",
    ),
}


def run(capsys, *argv):
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def facts(article):
    """What was found, without offsets: the same facts from two texts that differ only in layout."""
    return (
        [(q["kind"], q["text"], q["speaker"] and q["speaker"]["name"]) for q in article["quotes"]],
        [(c["kind"], c["text"], c["value"]) for c in article["claims"]],
        [(d["text"], d["type"], d["value"]) for d in article["dates"]],
    )


def check_offsets(article):
    text = article["text"]
    for record in [*article["quotes"], *article["claims"], *article["dates"]]:
        assert text[record["start"] : record["end"]] == record["text"]
    for quote in article["quotes"]:
        if quote["speaker"] is not None:
            speaker = quote["speaker"]
            assert text[speaker["start"] : speaker["end"]] == speaker["text"]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_a_page_gives_the_facts_of_its_hand_extracted_text_and_its_own_metadata(name, tmp_path, capsys):
    pytest.importorskip("trafilatura")
    title, published, author, url = EXPECTED[name]
    status, out, err = run(capsys, "extract", str(PAGES / f"{name}.html"))
    assert (status, err) == (0, "")
    from_page = json.loads(out)
    status, out, err = run(capsys, "extract", str(PAGES / f"{name}.txt"), "--published", published)
    assert (status, err) == (0, "")
    from_text = json.loads(out)

    assert (from_page["title"], from_page["published"], from_page["author"], from_page["url"]) == (
        title,
        published,
        author,
        url,
    )
    assert from_page["id"] == name
    assert from_page["quotes"], "the page's quotes are found"
    assert facts(from_page) == facts(from_text)
    check_offsets(from_page)
    # Nothing of the markup, the navigation, the related links or the comments reached the text.
    for noise in ("<", "&ldquo;", "Related", "Comments", "Home", "thoughts on", "says:", "Subscribe"):
        assert noise not in from_page["text"]
    speakers = {q["speaker"]["name"] for q in from_page["quotes"] if q["speaker"]}
    assert not any("<" in s or "/" in s for s in speakers)


def test_entities_become_the_quotation_marks_they_stand_for():
    pytest.importorskip("trafilatura")
    page = read_html((PAGES / "harbour-patrols.html").read_bytes())
    assert "“We will keep the northern lanes open,” Admiral Brenning said." in page.text
    article = newsfacts.extract_html((PAGES / "harbour-patrols.html").read_bytes())
    quoted = {q.text: q.speaker.name if q.speaker else None for q in article.quotes}
    assert quoted["We will keep the northern lanes open,"] == "Tove Brenning"
    assert (article.title, article.author, str(article.published)) == (
        "Coast guard chief warns of longer patrols",
        "Mara Quill",
        "2023-02-28",
    )


BODY = """<body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>Ferry service to resume</h1>
{time}<p>The island ferry will run again from Monday, the operator said in a statement.</p>
<p>&ldquo;We are glad to be back,&rdquo; said captain Ines Haldor.</p></article>
<footer>&copy; Island News</footer></body>"""
LATE_EVENING = "2021-03-14T22:10:00-08:00"  # 15 March in UTC


@pytest.mark.parametrize(
    ("head", "time"),
    [
        (
            (
                '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
                f'"datePublished": "{LATE_EVENING}", "headline": "Ferry service to resume"}}</script>'
            ),
            "",
        ),
        (f'<meta property="article:published_time" content="{LATE_EVENING}">', ""),
        ('<meta name="date" content="2021-03-14">', ""),
        ("", f'<p class="dateline"><time datetime="{LATE_EVENING}">14 March 2021</time></p>'),
    ],
    ids=["json-ld", "open-graph", "meta-name", "time-element"],
)
def test_the_publication_date_is_read_from_each_place_pages_put_it(head, time):
    pytest.importorskip("trafilatura")
    html = f"<!DOCTYPE html><html><head><title>Ferry service to resume</title>{head}</head>"
    html += BODY.format(time=time) + "</html>"
    assert read_html(html).published == "2021-03-14"


def test_a_json_line_may_carry_html_instead_of_text(tmp_path, capsys):
    pytest.importorskip("trafilatura")
    html = (PAGES / "river-bridge.html").read_text(encoding="utf-8")
    path = tmp_path / "pages.jsonl"
    lines = [
        json.dumps({"id": "page", "html": html}),
        json.dumps({"id": "own-date", "html": html, "published": "2022-11-10", "title": "Mine"}),
        json.dumps({"id": "both", "html": html, "text": "x"}),
        json.dumps({"id": "plain", "text": "Calm."}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    status, out, err = run(capsys, "extract", str(path))
    assert status == 1
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["id"] for r in rows] == ["page", "own-date", "plain"]
    assert (rows[0]["published"], rows[0]["title"], rows[0]["url"]) == (
        "2022-11-09",
        "Council votes to rebuild the old river bridge",
        "https://courier.example/local/river-bridge-vote",
    )
    assert (rows[1]["published"], rows[1]["title"]) == ("2022-11-10", "Mine")
    assert rows[0]["text"].startswith("The town council voted")  # offsets point into it, so it is always there
    assert "text" not in rows[2]
    assert err.splitlines() == [f"newsfacts: {path}:3: give 'text' or 'html', not both"]


def test_html_on_standard_input_by_format_and_by_its_first_line(monkeypatch, capsys):
    pytest.importorskip("trafilatura")
    page = (PAGES / "harbour-patrols.html").read_bytes()
    for argv in (["extract", "-", "--format", "html"], ["extract", "-"]):
        monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(page), encoding="utf-8"))
        status, out, err = run(capsys, *argv)
        assert (status, err) == (0, "")
        assert json.loads(out)["title"] == "Coast guard chief warns of longer patrols"


def test_a_page_declaring_another_charset_is_decoded_by_it(tmp_path, capsys):
    pytest.importorskip("trafilatura")
    html = (PAGES / "river-bridge.html").read_text(encoding="utf-8").replace("utf-8", "windows-1252")
    html = html.replace("the bridge&rsquo;s", "the bridge’s")
    path = tmp_path / "cp1252.html"
    path.write_bytes(html.encode("cp1252"))
    status, out, _ = run(capsys, "extract", str(path))
    assert status == 0
    assert "the bridge’s five arches" in json.loads(out)["text"]


def test_without_the_extra_the_error_names_it(monkeypatch, tmp_path, capsys):
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # what an environment without it imports
    with pytest.raises(ConfigurationError, match=r'pip install "newsfacts\[html\]"'):
        read_html("<html><body><p>Text.</p></body></html>")
    page = tmp_path / "page.html"
    page.write_text("<html><body><p>Text.</p></body></html>", encoding="utf-8")
    text = tmp_path / "plain.txt"
    text.write_text("Calm.", encoding="utf-8")
    status, out, err = run(capsys, "extract", str(page), str(text))
    assert status == 1
    assert [json.loads(line)["id"] for line in out.splitlines()] == ["plain"]
    assert err.splitlines() == [
        (
            f'newsfacts: {page}: reading HTML needs the html extra: pip install "newsfacts[html]" '
            "(import of trafilatura halted; None in sys.modules)"
        )
    ]


def test_a_page_without_an_article_is_an_input_error():
    pytest.importorskip("trafilatura")
    with pytest.raises(InputError, match="no article text"):
        read_html("<html><head><title>Nothing here</title></head><body><script>var a = 1;</script></body></html>")
    with pytest.raises(InputError, match="str or bytes"):
        read_html(42)  # type: ignore[arg-type]

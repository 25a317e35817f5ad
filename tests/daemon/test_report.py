"""`relance report`: one static page, no network, read by a real browser."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import threading
from pathlib import Path

import pytest
from daemon_world import add_refusal, setup_world
from lxml import html
from test_cli_local import Screen, run
from test_stats import APPS, MAIL, NOW, SETTINGS, app

from daemon.report import report_html
from daemon.stats import search_stats

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def page(language: str = "fr", apps: list = APPS) -> str:  # type: ignore[type-arg]
    stats = search_stats(apps, MAIL, NOW, SETTINGS)
    return report_html(stats, [], NOW, SETTINGS, language)  # type: ignore[arg-type]


def test_the_page_is_self_contained_and_escapes_the_users_words() -> None:
    text = page(apps=[*APPS, app("<script>alert(1)</script>", (11, 3))])
    assert "<script" not in text.replace("&lt;script", "")
    assert "://" not in text  # no link, font, image or CDN: nothing to fetch
    assert "default-src 'none'" in text
    tree = html.fromstring(text)
    assert tree.get("lang") == "fr"
    assert len(tree.xpath("//svg[@id='funnel']/rect")) == 5
    assert "Seulement 5 candidature(s)" in text
    english = page("en")
    assert "entretien passé" in text and "interviewed" in english
    assert "entretien" not in english


@pytest.mark.skipif(CHROMIUM is None and not os.environ.get("RELANCE_REQUIRE_CHROMIUM"),
                    reason="no chromium (CI installs the Debian package)")
def test_chromium_renders_the_report_of_a_search_without_any_request(tmp_path: Path) -> None:
    assert CHROMIUM is not None, "RELANCE_REQUIRE_CHROMIUM is set: install chromium"
    config, screen = setup_world(tmp_path / "world"), Screen()
    add_refusal(tmp_path / "world")
    out = tmp_path / "report.html"
    assert run(config, "report", "--out", str(out), "--lang", "en", screen=screen) == 0
    # A page that calls out is caught (the check works), the report is not.
    canary = tmp_path / "canary.html"
    canary.write_text('<html><body><img src="http://relance-canary.invalid/x.png">'
                      "</body></html>", encoding="utf-8")
    assert any(b"relance-canary.invalid" in r for r in requests_of(canary, tmp_path)[1])
    rendered, requests = requests_of(out, tmp_path)
    dom = html.fromstring(rendered)
    assert dom.get("lang") == "en"
    assert dom.xpath("//h1")[0].text_content().startswith("My job search")
    bars = dom.xpath("//svg[@id='funnel']/rect")
    assert [b.xpath("string(title)") for b in bars][:2] == ["interviewed: 2", "answered: 1"]
    companies = dom.xpath("//table[@id='applications']/tbody/tr/td[1]/text()")
    assert sorted(companies) == ["Acme Industrie", "Brightwave"]
    assert dom.xpath("//svg[@id='months']") and dom.xpath("//svg[@id='days']")
    assert requests == [], f"the page made requests: {requests}"


# Chromium's own background calls (clock, component updates), not the page's.
_BROWSER_HOSTS = (b"google.com", b"gvt1.com", b"googleapis.com", b"gstatic.com")


def requests_of(page: Path, tmp_path: Path) -> tuple[str, list[bytes]]:
    """The DOM Chromium rendered for `page`, and every request the page made:
    all of them go through a local proxy that records them."""
    assert CHROMIUM is not None
    proxy = socket.create_server(("127.0.0.1", 0))
    proxy.settimeout(0.2)
    seen: list[bytes] = []
    done = threading.Event()

    def listen() -> None:
        while not done.is_set():
            try:
                connection, _ = proxy.accept()
            except TimeoutError:
                continue
            seen.append(connection.recv(300).split(b"\r\n")[0])
            connection.close()

    thread = threading.Thread(target=listen)
    thread.start()
    try:
        result = subprocess.run(
            [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
             f"--user-data-dir={tmp_path / 'profile'}",
             f"--proxy-server=127.0.0.1:{proxy.getsockname()[1]}",
             "--proxy-bypass-list=<-loopback>", "--dump-dom", page.as_uri()],
            capture_output=True, text=True, timeout=90, check=False,
        )
    finally:
        done.set()
        thread.join()
        proxy.close()
    assert result.returncode == 0, result.stderr[-2000:]
    mine = [r for r in seen if not any(host in r.split(b" ")[1] for host in _BROWSER_HOSTS)]
    return result.stdout, mine

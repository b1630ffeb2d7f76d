"""The two HTML references of docs/, as `make docs` (scripts/docs.py) writes them.

docs/api/index.html: Redocly build-docs of the spec with Redoc's script inlined, so the
page renders offline; docs/python/: pdoc of sfrest and sfrest.testing. Both builds are
byte-deterministic (pinned Redocly CLI, pinned pdoc, PYTHONHASHSEED=0), so both are
committed and `make docs` (part of `make generate`) rewrites them. Neither page may load
anything from the network: no script src, stylesheet, @import, url() or fetch of an
http(s) URL; plain hyperlinks are fine.
"""

from __future__ import annotations

import inspect
import json
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT, SPEC_PATH, load_script
from node_tools import npx, require

import sfrest
import sfrest.testing

DOCS = ROOT / "docs"
COMMITTED_API = DOCS / "api" / "index.html"
COMMITTED_PYTHON = DOCS / "python"

# a URL that leaves the machine: a scheme with a host, or protocol-relative; then the rest
NETWORK = r"(?:(?:https?|wss?|ftp):)?//[^\s'\"`)]*"
QUOTE = r"[`'\"]"
# in scripts: what fetches or imports a network URL given as a literal
SCRIPT_LOADS = [
    rf"\bimport\s*\(\s*{QUOTE}{NETWORK}",  # dynamic import
    rf"\b(?:from|import)\s*{QUOTE}{NETWORK}",  # static import
    rf"\b(?:fetch|importScripts|sendBeacon)\s*\(\s*{QUOTE}{NETWORK}",
    rf"\bnew\s+(?:WebSocket|EventSource|Worker|SharedWorker|Request)\s*\(\s*{QUOTE}{NETWORK}",
    rf"\.(?:src|href)\s*=\s*{QUOTE}{NETWORK}",  # an element pointed at one
    rf"\.open\s*\(\s*{QUOTE}[A-Za-z]+{QUOTE}\s*,\s*{QUOTE}{NETWORK}",  # XMLHttpRequest
]
# in styles, and in the scripts that carry styles as strings
STYLE_LOADS = rf"(?:@import\s+(?:url\(\s*)?|\burl\(\s*){QUOTE}?{NETWORK}"
# attributes whose URL the browser fetches by itself (an <a href> is only followed)
LOADING_ATTRIBUTES = {
    "src",
    "srcset",
    "href",
    "data",
    "poster",
    "background",
    "action",
    "formaction",
    "manifest",
    "xlink:href",
}
HYPERLINK_TAGS = {"a", "area"}


class _Loads(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []
        self._in: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._in = tag if tag in ("script", "style") else None
        for name, value in attrs:
            if value is None:
                continue
            if name == "style":
                self._styles(value, f"<{tag} style>")
            elif (
                name in LOADING_ATTRIBUTES
                and tag not in HYPERLINK_TAGS
                and re.match(NETWORK, value.strip())
            ):
                self.found.append(f"<{tag} {name}={value!r}>")
            elif (
                tag == "meta"
                and name == "content"
                and re.search(rf"url\s*=\s*{QUOTE}?{NETWORK}", value, re.IGNORECASE)
            ):
                self.found.append(f"<meta content={value!r}>")

    def handle_endtag(self, tag: str) -> None:
        self._in = None

    def handle_data(self, data: str) -> None:
        if self._in == "script":
            for pattern in SCRIPT_LOADS:
                self.found += [f"<script> {m[0]}" for m in re.finditer(pattern, data)]
        if self._in in ("script", "style"):
            self._styles(data, f"<{self._in}>")

    def _styles(self, text: str, where: str) -> None:
        self.found += [f"{where} {m[0]}" for m in re.finditer(STYLE_LOADS, text)]


def network_loads(page: str) -> list[str]:
    """What a browser would fetch from the network to show `page`, one line a load."""
    parser = _Loads()
    parser.feed(page)
    parser.close()
    return parser.found


@pytest.mark.parametrize(
    ("html", "loads"),
    [
        ('<script src="https://cdn.example/x.js"></script>', 1),
        ('<script src="//cdn.example/x.js"></script>', 1),
        ('<link rel="stylesheet" href="http://fonts.example/css">', 1),
        ('<link rel="modulepreload" href="https://cdn.example/r.js">', 1),
        ('<img srcset="https://img.example/a.png 2x">', 1),
        ('<iframe src="https://example.org/"></iframe>', 1),
        ('<meta http-equiv="refresh" content="0; url=https://example.org/">', 1),
        ("<style>@import url('https://fonts.example/a.css');</style>", 1),
        ('<style>@import "https://fonts.example/a.css";</style>', 1),
        ("<style>body { background: url(https://img.example/b.png) }</style>", 1),
        ('<div style="background: url(//img.example/b.png)"></div>', 1),
        (
            '<script type="module">import { h } from "https://cdn.example/r.js";</script>',
            1,
        ),
        ('<script>import("https://cdn.example/r.js")</script>', 1),
        ("<script>fetch(`https://api.example/spec.json`)</script>", 1),
        ("<script>s.src = 'https://cdn.example/x.js'</script>", 1),
        ('<script>x.open("GET", "https://api.example/")</script>', 1),
        ('<script>new WebSocket("wss://live.example/")</script>', 1),
        (
            '<script>const css = "a{background:url(https://img.example/x.png)}"</script>',
            1,
        ),
        # nothing fetched: hyperlinks, fragments, data: URLs, namespaces, local files
        ('<a href="https://redocly.com/redoc/">Redoc</a>', 0),
        ('<svg xmlns="http://www.w3.org/2000/svg"><path fill="url(#g)"/></svg>', 0),
        ('<img src="data:image/svg+xml,%3Csvg%3E">', 0),
        ('<meta http-equiv="refresh" content="0; url=./sfrest.html">', 0),
        ('<script>const doc = "see https://example.org/ for more"</script>', 0),
        ('<script>fetch(spec)</script><p>fetch("https://example.org/")</p>', 0),
    ],
)
def test_the_network_check_finds_each_kind_of_load(html: str, loads: int) -> None:
    assert len(network_loads(html)) == loads, network_loads(html)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """docs/ as `make docs` writes it, into a temporary folder."""
    require("redocly")
    out = tmp_path_factory.mktemp("docs")
    assert load_script("docs").main(["--out", str(out)]) == 0
    return out


@pytest.fixture(scope="module")
def page(built: Path) -> str:
    return (built / "api" / "index.html").read_text(encoding="utf-8")


def _operations(spec: dict[str, Any]) -> list[dict[str, Any]]:
    return [op for item in spec["paths"].values() for op in item.values()]


def _tree(root: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(root)): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


def test_the_page_names_all_44_operations(page: str, spec: dict[str, Any]) -> None:
    operations = _operations(spec)
    assert len(operations) == 44  # 14 fault and backup, 18 drill, 6 Chaos, 6 failover
    for operation in operations:
        # the definition the page renders from, operation by operation
        assert f'"operationId":"{operation["operationId"]}"' in page
        assert json.dumps(operation["summary"])[1:-1] in page
    assert f"<title>{spec['info']['title']}</title>" in page


def test_the_page_is_prerendered_html(page: str, spec: dict[str, Any]) -> None:
    text = re.sub(r"<[^>]+>", " ", page)
    assert spec["info"]["summary"] in text
    assert "Faults" in text
    assert "BackupRestore" in text


def test_the_committed_page_loads_nothing_from_the_network(
    spec: dict[str, Any],
) -> None:
    page = COMMITTED_API.read_text(encoding="utf-8")
    assert network_loads(page) == []
    # Redoc itself is in the page: the module script that hydrates it has no src
    scripts = re.findall(r"<script([^>]*)>(.*?)</script>", page, re.DOTALL)
    module = [body for attrs, body in scripts if 'type="module"' in attrs]
    assert len(module) == 1 and "src=" not in "".join(a for a, _ in scripts)
    assert "hydrate(__redoc_definition, __redoc_options" in module[0]
    assert len(module[0]) > 1_000_000  # redoc.standalone.js, inlined
    # and Redoc's own telemetry (which would post to Redocly) is off in the page
    options = re.search(r"const __redoc_options = (\{.*?\});", module[0])
    assert options is not None
    assert json.loads(options[1])["disableTelemetry"] is True
    for operation in _operations(spec):
        assert f'"operationId":"{operation["operationId"]}"' in page


def test_the_network_check_flags_the_cdn_page(tmp_path: Path) -> None:
    """Without --inlineBundle, build-docs imports Redoc from Redocly's CDN: caught twice."""
    out = tmp_path / "cdn.html"
    built = npx("redocly", "build-docs", SPEC_PATH, "--output", out)
    assert built.returncode == 0, built.stdout + built.stderr
    found = network_loads(out.read_text(encoding="utf-8"))
    assert len(found) == 2, found
    assert found[0].startswith("<link href='https://cdn.redocly.com/redoc/")
    assert found[1].startswith('<script> from "https://cdn.redocly.com/redoc/')


def test_committed_docs_are_current(built: Path) -> None:
    assert COMMITTED_API.is_file(), "docs/api/index.html is missing: run `make docs`"
    committed = {**_tree(DOCS / "api"), **_tree(COMMITTED_PYTHON)}
    fresh = {**_tree(built / "api"), **_tree(built / "python")}
    assert sorted(committed) == sorted(fresh), "run `make docs` and commit docs/"
    stale = [name for name in fresh if committed[name] != fresh[name]]
    assert not stale, (
        f"{stale} stale: run `make docs` (or `make generate`) and commit docs/"
    )


def test_build_is_deterministic(built: Path, tmp_path: Path) -> None:
    assert load_script("docs").main(["--out", str(tmp_path)]) == 0
    assert _tree(tmp_path / "api") == _tree(built / "api")
    assert _tree(tmp_path / "python") == _tree(built / "python")


# the Python API reference


def _python_page(module: str) -> str:
    name = module.replace(".", "/") + ".html"
    return (COMMITTED_PYTHON / name).read_text(encoding="utf-8")


def _public_methods(cls: type) -> list[str]:
    return [
        name
        for name, value in inspect.getmembers(cls)
        if not name.startswith("_") and callable(value)
    ]


HANDLES = [
    sfrest.Operation,
    sfrest.FaultOperation,
    sfrest.AsyncOperation,
    sfrest.AsyncFaultOperation,
]


def test_the_python_pages_are_the_two_modules() -> None:
    assert sorted(_tree(COMMITTED_PYTHON)) == [
        "index.html",
        "sfrest.html",
        "sfrest/testing.html",
    ]


@pytest.mark.parametrize(
    "cls",
    [sfrest.ServiceFabricClient, sfrest.AsyncServiceFabricClient, *HANDLES],
    ids=lambda cls: cls.__name__,
)
def test_the_python_reference_documents_every_public_method(cls: type) -> None:
    page = _python_page("sfrest")
    methods = _public_methods(cls)
    assert "wait" in methods or "close" in methods  # inherited ones are counted
    missing = [m for m in methods if f'id="{cls.__name__}.{m}"' not in page]
    assert not missing, f"{cls.__name__}: {missing} not in docs/python/sfrest.html"
    # each with its signature, the constructor too (inherited from sfrest's private bases)
    assert f'id="{cls.__name__}.__init__"' in page


def test_the_python_reference_shows_the_clients_constructor_arguments() -> None:
    page = _python_page("sfrest")
    for client in ("ServiceFabricClient", "AsyncServiceFabricClient"):
        start = page.index(f'id="{client}.__init__"')
        section = re.sub(r"<[^>]+>", "", page[start : page.index("</div>\n", start)])
        for argument in ("endpoint", "token", "cert", "verify", "retry", "transport"):
            assert f"{argument}:" in section, (client, argument)
    # ClientBase's docstring, which describes them, rendered as a list
    items = re.findall(r"<li>(.*?)</li>", page, re.DOTALL)
    texts = {re.sub(r"<[^>]+>", "", item) for item in items}
    assert "endpoint: the gateway URL." in texts
    assert any(
        " ".join(text.split()).startswith(
            "transport: an httpx transport (sfrest.testing's emulator, or a mock);"
        )
        for text in texts
    )


def test_the_python_reference_names_everything_exported() -> None:
    page = _python_page("sfrest")
    missing = [name for name in sfrest.__all__ if f'id="{name}"' not in page]
    assert not missing, f"{missing} of sfrest.__all__ not in docs/python/sfrest.html"
    testing = _python_page("sfrest.testing")
    missing = [n for n in sfrest.testing.__all__ if f'id="{n}"' not in testing]
    assert not missing, f"{missing} of sfrest.testing.__all__ not in testing.html"
    for method in _public_methods(sfrest.testing.Emulator):
        assert f'id="Emulator.{method}"' in testing


def test_the_python_pages_load_nothing_from_the_network() -> None:
    for name, content in _tree(COMMITTED_PYTHON).items():
        assert network_loads(content.decode("utf-8")) == [], name

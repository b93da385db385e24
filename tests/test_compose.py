"""docker-compose.yml and the CI workflow: valid YAML, one pinned image, safe defaults."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

yaml = pytest.importorskip("yaml", reason="PyYAML is in the test extra: pip install -e '.[test]'")

ROOT = Path(__file__).resolve().parent.parent
COMPOSE = ROOT / "docker-compose.yml"
WORKFLOW = ROOT / ".github" / "workflows" / "ci.yml"
ENV_EXAMPLE = ROOT / ".env.example"


@pytest.fixture(scope="module")
def compose() -> dict:
    return yaml.safe_load(COMPOSE.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def workflow() -> dict:
    return yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))


def neo4j_service(workflow: dict) -> dict:
    return workflow["jobs"]["test"]["services"]["neo4j"]


def test_compose_has_a_neo4j_service_with_a_pinned_community_image(compose):
    image = compose["services"]["neo4j"]["image"]
    # Calendar-versioned and fully pinned: neo4j:YYYY.MM.PATCH-community, never latest.
    assert re.fullmatch(r"neo4j:20\d\d\.\d\d\.\d+-community", image), image


def test_workflow_runs_the_same_image_as_compose(compose, workflow):
    assert neo4j_service(workflow)["image"] == compose["services"]["neo4j"]["image"]


def test_compose_ports_are_bound_to_localhost_only(compose):
    ports = compose["services"]["neo4j"]["ports"]
    assert sorted(p.split(":", 1)[1] for p in ports) == ["7474:7474", "7687:7687"]
    for p in ports:
        assert p.startswith("127.0.0.1:"), f"{p} would be reachable from the network"


def test_compose_commits_no_password(compose):
    env = compose["services"]["neo4j"]["environment"]
    auth = env["NEO4J_AUTH"]
    # The password comes from .env, and compose refuses to start without one.
    assert re.fullmatch(r"neo4j/\$\{NEO4J_PASSWORD:\?[^}]+\}", auth), auth
    text = COMPOSE.read_text(encoding="utf-8")
    assert "neo4j/neo4j" not in text and "NEO4J_AUTH=none" not in text


def test_env_example_documents_the_settings_without_a_password():
    values = dict(line.split("=", 1) for line in ENV_EXAMPLE.read_text(encoding="utf-8").splitlines()
                  if line and not line.startswith("#"))
    assert set(values) == {"NEO4J_PASSWORD", "NEO4J_URI", "NEO4J_USER", "NEO4J_DATABASE"}
    assert values["NEO4J_PASSWORD"] == ""
    assert values["NEO4J_URI"] == "bolt://localhost:7687"


def test_compose_has_healthcheck_memory_apoc_volumes_and_cypher_mount(compose):
    service = compose["services"]["neo4j"]
    test = service["healthcheck"]["test"]
    assert "7474" in " ".join(test) or "cypher-shell" in " ".join(test)
    env = service["environment"]
    assert env["NEO4J_server_memory_heap_max__size"] == "1G"
    assert env["NEO4J_server_memory_pagecache_size"] == "512M"
    assert env["NEO4J_PLUGINS"] == '["apoc"]'
    volumes = service["volumes"]
    assert "./cypher:/cypher:ro" in volumes
    named = {v.split(":")[0] for v in volumes if not v.startswith(".")}
    assert named and named <= set(compose["volumes"])  # data and logs in named volumes
    assert {v.split(":")[1] for v in volumes if not v.startswith(".")} == {"/data", "/logs"}


def test_workflow_service_has_auth_ports_and_a_health_check(workflow):
    service = neo4j_service(workflow)
    assert service["env"]["NEO4J_AUTH"].startswith("neo4j/")
    assert set(service["ports"]) == {"7474:7474", "7687:7687"}
    assert "--health-cmd" in service["options"]


def test_workflow_sets_neo4j_variables_waits_and_runs_the_suite(workflow):
    job = workflow["jobs"]["test"]
    env = job["env"]
    # A job in a container reaches the service by its name; one on the runner, by localhost.
    host = "neo4j" if job.get("container") else "localhost"
    assert env["NEO4J_URI"] == f"bolt://{host}:7687"
    assert {"NEO4J_USER", "NEO4J_PASSWORD"} <= set(env)
    # The service's password and the tests' password must agree.
    assert neo4j_service(workflow)["env"]["NEO4J_AUTH"] == f"neo4j/{env['NEO4J_PASSWORD']}"
    runs = [step.get("run", "") for step in job["steps"]]
    wait = next(i for i, r in enumerate(runs) if "wait_until_ready" in r)
    test = next(i for i, r in enumerate(runs) if "python -m pytest -q" in r)
    install = next(i for i, r in enumerate(runs) if "pip install -e '.[test,lac]'" in r)
    assert install < wait < test
    assert any("npm ci --prefix tests/lint" in r for r in runs)
    assert any("chromium" in r and "fonts-noto-cjk" in r for r in runs)
    uses = {step.get("uses", "").split("@")[0]: step for step in job["steps"]}
    python = (uses["actions/setup-python"]["with"]["python-version"] if "actions/setup-python" in uses
              else job["container"].split(":")[1].split("-")[0])
    assert str(python) == "3.11"
    assert str(uses["actions/setup-node"]["with"]["node-version"]) == "20"


def test_readme_test_command_is_what_ci_runs(workflow):
    readme = ROOT / "README.md"
    if not readme.exists():
        pytest.skip("no README.md yet")
    if "python -m pytest -q" not in readme.read_text(encoding="utf-8"):
        pytest.skip("README does not give the test command yet")
    runs = [step.get("run", "") for step in workflow["jobs"]["test"]["steps"]]
    assert "python -m pytest -q" in runs


def test_style_grass_colours_each_label_as_the_html_view_does():
    from kg import schema
    from kg.viz import NODE_STYLE

    text = (ROOT / "cypher" / "style.grass").read_text(encoding="utf-8")
    blocks = dict(re.findall(r"node\.(\w+)\s*\{(.*?)\n\}", text, re.S))
    assert set(blocks) == set(schema.NODE_LABELS)
    for label in schema.ENTITY_TYPES:
        assert f"color: {NODE_STYLE[label][0]};" in blocks[label].lower()
        assert 'caption: "{name}";' in blocks[label]
    assert "color: #bab0ac;" in blocks["Article"]
    assert re.search(r"relationship\s*\{[^}]*caption: \"<type>\";", text)  # no braces inside

"""The image cannot be built here (no container engine), so its recipe is checked as text: base images pinned, the
SPA built with node and the venv with uv in stages of their own, a final stage with neither (nor a compiler) that
runs as an unprivileged user and holds no secret, and a .dockerignore that keeps history, data and local
environments out of the build context."""

import re
from dataclasses import dataclass, field
from pathlib import Path

from tests.deploy.manifests import ROOT

BUILD_TOOLS = re.compile(r"\b(gcc|g\+\+|cc|make|build-essential|node|npm|npx|uv|pip|apt-get|apt|apk|git)\b")
SECRET_WORD = re.compile(r"(PASSWORD|SECRET|TOKEN|_KEY|CREDENTIAL|DATABASE_URL|REDIS_URL)", re.IGNORECASE)
PINNED = re.compile(r"^[\w./-]+(:[\w.-]*\d[\w.-]*)(@sha256:[0-9a-f]{64})?$|^[\w./-]+@sha256:[0-9a-f]{64}$")


@dataclass
class Stage:
    image: str
    name: str | None
    instructions: list[tuple[str, str]] = field(default_factory=list)


def stages(dockerfile: Path) -> list[Stage]:
    """The Dockerfile's stages, each with its instructions (continuation lines joined, comments dropped)."""
    text = re.sub(r"\\\n", " ", dockerfile.read_text())
    found: list[Stage] = []
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        keyword, _, rest = line.partition(" ")
        if keyword.upper() == "FROM":
            words = rest.split()
            found.append(Stage(words[0], words[2] if len(words) == 3 and words[1].upper() == "AS" else None))
        elif found:
            found[-1].instructions.append((keyword.upper(), rest.strip()))
    return found


def test_base_images_are_pinned() -> None:
    built = stages(ROOT / "Dockerfile")
    names = {stage.name for stage in built}
    for stage in built:
        assert stage.image not in names, "every stage starts from a registry image"
        assert PINNED.match(stage.image), f"{stage.image} is not pinned by version or digest"
    copied = [rest.split()[0].removeprefix("--from=") for stage in built for keyword, rest in stage.instructions
              if keyword == "COPY" and rest.startswith("--from=")]
    for source in copied:
        assert source in names or PINNED.match(source), f"COPY --from={source} is not pinned"


def test_the_spa_is_built_with_node_and_the_venv_from_the_lock() -> None:
    built = {stage.name: stage for stage in stages(ROOT / "Dockerfile")}
    assert built["spa"].image.startswith("node:")
    spa_runs = [rest for keyword, rest in built["spa"].instructions if keyword == "RUN"]
    assert any(run.startswith("npm ci") for run in spa_runs) and "npm run build" in spa_runs
    venv_runs = [rest for keyword, rest in built["venv"].instructions if keyword == "RUN"]
    assert all("--frozen" in run and "--no-dev" in run for run in venv_runs if run.startswith("uv sync"))
    assert len([run for run in venv_runs if run.startswith("uv sync")]) == 2


def test_the_final_stage_runs_unprivileged_without_build_tools_or_secrets() -> None:
    final = stages(ROOT / "Dockerfile")[-1]
    assert final.name is None and final.image.startswith("python:") and "-slim" in final.image
    users = [rest for keyword, rest in final.instructions if keyword == "USER"]
    assert users, "the final stage names a USER"
    assert users[-1].split(":")[0] not in ("root", "0")
    for keyword, rest in final.instructions:
        if keyword == "RUN":
            assert not BUILD_TOOLS.search(rest), f"the final stage installs or runs a build tool: RUN {rest}"
        if keyword in ("ENV", "ARG"):
            assert not SECRET_WORD.search(rest), f"{keyword} {rest} looks like a secret baked into the image"
    copies = [rest for keyword, rest in final.instructions if keyword == "COPY"]
    assert "--from=venv /app /app" in copies
    assert all(copy.startswith(("--from=venv", "--from=spa")) for copy in copies), copies


def test_the_image_starts_the_gateway_by_default() -> None:
    final = stages(ROOT / "Dockerfile")[-1]
    [command] = [rest for keyword, rest in final.instructions if keyword == "CMD"]
    assert command == '["python", "-m", "gateway", "serve", "--host", "0.0.0.0", "--port", "8000"]'


def test_no_stage_holds_a_secret() -> None:
    for stage in stages(ROOT / "Dockerfile"):
        for keyword, rest in stage.instructions:
            if keyword in ("ENV", "ARG"):
                assert not SECRET_WORD.search(rest), f"{keyword} {rest}"


def test_dockerignore_keeps_out_history_data_and_local_environments() -> None:
    ignored = {line.strip() for line in (ROOT / ".dockerignore").read_text().splitlines()
               if line.strip() and not line.startswith("#")}
    assert {".git", "data", ".venv", ".tmp"} <= ignored
    assert "**/node_modules" in ignored or "node_modules" in ignored
    assert not any(line.startswith("!") for line in ignored), "nothing is let back in"


def test_the_build_context_keeps_what_the_image_needs() -> None:
    """What the Dockerfile copies is not ignored: the lock, the packages and their migrations, the SPA's sources."""
    ignored = {line.strip() for line in (ROOT / ".dockerignore").read_text().splitlines()
               if line.strip() and not line.startswith("#")}
    for needed in ("uv.lock", "pyproject.toml", "services", "gateway", "frontend", "services/loans/migrations"):
        assert needed not in ignored
        assert (ROOT / needed).exists()

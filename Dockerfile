# syntax=docker/dockerfile:1
# One image for the five processes: the gateway (which also serves the SPA) and the four services. Each is started
# by its own command, e.g. `python -m loans serve --host 0.0.0.0 --port 8000` (deploy/kubernetes/base/*/).
#
#   docker build -t xiangqing:0.1.0 .
#
# Base images are pinned by version. Pin them by digest as well when you build (`docker buildx imagetools inspect
# python:3.11.16-slim-bookworm` prints it): the digests could not be learnt where this file was written.

# 1. The SPA: frontend/ built with node into frontend/dist.
FROM node:22.23.2-bookworm-slim AS spa
WORKDIR /src/frontend
COPY frontend/package.json frontend/package-lock.json ./
RUN npm ci --no-audit --no-fund --loglevel=error
COPY frontend/ ./
RUN npm run build

# 2. The virtual environment, from the uv lock, in the same place (/app) and on the same Python as the final image:
#    the workspace's packages are installed editable, so each finds its migrations/ beside it.
FROM python:3.11.16-slim-bookworm AS venv
COPY --from=ghcr.io/astral-sh/uv:0.13.9 /uv /bin/uv
ENV UV_COMPILE_BYTECODE=1 UV_LINK_MODE=copy UV_PYTHON_DOWNLOADS=never UV_PROJECT_ENVIRONMENT=/app/.venv
WORKDIR /app
# The third-party dependencies first: this layer is rebuilt only when the lock changes.
COPY pyproject.toml uv.lock ./
COPY services/chassis/pyproject.toml services/chassis/
COPY services/loans/pyproject.toml services/loans/
COPY services/products/pyproject.toml services/products/
COPY services/training/pyproject.toml services/training/
COPY services/volunteers/pyproject.toml services/volunteers/
COPY gateway/pyproject.toml gateway/
RUN uv sync --frozen --no-dev --no-install-workspace
COPY services/ services/
COPY gateway/ gateway/
RUN uv sync --frozen --no-dev \
 && python -m compileall -q services gateway

# 3. What runs: Python, the venv, the code and the SPA; no compiler, no node, no uv. The files belong to root and
#    the processes run as an unprivileged user, so they cannot change their own code.
FROM python:3.11.16-slim-bookworm
RUN groupadd --system --gid 10001 xiangqing \
 && useradd --system --uid 10001 --gid xiangqing --no-create-home --home-dir /nonexistent \
      --shell /usr/sbin/nologin xiangqing \
 && test -f /usr/share/zoneinfo/Asia/Shanghai
WORKDIR /app
COPY --from=venv /app /app
COPY --from=spa /src/frontend/dist /app/frontend/dist
ENV PATH=/app/.venv/bin:$PATH \
    PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    HOME=/tmp \
    GATEWAY_SPA_DIR=/app/frontend/dist
USER 10001:10001
EXPOSE 8000
CMD ["python", "-m", "gateway", "serve", "--host", "0.0.0.0", "--port", "8000"]

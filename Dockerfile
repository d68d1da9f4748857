# The newsstream worker and CLI. Models and the knowledge base ship inside the
# installed packages: nothing is downloaded when a container starts.

# The entity stage's hot modules compiled with Cython (scripts/compile.py), in a
# stage with a C compiler, profile-guided by a run over the development sentences
# and seeds; the runtime image takes only the built extensions.
FROM python:3.11 AS compiled
WORKDIR /app
COPY pyproject.toml README.md ./
COPY streams ./streams
COPY agents ./agents
COPY scripts/compile.py ./scripts/
COPY benchmarks ./benchmarks
COPY seeds ./seeds
RUN pip install --no-cache-dir ".[compiled]" && python scripts/compile.py --quiet --pgo --out /app/build/compiled

FROM python:3.11-slim
WORKDIR /app
COPY pyproject.toml README.md ./
COPY streams ./streams
COPY agents ./agents
RUN pip install --no-cache-dir . && useradd --create-home newsstream
# used only while the installed sources match the ones compiled (agents/compiled.py)
COPY --from=compiled /app/build/compiled /app/build/compiled
ENV NEWSSTREAM_COMPILED_DIR=/app/build/compiled
COPY seeds ./seeds
USER newsstream
ENV NEWSSTREAM_DATA_DIR=/home/newsstream/.newsstream
ENTRYPOINT ["newsstream"]
CMD ["worker"]

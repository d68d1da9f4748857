# The newsstream worker and CLI. Models and the knowledge base ship inside the
# installed packages: nothing is downloaded when a container starts.
FROM python:3.11-slim
WORKDIR /app
COPY pyproject.toml README.md ./
COPY streams ./streams
COPY agents ./agents
RUN pip install --no-cache-dir . && useradd --create-home newsstream
COPY seeds ./seeds
USER newsstream
ENV NEWSSTREAM_DATA_DIR=/home/newsstream/.newsstream
ENTRYPOINT ["newsstream"]
CMD ["worker"]

FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
RUN apt-get update && apt-get install -y --no-install-recommends espeak-ng apertium apertium-eng-spa ffmpeg \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY pyproject.toml README.md ./
COPY telehealth telehealth
COPY audit audit
COPY redaction redaction
COPY interpretation interpretation
COPY manage.py ./
RUN pip install --no-cache-dir .
RUN useradd --create-home app && mkdir -p /data && chown app /data
USER app
EXPOSE 8000

export const HELP = `newsevents — scraped news articles to structured, schema-validated JSON events

Usage
  newsevents [INPUT...] [options]
  npm run extract -- [INPUT...] [options]

INPUT     files or folders, searched recursively for .txt, .html, .htm and .html.gz articles
          (NAME.meta.json beside an article is its sidecar). Relative paths are read from the
          directory you ran the command in. With no INPUT: the bundled fixtures.

Options
  --out DIR            output folder (default: ./output)
  --pipeline NAME|PATH pipeline from pipelines/ (news-events, clean-only, entities-only) or a
                       pipeline JSON file (default: news-events)
  --concurrency N      worker threads (default: the number of cores; 1 runs in one thread)
  --published DATE     publication date (YYYY-MM-DD) for articles that give none
  --jsonl -|FILE       also stream this run's events as JSON lines to stdout (-) or a file
  --force              redo articles whose output is already current
  --quiet              log only warnings and errors
  -h, --help           this help
  -v, --version        the version

Writes DIR/<id>.json per article, DIR/events.jsonl (every event in DIR) and DIR/errors.jsonl
(the inputs of this run that failed). Logs are JSON lines on stderr; stdout carries data only.

Exit codes: 0 all articles fine, 1 some failed, 2 usage error.
Output contract: docs/OUTPUT.md.`;

"""AI Industry Atlas: raw news articles -> clean Markdown pages, catalog and a multilingual site."""

"""`python -m http.server`, plus one response header: `LinkChecker: allow` lets the link checker send more
than 10 requests a second to this host (its default limit for servers that do not say so).

Usage: python tests/e2e/static_server.py PORT DIRECTORY   (binds 127.0.0.1 only)
"""

import functools
import http.server
import sys


class Handler(http.server.SimpleHTTPRequestHandler):
    def end_headers(self):
        self.send_header("LinkChecker", "allow")
        super().end_headers()

    def log_message(self, format, *args):  # quiet: the tests report what matters
        pass


def main() -> None:
    port, directory = int(sys.argv[1]), sys.argv[2]
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), functools.partial(Handler, directory=directory))
    server.serve_forever()


if __name__ == "__main__":
    main()

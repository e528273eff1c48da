"""The server's report of switched-off regexes: a burst from the matching thread (one regex timeout
apart) becomes one warning naming how many, every one still in the log; a lone one keeps its own
message. Runs the real ErrfixServer method on a real event loop, reports coming from another thread
as the matcher sends them."""

from __future__ import annotations

import asyncio
import threading
import time

from errfix_lsp.server import core
from errfix_lsp.server.core import ErrfixServer


def _burst(count: int, gap: float) -> list[str]:
    server = ErrfixServer()
    shown: list[str] = []
    server.warn = lambda message, once=True: shown.append(message)  # what reached window/showMessage

    async def main() -> None:
        server.loop = asyncio.get_running_loop()

        def matcher_thread() -> None:
            for n in range(count):
                server.report_quarantine(f"/kb/slow{n}.json", f"reliability/slow-{n}")
                time.sleep(gap)

        worker = threading.Thread(target=matcher_thread)
        worker.start()
        while worker.is_alive():
            await asyncio.sleep(0.05)
        await asyncio.sleep(core.QUARANTINE_GROUP_SECONDS * 3)

    asyncio.run(main())
    return shown


def test_a_burst_is_one_message():
    [message] = _burst(30, 0.05)  # 30 patterns, each one 50 ms regex timeout after the last
    assert message.startswith("errfix: 30 KB regexes were too slow and are switched off: /kb/slow0.json")
    assert "and 25 more (see the errfix log)" in message


def test_a_single_regex_keeps_its_message():
    assert _burst(1, 0) == [
        "errfix: a KB regex was too slow and is switched off: /kb/slow0.json (reliability/slow-0)"
    ]

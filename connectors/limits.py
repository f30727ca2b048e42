"""Per-sender message limits inside the channels (a token bucket per conversation).

nginx limits requests per client address in production, but socket.io frames
and the messages of one conversation do not pass it again; without a limit a
single sender could take all the capacity of a Rasa process. Each sender may
send a burst of ``CHAT_RATE_BURST`` messages (default 10), refilled at
``CHAT_RATE_PER_SECOND`` (default 1); ``CHAT_RATE_BURST=0`` turns the limit
off (benchmarks, evaluations).
"""

from __future__ import annotations

import math
import os
import time
from collections import OrderedDict
from collections.abc import Callable, Mapping
from dataclasses import dataclass

DEFAULT_BURST = 10
DEFAULT_PER_SECOND = 1.0
MAX_SENDERS = 50_000


@dataclass
class _Bucket:
    tokens: float
    updated: float
    told: bool = False  # the sender was already told to slow down since the last admitted message


class SenderLimiter:
    """Token buckets per sender id, bounded in memory (least recently seen forgotten)."""

    def __init__(
        self,
        burst: int = DEFAULT_BURST,
        per_second: float = DEFAULT_PER_SECOND,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.burst = burst
        self.per_second = per_second
        self._clock = clock
        self._buckets: OrderedDict[str, _Bucket] = OrderedDict()

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> SenderLimiter:
        """The limit configured in the environment (see the module docstring)."""
        env = os.environ if env is None else env
        burst = int(env.get("CHAT_RATE_BURST") or DEFAULT_BURST)
        per_second = float(env.get("CHAT_RATE_PER_SECOND") or DEFAULT_PER_SECOND)
        return cls(max(burst, 0), max(per_second, 0.001))

    @property
    def enabled(self) -> bool:
        """Whether any limit applies."""
        return self.burst > 0

    def wait_time(self, sender: str) -> float:
        """Take one message from the sender's bucket: 0 when admitted, else seconds to wait."""
        if not self.enabled:
            return 0.0
        now = self._clock()
        bucket = self._bucket(sender, now)
        bucket.tokens = min(self.burst, bucket.tokens + (now - bucket.updated) * self.per_second)
        bucket.updated = now
        if bucket.tokens >= 1:
            bucket.tokens -= 1
            bucket.told = False
            return 0.0
        return (1 - bucket.tokens) / self.per_second

    def first_refusal(self, sender: str) -> bool:
        """Whether this refusal is the first since the sender's last admitted message."""
        bucket = self._buckets.get(sender)
        if bucket is None or bucket.told:
            return False
        bucket.told = True
        return True

    def _bucket(self, sender: str, now: float) -> _Bucket:
        bucket = self._buckets.pop(sender, None) or _Bucket(float(self.burst), now)
        self._buckets[sender] = bucket
        if len(self._buckets) > MAX_SENDERS:
            self._buckets.popitem(last=False)
        return bucket


def retry_after_seconds(wait: float) -> int:
    """The ``Retry-After`` header value (whole seconds, at least 1)."""
    return max(1, math.ceil(wait))

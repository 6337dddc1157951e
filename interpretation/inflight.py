"""Utterances a connection handed on and has not heard the end of: when to send one again,
and when to give it up.

Plain bookkeeping, no input or output: the consumer asks what is due and does the
sending. A worker says it took a job, then beats every ``HEARTBEAT_S`` while it works on
it; a job whose worker fell silent for ``WORKER_SILENCE_S`` is sent again at once (the
worker died), while a job nobody took waits ``WORKER_TIMEOUT_S``, since it may be queued
behind others. A job the channel layer would not take (Redis down) waits its turn to be
sent again, up to ``HAND_ON_WAIT_S``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from interpretation.messages import InterpretJob

MAX_PENDING_UTTERANCES = 4
HEARTBEAT_S = 1.0  # how often a worker says it is still working on a job
WORKER_SILENCE_S = 3.0  # a worker that took a job and went quiet this long has died
WORKER_TIMEOUT_S = 30.0  # a job nobody took: maybe queued behind others, so wait longer
HAND_ON_WAIT_S = 60.0  # a job the channel layer refused, retried this long (Redis down)
MAX_SENDS = 3  # the first time and at most twice again


@dataclass
class Job:
    message: InterpretJob = field(repr=False)  # holds audio: never in a repr or a log
    created_at: float
    sent_at: float | None = None  # None: not with the channel layer (never sent, or refused)
    heard_at: float | None = None  # the last word from a worker that took it
    sends: int = 0  # times the channel layer took it
    tries: int = 0  # times it was offered (refusals included): beyond the first, it is late

    @property
    def utterance_id(self) -> str:
        return str(self.message["utterance_id"])


@dataclass
class Due:
    """What the consumer should do now: send these again, and give those up (a gap)."""

    # The jobs carry the speaker's audio: never in a repr or a log line.
    resend: list[InterpretJob] = field(default_factory=list, repr=False)
    give_up: list[InterpretJob] = field(default_factory=list, repr=False)


class InFlight:
    def __init__(self, capacity: int = MAX_PENDING_UTTERANCES) -> None:
        self.capacity = capacity
        self.jobs: dict[str, Job] = {}

    def __len__(self) -> int:
        return len(self.jobs)

    def full(self) -> bool:
        return len(self.jobs) >= self.capacity

    def add(self, message: InterpretJob, now: float) -> InterpretJob:
        """Track a new job; returns the message to send (numbered ``attempt`` 1)."""
        job = Job(message, created_at=now)
        self.jobs[job.utterance_id] = job
        return self._next_attempt(job)

    def sent(self, utterance_id: str, now: float) -> None:
        """The channel layer took the job: the clock for a worker to take it starts."""
        job = self.jobs.get(utterance_id)
        if job is not None:
            job.sent_at, job.heard_at = now, None
            job.sends += 1

    def refused(self, utterance_id: str) -> None:
        """The channel layer would not take it: it waits to be sent again."""
        job = self.jobs.get(utterance_id)
        if job is not None:
            job.sent_at = job.heard_at = None

    def heard(self, utterance_id: str, now: float) -> None:
        """A worker took the job, or says it is still at it."""
        job = self.jobs.get(utterance_id)
        if job is not None and job.sent_at is not None:
            job.heard_at = now

    def answered(self, utterance_id: str) -> bool:
        """The job is done (a segment, a gap or nothing to say); False if it was not ours
        or was answered already."""
        return self.jobs.pop(utterance_id, None) is not None

    def unsent(self) -> list[InterpretJob]:
        """Jobs the channel layer never took (it was down), forgotten here: the connection
        is closing, and each becomes a gap."""
        waiting = [job for job in self.jobs.values() if job.sent_at is None]
        for job in waiting:
            del self.jobs[job.utterance_id]
        return [job.message for job in waiting]

    def due(self, now: float) -> Due:
        due = Due()
        for job in list(self.jobs.values()):
            if job.sent_at is None:
                if now - job.created_at < HAND_ON_WAIT_S:
                    due.resend.append(self._next_attempt(job))
                    continue
            elif job.heard_at is not None:
                if now - job.heard_at < WORKER_SILENCE_S:
                    continue
            elif now - job.sent_at < WORKER_TIMEOUT_S:
                continue
            if job.sent_at is not None and job.sends < MAX_SENDS:
                due.resend.append(self._next_attempt(job))
            else:
                del self.jobs[job.utterance_id]
                due.give_up.append(job.message)
        return due

    def _next_attempt(self, job: Job) -> InterpretJob:
        """The message to offer the channel layer (again): ``attempt`` beyond 1 tells the
        worker that its answer is late."""
        job.tries += 1
        job.message = job.message.copy()  # the one sent before is not changed under it
        job.message["attempt"] = job.tries
        job.sent_at = job.heard_at = None  # until the layer takes it
        return job.message


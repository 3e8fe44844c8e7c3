"""One KneeCoach per user and data folder: a second launch hands over to the first.

The first instance takes a lock file at once, and listens on a local socket once
its window is up; a later one finds the lock taken, connects, passes its request
(e.g. "start the routine") and exits, so only one process ever writes. The lock
is cheap to check before the first window; the socket (QtNetwork) loads after it.
"""

from __future__ import annotations

import time
import zlib
from functools import cached_property, partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from kneecoach.core.tomlfile import FolderLock

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

_TIMEOUT_MS = 1000
_PATIENCE_S = 5.0  # how long a second launch waits for a first one still starting up
_RETRY_S = 0.05
_GREETING = "kneecoach-1"  # then the requests, e.g. 'start'
LOCK_FILE = ".instance.lock"


def server_name(data_dir: Path) -> str:
    import getpass  # (not before the first window: it brings termios)

    key = f"{getpass.getuser()}:{data_dir.resolve()}".encode()
    return f"kneecoach-{zlib.crc32(key):08x}-{zlib.adler32(key):08x}"


class SingleInstance(QObject):
    message_received = Signal(object)  # dict

    def __init__(self, data_dir: Path) -> None:
        super().__init__()
        self.data_dir = data_dir
        self._lock = FolderLock(data_dir, LOCK_FILE)
        self.held_elsewhere = False  # another instance holds the lock
        self._server: QLocalServer | None = None
        self._clients: set[QLocalSocket] = set()

    @cached_property
    def name(self) -> str:
        return server_name(self.data_dir)

    def claim(self) -> bool:
        """Take the lock for this data folder; False when another instance holds it (or
        the folder takes no lock file, when the socket alone can tell)."""
        try:
            self.held_elsewhere = not self._lock.acquire()
        except OSError:
            self.held_elsewhere = False
            return False
        return not self.held_elsewhere

    def hand_over(self, message: dict[str, bool]) -> bool:
        """True when another instance is running and took `message`. One that holds the
        lock but does not listen yet is still starting: it is given a few seconds, and
        if it ends meanwhile the lock is ours (`held_elsewhere` turns False)."""
        from PySide6.QtNetwork import QLocalSocket

        deadline = time.monotonic() + (_PATIENCE_S if self.held_elsewhere else 0.0)
        socket = QLocalSocket()
        while True:
            socket.connectToServer(self.name)
            if socket.waitForConnected(_TIMEOUT_MS):
                break
            if time.monotonic() >= deadline or (self.held_elsewhere and self.claim()):
                return False
            time.sleep(_RETRY_S)
        wanted = " ".join(sorted(name for name, on in message.items() if on))
        socket.write(f"{_GREETING} {wanted}\n".encode())
        socket.waitForBytesWritten(_TIMEOUT_MS)
        socket.disconnectFromServer()
        return True

    def listen(self) -> bool:
        if self.held_elsewhere:
            return False  # that instance is alive: its socket is not ours to take
        from PySide6.QtNetwork import QLocalServer

        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            # A socket file left by a crashed instance: nobody answered, so remove it.
            QLocalServer.removeServer(self.name)
            if not server.listen(self.name):
                return False
        server.newConnection.connect(self._accept)
        self._server = server
        return True

    def _accept(self) -> None:
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            self._clients.add(socket)
            socket.readyRead.connect(partial(self._read, socket))
            socket.disconnected.connect(partial(self._forget, socket))

    def close(self) -> None:
        # Quiet the clients first: a socket being destroyed still emits signals.
        for socket in self._clients:
            socket.readyRead.disconnect()
            socket.disconnected.disconnect()
            socket.abort()
        self._clients.clear()
        if self._server is not None:
            self._server.close()
            self._server = None
        self._lock.release()

    def _forget(self, socket: QLocalSocket) -> None:
        self._read(socket)
        self._clients.discard(socket)
        socket.deleteLater()

    def _read(self, socket: QLocalSocket) -> None:
        while socket.canReadLine():
            words = bytes(socket.readLine().data()).decode(errors="replace").split()
            if words[:1] == [_GREETING]:
                self.message_received.emit({word: True for word in words[1:]})

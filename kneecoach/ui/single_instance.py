"""One KneeCoach per user and data folder: a second launch hands over to the first.

The first instance listens on a local socket; a later one connects, passes its
request (e.g. "start the routine") and exits, so only one process ever writes.
"""

from __future__ import annotations

import getpass
import zlib
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

_TIMEOUT_MS = 1000
_GREETING = "kneecoach-1"  # then the requests, e.g. 'start'


def server_name(data_dir: Path) -> str:
    key = f"{getpass.getuser()}:{data_dir.resolve()}".encode()
    return f"kneecoach-{zlib.crc32(key):08x}-{zlib.adler32(key):08x}"


class SingleInstance(QObject):
    message_received = Signal(object)  # dict

    def __init__(self, data_dir: Path) -> None:
        super().__init__()
        self.name = server_name(data_dir)
        self._server: QLocalServer | None = None
        self._clients: set[QLocalSocket] = set()

    def hand_over(self, message: dict[str, bool]) -> bool:
        """True when another instance is running and took `message`."""
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(_TIMEOUT_MS):
            return False
        wanted = " ".join(sorted(name for name, on in message.items() if on))
        socket.write(f"{_GREETING} {wanted}\n".encode())
        socket.waitForBytesWritten(_TIMEOUT_MS)
        socket.disconnectFromServer()
        return True

    def listen(self) -> bool:
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

    def _forget(self, socket: QLocalSocket) -> None:
        self._read(socket)
        self._clients.discard(socket)
        socket.deleteLater()

    def _read(self, socket: QLocalSocket) -> None:
        while socket.canReadLine():
            words = bytes(socket.readLine().data()).decode(errors="replace").split()
            if words[:1] == [_GREETING]:
                self.message_received.emit({word: True for word in words[1:]})

"""A loopback SMTP server for the tests (aiosmtpd): every message it accepts is written whole to
DIR/NNNN.eml. Prints its port on the first line once it listens, then runs until killed.

Usage: smtp_sink.py DIR
"""
import os
import socket
import sys
import time

from aiosmtpd.controller import Controller


class Keep:
    def __init__(self, folder):
        self.folder = folder
        self.count = 0

    async def handle_DATA(self, server, session, envelope):
        self.count += 1
        name = os.path.join(self.folder, f"{time.time_ns()}-{self.count:05d}.eml")
        with open(name + ".part", "wb") as handle:
            handle.write(envelope.original_content)
        os.rename(name + ".part", name)
        return "250 Message accepted for delivery"


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def main(folder):
    port = free_port()
    controller = Controller(Keep(folder), hostname="127.0.0.1", port=port)
    controller.start()
    print(port, flush=True)
    try:
        while True:
            time.sleep(3600)
    finally:
        controller.stop()


if __name__ == "__main__":
    main(sys.argv[1])

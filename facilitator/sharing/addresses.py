"""Which address the sharing server listens on: by default the interface the default route
leaves by, the one the room's phones and TVs can reach; never every interface unasked."""

from __future__ import annotations

import socket

LOOPBACK = "127.0.0.1"
ROUTE_PROBE = ("192.0.2.1", 9)
"""A documentation address (TEST-NET-1): a UDP socket 'connected' to it picks the route out
without sending a packet."""
EVERY_INTERFACE = ("0.0.0.0", "::")


def default_address() -> str:
    """The local address of the interface with the default route, or loopback without one."""
    probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        probe.connect(ROUTE_PROBE)
        address = str(probe.getsockname()[0])
    except OSError:
        return LOOPBACK
    finally:
        probe.close()
    return address if address not in EVERY_INTERFACE else LOOPBACK


def is_every_interface(address: str) -> bool:
    """Whether binding here would listen on every network at once (only ever on request)."""
    return address.strip() in EVERY_INTERFACE

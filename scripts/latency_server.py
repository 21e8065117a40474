#!/usr/bin/env python3
"""A local HTTP/1.1 server for the link-check benchmark: 127.0.0.1..127.0.0.N on one port.

Every request waits LATENCY seconds, then answers 200 text/plain (keep-alive) with a `LinkChecker` header, which lets linkchecker go
above 10 requests per second per host when its configuration asks for it. The server
records the most requests in flight it saw per host (the address the client connected to).
GET /__stats answers that record as JSON; GET /__reset clears it. Loopback only.
"""
import asyncio
import json
import sys

HOSTS = int(sys.argv[1]) if len(sys.argv) > 1 else 20
PORT = int(sys.argv[2]) if len(sys.argv) > 2 else 18080
LATENCY = float(sys.argv[3]) if len(sys.argv) > 3 else 0.05

active = {}
most = {}
requests = {}


async def handle(reader, writer):
    host = writer.get_extra_info("sockname")[0]
    try:
        while True:
            line = await reader.readline()
            if not line:
                break
            parts = line.decode("latin-1").split()
            method, path = (parts[0], parts[1]) if len(parts) >= 2 else ("GET", "/")
            length = 0
            while True:
                header = await reader.readline()
                if header in (b"\r\n", b"\n", b""):
                    break
                name, _, value = header.decode("latin-1").partition(":")
                if name.strip().lower() == "content-length":
                    length = int(value.strip() or 0)
            if length:
                await reader.readexactly(length)
            if path == "/__stats":
                body = json.dumps({"max_in_flight": most, "requests": requests}, sort_keys=True).encode()
            elif path == "/__reset":
                most.clear()
                requests.clear()
                body = b"reset\n"
            else:
                active[host] = active.get(host, 0) + 1
                most[host] = max(most.get(host, 0), active[host])
                requests[host] = requests.get(host, 0) + 1
                try:
                    await asyncio.sleep(LATENCY)
                finally:
                    active[host] -= 1
                body = b"ok\n"
            head = (
                "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: %d\r\nLinkChecker: allowed\r\n"
                "Connection: keep-alive\r\n\r\n" % len(body)
            ).encode()
            writer.write(head if method == "HEAD" else head + body)
            await writer.drain()
    except (ConnectionError, asyncio.IncompleteReadError):
        pass
    finally:
        writer.close()


async def main():
    servers = [
        await asyncio.start_server(handle, "127.0.0.%d" % index, PORT, backlog=1024, reuse_address=True)
        for index in range(1, HOSTS + 1)
    ]
    print("listening on 127.0.0.1-%d:%d, latency %.0f ms" % (HOSTS, PORT, LATENCY * 1000), flush=True)
    await asyncio.gather(*(server.serve_forever() for server in servers))


if __name__ == "__main__":
    try:
        asyncio.run(main())
    except KeyboardInterrupt:
        pass

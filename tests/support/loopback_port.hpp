// Why: tests that start programs which take a port number (xapian-tcpsrv,
// xapian-replicate-server) need one that is free on loopback.
#pragma once

namespace kommunsok::test {

/// A TCP port nothing listens on at 127.0.0.1 now (another program may take it later).
unsigned short free_loopback_port();

}  // namespace kommunsok::test

// The machine's network addresses for the invitation (issue #15): the facilitator picks the one
// of the room's network; the default is the first that is not loopback, else loopback.
#pragma once
#include <string>
#include <vector>

struct NetAddress
{
    std::string Interface; // e.g. "wlp2s0"
    std::string Address;   // IPv4, e.g. "192.168.1.20"
    bool Loopback = false;
};

// IPv4 addresses of interfaces that are up (getifaddrs), non-loopback first, in the system's
// order; loopback last. Never empty: 127.0.0.1 when nothing else is found.
std::vector<NetAddress> ListNetAddresses();
// The default: the first non-loopback address, else loopback.
std::string DefaultInviteAddress(const std::vector<NetAddress>& addresses);

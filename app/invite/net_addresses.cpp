// Listing this machine's IPv4 addresses with getifaddrs.
#include "invite/net_addresses.h"

#include <arpa/inet.h>
#include <ifaddrs.h>
#include <net/if.h>
#include <netinet/in.h>

std::vector<NetAddress> ListNetAddresses()
{
    std::vector<NetAddress> outside, loopback;
    ifaddrs* list = nullptr;
    if (getifaddrs(&list) == 0)
    {
        for (ifaddrs* a = list; a; a = a->ifa_next)
        {
            if (!a->ifa_addr || a->ifa_addr->sa_family != AF_INET || !(a->ifa_flags & IFF_UP))
                continue;
            char text[INET_ADDRSTRLEN] = {};
            const sockaddr_in* in = (const sockaddr_in*)a->ifa_addr;
            if (!inet_ntop(AF_INET, &in->sin_addr, text, sizeof text))
                continue;
            NetAddress item{a->ifa_name ? a->ifa_name : "", text, (a->ifa_flags & IFF_LOOPBACK) != 0};
            (item.Loopback ? loopback : outside).push_back(item);
        }
        freeifaddrs(list);
    }
    if (loopback.empty())
        loopback.push_back({"lo", "127.0.0.1", true});
    outside.insert(outside.end(), loopback.begin(), loopback.end());
    return outside;
}

std::string DefaultInviteAddress(const std::vector<NetAddress>& addresses)
{
    for (const NetAddress& a : addresses)
        if (!a.Loopback)
            return a.Address;
    return addresses.empty() ? "127.0.0.1" : addresses.front().Address;
}

// The participants' server (issue #15): a small HTTP server inside the app (Debian's
// cpp-httplib 0.11) that serves the page of core/invite_page.h and takes notes and dots.
// Its handlers run on the server's own threads and never touch the document: they read the
// InviteView the frame loop published, push what arrives into a SubmissionQueue, wake the
// frame loop, and wait (a few seconds at most) for its answer before they reply.
#pragma once
#include "invite_inbox.h"
#include "invite_page.h"
#include "result.h"

#include <atomic>
#include <functional>
#include <memory>
#include <string>

struct InviteServerImpl;

class InviteServer
{
public:
    InviteServer();
    ~InviteServer(); // stops the server
    InviteServer(const InviteServer&) = delete;
    InviteServer& operator=(const InviteServer&) = delete;

    // Listens on `address` (an IPv4 address of this machine) at `port` (0: the first free of
    // 8080..8099, else any free port), with a new random token. `wake` is called from the
    // server's threads when something arrives (glfwPostEmptyEvent). An error with a message a
    // facilitator can act on when the address cannot be used.
    Status Start(const std::string& address, int port, std::function<void()> wake);
    // Ends the server: pending submissions are refused, every connection closed.
    void Stop();
    bool Running() const;

    // "http://192.168.1.20:8080/TOKEN/": the address in the QR code.
    const std::string& Url() const { return UrlText; }
    // "192.168.1.20:8080": the short address under the QR code (the token is in the code only).
    const std::string& ShortAddress() const { return ShortText; }

    // The frame loop publishes what the page may show whenever the map changed.
    void Publish(InviteView view);
    // Participants seen in the last five minutes.
    int ActiveParticipants() const;
    // What arrived, for the frame loop to drain and resolve; null when not running.
    SubmissionQueue* Submissions();

private:
    std::unique_ptr<InviteServerImpl> Impl;
    std::string UrlText;
    std::string ShortText;
};

// 16 random bytes from the kernel (getrandom), as 26 base32 characters. False when the kernel
// gives none (then nothing is served: an address must never be guessable).
bool MakeRandomToken(std::string* out);

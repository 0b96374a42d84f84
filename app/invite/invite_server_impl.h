// The participants' server's inside, shared by its two files: invite_server.cpp starts and
// stops it (limits, sockets, threads), invite_requests.cpp answers the phones' requests (the
// token gate, cookies, the page, notes and dots handed to the frame loop).
#pragma once
#include "invite/invite_server.h"
#include "invite_form.h"
#include "invite_limits.h"

#include <httplib.h>

#include <chrono>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

// Seconds on a steady clock: participants' last visits and the rate limits.
double InviteNowSeconds();

struct InviteServerImpl
{
    httplib::Server Http;
    std::thread Listener;
    std::string Token;
    std::string Base; // "/TOKEN/"
    std::function<void()> Wake;
    SubmissionQueue Queue;

    mutable std::mutex Mutex; // guards everything below
    std::shared_ptr<const InviteView> View = std::make_shared<InviteView>();
    ParticipantTable People;
    RateLimiter Limits;
    DotLedger Dots;

    std::shared_ptr<const InviteView> CurrentView() const;
    // The participant behind the request's cookie; with `create`, a new one (and its cookie)
    // when the cookie is missing or unknown. Empty when there is none.
    std::string Participant(const httplib::Request& req, httplib::Response& res, bool create);
    // Every request that passed the token gate.
    void Handle(const httplib::Request& req, httplib::Response& res);

private:
    void FillDots(const InviteView& view, const std::string& participant, PageRequest* r) const;
    void SendPage(httplib::Response& res, const InviteView& view, PageRequest r, const std::string& participant);
    void Redirect(httplib::Response& res, bool english, PageMessage m, MomentId moment);
    void HandleNote(httplib::Response& res, const InviteView& view, const std::vector<FormField>& fields, PageRequest r,
                    std::string who, const httplib::Request& req, httplib::Response& res_for_cookie);
    void HandleVote(httplib::Response& res, const InviteView& view, const std::vector<FormField>& fields, PageRequest r,
                    const std::string& who);
    SubmissionOutcome PushAndWait(Submission s);
};

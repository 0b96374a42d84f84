// A user's or a file's error is a value with a message a nurse can act on, never an abort.
// core/ has no string table, so every message is written in both languages at the source;
// the app shows the one matching the UI language, the command line prints English.
#pragma once
#include <string>
#include <utility>

struct Status
{
    bool Ok = true;
    std::string Message;   // English: what went wrong and what to do; empty when Ok
    std::string MessageNl; // the same in Dutch

    static Status Success() { return {}; }
    static Status Error(std::string en, std::string nl) { return {false, std::move(en), std::move(nl)}; }
    explicit operator bool() const { return Ok; }
    const std::string& Text(bool dutch) const { return dutch && !MessageNl.empty() ? MessageNl : Message; }
};

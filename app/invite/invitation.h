// The facilitator's side of inviting participants (issue #15): the running server, its QR
// code, inbox mode, and the frame loop's part: publish what the page may show, apply what
// arrived (each note one undo step), draw the code on the map.
#pragma once
#include "invite/invite_server.h"
#include "invite/net_addresses.h"
#include "invite/qr_code.h"
#include "invite_inbox.h"
#include "invite_page.h"
#include "journey.h"

#include <functional>
#include <string>
#include <vector>

struct ImDrawList;
struct ImFont;

struct Invitation
{
    InviteServer Server;            // running while inviting
    QrCode Qr;                      // the page's address, for the map and the projector
    std::vector<NetAddress> Addresses; // this machine's addresses, listed when the menu opens
    std::string Address;            // the one participants connect to
    bool Inbox = false;             // hold notes for the facilitator instead of adding them at once
    HeldNotes Held;                 // inbox mode: notes waiting to be accepted or rejected
    bool ShowCode = true;           // the large QR code on the map
    bool ViewPublished = false;     // Published was given to the server at least once
    InviteView Published;           // the last view the server got (republished only on change)
};

bool Inviting(const Invitation& inv);
// Starts serving on `address` with a new token and makes the QR code. `wake` is called from the
// server's threads when something arrives. False with a message when it cannot.
Status StartInviting(Invitation& inv, const std::string& address, std::function<void()> wake);
// Ends the server; notes still held in the inbox are kept for the facilitator.
void StopInviting(Invitation& inv);

struct InviteArrivals
{
    int Notes = 0; // added to the map
    int Held = 0;  // put in the inbox
    int Dots = 0;  // placed or taken back
};
// Once per frame: publishes the view of situation `shown` when it changed (with the open voting
// round's notes, core/voting.h), then applies what arrived. `commit` is called after each note
// added (one undo step each) and after the dots of this frame (one step together).
InviteArrivals InviteTick(Invitation& inv, Document& doc, int shown, bool english, const std::function<void()>& commit);
// Inbox mode: adds the held note to the map (false when its moment is gone: then it is dropped).
bool AcceptHeldNote(Invitation& inv, size_t index, Document& doc);
void RejectHeldNote(Invitation& inv, size_t index);
// The open round's part of the page: its budget and the notes of situation `shown` it gives
// dots to (their text and their moment's title, nothing else).
void FillVoting(const Document& doc, int shown, InviteView* view);

// The large code on the canvas's right side, with the short address under it and the number of
// participants; `side` is the code's size in pixels. Returns the rectangle it covers.
void DrawInvitationCode(const Invitation& inv, ImDrawList* draw, ImFont* font, float x_right, float y_top, float side,
                        int participants);

// Inviting participants from the app (issue #15): start and stop, the frame loop's tick, the
// code on the canvas, the status bar's count, and the panel with the addresses and the inbox.
#pragma once
#include "session/app_state.h"

#include <string>

struct ImDrawList;
struct ImFont;

// Starts inviting on `address` (empty: the default, or JB_INVITE_ADDRESS when set). A failure
// opens the error dialog with a message the facilitator can act on.
bool StartInvitingFromApp(AppState& app, const std::string& address = std::string());
void StopInvitingFromApp(AppState& app);
// Once per frame, before the canvas draws: what arrived goes on the map (one undo step per note)
// and is autosaved at once.
void InviteFrame(AppState& app);
// The large QR code with the short address, on the canvas's right side.
void DrawInviteOnCanvas(AppState& app);
// The same on any view of the map (the projector window): `canvas` is its map area in pixels.
void DrawInviteOnView(const Invitation& inv, const Rect& canvas, ImFont* font, ImDrawList* draw);
// "12 participants · 3 in the inbox", or empty when not inviting.
std::string InviteStatusText(const AppState& app);
// Facilitate > Invite participants: the addresses, start and stop, inbox mode and its notes.
void ShowInvitePanel(AppState& app);

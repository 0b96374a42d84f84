// The projector window's pure parts (View > Projector window): which monitor it goes on, and how
// it follows the facilitator's editing view. Pure, so they are tested on made-up monitor lists
// and views (a virtual screen in the tests has one monitor only).
#pragma once
#include "view.h"

#include <vector>

struct MonitorArea
{
    int X = 0, Y = 0, Width = 0, Height = 0; // desktop pixels
};

// The monitor for the projector: not the one holding the centre of the main window
// (main_x, main_y), the largest of the others (the first on a tie); -1 when there is no other.
// A main window whose centre is off every monitor counts as on the first.
int ChooseProjectorMonitor(const std::vector<MonitorArea>& monitors, int main_x, int main_y);

// Follow mode: the projector shows the world area the leader's canvas shows (leader_screen
// through leader_view), whole, centred and as large as it fits on follower_screen.
View FollowView(const View& leader_view, const Rect& leader_screen, const Rect& follower_screen);

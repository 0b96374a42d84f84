#include "projector.h"

int ChooseProjectorMonitor(const std::vector<MonitorArea>& monitors, int main_x, int main_y)
{
    int main_monitor = -1;
    for (size_t i = 0; i < monitors.size() && main_monitor < 0; i++)
    {
        const MonitorArea& m = monitors[i];
        if (main_x >= m.X && main_x < m.X + m.Width && main_y >= m.Y && main_y < m.Y + m.Height)
            main_monitor = (int)i;
    }
    // The main window off every monitor (just moved, or not placed yet): it counts as the first's.
    if (main_monitor < 0 && !monitors.empty())
        main_monitor = 0;
    int best = -1;
    long long best_area = -1;
    for (size_t i = 0; i < monitors.size(); i++)
    {
        const long long area = (long long)monitors[i].Width * monitors[i].Height;
        if ((int)i != main_monitor && area > best_area)
            best = (int)i, best_area = area;
    }
    return best;
}

View FollowView(const View& leader_view, const Rect& leader_screen, const Rect& follower_screen)
{
    // No margin: the room sees exactly what the facilitator sees, plus what the other shape adds.
    return FitRect(ScreenToWorld(leader_view, leader_screen), follower_screen, 0.0f);
}

#!/usr/bin/env bash
# The UI follows the system locale: started with LANG=nl_NL.UTF-8 the menus are Dutch, with LANG=C
# English, so the menu bar differs between the two screenshots. A language chosen in the menu is
# remembered over the locale at the next start.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
jb_in_xvfb
mkdir -p "$PWD/screenshots"

menu_crop() { convert "$1" -crop 700x26+0+0 +repage "$2"; }

LC_ALL= LC_MESSAGES= LANG=nl_NL.UTF-8 jb_start
jb_wait_drawn
jb_settle 0.5
jb_shot "$JB_WORK/nl.png"
cp "$JB_WORK/nl.png" "$PWD/screenshots/window_start_nl.png"
jb_stop

LC_ALL= LC_MESSAGES= LANG=C jb_start
jb_wait_drawn
jb_settle 0.5
jb_shot "$JB_WORK/en.png"
cp "$JB_WORK/en.png" "$PWD/screenshots/window_start_en.png"
menu_crop "$JB_WORK/nl.png" "$JB_WORK/nl_menu.png"
menu_crop "$JB_WORK/en.png" "$JB_WORK/en_menu.png"
menu_diff="$(jb_diff_pixels "$JB_WORK/nl_menu.png" "$JB_WORK/en_menu.png")"
whole_diff="$(jb_diff_pixels "$JB_WORK/nl.png" "$JB_WORK/en.png")"
echo "menu bar pixels that differ between Dutch and English: $menu_diff (whole screen: $whole_diff)"
[ "$menu_diff" -gt 300 ] || jb_fail "the menu bar looks the same in Dutch and English"
[ "$(jb_colours "$JB_WORK/nl_menu.png")" -gt 4 ] || jb_fail "the menu bar is blank"

# Choose Dutch in the Language menu of the English app (Language is the fifth menu), then restart
# with LANG=C: the app comes back in Dutch, so the menu bar matches the Dutch one again.
jb_key Escape
jb_settle 0.5
xdotool mousemove 270 12 click 1
jb_settle 0.8
jb_shot "$JB_WORK/lang_menu.png"
cp "$JB_WORK/lang_menu.png" "$PWD/screenshots/window_language_menu.png"
xdotool mousemove 290 72 click 1
jb_settle
jb_shot "$JB_WORK/switched.png"
menu_crop "$JB_WORK/switched.png" "$JB_WORK/switched_menu.png"
switched_diff="$(jb_diff_pixels "$JB_WORK/nl_menu.png" "$JB_WORK/switched_menu.png")"
echo "menu bar after choosing Nederlands vs the Dutch start: $switched_diff differing pixels"
[ "$switched_diff" -lt 100 ] || jb_fail "choosing Nederlands in the menu did not switch the UI to Dutch"
jb_stop

LC_ALL= LC_MESSAGES= LANG=C jb_start
jb_wait_drawn
jb_settle 0.5
jb_shot "$JB_WORK/remembered.png"
menu_crop "$JB_WORK/remembered.png" "$JB_WORK/remembered_menu.png"
remembered_diff="$(jb_diff_pixels "$JB_WORK/nl_menu.png" "$JB_WORK/remembered_menu.png")"
echo "menu bar at the next start with LANG=C vs Dutch: $remembered_diff differing pixels"
[ "$remembered_diff" -lt 100 ] || jb_fail "the chosen language was not remembered"
echo "PASS"

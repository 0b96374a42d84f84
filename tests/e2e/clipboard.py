#!/usr/bin/env python3
"""The X clipboard for the window tests, through Tk (python3-tk).

    clipboard.py set FILE [SECONDS]   own the clipboard with FILE's text (UTF-8) until another
                                      program takes it or SECONDS pass (run it in the background)
    clipboard.py get                  print the clipboard's text; exit 1 when it holds none
"""
import sys
import tkinter


def main():
    root = tkinter.Tk()
    root.withdraw()
    if sys.argv[1] == "get":
        try:
            sys.stdout.write(root.clipboard_get(type="UTF8_STRING"))
        except tkinter.TclError:
            sys.exit(1)
        return
    with open(sys.argv[2], encoding="utf-8") as f:
        text = f.read()
    root.clipboard_clear()
    root.clipboard_append(text)
    root.update()
    seconds = float(sys.argv[3]) if len(sys.argv) > 3 else 30.0
    root.after(int(seconds * 1000), root.destroy)
    root.mainloop()


if __name__ == "__main__":
    main()

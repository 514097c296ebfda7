"""What the user can do from menus, the toolbar and the keyboard, declared
once in ``table`` (every menu and action in display order) and built by
``builder``; the handlers live with what they act on: the lecture keys,
presentation mode and themes, exporting for slides, and lesson files.
``host`` declares what they need from the window."""

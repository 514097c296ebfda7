"""What the user can do from menus, the toolbar and the keyboard: the
lecture keys, presentation mode and themes, exporting for slides, and
lesson files."""

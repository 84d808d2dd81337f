"""The window's frame: the main window, its menus and actions, settings, language and appearance."""

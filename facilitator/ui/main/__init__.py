"""The main window's parts: its menus, the meeting list, the meeting pane, the windows it opens."""

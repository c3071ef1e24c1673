"""The Qt front end: main window, pages, dialogs, item models and background workers."""

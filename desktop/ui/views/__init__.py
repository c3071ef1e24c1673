"""Pages and dialogs of the main window."""

"""The pages the main window hosts: home, session, finish and progress."""

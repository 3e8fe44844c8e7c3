"""The pure-Python heart of KneeCoach: no Qt is imported anywhere below here.

Everything that depends on time takes a `Clock`, so a whole routine, a month of
reminders or ten years of history can be run in a test in milliseconds.
"""

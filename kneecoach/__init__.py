"""KneeCoach: a daily ankle and hip mobility routine for people with knee pain."""

__version__ = "0.1.0"
APP_NAME = "KneeCoach"
APP_ID = "io.github.kneecoach.KneeCoach"

"""The Qt layer: it renders the core's state and forwards the user's intent."""

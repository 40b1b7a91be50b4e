"""Documentation generators and other developer tools; not part of the kiosk package."""

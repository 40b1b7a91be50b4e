"""Staff mode's Qt side: controllers QML binds to, over the Qt-free `kiosk.staff` library."""

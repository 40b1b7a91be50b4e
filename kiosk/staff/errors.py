"""The one error staff mode raises for an action that cannot be done."""


class StaffError(ValueError):
    """A staff action that cannot be done; the message is Indonesian, for the staff member."""

"""Known problems an organizer is told about plainly (the CLI turns them into one line)."""


class ResultsError(Exception):
    """A problem with the organizers' files or options, not a bug."""


class MergeError(ResultsError):
    """The merge cannot start, e.g. the output is one of the inputs."""


class NotAFestivalFile(ResultsError):
    """The file given is not a merged festival file."""

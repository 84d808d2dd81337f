"""Errors a user can act on: each names the file and says what went wrong."""


class SourceError(Exception):
    """A file that cannot be read as a policy document."""

    def __init__(self, name: str, message: str):
        super().__init__(f"{name}: {message}")
        self.name = name
        self.message = message


class UnsupportedFormat(SourceError):
    pass


class DecodeError(SourceError):
    pass

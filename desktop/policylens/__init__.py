"""PolicyLens: an offline reader and annotator for Chinese government policy documents."""

__version__ = "0.1.0"

"""The Qt layer: thin widgets, models and commands over the Qt-free core.

One folder per feature: `shell/` (window, actions, settings), `reading/`, `corpus/`,
`annotating/`, `comparing/`, `matrices/`, `help/`, and `common/` for what they share.
"""

"""The research workflow's windows: document attributes and coded segments.

feature.py is the Research menu's slots; each window is its own module, loaded when first
opened, and reads and writes through the stores' public API (store/user_attributes.py,
core/segments.py).
"""

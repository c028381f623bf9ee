"""Generated form classes (see tools/build_forms.py)."""

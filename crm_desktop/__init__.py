"""crm_desktop: the front-desk program of a property-management office."""

__version__ = "0.1.0"

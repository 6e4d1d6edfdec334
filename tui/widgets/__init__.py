"""The dashboard's widgets: timeline, people and sources, filter bar, density strip, detail."""

"""Orders database infrastructure."""

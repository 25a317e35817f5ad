"""Google Calendar and Gmail backends, driven through google-api-python-client."""

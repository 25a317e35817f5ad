"""What talks to the outside: calendars and mailboxes, local or Google.

Each backend implements the small Protocols of `connectors.base` and speaks
only the domain types of `policy.model`."""

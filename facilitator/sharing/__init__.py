"""The presenter's clock served to browsers on the local network, and a phone as a remote."""

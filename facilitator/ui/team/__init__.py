"""The windows' parts for a team database on a server: opening one, and what a shared database
needs beside the single-laptop case."""

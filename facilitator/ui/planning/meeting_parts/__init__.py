"""The meeting editor's parts: the heading and details form, the tabs, and what leaves the app
from one meeting (a template, a calendar file)."""

"""What ReportLab learns from parsing a TrueType file, kept on disk for the next process."""
